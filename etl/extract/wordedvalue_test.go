package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// probe11 R9: a cell beside a label holding a figure with words ("43 so
// far", "43 to date", "43 cumulative", "43 - previous 38") is that
// label's value, refused with a warning at it; it never heads the column
// under it, so the figures of the rows below load as ever.
func TestWordedValueIsNoHeadingLaw(t *testing.T) {
	t.Parallel()
	labels := []string{"Arrests", "Warrants executed", "Cash seized (£)"}
	values := []string{"43 so far", "43 to date", "43 cumulative", "43 - previous 38", "43 year on year increase",
		"43 running total", "120 vs 98 last year", "43 target", "12 last week"}
	type tcase struct {
		label, value string
		header       bool // "Measure │ Result" above
		rows         int  // rows below the worded cell
	}
	var cases []tcase
	for _, l := range labels {
		for _, v := range values {
			for _, header := range []bool{false, true} {
				for _, rows := range []int{1, 2} {
					cases = append(cases, tcase{l, v, header, rows})
				}
			}
		}
	}
	below := [][]any{{"Stop and searches", 17}, {"Vulnerable people safeguarded", 9}}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		b.Rows("A1", []any{kentTitle})
		if c.header {
			b.Rows("A2", []any{"Measure", "Result"})
		}
		b.Rows("A3", append([][]any{{c.label, c.value}}, below[:c.rows]...)...)
	})
	bad := 0
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%+v", c)
		ok := !p.r.Rejected() && p.value("stop_searches") != nil && (c.rows < 2 || p.value("safeguarded") != nil)
		for _, f := range p.r.Facts {
			if f.Cell == "B3" {
				ok = false
			}
		}
		warned := false
		for _, m := range p.r.Messages {
			if m.Severity == etl.SevWarning && m.Where() == fmt.Sprintf("P%d!B3", i) {
				warned = true
			}
		}
		if !ok || !warned {
			bad++
			t.Errorf("%s: want the rows below loaded, nothing from B3 and a warning at B3\n%s", name, p.dump())
		}
	}
	t.Logf("%d cases, %d wrong", len(cases), bad)
}
