package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestComparedByLaw: a number said with a word that adds and "than"
// after it in its clause ("Officers seized 3 more knives than last
// week", "made 43 more arrests than in September") is how many more
// there were than another count, not how many: it is not drafted, even
// when the count compared with is "last week", which alone says the
// release's week. Near misses keep the figure: the count compared
// whole ("..., more than last week", "..., twice as many as last
// week"), a hedge ("more than 12 people"), no comparison at all.
func TestComparedByLaw(t *testing.T) {
	thans := []string{"than last week", "than the week before", "than in September", "than last year",
		"than during the previous week of action", "than in the same week last year", "than Essex Police", "than before"}
	cases := releaseCases{}
	add := cases.add
	for _, f := range releaseFigs {
		n := fmt.Sprint(f.v)
		for _, more := range []string{"more", "additional", "further"} {
			c := strings.Replace(f.clause, " "+n+" ", " "+n+" "+more+" ", 1)
			for _, th := range thans {
				add(capFirst(fmt.Sprintf("%s %s.", c, th)), f, false)
				add(capFirst(fmt.Sprintf("During the week, %s %s.", c, th)), f, false)
			}
		}
		for _, keep := range []string{"%s.", "%s, more than last week.", "%s, twice as many as last week.",
			"During the week, %s, more than last week."} {
			add(capFirst(fmt.Sprintf(keep, f.clause)), f, true)
		}
		add(capFirst(strings.Replace(f.clause, " "+n+" ", " more than "+n+" ", 1))+".", f, true)
	}
	releaseLaw(t, "TestComparedByLaw", cases)
}
