package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestAfterEachLaw: a figure said after one refused as each one's
// ("Three teams each arrested 4 people, 12 over the year") is their sum
// or another stretch's count, with words of its own period the reader
// does not weigh: neither it nor the each figure is drafted (review24
// V3), however its stretch is said, and said as a total too ("12 in
// total", "making 12 arrests", "a total of 12"). Near misses keep their
// figure: a figure of another thing after it ("..., and officers seized
// 9 mobile phones"), the sentence with no "each" at all.
func TestAfterEachLaw(t *testing.T) {
	type fig struct{ pred, noun, metric, item string }
	figs := []fig{
		{"arrested %d people", "arrests", "arrests", ""},
		{"made %d arrests", "arrests", "arrests", ""},
		{"seized %d knives", "knives", "weapons_seized", "knife"},
		{"executed %d warrants", "warrants", "warrants", ""},
		{"seized %d mobile phones", "phones", "mobile_phones_seized", ""},
	}
	doers := []string{"Three teams each", "The teams each", "Each team", "Officers each", "Each of the three teams", "Three teams"}
	tails := []string{
		"%d over the year", "%d over the month", "%d in a month", "%d in two weeks", "%d during the two-week operation",
		"%d in total over the month", "%d in total", "a total of %d", "%d in all", "%d over the week", "%d last week",
		"%d across the county", "making %d %s", "a total of %d %s over the year",
	}
	cases := releaseCases{}
	for _, f := range figs {
		for _, d := range doers {
			each := d != "Three teams"
			for _, tail := range tails {
				if !each {
					continue
				}
				tl := fmt.Sprintf(tail, 12)
				if strings.Contains(tail, "%s") {
					tl = fmt.Sprintf(tail, 12, f.noun)
				}
				s := fmt.Sprintf("%s %s, %s.", d, fmt.Sprintf(f.pred, 4), tl)
				cases.add(s, releaseFig{"", f.metric, f.item, 4}, false)
				cases.add(s, releaseFig{"", f.metric, f.item, 12}, false)
			}
			// another thing after it stays
			other := releaseFig{"", "lines_closed", "", 3}
			if each {
				cases.add(fmt.Sprintf("%s %s, and officers closed 3 county lines.", d, fmt.Sprintf(f.pred, 4)), other, true)
			}
		}
		// no "each": the teams' own total
		cases.add(fmt.Sprintf("Three teams %s.", fmt.Sprintf(f.pred, 12)), releaseFig{"", f.metric, f.item, 12}, true)
	}
	releaseLaw(t, "TestAfterEachLaw", cases)
}

// TestAddsToUnreadLaw: "3 more", "a further 3" said after a figure that
// was not read ("Officers crushed 12 cars and seized 3 more": the 12 is
// refused, an act nobody taught) adds to that figure: the week's count
// is more than it, or unknown, and it is not drafted (review24 V8). Near
// misses keep their figure: the same sentence with no word that adds
// ("... and seized 3 phones"), and a figure of its own after the
// unread one ("... and arrested 3 people").
func TestAddsToUnreadLaw(t *testing.T) {
	things := []struct{ noun, metric, item string }{
		{"cars", "vehicles_seized", ""},
		{"mobile phones", "mobile_phones_seized", ""},
		{"knives", "weapons_seized", "knife"},
	}
	verbs := []string{"crushed", "destroyed", "photographed", "examined", "returned"}
	adds := []string{
		"Officers %s 12 %s and seized 3 more.", "Officers %s 12 %s and seized a further 3.", "Officers %s 12 %s and seized another 3.",
		"Officers %s 12 %s, then seized 3 more.", "Officers %s 12 %s and seized an additional 3.", "Officers %s 12 %s and seized 3 more %s.",
		"Officers %s 12 %s and later seized a further 3 %s.",
	}
	cases := releaseCases{}
	for _, th := range things {
		three := releaseFig{"", th.metric, th.item, 3}
		for _, v := range verbs {
			for _, a := range adds {
				s := fmt.Sprintf(a, v, th.noun, th.noun)
				if a[len(a)-3:] != "%s." {
					s = fmt.Sprintf(a, v, th.noun)
				}
				cases.add(s, three, false)
			}
			cases.add(fmt.Sprintf("Officers %s 12 cars and seized 3 %s.", v, th.noun), three, true)
		}
	}
	for _, v := range verbs {
		cases.add(fmt.Sprintf("Officers %s 12 cars and arrested 3 people.", v), releaseFig{"", "arrests", "", 3}, true)
		cases.add(fmt.Sprintf("Officers %s 12 cars and closed 3 county lines.", v), releaseFig{"", "lines_closed", "", 3}, true)
	}
	releaseLaw(t, "TestAddsToUnreadLaw", cases)
}
