package phrase_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestPartVerbPlaceLaw: a part after its total that says what was done
// to it and then where ("Officers seized 14 weapons, including 3 knives
// seized in Medway", "43 people, including 7 women arrested in Dover")
// is that place's part of the part, as it is with no verb ("including 3
// knives in Medway"): the part is not read, and the total stands. Before,
// the verb stopped the look for where, and the Medway knives were read
// as all the week's knives (lead, session 27). Near misses whose part
// still reads: the same part with its verb and no place, or its verb and
// words that are not a place ("seized during the week", "arrested in
// possession of drugs", "in the early hours", "in the raids", "in the
// operation": review27 W13).
func TestPartVerbPlaceLaw(t *testing.T) {
	r := newReader(t)
	type tpl struct {
		total, part string // the sentence to the part's noun; the part's verb
		whole, fact string // the total's fact; the part's
	}
	tpls := []tpl{
		{"Officers seized 14 weapons, including 3 knives", "seized", "weapons_seized/ count 14 exact", "weapons_seized/knife count 3 exact"},
		{"Officers seized 14 weapons, including 3 machetes", "recovered", "weapons_seized/ count 14 exact", "weapons_seized/machete count 3 exact"},
		{"Officers arrested 43 people, including 7 women", "arrested", "arrests/ people 43 exact", "arrests_female/ people 7 exact"},
		{"Officers arrested 43 people, including 7 men", "detained", "arrests/ people 43 exact", "arrests_male/ people 7 exact"},
		{"In total 43 people were arrested, including 7 women", "arrested", "arrests/ people 43 exact", "arrests_female/ people 7 exact"},
	}
	places := []string{"in Medway", "in Dover", "at an address in Dover", "in Thanet", "within Maidstone", "at Ashford", "at an address", "in a raid", "at one address"}
	// reread27 P7: a part of the area said otherwise than by a name
	// straight after the preposition, or the one address the release
	// spoke of, narrows the part too, with its verb or without it
	// (scope.go's and place.go's place test)
	parted := []string{"in the Medway area", "in north Kent", "across Medway", "at the address", "in west Kent",
		"across north Kent", "in the north of the county", "within the Dover area", "at the property", "in central Maidstone"}
	fine := []string{"", " during the week", " as part of the operation", " across the county", " during the operation",
		// review27 W13: a manner, a time, the operation or plural raids
		// after the verb are no place
		" in the operation", " in possession of drugs", " in the early hours", " at the scene", " in dawn raids", " in the raids", " in searches",
		// the force's whole area (P7's near misses)
		" in the county", " across Kent", " throughout Kent"}
	n, failed := 0, 0
	check := func(text string, want []string) {
		n++
		if got := factStrings(r.Read(text, phrase.Context{Force: "kent"}).Facts); !slices.Equal(got, want) {
			failed++
			t.Errorf("%q: read %v, want %v", text, got, want)
		}
	}
	for _, c := range tpls {
		for _, pl := range places {
			check(fmt.Sprintf("%s %s %s.", c.total, c.part, pl), []string{c.whole})
		}
		for _, pl := range parted {
			check(fmt.Sprintf("%s %s %s.", c.total, c.part, pl), []string{c.whole})
			check(fmt.Sprintf("%s %s.", c.total, pl), []string{c.whole})
		}
		for _, f := range fine {
			check(fmt.Sprintf("%s %s%s.", c.total, c.part, f), []string{c.whole, c.fact})
		}
	}
	t.Logf("%d sentences, %d failed", n, failed)
}
