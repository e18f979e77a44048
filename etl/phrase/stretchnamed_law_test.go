package phrase_test

import (
	"fmt"
	"testing"
)

// TestStretchNamedLaw: a stretch of time that is not the week is read
// however its length is named (closing25 W14, reread25 P6), not only by
// a count and a unit: "through" as a preposition of when; "the whole
// month", "an entire fortnight"; a span named by its season or its
// place in the calendar ("the quarter", "the festive period", "the
// Christmas period", "half term", "the school holidays", "the financial
// year", "the Easter weekend", "the bank holiday"); another stretch of
// the week's length ("the following week", "the next week", "the week
// before", "the preceding month"); a count said without a number
// ("successive weeks", "consecutive weekends", "a number of weeks");
// a count with its half ("a week and a half"); weeks of action said
// by their count ("the two intensification weeks"); "that month". Said
// before the figure, after it, or after a later figure, the figure is
// another period's (or a part of the week's) and is not drafted. The
// week said the same ways ("through the week", "over the whole week",
// "throughout the entire week of action", "during that week", "over
// the intensification week") is drafted.
func TestStretchNamedLaw(t *testing.T) {
	intros := []string{"over", "during", "through", "throughout", "across", "in"}
	other := []string{
		"the month", "the whole month", "the entire month", "a whole month", "the full month", "an entire fortnight",
		"the quarter", "the festive period", "the Christmas period", "half term", "the school holidays",
		"the financial year", "the Easter weekend", "the bank holiday", "the summer", "the half year",
		"the following week", "the next week", "the week before", "the preceding month", "the subsequent week",
		"successive weeks", "consecutive weekends", "a number of weeks", "a week and a half", "two and a half weeks",
		"the two intensification weeks", "the three weeks of action", "that month", "this month", "the whole year",
	}
	week := []string{"the week", "the whole week", "the entire week of action", "that week", "the intensification week",
		"the seven days", "the full seven days"}
	cases := releaseCases{}
	add, place := cases.add, stretchPlacer(cases)
	for i, f := range releaseFigs {
		for j, in := range intros {
			for k, l := range other {
				if (i+j+k)%2 == 0 {
					place(f, in+" "+l, false)
				}
			}
			for _, l := range week {
				place(f, in+" "+l, true)
			}
		}
		// near misses: the same words naming no stretch leave the figure;
		// a unit said as an owner ("last week's operation") is one, not
		// many weeks
		for _, s := range []string{
			"%s in the following raids.", "%s in the next raid.", "Following a tip-off, %s.", "%s, following a tip-off.",
			"%s after a tip-off.", "%s through the night-time economy scheme.", "%s over the whole operation.",
			"%s through a series of warrants.", "%s in the bank's car park.", "During last week's operation, %s.",
		} {
			add(capFirst(fmt.Sprintf(s, f.clause)), f, true)
		}
	}
	releaseLaw(t, "TestStretchNamedLaw", cases)
}
