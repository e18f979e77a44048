package extract_test

import (
	"fmt"
	"testing"
)

// rowPartHeads head the row of a transposed table's figures: a part of
// those counted, with the force's name or alone (ret28 H1: `Area │
// Arrests │ Warrants` over `Kent (Adults) │ 43 │ 12` loaded the force's
// whole arrests 43 and warrants 12), or the force's whole.
var rowPartHeads = []struct {
	text string
	part bool
}{
	{"Kent (Adults)", true}, {"Kent (Under 18)", true}, {"Kent - Female", true}, {"Kent (juveniles)", true},
	{"Kent (male)", true}, {"Kent (18+)", true}, {"Adults", true}, {"Under 18s", true},
	{"Kent (Over 18s)", true}, {"Kent (aged 18 and over)", true}, {"Kent Police - adults only", true},
	{"Kent", false}, {"Kent Police", false}, {"Total", false}, {"Kent (Total)", false},
	{"Kent (all ages)", false}, {"This week", false}, {"Kent (this week)", false},
}

// Law: a row of a transposed table's figures headed with a part of
// those counted ("Kent (Adults)", "Under 18s", "Kent (18+)") gives that
// part's figures, not the force's whole: none of them loads as the
// column's metric, and a message names them; a row headed with the
// force, a total or this week loads them exact. The table's heading over
// the row headings may be a Force column's or any other.
func TestTransposedRowPartLaw(t *testing.T) {
	t.Parallel()
	corners := []string{"Area", "Force", "Group"}
	type tc struct{ corner, head int }
	var cases []tc
	for _, ix := range every(len(corners), len(rowPartHeads)) {
		cases = append(cases, tc{ix[0], ix[1]})
	}
	law[tc]{
		what:  "transposed rows headed with a part",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%s │ Arrests │ Warrants over %q │ 43 │ 12", corners[c.corner], rowPartHeads[c.head].text)
		},
		sheet: func(c tc, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{corners[c.corner], "Arrests", "Warrants executed"},
				[]any{rowPartHeads[c.head].text, "43", "12"}, nil, []any{"Measure", "This week"}, phonesRow)
		},
		holds: func(c tc, p probe, v *verdict) {
			a, w := p.value("arrests"), p.value("warrants")
			if rowPartHeads[c.head].part {
				v.want(a == nil && w == nil, "loaded %s and %s", lineOf(a), lineOf(w))
				v.want(p.namesCell("B4") && p.namesCell("C4"), "no message names B4 and C4")
			} else {
				v.want(a != nil && a.Value != nil && *a.Value == 43 && a.Qualifier == "exact", "want arrests 43 exact, got %s", lineOf(a))
				v.want(w != nil && w.Value != nil && *w.Value == 12 && w.Qualifier == "exact", "want warrants 12 exact, got %s", lineOf(w))
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
