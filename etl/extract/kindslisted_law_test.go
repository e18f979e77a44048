package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// kindsCase is a `label │ value` cell whose value gives a number before
// a list of kinds of weapon: "2 firearms, knives and axes".
type kindsCase struct {
	label, value string
	n            float64
	first        string   // the item the number counts, when read
	named        []string // the items named with no number, when read
	read         bool
}

// A number before a list that names more kinds of weapon than the number
// ("2 firearms, knives and axes") cannot count them all: it counts the
// first kind, and the others load as named with no number. Refused, with
// a message naming the cell and nothing loaded from it: a number as
// large as the kinds ("3 firearms, knives and axes": one figure for
// all?), a hedged number, kinds joined by "or", a kind nobody taught us,
// and words of another period, a wider area or another force's, in the
// label or in the cell. The phones below load whatever the case.
func TestKindsListedLaw(t *testing.T) {
	t.Parallel()
	lists := []struct {
		first string
		item  string
		rest  string
		items []string
	}{
		{"firearms", "firearm", "knives and axes", []string{"knife", "axe"}},
		{"knives", "knife", "machetes, swords and crossbows", []string{"machete", "sword", "crossbow"}},
		{"machetes", "machete", "baseball bats, knuckle dusters and tasers", []string{"bat", "knuckle_duster", "taser"}},
		{"imitation firearms", "imitation_firearm", "air rifles and zombie knives", []string{"air_weapon", "zombie_knife"}},
	}
	type form struct {
		label, value string // %s: the number, then the list
		n            func(kinds int) float64
		read         bool
	}
	small := func(k int) float64 { return float64(k - 1) }
	forms := []form{
		{"Weapons seized", "%s %s", small, true},
		{"Weapons recovered", "%s %s", small, true},
		{"Weapons seized during the week", "%s %s", small, true},
		{"Weapons seized", "%s %s", func(k int) float64 { return float64(k) }, false},     // one figure for all?
		{"Weapons seized", "%s %s", func(k int) float64 { return float64(k + 9) }, false}, // one figure for all?
		{"Weapons seized", "more than %s %s", small, false},                               // all may be more
		{"Weapons seized", "%s %s or hammers", small, false},                              // "or", a kind nobody taught us
		{"Weapons seized", "%s %s, hammers", small, false},                                // a kind nobody taught us
		{"Weapons seized", "%s %s (previous week)", small, false},                         // another period
		{"Weapons seized", "%s %s (YTD)", small, false},                                   // another period
		{"Weapons seized last year", "%s %s", small, false},                               // another period
		{"Weapons seized nationally", "%s %s", small, false},                              // a wider area
		{"Weapons seized", "%s %s across the country", small, false},                      // a wider area
		{"Weapons seized by Lancashire Police", "%s %s", small, false},                    // another force
		{"Weapons seized (target)", "%s %s", small, false},                                // not a count
		{"Weapons seized", "%s %s (replica)", small, false},                               // changes the things
	}
	var cases []kindsCase
	for _, ix := range every(len(lists), len(forms)) {
		l, f := lists[ix[0]], forms[ix[1]]
		n := f.n(len(l.items) + 1)
		list := l.first + ", " + l.rest
		cases = append(cases, kindsCase{label: f.label, value: fmt.Sprintf(f.value, fmt.Sprint(n), list), n: n,
			first: l.item, named: l.items, read: f.read})
	}
	law[kindsCase]{
		what:  "a number before more kinds of weapon than it",
		cases: cases,
		name:  func(c kindsCase) string { return fmt.Sprintf("%q │ %q", c.label, c.value) },
		sheet: func(c kindsCase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{c.label, c.value}, phonesRow)
		},
		holds: func(c kindsCase, p probe, v *verdict) {
			if !c.read {
				p.refused(v)
				return
			}
			counted := false
			named := map[string]bool{}
			for _, f := range p.factsAt("B3") {
				switch {
				case f.Metric == "weapons_seized" && f.Item == c.first && f.Value != nil && *f.Value == c.n && f.Qualifier == etl.Exact:
					counted = true
				case f.Metric == "weapons_seized" && f.Value == nil && f.Qualifier == etl.Unquantified && !named[f.Item]:
					named[f.Item] = true
				default:
					v.wrong("loaded %s", factLine(f))
				}
			}
			v.want(counted, "%s %v not loaded", c.first, c.n)
			for _, it := range c.named {
				v.want(named[it], "%s named with no number not loaded", it)
				delete(named, it)
			}
			for it := range named {
				v.wrong("%s loaded as named, though the cell does not name it", it)
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
