package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestGroupWordUnquantifiedLaw: a kind named with no number, outside
// any figure, is an unquantified fact only of the metrics metrics.csv
// counts unquantified (drugs, weapons, assets); named by its group word
// ("drugs", "illicit drugs", "weapons", "offensive weapons", "assets")
// it is a fact of all items (empty item): "Officers arrested 12 people
// and seized drugs", "Weapons and drugs were seized and 12 people were
// arrested", "seized weapons, £4,000 in cash and 9 mobile phones".
// Refused, with no group fact: the group word with a number (a figure,
// read as one), in an offence ("arrested for possession of drugs"), not
// done ("Officers will seize weapons"), an item's word ("Class A drugs":
// its item), a value's words ("drugs worth £5,000"), a sentence whose
// figure is another day's ("12 people were arrested yesterday and drugs
// were seized"), and a kind of another metric named with no number
// (cash, phones, warrants, arrests: no fact of theirs at all).
func TestGroupWordUnquantifiedLaw(t *testing.T) {
	r := newReader(t)
	groups := []struct{ words, metric string }{
		{"drugs", "drugs_seized"}, {"illicit drugs", "drugs_seized"}, {"illegal drugs", "drugs_seized"},
		{"weapons", "weapons_seized"}, {"offensive weapons", "weapons_seized"}, {"assets", "assets_seized"},
	}
	n, failed := 0, 0
	check := func(text string, want ...string) {
		n++
		got := factStrings(r.Read(text, phrase.Context{Force: "kent"}).Facts)
		slices.Sort(want)
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			failed++
			t.Errorf("%q: read %v, want %v", text, got, want)
		}
	}
	unit := map[string]string{"drugs_seized": "", "weapons_seized": "count", "assets_seized": "count"}
	group := func(m string) string { return fmt.Sprintf("%s/ %s NULL unquantified", m, unit[m]) }
	arrests := func(v int) string { return fmt.Sprintf("arrests/ people %d exact", v) }
	for i, g := range groups {
		a, b := 12+i*3, 4+i
		// read
		check(fmt.Sprintf("Officers arrested %d people and seized %s.", a, g.words), arrests(a), group(g.metric))
		check(fmt.Sprintf("%s were seized and %d people were arrested.", capital(g.words), a), arrests(a), group(g.metric))
		check(fmt.Sprintf("Officers seized %s, £%d,000 in cash and %d mobile phones.", g.words, b, a),
			group(g.metric), fmt.Sprintf("cash_seized/ gbp %d000 exact", b), fmt.Sprintf("mobile_phones_seized/ count %d exact", a))
		// refused: no group fact
		check(fmt.Sprintf("%d people were arrested for possession of %s.", a, g.words), arrests(a))
		check(fmt.Sprintf("Officers will seize %s next week.", g.words))
		check(fmt.Sprintf("%d people were arrested yesterday and %s were seized.", a, g.words))
		check(fmt.Sprintf("Officers seized cash and %s and made %d arrests.", g.words, a), arrests(a), group(g.metric))
	}
	// the group word with a number is the figure, not a kind named with none
	check("Officers seized 14 weapons and arrested 12 people.", "weapons_seized/ count 14 exact", arrests(12))
	check("Officers seized 14 weapons including knives.", "weapons_seized/ count 14 exact")
	check("Officers seized drugs worth £5,000 and arrested 12 people.", "drugs_seized/ gbp 5000 exact", arrests(12))
	check("Class A drugs were seized and 12 people were arrested.", "drugs_seized/class_a  NULL unquantified", arrests(12))
	// other metrics' kinds named with no number: no fact of theirs
	check("Cash and phones were seized and 12 people were arrested.", arrests(12))
	check("Warrants were executed and 14 knives were seized.", "weapons_seized/knife count 14 exact")
	check("Arrests were made and 14 knives were seized.", "weapons_seized/knife count 14 exact")
	check("Officers seized cash, phones and 14 knives.", "weapons_seized/knife count 14 exact")
	t.Logf("%d of %d phrases failed", failed, n)
}
