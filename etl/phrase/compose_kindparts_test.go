package phrase_test

import (
	"fmt"
	"testing"
)

// Things named with no number after a verb of seizing, in a list that
// ends with a kind and its parts after "including" ("Officers also
// seized heroin and weapons including knives", "Cash was seized, along
// with heroin, crack cocaine and cannabis and weapons including knives,
// a samurai sword and a knuckle duster", f2204), are the verb's object
// as they are when the list ends its clause: the kind is read with its
// parts (listkind.go), and the things before it as their twin would be.
// Not when anything but things named follows the parts in their clause
// (a place, a period, a clause of what became of them, another force),
// when the verb is not done or another's, or when the list says one or
// the other ("or").
var (
	kindPartsReads = []string{
		"Officers arrested %[1]s people and seized %[2]s and %[4]s including %[3]s.",
		"Kent Police arrested %[1]s people and recovered %[2]s, cash and %[4]s including %[3]s.",
		"Officers made %[1]s arrests, seizing %[2]s and %[4]s including %[3]s.",
		"%[1]s people were arrested; officers also seized %[2]s and a quantity of %[4]s including %[3]s.",
	}
	kindPartsRefused = []string{
		"Officers arrested %[1]s people and seized %[2]s and %[4]s including %[3]s in Essex.",
		"Officers arrested %[1]s people and seized %[2]s and %[4]s including %[3]s last year.",
		"Officers arrested %[1]s people and seized %[2]s and %[4]s including %[3]s, which were later returned.",
		"Officers arrested %[1]s people and seized %[2]s and %[4]s including %[3]s with Essex Police.",
		"Officers arrested %[1]s people and will seize %[2]s and %[4]s including %[3]s.",
		"Essex Police arrested %[1]s people and seized %[2]s and %[4]s including %[3]s.",
		"Officers arrested %[1]s people and seized %[2]s or %[4]s including %[3]s.",
	}
)

// TestUnquantifiedKindPartsLaw: each pair of items of unqPairs, the
// second as a part of their kind, in each frame.
func TestUnquantifiedKindPartsLaw(t *testing.T) {
	kinds := map[string]string{"weapons_seized": "weapons", "drugs_seized": "drugs"}
	cases := unqFrameCases(unqPairs(testCatalog(t)), kindPartsReads, kindPartsRefused, func(f string, n lawNum, pr [2]unqNamed) string {
		return fmt.Sprintf(f, n.text, pr[0].text, pr[1].text, kinds[pr[0].metric])
	})
	for i := range cases {
		cases[i].kind = true
	}
	checkUnq(t, newReader(t), cases)
}
