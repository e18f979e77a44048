package extract_test

import (
	"fmt"
	"testing"
)

// belowPartRows head the row of a figure under a metric's label over
// its column (`Group │ Arrests` over `Male │ 30`): a part of those
// counted, which loaded the figure as the metric's whole (arrests 30
// exact), or the force's whole.
var belowPartRows = []struct {
	text string
	part bool
}{
	{"Male", true}, {"Men", true}, {"Women", true}, {"Boys", true}, {"Girls", true}, {"Adults", true},
	{"Adult", true}, {"Juveniles", true}, {"Under 18s", true}, {"Under 18", true}, {"Over 18", true},
	{"18+", true}, {"Kent (Adults)", true}, {"Kent (Under 18)", true},
	{"Kent", false}, {"Total", false}, {"This week", false}, {"Kent Police", false}, {"All", false},
}

// Law: a figure under a metric's label over its column, in a row headed
// with a part of those counted ("Male", "Under 18s", "Kent (Adults)"),
// is the part's, never loaded as the metric's whole; a message names it
// unless a part metric is read from it. A row headed with the force, a
// total or this week loads it as the metric's whole.
func TestFigureBelowPartRowLaw(t *testing.T) {
	t.Parallel()
	corners := []string{"Group", "Area", ""}
	metrics := []struct{ label, code string }{{"Arrests", "arrests"}, {"Warrants executed", "warrants"}}
	type tc struct{ corner, metric, row int }
	var cases []tc
	for _, ix := range every(len(corners), len(metrics), len(belowPartRows)) {
		cases = append(cases, tc{ix[0], ix[1], ix[2]})
	}
	law[tc]{
		what:  "figures under a metric's label in a part's row",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%q │ %s over %q │ 30", corners[c.corner], metrics[c.metric].label, belowPartRows[c.row].text)
		},
		sheet: func(c tc, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{corners[c.corner], metrics[c.metric].label},
				[]any{belowPartRows[c.row].text, 30}, nil, []any{"Measure", "This week"}, phonesRow)
		},
		holds: func(c tc, p probe, v *verdict) {
			whole := p.value(metrics[c.metric].code)
			if belowPartRows[c.row].part {
				v.want(whole == nil, "loaded %s", lineOf(whole))
				v.want(len(p.factsAt("B4")) > 0 || p.namesCell("B4"), "nothing loaded from B4 and no message names it")
			} else {
				v.want(whole != nil && whole.Cell == "B4" && whole.Value != nil && *whole.Value == 30, "want %s 30 from B4, got %s", metrics[c.metric].code, lineOf(whole))
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
