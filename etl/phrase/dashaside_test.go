package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestPeriodAcrossDashAsideLaw: words of another period that open a
// sentence ("Since Operation Orochi", "Last year", "Over the summer")
// govern the clause an aside in dashes interrupts ("Since Operation
// Orochi – the name given to the Met's County Lines initiative – more
// than 800 county lines have been shut down", found.csv f1797), as
// they govern it across a bracket: every figure after the aside is
// refused, and a message names the period's words. Near misses stay
// read: the week itself opening the sentence with the same asides
// ("During the week of action – the force's third – officers arrested
// 12 people"), and a clause with no period before the aside.
func TestPeriodAcrossDashAsideLaw(t *testing.T) {
	r := newReader(t)
	g := &lawGen{}
	c := &lawTally{t: t}
	other := []string{"Since Operation Orochi", "Since the operation began", "Since its launch in 2019", "Last year", "Over the summer", "In 2020", "Since 2019"}
	own := []string{"During the week of action", "This week", "Over the week", "During the intensification week", "As part of the operation"}
	asides := []string{
		"– the name given to the force's county lines initiative –",
		"– the busiest on record –",
		"– which was led by the county lines team –",
		"- a joint effort with partners -",
	}
	clauses := []struct{ text, want string }{
		{"officers arrested %s people", "arrests/ people %v exact"},
		{"%s knives have been seized", "weapons_seized/knife count %v exact"},
		{"%s county lines have been shut down", "lines_closed/ count %v exact"},
		{"officers safeguarded %s vulnerable people", "safeguarded/ people %v exact"},
	}
	for i, a := range asides {
		for j, cl := range clauses {
			num := g.digits()
			body := fmt.Sprintf(cl.text, num.text)
			want := []string{fmt.Sprintf(cl.want, num.value)}
			for k, o := range other {
				if (i+j+k)%2 == 1 {
					continue
				}
				text := fmt.Sprintf("%s %s %s.", o, a, body)
				c.n++
				rd := r.Read(text, phrase.Context{Force: "metropolitan"})
				named := slices.ContainsFunc(rd.Messages, func(m phrase.Message) bool {
					return m.Code == phrase.CodeChangesMeaning && slices.ContainsFunc(strings.Fields(o), func(w string) bool { return strings.Contains(m.Text, `"`+w) || strings.Contains(m.Text, w+`"`) })
				})
				switch {
				case len(rd.Facts) > 0:
					c.fail("%q: read %v, want it refused as another period's", text, factStrings(rd.Facts))
				case !named:
					c.fail("%q: no message names %q: %v", text, o, rd.Messages)
				}
			}
			for _, text := range []string{
				fmt.Sprintf("%s %s %s.", own[(i+j)%len(own)], a, body),
				fmt.Sprintf("%s %s %s.", own[(i+j+2)%len(own)], a, body),
				capital(fmt.Sprintf("%s %s and more work is planned.", body, a)),
			} {
				c.n++
				if got := factStrings(r.Read(text, phrase.Context{Force: "metropolitan"}).Facts); !slices.Equal(got, want) {
					c.fail("%q: read %v, want %v", text, got, want)
				}
			}
		}
	}
	c.log()
}
