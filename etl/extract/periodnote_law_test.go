package extract_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

// periodNote is a `label │ value` cell whose figure is followed, in a
// bracket, after a dash or after a comma, by words that name a period
// as a heading does.
type periodNote struct {
	title, label, metric string
	text, note           string
	want                 float64
	own                  bool // the note names the return's own week
	shape                string
}

// The words after a figure that name a period as a heading or a label
// does (dates, "w/e", "w/c", a week's number, the day a week ends on, a
// month, a year) are judged as they are there (readHeading, periodOf):
// the return's own week (`43 (w/e 17/10/2021)`, `43 (w/c 11/10/2021)`,
// `43 (11/10/2021 to 17/10/2021)`, `43 (this week)`, `43 (week ending
// Sunday)`, `43 (week 41)` in a return for 11-17 October 2021, ISO week
// 41) loads the figure; another week, a day, a longer stretch, another
// month or year (`43 (w/e 10/10/2021)`, `43 (on 12/10/2021)`, `43 (total
// 2020)`, `43 (for the period 01/10/2021 to 17/10/2021)`, `43 (May)`, `43
// (October)`, `43 (week 40)`, `43 (this week 10/10/2021)`), a part of
// the week or a window that leaves days of it out (`43 (11-14 Oct)`, `43
// (13-17 Oct)`, `43 (09/10/2021 - 15/10/2021)`), and the week with words
// of a wider or shared total (`43 (national w/e 17/10/2021)`) refuses it
// with a message naming the cell and the words, and so does any dated
// note while the return's week is not known. A week named by a weekday
// is the one ending (starting) on that day within the return's week,
// judged as its dates are: "week ending Wednesday" (7-13 October 2021)
// and "w/c Friday" (15-21 October) share too few days with the week.
// A day the figure counts up
// to (`43 (as at 17/10/2021)`) and another period's figure in the note
// (`43 (38 w/e 10/10/2021)`, `43 (last week 38)`) are the phrase
// reader's, and load as before. Law over two weeks (Monday
// to Sunday 11-17 October 2021, Monday to Monday 13-20 May 2019), three
// labels and four shapes:
// `43 (…)` loads the own week; `43 […]`, `43 - …`, `43, …`, which the
// sheet reads as headings or as no figure in some forms, may load it or
// refuse it with a message, never load another figure; every shape
// refuses another period.
func TestPeriodNoteLaw(t *testing.T) {
	t.Parallel()
	labels := []struct {
		label, metric, n string
		want             float64
	}{{"Arrests", "arrests", "43", 43}, {"Warrants executed", "warrants", "21", 21}, {"Cash seized", "cash_seized", "£5,000", 5000}}
	shapes := []string{"%s (%s)", "%s [%s]", "%s - %s", "%s, %s"}
	dmy := func(d time.Time) string { return d.Format("02/01/2006") }
	wd := func(d time.Time) string { return d.Weekday().String() }
	iso := func(d time.Time) int { _, n := d.ISOWeek(); return n }
	var cases []periodNote
	add := func(title string, own bool, notes []string, labelsToo bool) {
		for k, note := range notes {
			for s, shape := range shapes {
				if !labelsToo && s > 0 {
					continue
				}
				for i, l := range labels {
					// every label in brackets; one label, in turn, in the other shapes
					if s > 0 && i != (k+s)%len(labels) {
						continue
					}
					cases = append(cases, periodNote{title, l.label, l.metric, fmt.Sprintf(shape, l.n, note), note, l.want, own, shape})
				}
			}
		}
	}
	for _, w := range lawWeeks {
		own := []string{"w/e " + dmy(w.to), "w/c " + dmy(w.from), dmy(w.from) + " to " + dmy(w.to), "this week",
			"week ending " + wd(w.to), "w/e " + wd(w.to), "week commencing " + wd(w.from), "week " + strconv.Itoa(iso(w.from)),
			"week ending " + dmy(w.to), w.from.Format("2") + "-" + w.to.Format("2 Jan"),
			// the phrase reader's: a count up to the week's last day, another period's figure beside it
			"as at " + dmy(w.to), "up to and including " + dmy(w.to), "as of " + w.to.Format("2 January"),
			"38 w/e " + dmy(w.to.AddDate(0, 0, -7)), "last week 38",
			// the operation's code names the week
			w.from.Format("2006-01")}
		other := []string{
			// another week
			"w/e " + dmy(w.to.AddDate(0, 0, -7)), "w/c " + dmy(w.from.AddDate(0, 0, -7)), "w/e " + dmy(w.to.AddDate(0, 0, 7)),
			"this week " + dmy(w.to.AddDate(0, 0, -7)), "week " + strconv.Itoa(iso(w.from)-1), "week " + strconv.Itoa(iso(w.from)+1),
			"week ending " + wd(w.from.AddDate(0, 0, 2)), "w/c " + wd(w.from.AddDate(0, 0, 4)),
			// one day
			"on " + dmy(w.from.AddDate(0, 0, 1)), dmy(w.from.AddDate(0, 0, 2)),
			// a longer stretch, another month or year
			"total " + strconv.Itoa(w.from.Year()-1), "total " + dmy(w.to.AddDate(-1, 0, 0)),
			"for the period " + dmy(w.from.AddDate(0, 0, -10)) + " to " + dmy(w.to), w.from.AddDate(0, -5, 0).Format("January"),
			"during " + w.from.AddDate(0, -5, 0).Format("January"),
			w.from.Format("January"), w.from.Format("Jan 2006"), fmt.Sprintf("%d/%02d", w.from.Year()-1, w.from.Year()%100),
			// the week, with words of a wider or shared total (review17 R6)
			"national w/e " + dmy(w.to), "regional total w/e " + dmy(w.to), "joint, w/c " + dmy(w.from),
			// a part of the week, or a window that leaves days of it out
			w.from.Format("2") + "-" + w.from.AddDate(0, 0, 3).Format("2 Jan"), w.from.AddDate(0, 0, 2).Format("2") + "-" + w.to.Format("2 Jan"),
			dmy(w.from.AddDate(0, 0, -2)) + " - " + dmy(w.to.AddDate(0, 0, -2)),
		}
		add(w.title, true, own, true)
		add(w.title, false, other, true)
	}
	// A return whose week is not known: no dated note can be checked.
	kent := lawWeeks[0]
	add("Kent Police - County lines return", false, []string{"w/e " + dmy(kent.to), "w/e " + dmy(kent.to.AddDate(0, 0, -7)),
		"week 41", "week ending Sunday", "May", "11/10/2021 to 17/10/2021"}, false)
	law[periodNote]{
		what:  "period words after a figure",
		cases: cases,
		name: func(c periodNote) string {
			return fmt.Sprintf("%s: %q │ %q", c.title[strings.LastIndex(c.title, " - ")+3:], c.label, c.text)
		},
		sheet: func(c periodNote, b *lawBook) { b.Rows("A1", []any{c.title}, nil, []any{c.label, c.text}, phonesRow) },
		holds: func(c periodNote, p probe, v *verdict) {
			f := p.value(c.metric)
			paren := c.shape == "%s (%s)"
			switch {
			case c.own && paren:
				v.want(f != nil && f.Value != nil && *f.Value == c.want && f.Cell == "B3", "want %s %v loaded from B3, got %s", c.metric, c.want, lineOf(f))
				v.want(p.phonesLoaded(), "the phones below it are not loaded")
			case c.own && f != nil && f.Cell == "B3":
				v.want(f.Value != nil && *f.Value == c.want, "want %s %v or nothing loaded from B3, got %s", c.metric, c.want, lineOf(f))
			case paren:
				p.refused(v)
				if m := p.warnedAt("B3"); m != nil && !strings.Contains(m.Text, c.note) {
					v.wrong("the message at B3 does not name the words %q: %s", c.note, m.Text)
				}
			default:
				// Read as a heading over column B, or as no figure: the
				// phones below it may be its, and need not load.
				for _, f := range p.r.Facts {
					if f.Cell == "B3" || f.Cell == "A3" {
						v.wrong("loaded %s", factLine(f))
					}
				}
				v.want(p.namesCell("B3"), "no message names B3")
			}
		},
	}.run(t)
}

