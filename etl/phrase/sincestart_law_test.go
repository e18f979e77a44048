package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestSinceStartLaw: a figure counted from a start after "since" is
// another period's (a running count), never the week's, and it is read
// into Reading.Scoped with the start as its scope's words: "Officers
// have arrested 900 people since January 2020" (period, "since January
// 2020"). Before, the start's words ("January", "being set up") stood
// among the figure's own words as words nobody taught us, and the
// figure was refused with no scoped reading (recall29 B1: f1759, f1929,
// f2634). The start ends where the sentence goes on: a comma, a figure,
// a verb, a doer ("Since January officers have arrested ...", "since
// January by police ...").
func TestSinceStartLaw(t *testing.T) {
	r := newReader(t)
	starts := []string{"January", "January 2020", "being set up in 2019", "the unit began", "its creation two years ago",
		"last November", "the start of the year", "2019", "the taskforce began", "the operation started"}
	figs := []struct {
		clause, metric, item string
		v                    float64
	}{
		{"officers have arrested 900 people", "arrests", "", 900},
		{"officers have made 900 arrests", "arrests", "", 900},
		{"officers have seized 120 knives", "weapons_seized", "knife", 120},
		{"900 people have been arrested", "arrests", "", 900},
		{"officers have closed 45 county lines", "lines_closed", "", 45},
	}
	bad, n := 0, 0
	check := func(s, words string, metric, item string, v float64) {
		n++
		fact, scoped := periodScoped(r.Read(s, phrase.Context{Force: "kent"}), words, metric, item, v)
		if fact || !scoped {
			bad++
			if bad <= 20 {
				t.Errorf("%q: fact %s/%s %v: %v, scoped (period %q): %v; want no fact, scoped", s, metric, item, v, fact, words, scoped)
			}
		}
	}
	for _, st := range starts {
		for _, f := range figs {
			check(fmt.Sprintf("%s since %s.", capFirst(f.clause), st), "since "+st, f.metric, f.item, f.v)
			check(fmt.Sprintf("Since %s, %s.", st, f.clause), "Since "+st, f.metric, f.item, f.v)
			if !strings.HasPrefix(f.clause, "900 people") {
				check(fmt.Sprintf("%s since %s by Kent Police officers.", capFirst(f.clause), st), "since "+st, f.metric, f.item, f.v)
			}
		}
	}
	if bad > 0 {
		t.Errorf("TestSinceStartLaw: %d of %d cases wrong", bad, n)
	}
}

// periodScoped reports whether a reading holds the figure (metric, item,
// value) as a fact, and as a scoped figure of another period whose scope
// words are words ("" for any).
func periodScoped(rd phrase.Reading, words, metric, item string, v float64) (fact, scoped bool) {
	for _, f := range rd.Facts {
		fact = fact || f.Metric == metric && f.Item == item && f.Value != nil && *f.Value == v
	}
	for _, sc := range rd.Scoped {
		scoped = scoped || sc.Metric == metric && sc.Item == item && sc.Value != nil && *sc.Value == v &&
			sc.Kind == phrase.ScopePeriod && (words == "" || sc.Words == words)
	}
	return fact, scoped
}
