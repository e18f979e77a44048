package extract_test

import (
	"fmt"
	"testing"
)

// "not" in a clause of purpose after a value cell's figure, opened by
// "to" and a verb of checking ("Vulnerable people safeguarded │ 12
// vulnerable people visited to check they were not being exploited"),
// says what the act was for: the figure loads. "not" said of the
// figure's own verb, after "but", and the reading cell said of last
// year, of the country or as a plan are refused with a warning naming
// the cell, and the phones below load.
func TestPurposeNotLaw(t *testing.T) {
	t.Parallel()
	type row struct{ label, noun, verb string }
	rows := []row{
		{"Vulnerable people safeguarded", "vulnerable people", "visited"},
		{"Vulnerable people safeguarded", "vulnerable people", "spoken to"},
		{"Vulnerable adults safeguarded", "vulnerable adults", "safeguarded"},
		{"Cuckooed addresses visited", "cuckooed addresses", "visited"},
		{"Welfare visits", "welfare checks", "carried out"},
	}
	purposes := []string{"to check they were not being exploited", "to make sure they were not being exploited", "to ensure they are not at risk"}
	var cases []cellCase
	for i, r := range rows {
		for j, pu := range purposes {
			n := 12 + 3*i + j
			cases = append(cases, cellCase{r.label, fmt.Sprintf("%d %s %s %s", n, r.noun, r.verb, pu), float64(n)})
		}
		n := 40 + i
		pu := purposes[i%len(purposes)]
		for _, f := range []string{"%[1]d %[2]s were not %[3]s", "%[1]d %[2]s %[3]s but they were not safeguarded",
			"%[1]d %[2]s %[3]s last year %[4]s", "%[1]d %[2]s %[3]s nationally %[4]s", "%[1]d %[2]s will be %[3]s %[4]s",
			"%[1]d %[2]s could be %[3]s %[4]s"} {
			cases = append(cases, cellCase{r.label, fmt.Sprintf(f, n, r.noun, r.verb, pu), 0})
		}
	}
	readOrRefusedLaw(t, `"not" in a clause of purpose after a cell's figure`, cases)
}
