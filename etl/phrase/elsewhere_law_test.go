package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestMoreElsewhereLaw: a figure followed in its sentence by a bare
// figure joined on to it ("and 5", "and a further 5", "plus 5") said of
// another place ("in London", "elsewhere", "outside the county") counts
// only a part of the force's whole (review25 W2): the first is refused,
// never summed. Kept: the later figure said as a part of the first ("5
// of them in Medway"), the last of a list of its parts ("12 people, 5 in
// Medway and 7 in Maidstone"), another act with a verb of its own ("and
// seized 5 knives in London"), and the first alone.
func TestMoreElsewhereLaw(t *testing.T) {
	r := newReader(t)
	firsts := []struct{ force, text string }{
		{"kent", "Officers arrested 12 people in Kent"},
		{"kent", "Officers arrested 12 people in Kent and Medway"},
		{"kent", "Officers arrested 12 people"},
		{"kent", "12 people were arrested in Kent"},
		{"thames_valley", "Officers arrested 12 people across Thames Valley"},
	}
	more := []string{
		", and 5 in London.", " and 5 in London.", ", and a further 5 in London.", " and another 5 in Essex.",
		" and 5 elsewhere.", " and 5 people elsewhere.", ", and 5 outside the county.", " plus 5 in London.",
		", with a further 5 in London.", ", and 5 in London and 3 in Essex.",
	}
	kept := []string{
		".", ", 5 of them in London.", ", and 5 of them in London.", " and seized 5 knives.",
		", and charged 5 people.", " and 5 were charged.",
	}
	n, failed := 0, 0
	check := func(text, force string, want bool) {
		n++
		got := false
		for _, f := range r.Read(text, phrase.Context{Force: force}).Facts {
			got = got || f.Metric == "arrests" && f.Value != nil && *f.Value == 12
		}
		if got != want {
			failed++
			t.Errorf("%s: %q read arrests 12: %v, want %v", force, text, got, want)
		}
	}
	for _, f := range firsts {
		for _, m := range more {
			check(f.text+m, f.force, false)
		}
		for _, k := range kept {
			check(f.text+k, f.force, true)
		}
	}
	for _, s := range []string{"Officers arrested 12 people, 5 in Medway and 7 in Maidstone.", "Officers arrested 12 people, 5 in Medway and 7 in London."} {
		check(s, "kent", true)
	}
	t.Log(fmt.Sprintf("%d phrases, %d failed", n, failed))
}
