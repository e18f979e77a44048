package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawValueMoodCases) }

// lawValueMoodCases: a value whose words come first ("cocaine worth
// £250,000") is judged by the verb before those words, as a figure is by
// its own verb: "Officers will seize cocaine worth £250,000", "plan to
// seize", "hope to seize", and a modal said once of verbs that share one
// subject ("will arrest 12 people and seize ..."), are plans, refused
// with a message (before: read as seized). The same words said as done
// read, alone and after another figure's clause. Every drug of the
// catalogue, every value form.
func lawValueMoodCases(cat *catalog.Catalog, _ *lawGen) []lawCase {
	g := &lawGen{} // draws of its own: the laws after it keep theirs
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	values := []string{"worth %s", "with a street value of %s", "valued at %s"}
	notDone := []string{"Officers will seize %s.", "Officers plan to seize %s.", "Officers hope to seize %s.",
		"Officers could seize %s.", "The aim is to seize %s.", "Officers are expected to recover %s."}
	for i, it := range lawNamedDrugs(cat) {
		d := name(it)
		x := g.money()
		np := fmt.Sprintf("%s "+values[i%len(values)], d, x.text)
		val := fact("drugs_seized", it.Code, "gbp", x.value, "exact")
		n := g.num()
		arrests := fact("arrests", "", "people", n.value, "exact")
		out = append(out,
			lawCase{fmt.Sprintf("Officers seized %s.", np), []pbRow{val}},
			lawCase{fmt.Sprintf("Officers arrested %s people and seized %s.", n.text, np), []pbRow{arrests, val}},
			lawCase{fmt.Sprintf(notDone[i%len(notDone)], np), []pbRow{none(x.value)}},
			lawCase{fmt.Sprintf(notDone[(i+3)%len(notDone)], np), []pbRow{none(x.value)}},
			lawCase{fmt.Sprintf("Officers will arrest %s people and seize %s.", n.text, np), []pbRow{none(n.value), none(x.value)}},
			lawCase{fmt.Sprintf("Officers arrested %s people; they will seize %s.", n.text, np), []pbRow{arrests, none(x.value)}},
		)
	}
	return out
}
