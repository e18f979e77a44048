package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestAndUnknownPeopleLaw: after a figure of people, "and", words nobody
// taught us, then a word for people: the "and" joins who is counted
// ("350 vulnerable adults and young individuals" are 350 of both), so
// what the unknown words say of them is needed, and the figure is
// refused with a message naming them. Before, the words after "and" were
// left out and the figure read as the first noun's alone: safeguarded
// adults 350, a part of those counted read as the whole (found by the
// lead's rewrite probe of found.csv f058, "people" → "individuals").
// The made-up words stand for any word not yet taught.
func TestAndUnknownPeopleLaw(t *testing.T) {
	r := newReader(t)
	figures := []string{
		"Officers safeguarded 350 %s and %s %s.",
		"We have engaged with more than 350 %s and %s %s.",
		"350 %s and %s %s were safeguarded.",
		"Officers arrested 35 %s and %s %s.",
		"35 %s and %s %s were arrested.",
	}
	firsts := []string{"adults", "vulnerable adults", "men", "women", "children", "juveniles", "vulnerable children"}
	unknowns := []string{"blorfy", "quantish", "blorfy quantish"}
	seconds := []string{"individuals", "people", "persons", "adults", "children"}
	bad, n := 0, 0
	for _, f := range figures {
		for _, a := range firsts {
			for _, u := range unknowns {
				for _, b := range seconds {
					text := fmt.Sprintf(f, a, u, b)
					n++
					rd := r.Read(text, phrase.Context{Force: "kent"})
					named := false
					for _, m := range rd.Messages {
						if m.Code == phrase.CodeUnknownWord && strings.Contains(m.String(), strings.Fields(u)[0]) {
							named = true
						}
					}
					if len(rd.Facts) > 0 || len(rd.Scoped) > 0 || !named {
						bad++
						if bad <= 20 {
							t.Errorf("%q: %s, unknown word named %v; want no figure and a message naming %q", text, readingLines(rd), named, u)
						}
					}
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("TestAndUnknownPeopleLaw: %d of %d cases wrong", bad, n)
	}
}
