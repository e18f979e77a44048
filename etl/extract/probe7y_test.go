package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// The tests in this file build real .xlsx workbooks for the open findings
// of probe7 closed after its first round: a lone sign beside a label that
// gave its unit to the figures of other labels below it, words in
// brackets that change what a figure counts, several figures in one cell.

// loneSigns are cells a force writes where a label's figure goes, with no
// figure: a currency, a unit, a scale.
var loneSigns = []string{"£", "€", "%", "g", "kg", "£000s", "(£)", "£k", "(€)", "GBP"}

// figureLines is the facts of a return, each with its cell but not its
// sheet: what two sheets of one layout should agree on.
func figureLines(r *etl.Return) []string {
	var out []string
	for _, f := range r.Facts {
		_, line, _ := strings.Cut(factLine(f), "!")
		out = append(out, line)
	}
	slices.Sort(out)
	return out
}

// A lone sign in the value column beside a label ("Drugs seized | £") is
// that label's value, a blank one: it never gives its unit, currency or
// scale to the figures of other labels below it ("Other assets seized -
// Watches | 3" is never £3). Law: for every sign, every label it stands
// beside and every row under it (directly below or further down), each
// fact of the sheet is a fact of the same sheet with the sign cell left
// blank, cell, unit and value alike; a fact of that blank sheet missing
// with the sign is refused with a warning at its cell (a row that says
// "(wraps)" under a column headed "£" is a conflict), never changed.
func TestLoneSignBesideLabelHeadsNoColumnLaw(t *testing.T) {
	t.Parallel()
	owners := []string{"Drugs seized", "Cash seized", "Arrests", "Other assets seized", "Weapons seized",
		"Mobile phones seized", "Heroin", "Drugs seized - Heroin", "Stop and searches"}
	below := [][]any{
		{"Other assets seized - Watches", 3},
		{"Arrests", 43},
		{"Cash seized", 5000},
		{"Drugs seized - Cocaine", 56},
		{"Crack (wraps)", 12},
		{"Warrants executed", 7},
		{"Weapons seized - Knives", 4},
	}
	type tc = signCase
	for _, s := range loneSigns { // a workbook per sign: a few hundred sheets each
		var cases []tc
		for _, o := range owners {
			for rot := range below {
				cases = append(cases, tc{s, o, rot, false}, tc{s, o, rot, true})
			}
		}
		signLaw(t, cases, below)
	}
}

// signCase is one sheet of the law: a sign beside a label, the rows
// below it in some order.
type signCase struct {
	sign, owner string
	rot         int  // which row of below stands directly under the sign
	blank       bool // the control: the sign cell left blank
}

// signLaw builds the cases in one workbook, each with its control on the
// next sheet, and checks the law on each pair.
func signLaw(t *testing.T, cases []signCase, below [][]any) {
	t.Helper()
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		var sign any = c.sign
		if c.blank {
			sign = nil
		}
		rows := [][]any{{kentTitle}, nil, {"Stop and searches", 30}, {c.owner, sign}}
		for k := range below {
			rows = append(rows, below[(c.rot+k)%len(below)])
		}
		b.Rows("A1", rows...)
	})
	for i := 0; i < len(cases); i += 2 {
		c, p := cases[i], ps[i]
		got, want := figureLines(p.r), figureLines(ps[i+1].r)
		for _, g := range got {
			if !slices.Contains(want, g) {
				t.Errorf("%q beside %q, %q directly below: %s is not so with the sign cell blank\n got %q\nwant %q\n%s",
					c.sign, c.owner, below[c.rot][0], g, got, want, p.dump())
			}
		}
		for _, w := range want {
			cell, _, _ := strings.Cut(w, " ")
			if slices.Contains(got, w) {
				continue
			}
			warned := false
			for _, m := range p.r.Messages {
				if m.Severity == etl.SevWarning && m.Where() == fmt.Sprintf("P%d!%s", i, cell) {
					warned = true
				}
			}
			if !warned {
				t.Errorf("%q beside %q, %q directly below: %s lost without a warning at its cell\n%s",
					c.sign, c.owner, below[c.rot][0], w, p.dump())
			}
		}
	}
}

