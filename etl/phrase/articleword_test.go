package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestArticleWordBeforeNumberLaw: a word nobody taught us between an
// article and a figure's number ("And a least 23 people were
// identified", *sic* for "at least"; "a whopping 23 arrests") is said
// of the number, as "an estimated", "a further" and "a total of" are,
// and may say how near it is: the figure is refused with a message
// naming the word, never read as exact. Near misses stay read: a word
// the lexicon knows in that place ("a further", "an estimated", "at
// least"), no article before an unknown word ("In addition 23 people
// were arrested", "has seen 23 people arrested": a phrase that ends
// before the figure), and the figure with no word at all.
func TestArticleWordBeforeNumberLaw(t *testing.T) {
	r := newReader(t)
	g := &lawGen{}
	// words the lexicon does not know: a hedge's typo and made-up words
	unknown := []string{"least", "glarvish", "snorbing", "quimbly"}
	type frame struct {
		text   string // %[1]s the article and word, %[2]s the number
		money  bool
		metric string
		unit   string
	}
	frames := []frame{
		{"%[1]s %[2]s people were arrested.", false, "arrests", "people"},
		{"And %[1]s %[2]s people were identified as being vulnerable and at risk of exploitation.", false, "safeguarded", "people"},
		{"Police made %[1]s %[2]s arrests during the week.", false, "arrests", "people"},
		{"In total, %[1]s %[2]s vulnerable people were safeguarded.", false, "safeguarded", "people"},
		{"During the week %[1]s %[2]s warrants were executed.", false, "warrants", "count"},
		{"Officers seized cash totalling %[1]s %[2]s.", true, "cash_seized", "gbp"},
		{"%[1]s %[2]s in cash was seized.", true, "cash_seized", "gbp"},
	}
	c := &lawTally{t: t}
	fail := c.fail
	for _, f := range frames {
		for i, w := range unknown {
			num := g.digits()
			if f.money {
				num = g.money()
			}
			art := "a"
			if i%2 == 1 {
				art = "an" // "an glarvish": the article's form is not read
			}
			lead := art + " " + w
			text := fmt.Sprintf(f.text, lead, num.text)
			if strings.HasPrefix(f.text, "%[1]s") {
				text = capital(text)
			}
			c.n++
			rd := r.Read(text, phrase.Context{Force: "kent"})
			named := slices.ContainsFunc(rd.Messages, func(m phrase.Message) bool {
				return m.Code == phrase.CodeUnknownWord && strings.Contains(m.Text, `"`+w+`"`)
			})
			switch {
			case len(rd.Facts)+len(rd.Scoped) > 0:
				fail("%q: read %v, want the figure refused", text, factStrings(rd.Facts))
			case !named:
				fail("%q: no message names %q: %v", text, w, rd.Messages)
			}
			// near misses: a known word, or none, in the same place
			for _, k := range []struct{ lead, q string }{
				{"a further", "exact"}, {"an estimated", "approximately"}, {"at least", "at_least"}, {"", "exact"},
			} {
				if f.money && k.lead == "a further" {
					continue // "cash totalling a further £750": not said
				}
				text := strings.TrimSpace(fmt.Sprintf(f.text, k.lead, num.text))
				text = strings.ReplaceAll(text, "  ", " ")
				if strings.HasPrefix(f.text, "%[1]s") {
					text = capital(text)
				}
				c.n++
				want := []string{fmt.Sprintf("%s/ %s %v %s", f.metric, f.unit, num.value, k.q)}
				if got := factStrings(r.Read(text, phrase.Context{Force: "kent"}).Facts); !slices.Equal(got, want) {
					fail("%q: read %v, want %v", text, got, want)
				}
			}
		}
	}
	// an unknown word with no article before it ends a phrase of its own
	for _, text := range []string{
		"In addition %s people were arrested.",
		"The week of action has seen %s people arrested.",
		"As part of the action %s people were arrested.",
	} {
		num := g.digits()
		text = fmt.Sprintf(text, num.text)
		c.n++
		want := []string{fmt.Sprintf("arrests/ people %v exact", num.value)}
		if got := factStrings(r.Read(text, phrase.Context{Force: "kent"}).Facts); !slices.Equal(got, want) {
			fail("%q: read %v, want %v", text, got, want)
		}
	}
	c.log()
}

// lawTally counts a law's phrases and its failures, for the law's
// message of how many failed ("28 of 135 phrases failed").
type lawTally struct {
	t         *testing.T
	failed, n int
}

func (c *lawTally) fail(format string, args ...any) {
	c.t.Helper()
	c.failed++
	c.t.Errorf(format, args...)
}

func (c *lawTally) log() {
	c.t.Helper()
	c.t.Logf("%d of %d phrases failed", c.failed, c.n)
}
