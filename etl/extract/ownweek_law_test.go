package extract_test

import (
	"fmt"
	"testing"
	"time"
)

// ownWeek is a `label │ value` cell of a return for a week, with words
// after its figure that name days or an operation.
type ownWeek struct {
	title, label, metric, text string
	named                      bool // the return names its operation "Operation Orochi" beside an "Operation" label
	want                       float64
	loads                      bool
}

// A return's value cell is the force's figure for the return's week.
// Words after the figure that name that week by its own days or dates,
// or the operation by the name the return gives it, say only that: the
// figure loads (`Arrests │ 43 as at 17/10/2021` in a return for 11-17
// October 2021, `43 from Monday until Sunday`, `43 during Operation
// Orochi` when the return names its operation so). The same words
// naming other days or another operation refuse the cell with a message
// naming it, and the phones below still load: a count up to a day before
// the week's last (a running count), a date after the week or before it,
// the right weekday with another week's date, a stretch starting after
// the week's first day or ending before its last, a start with no end
// ("from Monday", "since Monday": a running count), "the week ending"
// another day, another operation, the return's operation in another
// year, and the operation's name in a return that does not name it so.
// Law, over two weeks (Monday to Sunday, 11-17 October 2021, and Monday
// to Monday, 13-20 May 2019: "by Sunday" is mid-week there) and four
// labels.
func TestOwnWeekWordsCellLaw(t *testing.T) {
	t.Parallel()
	labels := []struct{ label, metric, n string }{
		{"Arrests", "arrests", "43"},
		{"Warrants executed", "warrants", "21"},
		{"Lines closed", "lines_closed", "9"},
		{"Cash seized", "cash_seized", "£5,000"},
	}
	value := map[string]float64{"43": 43, "21": 21, "9": 9, "£5,000": 5000}
	dmy := func(d time.Time) string { return d.Format("2/1/2006") }
	long := func(d time.Time) string { return d.Format("Monday 2 January 2006") }
	wd := func(d time.Time) string { return d.Weekday().String() }
	var cases []ownWeek
	for wi, w := range lawWeeks {
		mid := w.from.AddDate(0, 0, 3)
		loads := []string{
			"%s as at " + dmy(w.to),
			"%s as at " + long(w.to),
			"%s as of " + w.to.Format("2 January"),
			"%s up to and including " + wd(w.to),
			"%s by " + wd(w.to),
			"%s (as at " + dmy(w.to) + ")",
			"%s from " + wd(w.from) + " until " + wd(w.to),
			"%s from " + wd(w.from) + " " + w.from.Format("2 January") + " until " + wd(w.to) + " " + w.to.Format("2 January"),
			"%s during the week up to " + wd(w.to),
			"%s over the week ending " + dmy(w.to),
			"%s in the week commencing " + wd(w.from),
			"%s during the week beginning " + long(w.from),
		}
		refused := []string{
			"%s as at " + dmy(mid),
			"%s as at " + long(mid),
			"%s by " + wd(mid),
			"%s as at " + dmy(w.to.AddDate(0, 0, 7)),
			"%s as at " + dmy(w.from.AddDate(0, 0, -1)),
			"%s as at " + wd(w.to) + " " + dmy(w.to.AddDate(0, 0, 7)),
			"%s from " + wd(w.from.AddDate(0, 0, 1)) + " until " + wd(w.to),
			"%s from " + wd(w.from) + " until " + wd(w.to.AddDate(0, 0, -2)),
			"%s from " + wd(w.from),
			"%s from " + dmy(w.from),
			"%s since " + wd(w.from),
			"%s since " + dmy(w.from),
			"%s during the week up to " + wd(mid),
			"%s over the week ending " + dmy(mid),
			"%s (as at " + dmy(mid) + ")",
			"%s in the week commencing " + wd(mid),
			"%s in the week beginning " + wd(w.from.AddDate(0, 0, 1)),
		}
		for li, l := range labels {
			for k, f := range loads {
				named := (k+li)%2 == 0 // the return names its operation, or not: no matter here
				cases = append(cases, ownWeek{w.title, l.label, l.metric, fmt.Sprintf(f, l.n), named, value[l.n], true})
			}
			for k, f := range refused {
				cases = append(cases, ownWeek{w.title, l.label, l.metric, fmt.Sprintf(f, l.n), (k+li+wi)%2 == 0, 0, false})
			}
			for _, op := range []string{"during Operation Orochi", "during Op Orochi", "in Operation Orochi", "throughout Operation Orochi"} {
				cases = append(cases,
					ownWeek{w.title, l.label, l.metric, l.n + " " + op, true, value[l.n], true},
					ownWeek{w.title, l.label, l.metric, l.n + " " + op, false, 0, false})
			}
			for _, op := range []string{"during Operation Sceptre", "during Operation Orochi in 2020", "during Operation Orochi and Operation Sceptre",
				"during Operation Orochi in Essex", "during Operation Orochi last year", "before Operation Orochi", "after Operation Orochi"} {
				cases = append(cases, ownWeek{w.title, l.label, l.metric, l.n + " " + op, true, 0, false})
			}
		}
	}
	law[ownWeek]{
		what:  "the return's own week or operation after a figure",
		cases: cases,
		name: func(c ownWeek) string {
			return fmt.Sprintf("%s, operation named %v: %q │ %q", c.title[len(c.title)-11:], c.named, c.label, c.text)
		},
		sheet: func(c ownWeek, b *lawBook) {
			b.Rows("A1", []any{c.title}, nil, []any{c.label, c.text}, phonesRow)
			if c.named {
				b.Rows("A6", []any{"Operation", "Operation Orochi"})
			}
		},
		holds: ownWeek.holds,
	}.run(t)
}

// holds records what is wrong unless the case's cell at B3 loads its
// metric at want, or is refused, with the phones below it loaded.
func (c ownWeek) holds(p probe, v *verdict) {
	if !c.loads {
		p.refused(v)
		return
	}
	f := p.value(c.metric)
	v.want(f != nil && f.Value != nil && *f.Value == c.want && f.Cell == "B3", "want %s %v loaded from B3, got %s", c.metric, c.want, lineOf(f))
	v.want(p.phonesLoaded(), "the phones below it are not loaded")
}

// lawWeeks are the two weeks of the own-week laws: Kent's returns for
// Monday to Sunday 11-17 October 2021 and Monday to Monday 13-20 May
// 2019 (where Sunday is mid-week).
var lawWeeks = []struct {
	title    string
	from, to time.Time
}{
	{kentTitle, day(2021, 10, 11), day(2021, 10, 17)},
	{"Kent Police - County lines intensification week 13-20 May 2019", day(2019, 5, 13), day(2019, 5, 20)},
}

// day is a date at midnight UTC.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
