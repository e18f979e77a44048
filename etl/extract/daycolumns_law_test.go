package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// reread24 E5, E6, E9, review24 V1: a day column beside a Total is read
// as days, in any spelling, and the days must be exactly the week's.
// Law, over headings × Total headings × rows, each set one of:
//   - the week ("Days 1-7", "Weekdays │ Weekend", "Working days │
//     Weekend", "Mon-Fri │ Sat │ Sun", "11-10 … 17-10", eight days of an
//     eight-day week "Day 1 … Day 8"): the Total loads exact, alone;
//   - a part of it ("11-10 … 14-10", "11.10 … 14.10", "Weekdays",
//     "Weekend", "Working days", the seven day names in an eight-day
//     week, which name one Monday of two): nothing of the row loads, a
//     warning at the Total;
//   - days beyond it ("Days 1-4 │ Days 5-10", "Days 1-7 │ Days 8-14",
//     "Day 1 … Day 8" of a seven-day week, another week's "04-10 …
//     10-10"): nothing of the row loads, a warning at the Total.
//
// Near misses read as before: age bands ("10-17 │ 18-24", not dates) and
// "Under 18 │ 18 and over" keep their Total.
func TestDayColumnsReadLaw(t *testing.T) {
	t.Parallel()
	const week8 = "Kent Police - County lines intensification week 13-20 May 2019" // Mon to Mon
	type set struct {
		heads []string
		title string
		reads string // "week", "part", "beyond"
	}
	dated := func(from, to int, sep string) []string {
		var out []string
		for d := from; d <= to; d++ {
			out = append(out, fmt.Sprintf("%02d%s10", d, sep))
		}
		return out
	}
	numbered := func(n int) []string {
		var out []string
		for d := 1; d <= n; d++ {
			out = append(out, fmt.Sprintf("Day %d", d))
		}
		return out
	}
	names := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	sets := []set{
		{[]string{"Days 1-7"}, kentTitle, "week"},
		{[]string{"Weekdays", "Weekend"}, kentTitle, "week"},
		{[]string{"Working days", "Weekend"}, kentTitle, "week"},
		{[]string{"Mon-Fri", "Sat", "Sun"}, kentTitle, "week"},
		{dated(11, 17, "-"), kentTitle, "week"},
		{dated(11, 17, "."), kentTitle, "week"},
		{numbered(8), week8, "week"},
		{dated(11, 14, "-"), kentTitle, "part"},
		{dated(11, 14, "."), kentTitle, "part"},
		{dated(13, 17, "-"), kentTitle, "part"},
		{[]string{"Weekdays"}, kentTitle, "part"},
		{[]string{"Weekend"}, kentTitle, "part"},
		{[]string{"Working days"}, kentTitle, "part"},
		{[]string{"Business days", "Sat"}, kentTitle, "part"},
		{names, week8, "part"},
		{[]string{"Days 1-4", "Days 5-10"}, kentTitle, "beyond"},
		{[]string{"Days 1-7", "Days 8-14"}, kentTitle, "beyond"},
		{numbered(8), kentTitle, "beyond"},
		{dated(4, 10, "-"), kentTitle, "beyond"},
		{[]string{"10-17", "18-24"}, kentTitle, "total"},
		{[]string{"Under 18", "18 and over"}, kentTitle, "total"},
	}
	totals := []string{"Total", "Week total", "Grand total"}
	labels, metrics := totalRowLabels, totalRowMetrics
	type tcase struct {
		s            set
		total, label string
	}
	var cases []tcase
	for _, ix := range every(len(sets), len(totals), len(labels)) {
		cases = append(cases, tcase{sets[ix[0]], totals[ix[1]], labels[ix[2]]})
	}
	figure := func(k int) int { return 2 + 3*k }
	col := func(k int) string { return string(rune('B'+k)) + "4" }
	law[tcase]{
		what:  "day columns beside a Total",
		cases: cases,
		name: func(c tcase) string {
			return fmt.Sprintf("%s │ %s │ %q (%s)", strings.Join(c.s.heads, " │ "), c.total, c.label, c.s.title)
		},
		sheet: func(c tcase, b *lawBook) {
			head := append(append([]any{"Measure"}, anys(c.s.heads)...), c.total)
			row := []any{c.label}
			sum := 0
			for k := range c.s.heads {
				row = append(row, figure(k))
				sum += figure(k)
			}
			b.Rows("A1", []any{c.s.title}, nil, head, append(row, sum))
		},
		holds: func(c tcase, p probe, v *verdict) {
			n := len(c.s.heads)
			sum := sumFigures(n, figure)
			total := col(n)
			if c.s.reads == "week" || c.s.reads == "total" {
				f := p.value(metrics[c.label])
				v.want(f != nil && f.Cell == total && f.Value != nil && *f.Value == float64(sum) && f.Qualifier == etl.Exact,
					"want the Total %d at %s loaded exact as %s", sum, total, metrics[c.label])
				return
			}
			for _, f := range p.r.Facts {
				if f.Metric == metrics[c.label] || strings.HasSuffix(f.Cell, "4") {
					v.wrong("loaded %s", factLine(f))
				}
			}
			v.want(p.warnedAt(total) != nil, "no warning at the Total %s", total)
		},
	}.run(t)
}
