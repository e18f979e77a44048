package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// "previously" in a relative clause after the counted noun says what
// the things were before, not when the figure was made: "Cuckooed
// addresses visited │ 12 addresses which had previously been cuckooed"
// loads 12. "previous" between a count and a noun of people is refused
// ("Arrests │ 30 (43 previous men)": the previous period's, review15 H7). The same words
// where they change the figure's period, thing or scope are refused with
// a warning naming the cell, and the phones below load: "previous"
// before a noun of no people ("12 previous arrests") or of people "of"
// something, "previously" as the figure's own verb's ("12 addresses
// previously visited"), the only verb in its clause ("12 people who were
// previously arrested"), and the reading forms said of last year, of
// the country, or as a plan.
func TestPreviousDescribesLaw(t *testing.T) {
	t.Parallel()
	type row struct{ label, read, noun, verb string }
	rows := []row{
		{"Cuckooed addresses visited", "%d cuckooed addresses which had previously been targeted were visited", "cuckooed addresses", "visited"},
		{"Cuckooed addresses visited", "visited %d addresses which had previously been cuckooed", "cuckooed addresses", "visited"},
		{"Arrests", "%d people who had previously been targeted were arrested", "people", "arrested"},
	}
	var cases []cellCase
	for i, r := range rows {
		n := 12 + i
		cases = append(cases, cellCase{r.label, fmt.Sprintf(r.read, n), float64(n)})
		for _, f := range []string{"%[1]d previous %[2]s of cuckooing", "%[1]d %[2]s previously %[3]s",
			"%[1]d %[2]s who were previously %[3]s", "previously, %[1]d %[2]s were %[3]s", "%[1]d previous %[2]s last year",
			"%[1]d previous %[2]s nationally", "%[1]d previous %[2]s will be %[3]s", "%[1]d previous arrests", "%[1]d previous visits"} {
			cases = append(cases, cellCase{r.label, fmt.Sprintf(f, n, r.noun, r.verb), 0})
		}
	}
	// "previous" before people is refused: in a cell it is most often
	// the previous period's figure beside this one (review15 H7).
	// Beside this week's figure in brackets, only this week's loads.
	for i, f := range []string{"%d previous victims", "%d previous victims supported", "%d previous offenders",
		"%d previous men", "30 (%d previous men)", "30 this week, %d previous men", "%d previous men, 30 this week",
		"%d previous juveniles", "%d previous offenders (30 new)", "30 (%d previous victims)"} {
		for _, label := range []string{"Arrests", "Vulnerable people safeguarded", "People charged"} {
			want := 0.0
			if strings.HasPrefix(f, "30 (") {
				want = 30
			}
			cases = append(cases, cellCase{label, fmt.Sprintf(f, 40+i), want})
		}
	}
	readOrRefusedLaw(t, `"previous" and "previously" said of the people or things counted`, cases)
}
