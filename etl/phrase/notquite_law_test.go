package phrase_test

import (
	"fmt"
	"testing"
)

// TestNotQuiteDoneLaw: a figure whose verb is said as nearly done,
// about to be done, or applied for is no count of the week (review25
// W16, W17, reread25 P15): "Officers nearly arrested 12 people",
// "almost closed 3 county lines", "fell short of closing", "stopped
// short of arresting", "were on the verge of closing", "are on the
// brink of closing", "are on course to close", "are poised to close",
// "were about to close", "applied to execute 7 warrants", "are
// preparing to seize". None is drafted. Near misses stay drafted: the
// verb done ("went on to arrest", "were able to arrest", "managed to
// arrest", "succeeded in arresting", "quickly arrested", "set about
// closing") and a hedge on the number ("arrested nearly 12 people").
func TestNotQuiteDoneLaw(t *testing.T) {
	type verb struct{ past, ing, base, rest string }
	figs := []struct {
		v verb
		f releaseFig
	}{
		{verb{"arrested", "arresting", "arrest", "12 people"}, releaseFigs[0]},
		{verb{"seized", "seizing", "seize", "5 knives"}, releaseFigs[1]},
		{verb{"made", "making", "make", "43 arrests"}, releaseFigs[2]},
		{verb{"closed", "closing", "close", "3 county lines"}, releaseFigs[3]},
		{verb{"executed", "executing", "execute", "7 warrants"}, releaseFigs[4]},
		{verb{"seized", "seizing", "seize", "9 mobile phones"}, releaseFigs[5]},
	}
	not := []string{"Officers nearly %[1]s %[4]s.", "Officers almost %[1]s %[4]s.", "Officers fell short of %[2]s %[4]s.",
		"Officers stopped short of %[2]s %[4]s.", "Officers were on the verge of %[2]s %[4]s.",
		"Officers are on the brink of %[2]s %[4]s.", "Officers are on course to %[3]s %[4]s.",
		"Officers are poised to %[3]s %[4]s.", "Officers were about to %[3]s %[4]s.", "Officers applied to %[3]s %[4]s.",
		"Officers have applied to %[3]s %[4]s.", "Officers are preparing to %[3]s %[4]s.", "Officers are ready to %[3]s %[4]s.",
		"During the week, officers nearly %[1]s %[4]s.", "Officers were nearly able to %[3]s %[4]s."}
	done := []string{"Officers %[1]s %[4]s.", "Officers went on to %[3]s %[4]s.", "Officers were able to %[3]s %[4]s.",
		"Officers managed to %[3]s %[4]s.", "Officers succeeded in %[2]s %[4]s.", "Officers quickly %[1]s %[4]s.",
		"Officers set about %[2]s %[4]s.", "During the week, officers %[1]s %[4]s."}
	cases := releaseCases{}
	for _, g := range figs {
		for _, s := range not {
			cases.add(fmt.Sprintf(s, g.v.past, g.v.ing, g.v.base, g.v.rest), g.f, false)
		}
		for _, s := range done {
			cases.add(fmt.Sprintf(s, g.v.past, g.v.ing, g.v.base, g.v.rest), g.f, true)
		}
	}
	releaseLaw(t, "TestNotQuiteDoneLaw", cases)
}
