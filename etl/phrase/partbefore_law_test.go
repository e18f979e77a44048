package phrase_test

import (
	"fmt"
	"testing"
)

// TestPartBeforeLaw: a sentence opening with a part of the figure before
// it ("3 of these", "2 of them", "1 of those") said of another period
// than the week ("3 of these were made before the week began") makes
// that figure more than the week's: it is not drafted, as "Of these, 3
// were made before the week began" and the part said in the figure's
// own sentence already are (closing28 D2). A part said of the week's
// own days, or of nothing but what became of it ("3 of these were
// charged"), leaves the figure drafted.
func TestPartBeforeLaw(t *testing.T) {
	done := map[string]string{"arrests": "arrested", "weapons_seized": "seized", "lines_closed": "closed",
		"warrants": "executed", "mobile_phones_seized": "seized"}
	others := []string{"before the week began", "on 3 October", "in September", "before the operation",
		"during the previous week"}
	own := []string{"on Tuesday", "on 12 October", "during the week", "in the first two days of the week"}
	parts := []string{"2 of these", "2 of them", "2 of those", "Two of these"}
	cases := releaseCases{}
	for _, f := range releaseFigs {
		fig := capFirst(f.clause) + "."
		for _, pt := range parts {
			for _, o := range others {
				cases.add(fmt.Sprintf("%s %s were %s %s.", fig, pt, done[f.metric], o), f, false)
			}
			for _, o := range own {
				cases.add(fmt.Sprintf("%s %s were %s %s.", fig, pt, done[f.metric], o), f, true)
			}
		}
	}
	cases.add("Officers made 43 arrests. 3 of these were made before the week began.", releaseFigs[2], false)
	cases.add("Officers made 43 arrests. 3 of these were charged.", releaseFigs[2], true)
	cases.add("Officers made 43 arrests. 3 of these were under 18.", releaseFigs[2], true)
	releaseLaw(t, "TestPartBeforeLaw", cases)
}
