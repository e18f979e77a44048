package extract_test

import (
	"fmt"
	"testing"
)

// A number written after a word that names a week, a day or a stage is
// its name, not a count: `Weapons seized │ 2 knives and axes in week 5`
// loaded 2 knives and 5 axes. Under every label, after an item named
// with or without a number, each such name (week, day, phase, stage,
// wave, round) refuses the cell with a message naming it; the same
// figures without it, "during the week", or another week's figure said
// beside it ("(last week 38)"), still load.
func TestNumberNamingStageLaw(t *testing.T) {
	t.Parallel()
	rows := []struct{ label, one, other string }{
		{"Weapons seized", "knives", "axes"},
		{"Weapons seized", "firearms", "machetes"},
		{"Drugs seized", "wraps of heroin", "cannabis plants"},
		{"Arrests", "men", "women"},
		{"Mobile phones seized", "phones", "SIM cards"},
	}
	namers := []string{"week", "day", "phase", "stage", "wave", "round", "Week", "Day"}
	forms := []string{"%[1]d %[2]s and %[3]s in %[4]s %[5]d", "%[1]d %[2]s (%[4]s %[5]d)", "%[1]d %[2]s during %[4]s %[5]d",
		"%[1]d %[2]s and %[3]s, %[4]s %[5]d", "%[1]d %[2]s in %[4]s %[5]d and some %[3]s"}
	var cases []cellCase
	for i, r := range rows {
		for j, nm := range namers {
			f := forms[(i+j)%len(forms)]
			cases = append(cases, cellCase{r.label, fmt.Sprintf(f, 2+i, r.one, r.other, nm, 3+j), 0})
		}
	}
	cases = append(cases,
		cellCase{"Weapons seized", "7 knives during the week", 7},
		cellCase{"Arrests", "43 men", 43},
		cellCase{"Arrests", "43 arrests during the week of action", 43},
		cellCase{"Arrests", "43 (last week 38)", 43})
	readOrRefusedLaw(t, "numbers that name a week, day or stage", cases)
}
