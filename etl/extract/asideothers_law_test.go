package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// asideOthers are words in brackets after an arrests figure that give
// some of it as another body's (review21 V27): the figure holds them and
// is not the force's own. asideOwn are their near misses, parts of the
// force's own figure (who was arrested, where from, by whom of the
// force's own), after which the figure loads exact.
var (
	asideOthers = []string{"(5 by NCA)", "(5 by the NCA)", "(of which 5 by NCA)", "(of which 5 Essex)", "(incl. 5 by BTP)", "(incl 5 by BTP)"}
	asideOwn    = []string{"(5 under 18)", "(5 from London)", "(7 female)", "(5 by Specials)", "(5 by Kent Police)", "(of which 5 Medway)", "(of which 5 female)"}
)

// Law: an arrests figure whose own cell says some of it is another
// body's ("43 (5 by NCA)", "43 (of which 5 Essex)") is refused with a
// warning at the cell naming the words, as a note saying so in a notes
// column beside it is; a part of the force's own figure after it (who
// was arrested, where from, by the force's own officers) leaves it
// loaded exact.
func TestAsideOthersLaw(t *testing.T) {
	t.Parallel()
	type tc struct {
		aside  string
		refuse bool
	}
	var cases []tc
	for _, a := range asideOthers {
		cases = append(cases, tc{a, true})
	}
	for _, a := range asideOwn {
		cases = append(cases, tc{a, false})
	}
	law[tc]{
		what:  "another body's part after a figure",
		cases: cases,
		name:  func(c tc) string { return fmt.Sprintf("Arrests │ 43 %s", c.aside) },
		sheet: func(c tc, b *lawBook) { pairSheet([2]string{"Arrests", "43 " + c.aside}, b) },
		holds: func(c tc, p probe, v *verdict) {
			if c.refuse {
				p.refused(v)
				words := strings.Trim(c.aside, "()")
				if m := p.warnedAt("B3"); m != nil && !strings.Contains(m.Text, words) {
					v.wrong("the warning at B3 does not name %q: %s", words, m.Text)
				}
				return
			}
			f := p.value("arrests")
			v.want(f != nil && f.Cell == "B3" && f.Value != nil && *f.Value == 43 && f.Qualifier == etl.Exact, "want arrests 43 exact loaded from B3, got %s", lineOf(f))
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
