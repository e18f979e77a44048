package phrase_test

import (
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// review14 S1: a figure place.go refuses as the country's or region's, or
// as another force's, is scoped with that kind, not as a part of the
// force (the draft's Not placed sheet says which).
func TestScopedPlaceKinds(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	cases := []struct {
		text string
		kind phrase.ScopeKind
	}{
		{"Nationally, 1,400 arrests were made.", phrase.ScopeWider},
		{"Across the region, 120 arrests were made.", phrase.ScopeWider},
		{"Across the country, officers made 1,400 arrests.", phrase.ScopeWider},
		{"Essex Police made 12 arrests.", phrase.ScopeOther},
		{"In Rugby, officers made 12 arrests.", phrase.ScopePart},
	}
	for _, c := range cases {
		rd := r.Read(c.text, phrase.Context{Force: "kent"})
		if len(rd.Facts) > 0 {
			t.Errorf("%q: read as the force's: %v", c.text, rd.Facts)
		}
		for _, s := range rd.Scoped {
			if s.Kind != c.kind {
				t.Errorf("%q: scoped %s %v as %q, want %q", c.text, s.Metric, *s.Value, s.Kind, c.kind)
			}
		}
		if len(rd.Scoped) == 0 {
			t.Logf("%q: nothing scoped (%v)", c.text, rd.Messages)
		}
	}
}
