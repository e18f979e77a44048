package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestToldOtherLaw: a figure in a clause reported without "that" after
// a verb of telling is the figure of whoever the clause names as doing
// it, not the teller's: "Kent Police said Essex Police arrested 12
// people", "A spokesman said the NCA seized 5 knives" are another
// body's (review22 X15); refused as the force's week and read as the
// other's. Near misses stay read: the force's own people after the
// telling ("Kent Police said officers arrested 12 people"), no doer ("...
// said 12 people were arrested"), the teller the force's and the
// reported clause the force's in a list with another's.
func TestToldOtherLaw(t *testing.T) {
	r := newReader(t)
	g := &lawGen{}
	c := &lawTally{t: t}
	tellers := []string{"Kent Police", "A spokesman", "Detective Inspector Smith", "The force", "Officers", "Superintendent Jones"}
	tells := []string{"said", "confirmed", "revealed", "announced", "reported"}
	others := []string{"Essex Police", "the NCA", "Border Force", "the Metropolitan Police", "British Transport Police", "SEROCU"}
	owns := []string{"officers", "Kent Police", "detectives", "Kent Police officers", "the force"}
	clauses := []struct{ text, want string }{
		{"%s arrested %s people", "arrests/ people %v exact"},
		{"%s seized %s knives", "weapons_seized/knife count %v exact"},
		{"%s executed %s warrants", "warrants/ count %v exact"},
	}
	n := 0
	read := func(text string) phrase.Reading { return r.Read(text, phrase.Context{Force: "kent"}) }
	for _, tl := range tellers {
		for _, tv := range tells {
			n++
			cl := clauses[n%len(clauses)]
			other := others[n%len(others)]
			num := g.digits()
			text := fmt.Sprintf("%s %s %s.", tl, tv, fmt.Sprintf(cl.text, other, num.text))
			c.n++
			rd := read(text)
			scoped := slices.ContainsFunc(rd.Scoped, func(s phrase.Scoped) bool { return s.Kind == phrase.ScopeOther })
			named := slices.ContainsFunc(rd.Messages, func(m phrase.Message) bool { return strings.Contains(m.Text, other) })
			switch {
			case len(rd.Facts) > 0:
				c.fail("%q: read %v, want it refused as %s's", text, factStrings(rd.Facts), other)
			case !scoped || !named:
				c.fail("%q: not read as %s's (scoped %v, messages %v)", text, other, rd.Scoped, rd.Messages)
			}
			// near misses: the force's own doer, or none
			own := owns[n%len(owns)]
			num = g.digits()
			want := []string{fmt.Sprintf(cl.want, num.value)}
			for _, text := range []string{
				fmt.Sprintf("%s %s %s.", tl, tv, fmt.Sprintf(cl.text, own, num.text)),
				fmt.Sprintf("%s %s %s.", tl, tv, strings.TrimPrefix(fmt.Sprintf(cl.text, "", num.text), " ")),
			} {
				if strings.HasPrefix(text, tl+" "+tv+" arrested") || strings.HasPrefix(text, tl+" "+tv+" seized") || strings.HasPrefix(text, tl+" "+tv+" executed") {
					text = fmt.Sprintf("%s %s %s", tl, tv, passive(cl.text, num.text))
				}
				c.n++
				if got := factStrings(read(text).Facts); !slices.Equal(got, want) {
					c.fail("%q: read %v, want %v", text, got, want)
				}
			}
			// a list: the force's figure, then another's after a comma
			// (without it, "officers arrested 12 people and Essex Police
			// arrested 3" refuses both, on main as before: not this law's)
			a, b := g.digits(), g.digits()
			text = fmt.Sprintf("%s %s officers arrested %s people, and %s arrested %s.", tl, tv, a.text, others[n%len(others)], b.text)
			c.n++
			if got, want := factStrings(read(text).Facts), []string{fmt.Sprintf("arrests/ people %v exact", a.value)}; !slices.Equal(got, want) {
				c.fail("%q: read %v, want %v", text, got, want)
			}
		}
	}
	c.log()
}

// passive says a clause of toldother's in the passive with no doer: "12
// people were arrested."
func passive(clause, num string) string {
	switch {
	case strings.Contains(clause, "arrested"):
		return num + " people were arrested."
	case strings.Contains(clause, "seized"):
		return num + " knives were seized."
	}
	return num + " warrants were executed."
}
