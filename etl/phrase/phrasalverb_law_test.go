package phrase_test

import (
	"fmt"
	"testing"
)

// TestPhrasalVerbLaw: a verb with a particle or "for" straight before
// a figure's number ("Officers gave back 12 phones", "gave away",
// "applied for 12 warrants", "asked for") is a verb of two words nobody
// taught us, whether or not its first word is a verb of another metric
// ("gave": children engaged): the figure is refused, never read as the
// thing's seizure or a warrant executed (review24 V11, reread24 P5).
// Near misses stay read: a taught verb of two words ("carried out 7
// warrants", "took down 3 county lines"), a verb of the figure's own
// metric with a particle ("took away 5 knives", "seized back 9 mobile
// phones"), the plain taught verb, a "for" after the number ("arrested
// 12 people for supply").
func TestPhrasalVerbLaw(t *testing.T) {
	cases := releaseCases{}
	add := cases.add
	things := []releaseFig{
		{"9 mobile phones", "mobile_phones_seized", "", 9},
		{"5 knives", "weapons_seized", "knife", 5},
		{"7 warrants", "warrants", "", 7},
		{"3 cars", "vehicles_seized", "", 3},
		{"2 firearms", "weapons_seized", "firearm", 2},
	}
	verbs := []string{"gave back", "gave away", "handed back", "gave out", "sold off", "threw away", "applied for", "asked for",
		"searched for", "looked for", "appealed for", "paid for", "bid for", "gave back a total of", "applied for the"}
	frames := []string{"Officers %s %s.", "During the week officers %s %s.", "They %s %s.", "Officers have %s %s.",
		"Officers arrested 14 people and %s %s."}
	for _, th := range things {
		for _, v := range verbs {
			for _, fr := range frames {
				add(fmt.Sprintf(fr, v, th.clause), th, false)
			}
		}
	}
	for _, keep := range []struct {
		s string
		f releaseFig
	}{
		{"Officers carried out 7 warrants.", releaseFig{"", "warrants", "", 7}},
		{"Officers took down 3 county lines.", releaseFig{"", "lines_closed", "", 3}},
		{"Officers took away 5 knives.", releaseFig{"", "weapons_seized", "knife", 5}},
		{"Officers seized back 9 mobile phones.", releaseFig{"", "mobile_phones_seized", "", 9}},
		{"Officers seized 9 mobile phones.", releaseFig{"", "mobile_phones_seized", "", 9}},
		{"Officers executed 7 warrants.", releaseFig{"", "warrants", "", 7}},
		{"Officers arrested 12 people for supply.", releaseFigs[0]},
		{"Officers seized 9 mobile phones for examination.", releaseFig{"", "mobile_phones_seized", "", 9}},
		{"Officers arrested 14 people and gave back 9 mobile phones.", releaseFig{"", "arrests", "", 14}},
		{"Officers applied for warrants and arrested 12 people.", releaseFigs[0]},
	} {
		add(keep.s, keep.f, true)
	}
	releaseLaw(t, "TestPhrasalVerbLaw", cases)
}
