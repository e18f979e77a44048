package extract_test

import (
	"slices"
	"testing"

	"github.com/countylines/countylines/etl"
)

// statusNotes are short notes beside a figure that say who gave or
// checked it, its status or the system it came from (words.csv role
// `note`, meanings `status` and `rank`: an officer by rank and name),
// none of them a part of the count, beside the near misses that name
// another body, a part or a rate and must stay refused (ret23a's lost
// cells of edaacbc).
var statusNotes = []noteWording{
	{"DS Smith", etl.Exact}, {"per DS Smith", etl.Exact}, {"per PC J. Jones", etl.Exact}, {"Sgt Patel", etl.Exact},
	{"Yes", etl.Exact}, {"Green", etl.Exact}, {"Amber", etl.Exact}, {"Niche", etl.Exact}, {"as per return", etl.Exact},
	{"Niche - estimate", etl.Approximately}, {"Yes, approx", etl.Approximately},
	{"Essex Police", ""}, {"Medway only", ""}, {"adults only", ""}, {"Green Team", ""}, {"Amber Valley", ""},
	{"Yes - Essex Police", ""}, {"DS Smith - Medway only", ""}, {"per head", ""}, {"per 100k", ""}, {"DS", ""},
	{"Niche - TBC", ""}, {"per Essex Police", ""},
}

// Law: an officer's rank and name, a yes/no or RAG status, or the
// system the figure came from, as a note beside a figure in a notes
// column or in a column with no heading, leave it loaded exact (or
// hedged by the rest of the note); the same words beside another body,
// a part or a rate refuse it: the first rule wins.
func TestNoteStatusLaw(t *testing.T) {
	t.Parallel()
	// with no heading row at all, "Yes" is read as a second figure of
	// its row and both are refused as two figures (not this law's)
	besideLaw(t, "a status or an officer's name beside a figure", slices.Concat(besideLayouts, unheadedLayouts[:2]), statusNotes)
}
