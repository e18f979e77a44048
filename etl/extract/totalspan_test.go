package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// review11 W2: a Total is the week's figure only over the days of one
// week. Over more than seven days (a day name repeated, "Day 8"), or over
// sterling and a column of other money ("Other currency", "Foreign",
// "Other"), the
// Total is never loaded, nor any one column as the week's; seven days
// keep their Total.
func TestTotalOverMoreThanAWeekOrOtherMoneyLaw(t *testing.T) {
	t.Parallel()
	week := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	var dayN []string
	for d := 1; d <= 14; d++ {
		dayN = append(dayN, fmt.Sprintf("Day %d", d))
	}
	type set struct {
		heads []string
		ok    bool // the Total is the week's figure
		money bool
	}
	sets := []set{
		{append(append([]string{}, week...), week...), false, false},
		{dayN, false, false},
		{dayN[:8], false, false},
		{append(append([]string{}, week...), "Mon", "Tue", "Wed"), false, false},
		{[]string{"Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}, false, false},
		{week, true, false},
		{dayN[:7], true, false},
		{[]string{"Sterling", "Other currency"}, false, true},
		{[]string{"GBP", "Foreign"}, false, true},
		{[]string{"£", "Foreign currency"}, false, true},
		{[]string{"Pounds", "Other currencies"}, false, true},
		{[]string{"Sterling", "FX"}, false, true},
		{[]string{"Sterling", "Euro", "Other currency"}, false, true},
		{[]string{"Sterling", "Other"}, false, true},
		{[]string{"Pounds", "Cheques"}, false, true},
	}
	labels := []string{"Arrests", "Warrants executed", "Stop and searches", "Cash seized"}
	type tcase struct {
		s     set
		label string
	}
	var cases []tcase
	for _, s := range sets {
		for _, l := range labels {
			if s.money != (l == "Cash seized") {
				continue
			}
			cases = append(cases, tcase{s, l})
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		head := append(append([]any{"Measure"}, toAny(c.s.heads)...), "Total")
		row := []any{c.label}
		sum := 0
		for k := range c.s.heads {
			row = append(row, 100*(k+1)+3)
			sum += 100*(k+1) + 3
		}
		row = append(row, sum)
		b.Rows("A1", []any{"Kent Police - County lines intensification week 11-17 Oct 2021"}, nil, head, row)
	})
	for i, p := range ps {
		c := cases[i]
		name := strings.Join(c.s.heads, " │ ") + " │ Total, " + c.label
		total := 0
		for k := range c.s.heads {
			total += 100*(k+1) + 3
		}
		var loaded []string
		for _, f := range p.r.Facts {
			loaded = append(loaded, fmt.Sprintf("%s %s %v at %s", f.Metric, f.Unit, *f.Value, f.Cell))
		}
		switch {
		case c.s.ok && (len(p.r.Facts) != 1 || *p.r.Facts[0].Value != float64(total)):
			t.Errorf("%s: want the Total %d loaded, got %v\n%s", name, total, loaded, p.dump())
		case !c.s.ok && c.s.money:
			for _, f := range p.r.Facts {
				if *f.Value == float64(total) || f.Unit == "gbp" && *f.Value != 103 {
					t.Errorf("%s: loaded %s %v at %s: a sum with other money, or the other money, as sterling\n%s", name, f.Unit, *f.Value, f.Cell, p.dump())
				}
			}
		case !c.s.ok && len(p.r.Facts) > 0:
			t.Errorf("%s: want nothing loaded (more than a week's days), got %v\n%s", name, loaded, p.dump())
		}
	}
	t.Logf("%d cases", len(cases))
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
