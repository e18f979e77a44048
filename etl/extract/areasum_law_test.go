package extract_test

import (
	"fmt"
	"testing"
)

// areaSumCase is a `label │ value` cell that names a force's area and a
// sum of money with no noun: "In Kent, £20,000 was seized".
type areaSumCase struct {
	label, value string
	read         bool
}

// A force's area named in a cell is a place, never the thing a sum with
// no noun is the value of: under Kent's title, "In Kent, £20,000 was
// seized" may load cash £20,000 and nothing else. Another force's area
// ("In Essex"), a part of Kent's ("In Maidstone"), a thing named beside
// the sum (cannabis found), another period ("last year", "(YTD)") or the
// nation load no cash from the cell, and a message names it. The phones
// below load whatever the case.
func TestAreaBareSumLaw(t *testing.T) {
	t.Parallel()
	labels := []string{"Cash seized", "Seizures", "Results of the week"}
	forms := []struct {
		value string
		read  bool
	}{
		{"In Kent, £20,000 was seized", true},
		{"In Kent, 23 people were arrested and £20,000 was seized", true},
		{"Across Kent, £20,000 was seized", true},
		{"In Essex, £20,000 was seized", false},
		{"In Essex, 23 people were arrested and £20,000 was seized", false},
		{"In Maidstone, £20,000 was seized", false},
		{"In Kent, cannabis was found and £20,000 was seized", false},
		{"In Kent, £20,000 was seized including cannabis", false},
		{"In Kent, £20,000 was seized last year", false},
		{"In Kent, £20,000 was seized (YTD)", false},
		{"Nationally, and in Kent, £20,000 was seized", false},
		{"In Kent and beyond, £20,000 was seized", false},
		{"Across Kent and Medway and beyond, £20,000 was seized", false},
	}
	var cases []areaSumCase
	for _, ix := range every(len(labels), len(forms)) {
		cases = append(cases, areaSumCase{label: labels[ix[0]], value: forms[ix[1]].value, read: forms[ix[1]].read})
	}
	law[areaSumCase]{
		what:  "a force's area beside a sum with no noun",
		cases: cases,
		name:  func(c areaSumCase) string { return fmt.Sprintf("%q │ %q", c.label, c.value) },
		sheet: func(c areaSumCase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{c.label, c.value}, phonesRow)
		},
		holds: func(c areaSumCase, p probe, v *verdict) {
			p.onlyMoneyAtB3(v, c.read, "cash_seized", "", 20000)
		},
	}.run(t)
}
