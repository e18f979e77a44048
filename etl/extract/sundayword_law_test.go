package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// review25 W9: a day beside a Total that is words saying it is not
// given ("TBC", "to follow", "awaited", "pending", "NR", "late", "see
// notes", "x", "*") or a hedged figure ("c.4", "approx 4", "4?", "4
// (est)") leaves the Total unchecked against the week's days: neither it
// nor anything of the row loads. Near misses: a day given as 0 or as a
// figure the days add to with the rest loads the Total exact.
func TestDayNotFigureTotalLaw(t *testing.T) {
	t.Parallel()
	suns := []string{"TBC", "to follow", "awaited", "pending", "tba", "missing", "no return", "NR", "not available", "late", "see notes", "x", "*",
		"c.4", "approx 4", "4?", "4 (est)", "about 4", "4+", "-", "N/A"}
	near := []string{"0", "4"}
	days := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	type tcase struct {
		sun, label string
		load       bool
		at         int // the day (0 = Monday) that is words
	}
	var cases []tcase
	for _, ix := range every(len(suns)+len(near), len(totalRowLabels), 2) {
		if ix[1] != 0 && ix[0]%3 != 0 {
			continue
		}
		at := 6
		if ix[2] == 1 {
			at = 2
		}
		if ix[0] < len(suns) {
			cases = append(cases, tcase{suns[ix[0]], totalRowLabels[ix[1]], false, at})
		} else {
			cases = append(cases, tcase{near[ix[0]-len(suns)], totalRowLabels[ix[1]], true, at})
		}
	}
	law[tcase]{
		what:  "days not given as figures beside a Total",
		cases: cases,
		name: func(c tcase) string {
			return fmt.Sprintf("%s is %q │ %q", days[c.at], c.sun, c.label)
		},
		sheet: func(c tcase, b *lawBook) {
			head := append(append([]any{"Measure"}, anys(days)...), "Total")
			row := []any{c.label}
			sum := 0
			for k := range days {
				if k == c.at {
					if n := c.sun; n == "0" || n == "4" {
						row = append(row, map[string]int{"0": 0, "4": 4}[n])
						sum += map[string]int{"0": 0, "4": 4}[n]
					} else {
						row = append(row, c.sun)
					}
					continue
				}
				row = append(row, 6)
				sum += 6
			}
			b.Rows("A1", []any{kentTitle}, nil, head, append(row, sum))
		},
		holds: func(c tcase, p probe, v *verdict) {
			if c.load {
				f := p.value(totalRowMetrics[c.label])
				v.want(f != nil && f.Cell == "I4" && f.Qualifier == etl.Exact, "want the Total at I4 loaded exact")
				return
			}
			for _, f := range p.r.Facts {
				if strings.HasSuffix(f.Cell, "4") {
					v.wrong("loaded %s", factLine(f))
				}
			}
			v.want(p.warnedAt("I4") != nil, "no warning names the Total at I4")
		},
	}.run(t)
}
