package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestDecimalCommaLaw: a number written with a comma between digits that
// is no thousands group ("1,5kg", "12,5 grams", "1,50kg": a decimal
// comma, or a slip) is not read, and a message says so: before, the
// digits after the comma were read as the whole figure ("Officers seized
// 1,5kg of cocaine": cocaine 5000g exact). Kept: thousands ("12,500
// wraps"), and a list with a space after its comma ("3 knives, 5kg of
// cocaine").
func TestDecimalCommaLaw(t *testing.T) {
	r := newReader(t)
	nums := []string{"1,5", "12,5", "1,50", "2,25", "0,5"}
	units := []string{"kg", " kg", " grams", "g", " kilos"}
	frames := []string{"Officers seized %s of cocaine.", "%s of cocaine was seized.", "Officers seized 3 knives and %s of heroin."}
	n, failed := 0, 0
	for _, f := range frames {
		for _, num := range nums {
			for _, u := range units {
				text := fmt.Sprintf(f, num+u)
				n++
				rd := withScoped(r.Read(text, phrase.Context{Force: "kent"}))
				var bad []string
				for _, g := range rd.Facts {
					if g.Metric == "drugs_seized" && g.Value != nil {
						bad = append(bad, fmt.Sprintf("%s %s %v", g.Metric, g.Item, *g.Value))
					}
				}
				said := false
				for _, m := range rd.Messages {
					said = said || m.Code == phrase.CodeUnknownWord && m.Word == num
				}
				if len(bad) > 0 || !said {
					failed++
					t.Errorf("%q: read %v (want none), said %v (want true)", text, bad, said)
				}
			}
		}
	}
	for _, c := range []struct {
		text, metric string
		v            float64
	}{
		{"Officers seized 12,500 wraps of cocaine.", "drugs_seized", 12500},
		{"Officers seized 3 knives, 5kg of cocaine and £500 in cash.", "drugs_seized", 5000},
		{"Officers arrested 1,234 people.", "arrests", 1234},
	} {
		n++
		ok := false
		for _, g := range r.Read(c.text, phrase.Context{Force: "kent"}).Facts {
			ok = ok || g.Metric == c.metric && g.Value != nil && *g.Value == c.v
		}
		if !ok {
			failed++
			t.Errorf("%q: %s %v not read", c.text, c.metric, c.v)
		}
	}
	t.Logf("%d sentences, %d failed", n, failed)
}
