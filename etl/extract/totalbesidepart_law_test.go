package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// review26 W9, W1: a column headed with the force's own name is the
// force's figure beside a Total only when every column beside it is known
// to be outside the force. Beside a column that may be a part of the
// force's own area ("Medway", "Dover", "Rest of Kent", "North Kent", or
// a heading that says nothing of where: "All", "TBC", "Elsewhere"), the
// force-named column may hold the rest of the area, not the whole: which
// column holds the force's figure is not said, so none loads, nor the
// Total. And a part of the metric among the columns ("Juveniles",
// "Under 18", "Female") never hides others' figures the Total adds
// ("Kent │ Juveniles │ Other forces │ Total"): the Total is refused as it
// is without the part; nor is another period's column added in ("Kent │
// YTD │ Total", "Kent │ Last week │ Total": the own column is the week's
// figure, review26 W13). Law, over those layouts × rows: no column's figure
// of the bad ones loads. Near misses: beside a column known to be outside
// the force ("London", "Out of force", "Out of area", "Non-Kent",
// "Outside Kent", "NCA", "Other forces") the force-named column is its
// figure and loads exact.
func TestTotalBesidePartLaw(t *testing.T) {
	t.Parallel()
	type layout = totalLayout
	var sets []layout
	owns := []string{"Kent", "Kent Police", "County lines", "Intensification"}
	for _, o := range owns {
		for _, in := range []string{"Medway", "Dover", "Swale", "North Kent", "Rest of Kent", "All", "TBC", "Unknown", "Elsewhere"} {
			sets = append(sets,
				layout{[]string{o, in, "Total"}, []int{20, 8, 28}, []int{0, 1, 2}, -1},
				layout{[]string{in, o, "Total"}, []int{8, 20, 28}, []int{0, 1, 2}, -1})
		}
		sets = append(sets, layout{[]string{o, "Medway", "Swale", "Total"}, []int{20, 8, 5, 33}, []int{0, 1, 2, 3}, -1})
		for _, part := range []string{"Juveniles", "Under 18", "Female"} {
			for _, other := range []string{"Other forces", "Other ops", "BAU", "Other"} {
				sets = append(sets,
					layout{[]string{o, part, other, "Total"}, []int{5, 6, 7, 12}, []int{1, 2, 3}, -1},
					layout{[]string{o, other, part, "Total"}, []int{5, 7, 6, 12}, []int{1, 2, 3}, -1})
			}
		}
	}
	// review26 W13: another period's column beside the force's own
	// ("Kent │ YTD │ Total"): the Total adds it; the own column is the
	// week's figure
	for _, o := range []string{"Kent", "County lines", "Intensification"} {
		for _, per := range []string{"YTD", "Year to date", "Last week", "Previous week", "Last year", "2020", "Q3", "Month", "October", "Cumulative", "Previous intensification"} {
			sets = append(sets, layout{[]string{o, per, "Total"}, []int{28, 300, 328}, []int{1, 2}, 0})
		}
	}
	// reread26 E6: a part after the Total beside others' columns after
	// it ("Total │ Under 18 │ Other ops") is a part of a Total not
	// loaded: never read as the row's own metric
	for _, part := range []string{"Under 18", "Juveniles", "Female", "Of which under 18"} {
		for _, other := range []string{"Other ops", "Other forces", "Other", "BAU", "Non-CL"} {
			sets = append(sets,
				layout{[]string{"Total", part, other}, []int{28, 5, 3}, []int{0, 1, 2}, -1},
				layout{[]string{"Total", other, part}, []int{28, 3, 5}, []int{0, 1, 2}, -1},
				layout{[]string{"Kent", "Total", part, other}, []int{20, 28, 5, 3}, []int{1, 2, 3}, 0})
		}
	}
	// near misses: the force-named column beside a column outside the force
	for _, out := range []string{"London", "Out of force", "Out of area", "Out of county", "Non-Kent", "Outside Kent", "NCA", "Other forces"} {
		sets = append(sets, layout{[]string{"Kent", out, "Total"}, []int{20, 8, 28}, []int{1, 2}, 0})
	}
	runTotalLayouts(t, "Totals beside a column that may be a part of the force, or a part hiding others'", sets)
}

// totalLayout is one row of a law over Totals beside other columns: the
// headings after "Measure", each column's figure, the columns (0-based)
// whose figure must not load, and the column that must load exact (-1:
// none).
type totalLayout struct {
	heads []string
	figs  []int
	bad   []int
	own   int
}

// runTotalLayouts runs the law over every layout for arrests and a sample
// of layouts for the other rows: no bad column's figure loads (by its cell
// or its value), and the own column's loads exact.
func runTotalLayouts(t *testing.T, what string, sets []totalLayout) {
	type tcase struct {
		l     totalLayout
		label string
	}
	var cases []tcase
	for _, ix := range every(len(sets), len(totalRowLabels)) {
		if ix[1] != 0 && ix[0]%3 != 0 {
			continue // every layout for arrests, the other rows over a sample
		}
		cases = append(cases, tcase{sets[ix[0]], totalRowLabels[ix[1]]})
	}
	col := func(k int) string { return string(rune('B'+k)) + "4" }
	law[tcase]{
		what:  what,
		cases: cases,
		name: func(c tcase) string {
			return fmt.Sprintf("%s │ %q", strings.Join(c.l.heads, " │ "), c.label)
		},
		sheet: func(c tcase, b *lawBook) {
			head := append([]any{"Measure"}, anys(c.l.heads)...)
			row := []any{c.label}
			for _, f := range c.l.figs {
				row = append(row, f)
			}
			b.Rows("A1", []any{kentTitle}, nil, head, row)
		},
		holds: func(c tcase, p probe, v *verdict) {
			for _, k := range c.l.bad {
				for _, f := range p.r.Facts {
					if f.Cell == col(k) || f.Value != nil && *f.Value == float64(c.l.figs[k]) {
						v.wrong("loaded %s", factLine(f))
					}
				}
			}
			if k := c.l.own; k >= 0 {
				f := p.value(totalRowMetrics[c.label])
				v.want(f != nil && f.Cell == col(k) && f.Value != nil && *f.Value == float64(c.l.figs[k]) && f.Qualifier == etl.Exact,
					"want %d at %s loaded exact", c.l.figs[k], col(k))
			}
		},
	}.run(t)
}
