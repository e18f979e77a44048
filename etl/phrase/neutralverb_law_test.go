package phrase_test

import (
	"fmt"
	"testing"
)

// TestNeutralVerbLaw: a figure whose only verb is a word taught as
// neutral ("5 knives were used", "5 knives and 2 machetes were used",
// "... were hidden") says nothing was done that a metric counts: a
// weapon used is no weapon seized, and none is drafted (review28 W5).
// Neutral words describe a thing ("phones used by the dealers were
// seized"); as the clause's verb they stand alone. Near misses: the
// metric's verb in the clause, before the figure or after the neutral
// word ("5 knives, which were used, were seized"), keeps the figure.
func TestNeutralVerbLaw(t *testing.T) {
	knives := releaseFig{"", "weapons_seized", "knife", 5}
	machetes := releaseFig{"", "weapons_seized", "machete", 2}
	drugs := releaseFig{"", "drugs_seized", "cocaine", 40}
	cars := releaseFig{"", "vehicles_seized", "", 3}
	lists := []struct {
		parts string
		figs  []releaseFig
	}{
		{"5 knives", []releaseFig{knives}},
		{"5 knives and 2 machetes", []releaseFig{knives, machetes}},
		{"2 machetes and 5 knives", []releaseFig{knives, machetes}},
		{"40 wraps of cocaine", []releaseFig{drugs}},
		{"3 vehicles", []releaseFig{cars}},
	}
	neutral := []string{"used", "also used", "hidden", "concealed", "suspected"}
	frames := []string{"%s were %s.", "Officers arrested 12 people and %s were %s.", "12 people were arrested and %s were %s.",
		"During the week %s were %s."}
	kept := []string{"%s were seized.", "%s were also seized.", "%s, which were used, were seized.", "%s, which were hidden, were found.",
		"Officers arrested 12 people and %s were seized.", "Among the items seized were %s, which were concealed."}
	cases := releaseCases{}
	for _, l := range lists {
		for _, f := range l.figs {
			for _, fr := range frames {
				for _, n := range neutral {
					cases.add(capFirst(fmt.Sprintf(fr, l.parts, n)), f, false)
				}
			}
			for _, k := range kept {
				cases.add(capFirst(fmt.Sprintf(k, l.parts)), f, true)
			}
		}
	}
	// the neutral verb's clause ends at the next figure: its own verb
	// is that figure's
	cases.add("5 knives were used and 2 machetes were seized.", knives, false)
	cases.add("5 knives were used and 2 machetes were seized.", machetes, true)
	cases.add("2 machetes were seized and 5 knives were used.", machetes, true)
	// the other order too: "were used" straight after the knives is
	// their own verb (frz28b F1); "Officers seized 2 machetes and 5
	// knives, which were hidden" keeps the knives seized
	cases.add("2 machetes were seized and 5 knives were used.", knives, false)
	cases.add("Officers seized 2 machetes and 5 knives, which were hidden.", knives, true)
	cases.add("Officers seized 5 knives and 2 machetes which were used.", machetes, true)
	releaseLaw(t, "TestNeutralVerbLaw", cases)
	t.Logf("%d cases", len(cases))
}
