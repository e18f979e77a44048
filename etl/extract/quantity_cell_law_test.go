package extract_test

import (
	"fmt"
	"testing"
)

// quantityCellCase is a `label │ value` cell that gives an item's figure
// and names another after words of quantity that give no number, or in
// a clause of its own ("5 knives and dozens of machetes", "5 knives;
// dozens of machetes were seized"), with words after them.
type quantityCellCase struct {
	label, form, first, second, item2, tail string
	n                                       int
}

// Words of quantity that give no number ("dozens of", "a large number
// of", "thousands of pounds worth of", "hundreds of wraps of") and a
// clause after "after" are read for things named with no number in
// prose only (session 18, unq): in a return's value cell the things
// after them are never loaded, whatever words follow (", TBC", ",
// including Essex", "and beyond", ", regional total", "found by Essex
// Police", "were returned", "could be seized", "(previous week)", "last
// year", "nationally"), and a message names the cell. The figure beside
// them is not judged here; the phones below load.
func TestQuantityWordsCellLaw(t *testing.T) {
	t.Parallel()
	rows := []struct{ label, first, second, item2 string }{
		{"Weapons seized", "knives", "machetes", "machete"},
		{"Weapons seized", "machetes", "axes", "axe"},
		{"Weapons seized", "crossbows", "knuckle dusters", "knuckle_duster"},
		{"Drugs seized", "wraps of cocaine", "heroin", "heroin"},
		{"Drugs seized", "cannabis plants", "crack cocaine", "crack_cocaine"},
	}
	forms := []string{
		"%d %s and dozens of %s%s",
		"%d %s and a large number of %s%s",
		"%d %s and a significant amount of %s%s",
		"%d %s and hundreds of wraps of %s%s",
		"%d %s and thousands of pounds worth of %s%s",
		"%d %s; dozens of %s were seized%s",
		"%d %s; a large number of %s were seized%s",
		"%d %s, after %s were seized%s",
		"%d %s were seized after %s were found%s",
	}
	tails := []string{"", ", TBC", ", including Essex", " and beyond", ", regional total", " found by Essex Police",
		" were returned", " could be seized", " (previous week)", " last year", " nationally"}
	var cases []quantityCellCase
	for i, ix := range every(len(rows), len(forms), len(tails)) {
		r := rows[ix[0]]
		cases = append(cases, quantityCellCase{label: r.label, form: forms[ix[1]], first: r.first, second: r.second,
			item2: r.item2, tail: tails[ix[2]], n: 3 + i%40})
	}
	text := func(c quantityCellCase) string { return fmt.Sprintf(c.form, c.n, c.first, c.second, c.tail) }
	law[quantityCellCase]{
		what:  "words of quantity with no number in value cells",
		cases: cases,
		name:  func(c quantityCellCase) string { return fmt.Sprintf("%q │ %q", c.label, text(c)) },
		sheet: func(c quantityCellCase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{c.label, text(c)}, phonesRow)
		},
		holds: func(c quantityCellCase, p probe, v *verdict) {
			for _, f := range p.factsAt("B3") {
				if f.Item == c.item2 {
					v.wrong("loaded %s", factLine(f))
				}
			}
			v.want(p.warnedAt("B3") != nil, "no message names B3")
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
