package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestPronounSourceLaw: figures shown by a source named by a pronoun
// alone ("This showed that ...") are what something said before found (a
// study, a force's records), and whose they are the words do not say:
// no fact. "Figures show ..." stays the release's own. found.csv f1795
// (the NCLCC's records of years: "This showed that more than 1,300
// individuals linked to County Lines have been charged ...") was refused
// only by chance, as charged or charges, until the lead's plural-people
// rule read the individuals as people charged.
func TestPronounSourceLaw(t *testing.T) {
	r := newReader(t)
	clauses := []struct {
		words, metric string
		v             float64
	}{
		{"12 people were arrested", "arrests", 12},
		{"more than 1,300 individuals have been charged", "charged", 1300},
		{"officers safeguarded 40 vulnerable people", "safeguarded", 40},
	}
	bad, n := 0, 0
	for _, c := range clauses {
		// and by a body's name with its possessive ("The NCLCC's records
		// show", review30 S4): another body's figures
		for _, src := range []string{"This showed that", "This showed", "That showed that", "This shows that", "These showed that", "The NCLCC's records show", "The NCLCC’s records show that", "SEROCU's figures show"} {
			n++
			text := fmt.Sprintf("%s %s.", src, c.words)
			if rd := r.Read(text, phrase.Context{Force: "kent"}); len(rd.Facts) > 0 {
				bad++
				t.Errorf("%q: %s; want no fact", text, readingLines(rd))
			}
		}
		n++
		text := fmt.Sprintf("Figures show %s.", c.words)
		if rd := r.Read(text, phrase.Context{Force: "kent"}); len(rd.Facts) != 1 || rd.Facts[0].Metric != c.metric || *rd.Facts[0].Value != c.v {
			bad++
			t.Errorf("%q: %s; want %s %v", text, readingLines(rd), c.metric, c.v)
		}
	}
	if bad > 0 {
		t.Errorf("TestPronounSourceLaw: %d of %d cases wrong", bad, n)
	}
}
