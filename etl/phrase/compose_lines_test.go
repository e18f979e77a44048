package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

func init() { lawRecall = append(lawRecall, lawLineWordsCases) }

// lawLineWordsCases: lines are "disconnected" (metrics.csv, lines_closed
// actions), and "graft lines" and "supply routes" are lines
// (lines_closed objects; a graft line's phones are deal line phones):
// "7 deal lines were disconnected", "Officers closed down 3 supply
// routes into the county", "with 7 graft lines closed". Refused, each
// with a message: a thing that is no line ("phones were disconnected"),
// a verb of no line metric ("identified", "found"), a plan ("will be"),
// "not", another period ("Last year,", "in the year up to Sunday"), one
// day, a part of the area ("In Dover,"), the region or the country
// ("across the country", "Nationally,"). Every number is one g.num()
// draw.
func lawLineWordsCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(n lawNum) pbRow { return pbRow{metric: "NONE", value: &n.value} }
	lines := func(n lawNum) []pbRow { return []pbRow{fact("lines_closed", "", "count", n.value, "exact")} }
	nouns := []string{"deal lines", "graft lines", "county lines", "supply routes", "drug supply routes", "drugs supply routes"}
	for i, noun := range nouns {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s were disconnected.", n.text, noun)), lines(n)})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers disconnected %s %s.", n.text, noun), lines(n)})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers closed down %s %s into the county.", n.text, noun), lines(n)})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("30 mobile devices were also recovered, with %s %s closed.", n.text, noun),
			append([]pbRow{fact("mobile_phones_seized", "", "count", 30, "exact")}, lines(n)...)})
		for j, f := range []string{
			"%s %s will be disconnected.", "%s %s were not disconnected.", "Last year, %s %s were disconnected.",
			"%s %s were disconnected in the year up to Sunday.", "In Dover, %s %s were disconnected.",
			"Nationally, %s %s were disconnected.", "Officers disconnected %s %s across the country.",
			"%s %s were identified.", "Officers found %s %s.", "%s %s were disconnected on Monday.",
		} {
			if (i+j)%2 == 0 {
				n := g.num()
				out = append(out, lawCase{capital(fmt.Sprintf(f, n.text, noun)), []pbRow{none(n)}})
			}
		}
	}
	for _, thing := range []string{"phones", "mobile phones", "handsets", "vehicles"} {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s were disconnected.", n.text, thing)), []pbRow{none(n)}})
	}
	n := g.num()
	out = append(out, lawCase{capital(fmt.Sprintf("%s graft line phones were seized.", n.text)), []pbRow{fact("deal_line_phones_seized", "", "count", n.value, "exact")}})
	// "previously" in a relative clause describes what the figure counts
	// when the figure opens with an article ("a dozen") or an age stands
	// between it and the clause ("aged 17 and under"): the draws once put
	// these together and they were refused (changer.go describesCounted).
	out = append(out,
		lawCase{"Officers detained a dozen people aged 17 and under that had previously been targeted.", []pbRow{fact("arrests_under_18", "", "people", 12, "exact")}},
		lawCase{"Officers put out of action a dozen drugs networks that had previously been targeted.", lines(lawNum{"a dozen", 12})})
	return out
}

// TestIncludesOtherForce: in Kent's text, a figure said to include
// another force's area or a wider one, with no figure of its own ("7,
// including Essex", "12 arrests including London") is not Kent's own:
// no fact, a message. A part of Kent's area ("including Medway") and
// people ("including children") leave it Kent's.
func TestIncludesOtherForce(t *testing.T) {
	r := newReader(t)
	cases := map[string]int{
		"Officers arrested 12 people, including Essex.":           0,
		"12 arrests were made including London and Essex.":        0,
		"7 deal lines were disconnected, including Essex Police.": 0,
		"Police made 12 arrests, including the South East.":       0,
		"Police made 12 arrests, including Medway.":               1,
		"Police made 12 arrests, including children.":             1,
		"Police made 12 arrests, including in Medway.":            1,
	}
	for text, want := range cases {
		rd := r.Read(text, phrase.Context{Force: "kent"})
		if len(rd.Facts) != want {
			t.Errorf("%q: %d facts %v, want %d", text, len(rd.Facts), rd.Facts, want)
		}
		if want == 0 && len(rd.Messages) == 0 {
			t.Errorf("%q: no fact and no message", text)
		}
	}
	for _, heading := range []string{"Arrests", "Lines closed", "Deal lines disconnected"} {
		for _, cell := range []string{"7, including Essex", "7 (including Essex)", "7 including London", "7, including Essex Police"} {
			if rd := r.Read(cell, phrase.Context{Heading: heading, Force: "kent"}); len(rd.Facts) > 0 || len(rd.Messages) == 0 {
				t.Errorf("%q │ %q: facts %v, messages %v; want none read and a message", heading, cell, rd.Facts, rd.Messages)
			}
		}
	}
}
