package phrase_test

import (
	"fmt"
	"testing"
)

// TestPartOtherPeriodLaw: a part of a total said of another period
// ("Officers made 43 arrests; 3 of these were made before the week
// began", "... 3 of them last year", "Of these, 3 were made before the
// week began") makes the total more than the week's: it is not drafted
// (drafts27's list). Before, only the part was refused and the total
// was drafted. Near misses: a part of one day of the week or of a kind
// ("3 of these were made on Monday", "3 of these were women") leaves
// the total drafted.
func TestPartOtherPeriodLaw(t *testing.T) {
	totals := []releaseFig{releaseFigs[0], releaseFigs[1], releaseFigs[2], releaseFigs[4], releaseFigs[5]}
	other := []string{"%s; 3 of these were made before the week began.", "%s; 3 of these were made last year.",
		"%s; 3 of them were made before the week of action.", "%s, 3 of which were made before the week began.",
		"%s. Of these, 3 were made before the week began.", "%s; of these, 3 were made last month.",
		"%s; 3 of these were made in the previous week."}
	own := []string{"%s; 3 of these were made on Monday.", "%s.", "%s; 3 of these were made during the week."}
	cases := releaseCases{}
	for _, f := range totals {
		for _, o := range other {
			cases.add(fmt.Sprintf(o, capFirst(f.clause)), f, false)
		}
		for _, o := range own {
			cases.add(fmt.Sprintf(o, capFirst(f.clause)), f, true)
		}
	}
	cases.add("Officers made 43 arrests; 3 of these were women.", releaseFigs[2], true)
	releaseLaw(t, "TestPartOtherPeriodLaw", cases)
	t.Logf("%d cases", len(cases))
}
