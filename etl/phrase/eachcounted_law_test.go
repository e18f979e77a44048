package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestEachOfCountedLaw: a figure said after "each" of things a number
// before it counts, in the same clause ("Officers seized 3 packages
// each containing 1kg of cocaine", "4 bags each with 10g of cannabis",
// "4 men each carrying 2 knives") is each thing's, not the seizure's:
// it is not drafted (review24 V5); nor a figure said of "every" one of
// its doers ("Every team arrested 12 people"), as "each" is. Near misses
// keep the figure: the whole weight ("3kg of cocaine in 3 packages"),
// "each"/"every" in the object of an earlier verb ("Officers searched
// each address and seized 1kg of cocaine", "Officers visited every
// school and arrested 12 people"), a list after "and".
func TestEachOfCountedLaw(t *testing.T) {
	cases := releaseCases{}
	add := cases.add
	drugs := []releaseFig{
		{"1kg of cocaine", "drugs_seized", "cocaine", 1000},
		{"10g of cannabis", "drugs_seized", "cannabis", 10},
		{"250g of heroin", "drugs_seized", "heroin", 250},
		{"2 knives", "weapons_seized", "knife", 2},
		{"£500 in cash", "cash_seized", "", 500},
	}
	things := []string{"3 packages", "4 bags", "5 parcels", "two boxes", "6 vehicles", "3 men"}
	links := []string{"each containing", "each with", "each holding", "each carrying", "each having", "each of them containing"}
	for _, d := range drugs {
		for _, th := range things {
			for _, l := range links {
				add(fmt.Sprintf("Officers seized %s %s %s.", th, l, d.clause), d, false)
				add(fmt.Sprintf("During the week officers found %s %s %s.", th, l, d.clause), d, false)
			}
		}
		for _, keep := range []string{"Officers seized %s.", "Officers searched each address and seized %s.",
			"Officers visited every address and seized %s.", "Officers seized %s in 3 packages."} {
			add(fmt.Sprintf(keep, d.clause), d, true)
		}
	}
	for _, f := range releaseFigs {
		pred := strings.TrimPrefix(f.clause, "officers ")
		for _, one := range []string{"Every team", "Every officer", "Every district", "Every one of the teams", "During the week, every team"} {
			add(fmt.Sprintf("%s %s.", one, pred), f, false)
		}
		for _, keep := range []string{"Officers visited every school and %s.", "Officers searched every property and %s."} {
			add(capFirst(fmt.Sprintf(keep, f.clause)), f, true)
		}
	}
	releaseLaw(t, "TestEachOfCountedLaw", cases)
}