// A sign that truly heads a column of figures still gives them its unit:
// in a header row whose other cells are headings ("Drugs | This week |
// £"), beside words that are no label ("Item | £", "Drug type | £"). A
// sign beside a label alone ("Drugs | £" over "Heroin | 500") is that
// label's blank value: 500 has no unit and is refused, never £500 or
// 500 g by a guess.
func TestSignHeadingAColumnStillGivesItsUnit(t *testing.T) {
	t.Parallel()
	p := extractBook(t, "head.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{kentTitle}, nil,
			[]any{"Drugs", "This week", "£"},
			[]any{"Heroin", nil, 500},
			[]any{"Crack", nil, 300},
		)
	})
	p.facts("Return!C4 drugs_seized heroin gbp 500", "Return!C5 drugs_seized crack_cocaine gbp 300")
	for _, first := range []string{"Item", "Drug type"} {
		p = extractBook(t, "item.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1",
				[]any{kentTitle}, nil,
				[]any{first, "£"},
				[]any{"Heroin", 500},
				[]any{"Crack", 300},
			)
		})
		p.facts("Return!B4 drugs_seized heroin gbp 500", "Return!B5 drugs_seized crack_cocaine gbp 300")
	}
	p = extractBook(t, "section.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{kentTitle}, nil,
			[]any{"Arrests", 4},
			[]any{"Drugs", "£"},
			[]any{"Heroin", 500},
		)
	})
	p.facts("Return!B3 arrests - people 4")
	p.says(etl.SevWarning, "no_unit", "Return!B5", `"500" has no unit`)
}

// The probe's layout itself: £3 of watches never comes from "Drugs seized
// | £" standing above "Other assets seized - Watches | 3". The 3 is no
// money; Other assets are counted or valued, so a bare 3 is refused for
// want of a unit, as it is with no sign above it.
func TestPoundBesideDrugsIsNoHeadingForWatches(t *testing.T) {
	t.Parallel()
	p := extractBook(t, "pound.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{kentTitle}, nil,
			[]any{"Arrests", 43},
			[]any{"Drugs seized", "£"},
			[]any{"Other assets seized - Watches", 3},
			[]any{"Cash seized", 5000},
		)
	})
	p.facts("Return!B3 arrests - people 43", "Return!B6 cash_seized - gbp 5000")
	p.says(etl.SevWarning, "no_unit", "Return!B5", `"3" has no unit`)
}

// A row of an itemised table that names its own unit ("Crack (wraps)")
// under a column headed in money ("Value (£)") is a conflict: never £12
// of crack.
func TestTableRowUnitAgainstMoneyColumn(t *testing.T) {
	t.Parallel()
	for _, head := range []string{"Value (£)", "Street value", "£"} {
		p := extractBook(t, "table.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1",
				[]any{kentTitle}, nil,
				[]any{"Drug type", head},
				[]any{"Crack (wraps)", 12},
				[]any{"Heroin", 500},
			)
		})
		p.facts("Return!B5 drugs_seized heroin gbp 500")
		p.says(etl.SevWarning, "unit_conflict", "Return!B4", "wraps", "pounds")
	}
}

