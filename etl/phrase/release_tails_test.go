package phrase_test

import (
	"fmt"
	"testing"
)

// TestReleaseTailSaysLaw: a clause set off after a release sentence's
// last figure that says, in words the reader knows, what its figures are
// not refuses them: a hedge alone (which figures it hedges is not said),
// a whole wider than the force's or shared, a year, the week not over,
// another area. Near misses stay drafted: the force's own whole
// ("county-wide", "force-wide", "across Kent"), a word of the total
// ("altogether", "in total", "overall"), the week's own year ("-
// 2021", review21 V21), praise ("- a fantastic
// result"), the force's telling, and a clause that names the week of
// action with such a word in it ("as part of a national week of
// action").
func TestReleaseTailSaysLaw(t *testing.T) {
	refused := []string{
		", approximately", ", approx", " - approx", ", roughly", ", or thereabouts", ", give or take", ", or so",
		" - joint", " - regional", " - national", ", regionally", ", a joint result",
		" - 2020", ", 2019", ", so far this week", " - 2019", " – 2020", " - 2022",
		", outside the county", ", out of county", " - beyond the force area", ", outside Kent",
		" - a provisional result", " - a partial result",
	}
	drafted := []string{
		"", " - a fantastic result", ", a great week's work", ", county-wide", ", altogether", ", in total", ", overall",
		", force-wide", ", across Kent", ", as part of a national week of action", ", officers said",
		" - 2021", " – 2021", " - October 2021",
	}
	cases := releaseCases{}
	both := map[string]releaseFig{}
	for _, f := range releaseFigs {
		if _, ok := both[f.metric+f.item]; !ok {
			both[f.metric+f.item] = f
		}
	}
	arrests, knives := both["arrests"], both["weapons_seizedknife"]
	for _, f := range releaseFigs {
		for _, tail := range refused {
			cases.add(fmt.Sprintf("%s%s.", capFirst(f.clause), tail), f, false)
		}
		for _, tail := range drafted {
			cases.add(fmt.Sprintf("%s%s.", capFirst(f.clause), tail), f, true)
		}
	}
	for _, f := range []releaseFig{arrests, knives} {
		for _, tail := range refused {
			cases.add(fmt.Sprintf("Officers arrested 12 people and seized 5 knives%s.", tail), f, false)
		}
		for _, tail := range drafted {
			cases.add(fmt.Sprintf("Officers arrested 12 people and seized 5 knives%s.", tail), f, true)
		}
	}
	releaseLaw(t, "TestReleaseTailSaysLaw", cases)
}
