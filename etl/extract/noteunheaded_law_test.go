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
	{"5 remanded", etl.Exact}, {"checked by DS Smith", etl.Exact}, {"mostly in Medway", etl.Exact},
	// words not known to leave the figure standing (the allow rule):
	// another measure's words with no count of the note's own
	{"seized during warrant at Dover", ""}, {"running total", ""}, {"juveniles", ""},
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

// Law: the label of a figure left blank right of a figure in its row
// (`Arrests │ 43 │ Estimated street value (£) │`) is no note on it: a
// label the catalogue reads as another metric, or naming a unit for its
// figures other than the row's metric's, leaves the figure exact
// (reread23 E10, made by edaacbc). Near misses stay notes and are judged:
// the row's own metric with a changer ("Arrests YTD"), words of no
// metric ("Previous week"), a hedge naming the row's own unit
// (`Cash seized │ £5,000 │ Estimated (£) │`).
func TestUnheadedBlankLabelLaw(t *testing.T) {
	t.Parallel()
	type tc struct {
		label, fig, right, metric string
		value                     float64
		want                      etl.Qualifier // "": refused
	}
	var cases []tc
	for _, a := range noteLabels {
		for _, o := range noteLabels {
			if o.label != a.label {
				cases = append(cases, tc{a.label, a.fig, o.label, a.metric, a.value, etl.Exact})
			}
		}
		if a.metric != "cash_seized" {
			cases = append(cases,
				tc{a.label, a.fig, "Estimated street value (£)", a.metric, a.value, etl.Exact},
				tc{a.label, a.fig, "Approx. value (£)", a.metric, a.value, etl.Exact})
		}
		cases = append(cases,
			tc{a.label, a.fig, a.label + " YTD", a.metric, a.value, ""},
			tc{a.label, a.fig, "Previous week", a.metric, a.value, ""},
			tc{a.label, a.fig, "Other ops", a.metric, a.value, ""})
	}
	cases = append(cases, tc{"Cash seized", "£5,000", "Estimated (£)", "cash_seized", 5000, etl.Approximately})
	law[tc]{
		what:  "a label with its figure left blank right of a figure",
		cases: cases,
		name:  func(c tc) string { return c.label + " │ " + c.fig + " │ " + c.right + " │" },
		sheet: func(c tc, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", "Figure"}, []any{c.label, c.fig, c.right}, phonesRow)
		},
		holds: func(c tc, p probe, v *verdict) {
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
			if c.want == "" {
				for _, f := range p.factsAt("B4") {
					v.wrong("loaded %s", factLine(f))
				}
				return
			}
			f := p.value(c.metric)
			v.want(f != nil && f.Cell == "B4" && f.Value != nil && *f.Value == c.value && f.Qualifier == c.want, "want %s %v %s from B4, got %s", c.metric, c.value, c.want, lineOf(f))
		},
	}.run(t)
}
