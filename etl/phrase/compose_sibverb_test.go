package phrase_test

import (
	"fmt"
	"testing"
)

// Things named with no number after a word of siblings ("along with",
// "as well as", "together with", "plus") that follows, with nothing but
// a comma or a dash between, a verb of things done ("Heroin was seized
// along with weapons", "Cash was seized, along with heroin, crack
// cocaine and cannabis", f2204; "were seized – along with weapons and
// almost £50,000 in cash", f974) are that verb's things, read as a
// number in their place would be (their twin). Not when the verb is not
// done (a modal, the present), when its clause names another force or
// body (a joint operation), says another place, period or agent, or
// says more of the things (a clause of what became of them), or when
// the things are one or the other ("or"). The things before such a
// comma ("Heroin was seized, along with cocaine and cannabis") are the
// verb's as much as those after it: the part after the comma names more
// things, it says no more of them (found29 F3).
var (
	sibVerbReads = []string{
		"%[1]s arrests were made and cash was seized along with %[2]s and %[3]s.",
		"Cash was seized, along with %[2]s and %[3]s, and %[1]s people were arrested.",
		"Officers arrested %[1]s people. Cash was recovered – along with %[2]s and %[3]s.",
		"%[1]s people were arrested; cash was seized as well as %[2]s and %[3]s.",
		"Cash was also seized together with %[2]s and %[3]s, and %[1]s people were arrested.",
		// the things before the comma are the verb's too (found29 F3)
		"%[1]s arrests were made. %[2]s were seized, along with %[3]s.",
		"%[1]s people were arrested; %[2]s were recovered, as well as %[3]s.",
	}
	sibVerbRefused = []string{
		"Cash will be seized along with %[2]s and %[3]s, and %[1]s people were arrested.",
		"Cash is seized along with %[2]s and %[3]s every week, and %[1]s people were arrested.",
		"%[1]s arrests were made and cash was seized along with %[2]s and %[3]s in Essex.",
		"%[1]s arrests were made and cash was seized along with %[2]s and %[3]s last year.",
		"Last year, %[1]s arrests were made and cash was seized along with %[2]s and %[3]s.",
		"%[1]s arrests were made and cash was seized along with %[2]s and %[3]s by Border Force.",
		"In a joint operation with Essex Police, cash was seized along with %[2]s and %[3]s, and %[1]s people were arrested.",
		"%[1]s arrests were made and cash was seized, along with %[2]s and %[3]s, which were later returned.",
		"%[1]s arrests were made and cash was seized, along with %[2]s or %[3]s.",
		"%[1]s arrests were made. %[2]s were seized, along with %[3]s, in Essex.",
		"%[1]s arrests were made. %[2]s were seized, along with %[3]s, which were later returned.",
	}
)

// TestUnquantifiedSiblingVerbLaw: each pair of items of unqPairs in
// each frame, round-robin, and every frame with two pairs.
func TestUnquantifiedSiblingVerbLaw(t *testing.T) {
	cases := unqFrameCases(unqPairs(testCatalog(t)), sibVerbReads, sibVerbRefused, func(f string, n lawNum, pr [2]unqNamed) string {
		return fmt.Sprintf(f, n.text, pr[0].text, pr[1].text)
	})
	checkUnq(t, newReader(t), cases)
}