// Words in brackets after a figure that may change what it is are never
// dropped: a word the catalogue has no item for ("deactivated" is said
// of lines, not of firearms), a word that changes the meaning ("YTD",
// "previous", "target"), a word nobody taught us ("ornamental", "see
// attached sheet"). Law: for every such aside after every kind of figure
// (alone beside its label, or in a list), the figure is not loaded and a
// warning at the cell names the word; and a note in the figure's own
// words ("found in a bag") or a known qualifier still loads it as the
// figure without the aside.
func TestAsideThatMayChangeTheFigureIsRefusedLaw(t *testing.T) {
	t.Parallel()
	type fig struct {
		label, value string // value holds %s where the aside goes
		metric, item string
	}
	figs := []fig{
		{"Firearms", "1 (%s)", "weapons_seized", "firearm"},
		{"Weapons seized", "1 firearm (%s)", "weapons_seized", "firearm"},
		{"Weapons seized", "2 knives, 1 firearm (%s)", "weapons_seized", "firearm"},
		{"Arrests", "43 (%s)", "arrests", ""},
		{"Mobile phones seized", "5 (%s)", "mobile_phones_seized", ""},
		{"Cash seized", "£500 (%s)", "cash_seized", ""},
		{"Warrants executed", "7 (%s)", "warrants", ""},
	}
	refused := map[string]string{ // the aside → the word its warning names
		"deactivated": "deactivated", "Deactivated": "Deactivated", "YTD": "YTD", "previous": "previous", "target": "target",
		"last week": "last", "ornamental": "ornamental", "see note": "see", "see attached sheet": "attached",
		"found deactivated": "deactivated", "decommissioned": "decommissioned", "forecast": "forecast",
	}
	kept := []string{"approx", "suspected"}
	type tc struct {
		f     fig
		aside string
		want  string // the word a warning names; "" when the figure loads as without the aside
	}
	var cases []tc
	for _, f := range figs {
		for a, w := range refused {
			cases = append(cases, tc{f, a, w})
		}
		for _, a := range kept {
			cases = append(cases, tc{f, a, ""})
		}
	}
	cases = append(cases,
		tc{figs[1], "found in a bag", ""}, tc{figs[2], "found in a bag", ""}, tc{figs[3], "made during the week", ""})
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		b.Rows("A1", []any{kentTitle}, nil, []any{"Stop and searches", 30}, []any{c.f.label, fmt.Sprintf(c.f.value, c.aside)})
	})
	for i, p := range ps {
		c := cases[i]
		var got *etl.Fact
		for k, f := range p.r.Facts {
			if f.Metric == c.f.metric && f.Item == c.f.item {
				got = &p.r.Facts[k]
			}
		}
		value := fmt.Sprintf(c.f.value, c.aside)
		if c.want != "" {
			if got != nil {
				t.Errorf("%q beside %q: loaded %s\n%s", value, c.f.label, factLine(*got), p.dump())
				continue
			}
			p.says(etl.SevWarning, "unreadable_value", fmt.Sprintf("P%d!B4", i), c.want)
			continue
		}
		if got == nil || got.Value == nil {
			t.Errorf("%q beside %q: %s not loaded\n%s", value, c.f.label, c.f.metric, p.dump())
		}
	}
}

// S3: amounts of money in two currencies in one cell beside their label
// ("Cash seized | £5,000 and €2,000") are read, each in its currency,
// the euros with their warning: the cell is a value, never taken for a
// heading because it holds a currency sign, never "beside no label".
func TestTwoCurrenciesInOneCell(t *testing.T) {
	t.Parallel()
	type tc struct{ label, value, gbp, eur string }
	cases := []tc{
		{"Cash seized", "£5,000 and €2,000", "5000", "2000"},
		{"Cash seized", "€2,000 and £5,000", "5000", "2000"},
		{"Cash seized", "£5,000 plus €2,000", "5000", "2000"},
		{"Cash", "£50,272 and €1,500", "50272", "1500"},
		{"Cash recovered", "5,000 GBP and 2,000 EUR", "5000", "2000"},
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 4}, []any{cases[i].label, cases[i].value})
	})
	for i, p := range ps {
		c := cases[i]
		want := []string{"B3 arrests - people 4", "B4 cash_seized - eur " + c.eur, "B4 cash_seized - gbp " + c.gbp}
		if got := figureLines(p.r); !slices.Equal(got, want) {
			t.Errorf("%q beside %q:\n got %q\nwant %q\n%s", c.value, c.label, got, want, p.dump())
			continue
		}
		p.says(etl.SevWarning, "other_currency", fmt.Sprintf("P%d!B4", i), "euros")
		p.silent("unread_figure")
	}
}

