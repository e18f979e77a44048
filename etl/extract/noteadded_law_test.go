package extract_test

import (
	"testing"

	"github.com/countylines/countylines/etl"
)

// addedNotes are notes beside a figure that were read as leaving it
// exact (review26 R4, R6, R13, and the notes beside arrests of review26):
// a count the note adds to the figure ("plus 5 juveniles": the figure is
// not the whole count), a part of the figure said to be another
// period's ("3 of these were last week"), a hedge after the figure's own
// number ("43 or so"), and the figure's own number with another
// measure's verb ("43 summonsed", "43 stopped" beside arrests); beside
// the near misses that leave it: a count of the note's own, a part
// after an including word, a part of the week's days, what became of
// them.
var addedNotes = []renamedNote{
	// a count added to the figure
	{"Arrests", "43", "arrests", 43, "plus 5 juveniles", ""},
	{"Arrests", "43", "arrests", 43, "+ 5 juveniles", ""},
	{"Arrests", "43", "arrests", 43, "+5 under 18", ""},
	{"Arrests", "43", "arrests", 43, "43 plus 5 juveniles", ""},
	{"Arrests", "43", "arrests", 43, "a further 5 juveniles", ""},
	{"Arrests", "43", "arrests", 43, "additional 5 arrested on warrants", ""},
	{"Arrests", "43", "arrests", 43, "5 more to add", ""},
	{"Arrests", "43", "arrests", 43, "5 remanded, plus 3 from Essex", ""},
	{"Warrants executed", "21", "warrants", 21, "plus 3 search warrants", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "plus £500 in euros", ""},
	// review28 R2: a count the note goes on to from the figure
	{"Arrests", "43", "arrests", 43, "and 5 juveniles", ""},
	{"Arrests", "43", "arrests", 43, "also 5 juveniles", ""},
	{"Arrests", "43", "arrests", 43, "and also 5 juveniles", ""},
	{"Arrests", "43", "arrests", 43, "And 5 under 18", ""},
	{"Arrests", "43", "arrests", 43, "5 remanded, and 3 juveniles", ""},
	{"Warrants executed", "21", "warrants", 21, "and 3 search warrants", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "and £500 in euros", ""},
	{"Cash seized", "5000", "cash_seized", 5000, "also £500 in euros", ""},
	// a part of it another period's
	{"Arrests", "43", "arrests", 43, "3 of these were last week", ""},
	{"Arrests", "43", "arrests", 43, "3 of them were the previous week", ""},
	{"Arrests", "43", "arrests", 43, "of which 3 were before the week", ""},
	{"Arrests", "43", "arrests", 43, "3 of these on 10/10/2021", ""},
	{"Arrests", "43", "arrests", 43, "3 of these were in September", ""},
	{"Warrants executed", "21", "warrants", 21, "2 of these YTD", ""},
	// a hedge after the figure's own number
	{"Arrests", "43", "arrests", 43, "43 or so", etl.Approximately},
	{"Arrests", "43", "arrests", 43, "43 or thereabouts", etl.Approximately},
	{"Arrests", "43", "arrests", 43, "43 give or take", etl.Approximately},
	{"Arrests", "43", "arrests", 43, "43, roughly", etl.Approximately},
	{"Cash seized", "5000", "cash_seized", 5000, "£5000 or so", etl.Approximately},
	// another measure's verb
	{"Arrests", "43", "arrests", 43, "43 summonsed", ""},
	{"Arrests", "43", "arrests", 43, "43 summoned", ""},
	{"Arrests", "43", "arrests", 43, "43 stopped", ""},
	{"Arrests", "43", "arrests", 43, "43 seized", ""},
	{"Warrants executed", "21", "warrants", 21, "21 arrested", ""},
	{"Weapons seized", "7", "weapons_seized", 7, "7 charged", ""},
	// near misses
	{"Arrests", "43", "arrests", 43, "incl. 5 juveniles", etl.Exact},
	{"Arrests", "43", "arrests", 43, "incl. 5 juveniles plus 2 adults", etl.Exact},
	{"Arrests", "43", "arrests", 43, "incl. 5 juveniles and 2 women", etl.Exact},
	{"Arrests", "43", "arrests", 43, "5 remanded and 3 charged", etl.Exact},
	{"Arrests", "43", "arrests", 43, "5 juveniles", etl.Exact},
	{"Arrests", "43", "arrests", 43, "5 summonsed", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 charged", etl.Exact},
	{"Arrests", "43", "arrests", 43, "3 of these were charged", etl.Exact},
	{"Arrests", "43", "arrests", 43, "3 of these on Sunday", etl.Exact},
	{"Arrests", "43", "arrests", 43, "12 of these were for possession with intent", etl.Exact},
	{"Arrests", "43", "arrests", 43, "30 last week", etl.Exact},
	{"Arrests", "43", "arrests", 43, "3 of these in October", etl.Exact},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 referred", etl.Exact},
	{"Weapons seized", "7", "weapons_seized", 7, "7 seized", etl.Exact},
	{"Cash seized", "5000", "cash_seized", 5000, "£5000 seized", etl.Exact},
	{"Arrests", "43", "arrests", 43, "Officers arrested 43 people, and the NCA arrested 3 more.", etl.Exact},
}

// Law: a note beside a figure that adds a count of its own to it, says
// a part of it is another period's, or gives the figure's own number
// with another measure's verb refuses it with a warning at the figure
// naming the note's cell; a hedge after the figure's own number ("43 or
// so", words.csv's hedge_after) hedges it; the near misses leave it
// exact. In every notes column and unheaded layout; the row below loads
// either way (review26 R4, R6, R13).
func TestNoteAddsToFigureLaw(t *testing.T) {
	t.Parallel()
	noteRowsLaw(t, "notes adding to the figure, a part another period's, a hedge after it", addedNotes)
}
