package extract_test

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/extract"
)

// TestEveryNumberInACellAccountedLaw carries TestEveryFigureAccounted
// (fixtures) inside a value cell's text: every number written in it, in
// digits or in words, is accounted for. It is the figure of a fact
// loaded from that cell (in the fact's unit: "1.2kg" is 1,200 g, "£1.2k"
// £1,200), or a message names the cell (refused, or passed over on
// purpose: "43 (last week: 38)" says why 38 is not read). Never a number
// read past in silence, as "43 (forty-four)", "40 (now 43)", "43 (2021:
// 30)" and "43 (7 were under 18 and 4 over 50)" once were. And no fact
// of the cell has a figure the text does not write.
//
// The texts are a figure (a count in digits or words, a sum of money, a
// weight) with what forces write around it: a hedge, a restatement in
// brackets, a part, another period's figure, a correction, words saying
// it is not final, a second number.
func TestEveryNumberInACellAccountedLaw(t *testing.T) {
	t.Parallel()
	type kind struct {
		label   string
		figures []string
		other   []string // a second figure of the same kind, for "F / N"
	}
	kinds := []kind{
		{"Arrests", []string{"43", "forty-three", "0", "1,200"}, []string{"44", "7", "seven", "forty-four"}},
		{"Warrants executed", []string{"25", "twenty five"}, []string{"52", "3"}},
		{"Cash seized", []string{"£5,000", "£1.2k", "£12,500"}, []string{"£500", "£5k", "5000"}},
		{"Cocaine", []string{"2kg", "1.2kg", "500g"}, []string{"200g", "2 kilos", "50g"}},
		// the unit in the label: the figure alone is read in it
		{"Heroin (g)", []string{"43", "1,200"}, []string{"44", "7", "seven"}},
		{"Cash seized (£)", []string{"5000", "43"}, []string{"500", "7"}},
	}
	asides := []string{
		"%s under 18", "%s juveniles", "%s female", "%s adults", "%s from London", "%s were over 50",
		"last week: %s", "last year %s", "2021: %s", "previously %s", "was %s", "now %s", "amended from %s",
		"%s incl. BTP", "%s on warrant", "up from %s", "+%s on last year", "%s", "approx %s", "inc %s under 18",
		"revised to %s", "should read %s", "%s last IW", "North %s", "%s so far",
	}
	wrappers := []string{
		"%s", "about %s", "over %s", "%s+", "c. %s", "%s (approx)", "%s (est)", "%s so far", "%s and counting",
		"%s - more expected", "%s at time of writing", "%s this week", "%s (TBC)", "%s - to be confirmed", "%s*",
		"%s (11/10-17/10)", "%s (so far)", "%s (provisional)",
	}
	seconds := []string{"%s / %s", "%s or %s", "%s - previous %s", "%s vs %s last year", "%s to %s", "%s, %s", "%s (%s)", "%s [%s]"}
	type tcase struct{ label, text string }
	var cases []tcase
	for _, k := range kinds {
		for _, f := range k.figures {
			for _, w := range wrappers {
				cases = append(cases, tcase{k.label, fmt.Sprintf(w, f)})
			}
			for i, a := range asides {
				n := k.other[i%len(k.other)]
				cases = append(cases, tcase{k.label, f + " (" + fmt.Sprintf(a, n) + ")"})
			}
			for _, s := range seconds {
				for _, n := range k.other[:2] {
					cases = append(cases, tcase{k.label, fmt.Sprintf(s, f, n)})
				}
			}
		}
	}
	// Lists and sentences the grammar reads whole.
	for _, c := range [][2]string{
		{"Drugs seized", "1.2kg cocaine, 300g heroin, street value £5,600"},
		{"Weapons seized", "5 knives (2 zombie knives), 2 firearms"},
		{"Arrests", "43 (7 under 18, 3 female)"},
		{"Arrests", "17 people were arrested, 4 of them under 18"},
		{"Cash seized", "approximately £3,400, found on a train"},
		{"Vehicles seized", "3 cars and a moped"},
		{"Arrests", "1,200 / 44"},
	} {
		cases = append(cases, tcase{c[0], c[1]})
	}
	law[tcase]{
		what:  "value cells whose numbers are each a fact or a message",
		cases: cases,
		name:  func(c tcase) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c tcase, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c tcase, p probe, v *verdict) {
			var at []float64
			for _, f := range p.factsAt("B3") {
				if f.Value != nil {
					at = append(at, *f.Value)
				}
			}
			named := false
			for _, m := range p.r.Messages {
				if m.Cell == "B3" || m.Covers(m.Sheet, 2, 3) {
					named = true
				}
			}
			nums := numbersIn(c.text)
			for _, n := range nums {
				v.want(named || tracedTo(n.value, at), "%q (%v) is neither a fact of the cell nor named in a message", n.text, n.value)
			}
			for _, f := range at {
				traced := false
				for _, n := range nums {
					traced = traced || tracedTo(n.value, []float64{f})
				}
				v.want(traced, "a fact of %v, which the text does not write", f)
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}

type written struct {
	text  string
	value float64
}

var (
	dateIn     = regexp.MustCompile(`\d{1,2}/\d{1,2}(?:/\d{2,4})?(?:\s*-\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?`)
	ageBand    = regexp.MustCompile(`(?i)\bunder[ -]18s?\b|\bu18s?\b`) // a part's name, not a figure
	digitsIn   = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)
	numberWord = regexp.MustCompile(`(?i)\b(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)(?:[\s-]+(?:and\s+)?)?)+`)
)

// numbersIn lists the numbers a text writes, in digits or in words; dates
// ("11/10-17/10") are read by the date reader, and "under 18" names a
// part: neither is a number of the figure.
func numbersIn(text string) []written {
	text = dateIn.ReplaceAllString(text, " ")
	text = ageBand.ReplaceAllString(text, " ")
	var out []written
	for _, d := range digitsIn.FindAllString(text, -1) {
		var v float64
		if _, err := fmt.Sscan(strings.ReplaceAll(d, ",", ""), &v); err == nil {
			out = append(out, written{d, v})
		}
	}
	for _, w := range numberWord.FindAllString(text, -1) {
		w = strings.TrimSuffix(strings.TrimSpace(w), " and")
		if v, err := extract.ParseText(w); err == nil && v.Num != nil {
			out = append(out, written{w, *v.Num})
		}
	}
	return out
}

// tracedTo reports whether a number written n is one of the facts'
// figures, in the fact's unit: as written, scaled (k, m) or converted
// (kg, kilos to g).
func tracedTo(n float64, facts []float64) bool {
	for _, v := range facts {
		for _, k := range []float64{1, 1e3, 1e6, 1e-3} {
			if math.Abs(v-n*k) < 1e-6*math.Max(1, math.Abs(v)) {
				return true
			}
		}
	}
	return false
}
