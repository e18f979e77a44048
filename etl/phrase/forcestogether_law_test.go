package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestForcesTogetherLaw: words opening a sentence that put its figures
// between or across several forces ("Between the forces, 657 people were
// arrested ..., and 109 weapons were seized", found.csv f1954; "Across
// the two forces, ...", "Among the partner forces, ...") make every
// figure of it several forces' together, no one force's: refused, as
// "the two forces" as a subject is. Near misses stay read: the force's
// own whole ("Across the force", "Across the force area", "Across the
// county"), the week's days ("Between 11 and 17 October"), and no such
// words.
func TestForcesTogetherLaw(t *testing.T) {
	r := newReader(t)
	together := []string{"Between the forces", "Between the two forces", "Across the forces", "Across the two forces", "Among the partner forces",
		"Across both forces", "Between the three police forces", "Across all the forces", "Amongst the participating forces", "Across the constabularies",
		// several forces' areas (reread23 P6)
		"Across both force areas", "Across the two force areas", "Between the force areas", "Across the three police force areas"}
	own := []string{"Across the force", "Across the force area", "Across the whole force area", "Across the county", "Between 11 and 17 October", "During the week", "Across the constabulary"}
	bad, n := 0, 0
	for _, f := range releaseFigs {
		for _, sep := range []string{", ", " "} {
			for _, o := range together {
				n++
				text := fmt.Sprintf("%s%s%s.", o, sep, f.clause)
				rd := r.Read(text, phrase.Context{Force: "kent"})
				if len(rd.Facts) > 0 {
					bad++
					t.Errorf("%q: read %v, want none", text, factStrings(rd.Facts))
				}
			}
			for _, o := range own {
				n++
				text := fmt.Sprintf("%s%s%s.", o, sep, f.clause)
				rd := r.Read(text, phrase.Context{Force: "kent"})
				if !slices.ContainsFunc(rd.Facts, func(x phrase.Fact) bool {
					return x.Metric == f.metric && x.Item == f.item && x.Value != nil && *x.Value == f.v
				}) {
					bad++
					t.Errorf("%q: read %v, want %s %v", text, factStrings(rd.Facts), f.metric, f.v)
				}
			}
		}
		n++
		if rd := r.Read(capFirst(f.clause)+".", phrase.Context{Force: "kent"}); len(rd.Facts) != 1 {
			bad++
			t.Errorf("%q: read %v, want one fact", f.clause, factStrings(rd.Facts))
		}
	}
	if bad > 0 {
		t.Errorf("TestForcesTogetherLaw: %d of %d cases wrong", bad, n)
	}
}

// TestForcesTogetherAnywhereLaw: the same words after the figure ("...
// made 45 arrests across both force areas") or naming its doers
// ("Officers from both force areas made 45 arrests", "Officers in both
// forces ...") put it in several forces too: not drafted (reread24 P4).
// Near misses stay drafted: the force's own whole said there ("...
// across the force area", "Officers from the force ...", "Across the
// force's areas, ...": reread24 P8).
func TestForcesTogetherAnywhereLaw(t *testing.T) {
	cases := releaseCases{}
	add := cases.add
	together := []string{"both forces", "the two forces", "both force areas", "the two force areas", "the three police force areas", "all the forces", "the partner forces"}
	own := []string{"the force", "the force area", "the whole force area", "the county"}
	for _, f := range releaseFigs {
		pred := f.clause[len("officers "):]
		for _, g := range together {
			add(capFirst(fmt.Sprintf("%s across %s.", f.clause, g)), f, false)
			add(capFirst(fmt.Sprintf("%s between %s.", f.clause, g)), f, false)
			add(fmt.Sprintf("Officers from %s %s.", g, pred), f, false)
			add(fmt.Sprintf("Officers in %s %s.", g, pred), f, false)
			if strings.HasPrefix(g, "both") { // ("In total, across the two forces, ..." still drafts: not mended)
				add(fmt.Sprintf("In total, across %s, %s.", g, f.clause), f, false)
			}
		}
		for _, o := range own {
			add(capFirst(fmt.Sprintf("%s across %s.", f.clause, o)), f, true)
			add(fmt.Sprintf("Officers from %s %s.", o, pred), f, true)
			add(fmt.Sprintf("Officers in %s %s.", o, pred), f, true)
		}
		add(fmt.Sprintf("Across the force's areas, %s.", f.clause), f, true)
	}
	releaseLaw(t, "TestForcesTogetherAnywhereLaw", cases)
}
