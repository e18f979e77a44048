package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl"
)

// currencyNotes are notes beside a cash figure with no currency of its
// own (`Cash seized │ 5000`) that say it, or the figure they give
// beside it, is in another currency than pounds (reread28 E3: `€5000`,
// `5000 euros`, `€5000 approx` loaded pounds 5000), beside the near
// misses that leave it pounds: its own figure in pounds, a hedge.
var currencyNotes = []renamedNote{
	{"Cash seized", "5000", "cash_seized", 5000, "€5000", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "€5,000", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "5000 euros", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "5,000 euros", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "€5000 approx", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "€5,000 or so", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "5000 EUR", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "EUR 5000", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "in euros", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "euros", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "Euro", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "Euros", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "all in euros", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "euro notes", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "EUR", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "€", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "(€)", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "seized at Dover, in euros", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "$5000", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "5000 dollars", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "in US dollars", ""},
	{"Money seized", "5000", "cash_seized", 5000, "€5000", ""},
	{"Money seized", "5000", "cash_seized", 5000, "in euros", ""},
	{"Cash seized", "£5000", "cash_seized", 5000, "in euros", ""},
}

// poundNotes are notes beside a cash figure that leave it in pounds:
// its own figure in pounds, a hedge (currencyNotes' near misses; in a
// column with no heading "£5000" is a figure of its own, another law's).
var poundNotes = []renamedNote{
	{"Cash seized", "5000", "cash_seized", 5000, "£5000", etl.Exact},
	{"Cash seized", "5000", "cash_seized", 5000, "£5,000", etl.Exact},
	{"Cash seized", "5000", "cash_seized", 5000, "approx", etl.Approximately},
	{"Cash seized", "£5000", "cash_seized", 5000, "approx", etl.Approximately},
}

// Law: a note beside a cash figure that says it is in another currency
// than pounds, or gives it in one ("€5000", "5000 euros", "in euros",
// "$5000"), never leaves it loaded as pounds: it is refused, with a
// warning at the figure naming the note's cell, in a notes column and in
// a column with no heading alike (where a currency alone, "Euro", is the
// figure's unit cell, and loads it in euros). A note in pounds or a hedge
// leaves it in pounds.
func TestCurrencyNoteLaw(t *testing.T) {
	t.Parallel()
	layouts := slices.Concat(besideLayouts, unheadedLayouts)
	noteLayoutsHold(t, "notes giving a cash figure in another currency", layouts, currencyNotes, func(ly noteLayout, _ renamedNote, p probe, v *verdict) {
		at, noteAt := string(rune('A'+ly.figure))+"4", string(rune('A'+ly.noteAt))+"4"
		for _, f := range p.r.Facts {
			if f.Metric == "cash_seized" && f.Unit == etl.UnitGBP {
				v.wrong("loaded %s in pounds", factLine(f))
			}
		}
		if len(p.factsAt(at)) == 0 {
			m := p.warnedAt(at)
			v.want(m != nil && slices.Contains(m.Cells, noteAt), "no warning at %s names the note's cell %s", at, noteAt)
		}
		v.want(p.phonesLoaded(), "the phones below it are not loaded")
	})
	noteLayoutsLaw(t, "notes leaving a cash figure in pounds", besideLayouts, poundNotes)
}

// Law: a column heading over a cash figure with no currency of its own
// that names the euro in any wording ("Amount in EUR", "Euro amount"), a
// figure in euros beside it in its row with no heading (`Cash seized │
// 5000 │ €6000`: the 5000 says no currency, the row says euros), and a
// note of the sheet's figures under the table that says they are in
// euros, never leave it loaded as pounds: it loads in euros or is
// refused with a message naming its cell; the phones load either way.
func TestCurrencyBesideLaw(t *testing.T) {
	t.Parallel()
	type tc struct {
		rows [][]any
		fig  string // the cell of the figure with no currency of its own
	}
	var cases []tc
	for _, h := range []string{"Amount in EUR", "Euro amount", "EUR amount", "Amount (euros)", "Value in euros", "Euros", "Figure (€)"} {
		cases = append(cases, tc{[][]any{{"Measure", h}, {"Cash seized", "5000"}}, "B4"})
	}
	for _, other := range []string{"€5000", "€6000", "€ 6,000", "6000 euros", "EUR 6000"} {
		cases = append(cases,
			tc{[][]any{{"Measure", "Figure"}, {"Cash seized", "5000", other}}, "B4"},
			tc{[][]any{nil, {"Cash seized", "5000", other}}, "B4"})
	}
	for _, n := range []string{"Note: cash figures are in euros", "NB - cash in euros", "Note: all amounts in EUR"} {
		cases = append(cases, tc{[][]any{{"Measure", "Figure"}, {"Cash seized", "5000"}, nil, {n}}, "B4"})
	}
	law[tc]{
		what:  "cash figures beside another currency",
		cases: cases,
		name:  func(c tc) string { return fmt.Sprintf("%v", c.rows) },
		sheet: func(c tc, b *lawBook) {
			rows := [][]any{{kentTitle}, nil}
			rows = append(rows, c.rows[:2]...)
			rows = append(rows, phonesRow)
			rows = append(rows, c.rows[2:]...)
			b.Rows("A1", rows...)
		},
		holds: func(c tc, p probe, v *verdict) {
			for _, f := range p.r.Facts {
				if f.Metric == "cash_seized" && f.Unit == etl.UnitGBP {
					v.wrong("loaded %s in pounds", factLine(f))
				}
			}
			if len(p.factsAt(c.fig)) == 0 {
				v.want(p.namesCell(c.fig), "no message names %s", c.fig)
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}

// Law: a cash figure whose own cell names another currency than the
// one it is read in ("5000 (€)", "5000 (in €)", "5000 (euros)": pounds
// 5000 before) never loads in pounds: it is refused with a message
// naming its cell. (`€5000 (£4,300)` gives euros and their pounds, each
// in its own unit: another reading's.)
func TestCurrencyInCellLaw(t *testing.T) {
	t.Parallel()
	cells := []string{"5000 (€)", "5000 (in €)", "5000 (euros)", "5000 (in euros)", "5000 (EUR)", "5,000 [€]", "5000 ($)"}
	law[string]{
		what:  "cash cells naming another currency",
		cases: cells,
		name:  func(c string) string { return fmt.Sprintf("Cash seized │ %q", c) },
		sheet: func(c string, b *lawBook) { pairSheet([2]string{"Cash seized", c}, b) },
		holds: func(c string, p probe, v *verdict) {
			for _, f := range p.r.Facts {
				if f.Metric == "cash_seized" && f.Unit == etl.UnitGBP {
					v.wrong("loaded %s in pounds", factLine(f))
				}
			}
			if len(p.factsAt("B3")) == 0 {
				v.want(p.namesCell("B3"), "no message names B3")
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
