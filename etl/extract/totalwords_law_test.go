package extract_test

import (
	"fmt"
	"testing"
)

// Law: a column of words and no figures between the week's days and
// their Total ("Source" over "Niche", "RAG" over "Green", "Lead" over
// "DS Smith") is no figure the Total adds: the Total is read, checked
// against the days, as beside a Notes column (review26 W10: e93badc
// rejected the return). The near misses stay unread as the week's: a
// Total the days do not make, and a column with a figure in it.
func TestTotalBesideWordsColumnLaw(t *testing.T) {
	t.Parallel()
	type tc struct {
		head, word string
		total      int
		figure     bool // the column holds a figure under the words
	}
	cols := [][2]string{{"Source", "Niche"}, {"RAG", "Green"}, {"Lead", "DS Smith"}, {"Status", "Confirmed"}, {"System", "Athena"}, {"Checked by", "PC Jones"}}
	var cases []tc
	for _, c := range cols {
		cases = append(cases, tc{c[0], c[1], 28, false}, tc{c[0], c[1], 30, false}, tc{c[0], c[1], 36, true})
	}
	law[tc]{
		what:  "a column of words between the days and their Total",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("Mon … Sun │ %s │ Total over 1 … 7 │ %q │ %d (a figure in the column: %v)", c.head, c.word, c.total, c.figure)
		},
		sheet: func(c tc, b *lawBook) {
			arrests := []any{"Arrests", 1, 2, 3, 4, 5, 6, 7, c.word, c.total}
			warrants := []any{"Warrants executed", 1, 1, 1, 1, 1, 1, 1, c.word, 7}
			if c.figure {
				arrests[8] = 8
			}
			b.Rows("A1", []any{kentTitle}, nil,
				[]any{"Measure", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", c.head, "Total"}, arrests, warrants)
		},
		holds: func(c tc, p probe, v *verdict) {
			a := p.value("arrests")
			if c.total == 28 && !c.figure {
				v.want(a != nil && a.Cell == "J4" && a.Value != nil && *a.Value == 28, "want arrests 28 loaded from J4, got %s", lineOf(a))
				w := p.value("warrants")
				v.want(w != nil && w.Cell == "J5" && w.Value != nil && *w.Value == 7, "want warrants 7 loaded from J5, got %s", lineOf(w))
				return
			}
			for _, f := range p.r.Facts {
				if f.Metric == "arrests" && f.Value != nil && *f.Value == float64(c.total) {
					v.wrong("loaded %s: the days make 28", factLine(f))
				}
			}
		},
	}.run(t)
}
