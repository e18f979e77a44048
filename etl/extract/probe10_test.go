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
	t.Parallel()
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
	t.Parallel()
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

// J: a label naming one item that says it includes another item of its
// kind ("Knives (incl. machetes)", "Firearms including imitation
// firearms", "Cocaine (inc. crack)") gives a mixed figure: never loaded
// as the first item (nor, beside a row of the other item, counted twice),
// but refused naming the label. The metric's total saying what it
// includes ("Weapons seized (incl. machetes)") stays the total. Over
// every ordered pair of items of one kind in reference/items.csv, under
// each way of writing "including".
func TestProbe10JIncludingAnotherItemLaw(t *testing.T) {
	t.Parallel()
	catMain := mainCatalog(t)
	forms := []string{"%s (incl. %s)", "%s including %s", "%s (inc. %s)", "%s (including %s)", "%s inc %s"}
	value := map[string]any{"drug": "56g", "weapon": 5, "asset": "£500"}
	type tc struct {
		kind, label, first, other string
		total                     bool
	}
	var cases []tc
	n := 0
	for _, kind := range catMain.ItemKinds() {
		m, _ := catMain.MetricForKind(kind)
		items := catMain.ItemsOf(kind)
		for _, a := range items {
			for _, b := range items {
				if a.Code == b.Code {
					continue
				}
				other := b.Label
				if len(b.Synonyms) > 0 && n%2 == 1 {
					other = b.Synonyms[n/2%len(b.Synonyms)]
				}
				cases = append(cases, tc{kind, fmt.Sprintf(forms[n%len(forms)], a.Label, strings.ToLower(other)), a.Code, b.Code, false})
				n++
			}
		}
		for _, b := range items {
			cases = append(cases, tc{kind, fmt.Sprintf(forms[n%len(forms)], m.Label, strings.ToLower(b.Label)), "", b.Code, true})
			n++
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		b.Rows("A1", []any{kentTitle}, nil, []any{c.label, value[c.kind]}, []any{"Arrests", 43})
	})
	totals := 0
	for i, p := range ps {
		c := cases[i]
		var got []etl.Fact
		for _, f := range p.r.Facts {
			if f.Metric != "arrests" {
				got = append(got, f)
			}
		}
		if c.total {
			if len(got) == 1 && got[0].Item == "" {
				totals++
			} else {
				t.Errorf("%q: the metric's total saying what it includes: want the total loaded\n%s", c.label, p.dump())
			}
			continue
		}
		for _, f := range got {
			t.Errorf("%q: a mixture of %s and %s loaded as %s %s\n%s", c.label, c.first, c.other, f.Metric, f.Item, p.dump())
		}
		said := false
		for _, m := range p.r.Messages {
			said = said || m.Cell == "A3" && m.Severity == etl.SevWarning
		}
		if !said || p.value("arrests") == nil {
			t.Errorf("%q: want a warning naming the label at A3, and arrests still loaded\n%s", c.label, p.dump())
		}
	}
	t.Logf("%d labels, %d totals", len(cases), totals)
}

// J as the probe wrote it: a weapons section listing a mixed row and its
// part loads no mixed figure, so the all-items total is never 11 for 8
// weapons; money including euros is no sterling or euro figure.
func TestProbe10JIncludingInSection(t *testing.T) {
	t.Parallel()
	p := extractBook(t, "j01.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Cash seized (inc. euros)", 5000}, []any{"Weapons seized"},
			[]any{"Firearms (inc. imitation)", 3}, []any{"Imitation firearms", 1}, []any{"Knives (incl. machetes)", 5}, []any{"Machetes", 2},
			[]any{"Weapons (incl. imitation firearms)", 8})
	})
	p.facts("Return!B6 weapons_seized imitation_firearm count 1", "Return!B8 weapons_seized machete count 2", "Return!B9 weapons_seized - count 8")
	p.says(etl.SevWarning, "ambiguous_label", "Return!A3", "inc. euros")
	p.says(etl.SevWarning, "unrecognised_item", "Return!A5", "inc. imitation")
	p.says(etl.SevWarning, "unrecognised_item", "Return!A7", "incl. machetes", "Machetes is an item of its own")
}

