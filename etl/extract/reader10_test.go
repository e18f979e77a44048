package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// The tests in this file each build real .xlsx workbooks showing a way an
// independent probe of the workbook reader (probe10, Parts A, B and G)
// found a return read wrong: a formula's placeholder result loaded as the
// figure, a number format that changes what a cell means ignored, cells
// nobody can see read.

// B1: a formula whose saved result is not what it calculates to (a
// writer's placeholder 0, or Excel saved without recalculating) is an
// error naming the cell, never the saved figure; with fullCalcOnLoad set
// (XlsxWriter), a saved result stands only when the formula calculates to
// exactly it. A formula whose saved result is right loads as before.
func TestReader10B1StaleFormulaLaw(t *testing.T) {
	type formula struct{ expr, saved string }
	cases := []struct {
		f         formula
		fullCalc  bool
		loads     bool // the saved result is the figure
		calcGiven bool // the message names what the formula calculates to
	}{
		{formula{"SUM(D3:D4)", "0"}, true, false, true},
		{formula{"SUM(D3:D4)", "0"}, false, false, true},
		{formula{"12+13+D3", "0"}, false, false, true},
		{formula{"D3*2", "41"}, false, false, true}, // stale: D3 changed after the last calculation
		{formula{"SUM(D3:D4)", "43"}, false, true, false},
		{formula{"SUM(D3:D4)", "43"}, true, true, false},
		{formula{"D3+D4", "43"}, true, true, false},
		{formula{"NOSUCHFUNCTION(D3)", "43"}, false, true, false}, // cannot be checked: Excel's saved result stands
		{formula{"NOSUCHFUNCTION(D3)", "43"}, true, false, false}, // cannot be checked, and the saved result is a placeholder
		{formula{"TODAY()-TODAY()+43", "43"}, false, true, false},
		{formula{"TODAY()-TODAY()+43", "0"}, true, false, false},
	}
	for _, tc := range cases {
		name := fmt.Sprintf("%s saved %s fullCalc %v", tc.f.expr, tc.f.saved, tc.fullCalc)
		t.Run(name, func(t *testing.T) {
			p := extractBook(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
				kentWeek(b).Rows("A3",
					[]any{"Arrests", fixtures.Formula{Expr: tc.f.expr, Cached: tc.f.saved}, "North", 20},
					[]any{"Warrants executed", 25, "South", 23},
				)
				if tc.fullCalc {
					b.FullCalcOnLoad()
				}
			})
			got := p.value("arrests")
			m := p.message("formula_stale", "Return!B3")
			if tc.loads {
				if got == nil || got.Value == nil || fmt.Sprint(*got.Value) != tc.f.saved || m != nil {
					t.Fatalf("want arrests %s loaded, got %+v, message %+v", tc.f.saved, got, m)
				}
				return
			}
			if got != nil {
				t.Errorf("arrests loaded from a stale formula: %+v", got)
			}
			if m == nil || m.Severity != etl.SevError {
				t.Fatalf("want an error formula_stale at Return!B3, got %v", p.r.Messages)
			}
			if !strings.Contains(m.Text, "="+tc.f.expr) || !strings.Contains(m.Text, "open the file in Excel") {
				t.Errorf("message does not name the formula and the remedy: %s", m.Text)
			}
			if tc.calcGiven && !strings.Contains(m.Text, "calculates to") {
				t.Errorf("message does not say what the formula calculates to: %s", m.Text)
			}
			if w := p.value("warrants"); w == nil || *w.Value != 25 {
				t.Errorf("the rest of the return: warrants %+v", w)
			}
		})
	}
}

// B2: a formula that saved the empty text (t="str", <v></v> or <v/>), as
// Excel saves =IF(x="","",x) showing nothing, is a blank cell: not
// reported, the rest of the return loads. Only a formula with no <v> at
// all was never calculated, and that is still an error naming the cell.
func TestReader10B2EmptyFormulaResult(t *testing.T) {
	cases := []struct {
		xml   string
		blank bool
	}{
		{`<c r="B4" t="str"><f>IF(D4="","",D4)</f><v></v></c>`, true},
		{`<c r="B4" t="str"><f>IF(D4="","",D4)</f><v/></c>`, true},
		{`<c r="B4" t="str"><f>IF(D4="","",D4)</f></c>`, false},
		{`<c r="B4"><f>IF(D4="","",D4)</f></c>`, false},
	}
	for _, tc := range cases {
		t.Run(tc.xml, func(t *testing.T) {
			p := extractBook(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
				kentWeek(b).Rows("A3",
					[]any{"Arrests", 43},
					[]any{"Charged"},
					[]any{"Warrants executed", 25},
				)
				b.RawCell("B4", tc.xml)
			})
			if a, w := p.value("arrests"), p.value("warrants"); a == nil || w == nil {
				t.Fatalf("the rest of the return: arrests %+v, warrants %+v", a, w)
			}
			m := p.message("formula_no_value", "Return!B4")
			switch {
			case tc.blank && (m != nil || p.r.Rejected()):
				t.Errorf("a formula showing nothing is reported: %v", p.r.Messages)
			case !tc.blank && (m == nil || m.Severity != etl.SevError):
				t.Errorf("a formula never calculated: want an error at Return!B4, got %v", p.r.Messages)
			}
			if p.value("charged") != nil {
				t.Errorf("charged loaded from a blank formula: %+v", p.value("charged"))
			}
		})
	}
}
