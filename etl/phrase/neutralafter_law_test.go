package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestNeutralAfterSeizureLaw: a figure with "were" and a neutral verb
// straight after its own words ("5 knives were used") has its own verb,
// even after a clause of seizing before it ("2 machetes were seized and
// 5 knives were used", frz28b F1), and a word of when between them
// ("5 knives were later used", "... subsequently used", frz28b F2) is
// no act: the knives are not drafted. Near misses keep them: the
// figure as the seizing verb's object ("Officers seized 2 machetes and
// 5 knives, which were hidden"), and a seizing verb after "later" ("5
// knives were later seized").
func TestNeutralAfterSeizureLaw(t *testing.T) {
	knives := releaseFig{"", "weapons_seized", "knife", 5}
	cars := releaseFig{"", "vehicles_seized", "", 3}
	things := []struct {
		words string
		f     releaseFig
	}{{"5 knives", knives}, {"3 vehicles", cars}}
	before := []string{"2 machetes were seized and", "Officers seized 2 machetes and", "Officers arrested 12 people and",
		"12 people were arrested, and", ""}
	neutral := []string{"used", "later used", "subsequently used", "hidden", "later hidden"}
	cases := releaseCases{}
	for _, th := range things {
		for _, b := range before {
			for _, n := range neutral {
				cases.add(capFirst(strings.TrimSpace(fmt.Sprintf("%s %s were %s.", b, th.words, n))), th.f, false)
			}
			cases.add(capFirst(strings.TrimSpace(fmt.Sprintf("%s %s were later seized.", b, th.words))), th.f, true)
			cases.add(capFirst(strings.TrimSpace(fmt.Sprintf("%s %s were seized.", b, th.words))), th.f, true)
		}
		cases.add(fmt.Sprintf("Officers seized 2 machetes and %s, which were hidden.", th.words), th.f, true)
		cases.add(fmt.Sprintf("Officers seized 2 machetes and %s, which were later used.", th.words), th.f, true)
	}
	releaseLaw(t, "TestNeutralAfterSeizureLaw", cases)
}
