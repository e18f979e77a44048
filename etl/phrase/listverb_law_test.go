package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/phrase"
)

// TestListOwnVerbLaw: a list joined to a clause's object by "as well
// as", "plus", "along with" or "together with" is the first verb's
// object only when no verb of its own follows it. "Officers arrested 12
// people as well as 5 knives and heroin seized by Border Force": the
// knives are Border Force's (review21 V4: 0d7a397 read them as the
// object of "arrested", done by Kent), and "... that will be seized",
// "... to be seized next week" are not done. (Not yet: "... 5 knives and
// heroin they hope to seize", a relative clause with no "that", drafts
// the knives.) The first clause's figure is
// read all the same, and a list with no verb of its own after it is the
// first verb's ("Officers seized 12 phones as well as 5 knives and
// heroin").
func TestListOwnVerbLaw(t *testing.T) {
	r := newReader(t)
	firsts := []struct {
		text, metric, item string
		v                  float64
	}{
		{"Officers arrested 12 people", "arrests", "", 12},
		{"Officers seized 12 phones", "mobile_phones_seized", "", 12},
		{"Kent Police executed 12 warrants", "warrants", "", 12},
	}
	joins := []string{"as well as", "plus", "along with", "together with"}
	things := []struct{ noun, item string }{{"knives", "knife"}, {"machetes", "machete"}}
	drugs := []string{"heroin", "cannabis", "cocaine"}
	tails := []struct {
		s    string
		want bool // the knives are the force's, done
		// another force named anywhere refuses the whole sentence (a
		// loss, never a wrong figure): the first clause's figure too
		firstLost bool
	}{
		{" seized by Border Force", false, false}, {" seized by the NCA", false, false}, {" found by members of the public", false, false},
		{" recovered by Essex Police", false, true}, {" that will be seized", false, false}, {" which will be seized next week", false, false},
		{" to be seized next week", false, false},
		{"", true, false}, {" seized by officers", true, false}, {" seized by Kent Police", true, false},
	}
	failed, cases := 0, 0
	for _, f := range firsts {
		for _, j := range joins {
			for _, th := range things {
				for i, d := range drugs {
					for _, tl := range tails {
						n := 3 + i
						text := fmt.Sprintf("%s %s %d %s and %s%s.", f.text, j, n, th.noun, d, tl.s)
						if f.metric == "arrests" && tl.s == "" {
							continue // "arrested ... knives": no seizing verb
						}
						cases++
						got := r.Read(text, phrase.Context{Force: "kent"})
						first, knives := false, false
						for _, x := range got.Facts {
							if x.Value == nil {
								continue
							}
							if x.Metric == f.metric && x.Item == f.item && *x.Value == f.v {
								first = true
							}
							if x.Item == th.item && *x.Value == float64(n) && x.Qualifier == etl.Exact {
								knives = true
							}
						}
						if first == tl.firstLost || knives != tl.want {
							failed++
							t.Errorf("%q: first clause's figure read %v, %s %d read as the force's %v (want %v): %v", text, first, th.noun, n, knives, tl.want, got.Facts)
						}
					}
				}
			}
		}
	}
	t.Logf("%d sentences, %d failed", cases, failed)
}
