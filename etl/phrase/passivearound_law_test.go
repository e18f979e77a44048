package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/phrase"
)

// TestPassiveAroundLaw: "around" after a passive verb and its subject
// hedges the subject's own count when what follows it is a sum, a unit,
// a bare number or a noun of the subject's own metric ("Cash was seized
// around £3,000", "Drugs were seized around 50 wraps", "Knives were
// found around 30", "Phones were seized around 20 devices", "Knives
// were recovered around 30 in total": refused as where the act was done
// before; review30 R8). Before a noun of another metric, a place or a
// vehicle ("Knives were found around 3 cars"), it says where the act
// was done, and no vehicle is read (wrong29 2).
func TestPassiveAroundLaw(t *testing.T) {
	r := newReader(t)
	type fig struct {
		text string
		v    float64
	}
	subjects := []struct {
		subj, metric string
		people       bool
		figs         []fig
	}{
		{"Cash", "cash_seized", false, []fig{{"£3,000", 3000}, {"£3,000 in total", 3000}, {"£3,000 in cash", 3000}}},
		{"Drugs", "drugs_seized", false, []fig{{"50 wraps", 50}, {"3kg", 3000}, {"50 wraps in total", 50}}},
		{"Cannabis", "drugs_seized", false, []fig{{"3kg", 3000}, {"50 plants", 50}}},
		{"Knives", "weapons_seized", false, []fig{{"30", 30}, {"30 knives", 30}, {"30 in total", 30}}},
		{"Weapons", "weapons_seized", false, []fig{{"12", 12}, {"12 weapons", 12}}},
		{"Vehicles", "vehicles_seized", false, []fig{{"4", 4}, {"4 vehicles", 4}}},
		{"Phones", "mobile_phones_seized", false, []fig{{"20", 20}, {"20 devices", 20}, {"20 phones", 20}}},
		{"People", "arrests", true, []fig{{"40", 40}, {"40 people", 40}, {"40 in total", 40}}},
	}
	n, failed := 0, 0
	read := func(s string) []phrase.Fact {
		n++
		return r.Read(s, phrase.Context{Force: "kent"}).Facts
	}
	for _, sb := range subjects {
		verbs := []string{"seized", "found", "recovered"}
		if sb.people {
			verbs = []string{"arrested"}
		}
		auxes := []string{"were", "have been"}
		if sb.subj == "Cash" || sb.subj == "Cannabis" {
			auxes = []string{"was", "has been"}
		}
		for _, v := range verbs {
			for _, aux := range auxes {
				for _, f := range sb.figs {
					s := fmt.Sprintf("%s %s %s around %s.", sb.subj, aux, v, f.text)
					got := false
					for _, g := range read(s) {
						got = got || g.Metric == sb.metric && g.Value != nil && *g.Value == f.v && g.Qualifier == etl.Approximately
					}
					if !got {
						failed++
						t.Errorf("%q: want %s %v approximately", s, sb.metric, f.v)
					}
				}
				if sb.metric == "vehicles_seized" {
					continue
				}
				// a vehicle or a place after "around": where it was done
				for _, pl := range []string{"3 cars", "3 vans"} {
					s := fmt.Sprintf("%s %s %s around %s.", sb.subj, aux, v, pl)
					for _, g := range read(s) {
						if g.Metric == "vehicles_seized" && g.Value != nil || g.Metric == sb.metric && g.Value != nil {
							failed++
							t.Errorf("%q: read %s %v, want none", s, g.Metric, *g.Value)
						}
					}
				}
			}
		}
	}
	t.Log(fmt.Sprintf("%d phrases, %d failed", n, failed))
}
