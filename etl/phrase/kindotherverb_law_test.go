package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestKindOtherVerbLaw: the parts of a kind said with words that are
// not its metric's one verb ("The weapons handed in were 3 machetes",
// "3 machetes were among the weapons used", "... among the weapons
// seized by Border Force") take the kind's verdict: not drafted
// (review27 W11; the parts were drafted as seized by their nouns). The
// same forms with the metric's own verb ("The weapons seized were 3
// machetes", "... among the weapons found") draft them.
func TestKindOtherVerbLaw(t *testing.T) {
	parts := []struct {
		text string
		f    releaseFig
	}{
		{"3 machetes", releaseFig{"", "weapons_seized", "machete", 3}},
		{"3 machetes and 2 axes", releaseFig{"", "weapons_seized", "machete", 3}},
		{"knives and 3 machetes", releaseFig{"", "weapons_seized", "machete", 3}},
		{"a machete", releaseFig{"", "weapons_seized", "machete", 1}},
		{"2 axes and a machete", releaseFig{"", "weapons_seized", "machete", 1}},
	}
	other := []string{"handed in", "used", "surrendered", "seized by Border Force", "found by residents", "handed in to police", "carried", "recovered by Essex Police", "seized by Border Force officers"}
	own := []string{"seized", "found", "recovered", "confiscated", "discovered", "seized during the week", "found during the week of action"}
	forms := []string{"The weapons %[1]s were %[2]s.", "%[2]s were among the weapons %[1]s.", "Among the weapons %[1]s were %[2]s."}
	cases := releaseCases{}
	for _, p := range parts {
		for _, form := range forms {
			for _, v := range other {
				s := fmt.Sprintf(form, v, p.text)
				cases.add(strings.ToUpper(s[:1])+s[1:], p.f, false)
			}
			for _, v := range own {
				s := fmt.Sprintf(form, v, p.text)
				cases.add(strings.ToUpper(s[:1])+s[1:], p.f, true)
			}
		}
	}
	releaseLaw(t, "TestKindOtherVerbLaw", cases)
}
