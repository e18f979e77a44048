package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// reread23 E5: a Total beside a column of other operations' figures
// ("Op Orochi │ Other ops │ Total", "… │ BAU │ Total", "… │ Other │
// Total") adds them to the operation's own: it is not this week's
// operation's figure. Law, over operation names × other-operation
// headings × their order × Total headings × rows: neither the Total nor
// the other operations' figure loads, and a warning names each; nothing
// loads with either value. Near misses whose Total keeps loading: a
// Total over districts ("Medway │ Thanet", "Medway │ Other": the rest of
// the force's districts), over an operation's column alone ("Op Orochi │
// Total").
func TestOtherOpsTotalLaw(t *testing.T) {
	t.Parallel()
	ops := []string{"Op Orochi", "Operation Orochi", "Op. Orochi", "Opn Orochi", "OP OROCHI"}
	others := []string{"Other ops", "Other operations", "Non-op", "Non op", "Non-operational", "BAU", "Business as usual", "Other", "Others", "All other", "Other op"}
	type heads struct {
		cols  []string
		other int // the other operations' column (0-based), -1 when the Total is the week's
	}
	var sets []heads
	for _, op := range ops {
		for _, o := range others {
			sets = append(sets, heads{[]string{op, o}, 1}, heads{[]string{o, op}, 0})
		}
	}
	sets = append(sets,
		heads{[]string{"Medway", "Thanet"}, -1},
		heads{[]string{"Medway", "Other"}, -1},
		heads{[]string{"Medway", "Thanet", "Others"}, -1},
		heads{[]string{"Op Orochi"}, -1},
		heads{[]string{"North Division", "South Division"}, -1},
	)
	totals := []string{"Total", "Week total", "Grand total"}
	labels, metrics := totalRowLabels, totalRowMetrics
	type tcase struct {
		h            heads
		total, label string
	}
	var cases []tcase
	for _, ix := range every(len(sets), len(totals), len(labels)) {
		if ix[1] != 0 && (ix[0]+ix[2])%3 != 0 {
			continue // every set under "Total", the other headings over a sample
		}
		cases = append(cases, tcase{sets[ix[0]], totals[ix[1]], labels[ix[2]]})
	}
	figure := func(k int) int { return 40 + 7*k }
	col := func(k int) string { return string(rune('B'+k)) + "4" }
	law[tcase]{
		what:  "Totals beside other operations' columns",
		cases: cases,
		name: func(c tcase) string {
			return fmt.Sprintf("%s │ %s │ %q", strings.Join(c.h.cols, " │ "), c.total, c.label)
		},
		sheet: func(c tcase, b *lawBook) {
			head := append(append([]any{"Measure"}, anys(c.h.cols)...), c.total)
			row := []any{c.label}
			sum := 0
			for k := range c.h.cols {
				row = append(row, figure(k))
				sum += figure(k)
			}
			b.Rows("A1", []any{kentTitle}, nil, head, append(row, sum))
		},
		holds: func(c tcase, p probe, v *verdict) {
			n := len(c.h.cols)
			sum := sumFigures(n, figure)
			total := col(n)
			if c.h.other < 0 {
				f := p.value(metrics[c.label])
				v.want(f != nil && f.Cell == total && f.Value != nil && *f.Value == float64(sum) && f.Qualifier == etl.Exact,
					"want the Total %d at %s loaded exact as %s", sum, total, metrics[c.label])
				return
			}
			other := col(c.h.other)
			for _, f := range p.r.Facts {
				if f.Cell == total || f.Cell == other || f.Value != nil && (*f.Value == float64(sum) || *f.Value == float64(figure(c.h.other))) {
					v.wrong("loaded %s", factLine(f))
				}
			}
			v.want(p.warnedAt(total) != nil, "no warning names the Total at %s", total)
			v.want(p.warnedAt(other) != nil, "no warning names the other operations' figure at %s", other)
		},
	}.run(t)
}
