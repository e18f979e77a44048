package phrase_test

import (
	"fmt"
	"testing"
)

// lawWarrantsAtPlacesCases: a number of places after a preposition of
// place, with no verb of its own, whose clause names warrants with no
// number of their own ("Officers executed warrants at seven addresses",
// "warrants at eight properties", "Warrants were executed across 19
// addresses") counts the warrants: one is executed at each place, as
// found.csv labels them (f1613, f2031, f1051; recall29 B2: "no metric
// fits" before). Near misses read no warrants from the places: warrants
// with a number of their own ("5 warrants at 7 addresses": the 5),
// raids (no warrant, as found.csv labels them), things seized or people
// arrested at places, places visited with no warrant named, and places
// of a part of the force's area (Scoped, not Facts), and warrants said
// not to be done or still to do ("No warrants were executed at 12
// addresses", "Officers are due to execute warrants at 12 addresses").
func lawWarrantsAtPlacesCases() []whoCase {
	var out []whoCase
	n := 0
	num := func() int { n++; return 3 + n%40 }
	says := []string{"Officers executed warrants at %d %s.", "Officers carried out warrants at %d %s.", "Warrants were executed at %d %s.",
		"Search warrants were carried out across %d %s.", "The operation involved warrants at %d %s.", "Officers executed drugs warrants on %d %s.",
		"During the week, officers conducted warrants at %d %s."}
	places := []string{"addresses", "properties", "premises", "homes", "houses"}
	for _, s := range says {
		for _, pl := range places {
			a := num()
			out = append(out, whoCase{fmt.Sprintf(s, a, pl), []string{fmt.Sprintf("warrants %d", a)}})
			// a part of the force's area: Scoped, no fact
			out = append(out, whoCase{text: fmt.Sprintf(s[:len(s)-1]+" in Medway.", num(), pl)})
		}
	}
	for _, pl := range places {
		a, b := num(), num()
		out = append(out,
			whoCase{fmt.Sprintf("Officers executed %d warrants at %d %s.", a, b, pl), []string{fmt.Sprintf("warrants %d", a)}},
			whoCase{text: fmt.Sprintf("Officers carried out raids at %d %s.", b, pl)},
			whoCase{fmt.Sprintf("Officers seized %d knives at %d %s.", a, b, pl), []string{fmt.Sprintf("weapons_seized %d knife", a)}},
			whoCase{fmt.Sprintf("Officers arrested %d people at %d %s.", a, b, pl), []string{fmt.Sprintf("arrests %d", a)}},
			whoCase{text: fmt.Sprintf("Officers went to %d %s.", b, pl)},
		)
	}
	out = append(out, whoCase{text: "Officers executed warrants at 3 schools."})
	// warrants not done, or not yet: no figure of the week
	for _, s := range []string{"Officers are due to execute warrants at %d addresses.", "No warrants were executed at %d addresses.",
		"Officers hope to carry out warrants at %d properties.", "Officers plan to execute warrants at %d homes.",
		"Officers did not execute warrants at %d addresses.", "Officers will execute warrants at %d addresses.",
		"Officers went on to execute warrants at %d premises."} {
		out = append(out, whoCase{text: fmt.Sprintf(s, num())})
	}
	return out
}

// TestWarrantsAtPlacesLaw reads every case in Kent's context: exactly
// the facts it wants, and no other.
func TestWarrantsAtPlacesLaw(t *testing.T) {
	checkFactWords(t, lawWarrantsAtPlacesCases(), itemFact)
}
