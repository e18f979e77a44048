package phrase_test

import (
	"fmt"
	"testing"
)

// TestPartBesideLaw: a figure of a whole with a figure of its part
// beside it, joined as another member of the list ("Officers arrested 43
// people plus 5 juveniles", "43 people and 5 children were arrested",
// "safeguarded 20 people as well as 5 children", "and also 5
// juveniles", review29 R8) does not say whether
// the part is among the whole or added to it: the week's whole is 43
// or 48, so the 43 is not drafted (closing28 E1). A part said with
// "including" or "of them", another part of the same whole ("43 men and
// 5 women"), and a figure with a verb of its own ("and safeguarded 5
// children") leave the whole drafted.
func TestPartBesideLaw(t *testing.T) {
	arrests := releaseFig{"", "arrests", "", 43}
	safeguarded := releaseFig{"", "safeguarded", "", 20}
	joins := []string{"plus", "and", "as well as", ", plus", "along with", "together with", ", and", "and also", ", and also",
		// a dash before the word (review29 R8)
		" - and", " – and", " - plus"}
	// people the catalogue counts in no part ("teenagers": review29 R8)
	// are beside the whole just the same
	kids := []string{"juveniles", "children", "under-18s", "youths", "teenagers"}
	cases := releaseCases{}
	for _, j := range joins {
		sep := " " + j
		if j[0] == ',' {
			sep = j
		}
		for _, kid := range kids {
			cases.add(fmt.Sprintf("Officers arrested 43 people%s 5 %s.", sep, kid), arrests, false)
			cases.add(fmt.Sprintf("43 people%s 5 %s were arrested.", sep, kid), arrests, false)
			cases.add(fmt.Sprintf("Police arrested 43 people%s 5 %s during the week.", sep, kid), arrests, false)
		}
		for _, kid := range []string{"children", "juveniles"} {
			cases.add(fmt.Sprintf("Officers safeguarded 20 people%s 5 %s.", sep, kid), safeguarded, false)
		}
	}
	for _, kid := range kids {
		cases.add(fmt.Sprintf("Officers arrested 43 people, including 5 %s.", kid), arrests, true)
		cases.add(fmt.Sprintf("Officers arrested 43 people, 5 of them %s.", kid), arrests, true)
		cases.add(fmt.Sprintf("Officers arrested 43 people and seized 5 knives from %s.", kid), arrests, true)
	}
	cases.add("Officers arrested 43 people and safeguarded 5 children.", arrests, true)
	cases.add("Officers arrested 43 people and also safeguarded 5 children.", arrests, true)
	cases.add("Officers arrested 43 people and 5 children were safeguarded.", arrests, true)
	cases.add("Officers safeguarded 20 people and arrested 5 juveniles.", safeguarded, true)
	cases.add("Officers arrested 43 men and 5 women.", releaseFig{"", "arrests_male", "", 43}, true)
	cases.add("Officers arrested 43 people and seized 5 knives.", arrests, true)
	cases.add("Officers arrested 43 people - and seized 5 knives.", arrests, true)
	cases.add("Officers arrested 43 people and 5 teenagers were safeguarded.", arrests, true)
	cases.add("Officers arrested 43 men and 5 teenagers.", releaseFig{"", "arrests_male", "", 43}, true)
	releaseLaw(t, "TestPartBesideLaw", cases)
}
