package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// reread26 E1-E4: a note that puts another period's, another
// operation's or another body's count inside the figure refuses it,
// however the count is written: "incl. last week 5" (last week's 5 are
// in it), "incl. 2020: 5", "5 by Op Venice", "5 by Titan", "5 by
// Probation" (made by another operation or body), "2 10/10" (some of it
// on a day before the week). Near misses that leave it standing: another
// period's figure given beside it to compare ("last week 38", "2020:
// 38", "38 w/e 10/10/2021"), a count made by the force's own ("5 by
// Specials", "5 by Kent Police").
func TestNoteIncludedOtherLaw(t *testing.T) {
	t.Parallel()
	type tcase struct {
		note string
		load bool
	}
	var cases []tcase
	for _, n := range []string{"incl. last week 5", "includes last week 5", "plus last week 5", "and last week 5", "incl. prev week 5", "+ last week 5",
		"incl. 2020: 5", "plus 2020: 5", "5 by Op Venice", "5 by Operation Venice", "5 by Op Raptor", "5 by Titan", "5 by Grip", "5 by Sceptre",
		"5 by Immigration", "5 by Probation", "2 10/10", "2 (10/10)", "2 09/10/2021"} {
		cases = append(cases, tcase{n, false})
	}
	for _, n := range []string{"last week 38", "2020: 38", "38 w/e 10/10/2021", "5 by Specials", "5 by Kent Police"} {
		cases = append(cases, tcase{n, true})
	}
	law[tcase]{
		what:  "notes putting another period's, operation's or body's count in the figure",
		cases: cases,
		name:  func(c tcase) string { return fmt.Sprintf("%q", c.note) },
		sheet: func(c tcase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", "Figure", "Notes"}, []any{"Arrests", 43, c.note})
		},
		holds: func(c tcase, p probe, v *verdict) {
			f := p.value("arrests")
			if c.load {
				v.want(f != nil && f.Value != nil && *f.Value == 43 && f.Qualifier == etl.Exact, "want arrests 43 exact")
				return
			}
			if f != nil {
				v.wrong("loaded %s", factLine(*f))
			}
		},
	}.run(t)
}
