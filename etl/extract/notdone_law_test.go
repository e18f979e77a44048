package extract_test

import (
	"fmt"
	"testing"
)

// A value cell whose words say the figure's verb was planned, hoped or
// possible, not done ("Cuckooed addresses visited │ 12 cuckooed
// addresses will be visited", "County lines closed │ officers hope to
// close 12 county lines", "People charged │ 12 people are expected to
// be charged") holds no count of the week: nothing is loaded from it, a
// warning names the cell, and the phones below load. The same cell said
// as done ("12 cuckooed addresses were visited") loads its figure.
func TestNotDoneFigureLaw(t *testing.T) {
	t.Parallel()
	type row struct{ label, noun, done, base string }
	rows := []row{
		{"Arrests", "people", "arrested", "arrest"},
		{"Cuckooed addresses visited", "cuckooed addresses", "visited", "visit"},
		{"Warrants executed", "warrants", "executed", "execute"},
		{"County lines closed", "county lines", "closed", "close"},
		{"People charged", "people", "charged", "charge"},
		{"Schools visited", "schools", "visited", "visit"},
	}
	var cases []cellCase
	for i, r := range rows {
		n := 12 + i
		for _, f := range []string{"%d %s will be %s", "%d %s could be %s", "%d %s would be %s", "%d %s may be %s",
			"%d %s are expected to be %s", "%d %s are due to be %s", "%d %s should be %s"} {
			cases = append(cases, cellCase{r.label, fmt.Sprintf(f, n, r.noun, r.done), 0})
		}
		for _, f := range []string{"officers will %[3]s %[1]d %[2]s", "officers hope to %[3]s %[1]d %[2]s", "officers plan to %[3]s %[1]d %[2]s",
			"officers aim to %[3]s %[1]d %[2]s", "officers intend to %[3]s %[1]d %[2]s", "officers could %[3]s %[1]d %[2]s"} {
			cases = append(cases, cellCase{r.label, fmt.Sprintf(f, n, r.noun, r.base), 0})
		}
		cases = append(cases, cellCase{r.label, fmt.Sprintf("%d %s were %s", n, r.noun, r.done), float64(n)})
	}
	readOrRefusedLaw(t, "figures said as planned, hoped or possible", cases)
}

// cellCase is a `label │ value` case whose value loads n, or, with n 0,
// is refused.
type cellCase struct {
	label, value string
	n            float64
}

// readOrRefusedLaw writes each case at A3:B3 over phonesRow: a case with
// n loads exactly n from B3, one with n 0 is refused (probe.refused), and
// the phones below load.
func readOrRefusedLaw(t *testing.T, what string, cases []cellCase) {
	t.Helper()
	readOrRefusedUnder(t, what, kentTitle, cases)
}

// readOrRefusedUnder is readOrRefusedLaw in a return of another title
// (another force's, another week's).
func readOrRefusedUnder(t *testing.T, what, title string, cases []cellCase) {
	t.Helper()
	law[cellCase]{
		what:  what,
		cases: cases,
		name:  func(c cellCase) string { return fmt.Sprintf("%q │ %q", c.label, c.value) },
		sheet: func(c cellCase, b *lawBook) { b.Rows("A1", []any{title}, nil, []any{c.label, c.value}, phonesRow) },
		holds: func(c cellCase, p probe, v *verdict) {
			if c.n == 0 {
				p.refused(v)
				return
			}
			at := p.factsAt("B3")
			v.want(len(at) == 1 && at[0].Value != nil && *at[0].Value == c.n, "want %v loaded", c.n)
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
