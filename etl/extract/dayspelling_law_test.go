package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// reread25 E5: the days beside a Total in any spelling a return uses
// are checked against it ("M │ T │ W │ T │ F │ S │ S", "Mo │ Tu │ …",
// "11th … 17th", "D1 … D7", "Day one … Day seven", "Working week │
// Weekend"), under a Total headed "7 day total" or "Total (IW)" too, and
// with a notes column between the days and the Total: a Total the days
// do not add to, or beside a day not given, is not loaded, nor is
// anything of the row. Near misses: the same days adding to the Total
// load it exact.
func TestDaySpellingTotalLaw(t *testing.T) {
	t.Parallel()
	spellings := map[string][]string{
		"letters":  {"M", "T", "W", "T", "F", "S", "S"},
		"two":      {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"},
		"ordinal":  {"11th", "12th", "13th", "14th", "15th", "16th", "17th"},
		"dN":       {"D1", "D2", "D3", "D4", "D5", "D6", "D7"},
		"dayWords": {"Day one", "Day two", "Day three", "Day four", "Day five", "Day six", "Day seven"},
		"short":    {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"},
		"working":  {"Working week", "Weekend"},
	}
	names := []string{"letters", "two", "ordinal", "dN", "dayWords", "short", "working"}
	totals := []string{"Total", "7 day total", "Total (IW)"}
	givens := []string{"agree", "more", "dash"}
	type tcase struct {
		spelling, total, given string
		notes                  bool
		label                  string
	}
	var cases []tcase
	for _, ix := range every(len(names), len(totals), len(givens), 2, len(totalRowLabels)) {
		if ix[4] != 0 && (ix[0]+ix[1]+ix[2]+ix[3])%3 != 0 {
			continue // every layout for arrests, the other rows over a sample
		}
		if names[ix[0]] == "short" && ix[3] == 0 && ix[1] == 0 {
			continue // known before
		}
		cases = append(cases, tcase{names[ix[0]], totals[ix[1]], givens[ix[2]], ix[3] == 1, totalRowLabels[ix[4]]})
	}
	law[tcase]{
		what:  "days in other spellings beside a Total",
		cases: cases,
		name: func(c tcase) string {
			return fmt.Sprintf("%s │ notes: %v │ %s │ %s │ %q", strings.Join(spellings[c.spelling], " │ "), c.notes, c.total, c.given, c.label)
		},
		sheet: func(c tcase, b *lawBook) {
			days := spellings[c.spelling]
			head := append([]any{"Measure"}, anys(days)...)
			row := []any{c.label}
			sum := 0
			for k := range days {
				if k == len(days)-1 && c.given == "dash" {
					row = append(row, "-")
					continue
				}
				row = append(row, 5+k)
				sum += 5 + k
			}
			if c.given == "more" {
				sum += 7
			}
			if c.given == "dash" {
				sum += 4
			}
			if c.notes {
				head = append(head, "Notes")
				row = append(row, nil)
			}
			b.Rows("A1", []any{kentTitle}, nil, append(head, c.total), append(row, sum))
		},
		holds: func(c tcase, p probe, v *verdict) {
			n := len(spellings[c.spelling])
			if c.notes {
				n++
			}
			total := string(rune('B'+n)) + "4"
			if c.given == "agree" {
				f := p.value(totalRowMetrics[c.label])
				v.want(f != nil && f.Cell == total && f.Qualifier == etl.Exact, "want the Total at %s loaded exact", total)
				return
			}
			for _, f := range p.r.Facts {
				if strings.HasSuffix(f.Cell, "4") {
					v.wrong("loaded %s", factLine(f))
				}
			}
		},
	}.run(t)
}
