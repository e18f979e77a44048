package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// asideCase is a `label │ value` cell that gives an item's figure and
// names another item with no number, then words in brackets after it:
// "5 knives and some machetes (previous week)".
type asideCase struct {
	label, first, item, quant, second, item2, unit, words string
	n                                                     int
	read                                                  bool // the brackets say nothing that changes the second item
}

// Words in brackets after an item named with no number may change it as
// they change a figure ("some machetes (previous week)", "(YTD)",
// "(target)", "(replica)", "(last year)", a word nobody taught us): the
// item is not loaded, and a message names the cell; the figure before
// it may load, and the phones below do. Words that only describe it or
// are its own metric's ("(suspected)", "(found in a bag)") leave it read.
func TestAsideAfterUnquantifiedLaw(t *testing.T) {
	t.Parallel()
	rows := []struct{ label, first, item, unit, quant, second, item2 string }{
		{"Weapons seized", "knives", "knife", "count", "some", "machetes", "machete"},
		{"Weapons seized", "machetes", "machete", "count", "a quantity of", "axes", "axe"},
		{"Weapons seized", "axes", "axe", "count", "various", "crossbows", "crossbow"},
		{"Drugs seized", "wraps of cocaine", "cocaine", "wraps", "a quantity of", "wraps of heroin", "heroin"},
		{"Drugs seized", "cannabis plants", "cannabis", "plants", "some", "wraps of crack cocaine", "crack_cocaine"},
	}
	asides := []struct {
		words string
		read  bool
	}{
		{"previous week", false}, {"YTD", false}, {"target", false}, {"replica", false}, {"last year", false},
		{"not seized", false}, {"awaiting destruction", false}, {"in Rugby", false},
		{"suspected", true}, {"found in a bag", true},
	}
	var cases []asideCase
	for i, ix := range every(len(rows), len(asides)) {
		r, a := rows[ix[0]], asides[ix[1]]
		cases = append(cases, asideCase{label: r.label, first: r.first, item: r.item, unit: r.unit, quant: r.quant,
			second: r.second, item2: r.item2, words: a.words, n: 3 + i%40, read: a.read})
	}
	text := func(c asideCase) string {
		return fmt.Sprintf("%d %s and %s %s (%s)", c.n, c.first, c.quant, c.second, c.words)
	}
	law[asideCase]{
		what:  "words in brackets after an item named with no number",
		cases: cases,
		name:  func(c asideCase) string { return fmt.Sprintf("%q │ %q", c.label, text(c)) },
		sheet: func(c asideCase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{c.label, text(c)}, phonesRow)
		},
		holds: func(c asideCase, p probe, v *verdict) {
			second := false
			for _, f := range p.factsAt("B3") {
				switch {
				case f.Item == c.item2 && f.Value == nil && f.Qualifier == etl.Unquantified:
					second = true
				case f.Item == c.item && f.Value != nil && *f.Value == float64(c.n) && string(f.Unit) == c.unit:
				default:
					v.wrong("loaded %s", factLine(f))
				}
			}
			if c.read {
				v.want(second, "%s unquantified not loaded", c.item2)
			} else {
				v.want(!second, "%s loaded, though the words in brackets may change it", c.item2)
				v.want(p.warnedAt("B3") != nil, "no message names B3")
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
