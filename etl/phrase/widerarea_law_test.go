package phrase_test

import (
	"fmt"
	"testing"
)

// thereFigs are figures said after "there were", each with the fact it
// drafts alone ("There were 43 arrests": arrests 43).
var thereFigs = []releaseFig{
	{"43 arrests", "arrests", "", 43},
	{"43 arrests made", "arrests", "", 43},
	{"5 knives seized", "weapons_seized", "knife", 5},
	{"7 warrants executed", "warrants", "", 7},
	{"43 arrests and drugs seized", "arrests", "", 43},
}

// TestWiderAreaLaw: a wider area than Kent's, opening the sentence or
// closing it, makes Kent's release's figure that area's, not Kent's:
// "Across the country there were 43 arrests", "Regionally, officers
// arrested 12 people", "Officers made 43 arrests across the south
// east" (Kent is in the South East region), "Nationally officers
// arrested 12 people" are not drafted, however the clause after the
// place begins (reread28 P1). Kent's own whole
// area in the same places ("Across Kent there were 43 arrests",
// "Across the force area, ..."), and "regionally" describing a noun
// ("A regionally coordinated operation saw ..."), leave the figure
// drafted.
func TestWiderAreaLaw(t *testing.T) {
	wider := []string{"Across the country", "Across the region", "Across the south east", "Throughout the south-east",
		"Across the UK", "Throughout the region",
		// review29 R1: a region's name with "region", in one word,
		// "wider", "elsewhere"
		"Across the south east region", "Across the southeast", "Throughout the southeast region", "Across the wider region",
		"In the wider region", "Across the wider south east", "Elsewhere in the region"}
	own := []string{"Across Kent", "Across the county", "Throughout Kent", "Across Kent and Medway"}
	cases := releaseCases{}
	for _, f := range thereFigs {
		for _, w := range wider {
			cases.add(fmt.Sprintf("%s there were %s.", w, f.clause), f, false)
			cases.add(fmt.Sprintf("%s, there were %s.", w, f.clause), f, false)
		}
		cases.add(fmt.Sprintf("Regionally, there were %s.", f.clause), f, false)
		for _, o := range own {
			cases.add(fmt.Sprintf("%s there were %s.", o, f.clause), f, true)
		}
	}
	for _, f := range releaseFigs {
		for _, w := range wider {
			cases.add(fmt.Sprintf("%s, %s.", w, f.clause), f, false)
			cases.add(fmt.Sprintf("%s %s.", capFirst(f.clause), lower(w)), f, false)
		}
		cases.add(fmt.Sprintf("Regionally, %s.", f.clause), f, false)
		cases.add(fmt.Sprintf("Regionally %s.", f.clause), f, false)
		cases.add(fmt.Sprintf("Nationally %s.", f.clause), f, false)
		for _, o := range own {
			cases.add(fmt.Sprintf("%s, %s.", o, f.clause), f, true)
		}
		cases.add(fmt.Sprintf("In a regionally coordinated operation, %s.", f.clause), f, true)
	}
	cases.add("Regionally, 43 arrests were made.", releaseFigs[2], false)
	// the week's events across a region are that region's (drafts29 N2)
	for _, f := range releaseFigs {
		for _, at := range []string{"in raids across the south east", "during raids across the southeast", "at addresses across the south east region", "in raids throughout the wider region"} {
			cases.add(fmt.Sprintf("%s %s.", capFirst(f.clause), at), f, false)
		}
		cases.add(fmt.Sprintf("%s in raids across Kent.", capFirst(f.clause)), f, true)
	}
	releaseLaw(t, "TestWiderAreaLaw", cases)
}

// lower writes a sentence's opening words as they stand inside one.
func lower(s string) string { return string(s[0]+'a'-'A') + s[1:] }
