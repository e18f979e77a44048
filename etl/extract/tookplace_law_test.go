package extract_test

import (
	"fmt"
	"testing"
)

// "took place" says a cell's counted events happened: "Warrants executed
// │ 6 warrants took place" loads 6, for warrants, stop searches, welfare
// visits, engagement events and arrests. Said of last year, of the
// country, as a plan, with "not", or of a noun of no metric ("6 raids
// took place"), the cell is refused with a warning naming it, and the
// phones below load.
func TestTookPlaceLaw(t *testing.T) {
	t.Parallel()
	type row struct{ label, noun string }
	rows := []row{{"Warrants executed", "warrants"}, {"Stop and searches", "stop searches"}, {"Welfare visits", "welfare visits"},
		{"Engagement events", "community events"}, {"Arrests", "arrests"}}
	var cases []cellCase
	for i, r := range rows {
		n := 6 + i
		cases = append(cases, cellCase{r.label, fmt.Sprintf("%d %s took place", n, r.noun), float64(n)},
			cellCase{r.label, fmt.Sprintf("%d %s took place during the week", n, r.noun), float64(n)})
		for _, f := range []string{"%d %s took place last year", "%d %s took place nationally", "%d %s will take place",
			"%d %s are expected to take place", "%d %s did not take place", "%d %s could take place"} {
			cases = append(cases, cellCase{r.label, fmt.Sprintf(f, n, r.noun), 0})
		}
		cases = append(cases, cellCase{r.label, fmt.Sprintf("%d raids took place", n), 0})
	}
	readOrRefusedLaw(t, `"took place" said of a cell's counted events`, cases)
}
