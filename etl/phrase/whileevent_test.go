package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestWhileOneEventLaw: "while", "whilst" or "when" and a verb in -ing
// before one event ("they recovered knives while carrying out a stop
// and search", found.csv f1715; "whilst executing a warrant") say what
// was being done when, as "during a warrant" does: the clause's figures
// are that one event's, a part of the week's, and the event itself is
// no count of one. Each is refused with a message naming the words.
// Near misses stay read: the same words before events in the plural
// ("while carrying out stop and searches", "whilst executing
// warrants").
func TestWhileOneEventLaw(t *testing.T) {
	r := newReader(t)
	g := &lawGen{}
	c := &lawTally{t: t}
	openers := []string{"while", "whilst", "when"}
	events := []struct{ one, many string }{
		{"carrying out a stop and search", "carrying out stop and searches"},
		{"executing a warrant", "executing warrants"},
		{"conducting a search", "conducting searches"},
		{"carrying out a raid", "carrying out raids"},
		{"executing a search warrant", "executing search warrants"},
	}
	clauses := []struct{ text, want string }{
		{"officers recovered %s knives", "weapons_seized/knife count %v exact"},
		{"officers seized £%s in cash", "cash_seized/ gbp %v exact"},
		{"officers arrested %s people", "arrests/ people %v exact"},
		{"officers found %s mobile phones", "mobile_phones_seized/ count %v exact"},
	}
	for i, o := range openers {
		for j, e := range events {
			for k, cl := range clauses {
				if (i+j+k)%2 == 1 {
					continue
				}
				num := g.digits()
				body := fmt.Sprintf(cl.text, num.text)
				for _, text := range []string{capital(fmt.Sprintf("%s %s %s.", body, o, e.one)), capital(fmt.Sprintf("%s %s, %s.", o, e.one, body))} {
					c.n++
					rd := r.Read(text, phrase.Context{Force: "essex"})
					named := slices.ContainsFunc(rd.Messages, func(m phrase.Message) bool {
						return m.Code == phrase.CodeChangesMeaning && strings.Contains(strings.ToLower(m.Text), `"`+o+" "+strings.Fields(e.one)[0])
					})
					switch {
					case len(rd.Facts) > 0:
						c.fail("%q: read %v, want it refused as one event's", text, factStrings(rd.Facts))
					case !named:
						c.fail("%q: no message names %q: %v", text, o+" "+e.one, rd.Messages)
					}
				}
				want := []string{fmt.Sprintf(cl.want, num.value)}
				for _, text := range []string{capital(fmt.Sprintf("%s %s %s.", body, o, e.many)), capital(fmt.Sprintf("%s %s, %s.", o, e.many, body))} {
					c.n++
					if got := factStrings(r.Read(text, phrase.Context{Force: "essex"}).Facts); !slices.Equal(got, want) {
						c.fail("%q: read %v, want %v", text, got, want)
					}
				}
			}
		}
	}
	c.log()
}
