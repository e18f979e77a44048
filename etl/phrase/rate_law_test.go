package phrase_test

import (
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestRateAfterLaw: a figure followed straight by a stretch of time said
// as a rate ("a day", "an hour", "each night", "daily", "nightly") is
// how many in each stretch, not in the week, as "per day" is (review25
// W5): refused. Kept: the same figures with no rate, or with a day that
// is no rate ("in a day of action", "a day after the raid", "during
// daily patrols", "in a week").
func TestRateAfterLaw(t *testing.T) {
	r := newReader(t)
	figures := []struct{ text, metric string }{
		{"Officers made 12 arrests", "arrests"},
		{"Officers arrested 12 people", "arrests"},
		{"Officers seized 12 knives", "weapons_seized"},
		{"Officers visited 12 addresses linked to cuckooing", "cuckooed_addresses_visited"},
		{"Officers safeguarded 12 people", "safeguarded"},
	}
	rates := []string{" a day.", " an hour.", " a night.", " daily.", " nightly.", " each day.", " every day.", " a day, police said.", " per day."}
	kept := []string{".", " in a day of action.", " a day after the raid.", " during daily patrols.", " in a week.", " over a day.", " on a day of action.", " a week ago.", " following a week-long operation.", " after a week-long operation.", " and weapons are seized every week."}
	n, failed := 0, 0
	check := func(text, metric string, want bool) {
		n++
		got := false
		for _, f := range r.Read(text, phrase.Context{Force: "kent"}).Facts {
			got = got || f.Metric == metric && f.Value != nil && *f.Value == 12
		}
		if got != want {
			failed++
			t.Errorf("%q read %s 12: %v, want %v", text, metric, got, want)
		}
	}
	for _, f := range figures {
		for _, x := range rates {
			check(f.text+x, f.metric, false)
		}
		for _, x := range kept[:1] {
			check(f.text+x, f.metric, true)
		}
		for _, x := range kept[1:] {
			// a day that is no rate is one day's or the week's: never
			// read as a rate; the week's stretch reader judges the rest
			for _, m := range r.Read(f.text+x, phrase.Context{Force: "kent"}).Messages {
				if m.Code == phrase.CodeChangesMeaning && strings.Contains(m.Text, "makes the figure a rate") {
					n++
					failed++
					t.Errorf("%q read as a rate: %s", f.text+x, m.Text)
				}
			}
		}
	}
	t.Logf("%d phrases, %d failed", n, failed)
}
