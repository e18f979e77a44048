package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// R: a struck-through figure or label (how a force deletes a line it
// leaves visible) is not read and is reported. Law: for every row of a
// return and every way of striking it (the label, the figure, both, the
// row as one range), no fact comes from that row, a struck_through warning
// names its figure, and every other row loads as in the same return with
// nothing struck (the control). A struck figure beside an unstruck one is
// passed over: the unstruck one is this week's.
func TestProbe10RStruckThroughLaw(t *testing.T) {
	t.Parallel()
	rows := [][]any{
		{"Arrests", 43},
		{"Cash seized", 9000},
		{"Drugs seized"},
		{"Heroin", "56g"},
		{"Cocaine", "20g"},
		{"Weapons seized - Knives", 5},
		{"Warrants executed", 25},
	}
	strikes := []func(r int) []string{
		func(r int) []string { return nil }, // the control
		func(r int) []string { return []string{fmt.Sprintf("A%d", r)} },
		func(r int) []string { return []string{fmt.Sprintf("B%d", r)} },
		func(r int) []string { return []string{fmt.Sprintf("A%d", r), fmt.Sprintf("B%d", r)} },
		func(r int) []string { return []string{fmt.Sprintf("A%d:B%d", r, r)} },
	}
	type tc struct{ row, strike int }
	var cases []tc
	for ri, r := range rows {
		if len(r) < 2 {
			continue // the heading
		}
		for si := range strikes {
			cases = append(cases, tc{ri, si})
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		b.Rows("A1", append([][]any{{kentTitle}, nil}, rows...)...)
		b.Strike(strikes[c.strike](c.row + 3)...)
	})
	control := map[int]map[string]bool{} // row → the control's facts
	for i, p := range ps {
		if cases[i].strike == 0 {
			control[cases[i].row] = map[string]bool{}
			for _, f := range figureLines(p.r) {
				control[cases[i].row][f] = true
			}
		}
	}
	for i, p := range ps {
		c := cases[i]
		if c.strike == 0 {
			continue
		}
		row := c.row + 3
		name := fmt.Sprintf("%v struck %v", rows[c.row], strikes[c.strike](row))
		want := map[string]bool{}
		for f := range control[c.row] {
			want[f] = true
		}
		for _, f := range p.r.Facts {
			if f.Cell == fmt.Sprintf("B%d", row) {
				t.Errorf("%s: loaded %s\n%s", name, factLine(f), p.dump())
			}
		}
		got := figureLines(p.r)
		for _, f := range got {
			if !want[f] {
				t.Errorf("%s: loaded %s, which the return with nothing struck does not\n%s", name, f, p.dump())
			}
			delete(want, f)
		}
		for f := range want {
			if f[:len(fmt.Sprintf("B%d ", row))] != fmt.Sprintf("B%d ", row) {
				t.Errorf("%s: lost %s of another row\n%s", name, f, p.dump())
			}
		}
		named := false
		for _, m := range p.r.Messages {
			for _, cell := range m.Cells {
				named = named || m.Code == "struck_through" && m.Severity == etl.SevWarning && cell == fmt.Sprintf("B%d", row)
			}
		}
		if !named {
			t.Errorf("%s: no struck_through warning names B%d\n%s", name, row, p.dump())
		}
		if len(control[c.row]) != len(rows)-1 {
			t.Errorf("control of %s: %d facts, want %d", name, len(control[c.row]), len(rows)-1)
		}
	}
	// A correction: the struck figure is passed over.
	book(t, "st01.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 43, 45}).Strike("B3")
	}).loaded("kent", "2021-10").facts("Return!C3 arrests - people 45").says(etl.SevWarning, "struck_through", "Return!B3", "43")
}
