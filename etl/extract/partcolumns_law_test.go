package extract_test

import (
	"fmt"
	"testing"
)

// TestPartColumnsLaw: two or three headings side by side over a table's
// figures, each naming only some of those counted ("Measure │ Male │
// Female" over "Arrests │ 30 │ 13"), never load a figure under any of
// them as the row's whole metric: the first part heading is no row label
// that hides the second from partColumn (review29 S1 on 76889d9, which
// loaded arrests 13 from the Female column). With or without a heading
// over the labels, for one row and for two.
func TestPartColumnsLaw(t *testing.T) {
	t.Parallel()
	parts := []string{"Male", "Female", "Men", "Women", "Adults", "Under 18", "Juveniles", "Over 18", "18+", "Aged 18+", "Over 18s"}
	type tc struct {
		heads  []string
		corner string
		rows   int
	}
	var cases []tc
	for _, a := range parts {
		for _, b := range parts {
			if a == b {
				continue
			}
			for _, corner := range []string{"Measure", ""} {
				for _, rows := range []int{1, 2} {
					cases = append(cases, tc{[]string{a, b}, corner, rows})
				}
			}
		}
	}
	// a column of the rest or of no part beside a part (review29 S1 on
	// c39b5f7: "Male │ Female │ Unknown" loaded the Unknown column)
	for _, part := range []string{"Male", "Female", "Under 18", "Adults"} {
		for _, rest := range []string{"Unknown", "Other", "Not recorded", "Local", "Outside Kent", "Kent residents"} {
			cases = append(cases, tc{[]string{part, rest}, "Measure", 2}, tc{[]string{rest, part}, "Measure", 1})
		}
	}
	for _, three := range [][]string{{"Male", "Female", "Under 18"}, {"Adults", "Juveniles", "Female"}, {"Under 18", "18+", "Women"}, {"Male", "Female", "Unknown"}} {
		cases = append(cases, tc{three, "Measure", 2})
	}
	rowsOf := []struct {
		label, metric string
		figs          []any
	}{
		{"Arrests", "arrests", []any{30, 13, 4}},
		{"Stop and searches", "stop_searches", []any{20, 4, 2}},
	}
	law[tc]{
		what:  "part headings side by side",
		cases: cases,
		name:  func(c tc) string { return fmt.Sprintf("%q │ %v over %d rows", c.corner, c.heads, c.rows) },
		sheet: func(c tc, b *lawBook) {
			head := []any{c.corner}
			for _, h := range c.heads {
				head = append(head, h)
			}
			rows := [][]any{{kentTitle}, nil, head}
			for _, r := range rowsOf[:c.rows] {
				rows = append(rows, append([]any{r.label}, r.figs[:len(c.heads)]...))
			}
			b.Rows("A1", rows...)
		},
		holds: func(c tc, p probe, v *verdict) {
			for ri, r := range rowsOf[:c.rows] {
				for ci := range c.heads {
					at := fmt.Sprintf("%c%d", 'B'+ci, 4+ri)
					for _, f := range p.factsAt(at) {
						if f.Metric == r.metric {
							v.wrong("loaded %s from %s under the part heading %q", factLine(f), at, c.heads[ci])
						}
					}
				}
			}
		},
	}.run(t)
}
