package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// reread23 E5, review24 V1, reread24 E4, E7: a Total is the sum of the
// columns beside it, so it is the force's figure for the week only when
// each of them is a part of the force's week for this operation. A
// column of others' figures (other operations, other forces, work
// outside the operation, "the rest" beside the operation's own columns
// or its days) makes the Total another sum ("Op Orochi │ Other ops │
// Total", "… │ BAU │ Total", "County lines │ Other │ Total", "CL │
// Non-CL", "Kent │ Other forces", "Mon … Sun │ Other"). Law, over the
// operation's own columns (an operation by its name in five spellings;
// its work by what it is: "County lines", "CL", "Intensification",
// "Operation", "CL week"; the force by its name; the week's days) × the
// others' headings × their order × Total headings × rows: neither the
// Total nor the others' figure loads, nothing loads with either value,
// and a warning names each. Near misses whose Total keeps loading: a
// Total over districts ("Medway │ Thanet", "Medway │ Other": the rest of
// the force's districts), over an operation's column alone ("Op Orochi
// │ Total", "County lines │ Total"), over days that cover the week
// ("Mon-Wed │ Thu-Sun", "Weekdays │ Weekend").
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
	days := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	owns := [][]string{{"County lines"}, {"CL"}, {"Intensification"}, {"Operation"}, {"Kent"}, {"Op Orochi"}, {"CL week"}, days, {"Mon-Wed", "Thu-Sun"}}
	for _, own := range owns {
		for _, o := range []string{"Other", "Others", "Non-CL", "Non county lines", "Non-intensification", "Other forces", "Partner agencies", "Essex", "Rest of force", "Other operations", "BAU"} {
			sets = append(sets, heads{append(slices.Clone(own), o), len(own)})
			if len(own) == 1 {
				sets = append(sets, heads{[]string{o, own[0]}, 0})
			}
		}
	}
	sets = append(sets,
		heads{[]string{"Medway", "Thanet"}, -1},
		heads{[]string{"Medway", "Other"}, -1},
		heads{[]string{"Medway", "Thanet", "Others"}, -1},
		heads{[]string{"Op Orochi"}, -1},
		heads{[]string{"North Division", "South Division"}, -1},
		heads{[]string{"Mon-Wed", "Thu-Sun"}, -1},
		heads{[]string{"Weekdays", "Weekend"}, -1},
		heads{[]string{"Mon-Fri", "Sat-Sun"}, -1},
		heads{days, -1},
		heads{[]string{"County lines"}, -1},
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
