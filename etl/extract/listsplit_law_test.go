package extract_test

import (
	"fmt"
	"testing"
)

// A second quantity in brackets after one figure for several items is a
// split or another figure, never passed over: `Drugs seized │ 56g cocaine
// and heroin (20g)` loaded all drugs 56 g (review14 §10), the 20g named
// in a warning as a part with no place. Drug pairs joined by and, &, a
// comma or a slash, the figure in grams, kilos or wraps, with or without
// "of", and a bracketed quantity (in the figure's unit or none, hedged or
// not): refused with a message at the cell. The same list with no
// bracket loads its total, with the bracket naming its item loads the
// total and the item as before, and one item with a bracketed quantity
// loads the item as before; the phones below load every time.
func TestSplitAfterListLaw(t *testing.T) {
	t.Parallel()
	type split struct {
		text string
		load bool
	}
	pairs := []string{"cocaine and heroin", "crack and heroin", "cannabis & cocaine", "heroin, crack", "cocaine/heroin", "MDMA and ketamine"}
	amounts := []struct{ fig, of, part string }{
		{"56g", " ", "20g"}, {"56g", " of ", "approx 20g"}, {"2kg", " of ", "500g"}, {"56 wraps", " of ", "20 wraps"}, {"56 wraps", " of ", "20"}, {"1.5kg", " ", "0.5kg"},
	}
	var cases []split
	for i, ix := range every(len(pairs), len(amounts)) {
		p, a := pairs[ix[0]], amounts[ix[1]]
		list := a.fig + a.of + p
		cases = append(cases, split{list + " (" + a.part + ")", false})
		if i%3 == 0 && p != "cocaine/heroin" { // (refused whole today: another rule's)
			cases = append(cases, split{list, true})
		}
	}
	cases = append(cases,
		split{"56g of cocaine and heroin (20g heroin)", true},
		split{"56g cocaine (20g)", true},
		split{"56g of heroin (20g)", true})
	law[split]{
		what:  "a quantity in brackets after one figure for several items",
		cases: cases,
		name:  func(c split) string { return fmt.Sprintf("%q │ %q", "Drugs seized", c.text) },
		sheet: func(c split, b *lawBook) { pairSheet([2]string{"Drugs seized", c.text}, b) },
		holds: func(c split, p probe, v *verdict) {
			if !c.load {
				p.refused(v)
				return
			}
			v.want(len(p.factsAt("B3")) > 0, "nothing loaded")
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
