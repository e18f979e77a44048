package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestAgeAfterPeopleLaw: "under", "over", "above" or "below" and a
// number straight after a word for people ("Officers arrested 12 men
// under 25", "12 women over 30 were arrested") is the people's age, no
// count of its own: before, the age was read as a second figure
// (arrests less than 25, more than 30) beside the people's 12. An age
// the catalogue has no part for leaves the people's figure only some of
// its metric's, so it is refused too. Kept: "under 18", the catalogue's
// own part ("12 men under 18": arrests under 18), a span of time after
// the people ("12 men over 3 days": that stretch's), and a hedge opening
// a figure of its own after "and" ("12 men and over 30 women").
func TestAgeAfterPeopleLaw(t *testing.T) {
	r := newReader(t)
	people := []string{"men", "women", "people", "suspects", "adults"}
	hedges := []string{"under", "over", "above", "below"}
	ages := []int{21, 25, 30, 65}
	frames := []string{"Officers arrested 12 %s %s %d.", "12 %s %s %d were arrested.", "Officers safeguarded 12 vulnerable %s %s %d.",
		"Officers arrested 12 %s %s %d and seized 3 knives."}
	n, failed := 0, 0
	for _, f := range frames {
		for _, who := range people {
			for _, h := range hedges {
				for _, a := range ages {
					text := fmt.Sprintf(f, who, h, a)
					n++
					rd := r.Read(text, phrase.Context{Force: "kent"})
					var bad []string
					for _, g := range withScoped(rd).Facts {
						if g.Value != nil && (*g.Value == float64(a) || *g.Value == 12) {
							bad = append(bad, fmt.Sprintf("%s %v %s", g.Metric, *g.Value, g.Qualifier))
						}
					}
					if len(bad) > 0 {
						failed++
						t.Errorf("%q: read %v, want no figure of the age nor of those only of that age", text, bad)
					}
				}
			}
		}
	}
	for _, c := range []struct {
		text, metric string
		v            float64
	}{
		{"Officers arrested 12 men under 18.", "arrests_under_18", 12},
		{"Officers arrested 12 people under 18.", "arrests_under_18", 12},
		{"Officers arrested 12 men and over 30 women.", "arrests_female", 30},
		{"Officers arrested 12 men under 25 and seized 3 knives.", "weapons_seized", 3},
	} {
		n++
		ok := false
		for _, g := range r.Read(c.text, phrase.Context{Force: "kent"}).Facts {
			ok = ok || g.Metric == c.metric && g.Value != nil && *g.Value == c.v
		}
		if !ok {
			failed++
			t.Errorf("%q: %s %v not read", c.text, c.metric, c.v)
		}
	}
	t.Logf("%d sentences, %d failed", n, failed)
}
