package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestLinkedBareLaw: a figure with no noun of its own whose verb is a
// link ("Three were involved in ...", "Three forces have been involved
// in ...", "Three were linked to ...") counts those the link ties to
// what follows, never what follows: no warrant, arrest or line of the
// link's words or of a clause after them is its count (recall29 W2:
// round 16's f1789 "officers from all three forces have been involved in
// the operation, which has seen warrants executed" gave warrants 3;
// "Three were involved in arrests" gave arrests 3 as a fact). Kept: the
// figure's own verb after the link's words ("Twelve were wanted for drug
// offences and were arrested"), and its verb before them ("Three were
// arrested in connection with the warrants").
func TestLinkedBareLaw(t *testing.T) {
	r := newReader(t)
	subjects := []struct {
		text string
		v    float64
	}{{"Three", 3}, {"Twelve", 12}, {"Three forces", 3}, {"All three forces", 3}}
	links := []string{"were involved in", "have been involved in", "had been involved in", "were linked to", "are involved in"}
	ends := []string{"arrests", "the warrants", "the operation, which has seen warrants executed", "the operation, which saw arrests made",
		"the raids and warrants were executed", "the operation, which saw county lines closed", "the searches",
		"the operation, which has seen warrants executed at eight addresses"}
	n, failed := 0, 0
	for _, s := range subjects {
		for _, l := range links {
			for _, e := range ends {
				text := fmt.Sprintf("%s %s %s.", s.text, l, e)
				n++
				rd := r.Read(text, phrase.Context{Force: "kent"})
				var got []string
				for _, f := range rd.Facts {
					if f.Value != nil && *f.Value == s.v {
						got = append(got, "fact "+f.Metric)
					}
				}
				for _, f := range rd.Scoped {
					if f.Value != nil && *f.Value == s.v {
						got = append(got, "scoped "+f.Metric)
					}
				}
				if len(got) > 0 {
					failed++
					t.Errorf("%q: read %v, want no figure of %v", text, got, s.v)
				}
			}
		}
	}
	for _, c := range []struct {
		text, metric string
		v            float64
	}{
		{"Twelve were wanted for drug offences and were arrested.", "arrests", 12},
		{"Three were involved in the warrants and were arrested.", "arrests", 3},
		{"Three were arrested in connection with the warrants.", "arrests", 3},
		{"Three were arrested.", "arrests", 3},
		{"12 people involved in drug supply were arrested.", "arrests", 12},
	} {
		n++
		ok := false
		for _, f := range r.Read(c.text, phrase.Context{Force: "kent"}).Facts {
			ok = ok || f.Metric == c.metric && f.Value != nil && *f.Value == c.v
		}
		if !ok {
			failed++
			t.Errorf("%q: %s %v not read", c.text, c.metric, c.v)
		}
	}
	t.Logf("%d sentences, %d failed", n, failed)
}
