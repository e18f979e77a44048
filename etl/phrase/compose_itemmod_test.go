package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// named reports words that are an item's own name in the catalogue.
func named(cat *catalog.Catalog, words string) bool {
	for _, it := range cat.Items {
		for _, s := range it.Synonyms {
			if strings.EqualFold(s, words) {
				return true
			}
		}
	}
	return false
}

// TestItemModifierElsewhereLaw: a word that turns one item into another
// ("imitation", "replica", "toy", "fake" make a firearm an imitation
// firearm) said of any other item of its kind, or of the kind alone,
// says the thing is not what it names: "12 replica knives", "a toy
// machete", "12 fake weapons" are no knife, machete or weapon the
// catalogue counts, nor an imitation firearm. Such a figure is refused
// with a message. Said of its own base ("12 replica firearms", "BB guns")
// it is the item it makes. Law over every modifier of every such item ×
// every weapon name × two sentence forms.
func TestItemModifierElsewhereLaw(t *testing.T) {
	cat := testCatalog(t)
	r := newReader(t)
	g := &lawGen{}
	forms := []string{"Officers seized %s %s %s.", "%s %s %s were seized during the week."}
	cases, failed := 0, 0
	for _, it := range cat.Items {
		if it.Base == "" || it.Kind != "weapon" {
			continue
		}
		for _, mod := range it.Modifiers {
			for i, w := range lawWeaponNames(cat) {
				n := g.num()
				text := fmt.Sprintf(forms[i%len(forms)], n.text, mod, plural(w[0]))
				got := r.Read(capital(text), phrase.Context{Force: "kent"})
				cases++
				want := ""
				if w[1] == it.Base || w[1] == it.Code {
					want = it.Code
				}
				ok := len(got.Messages) > 0 && len(got.Facts) == 0
				if want != "" {
					ok = len(got.Facts) == 1 && got.Facts[0].Item == want && got.Facts[0].Value != nil && *got.Facts[0].Value == n.value
				}
				if !ok {
					failed++
					t.Errorf("%q: want %s, got facts %v, messages %v", text, map[bool]string{true: want, false: "nothing read, a message"}[want != ""], keys(got.Facts), got.Messages)
				}
			}
			// the kind alone, unless the words name an item ("air weapons")
			if named(cat, mod+" weapons") {
				continue
			}
			n := g.num()
			text := fmt.Sprintf(forms[0], n.text, mod, "weapons")
			got := r.Read(text, phrase.Context{Force: "kent"})
			cases++
			if len(got.Facts) > 0 || len(got.Messages) == 0 {
				failed++
				t.Errorf("%q: want nothing read and a message, got facts %v", text, keys(got.Facts))
			}
		}
	}
	t.Logf("%d sentences, %d failed", cases, failed)
}
