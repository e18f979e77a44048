package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// probe11 W9: a column headed as a correction of the row's figure
// ("Revised", "Corrected", "Amended", "Updated figure", "Final") beside
// the result gives the figure that stands: it is loaded and the figure it
// corrects is named in a warning, never loaded; a row the correction
// leaves blank keeps its result; two corrections that disagree load
// neither. In one cell, a figure with its correction in brackets ("40
// (now 43)", "40 (revised to 43)", "40 [should read 43]") is refused with
// a warning naming the cell: never the figure corrected.
func TestCorrectedFigureLaw(t *testing.T) {
	type tcase struct {
		heads        []string // column headings after "Measure"
		arrests      []any    // the Arrests row's figures, one per heading
		want         float64  // arrests loaded; 0: nothing
		superseded   string   // the cell whose figure must be named, not loaded
		cell         string   // one-cell form: "Arrests │ text"
		wantWarnings bool
	}
	var cases []tcase
	fixes := []string{"Revised", "Corrected", "Amended", "Updated figure", "Final", "Final figure", "Revised figures", "Correction"}
	for _, fix := range fixes {
		for _, result := range []string{"Result", "This week", "Value", "Figure"} {
			cases = append(cases,
				tcase{heads: []string{result, fix}, arrests: []any{40, 43}, want: 43, superseded: "B4"},
				tcase{heads: []string{fix, result}, arrests: []any{43, 40}, want: 43, superseded: "C4"},
				tcase{heads: []string{result, fix}, arrests: []any{43, 43}, want: 43},
				tcase{heads: []string{result, fix}, arrests: []any{"40", "43"}, want: 43, superseded: "B4"},
			)
		}
		for _, other := range fixes {
			if other != fix {
				cases = append(cases, tcase{heads: []string{"Result", fix, other}, arrests: []any{40, 43, 44}, want: 0})
			}
		}
	}
	for _, w := range []string{"now", "revised to", "amended to", "corrected to", "updated to", "should read", "should be", "actually", "correct figure", "new total"} {
		for _, br := range [][2]string{{"(", ")"}, {"[", "]"}} {
			for _, sep := range []string{" ", ": "} {
				cases = append(cases, tcase{cell: fmt.Sprintf("40 %s%s%s43%s", br[0], w, sep, br[1]), want: 0})
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		b.Rows("A1", []any{kentTitle}, nil)
		if c.cell != "" {
			b.Rows("A3", []any{"Arrests", c.cell}, []any{"Warrants executed", 25}, []any{"Cash seized", "£12,000"})
			return
		}
		head := []any{"Measure"}
		for _, h := range c.heads {
			head = append(head, h)
		}
		b.Rows("A3", head, append([]any{"Arrests"}, c.arrests...), []any{"Warrants executed", 25}, []any{"Cash seized", "£12,000"})
	})
	failed := 0
	for i, p := range ps {
		c := cases[i]
		bad := ""
		got := p.value("arrests")
		switch {
		case c.want == 0 && got != nil:
			bad = "want no arrests loaded, got " + factLine(*got)
		case c.want != 0 && (got == nil || *got.Value != c.want):
			bad = fmt.Sprintf("want arrests %v", c.want)
		}
		if c.superseded != "" && p.warnedAt(c.superseded) == nil {
			bad += "; the figure corrected at " + c.superseded + " is not named in a warning"
		}
		if c.want == 0 {
			warned := false
			for _, m := range p.r.Messages {
				if m.Severity == etl.SevWarning && (m.Cell == "B3" || m.Cell == "B4") {
					warned = true
				}
			}
			if !warned {
				bad += "; refused with no warning naming the arrests row"
			}
		}
		if w := p.value("warrants"); w == nil || *w.Value != 25 {
			bad += "; warrants 25 not loaded"
		}
		if cs := p.value("cash_seized"); cs == nil || *cs.Value != 12000 {
			bad += "; cash £12,000 not loaded"
		}
		if bad != "" {
			failed++
			t.Errorf("%+v: %s\n%s", c, bad, p.dump())
		}
	}
	t.Logf("%d of %d corrected figures read wrong", failed, len(cases))
}
