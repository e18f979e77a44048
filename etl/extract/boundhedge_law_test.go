package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// reread24 E2, E3: a heading naming the week's dates, or a bound at the
// week's last day ("(up to Sunday)"), is the week; a hedge word beside
// them is still a hedge on every figure under it, before, after or in
// brackets ("11/10/21 - 17/10/21 approx", "Figure (up to Sunday)
// nearly", "Nearly (up to Sunday)"), and "partial" beside them is refused.
// The same words after a heading's name alone ("Figure at least",
// "Figure minimum", "Figure partial": reread24 E11) are read as they
// would be before a figure. Near misses: the dates, the bound or the name
// alone load exact.
func TestBoundHedgeLaw(t *testing.T) {
	t.Parallel()
	times := []string{"11/10/21 - 17/10/21", "11/10/2021 - 17/10/2021", "11/10/2021 to 17/10/2021", "Figure (up to Sunday)", "Kent (up to Sunday)", "Figure", "Kent", "This week"}
	type hedge struct {
		words, want string // want: a qualifier, or "refused"
	}
	hedges := []hedge{{"", "exact"}, {"approx", "approximately"}, {"(approx)", "approximately"}, {"estimated", "approximately"},
		{"est", "approximately"}, {"circa", "approximately"}, {"nearly", "less_than"}, {"(nearly)", "less_than"},
		{"at least", "at_least"}, {"minimum", "at_least or refused"}, {"(minimum)", "at_least or refused"}, {"approx.", "approximately"}, {"partial", "refused"}}
	type tcase struct {
		head, want string
	}
	var cases []tcase
	for _, ix := range every(len(times), len(hedges)) {
		tm, h := times[ix[0]], hedges[ix[1]]
		head := tm
		if h.words != "" {
			head = tm + " " + h.words
		}
		cases = append(cases, tcase{head, h.want})
	}
	// "over" after the week's dates is read as a part of another
	// figure, on the session's start too (reread24 E11): after the
	// bound only
	cases = append(cases, tcase{"Figure (up to Sunday) over", "more_than"}, tcase{"Kent (up to Sunday) over", "more_than"})
	// before the bound: "Nearly (up to Sunday)", "Approx. (up to Sunday)"
	cases = append(cases, tcase{"Nearly (up to Sunday)", "less_than"}, tcase{"Approx. (up to Sunday)", "approximately"},
		tcase{"At least (up to Sunday)", "at_least"}, tcase{"Partial (up to Sunday)", "refused"}, tcase{"up to Sunday", "exact"})
	law[tcase]{
		what:  "hedges beside a heading's dates or its bound at the week's end",
		cases: cases,
		name:  func(c tcase) string { return fmt.Sprintf("Measure │ %s", c.head) },
		sheet: func(c tcase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", c.head}, []any{"Arrests", 43}, []any{"Warrants executed", 21})
		},
		holds: func(c tcase, p probe, v *verdict) {
			if c.want == "at_least or refused" {
				// "Kent minimum": the words beside the force's name are
				// refused as unknown, or read as the hedge; never exact
				if len(p.r.Facts) > 0 {
					c.want = "at_least"
				} else {
					c.want = "refused"
				}
			}
			if c.want == "refused" {
				for _, f := range p.r.Facts {
					v.wrong("loaded %s", factLine(f))
				}
				v.want(p.namesCell("B3") || p.namesCell("B4"), "no message names the heading or its figure")
				return
			}
			for _, m := range []string{"arrests", "warrants"} {
				f := p.value(m)
				v.want(f != nil && f.Value != nil && f.Qualifier == etl.Qualifier(c.want), "want %s loaded %s", m, c.want)
			}
		},
	}.run(t)
}
