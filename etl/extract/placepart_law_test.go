package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// placePart is a `label │ value` cell with a total and a later part of it
// that a place or agent narrows ("35 stop and searches, 5 of people from
// London"), or the same place said of the total ("35 in Rugby, 5 of them
// juveniles").
type placePart struct {
	label, metric, text string
	total               int
	ofTotal             bool // the place is said of the total
}

// review14 P3: a place or agent in a later part after a comma ("N of
// people from X", "N of them in X") is that part's, not the total's: the
// total loads and a message names the cell. The same place said of the
// total refuses the cell. (After "of people", only "from" is a part's
// here: "5 of people in Rugby" refuses the whole cell by afb717c's rule.) (The Hampshire seed's own wording, "35 stop and
// searches, 5 of people from London, Birmingham or out of county", stopped
// loading its 35 with 5a09330.)
func TestPlaceInALaterPartLaw(t *testing.T) {
	t.Parallel()
	labels := []struct{ label, metric, noun, whom string }{
		{"Stop searches", "stop_searches", "stop and searches", "people"},
		{"Stop searches", "stop_searches", "", "people"},
		{"Arrests", "arrests", "", "them"},
		{"Arrests", "arrests", "arrests", "them"},
	}
	places := []string{"from London", "from London, Birmingham or out of county", "in Rugby", "in Tower Hamlets",
		"from Essex Police", "in Welwyn Garden City and Hatfield", "by British Transport Police"}
	var cases []placePart
	for i, ix := range every(len(labels), len(places)) {
		l, pl := labels[ix[0]], places[ix[1]]
		if l.whom == "people" && !strings.HasPrefix(pl, "from ") {
			// "5 of people in Rugby", "by British Transport Police": the
			// whom rule (afb717c) refuses the whole cell, on the safe side
			continue
		}
		n := 20 + i%50
		head := fmt.Sprint(n)
		if l.noun != "" {
			head += " " + l.noun
		}
		cases = append(cases,
			placePart{label: l.label, metric: l.metric, total: n, text: fmt.Sprintf("%s, %d of %s %s", head, 1+i%9, l.whom, pl)},
			placePart{label: l.label, metric: l.metric, total: n, ofTotal: true, text: fmt.Sprintf("%s %s, %d of %s juveniles", head, pl, 1+i%9, "them")})
	}
	law[placePart]{
		what:  "a place in a later part",
		cases: cases,
		name:  func(c placePart) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c placePart, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{c.label, c.text}, phonesRow)
		},
		holds: func(c placePart, p probe, v *verdict) {
			total := false
			for _, f := range p.factsAt("B3") {
				switch {
				case !c.ofTotal && f.Metric == c.metric && f.Item == "" && f.Value != nil && *f.Value == float64(c.total):
					total = true
				default:
					v.wrong("loaded %s", factLine(f))
				}
			}
			if !c.ofTotal {
				v.want(total, "the total %d not loaded", c.total)
			}
			v.want(p.warnedAt("B3") != nil, "no message names B3")
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
