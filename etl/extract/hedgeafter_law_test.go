package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// A hedge written after a figure's noun is the figure's:
// `Safeguarded │ forty-three women (est)` loaded 43 exact, and so did "5
// knives approx", "56g cocaine (est)", "5 knives+", "5 knives or more":
// the grammar passed the words over. Under several labels, with the
// figure in digits or words, and a dozen hedges after its noun, in
// brackets or not: the cell loads what its plain form loads (read on a
// sheet of its own) with each exact figure hedged (approximately; at
// least for "+", "or more", "and over"), or is refused with a message;
// never an exact figure. A hedge ending a list is said of every figure of
// it; one between two figures only of the one before ("5 knives (est) and
// 2 machetes"), and "plus" or "+" before a figure joins a list.
func TestHedgeAfterNounLaw(t *testing.T) {
	t.Parallel()
	type hedged struct {
		label, text, plain string
		q                  etl.Qualifier // "" : the plain form's qualifiers kept
		first              bool          // only the first figure is hedged
	}
	rows := []struct{ label, form string }{
		{"Vulnerable people engaged for safeguarding purposes", "%s women"},
		{"Vulnerable people engaged for safeguarding purposes", "%s children"},
		{"Weapons seized", "%s knives"},
		{"Weapons seized", "%s knives and 2 machetes"},
		{"Drugs seized", "%s grams of cocaine"},
		{"Drugs seized", "%s wraps of heroin"},
		{"Arrests", "%s men"},
		{"Stop searches", "%s stop searches"},
		{"Lines closed", "%s lines closed"},
	}
	nums := []string{"43", "forty-three", "7", "twelve", "105"}
	hedges := []struct {
		words string
		q     etl.Qualifier
	}{
		{" (est)", etl.Approximately}, {" (approx)", etl.Approximately}, {" approx", etl.Approximately},
		{" approx.", etl.Approximately}, {", estimated", etl.Approximately}, {" (estimated)", etl.Approximately},
		{" (circa)", etl.Approximately}, {" (est.)", etl.Approximately}, {" - approx.", etl.Approximately},
		{"+", etl.AtLeast}, {" or more", etl.AtLeast}, {" and over", etl.AtLeast}, {" (or more)", etl.AtLeast},
		// closing22 item 6: a hedge in a clause of its own after words
		{", in total, approx", etl.Approximately}, {", all, approx.", etl.Approximately}, {"; in total; est.", etl.Approximately},
	}
	var cases []hedged
	for i, ix := range every(len(rows), len(hedges)) {
		r, h := rows[ix[0]], hedges[ix[1]]
		plain := fmt.Sprintf(r.form, nums[i%len(nums)])
		cases = append(cases, hedged{r.label, plain + h.words, plain, h.q, false})
	}
	for i, n := range nums {
		// between two figures: the first's alone; "plus", "+": a list
		mid := hedges[i%9]
		cases = append(cases,
			hedged{"Weapons seized", n + " knives" + mid.words + " and 3 machetes", n + " knives and 3 machetes", mid.q, true},
			hedged{"Weapons seized", n + " knives" + mid.words + ", 3 machetes", n + " knives, 3 machetes", mid.q, true},
			hedged{"Weapons seized", n + " knives plus 3 machetes", n + " knives and 3 machetes", "", false},
			hedged{"Weapons seized", n + " knives + 3 machetes", n + " knives and 3 machetes", "", false})
	}
	name := func(c hedged) string { return fmt.Sprintf("%q │ %q", c.label, c.text) }
	plain := law[hedged]{
		what:  "hedges after a noun, plain",
		cases: cases,
		name:  func(c hedged) string { return fmt.Sprintf("%q │ %q", c.label, c.plain) },
		sheet: func(c hedged, b *lawBook) { pairSheet([2]string{c.label, c.plain}, b) },
		holds: func(c hedged, p probe, v *verdict) {
			v.want(len(p.factsAt("B3")) > 0, "the plain form loads nothing")
		},
	}.run(t)
	law[hedged]{
		what:  "hedges after a noun",
		cases: cases,
		name:  name,
		sheet: func(c hedged, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c hedged, p probe, v *verdict) {
			got := p.loadedAtB3()
			if len(got) == 0 {
				p.refused(v)
				return
			}
			var want []string
			for i, f := range plain[slices.IndexFunc(cases, func(o hedged) bool { return o == c })].factsAt("B3") {
				if c.q != "" && f.Qualifier == etl.Exact && (!c.first || i == 0) {
					f.Qualifier = c.q
				}
				_, line, _ := strings.Cut(factLine(f), " ")
				want = append(want, line)
			}
			slices.Sort(want)
			v.want(slices.Equal(want, got), "loaded %v, want %v", got, want)
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
