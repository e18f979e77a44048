package extract_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The return's own week said in brackets after the figure ("43 (as at
// Sunday)", "43 (from Monday until Sunday)") or as the days it runs up to
// and including ("43 up to and including Sunday 17/10/2021") says only
// that: the figure loads, zero too. The same words are refused, with a
// message, when anything else is said with them: words after them in or
// after the bracket (", including Essex", ", TBC", "and beyond", ",
// regional total", "(all forces)", "in 2020"), words before them in the
// bracket ("(the NCA, as at Sunday)"), a longer stretch that ends on the
// week's last day ("(in the year up to Sunday)", "(from April until
// Sunday)"), another day or date ("(as at Saturday)", "(as at Sunday
// 10/10/2021)"), a wider place or another agency, a modal or a
// provisional word ("(expected by Sunday)"). Law over two weeks, Monday
// to Sunday 11-17 October 2021 and Monday to Monday 13-20 May 2019 (where
// Sunday is inside the week, not its last day), and two labels.
func TestOwnWeekBracketCellLaw(t *testing.T) {
	t.Parallel()
	labels := []struct{ label, metric, n string }{{"Arrests", "arrests", "43"}, {"Warrants executed", "warrants", "21"}}
	value := map[string]float64{"43": 43, "21": 21, "0": 0}
	dmy := func(d time.Time) string { return d.Format("02/01/2006") }
	wd := func(d time.Time) string { return d.Weekday().String() }
	var cases []ownWeek
	for _, w := range lawWeeks {
		last, first := wd(w.to), wd(w.from)
		own := []string{"%s (as at " + last + ")", "%s (by " + last + ")", "%s (up to and including " + last + ")",
			"%s (from " + first + " until " + last + ")", "%s (as at " + last + " " + dmy(w.to) + ")",
			"%s up to and including " + last + " " + dmy(w.to), "%s up to and including " + dmy(w.to),
			"%s (up to and including " + last + " " + dmy(w.to) + ")"}
		after := []string{", including Essex", ", TBC", " and beyond", ", regional total", " (all forces)", " in 2020",
			" - Essex Police", ", London forces"}
		refused := []string{
			// words before the week's in the bracket
			"%s (the NCA, as at " + last + ")", "%s (Essex Police, by " + last + ")", "%s (regional total, as at " + last + ")",
			"%s (YTD, up to and including " + last + ")",
			// a longer stretch that ends on the week's last day
			"%s (in the year up to " + last + ")", "%s (in the financial year to " + last + ")",
			"%s in the year up to and including " + last + " " + dmy(w.to), "%s (from April until " + last + ")",
			"%s (in the four weeks to " + last + ")", "%s (over the summer up to and including " + last + ")",
			// another day or date
			"%s (as at " + wd(w.to.AddDate(0, 0, -1)) + ")", "%s (as at " + last + " " + dmy(w.to.AddDate(0, 0, -7)) + ")",
			"%s (from " + wd(w.from.AddDate(0, 0, 2)) + " until " + last + ")",
			"%s up to and including " + last + " " + dmy(w.to.AddDate(0, 0, 7)), "%s (as at " + last + " last year)",
			"%s up to and including " + dmy(w.to.AddDate(0, 0, -1)),
			// a wider place, another agency
			"%s (as at " + last + ", London forces)", "%s (as at " + last + " across the region)",
			"%s (as at " + last + ") by Essex Police", "%s (as at " + last + " by the NCA)",
			// a modal, a provisional word
			"%s (expected by " + last + ")", "%s (could rise by " + last + ")", "%s (to be confirmed as at " + last + ")",
		}
		if w.to.Weekday() != time.Sunday {
			refused = append(refused, "%s (as at Sunday)", "%s up to and including Sunday "+dmy(w.to.AddDate(0, 0, -1)))
		}
		for _, l := range labels {
			for k, f := range own {
				cases = append(cases, ownWeek{w.title, l.label, l.metric, fmt.Sprintf(f, l.n), false, value[l.n], true})
				if k%2 == 0 {
					cases = append(cases, ownWeek{w.title, l.label, l.metric, fmt.Sprintf(f, "0"), false, 0, true})
				}
				for _, a := range after {
					cases = append(cases, ownWeek{w.title, l.label, l.metric, fmt.Sprintf(f, l.n) + a, false, 0, false})
				}
			}
			for _, f := range refused {
				cases = append(cases, ownWeek{w.title, l.label, l.metric, fmt.Sprintf(f, l.n), false, 0, false})
			}
		}
	}
	law[ownWeek]{
		what:  "the return's own week in brackets or up to and including its last day",
		cases: cases,
		name: func(c ownWeek) string {
			return fmt.Sprintf("%s: %q │ %q", c.title[strings.LastIndex(c.title, "week ")+5:], c.label, c.text)
		},
		sheet: func(c ownWeek, b *lawBook) { b.Rows("A1", []any{c.title}, nil, []any{c.label, c.text}, phonesRow) },
		holds: ownWeek.holds,
	}.run(t)
}
