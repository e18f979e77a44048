package extract_test

import (
	"fmt"
	"testing"
)

// Law: a word a value may be ("TBC", "Pending": a figure not given)
// standing under a column's heading is that column's value, never a
// heading over the heading: `Measure │ Essex Police` over `Arrests │
// Pending` and `Knives seized │ 9` is Essex Police's column, and its 9 is
// refused as the heading says (review of e54a7ed: the value word hid the
// heading above it, and another force's figures loaded as Kent's). Under
// a heading that loads ("This week", "Figure") the figures below load.
func TestValueWordUnderHeadingLaw(t *testing.T) {
	t.Parallel()
	refusing := []string{"Essex Police", "Regional", "Medway only", "Mon-Thu", "Led by NCA", "Last year", "National"}
	loading := []string{"This week", "Figure", "Total"}
	words := []string{"TBC", "Pending", "To be confirmed", "TBA"}
	type tc struct {
		head, word string
		refuse     bool
	}
	var cases []tc
	for _, ix := range every(len(refusing), len(words)) {
		cases = append(cases, tc{refusing[ix[0]], words[ix[1]], true})
	}
	for _, ix := range every(len(loading), len(words)) {
		cases = append(cases, tc{loading[ix[0]], words[ix[1]], false})
	}
	law[tc]{
		what:  "a value word under a heading",
		cases: cases,
		name:  func(c tc) string { return fmt.Sprintf("%q over Arrests │ %q, Knives seized │ 9", c.head, c.word) },
		sheet: func(c tc, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", c.head}, []any{"Arrests", c.word}, []any{"Knives seized", 9}, []any{"Cash seized", 3000})
		},
		holds: func(c tc, p probe, v *verdict) {
			for _, cell := range []string{"B5", "B6"} {
				got := p.factsAt(cell)
				if c.refuse && len(got) > 0 && !p.r.Rejected() {
					v.wrong("loaded %s under %q", factLine(got[0]), c.head)
				}
				if !c.refuse {
					v.want(len(got) == 1 && !p.r.Rejected(), "want %s loaded under %q", cell, c.head)
				}
			}
		},
	}.run(t)
}
