package phrase_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/countylines/countylines/etl/phrase"
)

// TestOwnWeekLaw: in a return's cell whose week is known (Context.Week),
// words after a figure that name the week's own last day ("as at
// 17/10/2021", "by Sunday"), its stretch ("from Monday until Sunday") or
// the return's name for its operation ("during Operation Orochi") leave
// the figure read; the same words naming a day inside the week before
// its last, a date outside it, a start with no end, another stretch or
// another operation refuse it with a message naming the words. Without
// the week (the zero Week, or prose) a count up to a day stays refused
// whatever the day: only the return knows which day ends its week.
func TestOwnWeekLaw(t *testing.T) {
	r := newReader(t)
	type weekCase struct {
		heading, metric, text string
		week                  phrase.Week
		value                 float64
		read                  bool
	}
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	weeks := []phrase.Week{
		{From: day(2021, 10, 11), To: day(2021, 10, 17), Names: []string{"County lines intensification week October 2021", "Operation Orochi"}},
		{From: day(2019, 5, 13), To: day(2019, 5, 20), Names: []string{"County lines intensification week May 2019", "Op Orochi"}},
		{From: day(2023, 2, 27), To: day(2023, 3, 5), Names: []string{"County lines intensification week February-March 2023"}},
	}
	heads := []struct {
		heading, metric string
		n               float64
	}{{"Arrests", "arrests", 43}, {"Warrants executed", "warrants", 21}, {"Lines closed", "lines_closed", 9}, {"Stop searches", "stop_searches", 40}}
	dmy := func(d time.Time) string { return d.Format("02/01/2006") }
	long := func(d time.Time) string { return d.Format("Monday 2nd January 2006") }
	wd := func(d time.Time) string { return d.Weekday().String() }
	var cases []weekCase
	for _, w := range weeks {
		mid := w.From.AddDate(0, 0, 2)
		read := []string{"%v as at " + dmy(w.To), "%v as of " + long(w.To), "%v by " + wd(w.To), "%v up to " + w.To.Format("January 2, 2006"),
			"%v from " + wd(w.From) + " to " + wd(w.To), "%v over the week ending " + wd(w.To), "%v (as at " + dmy(w.To) + ")"}
		refused := []string{"%v as at " + dmy(mid), "%v by " + wd(mid), "%v as at " + dmy(w.To.AddDate(0, 0, 1)), "%v as at " + dmy(w.From.AddDate(0, 0, -3)),
			"%v as at " + wd(w.To) + " " + dmy(w.To.AddDate(0, 0, -7)), "%v from " + wd(w.From), "%v since " + dmy(w.From),
			"%v from " + wd(mid) + " to " + wd(w.To), "%v over the week ending " + wd(mid), "%v during Operation Sceptre",
			"%v as at " + dmy(w.To) + " in 2020", "%v as at " + dmy(w.To) + " across the region"}
		for _, h := range heads {
			for _, f := range read {
				cases = append(cases, weekCase{h.heading, h.metric, fmt.Sprintf(f, h.n), w, h.n, true})
				if !strings.ContainsAny(f[2:], "0123456789") {
					// the week not known: the older rule of weekdays
					// (scope.go): a count up to one is refused, a bound
					// of "the week" ends it
					cases = append(cases, weekCase{h.heading, h.metric, fmt.Sprintf(f, h.n), phrase.Week{}, h.n, strings.Contains(f, "week ending")})
				}
			}
			for _, f := range refused {
				cases = append(cases, weekCase{h.heading, h.metric, fmt.Sprintf(f, h.n), w, h.n, false})
			}
			for _, n := range w.Names[1:] {
				cases = append(cases, weekCase{h.heading, h.metric, fmt.Sprintf("%v during %s", h.n, n), w, h.n, true},
					weekCase{h.heading, h.metric, fmt.Sprintf("%v during %s last year", h.n, n), w, h.n, false},
					weekCase{h.heading, h.metric, fmt.Sprintf("%v during %s", h.n, n), phrase.Week{From: w.From, To: w.To}, h.n, false})
			}
		}
	}
	bad, nread, nrefused := 0, 0, 0
	for _, c := range cases {
		got := r.Read(c.text, phrase.Context{Heading: c.heading, Force: "kent", Week: c.week})
		hit := len(got.Facts) == 1 // the figure, and no number of the date read as another
		for _, f := range got.Facts {
			hit = hit && f.Metric == c.metric && f.Value != nil && *f.Value == c.value
		}
		switch {
		case c.read && !hit:
			bad++
			t.Errorf("%q under %q, week %v: want %s %v read; got %+v", c.text, c.heading, c.week.To.Format("2 Jan 2006"), c.metric, c.value, got)
		case !c.read && len(got.Facts) > 0:
			bad++
			t.Errorf("%q under %q, week %v: want refused; got %+v", c.text, c.heading, c.week.To.Format("2 Jan 2006"), got)
		case !c.read && len(got.Messages) == 0:
			bad++
			t.Errorf("%q under %q: refused with no message", c.text, c.heading)
		case c.read:
			nread++
		default:
			nrefused++
		}
	}
	t.Logf("own week law: %d cases: %d read, %d refused, %d wrong", len(cases), nread, nrefused, bad)
}
