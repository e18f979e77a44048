package extract_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/fixtures"
)

// review24 V1: a Total over day columns that name the whole week is the
// sum of its days; the days are the Total's own parts, so the return
// can check itself. Law, over the week's days in every spelling (names,
// numbers, dates with a slash, a dash or a point, date cells, stretches,
// weekdays and weekend) × what the row gives × Total headings × rows:
//   - the days add to the Total: the Total loads exact, alone;
//   - the Total is more or less than the days' sum ("10 │ 10 │ 10 │ 3 │ 3
//     │ 3 │ 4 │ 50"): the return contradicts itself, nothing of the row
//     loads, a warning at the Total names it, every day's cell, and both
//     figures;
//   - a day not given ("-", "n/a", blank) beside days that are: the Total
//     cannot be checked and may leave that day out (a dash is never 0):
//     nothing of the row loads, a warning at the Total names the day's
//     cell;
//   - no day given, the Total alone (a template whose days are left
//     empty): the Total loads exact.
func TestDaysTotalAddsLaw(t *testing.T) {
	t.Parallel()
	week := time.Date(2021, 10, 11, 0, 0, 0, 0, time.UTC) // Mon 11 Oct 2021, the week of kentTitle
	seven := func(f func(d int) any) []any {
		var out []any
		for d := 0; d < 7; d++ {
			out = append(out, f(d))
		}
		return out
	}
	sets := [][]any{
		seven(func(d int) any { return week.AddDate(0, 0, d).Format("Mon") }),
		seven(func(d int) any { return week.AddDate(0, 0, d).Format("Monday") }),
		seven(func(d int) any { return fmt.Sprintf("Day %d", d+1) }),
		seven(func(d int) any { return week.AddDate(0, 0, d).Format("02/01/2006") }),
		seven(func(d int) any { return week.AddDate(0, 0, d).Format("2/1") }),
		seven(func(d int) any { return week.AddDate(0, 0, d).Format("02-01") }),
		seven(func(d int) any { return week.AddDate(0, 0, d).Format("02.01") }),
		seven(func(d int) any { return fixtures.Date(week.AddDate(0, 0, d)) }),
		{"Mon-Wed", "Thu-Sun"},
		{"Weekdays", "Weekend"},
	}
	givens := []string{"adds", "more", "less", "dash", "n/a", "blank", "none"}
	totals := []string{"Total", "Week total"}
	labels, metrics := totalRowLabels, totalRowMetrics
	type tcase struct {
		heads        []any
		given        string
		total, label string
	}
	var cases []tcase
	for _, ix := range every(len(sets), len(givens), len(totals), len(labels)) {
		if ix[2] != 0 && (ix[0]+ix[1]+ix[3])%3 != 0 {
			continue // every set under "Total", "Week total" over a sample
		}
		cases = append(cases, tcase{sets[ix[0]], givens[ix[1]], totals[ix[2]], labels[ix[3]]})
	}
	figure := func(k int) int { return 10 + 3*k }
	col := func(k int) string { return string(rune('B'+k)) + "4" }
	// gap is the day a case leaves without a figure
	gap := func(c tcase) int { return len(c.heads) / 2 }
	// figures is the days' figures as written, and the Total
	figures := func(c tcase) ([]any, int) {
		var row []any
		sum := 0
		for k := range c.heads {
			switch {
			case c.given == "none":
				row = append(row, nil)
			case k == gap(c) && c.given == "dash":
				row = append(row, "-")
			case k == gap(c) && c.given == "n/a":
				row = append(row, "n/a")
			case k == gap(c) && c.given == "blank":
				row = append(row, nil)
			default:
				row = append(row, figure(k))
				sum += figure(k)
			}
		}
		switch c.given {
		case "more":
			sum += 7
		case "less":
			sum--
		case "none":
			sum = 43
		}
		return row, sum
	}
	law[tcase]{
		what:  "Totals over the whole week's days, checked against them",
		cases: cases,
		name: func(c tcase) string {
			var hs []string
			for _, h := range c.heads {
				hs = append(hs, fmt.Sprint(h))
			}
			return fmt.Sprintf("%s │ %s │ %s │ %q", strings.Join(hs, " │ "), c.total, c.given, c.label)
		},
		sheet: func(c tcase, b *lawBook) {
			head := append(append([]any{"Measure"}, c.heads...), c.total)
			days, total := figures(c)
			row := append(append([]any{c.label}, days...), total)
			b.Rows("A1", []any{kentTitle}, nil, head, row)
		},
		holds: func(c tcase, p probe, v *verdict) {
			n := len(c.heads)
			_, total := figures(c)
			at := col(n)
			if c.given == "adds" || c.given == "none" {
				f := p.value(metrics[c.label])
				v.want(f != nil && f.Cell == at && f.Value != nil && *f.Value == float64(total) && f.Qualifier == etl.Exact,
					"want the Total %d at %s loaded exact as %s", total, at, metrics[c.label])
				for _, f := range p.r.Facts {
					if f.Metric != metrics[c.label] && f.Metric != "mobile_phones_seized" {
						v.wrong("loaded %s", factLine(f))
					}
				}
				return
			}
			for _, f := range p.r.Facts {
				if f.Metric == metrics[c.label] || strings.HasSuffix(f.Cell, "4") {
					v.wrong("loaded %s", factLine(f))
				}
			}
			said := p.warnedAt(at)
			if said == nil {
				v.wrong("no warning at the Total %s", at)
				return
			}
			v.want(strings.Contains(said.Text, strconv.Itoa(total)), "the warning does not give the Total %d", total)
			if c.given == "more" || c.given == "less" {
				sum := sumFigures(n, figure)
				v.want(strings.Contains(said.Text, strconv.Itoa(sum)), "the warning does not give the days' sum %d", sum)
				for k := 0; k < n; k++ {
					v.want(p.namesCell(col(k)), "no message names the day's figure at %s", col(k))
				}
				return
			}
			v.want(strings.Contains(said.Text, col(gap(c))), "the warning does not name the day not given at %s", col(gap(c)))
		},
	}.run(t)
}
