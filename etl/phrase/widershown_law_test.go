package phrase_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestWiderShownLaw: figures shown ("figures show", "data shows")
// whose words before the figure name a wider area than the force's are
// that area's, not the force's week: an opening ("Nationally, figures
// show ...", "Across the country, ..."), the source's own place
// ("Figures for the region show ...", "England and Wales figures show
// ..."), or the shown clause's ("Figures show that nationally ...")
// (reread22 S7). Refused with a message. Near misses stay read: the
// force's own area, its county, no place at all.
func TestWiderShownLaw(t *testing.T) {
	r := newReader(t)
	g := &lawGen{}
	c := &lawTally{t: t}
	shows := []string{"figures show", "data shows", "statistics show", "the figures show"}
	wider := []string{"Nationally, %s %s", "Across the country, %s %s", "%s that nationally %s", "Across the region, %s %s",
		"%s for the region %s", "%s across the South East %s", "England and Wales %s %s", "Regionally, %s %s", "%s for the country %s"}
	own := []string{"%s %s", "%s that %s", "Across the county, %s %s", "Across Kent, %s %s", "Kent Police %s %s", "%s for Kent %s"}
	clauses := []struct{ text, want string }{
		{"%s people were arrested", "arrests/ people %v exact"},
		{"officers seized %s knives", "weapons_seized/knife count %v exact"},
		{"%s warrants were executed", "warrants/ count %v exact"},
	}
	read := func(text string) phrase.Reading { return r.Read(text, phrase.Context{Force: "kent"}) }
	split := func(form, show, clause string) string {
		// "%s for the region %s": the noun of the source, then its verb
		if form == "%s for the region %s" || form == "%s across the South East %s" || form == "%s for the country %s" || form == "%s for Kent %s" {
			noun, verb := show[:len(show)-len(" show")], show[len(show)-len("show"):]
			if show == "data shows" {
				noun, verb = "data", "shows"
			}
			return capital(fmt.Sprintf(form, noun, verb+" "+clause) + ".")
		}
		return capital(fmt.Sprintf(form, show, clause) + ".")
	}
	n := 0
	for _, sh := range shows {
		for _, w := range wider {
			if w == "England and Wales %s %s" && sh == "the figures show" {
				continue // "England and Wales the figures show": not English
			}
			n++
			cl := clauses[n%len(clauses)]
			num := g.digits()
			text := split(w, sh, fmt.Sprintf(cl.text, num.text))
			c.n++
			if rd := read(text); len(rd.Facts) > 0 || len(rd.Messages) == 0 {
				c.fail("%q: read %v, want it refused as a wider area's", text, factStrings(rd.Facts))
			}
		}
		for _, o := range own {
			n++
			cl := clauses[n%len(clauses)]
			num := g.digits()
			text := split(o, sh, fmt.Sprintf(cl.text, num.text))
			c.n++
			if got, want := factStrings(read(text).Facts), []string{fmt.Sprintf(cl.want, num.value)}; !slices.Equal(got, want) {
				c.fail("%q: read %v, want %v", text, got, want)
			}
		}
	}
	c.log()
}
