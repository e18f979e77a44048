package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestMayMonthLaw: "May" written with a capital inside a sentence is the
// month, not the modal: a figure counted "since May 2014" is another
// period's, read into Reading.Scoped with its start as its words, as
// "since January 2014" is (recall29 B1: Essex's "Since May 2014, the
// Operation Raptor team has made more than 900 arrests" was refused with
// no scoped reading, "May" taken for a modal that makes the figure
// possible, not done). The modal, written small, still keeps a figure
// from Scoped ("Officers may have made 900 arrests since 2014"), and no
// figure of either is a fact.
func TestMayMonthLaw(t *testing.T) {
	r := newReader(t)
	figs := []struct {
		clause, metric, item string
		v                    float64
	}{
		{"officers have made more than 900 arrests", "arrests", "", 900},
		{"the team has seized 120 knives", "weapons_seized", "knife", 120},
		{"900 people have been arrested", "arrests", "", 900},
		{"officers have closed 45 county lines", "lines_closed", "", 45},
		{"teams have seized £172,000 in cash", "cash_seized", "", 172000},
	}
	starts := []string{"May 2014", "May", "May last year", "May 2019"}
	bad, n := 0, 0
	check := func(s, words, metric, item string, v float64, want bool) {
		n++
		fact, scoped := periodScoped(r.Read(s, phrase.Context{Force: "essex"}), words, metric, item, v)
		if fact || scoped != want {
			bad++
			if bad <= 20 {
				t.Errorf("%q: fact %s/%s %v: %v, scoped (period %q): %v; want no fact, scoped %v", s, metric, item, v, fact, words, scoped, want)
			}
		}
	}
	for _, st := range starts {
		for _, f := range figs {
			check(fmt.Sprintf("Since %s, %s.", st, f.clause), "Since "+st, f.metric, f.item, f.v, true)
			check(fmt.Sprintf("%s since %s.", capFirst(f.clause), st), "since "+st, f.metric, f.item, f.v, true)
		}
	}
	// the modal, written small: possible, not done
	for _, f := range []string{"officers may have made more than 900 arrests since 2014", "the team may have seized 120 knives since 2014"} {
		fig := figs[0]
		if f[4:8] == "team" {
			fig = figs[1]
		}
		check(capFirst(f)+".", "", fig.metric, fig.item, fig.v, false)
		check("Since 2014, "+f+".", "", fig.metric, fig.item, fig.v, false)
	}
	if bad > 0 {
		t.Errorf("TestMayMonthLaw: %d of %d cases wrong", bad, n)
	}
}
