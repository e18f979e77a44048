package phrase_test

import (
	"fmt"
	"testing"
)

// TestOnePersonsLaw: things seized from one person ("Officers seized 3
// knives from one man", "... from a woman", closing28 P5), or found
// with one person in a clause with no subject of its own after his
// ("One man was arrested; found with 3 knives", frz28c F1), are that
// person's, a part of the week's: they are not drafted. Things seized
// from many ("from suspects", "from drug dealers"), and a clause after
// one person's with a subject of its own ("One man was arrested;
// officers seized 3 knives"), stay the week's.
func TestOnePersonsLaw(t *testing.T) {
	things := []struct {
		words string
		f     releaseFig
	}{
		{"3 knives", releaseFig{"", "weapons_seized", "knife", 3}},
		{"5 machetes", releaseFig{"", "weapons_seized", "machete", 5}},
		{"£300 in cash", releaseFig{"", "cash_seized", "", 300}},
		{"12 wraps of cocaine", releaseFig{"", "drugs_seized", "cocaine", 12}},
	}
	persons := []string{"one man", "a man", "a woman", "one suspect", "a boy", "one woman"}
	cases := releaseCases{}
	for _, th := range things {
		for _, who := range persons {
			cases.add(fmt.Sprintf("Officers seized %s from %s.", th.words, who), th.f, false)
			cases.add(fmt.Sprintf("Officers recovered %s from %s.", th.words, who), th.f, false)
		}
		for _, who := range []string{"One man", "One woman", "One suspect"} {
			cases.add(fmt.Sprintf("%s was arrested; found with %s.", who, th.words), th.f, false)
			cases.add(fmt.Sprintf("%s was arrested; found in possession of %s.", who, th.words), th.f, false)
			cases.add(fmt.Sprintf("%s was arrested; officers seized %s.", who, th.words), th.f, true)
		}
		cases.add(fmt.Sprintf("Officers seized %s from suspects.", th.words), th.f, true)
		cases.add(fmt.Sprintf("Officers seized %s from drug dealers.", th.words), th.f, true)
	}
	releaseLaw(t, "TestOnePersonsLaw", cases)
}
