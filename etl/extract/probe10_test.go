package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// The tests in this file each build real .xlsx workbooks showing a way an
// independent probe (probe10, Parts F, I and J) found units and values
// read wrong.

// I1: a cell beside the figure giving only a scale ("£000s", "£k",
// "€000s", "£000", "£ thousands"), in a unit column to the right of the
// value or between label and value, is applied as the same sign in the
// label is ("Cash seized (£000s)"): the figure loaded is the value times
// the scale in the cell's currency, or nothing with a warning; never the
// value unscaled. A label giving another scale or currency than the cell
// is a conflict: nothing loaded, a warning.
func TestProbe10I1ScaleInUnitColumnLaw(t *testing.T) {
	type word struct {
		text  string
		scale float64
		unit  etl.Unit
	}
	words := []word{
		{"£000s", 1e3, etl.UnitGBP}, {"£000", 1e3, etl.UnitGBP}, {"£'000", 1e3, etl.UnitGBP}, {"£000's", 1e3, etl.UnitGBP},
		{"(£000s)", 1e3, etl.UnitGBP}, {"£k", 1e3, etl.UnitGBP}, {"£ thousands", 1e3, etl.UnitGBP}, {"£m", 1e6, etl.UnitGBP},
		{"£ millions", 1e6, etl.UnitGBP}, {"€000s", 1e3, etl.UnitEUR}, {"€k", 1e3, etl.UnitEUR}, {"€ thousands", 1e3, etl.UnitEUR},
	}
	labels := []struct {
		text string
		unit etl.Unit // the label's own currency, "" for none
		sc   float64  // the label's own scale, 1 for none
	}{
		{"Cash seized", "", 1}, {"Drugs street value", etl.UnitGBP, 1}, // a street value is in pounds, as "€5,000" beside it is refused {"Cash seized (£000s)", etl.UnitGBP, 1e3},
		{"Cash seized (£m)", etl.UnitGBP, 1e6}, {"Cash seized (€)", etl.UnitEUR, 1},
	}
	values := []any{5, 12.5, "40"}
	type tc struct {
		w      word
		label  int
		value  any
		middle bool // the unit cell between label and value
	}
	var cases []tc
	for _, w := range words {
		for li := range labels {
			for _, v := range values {
				for _, mid := range []bool{false, true} {
					cases = append(cases, tc{w, li, v, mid})
				}
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		row := []any{labels[c.label].text, c.value, c.w.text}
		if c.middle {
			row = []any{labels[c.label].text, c.w.text, c.value}
		}
		b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", "Value", "Unit"}, row, []any{"Arrests", 43})
	})
	for i, p := range ps {
		c := cases[i]
		l := labels[c.label]
		name := fmt.Sprintf("%q | %v | %q (middle %v)", l.text, c.value, c.w.text, c.middle)
		num := map[any]float64{5: 5, 12.5: 12.5, "40": 40}[c.value]
		conflict := (l.sc != 1 && l.sc != c.w.scale) || (l.unit != "" && l.unit != c.w.unit)
		var money []etl.Fact
		for _, f := range p.r.Facts {
			if f.Metric == "arrests" {
				continue
			}
			money = append(money, f)
		}
		if conflict {
			said := false
			for _, m := range p.r.Messages {
				said = said || (m.Code == "scale_conflict" || m.Code == "currency_conflict") && (m.Cell == "B4" || m.Cell == "C4")
			}
			if len(money) != 0 || !said {
				t.Errorf("%s: the label and the unit disagree: want nothing loaded and a conflict warning\n%s", name, p.dump())
			}
			continue
		}
		if len(money) != 1 || money[0].Value == nil || *money[0].Value != num*c.w.scale || money[0].Unit != c.w.unit {
			t.Errorf("%s: want %v %s loaded\n%s", name, num*c.w.scale, c.w.unit, p.dump())
		}
		if p.value("arrests") == nil {
			t.Errorf("%s: arrests 43 not loaded\n%s", name, p.dump())
		}
	}
}

// I1 as the probe wrote it: kg, wraps and € in the same unit column are
// applied as before; the scale now is too.
func TestProbe10I1UnitColumn(t *testing.T) {
	p := extractBook(t, "k03.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Measure", "Value", "Unit"},
			[]any{"Cash seized", 5, "£000s"}, []any{"Cocaine", 1.2, "kg"}, []any{"Crack", 12, "wraps"},
			[]any{"Cash seized (euro)", 2, "€000s"}, []any{"Arrests", 43, "persons"})
	})
	p.facts("Return!B4 cash_seized - gbp 5000", "Return!B5 drugs_seized cocaine g 1200", "Return!B6 drugs_seized crack_cocaine wraps 12",
		"Return!B7 cash_seized - eur 2000", "Return!B8 arrests - people 43")
	for _, m := range p.r.Messages {
		if strings.Contains(m.Text, "part of another figure") {
			t.Errorf("persons in the unit column: %s", m)
		}
	}
}
