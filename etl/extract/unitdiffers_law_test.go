package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// A unit the cell writes is read whatever its label's or heading's money
// sign says (TestMetamorphic's law: a heading never overrides the cell);
// when the two disagree, money above and a weight, wraps or a count in
// the cell, the figure loads in the cell's unit and a unit_differs
// warning names the cell (closing17, review15 H13). A cell that writes
// money, or no unit, or a label with no money sign, draws no such warning,
// nor does a figure refused for its unit (Cash seized (£) │ 20 g).
func TestUnitDiffersLaw(t *testing.T) {
	t.Parallel()
	type unitCase struct {
		label, text string
		unit        etl.Unit // the unit loaded; "" refused
		value       float64
		warn        bool // a unit_differs warning at B3
	}
	moneyLabels := []string{"Drugs seized (£)", "Heroin (£)", "Crack cocaine (£)", "Cannabis value (£)", "Class A drugs (€)", "Drugs seized £"}
	plainLabels := []string{"Drugs seized", "Heroin", "Crack cocaine", "Cannabis", "Class A drugs"}
	cellUnits := []struct {
		text  string
		unit  etl.Unit
		value float64
	}{
		{"%d g", etl.UnitGrams, 1}, {"%d (g)", etl.UnitGrams, 1}, {"%dg", etl.UnitGrams, 1},
		{"%d kg", etl.UnitGrams, 1000}, {"%d grams", etl.UnitGrams, 1},
		{"%d wraps", etl.UnitWraps, 1}, {"%d plants", etl.UnitPlants, 1}, {"%d tablets", etl.UnitTablets, 1},
	}
	var cases []unitCase
	n := 0
	for _, ix := range every(len(moneyLabels)+len(plainLabels), len(cellUnits)) {
		n = n%37 + 2 // a spread of figures, none zero
		u := cellUnits[ix[1]]
		text := fmt.Sprintf(u.text, n)
		if ix[0] < len(moneyLabels) {
			cases = append(cases, unitCase{moneyLabels[ix[0]], text, u.unit, float64(n) * u.value, true})
			continue
		}
		cases = append(cases, unitCase{plainLabels[ix[0]-len(moneyLabels)], text, u.unit, float64(n) * u.value, false})
	}
	// A metric counted only in money refuses a weight or wraps whatever
	// its label says, and a warning that the figure was read would be
	// false: only the refusal is said (review16 R2).
	for i, u := range cellUnits {
		cases = append(cases, unitCase{[]string{"Cash seized (£)", "Cash seized (€)"}[i%2], fmt.Sprintf(u.text, 7+i), "", 0, false})
	}
	// Money in the cell, or none, under a money label: no conflict.
	for i, l := range moneyLabels {
		sign, unit := "£", etl.UnitGBP
		if l == "Class A drugs (€)" {
			sign, unit = "€", etl.UnitEUR
		}
		cases = append(cases, unitCase{l, fmt.Sprintf("%s%d", sign, 100+i), unit, float64(100 + i), false},
			unitCase{l, fmt.Sprint(200 + i), unit, float64(200 + i), false})
	}
	law[unitCase]{
		what:  "a cell's unit against its label's money sign",
		cases: cases,
		name:  func(c unitCase) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c unitCase, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c unitCase, p probe, v *verdict) {
			if c.unit == "" {
				p.refused(v)
			} else {
				at := p.factsAt("B3")
				v.want(len(at) == 1 && at[0].Unit == c.unit && at[0].Value != nil && *at[0].Value == c.value,
					"want one fact of %v %s at B3", c.value, c.unit)
			}
			var m *etl.Message
			for i, msg := range p.r.Messages {
				if msg.Code == "unit_differs" && msg.Cell == "B3" {
					m = &p.r.Messages[i]
				}
			}
			switch {
			case c.warn && (m == nil || m.Severity != etl.SevWarning):
				v.wrong("no unit_differs warning at B3")
			case !c.warn && m != nil:
				v.wrong("a unit_differs warning where the units agree: %s", m)
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
