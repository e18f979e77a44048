package extract_test

import (
	"testing"

	"github.com/countylines/countylines/etl"
)

// partlyNotes are notes that say the figure beside them is only partly
// the operation's own ("mostly county lines": some of it is something
// else), or was made over a part of the week ("over the weekend"), beside
// their near misses that leave it standing (review25 W6).
var partlyNotes = []noteWording{
	{"mostly county lines", ""}, {"mainly CL", ""}, {"largely CL-related", ""}, {"mostly CL", ""},
	{"predominantly county lines", ""}, {"Mainly county lines related", ""}, {"primarily CL", ""},
	{"over the weekend", ""}, {"at the weekend", ""}, {"during the weekend", ""}, {"Over the weekend.", ""},
	{"weekend", ""}, {"weekend only", ""},
	// near misses: all of it county lines, a place where most was done,
	// the weekend said to be in it, a preposition of the note's own count
	{"county lines related", etl.Exact}, {"all county lines related", etl.Exact},
	{"mostly in Medway", etl.Exact}, {"mainly in Medway", etl.Exact}, {"includes the weekend", etl.Exact},
	{"3 remanded, over the weekend", etl.Exact}, {"incl. Sat & Sun", etl.Exact},
}

// Law: a note that says the figure is only partly county lines (a
// partly word, "mostly", "mainly", "largely", before words.csv's words
// of the operation's own subject, role column meaning own) or was made
// over the weekend refuses it with a warning naming the note; the
// figure all county lines, a place where most of it was done, and the
// weekend said to be in it leave it standing. In a notes column and a
// column with no heading, beside each of noteLabels' figures.
func TestNotePartlyOwnLaw(t *testing.T) {
	t.Parallel()
	besideLaw(t, "notes that say the figure is only partly the operation's, or a part of the week's", allowLayouts, partlyNotes)
}
