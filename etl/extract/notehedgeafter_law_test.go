package extract_test

import (
	"testing"

	"github.com/countylines/countylines/etl"
)

// hedgedAfterNotes are notes that put a hedge after the figure's own
// number, or are a hedge and nothing else, read as leaving the figure
// exact (review28 R3: `Arrests │ 43 │ 43 at least`, `43 (min)`, `plus`);
// beside the hedges that were read already ("at least", "43 or more",
// "43+", "43 plus") and those refused ("43 minimum", "min").
var hedgedAfterNotes = []renamedNote{
	{"Arrests", "43", "arrests", 43, "43 at least", etl.AtLeast},
	{"Arrests", "43", "arrests", 43, "43, at least", etl.AtLeast},
	{"Arrests", "43", "arrests", 43, "43 at the least", ""},
	{"Arrests", "43", "arrests", 43, "43 (at least)", etl.AtLeast},
	{"Warrants executed", "21", "warrants", 21, "21 at least", etl.AtLeast},
	{"Cash seized", "5000", "cash_seized", 5000, "£5000 at least", etl.AtLeast},
	{"Arrests", "43", "arrests", 43, "43 (min)", ""},
	{"Arrests", "43", "arrests", 43, "43 (minimum)", ""},
	{"Arrests", "43", "arrests", 43, "(min)", ""},
	{"Arrests", "43", "arrests", 43, "43 min", ""},
	{"Warrants executed", "21", "warrants", 21, "21 (min)", ""},
	{"Arrests", "43", "arrests", 43, "plus", etl.AtLeast},
	{"Arrests", "43", "arrests", 43, "Plus", etl.AtLeast},
	{"Arrests", "43", "arrests", 43, "+", ""},
	{"Warrants executed", "21", "warrants", 21, "plus", etl.AtLeast},
	// a bound or an estimate said before a number is a preposition or a
	// word of place after it, no hedge (review29 R3 on 532ccd0: "43
	// below" loaded less_than 43): the figure stands exact, as before it
	{"Arrests", "43", "arrests", 43, "43 below", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 (below)", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43, below", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 above", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 under", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 over", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 some", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 around", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 about", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 up to", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 nearly", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 almost", etl.Exact},
	{"Arrests", "43", "arrests", 43, "under", etl.Exact},
	{"Warrants executed", "21", "warrants", 21, "21 below", etl.Exact},
	// read before, kept
	{"Arrests", "43", "arrests", 43, "at least", etl.AtLeast},
	{"Arrests", "43", "arrests", 43, "at least 43", etl.AtLeast},
	{"Arrests", "43", "arrests", 43, "43 or more", etl.AtLeast},
	{"Arrests", "43", "arrests", 43, "43+", etl.AtLeast},
	{"Arrests", "43", "arrests", 43, "43 plus", etl.AtLeast},
	{"Arrests", "43", "arrests", 43, "43 minimum", ""},
	{"Arrests", "43", "arrests", 43, "min", ""},
	{"Arrests", "43", "arrests", 43, "minimum", ""},
	{"Arrests", "43", "arrests", 43, "43 or so", etl.Approximately},
	{"Arrests", "43", "arrests", 43, "5 remanded", etl.Exact},
	{"Arrests", "43", "arrests", 43, "at least 5 remanded", etl.Exact},
}

// Law: a note that puts a hedge after the figure's own number ("43 at
// least"), or is the hedge alone ("plus"), never leaves the figure
// exact: at least where the hedge says so ("plus" alone as "43 plus"),
// refused where its words are not read ("43 (min)" as "43 min", "43 at
// the least"); in every notes column (review28 R3). (Under no heading,
// "43 or more" is a figure of a column that does not say its week, not
// a note: another law's.)
func TestNoteHedgeAfterNumberLaw(t *testing.T) {
	t.Parallel()
	noteLayoutsLaw(t, "notes with a hedge after the figure's number", besideLayouts, hedgedAfterNotes)
}
