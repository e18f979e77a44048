package phrase_test

import (
	"fmt"
	"testing"
)

// TestSeizedAndLaw: a taught verb of the figure's act joined by "and"
// to a verb nobody taught us, both said as done ("Officers seized and
// destroyed 12 knives", "recovered and crushed 3 cars"), says what was
// done to the things: the figure is read (reread24 P7, lost by
// 64b8b8c). Near misses stay refused: a plan ("will seize and destroy"),
// a taught verb of another metric ("visited and destroyed 9 mobile
// phones"), two verbs nobody taught ("crushed and destroyed"), the
// unknown verb alone ("Officers destroyed 5 knives").
func TestSeizedAndLaw(t *testing.T) {
	cases := releaseCases{}
	add := cases.add
	things := []releaseFig{
		{"5 knives", "weapons_seized", "knife", 5},
		{"9 mobile phones", "mobile_phones_seized", "", 9},
		{"3 cars", "vehicles_seized", "", 3},
		{"2 firearms", "weapons_seized", "firearm", 2},
	}
	unknown := []struct{ past, plain string }{{"destroyed", "destroy"}, {"crushed", "crush"}, {"photographed", "photograph"}, {"catalogued", "catalogue"}}
	for _, th := range things {
		for _, u := range unknown {
			for _, known := range []string{"seized", "recovered"} {
				add(fmt.Sprintf("Officers %s and %s %s.", known, u.past, th.clause), th, true)
				add(fmt.Sprintf("During the week officers have %s and %s %s.", known, u.past, th.clause), th, true)
			}
			add(fmt.Sprintf("Officers will seize and %s %s.", u.plain, th.clause), th, false)
			add(fmt.Sprintf("Officers hope to seize and %s %s.", u.plain, th.clause), th, false)
			add(fmt.Sprintf("Officers visited and %s %s.", u.past, th.clause), th, false)
			add(fmt.Sprintf("Officers tested and %s %s.", u.past, th.clause), th, false)
			add(fmt.Sprintf("Officers %s %s.", u.past, th.clause), th, false)
		}
	}
	releaseLaw(t, "TestSeizedAndLaw", cases)
}
