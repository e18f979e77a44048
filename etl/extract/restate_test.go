package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
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
	type tcase struct {
		label, text string
		want        float64 // the figure when the readings agree
		agree       bool
		oneCell     bool // "Arrests: 43 (forty-three)" in A3
	}
	var cases []tcase
	brackets := [][2]string{{"(", ")"}, {"[", "]"}, {" (", ")"}}
	add := func(label, fig, again string, want float64, agree bool) {
		for k, br := range brackets {
			text := fig + br[0] + again + br[1]
			if br[0] == "(" || br[0] == "[" {
				text = fig + " " + br[0] + again + br[1]
			}
			cases = append(cases, tcase{label, text, want, agree, k == 2})
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
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		row := []any{c.label, c.text}
		if c.oneCell {
			row = []any{c.label + ": " + c.text}
		}
		b.Rows("A1", []any{kentTitle}, nil, row, []any{"Mobile phones seized", "1,149"})
	})
	failed := 0
	for i, p := range ps {
		c := cases[i]
		cell := "B3"
		if c.oneCell {
			cell = "A3"
		}
		at := p.factsAt(cell)
		bad := ""
		switch {
		case c.agree && (len(at) != 1 || at[0].Value == nil || *at[0].Value != c.want || at[0].Qualifier != etl.Exact):
			bad = fmt.Sprintf("the readings agree: want %v exact", c.want)
		case c.agree && p.warnedAt(cell) != nil:
			bad = "the readings agree: want no warning"
		case !c.agree && len(at) > 0:
			bad = "the readings disagree: want nothing loaded"
		case !c.agree && p.warnedAt(cell) == nil:
			bad = "the readings disagree: want a warning naming " + cell
		}
		if ph := p.value("mobile_phones_seized"); ph == nil || *ph.Value != 1149 {
			bad += "; the phones below it are not loaded"
		}
		if bad != "" {
			failed++
			t.Errorf("%q │ %q (one cell %v): %s\n%s", c.label, c.text, c.oneCell, bad, p.dump())
		}
	}
	t.Logf("%d of %d restated figures read wrong", failed, len(cases))
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
	type tcase struct {
		label, text string
		want        float64
		agree       bool
		oneCell     bool
	}
	var cases []tcase
	brackets := [][2]string{{" (", ")"}, {" [", "]"}, {" (", ")"}}
	add := func(label, fig, again string, want float64, agree bool) {
		for k, br := range brackets {
			cases = append(cases, tcase{label, fig + br[0] + again + br[1], want, agree, k == 2})
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
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		row := []any{c.label, c.text}
		if c.oneCell {
			row = []any{c.label + ": " + c.text}
		}
		b.Rows("A1", []any{kentTitle}, nil, row, []any{"Mobile phones seized", "1,149"})
	})
	failed := 0
	for i, p := range ps {
		c := cases[i]
		cell := "B3"
		if c.oneCell {
			cell = "A3"
		}
		at := p.factsAt(cell)
		bad := ""
		switch {
		case c.agree && (len(at) != 1 || at[0].Value == nil || *at[0].Value != c.want || at[0].Qualifier != etl.Exact):
			bad = fmt.Sprintf("the readings agree: want £%v exact", c.want)
		case !c.agree && len(at) > 0:
			bad = "the readings disagree: want nothing loaded"
		case !c.agree && p.warnedAt(cell) == nil:
			bad = "the readings disagree: want a warning naming " + cell
		}
		if ph := p.value("mobile_phones_seized"); ph == nil || *ph.Value != 1149 {
			bad += "; the phones below it are not loaded"
		}
		if bad != "" {
			failed++
			t.Errorf("%q │ %q (one cell %v): %s\n%s", c.label, c.text, c.oneCell, bad, p.dump())
		}
	}
	t.Logf("%d of %d restated figures under a scale read wrong", failed, len(cases))
}