// U3: a cell with several figures beside one label is read figure by
// figure, and no fact is ever computed: "12 adults, 3 juveniles" beside
// Arrests is 3 arrests under 18 (the catalogue holds no adult arrests,
// so the 12 is named in a warning, and no total of 15 is made); "£50,272
// plus 3 watches" beside Cash seized is the cash and 3 watches as other
// assets; "5 knives (2 from a school)" is 5 knives, the aside no part of
// another metric. A figure of another metric in brackets, or alone, is
// still refused.
func TestSeveralFiguresInOneCellNoneComputed(t *testing.T) {
	t.Parallel()
	type tc struct {
		label, value string
		want         []string // facts, cells and sheets left out
		warn         string   // a word the cell's warning holds; "" for none
	}
	cases := []tc{
		{"Arrests", "12 adults, 3 juveniles", []string{"B4 arrests_under_18 - people 3"}, "12 adults"},
		{"Arrests", "3 juveniles and 12 adults", []string{"B4 arrests_under_18 - people 3"}, "12 adults"},
		{"Cash seized", "£50,272 plus 3 watches", []string{"B4 assets_seized watch count 3", "B4 cash_seized - gbp 50272"}, ""},
		{"Cash seized", "£50,272 and 3 watches", []string{"B4 assets_seized watch count 3", "B4 cash_seized - gbp 50272"}, ""},
		{"Weapons seized", "5 knives (2 from a school)", []string{"B4 weapons_seized knife count 5"}, "2 from"},
		// refused whole: another metric in brackets, or with none of the label's own
		{"Arrests", "43 (3 charged)", nil, "charged"},
		{"Cash seized", "3 watches", nil, "watches"},
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{kentTitle}, nil, []any{"Stop and searches", 30}, []any{cases[i].label, cases[i].value})
	})
	for i, p := range ps {
		c := cases[i]
		want := append([]string{"B3 stop_searches - count 30"}, c.want...)
		slices.Sort(want)
		if got := figureLines(p.r); !slices.Equal(got, want) {
			t.Errorf("%q beside %q:\n got %q\nwant %q\n%s", c.value, c.label, got, want, p.dump())
			continue
		}
		if c.warn != "" {
			p.says(etl.SevWarning, "unreadable_value", fmt.Sprintf("P%d!B4", i), c.warn)
		}
	}
}

// M1, M3, M5: the messages say what happened, in the return's words.
// One cell naming an item twice ("2 knives and a knife") is never said to
// be added to itself (now refused by the grammar, 1669af0); a label in a
// unit we do not hold ("Cannabis oil (ml)") says so, not that a word is
// unknown; a Notes column heading a transposed table beside "Period" is
// no operation.
func TestProbe7Messages(t *testing.T) {
	t.Parallel()
	p := extractBook(t, "m1.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Weapons seized", "2 knives and a knife"})
	})
	for _, m := range p.r.Messages {
		if strings.Contains(m.Text, `is added to "2 knives and a knife" at Return!B3`) {
			t.Errorf("the cell is added to itself: %s", m.Text)
		}
	}
	for _, f := range p.r.Facts {
		if strings.Contains(f.Raw, " + ") {
			t.Errorf("as written %q: the cell twice", f.Raw)
		}
	}
	for _, unit := range []string{"ml", "litres", "cl", "cm"} {
		p = extractBook(t, "m3.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 4}, []any{"Cannabis oil (" + unit + ")", 50})
		})
		p.facts("Return!B3 arrests - people 4")
		p.says(etl.SevWarning, "unrecognised_label", "Return!A4", `its unit "`+unit+`" is not one we hold`)
	}
	p = extractBook(t, "m5.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Data").Rows("A1", []any{kentTitle}, nil,
			[]any{"Period", "Notes", "Arrests", "Cash seized (£)"},
			[]any{"This week", "see narrative", 43, 50272},
			[]any{"Last week", nil, 38, 1000},
		)
	})
	p.facts("Data!C4 arrests - people 43", "Data!D4 cash_seized - gbp 50272")
	p.silent("unknown_operation")
}

// U4: "Landlords spoken to" is landlords visited, as "Children spoken to"
// is children engaged. "Females safeguarded" and "Girls engaged" are
// parts the catalogue holds no figure for (it holds adult females
// safeguarded, and children engaged of either sex): never loaded as the
// whole metric, always a warning naming the label.
func TestProbe7OrdinaryWording(t *testing.T) {
	t.Parallel()
	type tc struct{ label, want string }
	cases := []tc{
		{"Landlords spoken to", "B4 landlords_visited - count 4"},
		{"Landlords spoken with", "B4 landlords_visited - count 4"},
		{"Letting agents spoken to", "B4 landlords_visited - count 4"},
		{"Females safeguarded", ""},
		{"Girls engaged", ""},
		{"Boys engaged", ""},
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{kentTitle}, nil, []any{"Stop and searches", 30}, []any{cases[i].label, 4})
	})
	for i, p := range ps {
		c := cases[i]
		want := []string{"B3 stop_searches - count 30"}
		if c.want != "" {
			want = append(want, c.want)
		}
		if got := figureLines(p.r); !slices.Equal(got, want) {
			t.Errorf("%q | 4:\n got %q\nwant %q\n%s", c.label, got, want, p.dump())
			continue
		}
		if c.want == "" {
			p.says(etl.SevWarning, "unrecognised_label", fmt.Sprintf("P%d!A4", i), c.label)
		}
	}
}
