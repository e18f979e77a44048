package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawWhenOrWhyCases) }

// lawWhenOrWhyCases: a phrase of when or why after a figure with no
// noun of its own ("as part of a crackdown on county lines", "during
// the national week of action against county lines", "following a
// crackdown on knife crime") says when or why the thing was done, never
// what it counts: "Officers seized 12 as part of a crackdown on county
// lines" read lines_closed 12, and a sum with no noun beside it was
// refused as money lines are not counted in. Now the count is refused
// as no metric (12 of what, the words do not say), and the sum as money
// the phrase's things may be the value of (lawBareSumBlocked's rule). A
// figure with its own noun reads as before ("Officers seized 12 knives
// as part of ...", "12 were arrested as part of ..."), and another
// period ("Last year, ...") refuses it. So does a phrase that puts it in
// one day of the week ("during a day-long operation against county
// lines"): a part of the week's figures, as "during a one-day
// operation" is (reread22 G1; this law once wanted it read).
func lawWhenOrWhyCases(_ *catalog.Catalog, _ *lawGen) []lawCase {
	g := &lawGen{} // draws of its own: the laws after it keep theirs
	var out []lawCase
	none := func(n lawNum) pbRow { return pbRow{metric: "NONE", value: &n.value} }
	phrases := []string{"during a week-long crackdown on county lines", "as part of a crackdown on county lines",
		"during a week-long operation against county lines", "as part of an investigation into county lines",
		"throughout the week of action on county lines", "following a crackdown on knife crime",
		"during the national week of action against county lines", "as part of a week of action targeting drug dealers",
		"following a crackdown on deal lines", "as part of a week of action against drug lines",
		"during a day-long operation against county lines", "in an all-day operation against county lines"}
	oneDay := map[string]bool{"during a day-long operation against county lines": true, "in an all-day operation against county lines": true}
	verbs := []string{"seized", "closed", "shut down", "disrupted", "recovered"}
	for i, ph := range phrases {
		v := verbs[i%len(verbs)]
		n := g.digits()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s.", v, n.text, ph), []pbRow{none(n)}})
		n = g.digits()
		out = append(out, lawCase{capital(fmt.Sprintf("%s were %s %s.", n.text, v, ph)), []pbRow{none(n)}})
		mo := g.money()
		out = append(out, lawCase{capital(fmt.Sprintf("%s was seized %s.", mo.text, ph)), []pbRow{none(mo)}})
		// a noun of its own reads; another period refuses it
		own := func(n lawNum, row pbRow) []pbRow {
			if oneDay[ph] {
				return []pbRow{none(n)}
			}
			return []pbRow{row}
		}
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers seized %s knives %s.", n.text, ph), own(n, fact("weapons_seized", "knife", "count", n.value, "exact"))})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers arrested %s people %s.", n.text, ph), own(n, fact("arrests", "", "people", n.value, "exact"))})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers closed %s county lines %s.", n.text, ph), own(n, fact("lines_closed", "", "count", n.value, "exact"))})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Last year, officers seized %s knives %s.", n.text, ph), []pbRow{none(n)}})
	}
	return out
}
