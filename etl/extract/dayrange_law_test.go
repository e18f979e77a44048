package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// reread23 E12: a heading's days and months written with no space around
// the dash ("11/10-17/10", "11.10-17.10") are two days of the month, not
// a day, a month and a year ("11/10-17": 11 Oct 2017, which rejected the
// return). Law, over ranges × separators × what stands round them: the
// week's own days load every figure; a part of the week, and another
// week, are refused (nothing of the column loads, a message names its
// heading). The same with spaces, and with the year, as near misses.
func TestDayRangeHeadingLaw(t *testing.T) {
	t.Parallel()
	type rng struct {
		from, to string // day/month
		own      bool
	}
	ranges := []rng{{"11/10", "17/10", true}, {"11/10", "14/10", false}, {"12/10", "17/10", false}, {"04/10", "10/10", false}, {"18/10", "24/10", false}}
	dashes := []string{"-", "–", " - ", "-"}
	seps := []string{"/", "."}
	// the year after each day, or after the last only ("11/10-17/10/20":
	// the range's year, never this week's: reread24 E1); another year
	// is another week
	type year struct {
		text string
		own  bool
	}
	years := []year{{"", true}, {"/21", true}, {"/2021", true}, {".21", true}, {"/20", false}, {"/19", false}, {"/2020", false}, {".20", false}}
	tails := []bool{false, true}
	wraps := []string{"%s", "Kent %s", "Kent (%s)", "Figure %s"}
	type tcase struct {
		head string
		own  bool
	}
	var cases []tcase
	for _, ix := range every(len(ranges), len(dashes), len(seps), len(years), len(tails), len(wraps)) {
		r, d, s, y, tail, w := ranges[ix[0]], dashes[ix[1]], seps[ix[2]], years[ix[3]], tails[ix[4]], wraps[ix[5]]
		if y.text != "" && y.text[:1] != s || y.text == "" && tail {
			continue
		}
		from, to := strings.ReplaceAll(r.from, "/", s), strings.ReplaceAll(r.to, "/", s)
		if !tail {
			from += y.text
		}
		to += y.text
		cases = append(cases, tcase{fmt.Sprintf(w, from+d+to), r.own && y.own})
	}
	law[tcase]{
		what:  "headings of days and months from one to another",
		cases: cases,
		name:  func(c tcase) string { return fmt.Sprintf("Measure │ %s", c.head) },
		sheet: func(c tcase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", c.head}, []any{"Arrests", 43}, []any{"Warrants executed", 21})
		},
		holds: func(c tcase, p probe, v *verdict) {
			if !c.own {
				for _, f := range p.r.Facts {
					v.wrong("loaded %s", factLine(f))
				}
				v.want(p.namesCell("B3") || p.namesCell("B4"), "no message names the heading or its figure")
				return
			}
			for _, m := range []string{"arrests", "warrants"} {
				f := p.value(m)
				v.want(f != nil && f.Value != nil && f.Qualifier == "exact", "want %s loaded exact", m)
			}
		},
	}.run(t)
}
