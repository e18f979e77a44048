package extract_test

import (
	"fmt"
	"testing"
)

// A word that only describes, written after the thing a value cell's
// figure counts, stands where the figure's verb would: `Weapons seized │
// 2 firearms used`, `2 firearms targeted`, `2 firearms suspected` loaded
// 2 firearms seized. Under labels of things and of people, each such
// word (used, targeted, suspected, alleged, believed, linked) after the
// noun refuses the cell with a message naming it; the same word before
// the noun ("2 suspected firearms"), and the noun alone or with the
// metric's own verb, still load; the phones below load either way.
func TestDescribedAfterThingLaw(t *testing.T) {
	t.Parallel()
	rows := []struct{ label, noun, verb string }{
		{"Weapons seized", "firearms", "seized"},
		{"Weapons seized", "knives", "recovered"},
		{"Vehicles seized", "vehicles", "seized"},
		{"Arrests", "people", "arrested"},
		{"Vulnerable people safeguarded", "people", "safeguarded"},
		{"Cuckooed addresses visited", "cuckooed addresses", "visited"},
	}
	words := []string{"used", "targeted", "suspected", "alleged", "believed", "linked"}
	var cases []cellCase
	for i, r := range rows {
		for j, w := range words {
			n := 2 + i*len(words) + j
			cases = append(cases, cellCase{r.label, fmt.Sprintf("%d %s %s", n, r.noun, w), 0})
			if j < 2 {
				cases = append(cases, cellCase{r.label, fmt.Sprintf("%d %s %s", n+100, r.noun, w) + []string{".", " this week"}[j], 0})
			}
		}
		n := 300 + i
		cases = append(cases,
			cellCase{r.label, fmt.Sprintf("%d %s", n, r.noun), float64(n)},
			cellCase{r.label, fmt.Sprintf("%d %s %s", n+10, r.noun, r.verb), float64(n + 10)})
		if r.noun != "people" {
			cases = append(cases, cellCase{r.label, fmt.Sprintf("%d suspected %s", n+20, r.noun), float64(n + 20)})
		}
	}
	readOrRefusedLaw(t, "words that only describe after the thing counted", cases)
}
