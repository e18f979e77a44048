package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestYearsBeforeCountLaw: "years" before a count is the stretch's unit,
// not a school year ("in Year 9"): "over the past two years 150 knives
// have been seized" is the two years' figure, never the week's (at
// 9d45cd8 the 150 was drafted as the week's knives; the mend came with
// c629157 and stays when R13/G10 were taken back again).
func TestYearsBeforeCountLaw(t *testing.T) {
	r := newReader(t)
	lengths := []string{"two", "three", "2", "5", "several"}
	leads := []string{"over the past %s years", "in the last %s years", "over %s years"}
	laters := []struct{ words, metric string }{
		{"150 knives have been seized", "weapons_seized"},
		{"150 people have been charged", "charged"},
		{"150 people have been arrested", "arrests"},
	}
	n, failed := 0, 0
	for _, l := range lengths {
		for _, ld := range leads {
			for _, lt := range laters {
				text := fmt.Sprintf("Officers made 12 arrests; "+ld+" %s.", l, lt.words)
				n++
				for _, f := range r.Read(text, phrase.Context{Force: "kent"}).Facts {
					if f.Value != nil && *f.Value == 150 {
						failed++
						t.Errorf("%q drafted %s 150 as the week's", text, f.Metric)
					}
				}
			}
		}
	}
	t.Logf("%d sentences, %d drafted the years' figure", n, failed)
}
