package extract_test

import (
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
	p := book(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, []any{"Measure", "North", "East", "West"}, []any{"Arrests", 20, 13, 10})
	})
	if len(p.r.Facts) != 0 {
		t.Errorf("loaded a part as the force's\n%s", p.dump())
	}
	p.says(etl.SevWarning, "two_figures", "Return!B3", "give the force's total instead", "never head one part 'This week'")
}
