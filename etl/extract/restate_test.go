package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// probe11 W3: a figure written twice in one cell, the second time in
// brackets ("43 (forty-three)", "forty-three (43)", "0.5 kg (500g)"), is
// one figure when the two readings agree, and is refused with a warning
// naming the cell when they disagree ("43 (forty-four)", "twenty five
// (52)", "0.5 kg (50g)"): never the first reading with the bracket passed
// over. Over counts, people, pounds and weights, digits and words either
// side, round and square brackets, in the value cell or after "Label:"
// in one cell.
func TestRestatedFigureLaw(t *testing.T) {
	t.Parallel()
	var cases []restatedCase
	brackets := [][2]string{{"(", ")"}, {"[", "]"}, {" (", ")"}}
	add := func(label, fig, again string, want float64, agree bool) {
		for k, br := range brackets {
			text := fig + br[0] + again + br[1]
			if br[0] == "(" || br[0] == "[" {
				text = fig + " " + br[0] + again + br[1]
			}
			cases = append(cases, restatedCase{label, text, want, agree, k == 2})
		}
	}
	for _, n := range []int{7, 25, 43, 112, 1200} {
		for _, label := range []string{"Arrests", "Warrants executed"} {
			for _, m := range []int{n, n + 1, n * 10, n - 1} {
				agree := m == n
				add(label, fmt.Sprint(n), spell(m, true), float64(n), agree)
				add(label, spell(n, true), fmt.Sprint(m), float64(n), agree)
				add(label, fmt.Sprint(n), fmt.Sprint(m), float64(n), agree)
			}
		}
		for _, m := range []int{n, n + 1, n * 10} {
			agree := m == n
			add("Cash seized", fmt.Sprintf("£%d", n*100), fmt.Sprintf("£%d", m*100), float64(n*100), agree)
			add("Cash seized", fmt.Sprintf("£%d", n*100), spell(m*100, true)+" pounds", float64(n*100), agree)
			add("Cocaine", fmt.Sprintf("%gkg", float64(n)/10), fmt.Sprintf("%dg", m*100), float64(n*100), agree)
			add("Cocaine", fmt.Sprintf("%dg", n*100), fmt.Sprintf("%g kilos", float64(m)/10), float64(n*100), agree)
		}
	}
	law[restatedCase]{
		what:  "restated figures",
		cases: cases,
		name:  restatedCase.name,
		sheet: restatedCase.sheet,
		holds: func(c restatedCase, p probe, v *verdict) { c.holds(p, v, true, "") },
	}.run(t)
}

// restatedCase is a figure written again in brackets beside its label,
// or after "Label:" in one cell, with the phones row below.
type restatedCase struct {
	label, text string
	want        float64 // the figure when the readings agree
	agree       bool
	oneCell     bool // "Arrests: 43 (forty-three)" in A3
}

func (c restatedCase) name() string {
	return fmt.Sprintf("%q │ %q (one cell %v)", c.label, c.text, c.oneCell)
}

func (c restatedCase) sheet(b *lawBook) {
	row := []any{c.label, c.text}
	if c.oneCell {
		row = []any{c.label + ": " + c.text}
	}
	b.Rows("A1", []any{kentTitle}, nil, row, phonesRow)
}

// holds is the law of a restated figure: when the readings agree, the
// figure is loaded once, exact (and, if quiet, with no warning about it);
// when they disagree, nothing is loaded from the cell and a warning names
// it. The phones below load either way. money is the sign the figure is
// said in ("£" or "").
func (c restatedCase) holds(p probe, v *verdict, quiet bool, money string) {
	cell := c.cell()
	at := p.factsAt(cell)
	switch {
	case c.agree && (len(at) != 1 || at[0].Value == nil || *at[0].Value != c.want || at[0].Qualifier != etl.Exact):
		v.wrong("the readings agree: want %s%v exact", money, c.want)
	case c.agree && quiet && p.warnedAt(cell) != nil:
		v.wrong("the readings agree: want no warning")
	case !c.agree && len(at) > 0:
		v.wrong("the readings disagree: want nothing loaded")
	case !c.agree && p.warnedAt(cell) == nil:
		v.wrong("the readings disagree: want a warning naming %s", cell)
	}
	v.want(p.phonesLoaded(), "the phones below it are not loaded")
}

// cell is where the figure stands.
func (c restatedCase) cell() string {
	if c.oneCell {
		return "A3"
	}
	return "B3"
}

// factsAt lists the facts loaded from one cell of a one-sheet probe.
func (p probe) factsAt(cell string) []etl.Fact {
	var at []etl.Fact
	for _, f := range p.r.Facts {
		if f.Cell == cell {
			at = append(at, f)
		}
	}
	return at
}

// review12 W3: under a label that gives the figures' scale ("Cash seized
// (£000s)"), each reading of a restated figure is brought to pounds as
// the value reader brings it before the two are compared: a bare figure
// in the label's thousands, a reading with its own thousands ("£5k") or
// typed out as a full amount of money ("£5,000", "five thousand pounds")
// as it says. "5 (£5k)", "5 (five thousand pounds)" and "5 (5)" are
// £5,000; "5,000 (five thousand pounds)" says £5,000,000 and £5,000 and
// is refused, and so is "5 (£5,000)" (a full amount typed under a scale).
func TestRestatedScaledFigureLaw(t *testing.T) {
	t.Parallel()
	var cases []restatedCase
	brackets := [][2]string{{" (", ")"}, {" [", "]"}, {" (", ")"}}
	add := func(label, fig, again string, want float64, agree bool) {
		for k, br := range brackets {
			cases = append(cases, restatedCase{label, fig + br[0] + again + br[1], want, agree, k == 2})
		}
	}
	for _, n := range []int{5, 12, 40, 250} {
		for _, label := range []string{"Cash seized (£000s)", "Cash seized (£k)"} {
			full := float64(n * 1000)
			add(label, fmt.Sprint(n), fmt.Sprint(n), full, true)
			add(label, fmt.Sprint(n), fmt.Sprintf("£%dk", n), full, true)
			add(label, fmt.Sprint(n), spell(n*1000, true)+" pounds", full, true)
			// "5 (£5,000)": the cell types a full amount under a scale;
			// the value reader refuses it (£5 or £5000?), a message, no figure
			add(label, fmt.Sprint(n), fmt.Sprintf("£%d,000", n), 0, false)
			add(label, fmt.Sprint(n), fmt.Sprint(n+1), 0, false)
			add(label, fmt.Sprintf("%d,000", n), spell(n*1000, true)+" pounds", 0, false)
			add(label, fmt.Sprintf("%d,000", n), fmt.Sprintf("£%dk", n), 0, false)
		}
	}
	law[restatedCase]{
		what:  "restated figures under a scale",
		cases: cases,
		name:  restatedCase.name,
		sheet: restatedCase.sheet,
		holds: func(c restatedCase, p probe, v *verdict) { c.holds(p, v, false, "£") },
	}.run(t)
}
