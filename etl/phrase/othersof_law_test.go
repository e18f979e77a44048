package phrase_test

import (
	"fmt"
	"testing"
)

// TestOthersOfLaw: figures listed before a figure of "the rest" of a
// kind ("Officers seized a car and 2 other vehicles", "a car, a van and
// 2 others") that gave no reading are some of the things counted, not
// the whole: not drafted (review24 V6). Near misses keep the figure: a
// rest that reads ("a knife and 2 other weapons": the knife and other
// weapons 2), a rest with a verb of its own ("..., and 2 others were
// charged"), a figure of another clause ("Officers arrested 12 people
// and seized a car and 2 other vehicles": arrests 12), of another
// sentence, or no rest at all.
func TestOthersOfLaw(t *testing.T) {
	cases := releaseCases{}
	add := cases.add
	firsts := []releaseFig{
		{"a car", "vehicles_seized", "", 1},
		{"2 cars", "vehicles_seized", "", 2},
		{"a van", "vehicles_seized", "", 1},
		{"5 mobile phones", "mobile_phones_seized", "", 5},
	}
	rests := []string{"2 other vehicles", "2 others", "two other cars", "3 other vehicles", "4 other phones", "3 other items"}
	for _, f := range firsts {
		for _, r := range rests {
			for _, form := range []string{"Officers seized %s and %s.", "During the week officers seized %s and %s.",
				"Officers seized %s, and %s.", "Officers recovered %s and %s during the week.", "%s and %s were seized."} {
				if form[0] == '%' {
					add(capFirst(fmt.Sprintf(form, f.clause, r)), f, false)
					continue
				}
				add(fmt.Sprintf(form, f.clause, r), f, false)
			}
		}
		add(fmt.Sprintf("Officers seized %s.", f.clause), f, true)
		add(fmt.Sprintf("Officers seized %s and arrested 2 other people.", f.clause), f, true)
		add(fmt.Sprintf("Officers seized %s, and 2 others were stopped.", f.clause), f, true)
	}
	for _, f := range releaseFigs {
		add(capFirst(fmt.Sprintf("%s and seized a car and 2 other vehicles.", f.clause)), f, true)
		add(capFirst(fmt.Sprintf("%s. They also seized a car and 2 others.", f.clause)), f, true)
		add(capFirst(fmt.Sprintf("%s, and 2 others were released.", f.clause)), f, true)
	}
	add("Officers seized a knife and 2 other weapons.", releaseFig{"", "weapons_seized", "knife", 1}, true)
	add("Officers seized a knife and 2 other weapons.", releaseFig{"", "weapons_seized", "other_weapon", 2}, true)
	add("Officers seized 2 firearms and 3 other weapons.", releaseFig{"", "weapons_seized", "firearm", 2}, true)
	add("Officers arrested 12 people and 2 others.", releaseFigs[0], false)
	add("Officers closed 3 county lines and 2 other lines.", releaseFigs[3], false)
	releaseLaw(t, "TestOthersOfLaw", cases)
}
