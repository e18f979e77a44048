package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestSharedSubjectHabitLaw: a time of habit or to come said after verbs
// that share one subject ("Officers arrested 12 people and seized 5
// knives every week", "..., seized 5 knives and visited 20 schools each
// day") is said of every one of them, so none of their figures is the
// week's (review21 V5: 0d7a397 drafted the first verb's figure). A verb
// with its own subject, its own auxiliary or its own clause keeps the
// time to itself: "Officers arrested 12 people and will return every
// week", "Officers arrested 12 people, and every week they seize
// knives", "Officers arrested 12 people and officers seize knives every
// week" draft the 12 (but for "every day" and "each day", which refuse
// the sentence whole).
func TestSharedSubjectHabitLaw(t *testing.T) {
	r := newReader(t)
	firsts := []struct{ text, metric string }{
		{"Officers arrested 12 people", "arrests"}, {"Officers made 12 arrests", "arrests"},
		{"Kent Police executed 12 warrants", "warrants"}, {"The force visited 12 schools", "schools_visited"},
	}
	seconds := []string{"seized 5 knives", "visited 20 schools", "closed 3 county lines", "seized 6 phones"}
	times := []string{"every week", "each week", "every day", "each day", "every month", "weekly", "routinely", "regularly", "next week", "in the coming weeks"}
	failed, cases := 0, 0
	check := func(text, metric string, want bool) {
		cases++
		got := r.Read(text, phrase.Context{Force: "kent"})
		read := false
		for _, f := range got.Facts {
			if f.Metric == metric && f.Value != nil && *f.Value == 12 {
				read = true
			}
		}
		if read != want {
			failed++
			t.Errorf("%q: the first verb's 12 read as the week's %v, want %v (%v)", text, read, want, got.Facts)
		}
	}
	for _, f := range firsts {
		for _, s := range seconds {
			for _, tm := range times {
				check(fmt.Sprintf("%s and %s %s.", f.text, s, tm), f.metric, false)
				check(fmt.Sprintf("%s, %s and seized 2 vehicles %s.", f.text, s, tm), f.metric, false)
				if tm == "every day" || tm == "each day" {
					continue // (a day's time refuses the whole sentence: safe)
				}
				// the time is the later verb's own
				check(fmt.Sprintf("%s and will return %s.", f.text, tm), f.metric, true)
				check(fmt.Sprintf("%s, and %s they %s.", f.text, tm, s), f.metric, true)
				check(fmt.Sprintf("%s and officers %s %s.", f.text, s, tm), f.metric, true)
			}
		}
	}
	t.Logf("%d sentences, %d failed", cases, failed)
}
