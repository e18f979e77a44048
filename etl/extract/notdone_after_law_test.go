package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// Words after a value cell's figure that say what it counts is still to
// be done, or to come, make it no count of the week: `Warrants │ 6 to be
// executed`, `Arrests │ 43 to be made`, `6 executed next week` loaded 6
// and 43. So does a later sentence of the cell that says the figure is
// not final (`43 arrests made. TBC` loaded 43: a sentence after the
// figure's is said of it too). Under every label, with the figure alone,
// with its noun, or with its noun and verb, after a space, a comma, a
// dash or in brackets, such words refuse the cell with a message naming
// it; the same figure said as done, or closed by a full stop, still
// loads, and the phones below load either way.
func TestWordsAfterFigureNotDoneLaw(t *testing.T) {
	t.Parallel()
	rows := []struct{ label, noun, done string }{
		{"Arrests", "arrests", "made"},
		{"Warrants", "warrants", "executed"},
		{"Warrants executed", "warrants", "executed"},
		{"Cuckooed addresses visited", "addresses", "visited"},
		{"Lines closed", "lines", "closed"},
		{"Schools visited", "schools", "visited"},
	}
	// %[1]d the figure, %[2]s its noun, %[3]s its verb
	figures := []string{"%[1]d", "%[1]d %[2]s", "%[1]d %[2]s %[3]s"}
	toBe := []string{" to be %[3]s", ", still to be %[3]s", " (to be %[3]s)", " yet to be %[3]s", " - to be %[3]s",
		" are to be %[3]s", " to be %[3]s next week", " due to be %[3]s", " will be %[3]s", " could be %[3]s"}
	toCome := []string{" %[3]s next week", ", next week", " (next week)", " - planned", ", planned", " (planned)",
		" %[3]s in the upcoming week", ", intended", " %[3]s next month"}
	later := []string{". TBC", ". To be confirmed.", ". Provisional", ". More expected.", ". Not yet validated", ". Subject to change"}
	var cases []cellCase
	for i, r := range rows {
		for j, f := range figures {
			n := 20 + i*len(figures) + j
			for k, w := range append(toBe, toCome...) {
				verb := strings.Contains(w, "%[3]s")
				if verb && j < 2 && (k+i)%2 == j || !verb && (k+i)%len(figures) == j {
					cases = append(cases, cellCase{r.label, fmt.Sprintf(f+w, n, r.noun, r.done), 0})
				}
			}
			if j == 2 || i%2 == 0 {
				for _, w := range later {
					cases = append(cases, cellCase{r.label, fmt.Sprintf(f, n, r.noun, r.done) + w, 0})
				}
			}
		}
		// the controls: said as done, closed by a full stop, or of what a
		// thing is believed to be
		n := 60 + i
		cases = append(cases,
			cellCase{r.label, fmt.Sprintf("%d %s %s", n, r.noun, r.done), float64(n)},
			cellCase{r.label, fmt.Sprintf("%d %s were %s", n, r.noun, r.done), float64(n)},
			cellCase{r.label, fmt.Sprintf("%d %s %s.", n, r.noun, r.done), float64(n)},
			cellCase{r.label, fmt.Sprintf("%d %s %s during the week", n, r.noun, r.done), float64(n)})
	}
	readOrRefusedLaw(t, "words after a figure that say it is still to be done", cases)
}
