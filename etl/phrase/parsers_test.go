package phrase_test

import (
	"math"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

func TestNumberCorpus(t *testing.T) {
	for _, c := range numberCorpus {
		got, ok := phrase.ReadNumberForTest(c.text)
		if !ok || got != c.want {
			t.Errorf("number %q = %v %v, want %v", c.text, got, ok, c.want)
		}
	}
	for _, s := range notNumbers {
		if got, ok := phrase.ReadNumberForTest(s); ok {
			t.Errorf("number %q = %v, want no number", s, got)
		}
	}
}

func TestAmountCorpus(t *testing.T) {
	r := newReader(t)
	for _, c := range amountCorpus {
		v, u, q, rest, ok := r.ReadAmountForTest(c.text)
		if !ok || math.Abs(v-c.value) > 1e-6*math.Max(1, c.value) || u != c.unit || q != c.q || rest != c.rest {
			t.Errorf("amount %q = %v %q %q rest %q ok %v; want %v %q %q rest %q", c.text, v, u, q, rest, ok, c.value, c.unit, c.q, c.rest)
		}
	}
	for _, s := range notAmounts {
		if v, _, _, _, ok := r.ReadAmountForTest(s); ok {
			t.Errorf("amount %q = %v, want none", s, v)
		}
	}
}

// The normal form makes singular and plural meet, whatever the spelling.
func TestNormalForm(t *testing.T) {
	for _, pair := range [][2]string{
		{"knives", "knife"}, {"addresses", "address"}, {"properties", "property"}, {"watches", "watch"},
		{"Stop-searches", "stop search"}, {"B&Bs", "B&B"}, {"‘lines’", "line"}, {"women", "woman"},
		{"children", "child"}, {"Under-18s", "under 18"}, {"businesses", "business"}, {"axes", "axe"},
	} {
		if a, b := phrase.NormForTest(pair[0]), phrase.NormForTest(pair[1]); a != b {
			t.Errorf("%q -> %q but %q -> %q", pair[0], a, pair[1], b)
		}
	}
}
