package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestAndDoneOtherLaw: in a list of what the week saw, a figure whose
// noun names its own metric ("12 arrests", "103 stop searches"), then
// "and", then things of another metric with a verb of their own that
// is no word of the figure's metric ("drugs seized", "Class A drugs
// were recovered"), is two members, with a word the figure's metric
// allows after its noun or not ("7 arrests made and drugs seized"): the
// figure is read, and the things
// are read as their words say (named with no number). Before, the verb
// was taken as the figure's too ("12 arrests and drugs seized": no
// metric; f1569 "37 arrests, 103 stop searches and Class A and B drugs
// seized"). Near misses stay as they were: a verb the figure's metric
// takes too ("12 knives and phones seized", "12 arrests and charges
// brought": one figure for both, or none), a noun that only describes
// the next ("110 vehicle and individual stop searches were
// conducted"), a noun of doing in the last member ("drugs seizures
// were made"), a verb after a second "and" ("50 computers and mobile
// phones and checking on vulnerable people": f2525), and a period or a
// part of the area after the list.
func TestAndDoneOtherLaw(t *testing.T) {
	r := newReader(t)
	firsts := []struct{ words, fact string }{
		{"12 arrests", "arrests/ people 12 exact"},
		{"7 warrants", "warrants/ count 7 exact"},
		{"103 stop searches", "stop_searches/ count 103 exact"},
		{"9 welfare visits", "welfare_visits/ count 9 exact"},
		// a word the figure's metric allows after its noun
		{"12 arrests made", "arrests/ people 12 exact"},
		{"7 warrants carried out", "warrants/ count 7 exact"},
	}
	lasts := []struct {
		noun, verb string
		facts      []string
	}{
		{"drugs", "seized", []string{"drugs_seized/  NULL unquantified"}},
		{"knives", "seized", []string{"weapons_seized/knife count NULL unquantified"}},
		{"Class A drugs", "recovered", []string{"drugs_seized/class_a  NULL unquantified"}},
		{"Class A and B drugs", "seized", []string{"drugs_seized/class_a  NULL unquantified", "drugs_seized/class_b  NULL unquantified"}},
		{"cannabis", "found", []string{"drugs_seized/cannabis  NULL unquantified"}},
		{"weapons", "recovered", []string{"weapons_seized/ count NULL unquantified"}},
		{"cash", "seized", nil},
		{"county lines", "closed", nil},
	}
	openers := []string{"The week saw %s.", "The operation resulted in %s.", "During the week of action there were %s."}
	n, failed := 0, 0
	check := func(text string, want []string) {
		n++
		got := factStrings(r.Read(text, phrase.Context{Force: "kent"}).Facts)
		want = slices.Sorted(slices.Values(want))
		if !slices.Equal(got, want) {
			failed++
			if failed <= 20 {
				t.Errorf("%q: read %v, want %v", text, got, want)
			}
		}
	}
	for _, f := range firsts {
		for _, l := range lasts {
			want := append([]string{f.fact}, l.facts...)
			for _, o := range openers {
				for _, aux := range []string{"", "were "} {
					check(fmt.Sprintf(o, fmt.Sprintf("%s and %s %s%s", f.words, l.noun, aux, l.verb)), want)
				}
				// a member before it, with a comma: "37 arrests, 103 stop
				// searches and Class A drugs seized"
				if !strings.HasPrefix(f.words, "12 arrests") {
					check(fmt.Sprintf(o, fmt.Sprintf("12 arrests, %s and %s %s", f.words, l.noun, l.verb)), append([]string{"arrests/ people 12 exact"}, want...))
				}
			}
			check(capFirst(fmt.Sprintf("%s and %s were %s.", f.words, l.noun, l.verb)), want)
			// after the list, a period is said of them both: nothing is
			// read; a part of the area makes the figure that part's (the
			// things named with no number may be read, as after "12
			// people arrested and", or not: never the figure)
			check(fmt.Sprintf("The week saw %s and %s %s last year.", f.words, l.noun, l.verb), nil)
			text := fmt.Sprintf("The week saw %s and %s %s in Medway.", f.words, l.noun, l.verb)
			n++
			for _, g := range factStrings(r.Read(text, phrase.Context{Force: "kent"}).Facts) {
				if !slices.Contains(l.facts, g) {
					failed++
					t.Errorf("%q: read %s", text, g)
				}
			}
		}
	}
	// near misses
	for _, o := range openers {
		for _, s := range []string{
			"12 knives and phones seized", "12 knives and drugs seized", "12 phones and cash seized",
			"12 arrests and charges brought", "12 arrests and drugs seizures were made",
			"12 arrests and drugs seizures being made", "12 arrests made and charges brought",
		} {
			check(fmt.Sprintf(o, s), nil)
		}
		// a verb after a second "and" is another act (f2525)
		check(fmt.Sprintf(o, "the seizure of 50 computers and mobile phones and checking on vulnerable people"), nil)
		check(fmt.Sprintf(o, "12 arrests and drugs seized and checking on vulnerable people"), []string{"arrests/ people 12 exact", "drugs_seized/  NULL unquantified"})
		// "vehicle" describes the stop searches: never 110 vehicles
		check(fmt.Sprintf(o, "110 vehicle and individual stop searches conducted"), []string{"stop_searches/ count 110 exact"})
	}
	t.Logf("%d phrases, %d failed", n, failed)
}
