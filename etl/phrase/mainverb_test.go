package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestMainVerbAfterLaw: people described by what they are at risk of
// ("at risk of being exploited", "who are at risk", "who are
// vulnerable") and then the verb of their clause, a past participle
// after "were", are what that verb did to them. When the verb is
// another metric's ("were arrested", "were educated", "were charged",
// "were taken into custody") the figure is not the description's metric
// (safeguarded): it is never read as safeguarded, and a figure refused
// is named by a message. Near misses stay read: the same people with a
// verb safeguarded allows or does ("were identified", "were spoken to",
// "were supported", "were safeguarded"); a verb before the number
// ("Officers arrested 25 people who were at risk"); a verb of another
// clause after a comma or "and" ("25 vulnerable people were safeguarded
// and 12 knives were seized").
func TestMainVerbAfterLaw(t *testing.T) {
	r := newReader(t)
	g := &lawGen{}
	people := []string{
		"people at risk of being exploited",
		"people who are at risk",
		"people who are vulnerable",
		"people who are at risk of being exploited by drugs gangs",
		"people at risk of exploitation",
		"vulnerable adults",
	}
	other := []string{"arrested", "educated about the dangers of county lines", "charged", "taken into custody", "detained", "educated"}
	own := []string{"identified", "spoken to", "supported", "safeguarded", "visited", "engaged with"}
	c := &lawTally{t: t}
	fail := c.fail
	read := func(text string) phrase.Reading { return r.Read(text, phrase.Context{Force: "kent"}) }
	for i, who := range people {
		for j, verb := range other {
			h, num := g.hedge(), g.digits()
			text := capital(fmt.Sprintf("%s%s %s were %s.", h.text, num.text, who, verb))
			c.n++
			rd := read(text)
			named := slices.ContainsFunc(rd.Messages, func(m phrase.Message) bool {
				return m.Value != nil && *m.Value == num.value
			})
			for _, f := range rd.Facts {
				if f.Metric == "safeguarded" || strings.HasPrefix(f.Metric, "safeguarded_") {
					fail("%q: read %v, want no safeguarded figure", text, factStrings(rd.Facts))
					break
				}
			}
			if len(rd.Facts) == 0 && !named {
				fail("%q: no message names the figure: %v", text, rd.Messages)
			}
			// near misses: a verb safeguarded allows or does
			w := own[(i+j)%len(own)]
			text = capital(fmt.Sprintf("%s%s %s were %s.", h.text, num.text, who, w))
			c.n++
			metric := "safeguarded"
			if who == "vulnerable adults" {
				metric = "safeguarded_adult"
			}
			want := []string{fmt.Sprintf("%s/ people %v %s", metric, num.value, h.q)}
			if got := factStrings(read(text).Facts); !slices.Equal(got, want) {
				fail("%q: read %v, want %v", text, got, want)
			}
		}
	}
	// a pronoun with a verb of thought or saying before the clause's
	// verb does not make it another's: "25 people at risk we believe
	// were arrested" is still arrested, never safeguarded
	for _, who := range []string{"people at risk", "people at risk of being exploited", "vulnerable adults"} {
		for _, tell := range []string{"we believe", "they said", "police say", "we think"} {
			num := g.digits()
			text := capital(fmt.Sprintf("%s %s %s were arrested.", num.text, who, tell))
			c.n++
			for _, f := range read(text).Facts {
				if f.Metric == "safeguarded" || strings.HasPrefix(f.Metric, "safeguarded_") {
					fail("%q: read %v, want no safeguarded figure", text, factStrings(read(text).Facts))
					break
				}
			}
		}
	}
	// the verb before the number says what was done; a verb after a
	// comma or "and" is another clause's
	for _, tc := range []struct{ text, want string }{
		{"Officers arrested %s people who were at risk of being exploited.", "arrests/ people %v exact"},
		{"Officers arrested %s people who are vulnerable.", "arrests/ people %v exact"},
		{"%s vulnerable people were safeguarded and knives were seized.", "safeguarded/ people %v exact"},
		{"%s vulnerable people were safeguarded, and cannabis was seized.", "safeguarded/ people %v exact"},
		{"%s people were arrested, and people at risk of being exploited were safeguarded.", "arrests/ people %v exact"},
	} {
		num := g.digits()
		text := capital(fmt.Sprintf(tc.text, num.text))
		c.n++
		want := []string{fmt.Sprintf(tc.want, num.value)}
		var numbered []phrase.Fact // "and knives were seized": named with no number, its own
		for _, f := range read(text).Facts {
			if f.Value != nil {
				numbered = append(numbered, f)
			}
		}
		if got := factStrings(numbered); !slices.Equal(got, want) {
			fail("%q: read %v, want %v", text, got, want)
		}
	}
	c.log()
}
