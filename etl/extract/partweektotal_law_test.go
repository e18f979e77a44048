package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/fixtures"
)

// review23 R19: a Total is the week's figure only when its day columns
// name every day of the week. Over some days ("Mon │ Tue │ Wed │ Thu │
// Total", "Tue │ … │ Sun │ Total", "Mon-Thu │ Total", "Day 1 … Day 4",
// "11/10 … 14/10") it adds a part of the week: nothing of the row loads,
// and a warning at the Total names each day left out. Near misses that
// keep loading the Total alone: the seven days in every spelling (names,
// short names, Day 1-7, dates with and without their year, date cells),
// stretches that cover the week ("Mon-Sun", "Mon-Wed │ Thu-Sun", "Days
// 1-7"), under every Total heading ("Week total" too), with a comparison
// or a notes column after the Total.
func TestPartWeekTotalLaw(t *testing.T) {
	t.Parallel()
	week := time.Date(2021, 10, 11, 0, 0, 0, 0, time.UTC) // Mon 11 Oct 2021, the week of kentTitle
	spell := map[string]func(d int) any{
		"short": func(d int) any { return week.AddDate(0, 0, d).Format("Mon") },
		"full":  func(d int) any { return week.AddDate(0, 0, d).Format("Monday") },
		"odd":   func(d int) any { return []string{"Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"}[d] },
		"dayN":  func(d int) any { return fmt.Sprintf("Day %d", d+1) },
		"date":  func(d int) any { return week.AddDate(0, 0, d).Format("02/01/2006") },
		"dm":    func(d int) any { return week.AddDate(0, 0, d).Format("2/1") },
		"cell":  func(d int) any { return fixtures.Date(week.AddDate(0, 0, d)) },
	}
	type set struct {
		heads   []any
		missing []int // the week's days (0 = Monday) no column names
	}
	var sets []set
	subsets := [][]int{{0, 1, 2, 3, 4, 5, 6}, {1, 2, 3, 4, 5, 6}, {0, 1, 2, 3, 4, 5}, {0, 1, 2, 3}, {0, 1, 2, 3, 4}, {2, 3}, {3, 4, 5, 6}}
	for _, sp := range []string{"short", "full", "odd", "dayN", "date", "dm", "cell"} {
		for _, sub := range subsets {
			var s set
			for _, d := range sub {
				s.heads = append(s.heads, spell[sp](d))
			}
			for d := 0; d < 7; d++ {
				if !slices.Contains(sub, d) {
					s.missing = append(s.missing, d)
				}
			}
			sets = append(sets, s)
		}
	}
	stretches := []set{
		{[]any{"Mon-Sun"}, nil},
		{[]any{"Monday to Sunday"}, nil},
		{[]any{"Days 1-7"}, nil},
		{[]any{"Mon-Wed", "Thu-Sun"}, nil},
		{[]any{"Mon-Thu", "Fri", "Sat-Sun"}, nil},
		{[]any{"Mon-Thu"}, []int{4, 5, 6}},
		{[]any{"Mon-Wed", "Thu"}, []int{4, 5, 6}},
		{[]any{"Tue-Sun"}, []int{0}},
		{[]any{"Days 1-4"}, []int{4, 5, 6}},
		{[]any{"Mon-Fri"}, []int{5, 6}},
	}
	sets = append(sets, stretches...)
	totals := []string{"Total", "Week total", "Grand total", "Weekly total"}
	labels, metrics := totalRowLabels, totalRowMetrics
	after := []string{"", "Last week", "Notes"}
	type tcase struct {
		s            set
		total, label string
		after        string
	}
	var cases []tcase
	for _, ix := range every(len(sets), len(totals), len(labels), len(after)) {
		// every set under "Total"; the others over a sample, to keep the law quick
		if ix[1] != 0 && (ix[0]+ix[2]+ix[3])%3 != 0 {
			continue
		}
		cases = append(cases, tcase{sets[ix[0]], totals[ix[1]], labels[ix[2]], after[ix[3]]})
	}
	figure := func(k int) int { return 10 + k }
	col := func(k int) string { return string(rune('B'+k)) + "4" }
	law[tcase]{
		what:  "Totals over some or all of the week's days",
		cases: cases,
		name: func(c tcase) string {
			var hs []string
			for _, h := range c.s.heads {
				hs = append(hs, fmt.Sprint(h))
			}
			return fmt.Sprintf("%s │ %s │ %s │ %q", strings.Join(hs, " │ "), c.total, c.after, c.label)
		},
		sheet: func(c tcase, b *lawBook) {
			head := append(append([]any{"Measure"}, c.s.heads...), c.total)
			row := []any{c.label}
			sum := 0
			for k := range c.s.heads {
				row = append(row, figure(k))
				sum += figure(k)
			}
			row = append(row, sum)
			switch c.after {
			case "Last week":
				head, row = append(head, c.after), append(row, 7)
			case "Notes":
				head, row = append(head, c.after), append(row, "")
			}
			b.Rows("A1", []any{kentTitle}, nil, head, row)
		},
		holds: func(c tcase, p probe, v *verdict) {
			n := len(c.s.heads)
			sum := sumFigures(n, figure)
			total := col(n)
			for _, f := range p.r.Facts {
				if f.Cell != total || len(c.s.missing) > 0 {
					v.wrong("loaded %s", factLine(f))
				}
			}
			if len(c.s.missing) == 0 {
				f := p.value(metrics[c.label])
				v.want(f != nil && f.Cell == total && f.Value != nil && *f.Value == float64(sum) && f.Qualifier == etl.Exact,
					"want the Total %d at %s loaded exact as %s", sum, total, metrics[c.label])
				return
			}
			var said *etl.Message
			for i, m := range p.r.Messages {
				if m.Severity == etl.SevWarning && m.Cell == total && slices.Contains(m.Cells, total) {
					said = &p.r.Messages[i]
				}
			}
			if said == nil {
				v.wrong("no warning at the Total %s", total)
				return
			}
			for _, d := range c.s.missing {
				day := time.Date(2021, 10, 11+d, 0, 0, 0, 0, time.UTC).Format("Mon 2 Jan")
				v.want(strings.Contains(said.Text, day), "the warning does not name the day left out %q", day)
			}
			for k := 0; k < n; k++ {
				v.want(p.namesCell(col(k)), "no message names the day's figure at %s", col(k))
			}
		},
	}.run(t)
}

// totalRowLabels are the rows of the laws of Total columns, and
// totalRowMetrics what each loads as.
var (
	totalRowLabels  = []string{"Arrests", "Warrants executed", "Stop and searches"}
	totalRowMetrics = map[string]string{"Arrests": "arrests", "Warrants executed": "warrants", "Stop and searches": "stop_searches"}
)

// sumFigures is the sum of a row's n figures before its Total.
func sumFigures(n int, figure func(k int) int) int {
	sum := 0
	for k := 0; k < n; k++ {
		sum += figure(k)
	}
	return sum
}
