package phrase_test

import (
	"fmt"
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawPreviousDescribesCases) }

// lawPreviousDescribesCases: "previously" in a relative clause after a counted
// noun whose figure's verb stands outside it ("visited 12 cuckooed
// addresses that had previously been targeted", "12 people that had
// previously been targeted were arrested"), say what the people or
// things were before: the figure is the week's and reads.
//
// Refused, each with a message: "previous" between a count and a noun
// of people ("Officers visited 27 previous victims": it may be the
// previous period's figure, review15 H7), or before the number ("the
// previous 12 victims") or before a noun of no people ("12 previous
// arrests"), or before people "of" something ("12 previous victims of
// cuckooing"); "previously" in the figure's own clause ("12 people were
// previously arrested", "Previously, 12 ..."), in a relative clause
// holding the only verb ("12 people that were previously arrested") or
// a number ("... previously visited 40 times"); and the reading
// construction itself said of another period ("Last year"), of the
// country ("Nationally,") or as a plan ("will"). Every number is one
// g.num() draw.
func lawPreviousDescribesCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(n lawNum) pbRow { return pbRow{metric: "NONE", value: &n.value} }
	type pv struct{ verb, noun, metric string }
	people := []pv{{"visited", "victims", "safeguarded"}, {"safeguarded", "victims", "safeguarded"}, {"supported", "victims", "safeguarded"},
		{"arrested", "offenders", "arrests"}, {"arrested", "suspects", "arrests"}, {"detained", "offenders", "arrests"},
		{"charged", "offenders", "charged"}, {"charged", "suspects", "charged"}}
	for i, p := range people {
		n := g.num()
		out = append(out,
			lawCase{fmt.Sprintf("Officers %s %s previous %s.", p.verb, n.text, p.noun), []pbRow{none(n)}})
		n = g.num()
		out = append(out,
			lawCase{capital(fmt.Sprintf("%s previous %s were %s during the week.", n.text, p.noun, p.verb)), []pbRow{none(n)}},
			lawCase{fmt.Sprintf("Officers %s %s previous %s, %s this week.", p.verb, n.text, p.noun, "30"), []pbRow{none(n), none(lawNum{value: 30})}})
		// refused: before the number, of something, or the sentence another's
		for j, f := range []string{"Officers %[1]s the previous %[2]s %[3]s.", "Officers %[1]s %[2]s previous %[3]s of cuckooing.",
			"Last year officers %[1]s %[2]s previous %[3]s.", "Nationally, officers %[1]s %[2]s previous %[3]s.",
			"Officers %[1]s %[2]s previous %[3]s in 2019."} {
			if (i+j)%2 == 0 || j == 0 {
				n := g.num()
				out = append(out, lawCase{fmt.Sprintf(f, p.verb, n.text, p.noun), []pbRow{none(n)}})
			}
		}
	}
	// "previous" before nouns of no people
	for _, s := range []string{"Officers made %s previous arrests.", "Officers visited %s previous addresses.", "%s previous warrants were executed.", "Officers closed %s previous county lines."} {
		n := g.num()
		out = append(out, lawCase{fmt.Sprintf(s, n.text), []pbRow{none(n)}})
	}
	for i, c := range lawCounts(cat) {
		// (a relative clause of any words after "phone lines" leaves them
		// lines or handsets, ambiguous, on main: not this rule's)
		if strings.Count(c.passive, "%s") != 1 || !strings.Contains(c.passive, " were ") || i%2 != 0 || strings.Contains(c.passive, "phone") {
			continue
		}
		rel := " that had previously been targeted"
		n := g.num()
		read := fact(c.metric, "", c.unit, n.value, "exact")
		out = append(out, lawCase{capital(strings.Replace(fmt.Sprintf(c.passive, n.text), " were ", rel+" were ", 1)) + ".", []pbRow{read}})
		if c.active != "" {
			n := g.num()
			out = append(out, lawCase{"Officers " + fmt.Sprintf(c.active, n.text) + rel + ".", []pbRow{fact(c.metric, "", c.unit, n.value, "exact")}})
			n = g.num()
			out = append(out,
				lawCase{"Last year officers " + fmt.Sprintf(c.active, n.text) + rel + ".", []pbRow{none(n)}})
			n = g.num()
			out = append(out,
				lawCase{"Nationally, officers " + fmt.Sprintf(c.active, n.text) + rel + ".", []pbRow{none(n)}})
			n, k := g.num(), g.digits()
			if k.value != n.value {
				out = append(out, lawCase{"Officers " + fmt.Sprintf(c.active, n.text) + " that had previously been visited " + k.text + " times.", []pbRow{none(n), none(k)}})
			}
		}
		// the figure's own clause: refused
		n = g.num()
		out = append(out,
			lawCase{capital(strings.Replace(fmt.Sprintf(c.passive, n.text), " were ", " were previously ", 1)) + ".", []pbRow{none(n)}})
		n = g.num()
		out = append(out,
			lawCase{"Previously, " + fmt.Sprintf(c.passive, n.text) + ".", []pbRow{none(n)}})
		n = g.num()
		out = append(out,
			lawCase{capital(strings.Replace(fmt.Sprintf(c.passive, n.text), " were ", " that were previously ", 1)) + ".", []pbRow{none(n)}})
		n = g.num()
		out = append(out,
			lawCase{capital(strings.Replace(fmt.Sprintf(c.passive, n.text), " were ", rel+" will be ", 1)) + ".", []pbRow{none(n)}})
	}
	return out
}