// I2, I3: beside every drug of the catalogue, a count of containers
// ("35 bags", "3 blocks", a unit column "bags") is no weight and no wraps,
// and a bare "pound(s)" after the number is a weight or a sum of money:
// neither is loaded, a warning names the cell. "£1", "1lb" and "5 pounds"
// beside Cash seized are read as before.
func TestProbe10I2I3ContainersAndPoundsLaw(t *testing.T) {
	t.Parallel()
	catMain := mainCatalog(t)
	words := []string{"bags", "bag", "blocks", "packages", "bars", "pound", "pounds", "Pounds"}
	type tc struct {
		label, word string
		column      bool // the word in a unit column, the number a number cell
	}
	var cases []tc
	for _, it := range catMain.ItemsOf("drug") {
		for k, w := range words {
			cases = append(cases, tc{it.Label, w, k%2 == 0}, tc{it.Label, w, k%2 == 1})
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		row := []any{c.label, "3 " + c.word}
		if c.column {
			row = []any{c.label, 3, c.word}
		}
		b.Rows("A1", []any{kentTitle}, nil, row, []any{"Cash seized", "5 pounds"}, []any{"Heroin", "1lb"})
	})
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%q | 3 %q (unit column %v)", c.label, c.word, c.column)
		var got []string
		said := false
		for _, f := range p.r.Facts {
			got = append(got, fmt.Sprintf("%s %s %s %v", f.Cell, f.Item, f.Unit, *f.Value))
		}
		container := !strings.HasPrefix(strings.ToLower(c.word), "pound")
		for _, m := range p.r.Messages {
			// a container is named as one, never as a word to teach
			said = said || m.Cell == "B3" && m.Severity == etl.SevWarning && (!container || strings.Contains(m.Text, "containers"))
		}
		want := "B4  gbp 5, B5 heroin g 453.59237"
		if strings.Join(got, ", ") != want || !said {
			t.Errorf("%s: loaded %q, want only %q and a warning at B3\n%s", name, got, want, p.dump())
		}
	}
}

