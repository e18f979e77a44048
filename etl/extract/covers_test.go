package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// probe11 M2: "Vulnerable people safeguarded 41" beside "adults 30" and
// "juveniles 8" (38) gave no warning; "Vulnerable adults safeguarded 30"
// beside "adult males 20", "adult females 15" (35, more than the whole)
// gave no message at all. The catalogue splits safeguarded into adult
// males, adult females and juveniles; adults are named after their own
// parts. Law: for every set of figures, when the parts of a cover (adults
// + juveniles = all; adult males + adult females = adults) are all given
// and do not add up to their whole, a split_mismatch warning names the
// whole; when they add up, no such warning. Every figure still loads.
func TestSafeguardingCoversLaw(t *testing.T) {
	t.Parallel()
	type tc struct {
		all, adult, juv, male, female int // 0: not given
	}
	var cases []tc
	for _, all := range []int{0, 38, 41} {
		for _, adult := range []int{0, 30} {
			for _, juv := range []int{0, 8, 11} {
				for _, mf := range [][2]int{{0, 0}, {20, 10}, {20, 15}} {
					cases = append(cases, tc{all, adult, juv, mf[0], mf[1]})
				}
			}
		}
	}
	law[tc]{
		what:  "safeguarding covers",
		cases: cases,
		name:  func(c tc) string { return fmt.Sprintf("%+v", c) },
		sheet: func(c tc, b *lawBook) {
			rows := [][]any{{kentTitle}, nil, {"Arrests", 43}}
			for _, r := range []struct {
				label string
				v     int
			}{{"Vulnerable people safeguarded", c.all}, {"Vulnerable adults safeguarded", c.adult}, {"Vulnerable juveniles safeguarded", c.juv},
				{"Vulnerable adult males safeguarded", c.male}, {"Vulnerable adult females safeguarded", c.female}} {
				if r.v > 0 {
					rows = append(rows, []any{r.label, r.v})
				}
			}
			b.Rows("A1", rows...)
		},
		holds: func(c tc, p probe, v *verdict) {
			given := 1
			for _, n := range []int{c.all, c.adult, c.juv, c.male, c.female} {
				if n > 0 {
					given++
				}
			}
			if len(p.r.Facts) != given {
				v.wrong("%d facts, want %d", len(p.r.Facts), given)
				return
			}
			want := map[string]bool{} // the wholes whose parts do not add up
			if c.all > 0 && c.adult > 0 && c.juv > 0 && c.adult+c.juv != c.all {
				want["Vulnerable people engaged for safeguarding purposes"] = true
			}
			if c.all > 0 && c.male > 0 && c.juv > 0 && c.male+c.female+c.juv != c.all {
				want["Vulnerable people engaged for safeguarding purposes"] = true
			}
			if c.adult > 0 && c.male > 0 && c.male+c.female != c.adult {
				want["Vulnerable adults engaged for safeguarding"] = true
			}
			got := map[string]bool{}
			for _, m := range p.r.Messages {
				if m.Code == "split_mismatch" {
					got[strings.SplitN(m.Text, " is ", 2)[0]] = true
				}
			}
			v.want(fmt.Sprint(got) == fmt.Sprint(want), "split_mismatch for %v, want %v", got, want)
			for _, m := range p.r.Messages {
				v.want(m.Severity != etl.SevError, "%s", m)
			}
		},
	}.run(t)
}
