package phrase_test

import (
	"fmt"
	"testing"
)

// lawMoreBetweenCases: "more" between a figure's number and its noun
// ("That's 17 more arrests", "Officers seized 17 more knives this
// time") says how many more than a count before, not how many: with no
// earlier figure of the same thing in the text it is read as nothing
// (review29 R2: drafted arrests 17, knife 17). The near misses keep
// reading: the plain count, the count after "a further" or "additional"
// (no "more" between), and a figure of another thing before it that is
// no base ("Officers arrested 12 people and seized 3 more knives" keeps
// the 12).
func lawMoreBetweenCases() []whoCase {
	var out []whoCase
	n := 0
	num := func() int { n++; return 3 + n%40 }
	things := []struct{ noun, verb, made, want string }{
		{"arrests", "made", "were made", "arrests %d"},
		{"knives", "seized", "were seized", "weapons_seized %d knife"},
		{"people", "arrested", "were arrested", "arrests %d"},
		{"wraps of cocaine", "seized", "were seized", "drugs_seized %d cocaine"},
	}
	tails := []string{"", " this time", " this time round", " during the week"}
	for _, th := range things {
		for _, tail := range tails {
			out = append(out,
				whoCase{text: fmt.Sprintf("That's %d more %s%s.", num(), th.noun, tail)},
				whoCase{text: fmt.Sprintf("Officers %s %d more %s%s.", th.verb, num(), th.noun, tail)},
				whoCase{text: fmt.Sprintf("%d more %s %s%s.", num(), th.noun, th.made, tail)},
				whoCase{text: fmt.Sprintf("Officers %s %d more %s%s than last week.", th.verb, num(), th.noun, tail)},
			)
			a := num()
			out = append(out, whoCase{fmt.Sprintf("Officers %s %d %s%s.", th.verb, a, th.noun, tail), []string{fmt.Sprintf(th.want, a)}})
			a = num()
			out = append(out, whoCase{fmt.Sprintf("A further %d %s %s%s.", a, th.noun, th.made, tail), []string{fmt.Sprintf(th.want, a)}})
			a = num()
			out = append(out, whoCase{fmt.Sprintf("Officers %s %d additional %s%s.", th.verb, a, th.noun, tail), []string{fmt.Sprintf(th.want, a)}})
		}
	}
	for _, tail := range tails {
		a := num()
		out = append(out, whoCase{fmt.Sprintf("Officers arrested %d people and seized %d more knives%s.", a, num(), tail), []string{fmt.Sprintf("arrests %d", a)}})
		out = append(out, whoCase{text: fmt.Sprintf("Officers arrested %d people. %d more people were arrested%s.", num(), num(), tail)})
	}
	return out
}

// TestMoreBetweenLaw reads every case in Kent's context: exactly the
// facts it wants, and no other.
func TestMoreBetweenLaw(t *testing.T) {
	checkFactWords(t, lawMoreBetweenCases(), itemFact)
}
