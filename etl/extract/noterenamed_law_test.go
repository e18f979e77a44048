package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl"
)

// renamedNote is a note beside its row's figure, and what the figure
// loads as.
type renamedNote struct {
	label, fig string
	metric     string
	value      float64
	note       string
	q          etl.Qualifier // "" to refuse
}

// renamedNotes are notes beside a figure that give the figure's own
// number with another measure's words ("43 warrants" beside arrests 43:
// the 43 are warrants), each with its row, beside the near misses that
// leave it: the figure's own words, who they were, what became of them,
// a part of it after an including word (review26 R11).
var renamedNotes = []renamedNote{
	{"Arrests", "43", "arrests", 43, "43 warrants", ""},
	{"Arrests", "43", "arrests", 43, "43 stop and search", ""},
	{"Arrests", "43", "arrests", 43, "43 visits", ""},
	{"Arrests", "43", "arrests", 43, "43 offences", ""},
	{"Arrests", "43", "arrests", 43, "43 suspects identified", ""},
	{"Arrests", "43", "arrests", 43, "43 identified", ""},
	{"Arrests", "43", "arrests", 43, "43 charges", ""},
	{"Arrests", "43", "arrests", 43, "43 warrants executed", ""},
	{"Arrests", "43", "arrests", 43, "43 knives", ""},
	{"Arrests", "43", "arrests", 43, "43 found", ""},
	{"Arrests", "7", "arrests", 7, "7 warrants", ""},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 identified", ""},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 found", ""},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 referrals", ""},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 located", ""},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 identified as vulnerable", ""},
	{"Warrants executed", "12", "warrants", 12, "12 arrests", ""},
	{"Warrants executed", "12", "warrants", 12, "12 stop and search", ""},
	// near misses: the figure's own words, who they were, what became of
	// them, a part after an including word, a count of the note's own
	{"Arrests", "43", "arrests", 43, "43 charged", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 cautioned", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 bailed", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 released", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 remanded", etl.Exact},
	{"Arrests", "43", "arrests", 43, "all 43 charged", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 arrested", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 arrests", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 detained", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 suspects", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 juveniles", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 in Medway", etl.Exact},
	{"Arrests", "43", "arrests", 43, "incl. 7 under 18", etl.Exact},
	{"Arrests", "43", "arrests", 43, "5 warrants", etl.Exact},
	{"Arrests", "7", "arrests", 7, "includes 7 under 18", etl.Exact},
	{"Arrests", "7", "arrests", 7, "incl. 7 under 18", etl.Exact},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 safeguarded", etl.Exact},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 children", etl.Exact},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 adults", etl.Exact},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 vulnerable people", etl.Exact},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 referred", etl.Exact},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "incl. 5 referrals", etl.Exact},
	{"Warrants executed", "12", "warrants", 12, "12 warrants", etl.Exact},
	{"Warrants executed", "12", "warrants", 12, "12 executed", etl.Exact},
	{"Warrants executed", "12", "warrants", 12, "12 search warrants", etl.Exact},
	{"Weapons seized", "7", "weapons_seized", 7, "7 knives", etl.Exact},
	// a press release's sentence the draft writes beside its figure: the
	// item's own name, never a word of it ("other", an item of another
	// kind), and another kind's item after the item's own name refuses
	{"Other drugs (tablets)", "1900", "drugs_seized", 1900, "Officers seized 1,900 other drugs tablets.", etl.Exact},
	{"Other drugs (plants)", "1900", "drugs_seized", 1900, "Officers seized 1,900 other drugs plants.", etl.Exact},
	{"Other drugs (tablets)", "1900", "drugs_seized", 1900, "1,900 other drugs tablets", etl.Exact},
	{"Other drugs (tablets)", "1900", "drugs_seized", 1900, "1,900 other", etl.Exact},
	{"Cannabis plants", "1900", "drugs_seized", 1900, "Officers seized 1,900 cannabis plants.", etl.Exact},
	{"Knives", "7", "weapons_seized", 7, "Officers seized 7 knives.", etl.Exact},
	{"Arrests", "43", "arrests", 43, "Officers arrested 43 people.", etl.Exact},
	{"Arrests", "43", "arrests", 43, "Officers made 43 arrests.", etl.Exact},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "Officers safeguarded 20 vulnerable people.", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 other drugs", ""},
}

// Law: a note beside a figure (a notes column, or a column with no
// heading) that writes the figure's own number with another measure's
// words, another metric's name of what it counts or a word its
// label_other says is another measure ("43 warrants", "43 suspects
// identified", "20 found" beside safeguarded 20), says the figure is
// that measure: it is refused with a warning at the figure naming the
// note's cell. The figure's own words, who they were, what became of
// them ("43 charged"), a part after an including word ("includes 7
// under 18" beside 7) and a count of the note's own leave it exact. The
// row below loads either way.
func TestNoteRenamesFigureLaw(t *testing.T) {
	t.Parallel()
	noteRowsLaw(t, "notes giving the figure as another measure", renamedNotes)
}

