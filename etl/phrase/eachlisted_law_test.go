package phrase_test

import (
	"fmt"
	"testing"
)

// TestEachListedLaw: a distributive word said of things counted before
// a comma ("Officers seized 3 packages, each with 1kg of cocaine", "3
// bags, each holding 10g of cannabis"; review25 W4), of a place or a
// person after a preposition ("arrested 2 people at each of the 6
// addresses"; reread25 P14), or standing for all the things counted
// before ("Officers arrested 12 people. Every one was charged."; W4)
// makes the figure each one's, or no count at all: it is not drafted.
// Near misses stay drafted: the things themselves ("Officers seized 5
// knives, each with a blade": 5), a figure after "and" ("3 packages,
// each with a label, and 1kg of cocaine"), "One was charged", "One man
// was charged", no distributive word.
func TestEachListedLaw(t *testing.T) {
	drugs := []releaseFig{
		{"1kg of cocaine", "drugs_seized", "cocaine", 1000},
		{"10g of cannabis", "drugs_seized", "cannabis", 10},
		{"5g of heroin", "drugs_seized", "heroin", 5},
	}
	holders := []string{"3 packages", "4 bags", "two wraps", "6 parcels"}
	ways := []string{"each with", "each containing", "each holding", "every one with"}
	cases := releaseCases{}
	for i, d := range drugs {
		for j, h := range holders {
			for k, w := range ways {
				if (i+j+k)%2 == 0 {
					cases.add(fmt.Sprintf("Officers seized %s, %s %s.", h, w, d.clause), d, false)
				} else {
					cases.add(fmt.Sprintf("During the week, officers seized %s, %s %s.", h, w, d.clause), d, false)
				}
			}
			cases.add(fmt.Sprintf("Officers seized %s, each with a label, and %s.", h, d.clause), d, true)
			cases.add(fmt.Sprintf("Officers seized %s and %s.", h, d.clause), d, true)
		}
	}
	charged := releaseFig{metric: "charged", v: 1}
	for _, s := range []string{"Every one was charged.", "Each one was charged.", "Every one has been charged.",
		"Each one has since been charged."} {
		for _, f := range []string{"Officers arrested 12 people. %s", "Officers arrested 12 people; %s", "12 people were arrested. %s"} {
			cases.add(fmt.Sprintf(f, s), charged, false)
			cases.add(fmt.Sprintf(f, s), releaseFigs[0], true)
		}
	}
	for _, s := range []string{"Officers arrested 12 people. One was charged.", "Officers arrested 12 people. One man was charged."} {
		cases.add(s, charged, true)
	}
	for _, f := range releaseFigs {
		for _, at := range []string{"at each of the 6 addresses", "in each of the three districts", "at each of 4 addresses"} {
			cases.add(capFirst(fmt.Sprintf("%s %s.", f.clause, at)), f, false)
		}
		cases.add(capFirst(fmt.Sprintf("%s at 6 addresses.", f.clause)), f, true)
	}
	cases.add("Officers seized 5 knives, each with a blade.", releaseFigs[1], true)
	releaseLaw(t, "TestEachListedLaw", cases)
}
