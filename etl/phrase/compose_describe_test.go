package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawKinds = append(lawKinds, lawDescribingCases) }

// lawDescribing are words nobody taught the grammar with an adjective's
// form (an adjective's ending, or a compound of words joined by a
// hyphen): between a number and the noun of what is counted they say
// what the things were like, not what they were.
var lawDescribing = []string{"sophisticated", "notorious", "lucrative", "so-called", "expensive", "massive",
	"hard-won", "dedicated", "fearsome", "long-barrelled", "gold-plated", "powerful"}

// lawNotDescribing are words nobody taught the grammar in the same place
// that may say what was counted, or that it was not the noun: a noun
// ("hospital visits"), a word turned against its noun ("inoperable",
// "unusable", "unlicensed"), a word with no adjective's form ("teenage").
// The figure is refused with a message, never read as the noun.
var lawNotDescribing = []string{"hospital", "inoperable", "unusable", "teenage", "disassembled", "garden", "cupboard", "unlicensed", "noncompliant"}

// lawDescribingCases: "Officers seized six sophisticated firearms" counts
// firearms; "six inoperable firearms" is refused. Every counted thing of
// the catalogue, drug wraps and county lines, with each kind of word, in
// the active and the passive, one or two describing words.
func lawDescribingCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	weapons := metricOf(cat, "weapons_seized")
	verb, act := lawVerbs(weapons)
	lines := metricOf(cat, "lines_closed")
	lverb, lact := lawVerbs(lines)
	d, nd := 0, 0
	adj := func() string { d++; return lawDescribing[d%len(lawDescribing)] }
	not := func() string { nd++; return lawNotDescribing[nd%len(lawNotDescribing)] }
	none := func(n lawNum) pbRow { v := n.value; return pbRow{metric: "NONE", value: &v} }
	for _, th := range lawThings(cat) {
		one := func(n lawNum, h lawHedge) pbRow { return fact(th.metric, th.item, "count", n.value, h.q) }
		n, h := g.num(), g.hedge()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s%s %s %s", act(), h.text, n.text, adj(), th.noun), []pbRow{one(n, h)}})
		n, h = g.num(), g.hedge()
		out = append(out, lawCase{capital(fmt.Sprintf("%s%s %s %s were %s", h.text, n.text, adj(), th.noun, verb())), []pbRow{one(n, h)}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s %s %s and £500 in cash", act(), n.text, adj(), adj(), th.noun),
			[]pbRow{one(n, lawHedge{"", "exact"}), fact("cash_seized", "", "gbp", 500, "exact")}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s illegal %s %s", act(), n.text, adj(), th.noun), []pbRow{one(n, lawHedge{"", "exact"})}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s %s", act(), n.text, not(), th.noun), []pbRow{none(n)}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s %s were %s", n.text, not(), th.noun, verb())), []pbRow{none(n)}})
	}
	drugs := metricOf(cat, "drugs_seized")
	dverb, _ := lawVerbs(drugs)
	for _, it := range cat.Items {
		for _, name := range lawDrugNames(it) {
			n := g.digits()
			out = append(out, lawCase{fmt.Sprintf("%s %s wraps of %s were %s", n.text, adj(), name, dverb()),
				[]pbRow{fact("drugs_seized", it.Code, "wraps", n.value, "exact")}})
		}
	}
	for _, o := range lines.Objects {
		n, h := g.num(), g.hedge()
		out = append(out, lawCase{fmt.Sprintf("Police %s %s%s %s %s", lact(), h.text, n.text, adj(), plural(o)),
			[]pbRow{fact("lines_closed", "", "count", n.value, h.q)}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s %s were %s", n.text, adj(), plural(o), lverb())),
			[]pbRow{fact("lines_closed", "", "count", n.value, "exact")}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s %s were %s", n.text, not(), plural(o), lverb())), []pbRow{none(n)}})
	}
	return out
}
