package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/extract"
)

// sameThing is a `label │ value` cell whose value carries a word that
// may or may not name what the label counts, and the same cell without
// it.
type sameThing struct {
	label, text, bare string
	same              bool // the word names only what the label counts: the cell reads as the bare one
}

// A word beside a figure that names only what its label counts says
// nothing the label does not: a bracketed word that is one of the
// label's own item's names (`Cannabis │ 3 kg (skunk)`, `Watches │ 3
// (Rolex)`: a kind of it the catalogue has no finer item for), or
// "people" after a count of landlords (`Landlords visited │ 10
// people`: landlords are people). Law, metamorphic over the catalogue:
// for every item with a name of its own that no other item has, the
// cell with that name in brackets reads exactly as the bare cell (the
// same facts, or refused as the bare one is); the same cell with a name
// of another item of its kind, a finer or narrower word before the
// name ("replica", "fake", "not"), or another period after it, is
// refused with a message naming it and the phones below loading. Under
// "Landlords visited", "10 people" loads 10; people of another kind
// ("10 vulnerable people", "10 children", "10 tenants", "10 people
// arrested", "10 suspects") refuse it, and "10 people" still refuses
// under labels counting things that are no people (hotels, schools,
// lines, warrants, cash).
func TestSameThingWordLaw(t *testing.T) {
	t.Parallel()
	cat := mainCatalog(t)
	bare := map[string]string{"drug": "3 kg", "weapon": "3", "asset": "3"}
	owners := map[string]int{} // how many items have the name
	for _, it := range cat.Items {
		for _, s := range append([]string{it.Label}, it.Synonyms...) {
			owners[strings.ToLower(s)]++
		}
	}
	own := func(i int) []string {
		var out []string
		for _, s := range cat.Items[i].Synonyms {
			if owners[strings.ToLower(s)] == 1 && !strings.EqualFold(s, cat.Items[i].Label) && !strings.ContainsAny(s, "()/&") {
				out = append(out, s)
			}
		}
		return out
	}
	var cases []sameThing
	for i, it := range cat.Items {
		b, ok := bare[it.Kind]
		names := own(i)
		if !ok || len(names) == 0 || it.Code == "other_drug" || it.Code == "other_weapon" || it.Code == "other_asset" {
			continue
		}
		// another item of its kind, with a name of its own
		var other string
		for k := 1; k < len(cat.Items) && other == ""; k++ {
			o := (i + k) % len(cat.Items)
			if cat.Items[o].Kind == it.Kind && cat.Items[o].Code != it.Code {
				if on := own(o); len(on) > 0 {
					other = on[k%len(on)]
				}
			}
		}
		for k, n := range names {
			if k >= 3 {
				break // bounded: the first three names of each item
			}
			cases = append(cases,
				sameThing{it.Label, b + " (" + n + ")", b, true},
				sameThing{it.Label, b + " (replica " + n + ")", b, false},
				sameThing{it.Label, b + " (not " + n + ")", b, false})
		}
		if other != "" {
			cases = append(cases,
				sameThing{it.Label, b + " (" + other + ")", b, false},
				sameThing{it.Label, b + " (fake " + names[0] + ")", b, false},
				sameThing{it.Label, b + " (" + names[0] + " last week)", b, false})
		}
	}
	cases = append(cases, sameThing{"Landlords visited", "10 people", "10", true}, sameThing{"Landlords visited", "10 (individuals)", "10", true})
	for _, v := range []string{"10 vulnerable people", "10 children", "10 tenants", "10 people arrested", "10 suspects", "10 young people", "10 (suspects)", "10 (children)", "10 (men)"} {
		cases = append(cases, sameThing{"Landlords visited", v, "10", false})
	}
	for _, l := range []string{"Hotels visited", "Schools visited", "Lines closed", "Warrants executed", "Cash seized"} {
		cases = append(cases, sameThing{l, "10 people", "10", false})
	}
	ps := law[sameThing]{
		what:  "words naming what the label counts, or another thing",
		cases: cases,
		name:  func(c sameThing) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c sameThing, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c sameThing, p probe, v *verdict) {
			if !c.same {
				p.refused(v)
			}
		},
	}.run(t)
	// the same cells bare: a word naming only the label's thing reads as
	// the bare cell does
	var bares [][2]string
	for _, c := range cases {
		bares = append(bares, [2]string{c.label, c.bare})
	}
	bs := sheetBook(t, extract.Options{}, len(bares), func(i int, b *lawBook) { pairSheet(bares[i], b) })
	loaded, bad := 0, 0
	for i, c := range cases {
		if !c.same {
			continue
		}
		got, want := cellLines(ps[i], "B3"), cellLines(bs[i], "B3")
		if got != want {
			bad++
			t.Errorf("%q │ %q reads %q, but %q │ %q reads %q\n%s", c.label, c.text, got, c.label, c.bare, want, ps[i].dump())
		}
		if want != "" {
			loaded++
		}
	}
	t.Logf("same thing: %d cells read as their bare cell loading a figure, %d wrong", loaded, bad)
	if loaded < 20 {
		t.Errorf("only %d bare cells load: the law says little", loaded)
	}
}

// cellLines lists the facts of a cell, in order.
func cellLines(p probe, cell string) string {
	var out []string
	for _, f := range p.factsAt(cell) {
		f.Sheet = "" // the same cell of another sheet
		out = append(out, factLine(f))
	}
	return strings.Join(out, "; ")
}
