package extract_test

import (
	"fmt"
	"testing"
)

// yearAside is a `label │ value` cell whose last words are a number in
// brackets after an item: a year ("some machetes (2019)") or a count
// ("some machetes (12)").
type yearAside struct {
	label, form string
	n, bracket  int
	year        bool
	counted     bool // the cell begins with a figure
}

// A year alone in brackets dates what it follows; it is never read as a
// count of it. `Weapons seized │ 5 knives and some machetes (2019)`
// loaded machete 2019. Under every label and form, a year in brackets is
// never a loaded figure and a message names the cell; a count in
// brackets after an item named with no number still loads as its count
// where it did ("machetes (12)"), and the phones below load.
func TestYearInBracketsNeverACountLaw(t *testing.T) {
	t.Parallel()
	labels := []struct{ label, first, second string }{
		{"Weapons seized", "knives", "machetes"},
		{"Weapons seized", "machetes", "axes"},
		{"Drugs seized", "wraps of cocaine", "wraps of heroin"},
		{"Weapons seized", "firearms", "crossbows"},
	}
	forms := []string{"%d %s and some %s (%d)", "some %[3]s (%[4]d)", "%d %s (%d)", "%[3]s (%[4]d)", "%d %s and %s (%d)"}
	years := []int{1995, 2019, 2021, 2024, 2100}
	var cases []yearAside
	for i, ix := range every(len(labels), len(forms), len(years)) {
		l, f, y := labels[ix[0]], forms[ix[1]], years[ix[2]]
		n := 3 + i%40
		counted := f[0] == '%' && f[1] == 'd'
		cases = append(cases, yearAside{label: l.label, form: fmt.Sprintf(f, n, l.first, l.second, y), n: n, bracket: y, year: true, counted: counted})
		if ix[2] == 0 {
			c := 12 + i%30
			cases = append(cases, yearAside{label: l.label, form: fmt.Sprintf(f, n, l.first, l.second, c), n: n, bracket: c, counted: counted})
		}
	}
	law[yearAside]{
		what:  "a year in brackets after an item",
		cases: cases,
		name:  func(c yearAside) string { return fmt.Sprintf("%q │ %q", c.label, c.form) },
		sheet: func(c yearAside, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{c.label, c.form}, phonesRow)
		},
		holds: func(c yearAside, p probe, v *verdict) {
			for _, f := range p.factsAt("B3") {
				if c.year && f.Value != nil && *f.Value == float64(c.bracket) {
					v.wrong("the year loaded as a figure: %s", factLine(f))
				}
			}
			if c.year {
				v.want(p.warnedAt("B3") != nil, "no message names B3")
			}
			if c.counted {
				// a cell of an item and a year alone reads as a heading
				// of another period's column (comparison_column), which
				// takes the rows below it: that rule's, not this law's
				v.want(p.phonesLoaded(), "the phones below it are not loaded")
			}
		},
	}.run(t)
}
