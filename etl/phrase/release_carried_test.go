package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestReleaseCarriedScopeLaw: a sentence that refers back to the one
// before takes the period, part or body the one before put its figures
// in (carried.go). After a sentence whose figures are another period's
// ("Since January, officers have arrested 300 people."), a running
// count's ("to date"), a part's ("In Medway"), another force's or
// body's ("Essex Police", "The NCA") or the country's ("Nationally"),
// these are not drafted: a part of its figures ("Of those arrested, 12
// were charged.", "Of these, ..."), its time ("In that period, ...",
// "During this time, ...", "Over the same period, ..."), and after a
// count up to now ("since", "to date", "so far") a perfect that goes on
// with it ("5 knives have been seized.", "Police said they had seized 5
// knives."). Near misses still drafted: the week's own figures after
// such a sentence with no words referring back ("Officers arrested 12
// people."), a sentence naming the week ("During the week of action,
// ..."), words referring back to the week's own figures or to the week
// ("Officers arrested 40 people. Of those arrested, 12 were charged.",
// "The week ran from 11 to 17 October. In that time, ..."), and a
// perfect after a closed period or another's figures ("Last year, ...
// . 5 knives have been seized.").
func TestReleaseCarriedScopeLaw(t *testing.T) {
	upToNow := []string{
		"Since January, officers have arrested 300 people.",
		"Nearly 300 people have been arrested since January.",
		"Since the taskforce was launched in December 2019, officers have arrested 300 people.",
		"Officers have arrested 300 people to date.",
		"So far this year, officers have arrested 300 people.",
	}
	closed := []string{
		"Last year, officers arrested 300 people.",
		"In 2020, officers arrested 300 people.",
		"Over the past 12 months, officers arrested 300 people.",
		"Last year's week of action saw 300 arrests.",
	}
	others := []string{
		"In Medway, officers arrested 300 people.",
		"Essex Police arrested 300 people.",
		"The NCA arrested 300 people.",
		"Nationally, 300 people were arrested.",
		"On Monday, officers arrested 300 people.",
	}
	charged := releaseFig{"", "charged", "", 12}
	knives := releaseFig{"", "weapons_seized", "knife", 5}
	arrests := releaseFig{"", "arrests", "", 12}
	parts := []string{"Of those arrested, 12 were charged.", "Of those arrested, 12 have been charged.", "Of these, 12 were charged.",
		"Of them, 12 were charged.", "And of those arrested, 12 were charged."}
	times := []string{"In that period, %s.", "In that time %s.", "During this time, %s.", "Over the same period, %s.", "During that period %s.", "Throughout that time, %s."}
	perfects := []releaseCase{
		{"5 knives have been seized.", knives}, {"5 knives have also been seized.", knives},
		{"12 people have been arrested.", arrests}, {"Officers have seized 5 knives.", knives},
		{"Police said they had seized 5 knives.", knives}, {"Officers have also arrested 12 people.", arrests},
	}
	cases := releaseCases{}
	all := append(append(append([]string{}, upToNow...), closed...), others...)
	for _, b := range all {
		for _, sep := range []string{" ", "\n", "\n\n"} {
			for _, s := range parts {
				cases.add(b+sep+s, charged, false)
			}
			for _, f := range releaseFigs {
				for _, s := range times {
					cases.add(b+sep+capFirst(fmt.Sprintf(s, f.clause)), f, false)
				}
				// near misses: the week's own figures, said plainly or
				// with the week named
				cases.add(b+sep+capFirst(f.clause)+".", f, true)
				cases.add(b+sep+"During the week of action, "+f.clause+".", f, true)
				cases.add(b+sep+"During the week of action, officers visited 14 schools. In that period, "+f.clause+".", f, true)
			}
			// words referring back to the week's figures said between
			cases.add(b+sep+"During the week, officers arrested 40 people. Of those arrested, 12 were charged.", charged, true)
			cases.add(b+sep+"This week officers arrested 40 people.\nOf those arrested, 12 were charged.", charged, true)
		}
	}
	for _, b := range upToNow {
		for _, sep := range []string{" ", "\n"} {
			for _, c := range perfects {
				cases.add(b+sep+c.s, c.f, false)
			}
			// the week named, or a time of its own, keeps its own
			cases.add(b+sep+"During the week of action, 5 knives have been seized.", knives, true)
			cases.add(b+sep+"Officers seized 5 knives.", knives, true)
		}
	}
	for _, b := range append(append([]string{}, closed...), others...) {
		for _, c := range perfects {
			cases.add(b+" "+c.s, c.f, true)
		}
	}
	// no sentence before, or one of the week's: words referring back read
	for _, s := range parts {
		cases.add(s, charged, true)
		cases.add("Officers arrested 40 people. "+s, charged, true)
	}
	for _, f := range releaseFigs {
		for _, s := range times {
			cases.add(capFirst(fmt.Sprintf(s, f.clause)), f, true)
			cases.add("The week ran from 11 to 17 October. "+capFirst(fmt.Sprintf(s, f.clause)), f, true)
		}
	}
	for _, c := range perfects {
		cases.add(c.s, c.f, true)
		if !strings.Contains(c.s, "said") {
			cases.add("Officers visited 14 schools. "+c.s, c.f, true)
		}
	}
	releaseLaw(t, "TestReleaseCarriedScopeLaw", cases)
}
