package phrase_test

import (
	"fmt"
	"testing"
)

// TestSpanLaw: a stretch of time after a preposition of when that is
// not the week puts a figure outside it (review23 R20): wider ("Over two
// weeks, officers made 45 arrests", "over 10 days", "over three months",
// "during a 12-month investigation") or a part of it ("across 2 days",
// "over five days", "in a two-day period"). Neither is drafted. Still
// drafted: seven days, the week, one week, a stretch "of action", the
// days an operation of that length ran ("during a two-day operation", as
// real releases' labels read it), days the text spoke of ("across the
// two days"), and days said beside the week ("in just five days this
// week").
func TestSpanLaw(t *testing.T) {
	other := []string{
		"over two weeks", "across 2 days", "over 5 days", "over three days", "within four days", "over 10 days",
		"over three months", "over a fortnight", "during a 12-month investigation", "during a two-week operation",
		"in a two-day period", "over 2 years", "throughout a six-month operation", "across six days", "in just 3 days",
	}
	own := []string{
		"over 7 days", "over seven days", "during the week", "over a 7-day period", "in one week",
		"during a two-day operation", "across the two days", "over 7 days of action", "in just five days this week",
	}
	cases := releaseCases{}
	add := cases.add
	for _, f := range releaseFigs {
		for _, sp := range other {
			add(fmt.Sprintf("%s %s.", capFirst(f.clause), sp), f, false)
			add(fmt.Sprintf("%s, %s.", capFirst(sp), f.clause), f, false)
		}
		for _, sp := range own {
			add(fmt.Sprintf("%s %s.", capFirst(f.clause), sp), f, true)
			add(fmt.Sprintf("%s, %s.", capFirst(sp), f.clause), f, true)
		}
	}
	releaseLaw(t, "TestSpanLaw", cases)
}
