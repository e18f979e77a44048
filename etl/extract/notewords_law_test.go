package extract_test

import (
	"testing"

	"github.com/countylines/countylines/etl"
)

// noteWordNotes are notes beside a figure in words.csv's note words
// (role "note"): what says the figure is not the week's count as it
// stands (made out of the force's area, holding another period's or
// another year's, one day's, counting some twice, holding other
// operations' or all crimes', a plan, in doubt); the hedges that make it
// approximate, alone or in a clause of their own beside counts of the
// note's own (reread22 E5); and the near misses that leave it exact
// (review22 X1).
var noteWordNotes = []noteWording{
	// not the week's count as it stands
	{"out of force", ""}, {"Out of force area", ""}, {"outside the force area", ""}, {"out of area only", ""},
	{"includes 2020", ""}, {"2019 figures included", ""}, {"plus 5 from last week", ""}, {"incl. 3 from the previous week", ""},
	{"carried over", ""}, {"one day", ""}, {"One day only", ""},
	{"double counted", ""}, {"double-counted", ""}, {"counted twice", ""}, {"duplicates included", ""}, {"includes duplicates", ""},
	{"includes other ops", ""}, {"incl. other operations", ""}, {"all crime types", ""}, {"all offences", ""},
	{"proposed", ""}, {"check", ""}, {"Check?", ""}, {"?", ""}, {"query", ""}, {"to be checked", ""},
	{"5 remanded; double counted", ""}, {"{fig}?", ""}, {"adults only", ""}, {"Males only", ""}, {"under 18s only", ""},
	// hedges
	{"estimate only", etl.Approximately}, {"best guess", etl.Approximately}, {"Best guess", etl.Approximately},
	{"guesstimate", etl.Approximately}, {"rough estimate", etl.Approximately},
	{"5 remanded, estimate", etl.Approximately}, {"estimated; 3 charged", etl.Approximately},
	{"approx, incl. 7 under 18", etl.Approximately}, {"best guess, 5 female", etl.Approximately}, {"3 charged - approx", etl.Approximately},
	// near misses: the figure stands
	{"see email", etl.Exact}, {"final", etl.Exact}, {"confirmed", etl.Exact}, {"Source: Niche RMS", etl.Exact},
	{"checked", etl.Exact}, {"verified", etl.Exact}, {"checked by DS Smith", etl.Exact}, {"2 from Essex", etl.Exact},
	{"incl. 3 under 18", etl.Exact}, {"3 from out of force", etl.Exact}, {"5 from out of area", etl.Exact},
	{"excluding duplicates", etl.Exact}, {"duplicates removed", etl.Exact}, {"5 remanded, 3 charged", etl.Exact},
	{"incl. 3 under 18, 2 female", etl.Exact}, {"all charged", etl.Exact}, {"checks done", etl.Exact},
	{"w/e 17/10/2021", etl.Exact}, {"2021 return", etl.Exact}, {"5 remanded - all adults", etl.Exact}, {"3 adults, 2 juveniles", etl.Exact},
	// words that say nothing of the figure hold no hedge ("below", "above")
	{"see note 1", etl.Exact},
	// a note pointing at another note is not read as that note: refused
	// (reread23 E3: `as above` under `includes other ops` loaded exact)
	{"See above", ""}, {"as above", ""}, {"ditto", ""}, {"see below", etl.Exact}, {"see below - estimate", etl.Approximately},
}

// Law: a note beside a figure in words.csv's note words is judged as
// any note beside it (TestNoteBesideFigureLaw): a note whose words say
// the figure is not the week's count as it stands refuses it with a
// warning at its cell naming the note's; a hedge loads it approximately,
// in a clause of its own beside the note's own counts too; the near
// misses leave it exact. The row below loads either way.
func TestNoteWordsLaw(t *testing.T) {
	t.Parallel()
	besideLaw(t, "note words beside a figure", besideLayouts, noteWordNotes)
}
