package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// openSplits are the one-word names of the catalogue's items written
// open, as two words of three letters or more ("hand guns", "fire arms",
// "cross bows", "lap tops"), each with its closed form: every way the
// word splits so, for every one-word name of every item.
func openSplits(t *testing.T) [][2]string {
	t.Helper()
	cat := testCatalog(t)
	var out [][2]string
	seen := map[string]bool{}
	for _, it := range cat.Items {
		for _, n := range append([]string{it.Label}, it.Synonyms...) {
			seen[strings.ToLower(n)] = true // "knuckle dusters": a name already written open
		}
	}
	done := map[string]bool{}
	for _, it := range cat.Items {
		for _, n := range append([]string{it.Label}, it.Synonyms...) {
			w := strings.ToLower(n)
			if strings.ContainsAny(w, " -()/&") || done[w] {
				continue
			}
			done[w] = true
			for i := 3; i+3 <= len(w); i++ {
				if !seen[w[:i]+" "+w[i:]] {
					out = append(out, [2]string{w[:i] + " " + w[i:], w})
				}
			}
		}
	}
	return out
}

// A one-word name of an item written open, as two words ("two hand
// guns", "a cross bow", "fire arms"), names the item as the closed word
// does (English writes many compounds either way: found f515, f791).
// Law, metamorphic over every split of every one-word item name: in a
// phrase, the open spelling reads exactly as the closed one (the same
// facts, the same scoped figures, a message when the closed one has
// one), in the forms where the new words are followed by words that
// change the figure or by other things (", TBC", "last year", "in the
// year up to Sunday", "across Kent and beyond", "and cannabis", "were
// stolen"), a zero, a modal ("could seize", "will seize"), another
// agency as the subject ("The NCA seized"), a wider area ("Nationally,"),
// in a list and after an article. Counter-examples, expected to read no
// name and no figure of the item: the first word as a verb after a
// subject, a relative or "to" ("Residents hand guns in", "two men who
// shot guns", "urged owners to hand guns in"), where the two words are
// no name; and a split with a word between ("two hand made guns").
func TestOpenCompoundLaw(t *testing.T) {
	r := newReader(t)
	forms := []string{
		"Officers seized two %s.", "Two %s were seized.", "Officers seized two %s, TBC.",
		"Zero %s were seized.", "Officers could seize two %s.", "Officers will seize two %s.",
		"The NCA seized two %s.", "Nationally, two %s were seized.", "Two %s were seized last year.",
		"Officers seized two %s in the year up to Sunday.", "Officers seized two %s across Kent and beyond.",
		"Officers seized two %s and cannabis.", "Two %s were stolen.", "Officers seized cannabis, %s and cash.",
		"Officers seized a knife and two %s.", "Officers seized their %s, including Essex.",
		"Two %s, provisional, were seized.", "Officers seized 2kg of cocaine and two %s.",
	}
	bad, n := 0, 0
	for _, sp := range openSplits(t) {
		for _, f := range forms {
			n++
			open, closed := fmt.Sprintf(f, sp[0]), fmt.Sprintf(f, sp[1])
			a, b := r.Read(open, phrase.Context{Force: "kent"}), r.Read(closed, phrase.Context{Force: "kent"})
			if ga, gb := readingLines(a), readingLines(b); ga != gb || (len(a.Messages) == 0) != (len(b.Messages) == 0) {
				bad++
				if bad <= 20 {
					t.Errorf("%q reads %s (%d messages), but %q reads %s (%d messages)", open, ga, len(a.Messages), closed, gb, len(b.Messages))
				}
			}
		}
		// counter-examples: no name
		w := strings.Fields(sp[0])
		for _, f := range []string{"Residents %s %s in to officers.", "Officers seized 12 knives as residents %s %s in.",
			"Police arrested two men who %s %s.", "Officers urged owners to %s %s in.", "They %s %s every week.", "Officers seized two %s made %s."} {
			n++
			text := fmt.Sprintf(f, w[0], w[1])
			got := r.Read(text, phrase.Context{Force: "kent"})
			named := false
			for _, iw := range r.Items(text) {
				named = named || strings.Contains(iw.Text, " ")
			}
			for _, fa := range got.Facts {
				named = named || fa.Metric == "weapons_seized" && fa.Value != nil && *fa.Value == 2
			}
			if named {
				bad++
				if bad <= 20 {
					t.Errorf("%q: no name of an item, but reads %s", text, readingLines(got))
				}
			}
		}
	}
	t.Logf("open compounds: %d phrases, %d wrong", n, bad)
	if n < 1000 {
		t.Errorf("the generator made %d phrases, want at least 1000", n)
	}
}

// readingLines is a reading's facts and scoped figures, one line each,
// sorted: what a law compares of two readings.
func readingLines(rd phrase.Reading) string {
	var out []string
	for _, f := range rd.Facts {
		out = append(out, fmtFact(f))
	}
	for _, s := range rd.Scoped {
		out = append(out, "scoped "+fmtFact(s.Fact))
	}
	slices.Sort(out)
	return strings.Join(out, "; ")
}
