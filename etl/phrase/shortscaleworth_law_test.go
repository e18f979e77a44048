package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/phrase"
)

// TestShortScaleWorthLaw: a sum written with a short scale ("£215k",
// "£2.5m") is the same sum whether "worth" follows after a space or a
// hyphen, and the same as the sum in full ("£215,000-worth"). Before,
// "More than £215k-worth of drugs" and "£2m-worth of drugs were seized"
// were refused, "k" and "m" taken for unknown words because a word
// stuck to them (the guard that keeps "5mg" from 5 million g). A short
// scale with no pound sign before a hyphened word stays no scale ("a
// 5m-long tunnel").
func TestShortScaleWorthLaw(t *testing.T) {
	r := newReader(t)
	sums := []struct {
		short, full string
		v           float64
	}{
		{"£215k", "£215,000", 215000}, {"£11k", "£11,000", 11000}, {"£400k", "£400,000", 400000},
		{"£2m", "£2,000,000", 2e6}, {"£2.5m", "£2,500,000", 2.5e6}, {"£1.2m", "£1,200,000", 1.2e6},
	}
	things := []struct{ words, item string }{
		{"drugs", ""}, {"cocaine", "cocaine"}, {"heroin", "heroin"}, {"crack cocaine", "crack_cocaine"}, {"cannabis", "cannabis"},
	}
	hedges := []struct {
		words string
		q     etl.Qualifier
	}{{"", etl.Exact}, {"more than ", etl.MoreThan}, {"around ", etl.Approximately}, {"nearly ", etl.LessThan}}
	forms := []string{"Officers seized %s of %s.", "%s of %s were seized.", "Police recovered %s of %s during the week."}
	bad, n := 0, 0
	for _, s := range sums {
		for _, th := range things {
			for _, h := range hedges {
				for _, f := range forms {
					v := s.v
					want := readingLines(phrase.Reading{Facts: []phrase.Fact{{Metric: "drugs_seized", Item: th.item, Unit: etl.Unit("gbp"), Value: &v, Qualifier: h.q}}})
					for _, sum := range []string{s.short + "-worth", s.short + " worth", s.full + "-worth", s.full + " worth"} {
						n++
						text := fmt.Sprintf(f, h.words+sum, th.words)
						if text[0] >= 'a' && text[0] <= 'z' {
							text = capFirst(text)
						}
						if got := readingLines(r.Read(text, phrase.Context{Force: "kent"})); got != want {
							bad++
							if bad <= 20 {
								t.Errorf("%q: %s; want %s", text, got, want)
							}
						}
					}
				}
			}
		}
	}
	for _, text := range []string{"A 5m-long tunnel was found.", "Officers found a 2k-long trail."} {
		n++
		if got := readingLines(r.Read(text, phrase.Context{Force: "kent"})); got != "" {
			bad++
			t.Errorf("%q: %s; want no figure", text, got)
		}
	}
	if bad > 0 {
		t.Errorf("TestShortScaleWorthLaw: %d of %d cases wrong", bad, n)
	}
}
