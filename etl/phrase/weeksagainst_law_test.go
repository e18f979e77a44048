package phrase_test

import (
	"fmt"
	"testing"
)

// TestWeeksAgainstLaw: a figure said of a week seen from after it ("last
// week", "the past week") and a figure said of "this week" in one
// sentence set two weeks against each other; either may be the
// operation's, and the words do not say which: neither is drafted
// (review28 W2). Before, a place after the first figure ("in Kent",
// "across Kent and Medway") kept the second from reading as the same
// metric, and the first was drafted as the week's. Near misses: each
// period alone keeps the figure, and so does "this week" set against a
// week in an aside ("This week – unlike last week, when 40 people were
// arrested – 12 people were arrested").
func TestWeeksAgainstLaw(t *testing.T) {
	places := []string{"", " in Kent", " across Kent", " across Kent and Medway", " across the county"}
	lasts := []string{"last week", "the past week", "over the past seven days", "in the last 7 days"}
	thens := []string{" and 3 this week.", ", and 3 this week.", " and 3 people this week.", ", and 3 more this week."}
	cases := releaseCases{}
	for _, f := range releaseFigs[:2] {
		for _, pl := range places {
			for _, l := range lasts {
				for _, th := range thens {
					if f.metric != "arrests" && th == " and 3 people this week." {
						continue
					}
					cases.add(capFirst(f.clause+pl+" "+l+th), f, false)
				}
				cases.add(capFirst(fmt.Sprintf("%s%s %s.", f.clause, pl, l)), f, true)
			}
			cases.add(capFirst(f.clause+pl+" this week."), f, true)
		}
	}
	// a week in an aside is the aside's: the words say which is the
	// operation's (asideChanger)
	arrests := releaseFigs[0]
	for _, l := range lasts[:2] {
		cases.add("This week – unlike "+l+", when 40 people were arrested – 12 people were arrested.", arrests, true)
		cases.add("This week (unlike "+l+", when 40 people were arrested) 12 people were arrested.", arrests, true)
	}
	releaseLaw(t, "TestWeeksAgainstLaw", cases)
	t.Logf("%d cases", len(cases))
}
