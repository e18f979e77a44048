package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// review25 W18, reread25 E7: the last words of a figure column's heading
// that bound its figures as they would after a figure ("Figure plus",
// "Figure +", "Figure or more": at least), or in words the value reader
// does not read ("Figure at most", "Figure less", "Figure (less)"), that
// say the figures are a part of the count ("Figure (partly)", "Figure
// in part", "Figure part"), or that name a longer period beside a hedge
// ("Month at least", "October at least") never leave the figure under
// them exact: it is hedged or not loaded. Near misses: the heading's
// name alone, "This week", and the hedges read before ("Figure at
// least", "Figure (estimate)", "Figure (see below)") load as before.
func TestHeadingTailLaw(t *testing.T) {
	t.Parallel()
	type hcase struct {
		head, want string // want: a qualifier, "hedged or refused", or "refused"
		label      string
	}
	heads := []struct{ head, want string }{
		{"Figure plus", "hedged or refused"}, {"Figure +", "hedged or refused"}, {"Figure or more", "hedged or refused"},
		{"Kent plus", "hedged or refused"}, {"This week or more", "hedged or refused"}, {"Figure (or more)", "hedged or refused"},
		{"Figure at most", "hedged or refused"}, {"Figure less", "hedged or refused"}, {"Figure (less)", "hedged or refused"},
		{"Figure or less", "hedged or refused"}, {"Figure or fewer", "hedged or refused"}, {"Kent at most", "hedged or refused"},
		{"Figure (partly)", "refused"}, {"Figure partly", "refused"}, {"Figure in part", "refused"}, {"Figure part", "refused"},
		{"Kent (in part)", "refused"}, {"This week (part)", "refused"},
		{"Month at least", "refused"}, {"October at least", "refused"}, {"Month approx", "refused"},
		{"Figure", string(etl.Exact)}, {"This week", string(etl.Exact)}, {"Kent", string(etl.Exact)},
		{"Figure at least", string(etl.AtLeast)}, {"Figure (estimate)", string(etl.Approximately)},
		{"Figure (see below)", string(etl.Exact)}, {"Handed over", "hedged or refused"},
	}
	var cases []hcase
	for _, ix := range every(len(heads), len(totalRowLabels)) {
		cases = append(cases, hcase{heads[ix[0]].head, heads[ix[0]].want, totalRowLabels[ix[1]]})
	}
	law[hcase]{
		what:  "a heading's last words over a figure",
		cases: cases,
		name:  func(c hcase) string { return fmt.Sprintf("%q over %q", c.head, c.label) },
		sheet: func(c hcase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", c.head}, []any{c.label, 43})
		},
		holds: func(c hcase, p probe, v *verdict) {
			f := p.value(totalRowMetrics[c.label])
			switch c.want {
			case "refused":
				v.want(f == nil, "loaded %v", f)
			case "hedged or refused":
				v.want(f == nil || f.Qualifier != etl.Exact, "loaded exact")
			default:
				v.want(f != nil && string(f.Qualifier) == c.want, "want it loaded %s: %v", c.want, f)
			}
		},
	}.run(t)
}