// qualifiedNotes are notes beside a figure where another measure's word
// qualifies the figure's own noun or verb ("43 drug arrests": the 43
// are arrests; review27 W4, lost by 5f429e4), the press release's
// sentences the draft writes beside its figure, and "N <other> and <own
// verb>", beside the refusals of review26 R11 that must stay and the
// near misses of a qualifier: a number in the run, "and" before the
// figure's own noun, a linking word.
var qualifiedNotes = []renamedNote{
	{"Arrests", "43", "arrests", 43, "43 drug arrests", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 drugs arrests", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 drug-related arrests", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 drug offence arrests", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 cocaine arrests", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 knife arrests", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 firearms arrests", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 warrant arrests", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 stop and search arrests", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 drug dealers", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 heroin dealers arrested", etl.Exact},
	{"Arrests", "43", "arrests", 43, "43 suspects identified and arrested", etl.Exact},
	{"Arrests", "43", "arrests", 43, "Officers arrested 43 drug dealers.", etl.Exact},
	{"Arrests", "17", "arrests", 17, "17 drug-related arrests have been made during the week of action.", etl.Exact},
	{"Weapons seized", "4", "weapons_seized", 4, "4 drug knives", etl.Exact},
	{"Cash seized", "5000", "cash_seized", 5000, "5000 drug cash", etl.Exact},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 identified and safeguarded", etl.Exact},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 identified & safeguarded", etl.Exact},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 found and safeguarded", etl.Exact},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 children found", etl.Exact},
	// refusals that stay (review26 R11) and near misses of a qualifier
	{"Arrests", "43", "arrests", 43, "43 warrants", ""},
	{"Arrests", "43", "arrests", 43, "43 stop and search", ""},
	{"Arrests", "43", "arrests", 43, "43 knives", ""},
	{"Arrests", "43", "arrests", 43, "43 suspects identified", ""},
	{"Arrests", "43", "arrests", 43, "43 males identified", ""},
	{"Arrests", "43", "arrests", 43, "43 warrants executed", ""},
	{"Arrests", "43", "arrests", 43, "43 warrants and arrests", ""},
	{"Arrests", "43", "arrests", 43, "43 warrants and 5 arrests", ""},
	{"Arrests", "43", "arrests", 43, "43 drugs and weapons arrests", ""},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 found", ""},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 referrals", ""},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 identified as vulnerable", ""},
	{"Vulnerable people safeguarded", "20", "safeguarded", 20, "20 found and 5 safeguarded", ""},
	{"Warrants executed", "21", "warrants", 21, "21 arrests", ""},
}

// Law: another measure's words that qualify the figure's own noun or
// verb in a note beside it, the longest run up to and including the
// figure's own words ("43 drug arrests", "43 drug dealers", "4 drug
// knives" beside weapons, "20 identified and safeguarded"), leave the
// figure exact, as the sentence a press-release draft writes beside its
// figure must ("Officers arrested 43 drug dealers."); another measure's
// words with no such noun after them, a number or "and" before the
// figure's own noun, or a linking word ("20 identified as vulnerable")
// still refuse it (review27 W4).
func TestNoteQualifierLaw(t *testing.T) {
	t.Parallel()
	noteRowsLaw(t, "notes qualifying the figure's own noun", qualifiedNotes)
}

// noteRowsLaw runs a law of notes beside their figures over the notes
// beside layouts and the first two unheaded ones.
func noteRowsLaw(t *testing.T, what string, notes []renamedNote) {
	noteLayoutsLaw(t, what, slices.Concat(besideLayouts, unheadedLayouts[:2]), notes)
}

// noteLayoutsLaw runs a law of notes beside their figures over the
// layouts given.
func noteLayoutsLaw(t *testing.T, what string, layouts []noteLayout, notes []renamedNote) {
	noteLayoutsHold(t, what, layouts, notes, func(ly noteLayout, n renamedNote, p probe, v *verdict) {
		ly.holds(p, v, n.metric, n.value, n.q)
	})
}

// noteLayoutsHold runs a law of notes beside their figures over the
// layouts given, with what must hold of each.
func noteLayoutsHold(t *testing.T, what string, layouts []noteLayout, notes []renamedNote, holds func(ly noteLayout, n renamedNote, p probe, v *verdict)) {
	type tc struct{ layout, note int }
	var cases []tc
	for _, ix := range every(len(layouts), len(notes)) {
		cases = append(cases, tc{ix[0], ix[1]})
	}
	law[tc]{
		what:  what,
		cases: cases,
		name: func(c tc) string {
			n := notes[c.note]
			return fmt.Sprintf("%v over %s │ %s with the note %q", layouts[c.layout].heads, n.label, n.fig, n.note)
		},
		sheet: func(c tc, b *lawBook) {
			n := notes[c.note]
			layouts[c.layout].rows(b, n.label, n.fig, n.note)
		},
		holds: func(c tc, p probe, v *verdict) { holds(layouts[c.layout], notes[c.note], p, v) },
	}.run(t)
}
