package phrase_test

import (
	"fmt"
	"testing"
)

// TestNamedThenCountedLaw: things a release names with no number and a
// later sentence counts ("The week led to the seizure of knives. In
// total, 7 knives were seized.") are drafted as the count: the named
// things are the ones counted (LOST by 73cacdb, which drafted knives
// named with no number). A later sentence that adds ("Officers also
// seized 3 knives", "A further 3 ...", "Another 3 ...") counts only some
// of them: its number is not drafted. (Things the catalogue never
// reads named with no number, "mobile phones were seized", are no
// figure to keep.)
func TestNamedThenCountedLaw(t *testing.T) {
	things := []struct {
		noun, passive string
		f             releaseFig
	}{
		{"knives", "knives were seized", releaseFig{metric: "weapons_seized", item: "knife", v: 7}},
		{"weapons", "weapons were seized", releaseFig{metric: "weapons_seized", v: 7}},
		{"machetes", "machetes were seized", releaseFig{metric: "weapons_seized", item: "machete", v: 7}},
	}
	named := []string{"The week led to the seizure of %s.", "Officers seized %s.", "%s.", "The operation resulted in the seizure of %s."}
	counted := []string{"In total, 7 %s.", "7 %s in total.", "Altogether, 7 %s.", "Overall, 7 %s."}
	adds := []string{"Officers also seized 7 %s.", "A further 7 %s.", "Another 7 %s.", "In addition, 7 %s."}
	cases := releaseCases{}
	for _, th := range things {
		for _, n := range named {
			first := fmt.Sprintf(n, th.noun)
			if n == "%s." {
				first = capFirst(th.passive) + "."
			}
			for _, join := range []string{" ", "\n\n"} {
				for _, c := range counted {
					cases.add(first+join+fmt.Sprintf(c, th.passive), th.f, true)
				}
				for _, a := range adds {
					s := fmt.Sprintf(a, th.passive)
					if a == "Officers also seized 7 %s." {
						s = fmt.Sprintf(a, th.noun)
					}
					cases.add(first+join+s, th.f, false)
				}
			}
		}
	}
	releaseLaw(t, "TestNamedThenCountedLaw", cases)
}
