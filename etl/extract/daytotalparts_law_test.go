package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestRefusedDaysTotalPartsLaw: a Total refused against the week's days
// (they add to another figure, or a day is not given) leaves the row's
// part columns unread, before the Total or after it ("Mon … Sun │ Of
// which under 18 │ Total", "Mon … Sun │ Total │ Juveniles"): a part of
// a contradicted Total is never loaded, and never as the row's own
// metric (reread25 E1: the under-18s' 8 loaded as the arrests).
func TestRefusedDaysTotalPartsLaw(t *testing.T) {
	t.Parallel()
	days := []any{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	parts := []string{"Under 18", "Of which under 18", "Juveniles", "Female", "Adults"}
	givens := []string{"more", "less", "dash"}
	type tcase struct {
		part, given, label string
		after              bool
	}
	var cases []tcase
	for _, ix := range every(len(parts), len(givens), 2, len(totalRowLabels)) {
		cases = append(cases, tcase{parts[ix[0]], givens[ix[1]], totalRowLabels[ix[3]], ix[2] == 1})
	}
	law[tcase]{
		what:  "parts beside a Total refused against its days",
		cases: cases,
		name: func(c tcase) string {
			return fmt.Sprintf("Mon … Sun │ %s │ after the Total: %v │ %s │ %q", c.part, c.after, c.given, c.label)
		},
		sheet: func(c tcase, b *lawBook) {
			head := append([]any{"Measure"}, days...)
			row := []any{c.label}
			sum := 0
			for k := range days {
				switch {
				case k == 3 && c.given == "dash":
					row = append(row, "-")
				default:
					row = append(row, 5+k)
					sum += 5 + k
				}
			}
			switch c.given {
			case "more":
				sum += 7
			case "less":
				sum--
			}
			if c.after {
				head = append(head, "Total", c.part)
				row = append(row, sum, 3)
			} else {
				head = append(head, c.part, "Total")
				row = append(row, 3, sum)
			}
			b.Rows("A1", []any{kentTitle}, nil, head, row)
		},
		holds: func(c tcase, p probe, v *verdict) {
			for _, f := range p.r.Facts {
				if strings.HasSuffix(f.Cell, "4") {
					v.wrong("loaded %s", factLine(f))
				}
			}
		},
	}.run(t)
}
