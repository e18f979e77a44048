package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestSizeWordLaw: a word of size ("small", "smaller", "large") between
// a number and what it counts says nothing of the figure: "127 smaller
// wraps of cocaine" reads as "127 wraps of cocaine" does, "12 small
// knives" as "12 knives", "a small amount of heroin" as "an amount of
// heroin" does. It never makes a unit of a word that is
// none ("3 small bags of cannabis", "100 small amounts of ketamine"
// stay unread) nor a count of "a small number of" things. Law over every
// drug name and every weapon name of the catalogue.
func TestSizeWordLaw(t *testing.T) {
	cat := testCatalog(t)
	r := newReader(t)
	g := &lawGen{}
	sizes := []string{"small", "smaller", "large"}
	cases, failed := 0, 0
	read := func(text string) phrase.Reading {
		cases++
		return r.Read(text, phrase.Context{Force: "kent"})
	}
	k := 0
	size := func() string { k++; return sizes[k%len(sizes)] }
	check := func(text string, want []string) {
		got := read(text)
		if fmt.Sprint(keys(got.Facts)) != fmt.Sprint(want) {
			failed++
			t.Errorf("%q: want %v, got %v, messages %v", text, want, keys(got.Facts), got.Messages)
		}
	}
	// same: the words with a size word read as they do without it
	same := func(text, without string) {
		got, want := read(text), read(without)
		if fmt.Sprint(keys(got.Facts)) != fmt.Sprint(keys(want.Facts)) {
			failed++
			t.Errorf("%q: want %v (as %q), got %v, messages %v", text, keys(want.Facts), without, keys(got.Facts), got.Messages)
		}
	}
	for _, it := range cat.Items {
		for _, d := range lawDrugNames(it) {
			n := g.num()
			s := size()
			check(fmt.Sprintf("Officers seized %s %s wraps of %s.", n.text, s, d), []string{fmt.Sprintf("drugs_seized/%s wraps %v exact", it.Code, n.value)})
			same(fmt.Sprintf("Officers seized a %s amount of %s.", s, d), fmt.Sprintf("Officers seized an amount of %s.", d))
			check(fmt.Sprintf("Officers seized %s %s bags of %s.", n.text, s, d), nil)
			check(fmt.Sprintf("Officers seized %s %s amounts of %s.", n.text, s, d), nil)
		}
	}
	for _, nm := range lawCountedNames(cat) {
		n := g.num()
		s := size()
		check(fmt.Sprintf("Officers seized %s %s %s.", n.text, s, plural(nm[0])), []string{fmt.Sprintf("weapons_seized/%s count %v exact", nm[1], n.value)})
		got := read(fmt.Sprintf("A %s number of %s were seized.", s, plural(nm[0])))
		for _, f := range got.Facts {
			if f.Value != nil {
				failed++
				t.Errorf("a %s number of %s: want no number read, got %v", s, plural(nm[0]), keys(got.Facts))
				break
			}
		}
	}
	t.Logf("TestSizeWordLaw: %d of %d cases failed", failed, cases)
}
