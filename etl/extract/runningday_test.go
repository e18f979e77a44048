package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// A value cell that counts up to a day ("30 by Wednesday", "30 arrests
// as of Tuesday", "up to and including Thursday") holds a running count
// of part of the week: a mid-week figure loaded as the week's would be
// wrong (main loaded `Arrests │ 30 by Wednesday` as arrests 30). The
// reader does not know which day the operation's week ends on, so any
// day counts: only words saying the day ends the week ("over the week
// ending Sunday", "in the week to Sunday", "the seven days up to and
// including Sunday") make it the week's. Law: for every label, day and
// way of counting up to a day, with and without the label's noun, the
// cell is refused with a message naming it and the phones below load;
// the same figures with the week's own bound load under the label; a
// day's part after the week's figure (`30, including 2 by Wednesday`)
// is never loaded as the figure: the cell loads 30 or is refused.
func TestRunningDayCellLaw(t *testing.T) {
	t.Parallel()
	type runningDay struct {
		label, metric, text string
		want                float64 // 0: refused; -1: the figure before a running part, or refused
	}
	rows := []struct{ label, metric, noun, verb, n string }{
		{"Arrests", "arrests", "arrests", "made", "30"},
		{"Warrants executed", "warrants", "warrants", "executed", "21"},
		{"Lines closed", "lines_closed", "lines", "closed", "9"},
		{"Stop searches", "stop_searches", "stop searches", "conducted", "40"},
		{"Cash seized", "cash_seized", "", "seized", "£5,000"},
	}
	value := map[string]float64{"30": 30, "21": 21, "9": 9, "40": 40, "£5,000": 5000}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	upTo := []string{"by", "as of", "as at", "up to", "up to and including", "until", "by the end of"}
	// %[1]s the figure, %[2]s its noun and verb, %[3]s the words, %[4]s the day
	refused := []string{
		"%[1]s %[3]s %[4]s",
		"%[1]s %[2]s %[3]s %[4]s",
		"%[1]s (%[3]s %[4]s)",
		"%[1]s, %[3]s %[4]s",
		"%[1]s so far",
		"%[1]s %[2]s so far this week",
	}
	read := []string{
		"%[1]s %[2]s over the week ending %[4]s",
		"%[1]s %[2]s in the week to %[4]s",
		"%[1]s %[2]s during the week up to %[4]s",
		"%[1]s %[2]s in the seven days up to and including %[4]s",
		"%[1]s %[2]s during the week of action until %[4]s",
	}
	var cases []runningDay
	for i, r := range rows {
		nv := r.verb
		if r.noun != "" {
			nv = r.noun + " " + r.verb
		}
		for j, d := range days {
			for k, u := range upTo {
				// every label, day and counting word; the forms in turn
				f := refused[(i+j+k)%len(refused)]
				cases = append(cases, runningDay{r.label, r.metric, fmt.Sprintf(f, r.n, nv, u, d), 0})
			}
			cases = append(cases, runningDay{r.label, r.metric, fmt.Sprintf(read[(i+j)%len(read)], r.n, nv, "", d), value[r.n]})
		}
		cases = append(cases,
			runningDay{r.label, r.metric, r.n + ", including 2 by Wednesday", -1},
			runningDay{r.label, r.metric, r.n, value[r.n]})
	}
	law[runningDay]{
		what:  "value cells counting up to a day",
		cases: cases,
		name:  func(c runningDay) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c runningDay, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c runningDay, p probe, v *verdict) {
			if c.want == 0 {
				p.refused(v)
				return
			}
			f := p.value(c.metric)
			if c.want < 0 {
				// never the part ("2 by Wednesday") as the figure
				if f == nil {
					p.refused(v)
				} else {
					v.want(f.Value != nil && *f.Value == value[c.text[:strings.Index(c.text, ",")]], "loaded %s, want %s or nothing", lineOf(f), c.text[:strings.Index(c.text, ",")])
				}
				return
			}
			v.want(f != nil && f.Value != nil && *f.Value == c.want, "want %s %v loaded", c.metric, c.want)
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
