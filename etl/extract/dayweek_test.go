package extract_test

import (
	"fmt"
	"testing"
)

// review13 L1: in a return's value cell, a day that bounds the week ("43
// arrests made over the week ending Sunday") or that narrows only a part
// after the figure ("43, including 12 on Monday") leaves the figure the
// week's: it loads under its label (the part is at most warned about).
// A day that bounds another period ("the month ending Sunday", "the year
// up to and including Sunday") makes it that period's figure: refused,
// named in a message, and the phones below load. (A day alone beside a
// cell's figure, "43 on Monday", says when under a weekly return's label:
// read, by 608bfd1's choice.)
func TestDayOfWeekCellLaw(t *testing.T) {
	t.Parallel()
	type dayCell struct {
		label, metric, text string
		want                float64 // 0: refused
	}
	rows := []struct{ label, metric, noun, verb, n, k string }{
		{"Arrests", "arrests", "arrests", "made", "43", "12"},
		{"Warrants executed", "warrants", "warrants", "executed", "21", "8"},
		{"Lines closed", "lines_closed", "lines", "closed", "9", "3"},
		{"Cash seized", "cash_seized", "", "seized", "£5,000", "£2,000"},
	}
	read := []string{
		"%[1]s, including %[2]s on Monday",
		"%[1]s including %[2]s on Tuesday",
		"%[1]s, %[2]s of them on Wednesday",
		"%[1]s %[3]s %[4]s over the week ending Sunday",
		"%[1]s %[3]s %[4]s during the week commencing Monday",
		"%[1]s %[3]s %[4]s in the week beginning Monday 11 October",
		"%[1]s %[3]s %[4]s in the seven days up to and including Sunday",
	}
	refused := []string{
		"%[1]s %[3]s %[4]s in the month ending Sunday 31 October",
		"%[1]s %[3]s %[4]s in the year up to and including Sunday",
	}
	var cases []dayCell
	value := map[string]float64{"43": 43, "21": 21, "9": 9, "£5,000": 5000}
	for _, r := range rows {
		for _, f := range read {
			cases = append(cases, dayCell{r.label, r.metric, fmt.Sprintf(f, r.n, r.k, r.noun, r.verb), value[r.n]})
		}
		for _, f := range refused {
			cases = append(cases, dayCell{r.label, r.metric, fmt.Sprintf(f, r.n, r.k, r.noun, r.verb), 0})
		}
	}
	law[dayCell]{
		what:  "value cells with a day",
		cases: cases,
		name:  func(c dayCell) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c dayCell, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c dayCell, p probe, v *verdict) { p.loadsOrRefused(v, c.metric, c.want) },
	}.run(t)
}
