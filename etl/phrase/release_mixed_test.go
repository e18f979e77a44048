package phrase_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// mixedWant is a fact a release's sentence must draft (value > 0) or
// must draft none of (value 0: no fact of the metric and item at all).
type mixedWant struct {
	metric, item string
	value        float64
}

// TestReleaseMixedFractionLaw: a whole and a part said "and" ("one and
// a half kilos", "2 and a half kg", "a kilo and a half", "four and a
// half ounces", "one and a half thousand pounds") is one quantity: the
// whole with its part, in the unit the reference words give, or nothing
// at all; never the part alone. Every whole (words and digits) × part (a
// half, one half, a quarter, three quarters, 1/2) × unit (kilos, kg,
// kilograms, ounces, grams) × drug, with the unit after the part or
// after the whole; sums of cash with a scale after the part. Refused, no
// fact of the metric: a part after a whole that cannot take it ("two
// thousand and a half kilos", "1.5 and a half kilos", "a dozen and a
// half", "1 and 2/3 kilos"). Still drafted as before: "1.5kg", "half a
// kilo", "a kilo", a part that is a figure of its own after another
// thing ("5 knives and a half kilo of cocaine", "£4,500 and a half kilo
// of cocaine": a sum is never the whole of a part after it). Refused
// too: a whole and a part each with its unit ("2 kilos and a half kilo",
// whose whole alone would understate it) and a part of a count ("12 and
// a half wraps", "5 wraps and a half": a count has no halves).
func TestReleaseMixedFractionLaw(t *testing.T) {
	r := newReader(t)
	type word struct {
		text  string
		value float64
	}
	wholes := []word{{"one", 1}, {"two", 2}, {"three", 3}, {"twenty", 20}, {"1", 1}, {"2", 2}, {"12", 12}}
	parts := []word{{"a half", 0.5}, {"one half", 0.5}, {"a quarter", 0.25}, {"three quarters", 0.75}, {"1/2", 0.5}}
	units := []word{{"kilos", 1000}, {"kg", 1000}, {"kilograms", 1000}, {"ounces", 28.349523125}, {"grams", 1}}
	drugs := []string{"cocaine", "heroin", "cannabis"}
	cases := map[string][]mixedWant{}
	i := 0
	for _, w := range wholes {
		for _, p := range parts {
			for _, u := range units {
				d := drugs[i%len(drugs)]
				i++
				v := (w.value + p.value) * u.value
				cases[fmt.Sprintf("Officers seized %s and %s %s of %s.", w.text, p.text, u.text, d)] = []mixedWant{{"drugs_seized", d, v}}
				if p.text == "1/2" {
					continue // "a kilo and 1/2" is not said
				}
				whole := w.text
				unit := u.text
				if w.value == 1 {
					whole, unit = "a", u.text[:len(u.text)-1] // "a kilo and a half"
					if u.text == "kg" {
						whole, unit = "1", "kg"
					}
				}
				cases[fmt.Sprintf("Officers seized %s %s and %s of %s.", whole, unit, p.text, d)] = []mixedWant{{"drugs_seized", d, v}}
			}
			if p.text == "1/2" {
				continue
			}
			cases[fmt.Sprintf("Officers seized %s and %s thousand pounds in cash.", w.text, p.text)] = []mixedWant{{"cash_seized", "", (w.value + p.value) * 1000}}
			cases[fmt.Sprintf("Officers seized %s and %s million pounds.", w.text, p.text)] = []mixedWant{{"cash_seized", "", (w.value + p.value) * 1e6}}
		}
	}
	for _, d := range drugs {
		for _, s := range []string{"two thousand and a half kilos of %s", "1.5 and a half kilos of %s", "1 and 2/3 kilos of %s",
			"twelve hundred and a half kilos of %s", "1.5 and 1/2 kilos of %s", "a dozen and a half grams of %s"} {
			cases["Officers seized "+fmt.Sprintf(s, d)+"."] = []mixedWant{{"drugs_seized", d, 0}}
		}
		cases["Officers seized 1.5kg of "+d+"."] = []mixedWant{{"drugs_seized", d, 1500}}
		cases["Officers seized half a kilo of "+d+"."] = []mixedWant{{"drugs_seized", d, 500}}
		cases["Officers seized a kilo of "+d+"."] = []mixedWant{{"drugs_seized", d, 1000}}
		cases["Officers seized two kilos of "+d+"."] = []mixedWant{{"drugs_seized", d, 2000}}
		cases["Officers seized 5 knives and a half kilo of "+d+"."] = []mixedWant{{"weapons_seized", "knife", 5}, {"drugs_seized", d, 500}}
		// a sum is never the whole of a part after it; a whole and a part
		// each with its unit are not read, the whole alone understating
		// it (review20 R15, R16)
		cases["Officers seized £4,500 and a half kilo of "+d+"."] = []mixedWant{{"drugs_seized", d, 500}, {"cash_seized", "", 0}}
		cases["Officers seized £4,500 and a half kilo of "+d+" and 5 knives."] = []mixedWant{{"drugs_seized", d, 500}}
		for _, u := range []string{"kilos and a half kilo", "kg and a half kg", "ounces and a quarter ounce", "kilos and three quarters of a kilo"} {
			cases["Officers seized 2 "+u+" of "+d+"."] = []mixedWant{{"drugs_seized", d, 0}}
		}
	}
	cases["Officers seized a dozen and a half knives."] = []mixedWant{{"weapons_seized", "knife", 0}}
	// a count has no halves (review20 R17): not read, never rounded
	for _, w := range []string{"12", "one", "two", "1"} {
		for _, p := range []string{"a half", "a quarter", "three quarters"} {
			cases[fmt.Sprintf("Officers seized %s and %s wraps of heroin.", w, p)] = []mixedWant{{"drugs_seized", "heroin", 0}}
			cases[fmt.Sprintf("Officers seized %s and %s knives.", w, p)] = []mixedWant{{"weapons_seized", "knife", 0}}
			cases[fmt.Sprintf("Officers seized %s and %s cannabis plants.", w, p)] = []mixedWant{{"drugs_seized", "cannabis", 0}}
			cases[fmt.Sprintf("Officers seized %s wraps and %s of heroin.", w, p)] = []mixedWant{{"drugs_seized", "heroin", 0}, {"drugs_seized", "", 0}}
		}
	}
	cases["Officers seized £4,500 in cash."] = []mixedWant{{"cash_seized", "", 4500}}
	cases["Officers seized £1.5 million in cash."] = []mixedWant{{"cash_seized", "", 1.5e6}}
	bad := 0
	for s, wants := range cases {
		rel := r.Release(kentRelease + s)
		for _, w := range wants {
			if got := mixedFacts(rel, w); w.value == 0 && len(got) > 0 || w.value > 0 && (len(got) != 1 || math.Abs(got[0]-round6(w.value)) > 1e-5) {
				bad++
				if bad <= 20 {
					t.Errorf("%q: drafts %s %s %v, want %v", s, w.metric, w.item, got, w.value)
				}
				break
			}
		}
	}
	if bad > 0 {
		t.Errorf("TestReleaseMixedFractionLaw: %d of %d cases wrong", bad, len(cases))
	}
}

func round6(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// mixedFacts are the values a release drafts for a metric and item.
func mixedFacts(rel phrase.Release, w mixedWant) []float64 {
	var out []float64
	for _, f := range rel.Facts {
		if f.Metric == w.metric && f.Item == w.item {
			v := math.NaN()
			if f.Value != nil && f.Qualifier == "exact" {
				v = *f.Value
			}
			out = append(out, v)
		}
	}
	return out
}
