package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// headingNotes are headings of a value column with a note's words after
// their name, each with the qualifier the figures under them load with
// ("" for refused): words.csv's note words and the hedges a note's
// brackets hold (review22 X6 (d)), and the near misses that leave the
// figures exact.
var headingNotes = []noteWording{
	{"Figure (double counted)", ""}, {"Figure (check)", ""}, {"Figure (includes other ops)", ""}, {"Figure (out of area only)", ""},
	{"Figure (all crime types)", ""}, {"Figure (proposed)", ""}, {"Figure - double counted", ""}, {"Kent (one day)", ""},
	{"Figure (estimate only)", etl.Approximately}, {"Figure (best guess)", etl.Approximately}, {"Figure (estimate)", etl.Approximately},
	{"Figure - estimate only", etl.Approximately}, {"Figure - best guess", etl.Approximately}, {"Total (guesstimate)", etl.Approximately},
	{"This week (estimate)", etl.Approximately}, {"Kent (estimate)", etl.Approximately},
	{"Figure (final)", etl.Exact}, {"Figure (confirmed)", etl.Exact}, {"Figure (see email)", etl.Exact}, {"Figure", etl.Exact},
	{"Total", etl.Exact}, {"Kent", etl.Exact}, {"Figure (checked)", etl.Exact}, {"Figure?", etl.Exact}, {"Figure (verified)", etl.Exact}, {"Figure (see below)", etl.Exact}, {"Figure (see above)", etl.Exact},
}

// Law: a value column's heading is judged as a note of every figure
// under it: a note's words after its name that say the figures are not
// the week's count as they stand refuse them, naming the heading's cell;
// a hedge, in brackets or after a dash, loads them approximately; the
// near misses leave them exact. The row below the case, under the same
// heading, follows the case's figure; whatever the label.
func TestHeadingNoteWordsLaw(t *testing.T) {
	t.Parallel()
	type tc struct{ head, label int }
	var cases []tc
	for _, ix := range every(len(headingNotes), len(noteLabels)) {
		cases = append(cases, tc{ix[0], ix[1]})
	}
	law[tc]{
		what:  "note words in a value column's heading",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("Measure │ %s over %s │ %s", headingNotes[c.head].after, noteLabels[c.label].label, noteLabels[c.label].fig)
		},
		sheet: func(c tc, b *lawBook) {
			l := noteLabels[c.label]
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", headingNotes[c.head].after}, []any{l.label, l.fig})
		},
		holds: func(c tc, p probe, v *verdict) {
			n, l := headingNotes[c.head], noteLabels[c.label]
			if n.q == "" {
				for _, f := range p.factsAt("B4") {
					v.wrong("loaded %s", factLine(f))
				}
				v.want(p.namesCell("B3") || p.warnedAt("B3") != nil, "no message names the heading's cell B3")
				return
			}
			f := p.value(l.metric)
			v.want(f != nil && f.Cell == "B4" && f.Value != nil && *f.Value == l.value && f.Qualifier == n.q, "want %s %v %s loaded from B4, got %s", l.metric, l.value, n.q, lineOf(f))
		},
	}.run(t)
}
