package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestHoursSpanLaw: a figure said to be of a stretch of hours shorter
// than the week after a preposition of when ("In one 24-hour period,
// officers arrested 12 people", reread22 S2, drafted Arrests 1: the
// "one" was read as the count; "Over a 48-hour period, ...", "...
// within 36 hours") is a part of the week's: it is refused, a message
// names the words, and the "one" before the span is no figure. Near
// misses stay read: the week's own length (168 hours, seven days), a
// stretch of hours that names an operation ("A 24-hour operation saw 12
// arrests", "Over 24 hours of action, ..."), hours after the figure
// that say when something else was done ("... and 24 hours later seized
// 5 knives").
func TestHoursSpanLaw(t *testing.T) {
	r := newReader(t)
	g := &lawGen{}
	c := &lawTally{t: t}
	preps := []string{"In", "Over", "Within", "During"}
	counts := []string{"one ", "a ", "a single ", "just ", ""}
	spans := []struct {
		words  string
		needsA bool // a hyphened span wants a count or an article before it
	}{
		{"24-hour period", true}, {"48-hour period", true}, {"36-hour window", true}, {"12-hour spell", true},
		{"24 hours", false}, {"48 hours", false}, {"72 hrs", false}, {"six hours", false},
	}
	clauses := []struct{ text, want string }{
		{"officers arrested %s people", "arrests/ people %v exact"},
		{"%s arrests were made", "arrests/ people %v exact"},
		{"officers seized %s knives", "weapons_seized/knife count %v exact"},
		{"officers executed %s warrants", "warrants/ count %v exact"},
	}
	n := 0
	read := func(text string) phrase.Reading { return r.Read(text, phrase.Context{Force: "bedfordshire"}) }
	for _, pr := range preps {
		for _, o := range counts {
			for _, s := range spans {
				if s.needsA == (o == "" || o == "just ") || !s.needsA && o != "" && o != "just " {
					continue // "In 24-hour period", "In one 24 hours": not English
				}
				n++
				cl := clauses[n%len(clauses)]
				num := g.digits()
				body := fmt.Sprintf(cl.text, num.text)
				words := pr + " " + o + s.words
				for _, text := range []string{fmt.Sprintf("%s, %s.", words, body), capital(fmt.Sprintf("%s %s.", body, strings.ToLower(words[:1])+words[1:]))} {
					c.n++
					rd := read(text)
					flat := strings.ToLower(words) // as written: "24-hour", not "24hour"
					named := slices.ContainsFunc(rd.Messages, func(m phrase.Message) bool {
						return m.Code == phrase.CodeChangesMeaning && strings.Contains(strings.ToLower(m.Text), `"`+flat+`"`)
					})
					one := slices.ContainsFunc(rd.Scoped, func(f phrase.Scoped) bool { return f.Value != nil && *f.Value == 1 })
					switch {
					case len(rd.Facts) > 0:
						c.fail("%q: read %v, want it refused as a part of the week's", text, factStrings(rd.Facts))
					case !named:
						c.fail("%q: no message names %q: %v", text, words, rd.Messages)
					case one:
						c.fail("%q: the count of the span read as a figure: %v", text, rd.Scoped)
					}
				}
			}
		}
	}
	// near misses: the week's own length, an operation of hours, hours
	// that say when another thing was done
	near := []string{"In 168 hours, %s.", "Over a 168-hour period, %s.", "Over seven days, %s.", "In a seven-day period, %s.",
		"Over 24 hours of action, %s.", "During the week of action, %s."}
	for i, form := range near {
		for j, cl := range clauses {
			num := g.digits()
			text := capital(fmt.Sprintf(form, fmt.Sprintf(cl.text, num.text)))
			want := []string{fmt.Sprintf(cl.want, num.value)}
			if (i+j)%2 == 1 {
				continue
			}
			c.n++
			if got := factStrings(read(text).Facts); !slices.Equal(got, want) {
				c.fail("%q: read %v, want %v", text, got, want)
			}
		}
	}
	for _, form := range []string{"A %d-hour operation saw %s arrests.", "A %d-hour crackdown saw %s arrests."} {
		for _, h := range []int{24, 48, 72} {
			num := g.digits()
			text := fmt.Sprintf(form, h, num.text)
			c.n++
			if got, want := factStrings(read(text).Facts), []string{fmt.Sprintf("arrests/ people %v exact", num.value)}; !slices.Equal(got, want) {
				c.fail("%q: read %v, want %v", text, got, want)
			}
		}
	}
	for _, h := range []string{"24 hours later", "48 hours later", "within hours"} {
		a, b := g.digits(), g.digits()
		text := fmt.Sprintf("Officers arrested %s people and %s seized %s knives.", a.text, h, b.text)
		c.n++
		want := []string{fmt.Sprintf("arrests/ people %v exact", a.value), fmt.Sprintf("weapons_seized/knife count %v exact", b.value)}
		if got := factStrings(read(text).Facts); !slices.Equal(got, want) {
			c.fail("%q: read %v, want %v", text, got, want)
		}
	}
	c.log()
}
