package extract_test

import (
	"fmt"
	"slices"
	"strconv"
	"testing"

	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// H4 (W3): a year heading typed into Excel ("2020") is stored as a number
// cell, and typed as text ('2020) it is still a figure's text. Law, for
// years around the return's (2021, ISO week 41) and far from it, typed as a
// number or as text, in every layout of a header row (the year alone over
// the figures, after "Measure", beside a "This week" column on either
// side, two years side by side): no figure under a year heading is loaded,
// and a warning names each; the figures under "This week" are loaded. A
// year is a longer period than the week, the return's own year too (it may
// be the year to date): missing, never wrong.
//
// Controls: a year-like figure that is a figure stays one, loaded as it
// is: beside its label ("Cash seized │ 2020", "Arrests │ 2020"), under its
// metric in a transposed table ("Arrests │ Cash seized" over "43 │ 2020"),
// below its label ("Cash seized" over "2020", a stray 1500 below it),
// and in a column of figures under "This week".
func TestProbe10H4YearHeadingsLaw(t *testing.T) {
	t.Parallel()
	years := []int{1995, 2000, 2015, 2019, 2020, 2021, 2022, 2030}
	type layout struct {
		name  string
		rows  func(y any, prev any) [][]any
		this  []string // cells under "This week": loaded
		under []string // cells under the year heading(s): never loaded, each warned
	}
	layouts := []layout{
		{"alone", func(y, _ any) [][]any {
			return [][]any{{nil, y}, {"Arrests", 30}, {"Warrants executed", 8}}
		}, nil, []string{"B4", "B5"}},
		{"after Measure", func(y, _ any) [][]any {
			return [][]any{{"Measure", y}, {"Arrests", 30}, {"Warrants executed", 8}}
		}, nil, []string{"B4", "B5"}},
		{"before This week", func(y, _ any) [][]any {
			return [][]any{{"Measure", y, "This week"}, {"Arrests", 30, 43}, {"Warrants executed", 8, 9}}
		}, []string{"C4", "C5"}, []string{"B4", "B5"}},
		{"after This week", func(y, _ any) [][]any {
			return [][]any{{"Measure", "This week", y}, {"Arrests", 43, 30}, {"Warrants executed", 9, 8}}
		}, []string{"B4", "B5"}, []string{"C4", "C5"}},
		{"two years", func(y, prev any) [][]any {
			return [][]any{{"Measure", prev, y}, {"Arrests", 30, 43}, {"Warrants executed", 8, 9}}
		}, nil, []string{"B4", "C4", "B5", "C5"}},
	}
	type tc struct {
		year int
		text bool
		lay  int
	}
	var cases []tc
	for _, y := range years {
		for _, text := range []bool{false, true} {
			for l := range layouts {
				cases = append(cases, tc{y, text, l})
			}
		}
	}
	typed := func(y int, text bool) any {
		if text {
			return strconv.Itoa(y)
		}
		return y
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		rows := append([][]any{{kentTitle}, nil}, layouts[c.lay].rows(typed(c.year, c.text), typed(c.year-1, c.text))...)
		b.Rows("A1", rows...)
	})
	for i, p := range ps {
		c := cases[i]
		l := layouts[c.lay]
		name := fmt.Sprintf("year %d (text %v) %s", c.year, c.text, l.name)
		var loaded []string
		for _, f := range p.r.Facts {
			loaded = append(loaded, f.Cell)
		}
		for _, cell := range l.under {
			if slices.Contains(loaded, cell) {
				t.Errorf("%s: loaded the figure at %s under a year heading\n%s", name, cell, p.dump())
			}
			warned := false
			for _, m := range p.r.Messages {
				warned = warned || m.Severity == "warning" && slices.Contains(m.Cells, cell)
			}
			if !warned {
				t.Errorf("%s: the figure at %s under a year heading is named in no warning\n%s", name, cell, p.dump())
			}
		}
		for _, cell := range l.this {
			if !slices.Contains(loaded, cell) {
				t.Errorf("%s: the figure at %s under This week is not loaded\n%s", name, cell, p.dump())
			}
		}
		if len(loaded) != len(l.this) {
			t.Errorf("%s: loaded %v, want %v\n%s", name, loaded, l.this, p.dump())
		}
	}

	// Controls: year-like figures that are figures.
	type control struct {
		rows  func(y any) [][]any
		facts func(s string, y int) []string
		text  bool // also typed as text (a text figure below its label is not read, year or not)
	}
	controls := []control{
		{func(y any) [][]any { return [][]any{{"Cash seized", y}, {"Arrests", 30}} },
			func(s string, y int) []string {
				return []string{fmt.Sprintf("%s!B3 cash_seized - gbp %d", s, y), s + "!B4 arrests - people 30"}
			}, true},
		{func(y any) [][]any { return [][]any{{"Arrests", y}, {"Warrants executed", 8}} },
			func(s string, y int) []string {
				return []string{fmt.Sprintf("%s!B3 arrests - people %d", s, y), s + "!B4 warrants - count 8"}
			}, true},
		{func(y any) [][]any { return [][]any{{"Arrests", "Cash seized"}, {43, y}} },
			func(s string, y int) []string {
				return []string{s + "!A4 arrests - people 43", fmt.Sprintf("%s!B4 cash_seized - gbp %d", s, y)}
			}, true},
		{func(y any) [][]any {
			return [][]any{{"Cash seized"}, {y}, {1500}}
		}, func(s string, y int) []string {
			return []string{fmt.Sprintf("%s!A4 cash_seized - gbp %d", s, y)}
		}, false},
		{func(y any) [][]any {
			return [][]any{{"Measure", "This week"}, {"Arrests", 43}, {"Cash seized", y}, {"Warrants executed", 8}}
		}, func(s string, y int) []string {
			return []string{s + "!B4 arrests - people 43", fmt.Sprintf("%s!B5 cash_seized - gbp %d", s, y), s + "!B6 warrants - count 8"}
		}, true},
	}
	type cc struct {
		year int
		text bool
		ctl  int
	}
	var ccs []cc
	for _, y := range years {
		for _, text := range []bool{false, true} {
			for k := range controls {
				if !text || controls[k].text {
					ccs = append(ccs, cc{y, text, k})
				}
			}
		}
	}
	cps := sheetBook(t, extract.Options{}, len(ccs), func(i int, b *fixtures.Book) {
		c := ccs[i]
		b.Rows("A1", append([][]any{{kentTitle}, nil}, controls[c.ctl].rows(typed(c.year, c.text))...)...)
	})
	for i, p := range cps {
		c := ccs[i]
		p.facts(controls[c.ctl].facts(fmt.Sprintf("P%d", i), c.year)...)
	}
}
