package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// lawMixedNumberCases: "Officers seized 2 1/2 kg of heroin": a whole
// number and a fraction written with a slash before a unit of mass are
// one number, 2.5 kg, read as exactly as the number says; never the
// fraction alone (500 g), which drops the whole. A fraction with no
// exact decimal ("1 1/3 kilos") stays refused. The near misses keep
// their readings: the fraction alone ("1/2 kg"), the whole "and" the
// fraction ("2 and 1/2 kg"), a count before the fraction of another
// thing ("2 people and 1/2 kg"), and whole weights beside it.
func lawMixedNumberCases() []whoCase {
	type unit struct {
		word  string
		grams float64
	}
	units := []unit{{"kg", 1000}, {"kilos", 1000}, {"kilo", 1000}, {"kilograms", 1000}, {"oz", 28.349523125}, {"ounces", 28.349523125}, {"g", 1}, {"grams", 1}}
	fracs := []struct {
		text  string
		value float64
	}{{"1/2", 0.5}, {"1/4", 0.25}, {"3/4", 0.75}, {"1/8", 0.125}, {"1/3", -1}, {"2/3", -1}}
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
