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
		rd := r.Read(s, phrase.Context{Force: "kent"})
		for _, f := range rd.Facts {
			if f.Metric == metric && f.Value != nil && *f.Value == v {
				bad++
				t.Errorf("%q: fact %s %v, want none", s, metric, v)
				return
			}
		}
		for _, sc := range rd.Scoped {
			if sc.Metric == metric && sc.Item == item && sc.Value != nil && *sc.Value == v && sc.Kind == phrase.ScopePeriod && sc.Words == words {
				return
			}
		}
		bad++
		if bad <= 20 {
			t.Errorf("%q: no scoped %s/%s %v (period %q): %+v", s, metric, item, v, words, rd.Scoped)
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
