package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// probe11 M1: press-release text in a cell ("During the week officers made
// 43 arrests", "• 43 arrests") was refused as standing "beside no label",
// which is false: its words are in the cell. The refusal stays (a
// sentence's figures are read only by draft, for a person to check), and
// it says so, pointing to countylines draft; a bare figure beside no label
// is still said to stand beside no label.
func TestSentenceCellsPointToDraft(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"During the week officers made 43 arrests, executed 25 warrants and seized £12,500 in cash.",
		"• 43 arrests", "43 arrests", "43 arrests, 25 warrants, £12,500 cash", "Officers arrested 43 people",
	} {
		p := book(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Warrants executed", 25}, nil, []any{nil, text})
		})
		var m *etl.Message
		for k := range p.r.Messages {
			if p.r.Messages[k].Where() == "Return!B5" {
				m = &p.r.Messages[k]
			}
		}
		if m == nil || !strings.Contains(m.Text, "countylines draft") || strings.Contains(m.Text, "no label we read stands beside it") {
			t.Errorf("%q: want a message at B5 pointing to countylines draft\n%s", text, p.dump())
		}
	}
	book(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Warrants executed", 25}, nil, []any{nil, 43})
	}).says(etl.SevWarning, "unread_figure", "Return!B5", "beside no label")
}

// probe11 M6: figures of a row under headings that are parts of the force
// ("Measure │ North │ East │ West") were refused with advice to head one
// column "This week", which would load one part as the force's. The advice
// now says so.
func TestPartColumnsAdviceNeverOnePart(t *testing.T) {
	t.Parallel()
	p := book(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, []any{"Measure", "North", "East", "West"}, []any{"Arrests", 20, 13, 10})
	})
	if len(p.r.Facts) != 0 {
		t.Errorf("loaded a part as the force's\n%s", p.dump())
	}
	p.says(etl.SevWarning, "two_figures", "Return!B3", "give the force's total instead", "never head one part 'This week'")
}

// probe11 M9: a column of references ("Ref 5" ... "Ref 3004" beside
// "Visit") gave one warning per cell, thousands burying the real ones.
// Law: five or more figures beside no label in one column are one
// warning naming every cell; fewer are one warning each; the return's
// own figures load.
func TestLoneFiguresOfAColumnAreOneWarning(t *testing.T) {
	t.Parallel()
	for _, n := range []int{2, 4, 5, 50, 300} {
		p := book(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
			rows := [][]any{{kentTitle}, nil, {"Arrests", 43}, nil}
			for k := 0; k < n; k++ {
				rows = append(rows, []any{fmt.Sprintf("Ref %d", k+5), "Visit"})
			}
			b.Sheet("Return").Rows("A1", rows...)
		})
		if len(p.r.Facts) != 1 || p.r.Rejected() {
			t.Errorf("%d refs: want arrests 43 loaded\n%s", n, p.dump())
		}
		warnings, named := 0, map[string]bool{}
		for _, m := range p.r.Messages {
			if m.Code == "unread_figure" {
				warnings++
				for _, c := range m.Cells {
					named[c] = true
				}
			}
		}
		want := n
		if n >= 5 {
			want = 1
		}
		if warnings != want || len(named) != n {
			t.Errorf("%d refs: %d unread_figure warnings naming %d cells, want %d naming %d", n, warnings, len(named), want, n)
		}
	}
}

// probe11 M9: row numbers in the first column ("1 │ Arrests │ 43", "2 │
// Warrants executed │ 25"...) gave a warning each, "stands beside no
// label". Law: whole numbers going up by one, row after row, each beside
// words, three or more, starting anywhere, are one row_numbers info naming
// every cell; the labels' figures load; two numbers, or numbers that do
// not go up by one, are warned as before.
func TestRowNumbersAreOneNote(t *testing.T) {
	t.Parallel()
	labels := []string{"Arrests", "Warrants executed", "Stop searches", "Cash seized", "Mobile phones seized", "Knives seized"}
	for _, c := range []struct {
		start, step, n int
		note           bool
	}{{1, 1, 6, true}, {1, 1, 3, true}, {7, 1, 4, true}, {1, 1, 2, false}, {1, 2, 4, false}, {5, 0, 3, false}} {
		p := book(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
			rows := [][]any{{kentTitle}, nil}
			for k := 0; k < c.n; k++ {
				rows = append(rows, []any{c.start + k*c.step, labels[k], 10 + k})
			}
			b.Sheet("Return").Rows("A1", rows...)
		})
		name := fmt.Sprintf("%+v", c)
		if len(p.r.Facts) != c.n {
			t.Errorf("%s: %d facts, want %d\n%s", name, len(p.r.Facts), c.n, p.dump())
		}
		notes, warned := 0, 0
		for _, m := range p.r.Messages {
			if m.Code == "row_numbers" && len(m.Cells) == c.n {
				notes++
			}
			if m.Code == "unread_figure" {
				warned++
			}
		}
		if c.note && (notes != 1 || warned != 0) || !c.note && (notes != 0 || warned != c.n) {
			t.Errorf("%s: %d row_numbers notes, %d unread_figure warnings\n%s", name, notes, warned, p.dump())
		}
	}
}
