package phrase_test

import (
	"fmt"
	"testing"
)

// TestDeniedClauseLaw: a clause whose subject opens with "No" or "None
// of", or whose verb is said "allegedly" or "reportedly", says nothing
// was done in the week; the things said beside its verb ("along with
// weapons", "along with 3 knives", "and weapons including knives") are
// not seized either, with a number or without (review29 R7): no
// weapons fact. The clause said as done gives the things beside it
// (knives 3 exact, weapons unquantified).
func TestDeniedClauseLaw(t *testing.T) {
	denied := []string{"No drugs were seized", "No heroin was seized", "None of the heroin was seized",
		"None of the drugs were seized", "Heroin was allegedly seized", "Heroin was reportedly seized",
		"Cannabis was allegedly seized", "No cash was seized"}
	done := []string{"Heroin was seized", "Cannabis was seized", "Drugs were seized"}
	type beside struct {
		text string
		item string
		v    float64 // 0: not quantified
	}
	besides := []beside{{", along with 3 knives", "knife", 3}, {" – along with weapons", "", 0}, {", along with weapons", "", 0},
		{" along with 4 machetes", "machete", 4}, {" and weapons including knives", "knife", 0}, {", together with 5 knives", "knife", 5}}
	r := newReader(t)
	bad, n := 0, 0
	// check: a denied clause drafts no weapons fact at all; one said as
	// done drafts the things beside it
	check := func(s string, b beside, want bool) {
		n++
		rel := r.Release(kentRelease + s)
		got := false
		for _, x := range rel.Facts {
			switch {
			case x.Metric != "weapons_seized":
			case !want:
				got = true
			case x.Item == b.item && (b.v == 0 && x.Value == nil || b.v != 0 && x.Value != nil && *x.Value == b.v):
				got = true
			}
		}
		if got != want {
			bad++
			if bad <= 20 {
				t.Errorf("%q: weapons_seized drafted %v, want %v", s, got, want)
			}
		}
	}
	for _, d := range denied {
		for _, b := range besides {
			check(fmt.Sprintf("%s%s.", d, b.text), b, false)
		}
	}
	for _, d := range done {
		for _, b := range besides {
			check(fmt.Sprintf("%s%s.", d, b.text), b, true)
		}
	}
	if bad > 0 {
		t.Errorf("TestDeniedClauseLaw: %d of %d cases wrong", bad, n)
	}
}
