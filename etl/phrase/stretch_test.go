package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestStretchOfMonthsLaw: a length of months or years said of a
// stretch of time ("over the two-year period", "across a 12-month
// period", "within a three year spell"; found.csv f1761) makes the
// figures of its sentence that stretch's, as "over the past two years"
// does: each is refused, and a message names the length, before or
// after the clause. So is the same length said of a thing ("over a
// two-year investigation", "during a six-month operation": a six-month
// operation's seizures are not the week's; 27115ee read these, 711110a
// refuses them, review23 R20) and a stretch of days or weeks longer
// than the week ("over the two-week spell", "across a three week
// period", "within a 10-day spell": 27115ee read these as "a week of
// action may run over two", 711110a refuses them as wider than the
// week). The near miss stays read: seven days ("across a seven-day
// period", found.csv f1070), which is the week.
func TestStretchOfMonthsLaw(t *testing.T) {
	r := newReader(t)
	g := &lawGen{}
	c := &lawTally{t: t}
	lengths := []string{"two-year", "12-month", "three year", "18-month", "six month", "five-year"}
	preps := []string{"over the", "across a", "during the", "in a", "within a", "over a"}
	nouns := []string{"period", "spell"}
	things := []string{"investigation", "operation"}
	longer := []string{"two-week", "three week", "10-day", "14-day"}
	clauses := []struct{ text, want string }{
		{"officers arrested %s people", "arrests/ people %v exact"},
		{"officers seized %s knives", "weapons_seized/knife count %v exact"},
		{"%s county lines were closed", "lines_closed/ count %v exact"},
		{"officers safeguarded %s vulnerable people", "safeguarded/ people %v exact"},
	}
	n := 0
	for _, l := range lengths {
		for _, pr := range preps {
			n++
			cl := clauses[n%len(clauses)]
			num := g.digits()
			body := fmt.Sprintf(cl.text, num.text)
			for _, stretch := range []string{
				fmt.Sprintf("%s %s %s", pr, l, nouns[n%len(nouns)]),
				fmt.Sprintf("%s %s %s", pr, l, things[n%len(things)]),
				fmt.Sprintf("%s %s %s", pr, longer[n%len(longer)], nouns[n%len(nouns)]),
			} {
				length := strings.Fields(stretch)[2]
				if strings.HasPrefix(stretch, pr+" "+l) {
					length = l
				} else if !strings.Contains(length, "-") {
					length = strings.Join(strings.Fields(stretch)[2:4], " ")
				}
				for _, text := range []string{capital(fmt.Sprintf("%s %s.", body, stretch)), capital(fmt.Sprintf("%s, %s.", stretch, body))} {
					c.n++
					rd := r.Read(text, phrase.Context{Force: "british_transport_police"})
					named := slices.ContainsFunc(rd.Messages, func(m phrase.Message) bool {
						return m.Code == phrase.CodeChangesMeaning && strings.Contains(m.Text, length)
					})
					switch {
					case len(rd.Facts) > 0:
						c.fail("%q: read %v, want it refused as the stretch's", text, factStrings(rd.Facts))
					case !named:
						c.fail("%q: no message names %q: %v", text, length, rd.Messages)
					}
				}
			}
			want := []string{fmt.Sprintf(cl.want, num.value)}
			text := capital(fmt.Sprintf("%s %s seven-day %s.", body, pr, nouns[n%len(nouns)]))
			c.n++
			if got := factStrings(r.Read(text, phrase.Context{Force: "british_transport_police"}).Facts); !slices.Equal(got, want) {
				c.fail("%q: read %v, want %v", text, got, want)
			}
		}
	}
	c.log()
}
