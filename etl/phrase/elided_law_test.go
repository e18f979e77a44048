package phrase_test

import (
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestElidedPartLaw: a number with no noun of its own, joined to a figure
// of a part of the area ("and", a comma, "with") and followed by its own
// place written with a capital, counts what that figure counts in that
// place: "Three warrants were carried out in Sleaford and two in
// Lincoln" reads warrants 2 in Lincoln into Reading.Scoped (a part of
// the area), never as a fact (recall29 B1: f1532, f2203). Not read: no
// place of its own ("and 5."), a place written small ("and 5 in the
// town centre"), a figure before it that is the week's or another
// period's, and a figure before it in another unit than people or
// things counted ("12kg of cocaine ... and 5 in Margate").
func TestElidedPartLaw(t *testing.T) {
	r := newReader(t)
	firsts := []struct {
		clause, metric, item string
		v                    float64
	}{
		{"Two arrests were made in Dover", "arrests", "", 2},
		{"Officers arrested 12 people in Dover", "arrests", "", 12},
		{"Three warrants were carried out in Dover", "warrants", "", 3},
		{"Officers seized 12 knives in Dover", "weapons_seized", "knife", 12},
		{"Officers executed 9 warrants in Dover", "warrants", "", 9},
	}
	type part struct {
		v     float64
		place string
	}
	tails := []struct {
		text  string
		parts []part
	}{
		{" and 5 in Margate.", []part{{5, "in Margate"}}},
		{", with 5 in Margate.", []part{{5, "in Margate"}}},
		{", with 5 made in Margate, 6 in Ramsgate and 4 in Stoke-on-Trent.", []part{{5, "in Margate"}, {6, "in Ramsgate"}, {4, "in Stoke-on-Trent"}}},
		{" and five in Folkestone.", []part{{5, "in Folkestone"}}},
	}
	bad, n := 0, 0
	scopedPart := func(rd phrase.Reading, metric, item string, v float64, place string) (fact, scoped bool) {
		for _, f := range rd.Facts {
			fact = fact || f.Metric == metric && f.Value != nil && *f.Value == v
		}
		for _, sc := range rd.Scoped {
			scoped = scoped || sc.Metric == metric && sc.Item == item && sc.Value != nil && *sc.Value == v && sc.Kind == phrase.ScopePart && (place == "" || sc.Words == place)
		}
		return fact, scoped
	}
	check := func(s, metric, item string, v float64, place string, want bool) {
		n++
		fact, scoped := scopedPart(r.Read(s, phrase.Context{Force: "kent"}), metric, item, v, place)
		if fact || scoped != want {
			bad++
			if bad <= 20 {
				t.Errorf("%q: %s/%s %v: fact %v, scoped (part %q) %v; want no fact, scoped %v", s, metric, item, v, fact, place, scoped, want)
			}
		}
	}
	for _, f := range firsts {
		for _, tl := range tails {
			s := f.clause + tl.text
			for _, pt := range tl.parts {
				check(s, f.metric, f.item, pt.v, pt.place, true)
			}
		}
		// not read
		check(f.clause+" and 5.", f.metric, f.item, 5, "", false)
		check(f.clause+" and 5 in the town centre.", f.metric, f.item, 5, "", false)
		check(f.clause[:len(f.clause)-len(" in Dover")]+" last year and 5 in Margate.", f.metric, f.item, 5, "", false)
	}
	check("12kg of cocaine was seized in Dover and 5 in Margate.", "drugs_seized", "cocaine", 5, "", false)
	check("12kg of cocaine was seized in Dover and 5 in Margate.", "drugs_seized", "cocaine", 5000, "", false)
	if bad > 0 {
		t.Errorf("TestElidedPartLaw: %d of %d cases wrong", bad, n)
	}
}
