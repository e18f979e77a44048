package extract_test

import (
	"fmt"
	"testing"
)

// Law: a row straight under a transposed table's figures whose own
// label reads as a metric (`Area │ Arrests │ Warrants executed` over
// `Kent │ 43 │ 12`, then `Mobile phones seized │ 1149`) is that label's
// figure, never the column's: it never loads as arrests, and the
// table's own row loads as it would alone (ret29 N2: over `Kent (YTD)
// │ 43 │ 12` it loaded arrests 1149).
func TestTransposedLabelRowLaw(t *testing.T) {
	t.Parallel()
	firsts := []struct {
		text string
		own  bool
	}{{"Kent", true}, {"Kent (YTD)", false}, {"This week", true}, {"Last week", false}}
	labels := []struct {
		text, code string
		value      float64
	}{{"Mobile phones seized", "mobile_phones_seized", 1149}, {"Cash seized", "cash_seized", 1149}, {"Stop and searches", "stop_searches", 1149}}
	type tc struct{ first, label int }
	var cases []tc
	for _, ix := range every(len(firsts), len(labels)) {
		cases = append(cases, tc{ix[0], ix[1]})
	}
	law[tc]{
		what:  "metric labels under a transposed table",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("Area │ Arrests │ Warrants executed over %q │ 43 │ 12, then %q │ 1149", firsts[c.first].text, labels[c.label].text)
		},
		sheet: func(c tc, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{"Area", "Arrests", "Warrants executed"},
				[]any{firsts[c.first].text, 43, 12}, []any{labels[c.label].text, 1149})
		},
		holds: func(c tc, p probe, v *verdict) {
			for _, f := range p.r.Facts {
				if f.Cell == "B5" && f.Metric != labels[c.label].code {
					v.wrong("loaded %s from B5, under %q", factLine(f), "Arrests")
				}
			}
			a := p.value("arrests")
			if firsts[c.first].own {
				v.want(a != nil && a.Cell == "B4" && a.Value != nil && *a.Value == 43, "want arrests 43 from B4, got %s", lineOf(a))
			} else {
				v.want(a == nil, "loaded %s", lineOf(a))
			}
		},
	}.run(t)
}
