package extract_test

import (
	"fmt"
	"testing"
)

// A figure of the days before or after the operation's week is another
// period's: `Arrests │ 43 after the week` and `43 before the week of
// action` loaded 43 as the week's (review14 W2). Under every label, with
// the figure alone or with its noun and verb, after a comma or in
// brackets, and every name of the week ("the week", "the week of action",
// "the intensification week", "the operation"), a figure said to be
// before, after, outside or beyond it is refused with a message at the
// cell and nothing loaded; the same figure during, in, over or across the
// week, or before its end, still loads; the phones below load.
func TestWeekSideCellLaw(t *testing.T) {
	t.Parallel()
	type weekSide struct {
		label, metric, text string
		want                float64 // 0: refused
	}
	rows := []struct {
		label, metric, noun, n string
		v                      float64
	}{
		{"Arrests", "arrests", "arrests made", "43", 43},
		{"Warrants executed", "warrants", "warrants executed", "21", 21},
		{"Lines closed", "lines_closed", "lines closed", "9", 9},
		{"Stop searches", "stop_searches", "stop searches conducted", "40", 40},
		{"Cash seized", "cash_seized", "seized", "£5,000", 5000},
		{"Vehicles seized", "vehicles_seized", "vehicles seized", "4", 4},
	}
	weeks := []string{"the week", "the week of action", "the intensification week", "the operation", "the IW", "this week"}
	other := []string{"after", "before", "outside", "beyond", "in the days after", "in the month before", "following"}
	// (in brackets, "throughout" and "the IW" are refused today: losses,
	// another rule's, not in this law)
	own := []string{"during", "in", "over", "across", "before the end of", "by the end of"}
	// %[1]s the figure, %[2]s its noun and verb, %[3]s the side, %[4]s the week
	forms := []string{"%[1]s %[3]s %[4]s", "%[1]s %[2]s %[3]s %[4]s", "%[1]s (%[3]s %[4]s)", "%[1]s, %[3]s %[4]s"}
	var cases []weekSide
	for i, ix := range every(len(rows), len(weeks), len(other)) {
		r, w, o := rows[ix[0]], weeks[ix[1]], other[ix[2]]
		if w == "this week" && o != "after" && o != "before" {
			continue
		}
		cases = append(cases, weekSide{r.label, r.metric, fmt.Sprintf(forms[i%len(forms)], r.n, r.noun, o, w), 0})
		if ix[2] < len(own) && w != "this week" && w != "the IW" {
			f := forms[i%2] // ("43, in the intensification week" is refused today)
			cases = append(cases, weekSide{r.label, r.metric, fmt.Sprintf(f, r.n, r.noun, own[(ix[2]+ix[1])%len(own)], w), r.v})
		}
	}
	law[weekSide]{
		what:  "value cells before or after the week",
		cases: cases,
		name:  func(c weekSide) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c weekSide, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c weekSide, p probe, v *verdict) { p.loadsOrRefused(v, c.metric, c.want) },
	}.run(t)
}
