package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// A kind named with no number by its group word, with its parts named
// after "including", may end a list after the verb, or stand beside a
// figure after "as well as" or "plus" ("Officers arrested 41 people
// and seized cash and weapons including knives and axes", "... cash
// seized and weapons including machetes and tasers", f2270; "valued at
// £24,000 as well as weapons including machetes and zombie knives",
// f2459; "plus weapons including imitation handguns", f913). Its parts
// are then the things of the verb before it, read as a number in their
// place would be (their twin), and the kind is an unquantified fact of
// all items beside them (listkind.go); as when the kind stands right
// after its verb ("seized weapons including knives"). They are not
// read when that verb is of people ("arrested 12 people and weapons
// including knives": no verb of the things), not done (a modal, an aim,
// the present, "not"), another's (another force or body as its subject,
// or named in its clause: a joint operation's figures are the forces'
// together), when its clause says another place or period, when words
// follow the parts in their clause (a place or period there is not seen
// by the figures beside the list either: found29 F2), or when the kind
// is one or the other ("or").
var (
	joinedKindReads = []string{
		"Officers arrested %[1]s people and seized cash and %[4]s including %[2]s and %[3]s.",
		"Officers arrested %[1]s people and seized cash and %[4]s, including %[2]s and %[3]s.",
		"Officers seized %[1]s mobile phones, as well as %[4]s including %[2]s and %[3]s.",
		"Kent Police recovered %[1]s mobile phones plus %[4]s including %[2]s and %[3]s.",
		"%[1]s people were arrested and officers seized cash and a quantity of %[4]s including %[2]s and %[3]s.",
		"%[1]s people were arrested and officers seized %[1]s mobile phones as well as %[4]s including %[2]s and %[3]s.",
	}
	joinedKindRefused = []string{
		// no verb of the things: the verb before the kind is of people
		"Officers arrested %[1]s people and %[4]s including %[2]s and %[3]s.",
		"%[1]s people were arrested and %[4]s including %[2]s and %[3]s.",
		// not done
		"Officers arrested %[1]s people and will seize cash and %[4]s including %[2]s and %[3]s.",
		"Officers arrested %[1]s people and hope to seize cash and %[4]s including %[2]s and %[3]s.",
		"Officers arrested %[1]s people and did not seize cash and %[4]s including %[2]s and %[3]s.",
		"Officers are seizing %[1]s mobile phones as well as %[4]s including %[2]s and %[3]s.",
		// another force or body, a joint operation
		"Essex Police seized %[1]s mobile phones as well as %[4]s including %[2]s and %[3]s.",
		"Officers arrested %[1]s people; Border Force seized cash and %[4]s including %[2]s and %[3]s.",
		"Officers seized %[1]s mobile phones with Border Force as well as %[4]s including %[2]s and %[3]s.",
		"Officers arrested %[1]s people and seized cash and %[4]s including %[2]s and %[3]s in a joint operation with Essex Police.",
		// another place or period
		"Officers seized %[1]s mobile phones in Essex as well as %[4]s including %[2]s and %[3]s.",
		"Officers arrested %[1]s people and seized cash and %[4]s including %[2]s and %[3]s in Essex.",
		"Officers arrested %[1]s people and seized cash and %[4]s including %[2]s and %[3]s last year.",
		"Last year, officers seized %[1]s mobile phones as well as %[4]s including %[2]s and %[3]s.",
		// words after the parts: the figures beside such a list do not
		// see them (found29 F2), so nothing judges them
		"Officers made %[1]s arrests and seized cash and %[4]s including %[2]s and %[3]s during the week of action.",
		// one or the other
		"Officers arrested %[1]s people and seized cash, or %[4]s including %[2]s and %[3]s.",
	}
)

// TestUnquantifiedJoinedKindLaw: each pair of items of unqPairs, with
// its kind's group word, in each frame.
func TestUnquantifiedJoinedKindLaw(t *testing.T) {
	cat := testCatalog(t)
	kinds := map[string]string{"weapons_seized": "weapons", "drugs_seized": "drugs"}
	cases := unqFrameCases(unqPairs(cat), joinedKindReads, joinedKindRefused, func(f string, n lawNum, pr [2]unqNamed) string {
		return fmt.Sprintf(f, n.text, pr[0].text, pr[1].text, kinds[pr[0].metric])
	})
	for i := range cases {
		cases[i].kind = true
	}
	if !strings.Contains(cases[0].text, "including") {
		t.Fatalf("no list in %q", cases[0].text)
	}
	checkUnq(t, newReader(t), cases)
}

// unqFrameCases puts each pair of things of pairs in a frame of reads
// (read) and of refused (not read), round-robin, and then two pairs (the
// first and the last) in every frame; fill writes a frame with a number
// and a pair.
func unqFrameCases(pairs [][2]unqNamed, reads, refused []string, fill func(f string, n lawNum, pr [2]unqNamed) string) []unqCase {
	g := &lawGen{}
	var cases []unqCase
	add := func(pr [2]unqNamed, f string, read bool) {
		n := g.num()
		cases = append(cases, unqCase{text: capital(fill(f, n, pr)), n: n.value, a: pr[0], b: pr[1], read: read})
	}
	for i, pr := range pairs {
		add(pr, reads[i%len(reads)], true)
		add(pr, refused[i%len(refused)], false)
	}
	for _, pr := range [][2]unqNamed{pairs[0], pairs[len(pairs)-1]} {
		for _, f := range reads {
			add(pr, f, true)
		}
		for _, f := range refused {
			add(pr, f, false)
		}
	}
	return cases
}
