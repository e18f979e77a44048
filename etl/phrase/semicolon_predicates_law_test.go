package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestSemicolonPredicatesLaw: a time opening a sentence ("During August,
// Dorset Police officers carried out 46 disruptions ...; carried out 33
// safe and well checks ...; safeguarded 19 people ...; and made 12
// arrests ...", found.csv f1901) is the time of the parts after it that
// a semicolon begins with a verb, with or without "and": they have no
// subject of their own. Their figures are refused as the first part's
// are. Near misses stay read: a part with a subject or words of its
// own before its verb ("; officers seized 5 knives", "; this week
// officers seized 5 knives", "; 5 knives were seized"), and the same
// sentence with no time opening it.
func TestSemicolonPredicatesLaw(t *testing.T) {
	r := newReader(t)
	openers := []string{"During August", "Last year", "Since January", "In 2020", "Throughout October", "On Monday", "Yesterday"}
	bad, n := 0, 0
	check := func(text string, f releaseFig, want bool) {
		n++
		rd := r.Read(text, phrase.Context{Force: "kent"})
		got := slices.ContainsFunc(rd.Facts, func(x phrase.Fact) bool {
			return x.Metric == f.metric && x.Item == f.item && x.Value != nil && *x.Value == f.v
		})
		if got != want {
			bad++
			if bad <= 20 {
				t.Errorf("%q: reads %s %v: %v, want %v %v", text, f.metric, f.v, got, want, factStrings(rd.Facts))
			}
		}
	}
	preds := releaseFigs
	for _, o := range openers {
		for i, f := range preds {
			g := preds[(i+1)%len(preds)]
			pf := strings.TrimPrefix(f.clause, "officers ")
			pg := strings.TrimPrefix(g.clause, "officers ")
			for _, tail := range []string{"; %s; and %s.", "; %s; %s.", "; %s and %s.", "; and %s; %s."} {
				text := fmt.Sprintf("%s, officers visited 14 schools"+tail, o, pf, pg)
				check(text, f, false)
				if !strings.Contains(tail, "%s and %s") {
					check(text, g, false)
				}
			}
			// near misses: a part with words of its own before its verb
			for _, own := range []string{"; " + f.clause + ".", "; this week " + f.clause + ".", "; and " + f.clause + "."} {
				check(o+", officers visited 14 schools"+own, f, true)
			}
		}
	}
	for i, f := range preds {
		g := preds[(i+1)%len(preds)]
		text := fmt.Sprintf("Officers visited 14 schools; %s; and %s.", strings.TrimPrefix(f.clause, "officers "), strings.TrimPrefix(g.clause, "officers "))
		check(text, f, true)
		check(text, g, true)
	}
	check("Last year, officers visited 14 schools; 5 knives were seized.", releaseFig{"", "weapons_seized", "knife", 5}, true)
	if bad > 0 {
		t.Errorf("TestSemicolonPredicatesLaw: %d of %d cases wrong", bad, n)
	}
}
