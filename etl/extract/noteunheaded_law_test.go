package extract_test

import (
	"testing"

	"github.com/countylines/countylines/etl"
)

// unheadedLayouts are notes in a column with no heading right of the
// figure: beside it, after a blank column, and under no heading row.
var unheadedLayouts = []noteLayout{
	{[]any{"Measure", "Figure"}, 1, 2},
	{[]any{"Measure", "Figure"}, 1, 3},
	{[]any{}, 1, 2},
}

// unheadedNotes are notes that refuse or hedge a figure in a notes
// column, and the near misses that leave it (review22 X6 (a)).
var unheadedNotes = []noteWording{
	{"incl. Essex", ""}, {"NCA-led", ""}, {"previous week", ""}, {"provisional", ""}, {"2 weeks", ""},
	{"assisted by Essex Police", ""}, {"with Essex Police", ""}, {"Medway only", ""}, {"double counted", ""}, {"TBC", ""},
	{"estimate only", etl.Approximately}, {"approx", etl.Approximately}, {"5 remanded, estimate", etl.Approximately},
	{"see email", etl.Exact}, {"2 from Essex", etl.Exact}, {"incl. 3 under 18", etl.Exact}, {"final", etl.Exact},
	{"seized during warrant at Dover", etl.Exact}, {"5 remanded", etl.Exact}, {"checked by DS Smith", etl.Exact},
}

// Law: words right of a figure in its row, in a column with no heading
// and with no figure after them, are a note beside it, judged as a
// notes column's note is (TestNoteBesideFigureLaw): a wrong figure is
// worse than a missing one, so a note that says the figure is another's,
// joint, a part, another period's or not final refuses it wherever it
// stands, a hedge hedges it, and the near misses leave it exact. The row
// below loads either way.
func TestNoteUnheadedColumnLaw(t *testing.T) {
	t.Parallel()
	besideLaw(t, "notes in an unheaded column beside a figure", unheadedLayouts, unheadedNotes)
}

// Law: a label with a figure of its own right of a figure in its row
// (`Arrests │ 43 │ Warrants executed │ 12`) is no note: both load exact.
func TestUnheadedLabelNotNoteLaw(t *testing.T) {
	t.Parallel()
	type tc struct{ a, b int }
	var cases []tc
	for _, ix := range every(len(noteLabels), len(noteLabels)) {
		if ix[0] != ix[1] {
			cases = append(cases, tc{ix[0], ix[1]})
		}
	}
	law[tc]{
		what:  "two label │ figure pairs in a row",
		cases: cases,
		name:  func(c tc) string { return noteLabels[c.a].label + " │ " + noteLabels[c.b].label },
		sheet: func(c tc, b *lawBook) {
			a, o := noteLabels[c.a], noteLabels[c.b]
			b.Rows("A1", []any{kentTitle}, nil, []any{a.label, a.fig, o.label, o.fig}, phonesRow)
		},
		holds: func(c tc, p probe, v *verdict) {
			for _, l := range []int{c.a, c.b} {
				f := p.value(noteLabels[l].metric)
				v.want(f != nil && f.Value != nil && *f.Value == noteLabels[l].value && f.Qualifier == etl.Exact, "want %s %v exact, got %s", noteLabels[l].metric, noteLabels[l].value, lineOf(f))
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
