package phrase_test

import (
	"fmt"
	"testing"
)

// TestNounAfterNumberLaw: a noun of doing that is also a verb's present
// ("arrests": "he arrests") after the figure's number and words that
// narrow what it counts ("Officers made 17 drug-related arrests", "Four
// suspected drug related arrests were made") is the figure's noun, not
// a verb said in the present: the figure is drafted (recall29 B7: "17
// drug-related arrests have been made" was refused as "said in the
// present"). A present verb stays refused: its subject stands before it,
// a person or a word nobody taught us ("One officer arrests 12 people",
// "Two officers arrest 12 people", "Police seize 12 knives").
func TestNounAfterNumberLaw(t *testing.T) {
	cases := releaseCases{}
	add := cases.add
	numbers := []struct {
		text string
		v    float64
	}{{"12", 12}, {"twelve", 12}, {"almost 200", 200}, {"more than 40", 40}, {"four", 4}, {"a total of 23", 23}}
	mods := []string{"drug-related", "suspected drug-related", "county lines related", "county lines-related", "drugs-related"}
	frames := []string{
		"Officers made %s %s arrests.",
		"%s %s arrests were made.",
		"%s %s arrests have been made during the week.",
		"The week saw %s %s arrests.",
		"Police made %s %s arrests and seized 3 knives.",
		"The operation resulted in %s %s arrests.",
	}
	for _, n := range numbers {
		f := releaseFig{"", "arrests", "", n.v}
		for _, m := range mods {
			for _, fr := range frames {
				add(capFirst(fmt.Sprintf(fr, n.text, m)), f, true)
			}
		}
		// a present verb after its subject stays refused
		for _, s := range []string{"One officer arrests %s people.", "Two officers arrest %s people.", "The team arrests %s people.", "Officers arrest %s people.", "The unit arrests %s people."} {
			add(capFirst(fmt.Sprintf(s, n.text)), f, false)
		}
	}
	for _, s := range []string{"Police seize %s knives.", "The unit seizes %s knives.", "One officer seizes %s knives."} {
		add(fmt.Sprintf(s, "12"), releaseFig{"", "weapons_seized", "knife", 12}, false)
	}
	releaseLaw(t, "TestNounAfterNumberLaw", cases)
}
