package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// pairLaw is valueLaw over `label │ value` pairs, not every label with
// every value.
func pairLaw(t *testing.T, cases [][2]string) []probe {
	t.Helper()
	return sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) { pairSheet(cases[i], b) })
}

// review12 W0: a value cell whose figure is said to be among a later,
// wider one ("12 - among 150 arrests made across the South East region")
// holds the force's figure as a part of a total whose scope the words do
// not make the force's. Neither is loaded in the label's name (the wider
// one was, in the force's place), the cell gets a message naming it, and
// the phones below load.
func TestAmongWiderFigureLaw(t *testing.T) {
	t.Parallel()
	rows := []struct{ label, noun, verb string }{
		{"Arrests", "arrests", "made"}, {"People arrested", "people", "arrested"}, {"Lines closed", "lines", "closed"},
		{"County lines closed", "county lines", "closed down"}, {"People charged", "people", "charged"},
		{"Knives", "weapons", "seized"}, {"Knives seized", "knives", "seized"}, {"Vulnerable people safeguarded", "people", "safeguarded"},
		{"Cash seized", "", "seized"}, {"Cash seized (£)", "", "seized"},
	}
	scopes := []string{"across the South East region", "nationally", "by the RCCU", "across the country", "in the region"}
	preps := []string{"among", "amongst"}
	var cases [][2]string
	for i, r := range rows {
		for j, sc := range scopes {
			n1, n2 := fmt.Sprint(3+i+j), fmt.Sprint(40+7*i+j)
			if r.noun == "" {
				n1, n2 = "£"+n1+",000", "£"+n2+",000"
			}
			pr := preps[(i+j)%2]
			for _, v := range []string{
				n1 + " - " + pr + " " + n2 + " " + r.noun + " " + r.verb + " " + sc,
				n1 + ", " + pr + " " + n2 + " " + r.noun + " " + r.verb + " " + sc,
				n1 + " " + r.noun + ", " + pr + " " + n2 + " " + sc,
				n1 + " " + r.noun + " " + pr + " " + n2 + " " + r.noun + " " + r.verb,
			} {
				cases = append(cases, [2]string{r.label, strings.ReplaceAll(strings.Join(strings.Fields(v), " "), " ,", ",")})
			}
		}
	}
	failed := refusedBeside(t, pairLaw(t, cases), cases)
	t.Logf("%d of %d cells with a wider figure read wrong", failed, len(cases))
}

// review12 W5: a figure in a value cell followed by "up on"/"down on" is
// a change from what follows, a named operation or season as much as a
// period: not loaded, with a message naming the cell.
func TestChangeFromNamedPeriodCellLaw(t *testing.T) {
	t.Parallel()
	rows := []struct{ label, value string }{
		{"Arrests", "%s"}, {"People arrested", "%s"}, {"Lines closed", "%s"}, {"Cash seized", "£%s,000"}, {"Cash seized (£)", "£%s,000"},
		{"Vulnerable people safeguarded", "%s"}, {"Weapons seized", "%s"}, {"Warrants executed", "%s"},
	}
	froms := []string{"down on the spring operation", "up on the summer week of action", "up on Operation Orochi",
		"down on the spring intensification week", "up on May", "down on the March operation"}
	var cases [][2]string
	for i, r := range rows {
		for j, f := range froms {
			cases = append(cases, [2]string{r.label, fmt.Sprintf(r.value, fmt.Sprint(5+i+j)) + " " + f})
		}
	}
	failed := refusedBeside(t, pairLaw(t, cases), cases)
	t.Logf("%d of %d changes loaded as figures", failed, len(cases))
}
