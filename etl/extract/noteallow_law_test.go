package extract_test

import (
	"testing"

	"github.com/countylines/countylines/etl"
)

// allowNotes are notes beside a figure judged by the allow rule: a note
// lets the figure load only when every word of it is known to leave the
// figure standing. The review's notes that loaded a wrong figure exact
// (review23 R1, R4, R6, R14, R15) must refuse it or hedge it; the
// harmless notes (a status, a source, an officer, a count of the note's
// own, the week's own days, a refusing note word said not to be there:
// review23 R5) must still load it.
var allowNotes = []noteWording{
	// R1: a running or operation's total, a figure not final, a part of
	// those counted, other offences, something added
	{"running total", ""}, {"op total", ""}, {"under review", ""}, {"juveniles", ""}, {"Juveniles", ""},
	{"includes drug driving", ""}, {"+ 5", ""}, {"males only", ""}, {"under 18s only", ""}, {"all offences", ""},
	// R4: the note words after "from", or with a count of their own
	{"from other ops", ""}, {"5 from other operations", ""}, {"plus 5 from other ops", ""}, {"3 from all crime", ""},
	{"includes 5 duplicates", ""}, {"duplicates: 5", ""}, {"includes other ops", ""}, {"plus 5 from last week", ""},
	{"{act} incl. other ops", ""},
	// R6: a part of the week in other words
	{"partial week", ""}, {"half week", ""}, {"midweek", ""}, {"ex Sunday", ""}, {"less Sunday", ""},
	{"14/10 onwards", ""}, {"after Wednesday", ""}, {"before Friday", ""}, {"weeks 41-42", ""}, {"wk 41-42", ""},
	{"days 1-4", ""}, {"{act} until 14/10", ""}, {"4 of 7 days", ""}, {"up to 18/10", ""},
	// R14: a longer period
	{"last 30 days", ""}, {"one month", ""}, {"year", ""}, {"12mth", ""}, {"R12M", ""}, {"12-month", ""},
	// R15: a day left out, the rest to come, data taken inside the week
	{"Sunday's figures to follow", ""}, {"remaining days to follow", ""}, {"rest to follow", ""}, {"figures to follow", ""},
	{"final to follow", ""}, {"extracted 14/10", ""}, {"run 14/10", ""}, {"submitted 15/10", ""},
	// in doubt; another operation nobody named as the return's
	{"?", ""}, {"check", ""}, {"Op Orochi", ""}, {"incl. Op Venice", ""},
	// words nobody taught
	{"first aid given at scene", ""}, {"seized during warrant at Dover", ""},
	// hedges
	{"estimate: {fig}", etl.Approximately}, {"estimate", etl.Approximately}, {"approx", etl.Approximately},
	{"best guess", etl.Approximately}, {"roughly", etl.Approximately}, {"5 remanded, estimate", etl.Approximately},
	// R5: a refusing note word said not to be there; a check done
	{"no double counting", etl.Exact}, {"no duplicates included", etl.Exact}, {"duplicates removed, none counted twice", etl.Exact},
	{"excl. other ops", etl.Exact}, {"excludes other operations", etl.Exact}, {"no other ops included", etl.Exact},
	{"none out of force", etl.Exact}, {"check done", etl.Exact}, {"no query", etl.Exact}, {"query resolved", etl.Exact},
	{"vehicle check", etl.Exact}, {"no figures carried over", etl.Exact},
	// a denial turned round or limited (review25 W1): a second
	// negation, "no." a number, a word between the negator and the
	// note word, a limiting word before or after, more words after
	{"not excluding other ops", ""}, {"without excluding other ops", ""}, {"not excluded other ops", ""},
	{"without excluding out of force", ""}, {"without removing duplicates", ""}, {"not removing duplicates", ""},
	{"No. incl other ops", ""}, {"no. includes other ops", ""}, {"excl duplicates other ops included", ""},
	{"no double counting checks done", ""}, {"other ops excluded mostly", ""}, {"mostly other ops excluded", ""},
	{"not just other ops", ""}, {"not only other ops", ""}, {"not none out of force", ""}, {"not all duplicates removed", ""},
	// a status, a source, who gave or checked it, a pointer
	{"confirmed", etl.Exact}, {"final", etl.Exact}, {"verified", etl.Exact}, {"DS Smith", etl.Exact}, {"checked by DS Smith", etl.Exact},
	{"Green", etl.Exact}, {"Yes", etl.Exact}, {"Niche", etl.Exact}, {"as per Niche", etl.Exact}, {"Source: Niche RMS", etl.Exact},
	{"see email", etl.Exact}, {"see tab 2", etl.Exact}, {"see note 1", etl.Exact},
	{"see narrative", etl.Exact}, {"see the summary", etl.Exact}, {"see covering email", etl.Exact},
	{"see narrative for running total", ""}, {"see narrative - rest to follow", ""},
	// the force's own names, the week's own days and dates
	{"Kent Police figure", etl.Exact}, {"w/e 17/10/2021", etl.Exact}, {"11-17 Oct", etl.Exact}, {"Mon-Sun", etl.Exact},
	{"up to Sunday", etl.Exact}, {"all on 14/10", etl.Exact}, {"mostly Thursday", etl.Exact}, {"2021 return", etl.Exact},
	// counts of the note's own, places, comparisons
	{"incl. 3 under 18", etl.Exact}, {"3 adults, 2 juveniles", etl.Exact}, {"5 remanded in custody", etl.Exact},
	{"all charged", etl.Exact}, {"5 remanded - all adults", etl.Exact}, {"12 of these were for possession with intent", etl.Exact},
	{"3 from London", etl.Exact}, {"from Essex, London and Merseyside", etl.Exact}, {"2 with Merseyside links", etl.Exact},
	{"includes Medway", etl.Exact}, {"mostly in Medway", etl.Exact}, {"30 last week", etl.Exact}, {"{fig} in total", etl.Exact},
	{"all county lines related", etl.Exact},
	// an age of those counted; a count of the note's own over another
	// stretch, or at another frequency; the same words with no count
	// of the note's own, or with the figure's own number
	{"3 aged 12 years", etl.Exact}, {"2 aged 15", etl.Exact}, {"2 in 12 months", etl.Exact}, {"4 monthly visits", etl.Exact},
	{"aged 12 years", ""}, {"{fig} in 12 months", ""}, {"in 12 months", ""}, {"monthly", ""}, {"{fig} monthly", ""},
	// the week's own days with their dates, its length; a span of time
	// that may be a part of it; when those counted were charged
	{"Monday 11th to Sunday 17th", etl.Exact}, {"Monday 11th", etl.Exact}, {"Tuesday 11th", ""}, {"Monday 4th to Sunday 10th", ""},
	{"all 7 days", etl.Exact}, {"48 hours", ""}, {"within 48 hours", ""}, {"within 2 days", ""},
	{"charged within 2 days", etl.Exact}, {"remanded within 2 days", etl.Exact},
	// a place after a preposition of a hedge's word (review23 R17)
	{"Over Medway; 3 charged", etl.Exact},
	// a sentence is read as a release's: the figure itself read from it
	// leaves it standing; one that reads other figures only, or none, is
	// judged by its words (notes25)
	{"{Act}.", etl.Exact}, {"{Act}. Of these, 3 were charged.", etl.Exact},
	{"The figure is a running tally.", ""}, {"Figures were compiled on the 14th.", ""},
	{"Officers made 3 further arrests on Monday.", ""}, {"5 stop searches were done in a running operation.", ""},
	{"Officers stopped 3 vehicles, a running total.", ""},
}

// allowLayouts are where a note stands beside a figure: a notes
// column right of it or between it and its label, and a column with no
// heading right of it (review22 X6).
var allowLayouts = append(besideLayouts[:len(besideLayouts):len(besideLayouts)], noteLayout{[]any{"Measure", "Figure"}, 1, 2})

// Law: a note beside a figure, in a notes column or a column with no
// heading, lets it load only when every word of it is known to leave it
// standing (words.csv role note; the week's days, the force's names, the
// metric's words, counts of the note's own): any other word refuses it
// with a warning at its cell naming the note's cell, and a note that says
// why it is not the week's count keeps its own message. A hedge loads it
// approximately; a harmless note leaves it exact. Beside each of
// noteLabels' figures; the row below loads either way.
func TestNoteAllowLaw(t *testing.T) {
	t.Parallel()
	besideLaw(t, "notes judged by the words they are known by", allowLayouts, allowNotes)
}
