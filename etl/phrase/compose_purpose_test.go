package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawPurposeNotCases) }

// lawPurposeNotCases: "not" in a clause of purpose after a figure,
// opened by "to" and a verb of checking ("Officers visited 12 vulnerable
// people to check they were not being exploited"), says what the act
// was for: the figure reads as it does with the clause said plainly.
// Refused, each with a message: "not" said of the figure's own verb ("12
// vulnerable people were not visited"), after "but" ("... but they were
// not safeguarded"), a number inside the clause ("to check that 5 were
// not ...": that figure, the figure before reads), and the reading sentence said of last year, of the country
// or as a plan ("will"). Every number is one g.num() draw.
func lawPurposeNotCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(n lawNum) pbRow { return pbRow{metric: "NONE", value: &n.value} }
	type fig struct{ verb, noun, passive, metric, unit string }
	figs := []fig{
		{"visited", "vulnerable people", "visited", "safeguarded", "people"},
		{"spoke to", "vulnerable people", "spoken to", "safeguarded", "people"},
		{"safeguarded", "vulnerable adults", "safeguarded", "safeguarded_adult", "people"},
		{"engaged with", "vulnerable people", "engaged with", "safeguarded", "people"},
		{"visited", "cuckooed addresses", "visited", "cuckooed_addresses_visited", "count"},
		{"carried out", "welfare checks", "carried out", "welfare_visits", "count"},
	}
	purposes := []string{"to check they were not being exploited", "to make sure they were not being exploited",
		"to ensure they are not being exploited", "to confirm they were not at risk of exploitation", "to see that they were not being exploited"}
	for i, f := range figs {
		for j, pu := range purposes {
			n := g.num()
			read := fact(f.metric, "", f.unit, n.value, "exact")
			if (i+j)%2 == 0 {
				out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s %s.", f.verb, n.text, f.noun, pu), []pbRow{read}})
			} else {
				out = append(out, lawCase{capital(fmt.Sprintf("%s %s were %s %s.", n.text, f.noun, f.passive, pu)), []pbRow{read}})
			}
		}
		pu := purposes[i%len(purposes)]
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s were not %s.", n.text, f.noun, f.passive)), []pbRow{none(n)}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s but they were not safeguarded.", f.verb, n.text, f.noun), []pbRow{none(n)}})
		n, k := g.num(), g.digits()
		if k.value != n.value {
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s to check that %s were not being exploited.", f.verb, n.text, f.noun, k.text), []pbRow{fact(f.metric, "", f.unit, n.value, "exact"), none(k)}})
		}
		for _, pre := range []string{"Last year officers", "Nationally, officers", "In 2019 officers"} {
			n := g.num()
			out = append(out, lawCase{fmt.Sprintf("%s %s %s %s %s.", pre, f.verb, n.text, f.noun, pu), []pbRow{none(n)}})
		}
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s will be %s %s.", n.text, f.noun, f.passive, pu)), []pbRow{none(n)}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s nationally %s.", f.verb, n.text, f.noun, pu), []pbRow{none(n)}})
	}
	return out
}
