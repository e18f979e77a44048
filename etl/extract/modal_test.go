package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// A figure followed by "may" and a verb ("43 may change", "5 may be
// revised") says what the figure may do: "may" is no month, and the cell
// is neither a date heading nor silently passed over. Its figure is not
// loaded (it may change), and a warning names the cell.
func TestModalMayIsNoMonthLaw(t *testing.T) {
	t.Parallel()
	labels := []string{"Arrests", "Warrants executed", "Cash seized (£)"}
	numbers := []string{"1", "5", "11", "31", "43", "120", "1,200"}
	tails := []string{"may change", "may be revised", "may rise", "may be higher", "may not be final", "may increase", "may well change"}
	type tcase struct{ label, value string }
	var cases []tcase
	for _, l := range labels {
		for _, n := range numbers {
			for _, tl := range tails {
				cases = append(cases, tcase{l, n + " " + tl})
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{"Kent Police - County lines intensification week 11-17 Oct 2021"}, nil,
			[]any{cases[i].label, cases[i].value}, []any{"Stop and searches", 17})
	})
	for i, p := range ps {
		c := cases[i]
		if p.r.Rejected() || p.value("stop_searches") == nil {
			t.Errorf("%q │ %q: want the return loaded with its other figure\n%s", c.label, c.value, p.dump())
			continue
		}
		for _, f := range p.r.Facts {
			if f.Cell == "B3" {
				t.Errorf("%q │ %q: loaded %s %v", c.label, c.value, f.Metric, *f.Value)
			}
		}
		warned := false
		for _, m := range p.r.Messages {
			if m.Severity == etl.SevWarning && m.Where() == fmt.Sprintf("P%d!B3", i) {
				warned = true
			}
		}
		if !warned {
			t.Errorf("%q │ %q: want a warning at B3\n%s", c.label, c.value, p.dump())
		}
	}
	t.Logf("%d cases", len(cases))
}
