package phrase_test

import (
	"fmt"
	"testing"
)

// TestListUnknownVerbLaw: a verb nobody taught us after a list of
// things ("5 knives and 2 machetes were handed in", "Knives and a
// machete were surrendered") is every figure's of the list, as a taught
// verb there is: none of them is drafted as seized (review27 W11's
// "Knives and a machete were handed in" drafted the knives, and "5
// knives and 2 machetes were handed in" knives 5). Before, only the
// last figure, beside the verb, was refused. Near misses: the list
// with a verb of seizure stays drafted.
func TestListUnknownVerbLaw(t *testing.T) {
	knives := releaseFig{"", "weapons_seized", "knife", 5}
	axes := releaseFig{"", "weapons_seized", "axe", 3}
	phones := releaseFig{"", "mobile_phones_seized", "", 4}
	lists := []struct {
		s    string
		figs []releaseFig
	}{
		{"5 knives and a machete", []releaseFig{knives}},
		{"5 knives and 2 machetes", []releaseFig{knives}},
		{"3 axes, 5 knives and 2 machetes", []releaseFig{axes, knives}},
		{"3 axes and 5 knives", []releaseFig{axes}},
		{"4 mobile phones and 5 knives", []releaseFig{phones}},
		{"5 knives and 3 axes", []releaseFig{knives}},
	}
	unknown := []string{"were handed in", "have been handed in", "were surrendered", "were dumped", "had been discarded", "were donated"}
	seized := []string{"were seized", "have been seized", "were recovered", "were found"}
	cases := releaseCases{}
	for _, l := range lists {
		for _, v := range unknown {
			for _, f := range l.figs {
				cases.add(fmt.Sprintf("%s %s.", l.s, v), f, false)
				cases.add(fmt.Sprintf("Officers arrested 12 people. %s %s.", l.s, v), f, false)
			}
		}
		for _, v := range seized {
			for _, f := range l.figs {
				cases.add(fmt.Sprintf("%s %s.", l.s, v), f, true)
			}
		}
	}
	releaseLaw(t, "TestListUnknownVerbLaw", cases)
	// the things named with no number take the list's verdict too
	r := newReader(t)
	bad := 0
	for _, v := range unknown {
		for _, l := range []string{"Knives and a machete", "Knives and 2 machetes", "Knives, axes and a machete"} {
			rel := r.Release(kentRelease + l + " " + v + ".")
			for _, x := range rel.Facts {
				if x.Metric == "weapons_seized" {
					bad++
					t.Errorf("%q: drafts %s %s", l+" "+v, x.Metric, x.Item)
					break
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("TestListUnknownVerbLaw: %d of %d named with no number drafted", bad, 3*len(unknown))
	}
	t.Logf("%d cases, and %d named with no number", len(cases), 3*len(unknown))
}
