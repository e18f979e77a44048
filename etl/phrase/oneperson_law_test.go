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
	persons := []string{"one man", "a man", "a woman", "one suspect", "a boy", "one woman",
		// drafts29 N3, D1: an age, a teenager, a name before the
		// noun, "the" and a pronoun
		"a 17-year-old boy", "a 17-year-old", "a teenager", "a Maidstone man", "the man", "the suspect", "him", "her"}
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
		// one person as the subject said with "a", his things in his
		// hands: his, as with "one" (drafts29 D1, the house's decision)
		for _, form := range []string{"A man was found with %s.", "A 17-year-old boy was found carrying %s.", "A teenager was found in possession of %s.",
			"A man was arrested and found with %s.", "A woman was stopped and found with %s."} {
			cases.add(fmt.Sprintf(form, th.words), th.f, false)
		}
		cases.add(fmt.Sprintf("Officers seized %s from the suspects.", th.words), th.f, true)
		cases.add(fmt.Sprintf("Officers seized %s from suspects.", th.words), th.f, true)
		cases.add(fmt.Sprintf("Officers seized %s from drug dealers.", th.words), th.f, true)
	}
	// things at a place one person was at are the place's, left to the
	// rest of the grammar (found.csv f334)
	cases.add("A 16-year-old child was safeguarded at a suspected cuckooed property with 80 wraps of cocaine.", releaseFig{"", "drugs_seized", "cocaine", 80}, true)
	releaseLaw(t, "TestOnePersonsLaw", cases)
}
