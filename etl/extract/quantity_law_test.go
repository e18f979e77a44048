package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// quantityCase is a `label │ value` cell whose value gives an item's
// figure and names another after words of quantity that give no number
// ("5 knives and dozens of machetes"), with a word after or before them
// that may change what the words of quantity say (tail, lead: "" for
// none).
type quantityCase struct {
	label, first, quant, second, lead, tail string
	n                                       int
	item, item2, unit                       string // unit: the first item's
	read                                    bool   // the second item is read, unquantified
}

// Words of quantity that name no number ("dozens of", "hundreds of",
// "thousands of") in a return's value cell: the item after them is
// unquantified, beside the cell's figure, and never a number. A word of
// another period, a place or another force's scope after them, a modal
// or target, "previously" or "not" keeps the item from loading; the
// figure beside it loads or the cell is refused, and a message names the
// cell either way.
func TestQuantityWordsLaw(t *testing.T) {
	t.Parallel()
	rows := []struct{ label, first, item, second, item2, unit string }{
		{"Weapons seized", "knives", "knife", "machetes", "machete", "count"},
		{"Weapons seized", "machetes", "machete", "axes", "axe", "count"},
		{"Weapons seized", "crossbows", "crossbow", "knuckle dusters", "knuckle_duster", "count"},
		{"Drugs seized", "wraps of cocaine", "cocaine", "wraps of heroin", "heroin", "wraps"},
		{"Drugs seized", "cannabis plants", "cannabis", "wraps of crack cocaine", "crack_cocaine", "plants"},
	}
	quants := []string{"dozens of", "hundreds of", "thousands of"}
	tails := []struct {
		tail string
		read bool
	}{
		{"", true}, {" last year", false}, {" in Rugby", false}, {" by other forces", false},
		{" across the region", false}, {" nationally", false}, {" (previous week)", false},
		{" (target)", false}, {" to be destroyed", false}, {" (estimate for 2025)", false},
	}
	leads := []string{"previously ", "not ", "an expected "}
	var cases []quantityCase
	for i, ix := range every(len(rows), len(quants), len(tails)) {
		r, q, tl := rows[ix[0]], quants[ix[1]], tails[ix[2]]
		cases = append(cases, quantityCase{label: r.label, first: r.first, quant: q, second: r.second, tail: tl.tail,
			n: 3 + i%40, item: r.item, item2: r.item2, unit: r.unit, read: tl.read})
	}
	for i, ix := range every(len(rows), len(quants), len(leads)) {
		r, q := rows[ix[0]], quants[ix[1]]
		cases = append(cases, quantityCase{label: r.label, first: r.first, quant: q, second: r.second, lead: leads[ix[2]],
			n: 5 + i%30, item: r.item, item2: r.item2, unit: r.unit})
	}
	text := func(c quantityCase) string {
		return fmt.Sprintf("%d %s and %s%s %s%s", c.n, c.first, c.lead, c.quant, c.second, c.tail)
	}
	law[quantityCase]{
		what:  "words of quantity in value cells",
		cases: cases,
		name:  func(c quantityCase) string { return fmt.Sprintf("%q │ %q", c.label, text(c)) },
		sheet: func(c quantityCase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{c.label, text(c)}, phonesRow)
		},
		holds: func(c quantityCase, p probe, v *verdict) {
			var first, second bool
			for _, f := range p.factsAt("B3") {
				switch {
				case f.Item == c.item2 && f.Value == nil && f.Qualifier == etl.Unquantified:
					second = true
				case f.Item == c.item && f.Value != nil && *f.Value == float64(c.n) && string(f.Unit) == c.unit:
					first = true
				default:
					v.wrong("loaded %s", factLine(f))
				}
			}
			if c.read {
				v.want(first && second, "want %d %s and %s unquantified loaded", c.n, c.item, c.item2)
			} else {
				v.want(!second, "%s loaded, though words beside it change it", c.item2)
				v.want(p.warnedAt("B3") != nil, "no message names B3")
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