// The same words as a column heading are judged alike: `Metric │ H` over
// `Arrests │ 43` and `Warrants executed │ 12`. A month named alone is a
// month, another period (`May`, and `October` in October's return too),
// unless the heading says it is the week (`October IW`); a week named by
// a weekday is the one ending (starting) on that day within the return's
// week (`Week ending Sunday`, `w/c Monday`), judged as its dates are;
// dates that share only a day or two with the week (`w/e 13/05/2019` in
// a return for 13-20 May 2019, `11/10/2021 - 12/10/2021`) are another
// week's. Law over the two weeks of the own-week laws.
func TestPeriodHeadingWordsLaw(t *testing.T) {
	t.Parallel()
	type headed struct {
		title, head string
		this        bool
	}
	dmy := func(d time.Time) string { return d.Format("02/01/2006") }
	wd := func(d time.Time) string { return d.Weekday().String() }
	var cases []headed
	for _, w := range lawWeeks {
		_, iso := w.from.ISOWeek()
		for _, h := range []string{"This week", w.from.Format("January") + " IW", "Week ending " + wd(w.to), "w/e " + wd(w.to)[:3],
			"w/c " + wd(w.from), "Week " + strconv.Itoa(iso), "w/e " + dmy(w.to), "Total for " + w.from.Format("January") + " IW"} {
			cases = append(cases, headed{w.title, h, true})
		}
		other := w.from.AddDate(0, -5, 0).Format("January")
		for _, h := range []string{other, other[:3], w.from.Format("January"), w.from.Format("Jan"), "Total for " + other,
			"During " + other, "Week ending " + wd(w.from.AddDate(0, 0, 2)), "w/c " + wd(w.from.AddDate(0, 0, 4)),
			"w/e " + dmy(w.from), dmy(w.from) + " - " + dmy(w.from.AddDate(0, 0, 1))} {
			cases = append(cases, headed{w.title, h, false})
		}
	}
	law[headed]{
		what:  "period words as a column heading",
		cases: cases,
		name: func(c headed) string {
			return fmt.Sprintf("%s: %q", c.title[strings.LastIndex(c.title, " - ")+3:], c.head)
		},
		sheet: func(c headed, b *lawBook) {
			b.Rows("A1", []any{c.title}, nil, []any{"Metric", c.head}, []any{"Arrests", 43}, []any{"Warrants executed", 12}, nil, phonesRow)
		},
		holds: func(c headed, p probe, v *verdict) {
			a, w := p.value("arrests"), p.value("warrants")
			if c.this {
				v.want(a != nil && a.Value != nil && *a.Value == 43 && w != nil && w.Value != nil && *w.Value == 12, "want arrests 43 and warrants 12 loaded, got %s, %s", lineOf(a), lineOf(w))
				return
			}
			v.want(a == nil && w == nil, "loaded %s, %s", lineOf(a), lineOf(w))
			v.want(p.namesCell("B4") || p.warnedAt("B3") != nil, "no message names the heading or the figures under it")
		},
	}.run(t)
}
