package extract_test

import (
	"fmt"
	"testing"
)

// ownValueCase is a `label │ value` cell with a sum of money with no
// noun beside a drug whose value is said.
type ownValueCase struct {
	label, value string
	read         bool // the sum may load as cash
}

// A drug whose value is said is not what a sum with no noun beside it
// is the value of: "£12,000 was seized, along with £5,000 worth of
// cocaine" may load cash £12,000 and cocaine's £5,000, nothing else.
// With the sum in a list with the value, the value a part of it
// ("including"), cars beside it, a drug nobody taught us, another
// period or the nation, no cash loads from the cell, and a message
// names it when nothing in money does. The phones below load.
func TestOwnValueBesideSumLaw(t *testing.T) {
	t.Parallel()
	// (under "Cash seized" the label says what a sum with no noun is:
	// cash, by a6a8819's rule, whatever the cell names beside it)
	labels := []string{"Seizures", "Results of the week", "Other seizures"}
	forms := []struct {
		value string
		read  bool
	}{
		{"£12,000 was seized, along with £5,000 worth of cocaine", true},
		{"A total of £12,000 was also seized alongside £5,000 worth of cocaine", true},
		{"Cocaine worth £5,000 and £12,000 were seized", false},
		{"£12,000 was seized, including £5,000 worth of cocaine", false},
		{"£12,000 was seized, along with £5,000 worth of cocaine and 3 cars", false},
		{"£12,000 was seized, along with £5,000 worth of flakka", false},
		{"£12,000 was seized, along with £5,000 worth of cocaine last year", false},
		{"£12,000 was seized, along with £5,000 worth of cocaine (YTD)", false},
		{"Nationally, £12,000 was seized, along with £5,000 worth of cocaine", false},
	}
	var cases []ownValueCase
	for _, ix := range every(len(labels), len(forms)) {
		cases = append(cases, ownValueCase{label: labels[ix[0]], value: forms[ix[1]].value, read: forms[ix[1]].read})
	}
	law[ownValueCase]{
		what:  "a sum with no noun beside a drug whose value is said",
		cases: cases,
		name:  func(c ownValueCase) string { return fmt.Sprintf("%q │ %q", c.label, c.value) },
		sheet: func(c ownValueCase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{c.label, c.value}, phonesRow)
		},
		holds: func(c ownValueCase, p probe, v *verdict) {
			loaded := false
			for _, f := range p.factsAt("B3") {
				if f.Unit != "gbp" {
					continue
				}
				loaded = true
				switch {
				case c.read && f.Metric == "cash_seized" && f.Value != nil && *f.Value == 12000:
				case f.Metric == "drugs_seized" && f.Item == "cocaine" && f.Value != nil && *f.Value == 5000:
				default:
					v.wrong("loaded %s", factLine(f))
				}
			}
			if !loaded {
				v.want(p.namesCell("B3") || p.namesCell("A3"), "no money loaded and no message names A3 or B3")
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
