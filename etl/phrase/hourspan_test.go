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
// 5 knives"), and hours within which a charge came after the arrests
// before it ("Officers arrested 12 people and charged 5 within 24
// hours": the arrests read; review23 R13).
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
	// hours "within" which a charge came after the arrests before it are
	// counted from the arrests: the arrests stay the week's, the
	// charges are refused (review23 R13, which a80d0f0 lost); another
	// act than a charge, or the hours before the acts, govern them all
	for _, h := range []string{"24 hours", "48 hours", "36 hours", "72 hours"} {
		for _, form := range []string{"Officers arrested %s people and charged %s within %s.", "Officers arrested %s people and %s were charged within %s.",
			"Officers arrested %s people, and %s of them were charged within %s.", "Officers arrested %s people and charged %s within %s of their arrest.",
			"Officers arrested %s people, charging %s within %s."} {
			a, b := g.digits(), g.digits()
			text := fmt.Sprintf(form, a.text, b.text, h)
			c.n++
			if got, want := factStrings(read(text).Facts), []string{fmt.Sprintf("arrests/ people %v exact", a.value)}; !slices.Equal(got, want) {
				c.fail("%q: read %v, want %v", text, got, want)
			}
		}
		for _, form := range []string{"Officers arrested %s people and seized %s knives within %s.", "Within %[3]s, officers arrested %[1]s people and charged %[2]s.",
			"Officers arrested %s people, charged %s and seized 3 knives within %s.", "Officers charged %s people and arrested %s within %s.",
			// hours said of more than the charges, or counted from the
			// operation's start, before which the arrests came: a part
			// of the week for all (lost24; 8f05df9 read the arrests)
			"Officers arrested %s people and charged %s, all within %s.", "Officers arrested %s people and charged %s, both within %s.",
			"Officers arrested %s people and charged %s all within %s.", "Officers arrested %s people and charged %s within just %s.",
			"Officers arrested %s people and charged %s within %s of each other.", "Officers arrested %s people and charged %s within %s of the operation starting.",
			"Officers arrested %s people and %s were charged within %s of the start of the week.", "Officers arrested %s people and charged %s, within %s of the operation launching."} {
			a, b := g.digits(), g.digits()
			text := fmt.Sprintf(form, a.text, b.text, h)
			c.n++
			if got := factStrings(read(text).Facts); len(got) > 0 {
				c.fail("%q: read %v, want nothing (the hours may be the whole sentence's)", text, got)
			}
		}
	}
	// days or weeks "within" which a charge came, up to a fortnight,
	// are the charges' too (reread24 P9: "within two weeks" lost the
	// arrests); a month or more may be the whole sentence's, and the
	// arrests are refused with the charges
	for i, sp := range []string{"two weeks", "10 days", "14 days", "three days", "a month", "a year", "three months", "15 days", "six weeks"} {
		for _, form := range []string{"Officers arrested %s people and charged %s within %s.", "Officers arrested %s people and %s were charged within %s."} {
			a, b := g.digits(), g.digits()
			text := fmt.Sprintf(form, a.text, b.text, sp)
			var want []string
			if i < 4 {
				want = []string{fmt.Sprintf("arrests/ people %v exact", a.value)}
			}
			c.n++
			if got := factStrings(read(text).Facts); !slices.Equal(got, want) {
				c.fail("%q: read %v, want %v", text, got, want)
			}
		}
	}
	// the arrests' own stretch, another period or a part of the week,
	// is theirs: the charges' hours take nothing from it (reread24 P1:
	// "Officers arrested 12 people over the year and charged 5 within
	// 24 hours" drafted the 12)
	for i, own := range otherStretches {
		for j, form := range []string{"Officers arrested %s people %s and charged %s within 24 hours.", "Officers arrested %s people %s and %s were charged within 48 hours.",
			"%[2]s, officers arrested %[1]s people and charged %[3]s within 24 hours.", "Officers arrested %s people %s and charged %s within 10 days."} {
			a, b := g.digits(), g.digits()
			prep := []string{"over", "in", "during", "within", "throughout"}[(i+j)%5]
			text := capital(fmt.Sprintf(form, a.text, prep+" "+own, b.text))
			c.n++
			if got := factStrings(read(text).Facts); len(got) > 0 {
				c.fail("%q: read %v, want nothing (the arrests are of %q)", text, got, own)
			}
		}
	}
	// a period of hours, not hours counted from the arrests: the whole
	// sentence's (lost24; 8f05df9 read the arrests)
	for _, pd := range []string{"a 24-hour period", "a single 24-hour period", "a 48-hour period", "a 36-hour window"} {
		for _, form := range []string{"Officers arrested %s people and charged %s within %s.", "Officers arrested %s people and %s were charged within %s."} {
			a, b := g.digits(), g.digits()
			text := fmt.Sprintf(form, a.text, b.text, pd)
			c.n++
			if got := factStrings(read(text).Facts); len(got) > 0 {
				c.fail("%q: read %v, want nothing (the period may be the whole sentence's)", text, got)
			}
		}
	}
	c.log()
}
