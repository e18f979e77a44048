package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl"
)

// notFinalSpelt are the words words.csv spells "not final" (role
// `spelling`: "nearly complete", "almost all in"), alone and in a clause
// of a longer note, which refuse a figure as provisional; beside them
// the near misses that leave it: the done words alone, and another hedge.
var notFinalSpelt = []noteWording{
	{"nearly complete", ""}, {"nearly final", ""}, {"almost complete", ""}, {"almost final", ""},
	{"almost all in", ""}, {"nearly all in", ""}, {"near complete", ""}, {"near final", ""},
	{"Nearly complete", ""}, {"ALMOST ALL IN", ""}, {"5 remanded, nearly complete", ""}, {"almost final - 5 remanded", ""},
	// near misses: done, or hedged by what the note says of the figure
	{"final", etl.Exact}, {"complete", etl.Exact}, {"all in", etl.Exact}, {"final figure", etl.Exact},
	{"5 remanded", etl.Exact}, {"approx", etl.Approximately},
}

// Law: a note beside a figure (in a notes column or a column with no
// heading) saying it is nearly or almost complete, final or all in is
// refused as provisional, never loaded "less than" (the hedge "nearly"
// is no hedge of a count not yet finished: review26 R1); the done words
// alone leave it exact, a hedge hedges it. The row below loads.
func TestNotFinalSpeltNoteLaw(t *testing.T) {
	t.Parallel()
	besideLaw(t, "not-final spellings beside a figure", slices.Concat(besideLayouts, unheadedLayouts[:2]), notFinalSpelt)
}

// Law: the same words in the figure's own cell after it in brackets
// ("43 (nearly complete)"), in brackets after its label ("Arrests
// (almost all in)"), heading its column (`Measure │ nearly all in`) or
// in the footnote its mark points at ("43*" and "* nearly complete")
// refuse it with a message naming the cell, never load it "less than";
// whatever the label. The near misses in a heading, a label or brackets
// ("final", "complete", "all in") are not this law's: they stay as they
// were.
func TestNotFinalSpeltPlacesLaw(t *testing.T) {
	t.Parallel()
	var words []string
	for _, n := range notFinalSpelt {
		if n.q == "" && !slices.Contains([]string{"5 remanded, nearly complete", "almost final - 5 remanded"}, n.after) {
			words = append(words, n.after)
		}
	}
	places := []string{"value", "label", "heading", "footnote"}
	type tc struct{ word, label, place int }
	var cases []tc
	for _, ix := range every(len(words), len(noteLabels), len(places)) {
		cases = append(cases, tc{ix[0], ix[1], ix[2]})
	}
	law[tc]{
		what:  "not-final spellings in a value cell, a label, a heading or a footnote",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%q in the %s of %s │ %s", words[c.word], places[c.place], noteLabels[c.label].label, noteLabels[c.label].fig)
		},
		sheet: func(c tc, b *lawBook) {
			l, w := noteLabels[c.label], words[c.word]
			head, label, fig := "Figure", l.label, l.fig
			switch places[c.place] {
			case "value":
				fig += " (" + w + ")"
			case "label":
				label += " (" + w + ")"
			case "heading":
				head = w
			case "footnote":
				b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", head}, []any{label, fig + "*"}, phonesRow, nil, []any{"* " + w})
				return
			}
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", head}, []any{label, fig}, phonesRow)
		},
		holds: func(c tc, p probe, v *verdict) {
			for _, f := range p.factsAt("B4") {
				v.wrong("loaded %s", factLine(f))
			}
			if !v.failed() {
				v.want(p.namesCell("B4") || p.namesCell("A4") || p.namesCell("B3"), "no message names A4, B4 or the heading B3")
			}
			if places[c.place] != "heading" {
				v.want(p.phonesLoaded(), "the phones below it are not loaded")
			}
		},
	}.run(t)
}
