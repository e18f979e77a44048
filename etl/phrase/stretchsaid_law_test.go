package phrase_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// otherStretches are lengths of time longer than the week, or a part
// of it, as said after a preposition of when.
var otherStretches = []string{
	"two weeks", "a fortnight", "a month", "the month", "the year", "a year", "14 days", "10 days", "eight weeks",
	"several weeks", "a couple of weeks", "two weekends", "three months", "the two-week period", "a 12-month period",
	"a month-long operation", "the fortnight", "a couple of months", "nine days", "18 months",
	"two weeks of action", "14 days of action", "a month of action", "a fortnight of intensification", "a year of activity",
	"ten days of action", "eight weeks of action",
	"two days", "five days", "48 hours", "several days", "a couple of days", "a day", "three nights", "the weekend",
	"a 48-hour period", "six days",
}

// weekStretches are the week's own length, as said after a
// preposition of when.
var weekStretches = []string{"seven days", "a week", "one week", "the seven days", "a seven-day period", "7 days", "the week",
	"seven days of action", "the week of action", "a week of action", "the seven days of action"}

// TestStretchSaidLaw: a stretch of time said of a figure without "past"
// or "last" is read for its length, however it is said (review24 V4,
// reread24 P3): a count (digits, words, "a", "the", "a couple of",
// "several") of a unit (hours, days, nights, weeks, weekends, a
// fortnight, months, years), said as a thing ("a two-week period", "a
// month-long operation") or "of action", after a preposition of when
// ("over", "in", "during", "within", "across", "throughout", "for") or
// a frame ("in the space of", "over the course of", "over a period of")
// or a bound ("in just over", "in little over", "in more than", "in
// under"), before the figure, after it, or after a later figure of the
// same sentence, or followed by "ago". Seven days exactly are the
// week, and the figure is drafted; a longer stretch is another period,
// a shorter one a part of the week, a bounded one not the week: none is
// drafted. The week said as "the week of action", "the intensification
// week", "the seven days", "last week" is drafted.
func TestStretchSaidLaw(t *testing.T) {
	other, week := otherStretches, weekStretches
	intros := []string{"over", "in", "during", "within", "across", "throughout", "for",
		"in the space of", "over the course of", "over a period of"}
	bounds := []string{"in just over", "in little over", "in more than", "in under", "over more than", "in less than"}
	cases := releaseCases{}
	place := stretchPlacer(cases)
	for i, f := range releaseFigs {
		for j, in := range intros {
			for k, l := range other {
				if (j+k+i)%3 == 0 {
					place(f, in+" "+l, false)
				}
			}
			for _, l := range week {
				place(f, in+" "+l, true)
			}
		}
		for _, b := range bounds {
			for k, l := range append(append([]string{}, other...), week[:5]...) {
				if (k+i)%4 == 0 {
					place(f, b+" "+l, false)
				}
			}
		}
		for _, l := range []string{"two weeks ago", "a month ago", "a year ago", "a week ago", "three days ago", "a fortnight ago",
			"for two weeks running", "for a month running"} {
			place(f, l, false)
		}
		for _, own := range []string{"during the intensification week", "last week", "over the week of action",
			"over the past seven days", "during the week"} {
			place(f, own, true)
		}
	}
	releaseLaw(t, "TestStretchSaidLaw", cases)
}

// stretchPlacer adds to cases a figure with a stretch said of it, each
// call in the next of four places: after the figure, before it with and
// without a comma, and after a later figure of the same sentence.
func stretchPlacer(cases releaseCases) func(f releaseFig, stretch string, want bool) {
	n := 0
	return func(f releaseFig, stretch string, want bool) {
		n++
		g := releaseFigs[1] // a later figure of the same sentence
		if f.metric == g.metric {
			g = releaseFigs[5]
		}
		switch n % 4 {
		case 0:
			cases.add(fmt.Sprintf("%s %s.", capFirst(f.clause), stretch), f, want)
		case 1:
			cases.add(fmt.Sprintf("%s, %s.", capFirst(stretch), f.clause), f, want)
		case 2:
			cases.add(fmt.Sprintf("%s %s.", capFirst(stretch), f.clause), f, want)
		case 3:
			cases.add(fmt.Sprintf("%s and %s %s.", capFirst(f.clause), g.clause, stretch), f, want)
		}
	}
}

// TestStretchInCellLaw: a return's cell that says its figure's stretch
// after it ("43 over two weeks", "43 over two weekends", "43 over two
// days") is read by the same reader as a release's sentence: another
// period or a part of the week, no figure of the week (the cell's
// reading left them unread and loaded 43). The week's own length ("43
// over the seven days", "43 during the week of action", "43 over the
// week") is read.
func TestStretchInCellLaw(t *testing.T) {
	r := newReader(t)
	c := &lawTally{t: t}
	intros := []string{"over", "in", "during", "within", "across", "for", "over the course of", "in just over", "in under"}
	for i, in := range intros {
		for j, l := range otherStretches {
			if (i+j)%2 != 0 {
				continue
			}
			text := fmt.Sprintf("43 %s %s", in, l)
			c.n++
			if got := factStrings(r.Read(text, phrase.Context{Force: "kent", Heading: "Arrests"}).Facts); len(got) > 0 {
				c.fail("%q under Arrests: read %v, want nothing (%q is not the week)", text, got, in+" "+l)
			}
		}
	}
	for _, own := range []string{"over the seven days", "during the week of action", "over the week", "during the week", "over 7 days of action", "across the seven days"} {
		text := "43 " + own
		c.n++
		if got, want := factStrings(r.Read(text, phrase.Context{Force: "kent", Heading: "Arrests"}).Facts), []string{"arrests/ people 43 exact"}; !slices.Equal(got, want) {
			c.fail("%q under Arrests: read %v, want %v", text, got, want)
		}
	}
	c.log()
}
