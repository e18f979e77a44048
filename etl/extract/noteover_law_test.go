package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl"
)

// overNotes are notes said of a figure from elsewhere than a notes
// column: what refuses it there (another's, not final, another period, a
// part), the hedges, and the near misses that leave it exact.
var overNotes = []noteWording{
	{"incl. Essex", ""}, {"NCA-led", ""}, {"previous week", ""}, {"provisional", ""}, {"TBC", ""},
	{"Medway only", ""}, {"up to Thursday", ""}, {"Mon-Thu", ""}, {"last year", ""}, {"joint with Essex", ""},
	{"estimate", etl.Approximately}, {"approx", etl.Approximately}, {"roughly", etl.Approximately},
	{"see email", etl.Exact}, {"seized during warrant at Dover", etl.Exact}, {"includes 7 under 18", etl.Exact},
	{"w/e 17/10/2021", etl.Exact}, {"Kent Police figure", etl.Exact}, {"all county lines related", etl.Exact},
	{"3 from London", etl.Exact}, {"up to Sunday", etl.Exact}, {"final figure", etl.Exact},
}

// overPlaces are where such a note stands: in a row of its own under
// the table ("Note: ...", A7), which covers every figure of the table,
// or pointed at by the figure's mark ("43*" over "* ...", A7).
var overPlaces = []struct {
	name   string
	noteAt string
	covers bool // the phones below are covered too
}{
	{"footer row", "A7", true},
	{"footnote mark", "A7", false},
}

// Law: a note said of a figure from elsewhere than a notes column is
// judged as the same words in a notes column beside it are
// (TestNoteBesideFigureLaw): one that says the figure is another's, not
// final, of another period or a part refuses it with a warning at the
// figure's cell naming the note's cell; a hedge loads it approximately;
// any other note leaves it exact. A note under the table covers the
// figure below too; a mark's note leaves it exact.
func TestNoteOverFigureLaw(t *testing.T) {
	t.Parallel()
	type tc struct{ place, label, note int }
	var cases []tc
	for _, ix := range every(len(overPlaces), 2, len(overNotes)) {
		cases = append(cases, tc{ix[0], []int{0, 2}[ix[1]], ix[2]})
	}
	law[tc]{
		what:  "notes said of a figure from elsewhere",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%s │ %s with the note %q in the %s", noteLabels[c.label].label, noteLabels[c.label].fig, overNotes[c.note].after, overPlaces[c.place].name)
		},
		sheet: func(c tc, b *lawBook) {
			l, note := noteLabels[c.label], overNotes[c.note].after
			row, foot := []any{l.label, l.fig}, []any(nil)
			switch c.place {
			case 0:
				foot = []any{"Note: " + note}
			case 1:
				row[1], foot = l.fig+"*", []any{"* " + note}
			}
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", "Figure"}, row, phonesRow, nil, foot)
		},
		holds: func(c tc, p probe, v *verdict) {
			pl, l, n := overPlaces[c.place], noteLabels[c.label], overNotes[c.note]
			if n.q == "" {
				for _, f := range p.factsAt("B4") {
					v.wrong("loaded %s", factLine(f))
				}
				m := p.warnedAt("B4")
				v.want(m != nil && slices.Contains(m.Cells, pl.noteAt), "no warning at B4 names the note's cell %s", pl.noteAt)
				if pl.covers {
					for _, f := range p.factsAt("B5") {
						v.wrong("loaded %s under the note", factLine(f))
					}
				} else {
					v.want(p.phonesLoaded(), "the phones below it are not loaded")
				}
				return
			}
			f := p.value(l.metric)
			v.want(f != nil && f.Cell == "B4" && f.Value != nil && *f.Value == l.value && f.Qualifier == n.q, "want %s %v %s loaded from B4, got %s", l.metric, l.value, n.q, lineOf(f))
			want := etl.Exact
			if pl.covers {
				want = n.q
			}
			ph := p.value("mobile_phones_seized")
			v.want(p.phonesLoaded() && ph.Qualifier == want, "want the phones below loaded %s, got %s", want, lineOf(ph))
		},
	}.run(t)
}
