package phrase_test

import (
	"fmt"
	"testing"
)

// TestTellersDayLaw: a telling has one day. When the verb of telling
// has a day of its own nearer it ("police said on Friday that", "police
// today announced that"), a day or date said before it is the figures':
// outside the week, or one day of it, the figure is not drafted, whether
// the day is a weekday or a dated day ("On 3 October, police said on
// Friday that officers arrested 12 people"). A day beside the telling
// with no other is the telling's, and the figure is the week's ("On 18
// October, police said that officers arrested 12 people").
func TestTellersDayLaw(t *testing.T) {
	r := newReader(t)
	days := []string{"3 October", "4 October", "12 October", "Tuesday 12 October", "Monday", "Tuesday"}
	tellings := []string{"police said on Friday that", "police today announced that", "police said yesterday that", "speaking on Friday, the Chief Inspector said"}
	type tc struct {
		s     string
		draft bool
	}
	var cases []tc
	for _, d := range days {
		for _, tl := range tellings {
			cases = append(cases, tc{fmt.Sprintf("On %s, %s officers arrested 12 people.", d, tl), false})
		}
	}
	for _, d := range []string{"18 October", "Friday", "Monday 18 October"} {
		cases = append(cases,
			tc{fmt.Sprintf("On %s, police said that officers arrested 12 people.", d), true},
			tc{fmt.Sprintf("In a statement on %s, police said officers arrested 12 people.", d), true})
	}
	bad := 0
	for _, c := range cases {
		rel := r.Release(kentRelease + c.s)
		got := len(mixedFacts(rel, mixedWant{"arrests", "", 12}))
		if c.draft && got != 1 || !c.draft && got != 0 {
			bad++
			t.Errorf("%q: drafts arrests %d times, want drafted %v", c.s, got, c.draft)
		}
	}
	if bad > 0 {
		t.Errorf("TestTellersDayLaw: %d of %d cases wrong", bad, len(cases))
	}
}
