package phrase_test

import (
	"fmt"
	"testing"
)

// TestKindScopedVerbLaw: the kind's verb said with words of another
// period or a part of the area ("3 knives and 2 machetes were among the
// weapons seized in previous operations", "... seized last year", "...
// seized in Medway", "The weapons seized last year were ...") makes its
// parts that period's or place's: none is drafted (recall27). Before,
// only "by" after the verb was looked at, and the parts before "were"
// were drafted. Near misses: the verb alone or with the week's own
// words ("during the week", "across the county") keeps them.
func TestKindScopedVerbLaw(t *testing.T) {
	knives := releaseFig{"", "weapons_seized", "knife", 3}
	machetes := releaseFig{"", "weapons_seized", "machete", 2}
	drugs := releaseFig{"", "drugs_seized", "cocaine", 40}
	lists := []struct {
		parts, kind string
		figs        []releaseFig
	}{
		{"3 knives and 2 machetes", "weapons", []releaseFig{knives, machetes}},
		{"2 machetes and 3 knives", "weapons", []releaseFig{knives, machetes}},
		{"40 wraps of cocaine", "drugs", []releaseFig{drugs}},
	}
	other := []string{"in previous operations", "in earlier operations", "last year", "in the previous week", "in Medway", "in Dover",
		"in north Kent", "in the Medway area", "in 2020"}
	own := []string{"", " during the week", " across the county", " this week"}
	cases := releaseCases{}
	for _, l := range lists {
		for _, o := range other {
			for _, f := range l.figs {
				cases.add(fmt.Sprintf("%s were among the %s seized %s.", l.parts, l.kind, o), f, false)
				cases.add(fmt.Sprintf("The %s seized %s were %s.", l.kind, o, l.parts), f, false)
			}
		}
		for _, o := range own {
			for _, f := range l.figs {
				cases.add(fmt.Sprintf("%s were among the %s seized%s.", l.parts, l.kind, o), f, true)
			}
		}
	}
	releaseLaw(t, "TestKindScopedVerbLaw", cases)
	t.Logf("%d cases", len(cases))
}
