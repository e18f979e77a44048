package phrase_test

import (
	"fmt"
	"testing"
)

// TestAddedToLaw: a figure that a later one adds to, in another clause
// or sentence ("Officers arrested 12 people; 3 more people were arrested
// on warrants", "... . A further 3 were arrested on Sunday"), is a part
// of the week's count, not the whole, and is not drafted; nor is the
// addition, which is no whole either (reread23 P4). Near misses keep the
// first figure: an addition of other things ("A further 3 vehicles were
// seized"), another body's ("The NCA arrested 3 more"), a hedge ("More
// than 3 vehicles"), a comparison ("3 more than last year").
func TestAddedToLaw(t *testing.T) {
	figs := []struct {
		f          releaseFig
		noun, verb string
	}{
		{releaseFigs[0], "people", "arrested"}, {releaseFigs[1], "knives", "seized"}, {releaseFigs[2], "arrests", "made"},
		{releaseFigs[3], "county lines", "closed"}, {releaseFigs[4], "warrants", "executed"}, {releaseFigs[5], "mobile phones", "seized"},
	}
	cases := releaseCases{}
	add := cases.add
	for _, x := range figs {
		three := releaseFig{"", x.f.metric, x.f.item, 3}
		first := capFirst(x.f.clause)
		for _, tail := range []string{"", " later in the week", " on Sunday", " in Maidstone"} {
			for _, form := range []string{
				"%[1]s; 3 more %[2]s were %[3]s%[4]s.", "%[1]s; a further 3 %[2]s were %[3]s%[4]s.",
				"%[1]s. A further 3 were %[3]s%[4]s.", "%[1]s. Another 3 %[2]s were %[3]s%[4]s.",
				"%[1]s, and an additional 3 %[2]s were %[3]s%[4]s.", "%[1]s. An extra 3 %[2]s were %[3]s%[4]s.",
				"%[1]s. Officers also %[3]s a further 3 %[2]s%[4]s.", "%[1]s.\n\nA further 3 %[2]s were %[3]s%[4]s.",
			} {
				s := fmt.Sprintf(form, first, x.noun, x.verb, tail)
				add(s, x.f, false)
				add(s, three, false)
			}
		}
		for _, keep := range []string{
			"%[1]s. A further 3 vehicles were seized.", "%[1]s; another 3 vehicles were seized.",
			"%[1]s. The NCA %[3]s 3 more.", "%[1]s. More than 3 vehicles were seized.", "%[1]s.",
		} {
			add(fmt.Sprintf(keep, first, x.noun, x.verb), x.f, true)
		}
	}
	add("12 men were arrested and a further 3 women were arrested.", releaseFig{"", "arrests_male", "", 12}, true)
	add("Officers seized 5 knives. Another 2 firearms were seized.", releaseFigs[1], true)
	releaseLaw(t, "TestAddedToLaw", cases)
}
