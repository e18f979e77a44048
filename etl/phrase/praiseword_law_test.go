package phrase_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestPraiseWordBeforeNumberLaw: the words a release praises its figure
// with between "a" and the number ("a whopping 23 arrests", "an
// impressive 23 people were arrested", "a mere 23") say nothing of
// whose, when or how near the figure is: it is read exactly as with no
// such word (review21 V10: 281e47b refused them as words nobody taught
// us). Words nobody taught stay refused (TestArticleWordBeforeNumberLaw).
func TestPraiseWordBeforeNumberLaw(t *testing.T) {
	r := newReader(t)
	praise := []string{"whopping", "impressive", "staggering", "incredible", "remarkable", "mere", "fantastic",
		"astonishing", "astounding", "phenomenal", "excellent", "extraordinary", "tremendous", "massive", "huge"}
	frames := []string{
		"Officers made %s arrests.", "%s people were arrested.", "Police seized %s knives.",
		"During the week %s warrants were executed.", "In total, %s vulnerable people were safeguarded.",
		"Officers seized %s mobile phones and 4 knives.",
	}
	failed, n := 0, 0
	for _, f := range frames {
		plain := r.Read(capital(fmt.Sprintf(f, "23")), phrase.Context{Force: "kent"})
		if len(plain.Facts) == 0 {
			t.Fatalf("%q reads nothing: the law would hold by saying nothing", fmt.Sprintf(f, "23"))
		}
		for _, w := range praise {
			art := "a"
			if slices.Contains([]string{"a", "e", "i", "o", "u"}, w[:1]) {
				art = "an"
			}
			text := capital(fmt.Sprintf(f, art+" "+w+" 23"))
			n++
			got := r.Read(text, phrase.Context{Force: "kent"})
			if fmt.Sprint(factStrings(got.Facts)) != fmt.Sprint(factStrings(plain.Facts)) {
				failed++
				t.Errorf("%q read %v, want as with no word %v", text, factStrings(got.Facts), factStrings(plain.Facts))
			}
		}
	}
	// a near miss: a word that picks some of the things out ("23 notable
	// arrests": a part of the week's arrests) is no praise (not yet:
	// "23 significant arrests", read as the week's since before)
	for _, text := range []string{"Officers made 23 notable arrests.", "Officers seized 23 notable knives."} {
		n++
		if got := r.Read(text, phrase.Context{Force: "kent"}); len(got.Facts) > 0 {
			failed++
			t.Errorf("%q read %v, want nothing", text, factStrings(got.Facts))
		}
	}
	t.Logf("%d phrases, %d failed", n, failed)
}
