package phrase_test

import (
	"fmt"
	"testing"
)

// TestJointReleaseLaw: a sentence of Kent's release with no figure of
// its own that says the work was joint with another force ("This was a
// joint week of action with Essex Police.", "The operation was run
// jointly with Sussex Police.", "Essex Police also took part.") makes
// every figure of the release the forces' together: none is drafted,
// before or after it (review26 R12; taking part, closing28 D6).
// A figure of the week in the joint sentence itself ("Officers arrested
// 12 people in a joint operation with Essex Police.") is the forces'
// together too, and leaves the release undrafted the same way.
// Joint work with no other force named ("with partners", "across
// Kent", "with Kent Police colleagues", "Partners also took part"), and
// another force's joint
// operation of another period with a figure of its own, leave the
// figures drafted.
func TestJointReleaseLaw(t *testing.T) {
	joints := []string{"This was a joint week of action with %s.", "It was a joint operation with %s.",
		"The operation was run jointly with %s.", "The week of action was a joint effort with %s.",
		// another force taking part says the same (closing28 D6)
		"%s also took part.", "Officers from %s took part in the operation.", "%s participated.",
		"%s also took part in the week of action.", "Officers from %s were taking part."}
	forces := []string{"Essex Police", "Sussex Police", "the Metropolitan Police", "Surrey Police"}
	own := []string{"This was a joint week of action with partners.", "This was a joint week of action across Kent.",
		"Officers worked jointly with Kent Police colleagues.", "It was a joint operation with local councils.",
		"Kent Police took part in the national week of action.", "Partners also took part.",
		"Local councils participated.", "Officers from across Kent took part."}
	cases := releaseCases{}
	for _, f := range releaseFigs {
		fig := capFirst(f.clause) + "."
		for _, j := range joints {
			for _, force := range forces {
				js := capFirst(fmt.Sprintf(j, force))
				cases.add(js+" "+fig, f, false)
				cases.add(fig+" "+js, f, false)
				cases.add(js+"\n\n"+fig, f, false)
			}
		}
		for _, o := range own {
			cases.add(o+" "+fig, f, true)
			cases.add(fig+" "+o, f, true)
		}
	}
	// things named with no number in the joint sentence are no figure
	// of it: the rule still holds (review28 W9 on 2ca35be)
	for _, f := range releaseFigs {
		fig := capFirst(f.clause) + "."
		for _, th := range []string{"drugs", "knives and machetes", "drugs and weapons", "heroin"} {
			for _, with := range []string{"Essex Police", "officers from Essex", "Sussex Police"} {
				js := fmt.Sprintf("Officers seized %s in a joint operation with %s.", th, with)
				cases.add(js+" "+fig, f, false)
				cases.add(fig+"\n\n"+js, f, false)
			}
		}
	}
	// a figure of the week said in the joint sentence is the forces'
	// together too, and so is every other figure of the release
	for _, f := range releaseFigs {
		for _, g := range releaseFigs {
			for _, j := range []string{"%s in a joint operation with %s.", "In a joint operation with %[2]s, %[1]s.", "%s during a joint week of action with %s."} {
				for _, force := range []string{"Essex Police", "Merseyside Police"} {
					js := capFirst(fmt.Sprintf(j, g.clause, force))
					cases.add(js, g, false)
					if g.metric != f.metric {
						cases.add(js+" "+capFirst(f.clause)+".", f, false)
						cases.add(capFirst(f.clause)+".\n\n"+js, f, false)
					}
				}
			}
		}
	}
	// a joint sentence whose figures are all another period's speaks of
	// other work
	cases.add("Last year's joint operation with Essex Police saw 30 arrests. Officers arrested 12 people.", releaseFigs[0], true)
	for _, f := range releaseFigs[1:] {
		cases.add("Last year's joint operation with Essex Police saw 30 arrests. "+capFirst(f.clause)+".", f, true)
		cases.add(capFirst(f.clause)+". In 2019 a joint operation with Essex Police saw 30 arrests.", f, true)
	}
	releaseLaw(t, "TestJointReleaseLaw", cases)
}
