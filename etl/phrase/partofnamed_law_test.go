package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestPartOfNamedLaw: a figure after "including" or "such as" straight
// after things named with no number that it counts too ("Phones
// including 3 burner phones were seized", "Officers seized knives,
// including 3 kitchen knives") is some of them, not all: it is not
// drafted (closing28 D5). A part that names its own item of a kind
// ("Officers seized weapons, including 3 knives": knives 3) is the
// count of that item, and stands.
func TestPartOfNamedLaw(t *testing.T) {
	wholes := []struct {
		noun, part string
		f          releaseFig
	}{
		{"phones", "3 burner phones", releaseFig{"", "mobile_phones_seized", "", 3}},
		{"mobile phones", "3 burner phones", releaseFig{"", "mobile_phones_seized", "", 3}},
		{"knives", "3 kitchen knives", releaseFig{"", "weapons_seized", "knife", 3}},
		{"knives", "3 large knives", releaseFig{"", "weapons_seized", "knife", 3}},
		{"cannabis", "3 plants", releaseFig{"", "drugs_seized", "cannabis", 3}},
	}
	cases := releaseCases{}
	for _, w := range wholes {
		// a dash for the comma, "of them" after the number (review29 R8)
		for _, sep := range []string{" - including", " – including", " — including", " - such as"} {
			cases.add(fmt.Sprintf("Officers seized %s%s %s.", w.noun, sep, w.part), w.f, false)
			cases.add(fmt.Sprintf("Officers arrested 12 people and seized %s%s %s.", w.noun, sep, w.part), w.f, false)
		}
		num, rest, _ := strings.Cut(w.part, " ")
		for _, of := range []string{", %s of them %s", " - %s of them %s", ", %s of which were %s"} {
			part := fmt.Sprintf(of, num, rest)
			cases.add(fmt.Sprintf("Officers seized %s%s.", w.noun, part), w.f, false)
			cases.add(fmt.Sprintf("Officers arrested 12 people and seized %s%s.", w.noun, part), w.f, false)
		}
		for _, inc := range []string{"including", ", including", "such as", ", such as"} {
			sep := " " + inc
			if inc[0] == ',' {
				sep = inc
			}
			cases.add(fmt.Sprintf("Officers seized %s%s %s.", w.noun, sep, w.part), w.f, false)
			cases.add(fmt.Sprintf("%s%s %s were seized.", capFirst(w.noun), sep, w.part), w.f, false)
			cases.add(fmt.Sprintf("Officers arrested 12 people and seized %s%s %s.", w.noun, sep, w.part), w.f, false)
		}
	}
	for _, inc := range []string{"including", ", including", "such as"} {
		sep := " " + inc
		if inc[0] == ',' {
			sep = inc
		}
		cases.add(fmt.Sprintf("Officers seized weapons%s 3 knives.", sep), releaseFig{"", "weapons_seized", "knife", 3}, true)
	}
	cases.add("Officers seized 9 phones, including 3 burner phones.", releaseFig{"", "mobile_phones_seized", "", 9}, true)
	cases.add("Officers seized 12 knives, including 3 kitchen knives.", releaseFig{"", "weapons_seized", "knife", 12}, true)
	cases.add("Officers seized weapons - including 3 knives.", releaseFig{"", "weapons_seized", "knife", 3}, true)
	cases.add("Officers seized 9 phones, 3 of them burner phones.", releaseFig{"", "mobile_phones_seized", "", 9}, true)
	cases.add("Officers seized 12 knives - 3 of them kitchen knives.", releaseFig{"", "weapons_seized", "knife", 12}, true)
	releaseLaw(t, "TestPartOfNamedLaw", cases)
}
