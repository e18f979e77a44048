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
	t.Parallel()
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
			if result == "This week" {
				// review12 M4: a column that names this week and a
				// correction that disagrees with it are both refused
				// (TestCorrectionBesideThisWeekLaw); 29c1205 expected 43.
				cases = append(cases,
					tcase{heads: []string{result, fix}, arrests: []any{40, 43}, want: 0},
					tcase{heads: []string{fix, result}, arrests: []any{43, 40}, want: 0},
					tcase{heads: []string{result, fix}, arrests: []any{43, 43}, want: 43},
					tcase{heads: []string{result, fix}, arrests: []any{"40", "43"}, want: 0},
				)
				continue
			}
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

// review12 M4 (29c1205): "This week │ Year to date │ Final" (40 │ 300 │
// 43) loaded 43 from "Final" over the column headed "This week": a bare
// correction word beside a column that names this week may be the
// operation's or the year's final figure. Law: for every heading that
// names this week, every correction heading, with or without a
// comparison column and in either order, figures that disagree load no
// arrests and one warning names both cells; figures that agree load it.
func TestCorrectionBesideThisWeekLaw(t *testing.T) {
	t.Parallel()
	type tcase struct {
		heads []string
		vals  []any
		this  string // the cells of this week's and the correction's figures
		fix   string
		agree bool
	}
	cols := "BCD"
	var cases []tcase
	for _, week := range []string{"This week", "This IW", "Current week", "This intensification week"} {
		for _, fix := range []string{"Final", "Revised", "Corrected", "Amended", "Final figure", "Updated figure"} {
			for _, other := range []string{"", "Year to date", "Last week"} {
				for _, agree := range []bool{false, true} {
					fv := 43
					if agree {
						fv = 40
					}
					for _, fixFirst := range []bool{false, true} {
						heads, vals := []string{week}, []any{40}
						if other != "" {
							heads, vals = append(heads, other), append(vals, 300)
						}
						if fixFirst {
							heads, vals = append([]string{fix}, heads...), append([]any{fv}, vals...)
						} else {
							heads, vals = append(heads, fix), append(vals, fv)
						}
						var this, fixAt string
						for k, h := range heads {
							switch h {
							case week:
								this = cols[k:k+1] + "4"
							case fix:
								fixAt = cols[k:k+1] + "4"
							}
						}
						cases = append(cases, tcase{heads, vals, this, fixAt, agree})
					}
				}
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		head := []any{"Measure"}
		for _, h := range c.heads {
			head = append(head, h)
		}
		b.Rows("A1", []any{kentTitle}, nil)
		b.Rows("A3", head, append([]any{"Arrests"}, c.vals...), []any{"Warrants executed", 25})
	})
	failed := 0
	for i, p := range ps {
		c := cases[i]
		bad := ""
		got := p.value("arrests")
		if c.agree {
			if got == nil || *got.Value != 40 {
				bad = "want arrests 40"
			}
		} else {
			if got != nil {
				bad = "want no arrests loaded, got " + factLine(*got)
			}
			both := false
			for _, m := range p.r.Messages {
				has := map[string]bool{}
				for _, mc := range m.Cells {
					has[mc] = true
				}
				both = both || m.Severity == etl.SevWarning && has[c.this] && has[c.fix]
			}
			if !both {
				bad += "; no warning names both " + c.this + " and " + c.fix
			}
		}
		if w := p.value("warrants"); w == nil || *w.Value != 25 {
			bad += "; warrants 25 not loaded"
		}
		if bad != "" {
			failed++
			t.Errorf("%v %v: %s\n%s", c.heads, c.vals, bad, p.dump())
		}
	}
	t.Logf("%d of %d read wrong", failed, len(cases))
}
