package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestPartWeekTotalPartsLaw: a Total refused because its days leave some
// of the week out ("Mon │ Tue │ Wed │ Thu │ Total") leaves the row's part
// columns unread, before the Total or after it ("Mon … Thu │ Under 18 │
// Total", "Mon-Wed │ Total │ Juveniles"): a part of a refused Total is
// never loaded, and never as the row's own metric (reread25 E1b: the
// under-18s' 8 loaded as the arrests). The near miss: the same parts
// beside the whole week's days and a Total that adds them load the Total.
func TestPartWeekTotalPartsLaw(t *testing.T) {
	t.Parallel()
	dayss := [][]any{
		{"Mon", "Tue", "Wed", "Thu"},
		{"Mon-Wed", "Thu-Fri"},
		{"Weekdays"},
		{"Day 1", "Day 2", "Day 3"},
		{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}, // the whole week: the Total loads
	}
	parts := []string{"Under 18", "Of which under 18", "Juveniles", "Female", "Adults"}
	type tcase struct {
		days        []any
		part, label string
		after       bool
	}
	var cases []tcase
	for _, ix := range every(len(dayss), len(parts), 2, len(totalRowLabels)) {
		cases = append(cases, tcase{dayss[ix[0]], parts[ix[1]], totalRowLabels[ix[3]], ix[2] == 1})
	}
	law[tcase]{
		what:  "parts beside a Total of some of the week's days",
		cases: cases,
		name: func(c tcase) string {
			return fmt.Sprintf("%v │ %s │ after the Total: %v │ %q", c.days, c.part, c.after, c.label)
		},
		sheet: func(c tcase, b *lawBook) {
			head := append([]any{"Measure"}, c.days...)
			row := []any{c.label}
			sum := 0
			for k := range c.days {
				row = append(row, 5+k)
				sum += 5 + k
			}
			if c.after {
				head = append(head, "Total", c.part)
				row = append(row, sum, 3)
			} else {
				head = append(head, c.part, "Total")
				row = append(row, 3, sum)
			}
			b.Rows("A1", []any{kentTitle}, nil, head, row)
		},
		holds: func(c tcase, p probe, v *verdict) {
			if len(c.days) < 7 {
				for _, f := range p.r.Facts {
					if strings.HasSuffix(f.Cell, "4") {
						v.wrong("loaded %s", factLine(f))
					}
				}
				return
			}
			sum := 0
			for k := range c.days {
				sum += 5 + k
			}
			f := p.value(totalRowMetrics[c.label])
			v.want(f != nil && f.Value != nil && *f.Value == float64(sum), "the whole week's Total %d is not loaded", sum)
		},
	}.run(t)
}
