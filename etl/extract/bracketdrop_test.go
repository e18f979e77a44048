package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
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
	law[tcase]{
		what:  "cells with parts in brackets",
		cases: cases,
		name:  func(c tcase) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c tcase, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c tcase, p probe, v *verdict) {
			warned := p.warnedAt("B3") != nil
			total, part := p.value(c.total), p.value(c.known)
			v.want(total == nil || *total.Value == float64(c.n) && total.Qualifier == etl.Exact, "the total loaded as %s", lineOf(total))
			v.want(part == nil || *part.Value == float64(c.kn), "the part loaded as %s", lineOf(part))
			v.want(total == nil || part != nil, "the total loaded, its part %s dropped", c.known)
			v.want(!c.unknown || warned, "a part the catalogue holds no figure for, not named in a warning")
			v.want(total != nil || warned, "nothing loaded and no warning")
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
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
	law[[2]string]{
		what:  "figures said to be this week's",
		cases: cases,
		name:  func(c [2]string) string { return fmt.Sprintf("%q │ %q", c[0], c[1]) },
		sheet: pairSheet,
		holds: func(c [2]string, p probe, v *verdict) {
			at := p.factsAt("B3")
			v.want(len(at) == 1 && *at[0].Value == 43 && at[0].Qualifier == etl.Exact && p.warnedAt("B3") == nil, "want 43 exact, no warning")
		},
	}.run(t)
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
	law[tcase]{
		what:  "asides with a wider figure",
		cases: cases,
		name:  func(c tcase) string { return fmt.Sprintf("%s │ %s", c.label, c.text) },
		sheet: func(c tcase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{c.label, c.text}, []any{"Mobile phones seized", 5})
		},
		holds: func(c tcase, p probe, v *verdict) {
			wrong, named := "", false
			for _, f := range p.r.Facts {
				if f.Cell == "B3" && f.Value != nil && (*f.Value == 20 || *f.Value == 7) {
					wrong += fmt.Sprintf(" %s %v", f.Metric, *f.Value)
				}
			}
			for _, m := range p.r.Messages {
				named = named || m.Severity == etl.SevWarning && m.Cell == "B3"
			}
			v.want(wrong == "" && named, "loaded%s; warned: %v", wrong, named)
		},
	}.run(t)
}
