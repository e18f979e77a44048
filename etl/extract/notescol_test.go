package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// probe11 R4: a notes column between the labels and the figures
// ("Measure │ Notes │ Result") left every figure "beside no label": "no
// figures found". Law: whatever the notes column's heading and whatever
// its cells say (blank, words, a figure in words), the figures right of it
// are their labels', and a figure in a note is still said, never loaded.
func TestNotesColumnBeforeFiguresLaw(t *testing.T) {
	t.Parallel()
	notes := []string{"Notes", "Comments", "Remarks", "Additional information", "Narrative"}
	heads := []string{"Result", "This week", "Figure", "Number"}
	contents := [][2]any{{"3 from London", "warrant at Chatham"}, {nil, nil}, {"see below", nil}, {"Under 18: 7", "DS Smith"}}
	type tc struct{ note, head, content int }
	var cases []tc
	for _, ix := range every(len(notes), len(heads), len(contents)) {
		cases = append(cases, tc{ix[0], ix[1], ix[2]})
	}
	law[tc]{
		what:  "notes columns before the figures",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("Measure │ %s │ %s with notes %v", notes[c.note], heads[c.head], contents[c.content])
		},
		sheet: func(c tc, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, []any{"Measure", notes[c.note], heads[c.head]},
				[]any{"Arrests", contents[c.content][0], 43}, []any{"Warrants executed", contents[c.content][1], 25})
		},
		holds: func(c tc, p probe, v *verdict) {
			got := strings.Join(p.listed(func(f etl.Fact) string { return f.Metric }), ", ")
			if got != "arrests 43, warrants 25" || p.r.Rejected() {
				v.wrong("loaded %q, want arrests 43, warrants 25", got)
				return
			}
			if c.content == 3 {
				said := false
				for _, m := range p.r.Messages {
					said = said || m.Code == "note_figure" && strings.HasSuffix(m.Where(), "!B3")
				}
				v.want(said, "the figure in the note at B3 is not said")
			}
		},
	}.run(t)
}
