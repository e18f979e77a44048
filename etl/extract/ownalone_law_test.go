package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// ownAloneHeads are headings of one column of the force's own figures
// beside a Total that adds it alone ("This week │ Total" over two
// figures is refused as two figures for this week, TestProbeF1PeriodHeadingsLaw).
var ownAloneHeads = []string{"Kent", "Kent Police", "County lines"}

// ownAloneFigures are the own column's figure and the Total's, and the
// figure loaded from the Total (0: both refused). A Total that differs
// from the one column it adds holds figures no column names (ret29 N7:
// `Measure │ Kent │ Total` over `Arrests │ 43 │ 73` loaded 73).
var ownAloneFigures = []struct {
	own, total any
	want       float64
}{
	{43, 73, 0}, {43, 44, 0}, {73, 43, 0}, {"-", 73, 0}, {"c.43", 43, 0}, {"43 (approx)", 43, 0},
	{43, 43, 43}, {"43", 43, 43}, {nil, 73, 73},
}

// ownAloneRows are the labels of the row, with their metric.
var ownAloneRows = []struct{ label, metric string }{
	{"Arrests", "arrests"}, {"Stop and searches", "stop_searches"}, {"Cash seized", "cash_seized"},
}

// TestOwnAloneTotalLaw: a Total beside one column alone, headed as the
// force's own, loads the Total only when the column gives the same
// figure or none; a different figure, or one not given as an exact
// figure, refuses both with a warning naming both cells.
func TestOwnAloneTotalLaw(t *testing.T) {
	t.Parallel()
	type tc struct{ head, figs, row int }
	var cases []tc
	for _, ix := range every(len(ownAloneHeads), len(ownAloneFigures), len(ownAloneRows)) {
		cases = append(cases, tc{ix[0], ix[1], ix[2]})
	}
	law[tc]{
		what:  "Totals of the force's own column alone",
		cases: cases,
		name: func(c tc) string {
			f := ownAloneFigures[c.figs]
			return fmt.Sprintf("Measure │ %q │ Total over %s │ %v │ %v", ownAloneHeads[c.head], ownAloneRows[c.row].label, f.own, f.total)
		},
		sheet: func(c tc, b *lawBook) {
			f := ownAloneFigures[c.figs]
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", ownAloneHeads[c.head], "Total"},
				[]any{ownAloneRows[c.row].label, f.own, f.total}, []any{"Mobile phones seized", 1149, 1149})
		},
		holds: func(c tc, p probe, v *verdict) {
			want := ownAloneFigures[c.figs].want
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
			got := p.value(ownAloneRows[c.row].metric)
			if want == 0 {
				v.want(got == nil, "loaded %s", lineOf(got))
				v.want(p.namesCell("B4") && p.namesCell("C4"), "no message names both B4 and C4")
				return
			}
			v.want(got != nil && got.Cell == "C4" && got.Value != nil && *got.Value == want && got.Qualifier == etl.Exact,
				"want %s %v exact from C4, got %s", ownAloneRows[c.row].metric, want, lineOf(got))
		},
	}.run(t)
}
