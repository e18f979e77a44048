package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// withHead is a figure with its parts, and the facts it reads.
type withHead struct {
	form  string // its words, with %d for each number, then ", with "
	facts []string
}

// lawWithClauseCases: "The police arrested a total of 81 individuals,
// comprising 60 men and 21 women, with 54 warrants executed": after a
// figure and its parts, a comma, "with" and a figure whose noun has a
// verb of its own after it is a clause of its own, no part of the list
// before it, and each reads as it would alone. The near misses: the
// later figure's own words (a plan, an aim, "not", another force's
// agent or area, the country, the region, a part of the force's area)
// refuse it alone; another period or a day said at the end refuse the
// sentence's every figure, as they do with no "with".
func lawWithClauseCases() []whoCase {
	heads := []withHead{
		{"Officers arrested %d people, including %d men and %d women, with ", []string{"arrests", "arrests_male", "arrests_female"}},
		{"The police arrested a total of %d individuals, comprising %d men and %d women, with ", []string{"arrests", "arrests_male", "arrests_female"}},
		{"Officers arrested %d people, including %d children, with ", []string{"arrests", "arrests_under_18"}},
		{"Officers seized %d weapons, including %d knives, with ", []string{"weapons_seized", "weapons_seized/knife"}},
		{"%d people were arrested, with ", []string{"arrests"}},
	}
	tails := []struct{ words, metric string }{
		{"warrants executed", "warrants"},
		{"warrants carried out", "warrants"},
		{"people charged", "charged"},
		{"phones seized", "mobile_phones_seized"},
		{"county lines closed", "lines_closed"},
		{"vulnerable people safeguarded", "safeguarded"},
	}
	ownMisses := []string{
		"%s to be %s", // "warrants to be executed"
		"more %s expected to be %s",
		"%s not %s",
		"%s %s by Essex Police",
		"%s %s in Essex",
		"%s %s nationally",
		"%s %s across the region",
		"%s %s in Dover",
	}
	allMisses := []string{"%s %s last year", "%s %s on Monday"}
	var out []whoCase
	n := 0
	num := func() int { n++; return 100 + n }
	for hi, h := range heads {
		for ti, tl := range tails {
			noun, verb, _ := strings.Cut(tl.words, " ")
			if tl.words == "vulnerable people safeguarded" {
				noun, verb = "vulnerable people", "safeguarded"
			}
			if tl.words == "county lines closed" {
				noun, verb = "county lines", "closed"
			}
			if tl.words == "warrants carried out" {
				noun, verb = "warrants", "carried out"
			}
			build := func(tail string, keepHead, keepTail bool) whoCase {
				var nums []any
				var want []string
				for _, f := range h.facts {
					v := num()
					nums = append(nums, v)
					if keepHead {
						want = append(want, fmt.Sprintf("%s %d", f, v))
					}
				}
				v := num()
				if keepTail {
					want = append(want, fmt.Sprintf("%s %d", tl.metric, v))
				}
				return whoCase{fmt.Sprintf(h.form, nums...) + fmt.Sprintf("%d ", v) + tail + ".", want}
			}
			out = append(out, build(tl.words, true, true))
			// near misses: one form each of the rest, every form for one
			misses := ownMisses
			if (hi+ti)%len(tails) != 0 {
				misses = ownMisses[(hi+ti)%len(ownMisses) : (hi+ti)%len(ownMisses)+1]
			}
			for _, f := range misses {
				out = append(out, build(fmt.Sprintf(f, noun, verb), true, false))
			}
			for _, f := range allMisses {
				out = append(out, build(fmt.Sprintf(f, noun, verb), false, false))
			}
		}
	}
	return out
}

// TestWithClauseLaw reads every case in Kent's context: exactly the facts
// it wants (item after "/", people or count, exact), and no other.
func TestWithClauseLaw(t *testing.T) {
	checkFactWords(t, lawWithClauseCases(), func(f phrase.Fact) string {
		m := f.Metric
		if f.Item != "" {
			m += "/" + f.Item
		}
		s := fmt.Sprintf("%s %v", m, *f.Value)
		if f.Qualifier != "exact" {
			s += " " + string(f.Qualifier)
		}
		return s
	})
}
