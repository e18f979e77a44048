package phrase_test

import (
	"fmt"
	"testing"
)

// TestOfPartLaw: a figure said of a part of a total through a
// preposition ("Officers arrested 12 people, including 7 arrested on 3
// warrants", "(7 of them on 3 warrants)") counts that part's things,
// some of the week's: it is not drafted (closing28). The total stands,
// and so do the week's warrants said apart ("Officers arrested 12
// people and executed 3 warrants").
func TestOfPartLaw(t *testing.T) {
	warrants := releaseFig{"", "warrants", "", 3}
	arrests := releaseFig{"", "arrests", "", 12}
	parts := []string{", including 7 arrested on 3 warrants", ", including 7 on 3 warrants", " (7 of them on 3 warrants)",
		", including 7 arrested during 3 warrants", ", 7 of whom were arrested on 3 warrants", ", including 7 arrested under 3 warrants"}
	cases := releaseCases{}
	for _, pt := range parts {
		for _, head := range []string{"Officers arrested 12 people%s.", "12 people were arrested%s.", "Police made 12 arrests%s."} {
			s := fmt.Sprintf(head, pt)
			cases.add(s, warrants, false)
			cases.add(s, arrests, true)
		}
	}
	cases.add("Officers arrested 12 people and executed 3 warrants.", warrants, true)
	cases.add("Officers arrested 12 people, including 7 on warrants. Officers executed 3 warrants.", warrants, true)
	releaseLaw(t, "TestOfPartLaw", cases)
}
