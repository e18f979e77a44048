package extract_test

import (
	"fmt"
	"testing"
)

// valueClauseCase is a `label │ value` cell that says a figure of people
// or of lines, then a drug seized with its value after a comma.
type valueClauseCase struct {
	label, value string
	item         string  // the drug whose value the cell gives, "" for all
	money        float64 // the value
	read         bool
}

// A value said after a comma at the end of a clause is of that clause's
// figures, never of a figure of people or of lines closed in the clause
// before it ("Officers arrested 14 people and seized 1kg of cocaine,
// worth £75,000"): a value loaded from the cell is the drug's, with its
// item, or none loads. With a thing seized as drugs are in the clause
// before (phones: of both?), a drug nobody taught us, another period or
// a wider area, no value loads from the cell and a message names it (a
// cell of prose whose figures are all refused may be skipped as text
// with numbers in it: an info message naming it).
// The phones below load whatever the case.
func TestValueAfterClauseLaw(t *testing.T) {
	t.Parallel()
	labels := []string{"Seizures", "Drugs seized", "Results of the week"}
	forms := []struct {
		value, item string
		money       float64
		read        bool
	}{
		{"Officers arrested 14 people and seized 1kg of cocaine, worth £75,000", "cocaine", 75000, true},
		{"Officers safeguarded 9 vulnerable people and recovered 200 wraps of heroin, with a street value of £4,000", "heroin", 4000, true},
		{"Officers closed 4 county lines and seized 2kg of cannabis, valued at £12,000", "cannabis", 12000, true},
		{"Officers arrested 14 people and seized 1kg of cocaine and heroin, worth £75,000", "", 75000, true},
		{"Officers seized 12 phones and 1kg of cocaine, worth £75,000", "", 75000, false},
		{"Officers seized 12 phones and confiscated 1kg of cocaine, worth £75,000", "", 75000, false},
		{"Officers arrested 14 people and seized 1kg of flakka, worth £75,000", "", 75000, false},
		{"Officers arrested 14 people and seized 1kg of cocaine, worth £75,000 (previous week)", "", 75000, false},
		{"Officers arrested 14 people and seized 1kg of cocaine, worth £75,000, last year", "", 75000, false},
		{"Nationally, officers arrested 14 people and seized 1kg of cocaine, worth £75,000", "", 75000, false},
		{"Officers arrested 14 people and seized 1kg of cocaine, worth £75,000 across the region", "", 75000, false},
	}
	var cases []valueClauseCase
	for _, ix := range every(len(labels), len(forms)) {
		l, f := labels[ix[0]], forms[ix[1]]
		cases = append(cases, valueClauseCase{label: l, value: f.value, item: f.item, money: f.money, read: f.read})
	}
	law[valueClauseCase]{
		what:  "a value after a clause of people or lines",
		cases: cases,
		name:  func(c valueClauseCase) string { return fmt.Sprintf("%q │ %q", c.label, c.value) },
		sheet: func(c valueClauseCase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{c.label, c.value}, phonesRow)
		},
		holds: func(c valueClauseCase, p probe, v *verdict) {
			p.onlyMoneyAtB3(v, c.read, "drugs_seized", c.item, c.money)
		},
	}.run(t)
}

// onlyMoneyAtB3 records what is wrong unless the only figure in money
// loaded from B3 is metric's item of value, and that only when read;
// when none loads, a message (any severity) names A3 or B3. The phones
// below load whatever the case.
func (p probe) onlyMoneyAtB3(v *verdict, read bool, metric, item string, value float64) {
	loaded := false
	for _, f := range p.factsAt("B3") {
		if f.Unit != "gbp" {
			continue
		}
		if !read || f.Metric != metric || f.Item != item || f.Value == nil || *f.Value != value {
			v.wrong("loaded %s", factLine(f))
		}
		loaded = true
	}
	if !loaded {
		v.want(p.namesCell("B3") || p.namesCell("A3"), "no money loaded and no message names A3 or B3")
	}
	v.want(p.phonesLoaded(), "the phones below it are not loaded")
}
