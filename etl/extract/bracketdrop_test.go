package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// probe11 S1: a part the catalogue holds, written in brackets after the
// figure beside a part it does not hold ("43 (7 were under 18 and 4 were
// over 50)", "43 (30 adults + 13 juveniles)", "41 (inc 8 u18s, 33
// adults, 2 NRM referrals)"), is loaded with the total, or the cell is
// refused with a warning naming it; the part it does not hold is named in
// a warning. Never the total without the part it gives.
func TestBracketPartNeverDroppedLaw(t *testing.T) {
	t.Parallel()
	type part struct {
		text   string // with %d for its figure
		metric string // "" when the catalogue holds no such part
	}
	type family struct {
		label, total string
		known        []part
		unknown      []string
	}
	fams := []family{
		{"Arrests", "arrests",
			[]part{{"%d under 18", "arrests_under_18"}, {"%d were under 18", "arrests_under_18"}, {"%d juveniles", "arrests_under_18"}, {"%d female", "arrests_female"}},
			[]string{"%d were over 50", "%d adults", "%d from London", "%d aged over 60", "%d on warrant"}},
		{"Vulnerable people safeguarded", "safeguarded",
			[]part{{"%d u18s", "safeguarded_juvenile"}, {"%d juveniles", "safeguarded_juvenile"}, {"%d adults", "safeguarded_adult"}},
			[]string{"%d NRM referrals", "%d from London", "%d were over 50"}},
	}
	type tcase struct {
		label, text, total string
		n                  int // the total
		known              string
		kn                 int
		unknown            bool
	}
	var cases []tcase
	for _, f := range fams {
		for _, k := range f.known {
			for _, u := range f.unknown {
				for _, join := range []string{", ", " and ", " + ", "; "} {
					for _, lead := range []string{"", "inc ", "including "} {
						for _, order := range []bool{false, true} {
							a, b := fmt.Sprintf(k.text, 7), fmt.Sprintf(u, 4)
							if order {
								a, b = b, a
							}
							text := fmt.Sprintf("43 (%s%s%s%s)", lead, a, join, b)
							cases = append(cases, tcase{f.label, text, f.total, 43, k.metric, 7, true})
						}
					}
				}
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{kentTitle}, nil, []any{cases[i].label, cases[i].text}, []any{"Mobile phones seized", "1,149"})
	})
	failed := 0
	for i, p := range ps {
		c := cases[i]
		warned := p.warnedAt("B3") != nil
		var bad []string
		total, part := p.value(c.total), p.value(c.known)
		if total != nil && (*total.Value != float64(c.n) || total.Qualifier != etl.Exact) {
			bad = append(bad, "the total loaded as "+factLine(*total))
		}
		if part != nil && *part.Value != float64(c.kn) {
			bad = append(bad, "the part loaded as "+factLine(*part))
		}
		if total != nil && part == nil {
			bad = append(bad, "the total loaded, its part "+c.known+" dropped")
		}
		if c.unknown && !warned {
			bad = append(bad, "a part the catalogue holds no figure for, not named in a warning")
		}
		if total == nil && !warned {
			bad = append(bad, "nothing loaded and no warning")
		}
		if ph := p.value("mobile_phones_seized"); ph == nil || *ph.Value != 1149 {
			bad = append(bad, "the phones below it are not loaded")
		}
		if len(bad) > 0 {
			failed++
			t.Errorf("%q │ %q: %s\n%s", c.label, c.text, strings.Join(bad, "; "), p.dump())
		}
	}
	t.Logf("%d of %d cells with parts in brackets read wrong", failed, len(cases))
}

// probe11 S2: "Arrests │ 43 this week" says the figure is the week's the
// return is for: it is loaded as 43, not dropped with an info line.
func TestThisWeekFigureLaw(t *testing.T) {
	t.Parallel()
	var cases [][2]string
	for _, label := range []string{"Arrests", "Warrants executed", "Cash seized"} {
		for _, w := range []string{"this week", "(this week)", "during the week", "in the week", "for the week", "this IW", "over the week"} {
			cases = append(cases, [2]string{label, "43 " + w})
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{kentTitle}, nil, []any{cases[i][0], cases[i][1]}, []any{"Mobile phones seized", "1,149"})
	})
	failed := 0
	for i, p := range ps {
		at := p.factsAt("B3")
		if len(at) != 1 || *at[0].Value != 43 || at[0].Qualifier != etl.Exact || p.warnedAt("B3") != nil {
			failed++
			t.Errorf("%q │ %q: want 43 exact, no warning\n%s", cases[i][0], cases[i][1], p.dump())
		}
	}
	t.Logf("%d of %d figures said to be this week's read wrong", failed, len(cases))
}

// review12 W6: an aside holding two figures of one part, the later a
// wider one ("43 (including 7 of the 20 juveniles arrested across the
// region)", "41 (8 children, among 30 children safeguarded across the
// region)"), loaded the wider figure as the force's part (under-18
// arrests 20, safeguarded children 30). Law: for every label, part, form
// and wider figure, the wider figure is never loaded, nor the narrower as
// the part, and a warning names the cell.
func TestWiderFigureInAsideNeverLoadedLaw(t *testing.T) {
	t.Parallel()
	type family struct{ label, parts string }
	fams := []family{
		{"Arrests", "juveniles|under 18s|females|women|u18"},
		{"Vulnerable people safeguarded", "children|juveniles|adults|under 18s"},
	}
	forms := []string{
		"%d (including %d of the %d %s arrested across the region)",
		"%d (%d %s, among %d %s dealt with across the region)",
		"%d (%d %s - among %d %s regionally)",
		"%d (%d of the %d %s in the region)",
		"%d (incl. %d out of %d %s nationally)",
		"%d - including %d of the %d %s across the force area",
	}
	type tcase struct{ label, text string }
	var cases []tcase
	for _, f := range fams {
		for _, p := range strings.Split(f.parts, "|") {
			for _, form := range forms {
				var text string
				if strings.Count(form, "%s") == 2 {
					text = fmt.Sprintf(form, 43, 7, p, 20, p)
				} else {
					text = fmt.Sprintf(form, 43, 7, 20, p)
				}
				cases = append(cases, tcase{f.label, text})
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{kentTitle}, nil, []any{cases[i].label, cases[i].text}, []any{"Mobile phones seized", 5})
	})
	bad := 0
	for i, p := range ps {
		c := cases[i]
		wrong, named := "", false
		for _, f := range p.r.Facts {
			if f.Cell == "B3" && f.Value != nil && (*f.Value == 20 || *f.Value == 7) {
				wrong += fmt.Sprintf(" %s %v", f.Metric, *f.Value)
			}
		}
		for _, m := range p.r.Messages {
			named = named || m.Severity == etl.SevWarning && m.Cell == "B3"
		}
		if wrong != "" || !named {
			bad++
			t.Errorf("%s │ %s: loaded%s; warned: %v\n%s", c.label, c.text, wrong, named, p.dump())
		}
	}
	t.Logf("%d cases, %d wrong", len(cases), bad)
}
