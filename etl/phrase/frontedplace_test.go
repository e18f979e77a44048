package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestFrontedOneEventLaw: "the" and one event's or place's noun after a
// preposition opening the sentence ("At the property several mobile
// phones and £4,500 in cash was seized", found.csv f1800; "During the
// raid, ...") name the one address, raid or search the sentences before
// spoke of: the clause's figures are that part's, refused with a
// message naming the words. Near misses stay read: the plural ("At the
// addresses, ..."), the same words after the clause ("... from the
// address", found.csv f363: left to the text, as before), and a
// fronted phrase of no event ("At the same time", "During the week",
// "In the operation").
func TestFrontedOneEventLaw(t *testing.T) {
	r := newReader(t)
	g := &lawGen{}
	c := &lawTally{t: t}
	events := []struct{ prep, noun, plural string }{
		{"At", "property", "properties"}, {"At", "address", "addresses"}, {"From", "address", "addresses"},
		{"In", "house", "houses"}, {"At", "flat", "flats"}, {"At", "premises", ""}, {"During", "raid", "raids"},
		{"During", "search", "searches"}, {"In", "vehicle", "vehicles"}, {"From", "car", "cars"},
	}
	clauses := []struct{ text, want string }{
		{"officers seized %s knives", "weapons_seized/knife count %v exact"},
		{"£%s in cash was seized", "cash_seized/ gbp %v exact"},
		{"officers arrested %s people", "arrests/ people %v exact"},
		{"officers found %s mobile phones", "mobile_phones_seized/ count %v exact"},
	}
	notEvent := []string{"At the same time", "During the week", "In the operation", "At the end of the week", "During the week of action"}
	for i, e := range events {
		for j, cl := range clauses {
			num := g.digits()
			body := fmt.Sprintf(cl.text, num.text)
			words := e.prep + " the " + e.noun
			text := fmt.Sprintf("%s%s %s.", words, []string{",", ""}[(i+j)%2], body)
			c.n++
			rd := r.Read(text, phrase.Context{Force: "metropolitan"})
			named := slices.ContainsFunc(rd.Messages, func(m phrase.Message) bool {
				return m.Code == phrase.CodeChangesMeaning && strings.Contains(m.Text, `"`+words+`"`)
			})
			switch {
			case len(rd.Facts) > 0:
				c.fail("%q: read %v, want it refused as one event's", text, factStrings(rd.Facts))
			case !named:
				c.fail("%q: no message names %q: %v", text, words, rd.Messages)
			}
			want := []string{fmt.Sprintf(cl.want, num.value)}
			near := []string{fmt.Sprintf("%s, %s.", notEvent[(i+j)%len(notEvent)], body)}
			if e.plural != "" {
				near = append(near, fmt.Sprintf("%s the %s, %s.", e.prep, e.plural, body))
			}
			if j != 1 {
				near = append(near, capital(fmt.Sprintf("%s %s the %s.", body, strings.ToLower(e.prep), e.noun)))
			}
			for _, text := range near {
				c.n++
				if got := factStrings(r.Read(text, phrase.Context{Force: "metropolitan"}).Facts); !slices.Equal(got, want) {
					c.fail("%q: read %v, want %v", text, got, want)
				}
			}
		}
	}
	c.log()
}
