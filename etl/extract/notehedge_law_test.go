package extract_test

import (
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// hedgeClauseNotes are notes beside a figure whose clauses hold hedge
// words in four shapes (review23 R17): a preposition with an object of
// its own ("over the weekend", "around Medway") and an adverb of another
// word ("nearly all adults", "almost immediately") hedge nothing; a
// hedge of an estimate standing alone as a clause ("5 remanded,
// estimate") hedges the figure; a hedge on a number of the note's own
// ("about 5 remanded") is that count's, while on the figure itself
// ("over {fig}, 5 remanded") it is the figure's. The sentences are the
// force's plain sentences a draft writes beside the figure ("Over the
// seven days, officers arrested 43 people."): the reviewer's probes,
// each exact.
var hedgeClauseNotes = func() []noteWording {
	var out []noteWording
	shapes := func(words []string, forms []string, q etl.Qualifier) {
		for _, w := range words {
			for _, f := range forms {
				s := strings.ReplaceAll(f, "{h}", w)
				s = strings.ReplaceAll(s, "{H}", strings.ToUpper(w[:1])+w[1:])
				out = append(out, noteWording{s, q})
			}
		}
	}
	// a preposition with an object of its own
	shapes([]string{"over", "around", "about", "under", "above", "below", "just over"},
		[]string{"3 remanded, {h} the weekend", "{H} Medway; 3 charged", "7 under 18 - {h} the county"}, etl.Exact)
	// an adverb of another word
	shapes([]string{"nearly", "almost", "roughly", "just under"},
		[]string{"3 charged; {h} all adults", "{H} immediately, 5 remanded", "5 female, {h} all local"}, etl.Exact)
	// a hedge of an estimate standing alone
	shapes([]string{"estimate", "estimated", "approx", "approx.", "approximately", "est.", "best guess", "estimate only", "rough estimate"},
		[]string{"5 remanded, {h}", "{H}; 3 charged", "3 charged - {h}"}, etl.Approximately)
	// a hedge on a number of the note's own
	shapes([]string{"about", "approx", "estimated", "over", "nearly", "around", "up to"},
		[]string{"{h} 5 remanded", "3 charged; {h} 5 female"}, etl.Exact)
	// a hedge on the figure itself
	for _, h := range []struct {
		w string
		q etl.Qualifier
	}{{"over", etl.MoreThan}, {"around", etl.Approximately}, {"approx", etl.Approximately}, {"nearly", etl.LessThan}, {"up to", etl.UpTo}, {"at least", etl.AtLeast}} {
		shapes([]string{h.w}, []string{"{h} {fig}, 5 remanded", "3 charged; {h} {fig}"}, h.q)
	}
	shapes([]string{"best guess", "estimate"}, []string{"{h} {fig}; 3 charged"}, etl.Approximately)
	// the reviewer's probes: notes, and the force's sentences
	for _, s := range []string{
		"3 remanded, over the weekend", "3 charged; nearly all adults", "7 under 18, around Medway",
		"Over the seven days, {act}.", "Over the course of the week of action, {act}.",
		"Around the county, {act}.", "Almost immediately, {act}.",
		"{Act}, over the course of the week.", "{Act}; nearly all were men.", "{Act}; up to date figures will follow.",
	} {
		out = append(out, noteWording{s, etl.Exact})
	}
	return out
}()

// Law: a hedge word in a note's clause hedges the figure beside it only
// when it stands alone as a hedge of an estimate or is said of the
// figure itself; a preposition with an object of its own, an adverb of
// another word and a hedge on the note's own count leave the figure
// exact (review23 R17), as TestNoteBesideFigureLaw judges any note.
func TestNoteHedgeClauseLaw(t *testing.T) {
	t.Parallel()
	besideLaw(t, "hedge words in a note's clauses", besideLayouts, hedgeClauseNotes)
}