// I1b: a scale stated once for the sheet (a note in the title block or
// under the table, the sheet's name) is never ignored: a sum of money on
// that sheet whose label gives no scale is £5 to a reader of the cell and
// £5,000 to a reader of the sheet, so it is not loaded and a warning names
// the note; a label giving the note's scale is read with it; arrests are
// no money and load. A note saying there is no scale ("not £000s") and a
// plain-scale note over everything are held to the same law.
func TestProbe10I1bScaleNoteLaw(t *testing.T) {
	t.Parallel()
	notes := []struct {
		text, sheet string // the note, and as a sheet's name
		scale       float64
		money       bool
	}{
		{"All monetary values in £000s", "Cash £000s", 1e3, true}, {"Note: cash figures are in £ thousands", "Seizures £ thousands", 1e3, true},
		{"Figures shown in £k", "Return £k", 1e3, true}, {"Values are in £'000s", "Return (£'000s)", 1e3, true},
		{"All values in £m", "Values £m", 1e6, true}, {"Note: amounts in €000s", "Return €000s", 1e3, true},
		{"All figures in thousands", "Figures in thousands", 1e3, false}, {"Enter values in £, not £000s", "In £ not £000s", 1, true},
	}
	labels := []struct {
		text  string
		value any
		scale float64 // the label's own scale
		money bool
	}{
		{"Cash seized", 5, 1, true}, {"Drugs street value", "40", 1, true}, {"Cash seized (£000s)", 5, 1e3, true},
		{"Cash seized", "£5,000", 1, true}, {"Other assets seized - Watches", "£300", 1, true}, {"Arrests", 43, 1, false},
	}
	type tc struct{ note, label, where int }
	var cases []tc
	for n := range notes {
		for l := range labels {
			for w := range 3 { // 0 title block, 1 under the table, 2 the sheet's name
				cases = append(cases, tc{n, l, w})
			}
		}
	}
	build := func(c tc, b *fixtures.Book) {
		rows := [][]any{{kentTitle}, nil, {labels[c.label].text, labels[c.label].value}, {"Mobile phones seized", 7}}
		switch c.where {
		case 0:
			rows[1] = []any{notes[c.note].text}
		case 1:
			rows = append(rows, nil, []any{notes[c.note].text})
		}
		b.Rows("A1", rows...)
	}
	sheet := func(i int) string {
		if c := cases[i]; c.where == 2 {
			return fmt.Sprintf("%s %d", notes[c.note].sheet, i)
		}
		return fmt.Sprintf("P%d", i)
	}
	ps := namedSheetBook(t, extract.Options{}, len(cases), sheet, func(i int, b *fixtures.Book) { build(cases[i], b) })
	for i, p := range ps {
		c := cases[i]
		n, l := notes[c.note], labels[c.label]
		name := fmt.Sprintf("note %q (place %d), %q | %v", n.text, c.where, l.text, l.value)
		var fig *etl.Fact
		for k, f := range p.r.Facts {
			if f.Metric != "mobile_phones_seized" {
				fig = &p.r.Facts[k]
			}
		}
		applies := n.scale != 1 && (l.money || !n.money)
		if !applies || l.scale == n.scale {
			if fig == nil {
				t.Errorf("%s: want the figure loaded as its label says\n%s", name, p.dump())
			}
			continue
		}
		said := false
		for _, m := range p.r.Messages {
			said = said || m.Code == "scale_note" && m.Cell == "B3" && (strings.Contains(m.Text, n.text) || c.where == 2 && strings.Contains(m.Text, sheet(i)))
		}
		if fig != nil || !said {
			t.Errorf("%s: want nothing loaded and a scale_note warning naming the note\n%s", name, p.dump())
		}
	}
}

// F: a value typed as text in a form with two readings (continental
// separators, a question mark, a sign or brackets around it, a dash after
// it, a fraction of money) is never loaded as the digits before the odd
// part, beside any label; the warning names the cell and the form, never
// "no label we read stands beside it". Plain forms beside them load.
func TestProbe10FOddNumbersLaw(t *testing.T) {
	t.Parallel()
	odd := []string{"5,00", "£5,00", "£5.000,00", "£1.500", "€2.250", "40?", "+40", "(5)", "(£5,000)", "40-", "40 –",
		"£1/2m", "£1/2 million", "£5000/£6000", "1/2m", "1,5 kg", "12,5 g", "£5,000-£6,000"} // "£5000 & €200" is two figures (8ac89da)
	labels := []string{"Cash seized", "Arrests", "Cocaine", "Drugs street value", "Knives"}
	type tc struct{ label, value string }
	var cases []tc
	for _, l := range labels {
		for _, v := range odd {
			cases = append(cases, tc{l, v})
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{kentTitle}, nil, []any{cases[i].label, cases[i].value}, []any{"Mobile phones seized", "1,149"})
	})
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%q | %q", c.label, c.value)
		var got []string
		for _, f := range p.r.Facts {
			got = append(got, fmt.Sprintf("%s %s %v", f.Cell, f.Metric, *f.Value))
		}
		said := false
		for _, m := range p.r.Messages {
			if m.Cell == "B3" && m.Severity == etl.SevWarning {
				said = true
				if strings.Contains(m.Text, "no label we read") {
					t.Errorf("%s: %s", name, m)
				}
			}
		}
		if strings.Join(got, ", ") != "B4 mobile_phones_seized 1149" || !said {
			t.Errorf("%s: loaded %v, want only the phones and a warning at B3\n%s", name, got, p.dump())
		}
	}
}
