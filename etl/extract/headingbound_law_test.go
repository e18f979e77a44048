package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// reread23 E16, E17: what a one-column heading says of the time or the
// state of its figures is no hedge on their value. A bound at the week's
// last day ("up to Sunday", "thru Sun", "as at 17/10/2021") is the week:
// every figure loads exact, never "up to 43"; "up to date" says they are
// current: exact. A bound at a day inside the week is a part of it,
// after the week's dates too ("11/10/21 - 17/10/21 until Wed", "w/e
// 17/10/21 (thru Thursday)", "11-17 Oct (up to Thursday)"): refused.
// "Nearly final", "nearly complete" say the figures are not final yet:
// refused, never "less than 43". Near misses: the week's dates alone
// load exact, and a real hedge beside a bound stays a hedge ("Estimated
// (up to Sunday)": approximately).
func TestHeadingBoundLaw(t *testing.T) {
	t.Parallel()
	type heads struct {
		text string
		want string // "exact", "approximately", "refused", or "unhedged" (exact or refused, no other qualifier)
	}
	var sets []heads
	add := func(want string, texts ...string) {
		for _, h := range texts {
			sets = append(sets, heads{h, want})
		}
	}
	add("exact", "up to Sunday", "up to Sun", "Kent (up to Sunday)", "Kent (up to date)", "Figure (up to Sunday)", "Figure - up to Sunday",
		"11th - 17th October", "11/10/21 - 17/10/21", "w/e 17/10/21", "11-17 Oct 2021", "Week ending 17/10/2021",
		"11/10/21 - 17/10/21 (up to Sunday)", "w/e 17/10/21 (thru Sunday)", "11-17 Oct (until Sunday)", "11th - 17th October (as at Sunday)",
		"Figure", "This week")
	add("approximately", "Estimated", "Figure (estimate)", "Kent (approx)", "Estimated (up to Sunday)")
	// Refused on the safe side today (a bound after a heading's noun is
	// read as inside the week; "to date" as a comparison), never hedged:
	add("unhedged", "Count up to Sunday", "Figure (up-to-date)", "Up to date figure")
	add("refused", "Figure (nearly final)", "Count - nearly complete", "Figure (almost final)", "Kent (nearly complete)",
		"11/10/21 - 17/10/21 until Wed", "w/e 17/10/21 (thru Thursday)", "11th - 17th October (as at Thursday)",
		"11-17 Oct (up to Thursday)", "11/10/2021 - 17/10/2021 (to Friday)", "w/e 17/10/21 - up to Wed",
		"up to Thursday", "Kent (up to Wed)", "Figure (up to Thursday)", "Figure - up to Wed", "Figure (thru Thursday) - estimate")
	labels := [][2]string{{"Arrests", "arrests"}, {"Warrants executed", "warrants"}, {"Stop and searches", "stop_searches"}}
	type tcase struct {
		h heads
		l [2]string
	}
	var cases []tcase
	for _, ix := range every(len(sets), len(labels)) {
		cases = append(cases, tcase{sets[ix[0]], labels[ix[1]]})
	}
	law[tcase]{
		what:  "one-column headings' bounds and states",
		cases: cases,
		name:  func(c tcase) string { return fmt.Sprintf("Measure │ %s over %s │ 43", c.h.text, c.l[0]) },
		sheet: func(c tcase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", c.h.text}, []any{c.l[0], 43})
		},
		holds: func(c tcase, p probe, v *verdict) {
			f := p.value(c.l[1])
			if c.h.want == "refused" {
				for _, f := range p.r.Facts {
					v.wrong("loaded %s", factLine(f))
				}
				v.want(p.namesCell("B4") || p.namesCell("B3"), "no message names the figure or its heading")
				return
			}
			if c.h.want == "unhedged" {
				for _, f := range p.r.Facts {
					v.want(f.Qualifier == etl.Exact, "loaded %s: a time or a state read as a hedge", factLine(f))
				}
				v.want(f != nil || p.namesCell("B4") || p.namesCell("B3"), "neither loaded nor named in a message")
				return
			}
			v.want(f != nil && f.Value != nil && *f.Value == 43 && f.Qualifier == etl.Qualifier(c.h.want), "want %s 43 %s loaded", c.l[1], c.h.want)
		},
	}.run(t)
}
