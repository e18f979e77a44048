package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// probe11 R4: a notes column between the labels and the figures
// ("Measure │ Notes │ Result") left every figure "beside no label": "no
// figures found". Law: whatever the notes column's heading and whatever
// its cells say (blank, words, a figure in words), the figures right of it
// are their labels', and a figure in a note is still said, never loaded.
func TestNotesColumnBeforeFiguresLaw(t *testing.T) {
	notes := []string{"Notes", "Comments", "Remarks", "Additional information", "Narrative"}
	heads := []string{"Result", "This week", "Figure", "Number"}
	contents := [][2]any{{"3 from London", "warrant at Chatham"}, {nil, nil}, {"see below", nil}, {"Under 18: 7", "Op X"}}
	type tc struct{ note, head, content int }
	var cases []tc
	for n := range notes {
		for h := range heads {
			for c := range contents {
				cases = append(cases, tc{n, h, c})
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		b.Rows("A1", []any{kentTitle}, []any{"Measure", notes[c.note], heads[c.head]},
			[]any{"Arrests", contents[c.content][0], 43}, []any{"Warrants executed", contents[c.content][1], 25})
	})
	bad := 0
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("Measure │ %s │ %s with notes %v", notes[c.note], heads[c.head], contents[c.content])
		got := strings.Join(p.listed(func(f etl.Fact) string { return f.Metric }), ", ")
		if got != "arrests 43, warrants 25" || p.r.Rejected() {
			bad++
			t.Errorf("%s: loaded %q, want arrests 43, warrants 25\n%s", name, got, p.dump())
			continue
		}
		if c.content == 3 {
			said := false
			for _, m := range p.r.Messages {
				said = said || m.Code == "note_figure" && strings.HasSuffix(m.Where(), "!B3")
			}
			if !said {
				bad++
				t.Errorf("%s: the figure in the note at B3 is not said\n%s", name, p.dump())
			}
		}
	}
	t.Logf("%d cases, %d wrong", len(cases), bad)
}
