package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestOneDayLaw: a figure said to be of one day or night ("In one night
// of targeted activity alone, six arrests were made", found.csv f1821;
// "On a single day, ...", "One morning, ...", "... in one night") is
// that day's, a part of the week's: it is refused, and a message names
// the words, opening the sentence or after the clause. Near misses stay
// read: one week, a single week, seven days, and the week itself in the
// same place.
func TestOneDayLaw(t *testing.T) {
	r := newReader(t)
	g := &lawGen{}
	c := &lawTally{t: t}
	preps := []string{"In", "On", "During", "Over", "Within", ""}
	ones := []string{"one", "a single", "just one"}
	days := []string{"day", "night", "morning", "evening"}
	clauses := []struct{ text, want string }{
		{"officers arrested %s people", "arrests/ people %v exact"},
		{"%s arrests were made", "arrests/ people %v exact"},
		{"officers seized %s knives", "weapons_seized/knife count %v exact"},
		{"officers executed %s warrants", "warrants/ count %v exact"},
	}
	own := []string{"In one week", "In a single week", "During one week of action", "Over seven days", "During the week"}
	n := 0
	for _, pr := range preps {
		for _, o := range ones {
			for _, d := range days {
				n++
				cl := clauses[n%len(clauses)]
				num := g.digits()
				body := fmt.Sprintf(cl.text, num.text)
				words := strings.TrimSpace(pr + " " + o + " " + d)
				if pr == "" {
					if o == "a single" {
						continue // "A single day, ..." opens no phrase of when
					}
					words = capital(words)
				}
				texts := []string{fmt.Sprintf("%s%s, %s.", words, []string{"", " alone", " of targeted activity"}[n%3], body)}
				if pr != "" {
					texts = append(texts, capital(fmt.Sprintf("%s %s.", body, strings.ToLower(words[:1])+words[1:])))
				}
				for _, text := range texts {
					c.n++
					rd := r.Read(text, phrase.Context{Force: "bedfordshire"})
					named := slices.ContainsFunc(rd.Messages, func(m phrase.Message) bool {
						return m.Code == phrase.CodeChangesMeaning && strings.Contains(strings.ToLower(m.Text), `"`+strings.ToLower(words)+`"`)
					})
					switch {
					case len(rd.Facts) > 0:
						c.fail("%q: read %v, want it refused as one day's", text, factStrings(rd.Facts))
					case !named:
						c.fail("%q: no message names %q: %v", text, words, rd.Messages)
					}
				}
				// near misses: the week, or an operation of its own, in its place
				ow := own[n%len(own)]
				want := []string{fmt.Sprintf(cl.want, num.value)}
				for _, text := range []string{fmt.Sprintf("%s, %s.", ow, body), capital(fmt.Sprintf("%s %s.", body, strings.ToLower(ow[:1])+ow[1:]))} {
					c.n++
					if got := factStrings(r.Read(text, phrase.Context{Force: "bedfordshire"}).Facts); !slices.Equal(got, want) {
						c.fail("%q: read %v, want %v", text, got, want)
					}
				}
			}
		}
	}
	c.log()
}
