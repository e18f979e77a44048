package phrase_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestNumberedPartsPlaceLaw: another force's area or a wider one that
// ends the sentence after a numbered list's parts ("Officers seized 12
// weapons including 3 air rifles and 4 flick knives in Essex") is the
// place of the whole list, its total and every part, as it is after
// parts named with no number (TestPlaceAfterPartsLaw): no figure of it
// is the force's week. Before, the place was taken as the last part's
// alone, and the total and the earlier parts were read as the force's
// own (wrong29 0: Kent's weapons 12 and air weapons 3). Kept: no place,
// the force's own area, a part of it after a part ("including 7 women
// in Medway": TestPartVerbPlaceLaw) and a place right after a part's
// number ("including 12 in Essex").
func TestNumberedPartsPlaceLaw(t *testing.T) {
	r := newReader(t)
	type list struct {
		text  string
		whole []string // the facts before the parts
		parts []string // the parts' facts when no place narrows them
	}
	lists := []list{
		{"Officers seized 12 weapons including 3 air rifles and 4 flick knives",
			[]string{"weapons_seized/ count 12 exact"}, []string{"weapons_seized/air_weapon count 3 exact", "weapons_seized/knife count 4 exact"}},
		{"Officers seized 12 weapons, including 3 air rifles and 4 flick knives",
			[]string{"weapons_seized/ count 12 exact"}, []string{"weapons_seized/air_weapon count 3 exact", "weapons_seized/knife count 4 exact"}},
		{"Officers seized 12 weapons such as 3 air rifles and 4 flick knives",
			[]string{"weapons_seized/ count 12 exact"}, []string{"weapons_seized/air_weapon count 3 exact", "weapons_seized/knife count 4 exact"}},
		{"Officers seized 12 weapons including 3 air rifles",
			[]string{"weapons_seized/ count 12 exact"}, []string{"weapons_seized/air_weapon count 3 exact"}},
		{"Officers arrested 43 people, including 7 women and 3 men",
			[]string{"arrests/ people 43 exact"}, []string{"arrests_female/ people 7 exact", "arrests_male/ people 3 exact"}},
		{"Officers arrested 43 people, including 7 women",
			[]string{"arrests/ people 43 exact"}, []string{"arrests_female/ people 7 exact"}},
		{"Officers arrested 48 people and seized 12 weapons including 3 air rifles and 4 flick knives",
			[]string{"arrests/ people 48 exact", "weapons_seized/ count 12 exact"}, []string{"weapons_seized/air_weapon count 3 exact", "weapons_seized/knife count 4 exact"}},
	}
	// another force's area or a wider one: nothing of the sentence is
	// the force's week
	others := []string{"in Essex", "across Essex", "throughout Essex", "in London", "in the Essex area",
		"in Essex and London", "across the region", "across the country", "nationally"}
	n, failed := 0, 0
	check := func(text string, want []string) {
		n++
		if got := factStrings(r.Read(text, phrase.Context{Force: "kent"}).Facts); !slices.Equal(got, want) {
			failed++
			t.Errorf("%q: read %v, want %v", text, got, want)
		}
	}
	for _, l := range lists {
		for _, pl := range others {
			check(fmt.Sprintf("%s %s.", l.text, pl), nil)
		}
		all := append(slices.Clone(l.whole), l.parts...)
		slices.Sort(all)
		for _, end := range []string{"", " across the county"} {
			check(l.text+end+".", all)
		}
		// the force's own area by its name: the whole stands (its last
		// part may be refused as narrowed, a figure missed, not wrong)
		for _, end := range []string{" in Kent", " across Kent"} {
			n++
			text := l.text + end + "."
			got := factStrings(r.Read(text, phrase.Context{Force: "kent"}).Facts)
			ok := true
			for _, w := range l.whole {
				ok = ok && slices.Contains(got, w)
			}
			for _, g := range got {
				ok = ok && slices.Contains(all, g)
			}
			if !ok {
				failed++
				t.Errorf("%q: read %v, want %v and no other than %v", text, got, l.whole, all)
			}
		}
	}
	check("Officers arrested 43 people, including 12 in Essex.", []string{"arrests/ people 43 exact"})
	check("Officers arrested 43 people, including 7 women in Medway.", []string{"arrests/ people 43 exact"})
	t.Logf("%d sentences, %d failed", n, failed)
}
