package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// probe11 W6: a part named in brackets right after an item figure of one
// cell ("5 knives (2 zombie knives)", "Class A 1.5kg (cocaine 1.2kg, crack
// 300g)") is a breakdown of that item, never a second item beside it: the
// items loaded from the cell add up to what the cell says in all, and a
// message at the cell names the part. So is a figure right after an item
// figure and "including", without brackets.
func TestBracketPartsAreNoSecondItemLaw(t *testing.T) {
	t.Parallel()
	type parent struct {
		label, head string
		value       float64 // the parent's figure, in the metric's unit
		parts       []string
		metric      string
	}
	parents := []parent{
		{"Weapons seized", "5 knives", 5, []string{"2 zombie knives", "2 zombie knives, 1 machete", "incl. 2 machetes", "of which 2 zombie knives"}, "weapons_seized"},
		{"Weapons seized", "4 firearms", 4, []string{"1 shotgun", "including 1 shotgun"}, "weapons_seized"},
		{"Drugs seized", "Class A 1.5kg", 1500, []string{"cocaine 1.2kg, crack 300g", "cocaine 1.2kg", "crack 300g"}, "drugs_seized"},
		{"Drugs seized", "cocaine 1.2kg", 1200, []string{"crack 200g", "crack cocaine 200g"}, "drugs_seized"},
	}
	tails := map[string][]struct {
		text string
		add  float64
	}{
		"weapons_seized": {{"", 0}, {", 2 baseball bats", 2}, {" and 3 baseball bats", 3}},
		"drugs_seized":   {{"", 0}, {", cannabis 300g", 300}, {" and heroin 50g", 50}},
	}
	type tcase struct {
		label, cell, metric string
		want                float64
	}
	var cases []tcase
	for _, p := range parents {
		for _, part := range p.parts {
			for _, tl := range tails[p.metric] {
				cases = append(cases, tcase{p.label, p.head + " (" + part + ")" + tl.text, p.metric, p.value + tl.add})
				if p.metric == "weapons_seized" && !strings.ContainsAny(part, ",") && !strings.HasPrefix(part, "inc") && !strings.HasPrefix(part, "of which") {
					// Without brackets: "5 knives including 2 zombie knives and 2 bats"
					// (the drug forms are refused whole by the grammar).
					cases = append(cases, tcase{p.label, p.head + " including " + part + tl.text, p.metric, p.value + tl.add})
				}
			}
		}
	}
	law[tcase]{
		what:  "item figures with a part in brackets",
		cases: cases,
		name:  func(c tcase) string { return fmt.Sprintf("%q │ %q", c.label, c.cell) },
		sheet: func(c tcase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{c.label, c.cell}, []any{"Arrests", 43})
		},
		holds: func(c tcase, p probe, v *verdict) {
			sum, items := 0.0, 0
			for _, f := range p.r.Facts {
				if f.Metric == c.metric && f.Item != "" && f.Value != nil {
					sum += *f.Value
					items++
				}
			}
			noted := false
			for _, m := range p.r.Messages {
				// the probe's one sheet is the case's: its B3
				if strings.HasSuffix(m.Where(), "!B3") && (m.Severity == etl.SevWarning || m.Severity == etl.SevInfo) {
					noted = true
				}
			}
			v.want(!p.r.Rejected() && sum == c.want && noted, "items add up to %v (%d items), want %v, and a message at B3", sum, items, c.want)
		},
	}.run(t)
}
