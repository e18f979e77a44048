package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// mixedUnit is a unit of mass and its grams; mixedFrac a slash fraction
// and its value (-1: no exact decimal, refused).
type mixedUnit struct {
	word  string
	grams float64
}

type mixedFrac struct {
	text  string
	value float64
}

// lawMixedNumberCases: "Officers seized 2 1/2 kg of heroin": a whole
// number and a fraction written with a slash before a unit of mass are
// one number, 2.5 kg, read as exactly as the number says; never the
// fraction alone (500 g), which drops the whole. A fraction with no
// exact decimal ("1 1/3 kilos") stays refused. The near misses keep
// their readings: the fraction alone ("1/2 kg"), the whole "and" the
// fraction ("2 and 1/2 kg"), a count before the fraction of another
// thing ("2 people and 1/2 kg"), and whole weights beside it.
func lawMixedNumberCases() []whoCase {
	units := []mixedUnit{{"kg", 1000}, {"kilos", 1000}, {"kilo", 1000}, {"kilograms", 1000}, {"oz", 28.349523125}, {"ounces", 28.349523125}, {"g", 1}, {"grams", 1}}
	fracs := []mixedFrac{{"1/2", 0.5}, {"1/4", 0.25}, {"3/4", 0.75}, {"1/8", 0.125}, {"1/3", -1}, {"2/3", -1}}
	drugs := []string{"heroin", "cocaine", "cannabis", "crack cocaine"}
	var out []whoCase
	n := 0
	for _, u := range units {
		for _, f := range fracs {
			for w := 1; w <= 13; w += 3 {
				d := drugs[n%len(drugs)]
				n++
				mixed := fmt.Sprintf("%d %s %s", w, f.text, u.word)
				var want []string
				if f.value > 0 {
					want = []string{fmt.Sprintf("drugs_seized %.3f", (float64(w)+f.value)*u.grams)}
				}
				out = append(out, whoCase{fmt.Sprintf("Officers seized %s of %s.", mixed, d), want})
				out = append(out, whoCase{fmt.Sprintf("%s of %s were seized.", mixed, d), want})
				k := 3 + n%30
				out = append(out, whoCase{fmt.Sprintf("Officers seized %s of %s and %d knives.", mixed, d, k), append(append([]string{}, want...), fmt.Sprintf("weapons_seized %d.000", k))})
				if f.value > 0 {
					// near misses: the fraction alone, the whole "and"
					// the fraction, a count of another thing before it
					out = append(out, whoCase{fmt.Sprintf("Officers seized %s %s of %s.", f.text, u.word, d), []string{fmt.Sprintf("drugs_seized %.3f", f.value*u.grams)}})
					// ("and" a fraction is read for halves and quarters only)
					and := want
					if f.value == 0.125 {
						and = nil
					}
					out = append(out, whoCase{fmt.Sprintf("Officers seized %d and %s %s of %s.", w, f.text, u.word, d), and})
					out = append(out, whoCase{fmt.Sprintf("Officers arrested %d people and seized %s %s of %s.", w, f.text, u.word, d), []string{fmt.Sprintf("arrests %d.000", w), fmt.Sprintf("drugs_seized %.3f", f.value*u.grams)}})
				}
			}
		}
		out = append(out, whoCase{fmt.Sprintf("Officers seized 2 %s of heroin.", u.word), []string{fmt.Sprintf("drugs_seized %.3f", 2*u.grams)}})
	}
	return append(out, lawMixedNumberNearMisses(units, fracs)...)
}

// lawMixedNumberNearMisses: a whole number before the fraction that
// belongs to the word before it (the week, day, raid or address it
// numbers, the time after "at", a date, the end of "between 11 and
// 17") is no whole part: the fraction is read alone, as a reader takes
// "During week 41 1/2 kg of cocaine was seized" (500 g, never 41,500 g).
// A whole number where a figure begins, after a comma, "a total of" or
// "amounting to", stays one mixed number.
func lawMixedNumberNearMisses(units []mixedUnit, fracs []mixedFrac) []whoCase {
	belongs := []string{"During week %d %s", "On day %d %s", "In raid %d %s", "At address %d %s", "At %d %s",
		"In week %d %s", "On %d %s", "Between 11 and %d %s"}
	fixed := []string{"In the week to 17 October 2021 %s", "Between 11 and 17 %s", "From 11 to 17 %s"}
	drugs := []string{"heroin", "cocaine", "cannabis"}
	var out []whoCase
	n := 0
	for _, u := range units {
		for _, f := range fracs {
			d := drugs[n%len(drugs)]
			w := 2 + n%40
			n++
			var alone, mixed []string
			if f.value > 0 {
				alone = []string{fmt.Sprintf("drugs_seized %.3f", f.value*u.grams)}
				mixed = []string{fmt.Sprintf("drugs_seized %.3f", (float64(w)+f.value)*u.grams)}
			}
			frac := f.text + " " + u.word
			for _, b := range belongs {
				out = append(out, whoCase{fmt.Sprintf(b+" of %s was seized.", w, frac, d), alone})
			}
			for _, b := range fixed {
				out = append(out, whoCase{fmt.Sprintf(b+" of %s was seized.", frac, d), alone})
			}
			out = append(out, whoCase{fmt.Sprintf("In week 41, %d %s of %s was seized.", w, frac, d), mixed})
			out = append(out, whoCase{fmt.Sprintf("Officers seized a total of %d %s of %s.", w, frac, d), mixed})
			out = append(out, whoCase{fmt.Sprintf("Officers seized %s amounting to %d %s.", d, w, frac), mixed})
		}
	}
	return out
}

// TestMixedNumberLaw reads every case in Kent's context: exactly the
// facts it wants, exact, and no other.
func TestMixedNumberLaw(t *testing.T) {
	checkFactWords(t, lawMixedNumberCases(), func(f phrase.Fact) string {
		s := fmt.Sprintf("%s %.3f", f.Metric, *f.Value)
		if f.Qualifier != "exact" {
			s += " " + string(f.Qualifier)
		}
		return s
	})
}
