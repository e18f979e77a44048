package phrase_test

import (
	"fmt"
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

// Constructions taught for recall (issue 7, session 15), each with the
// same construction where a word changes the thing, the scope or the
// period, expected refused: TestCompositionLaw reads every phrase these
// make.
var lawRecall = []func(*catalog.Catalog, *lawGen) []lawCase{
	lawOfPeopleCases, lawKindIncludesCases,
}

// lawOfPeopleCases: after a noun of things a metric counts (checks,
// visits), "of" and people say whom they were done to, as "on" does:
// "40 safe and well checks of vulnerable people" are 40 welfare visits,
// never 40 people safeguarded (read so before). The same construction is
// refused where a word changes the thing (people of an age or sex,
// "vulnerable children": 40 children safeguarded before, a wrong figure;
// people named as a part, "drug dealers"; "checks" that no metric counts
// alone), the period ("last year", "in the previous week", "up from"),
// the scope ("across the region", "from outside the county") or the share
// ("%"); a number before the people makes them a figure of their own. A
// metric with a kind of its own (stop searches, of people from outside
// the area) is left to the words after "of" (review13 W4).
func lawOfPeopleCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(n lawNum) pbRow { return pbRow{metric: "NONE", value: &n.value} }
	var things []string
	for _, o := range metricOf(cat, "welfare_visits").Objects {
		things = append(things, plural(o))
	}
	plain := []string{"vulnerable people", "the vulnerable people", "vulnerable persons", "people"}
	narrow := []string{"vulnerable children", "vulnerable adults", "children", "young people", "vulnerable women", "juveniles", "men"}
	after := []string{"in the previous week", "across the region", "from outside the county", "in other force areas", "during the week before"}
	verbs := []string{"", " were carried out", " were completed", " have been conducted"}
	for i, th := range things {
		for j, pp := range plain {
			v := verbs[(i+j)%len(verbs)]
			n, h := g.num(), g.hedge()
			out = append(out, lawCase{capital(fmt.Sprintf("%s%s %s of %s%s", h.text, n.text, th, pp, v)), []pbRow{fact("welfare_visits", "", "count", n.value, h.q)}})
			n = g.num()
			out = append(out, lawCase{fmt.Sprintf("Officers made %s %s of %s", n.text, th, pp), []pbRow{fact("welfare_visits", "", "count", n.value, "exact")}})
			// the period, the share, the scope
			n = g.num()
			out = append(out,
				lawCase{capital(fmt.Sprintf("%s %s of %s%s last year", n.text, th, pp, v)), []pbRow{none(n)}},
				lawCase{capital(fmt.Sprintf("%s%% of %s of %s%s", n.text, th, pp, v)), []pbRow{none(n)}},
				lawCase{capital(fmt.Sprintf("%s %s of %s %s", n.text, th, pp, after[(i+j)%len(after)])), []pbRow{none(n)}})
			n2 := g.num()
			out = append(out, lawCase{capital(fmt.Sprintf("%s %s of %s%s, up from %s", n.text, th, pp, v, n2.text)), []pbRow{none(n), none(n2)}})
			// the thing: people named as a part
			out = append(out, lawCase{capital(fmt.Sprintf("%s %s of drug dealers%s", n.text, th, v)), []pbRow{none(n)}})
			// a number before the people: a figure of its own
			if v == "" && pp != "people" {
				out = append(out, lawCase{capital(fmt.Sprintf("%s %s of 12 %s", n.text, th, strings.TrimPrefix(pp, "the "))),
					[]pbRow{fact("welfare_visits", "", "count", n.value, "exact"), fact("safeguarded", "", "people", 12, "exact")}})
			}
		}
		// people of an age or sex
		for j, pp := range narrow {
			n := g.num()
			out = append(out, lawCase{capital(fmt.Sprintf("%s %s of %s%s", n.text, th, pp, verbs[(i+j)%len(verbs)])), []pbRow{none(n)}})
		}
	}
	// stop searches: what the people are says which kind
	for _, th := range []string{"stop searches", "stop and searches"} {
		n := g.num()
		out = append(out,
			lawCase{capital(fmt.Sprintf("%s %s of people from outside the county", n.text, th)), []pbRow{fact("stop_searches_out_of_area", "", "people", n.value, "exact")}},
			lawCase{capital(fmt.Sprintf("%s %s of juveniles", n.text, th)), []pbRow{none(n)}},
			lawCase{capital(fmt.Sprintf("%s %s of young people", n.text, th)), []pbRow{none(n)}})
	}
	// no metric counts the noun alone; things that may be of a kind of
	// their own
	for _, pp := range plain {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s checks of %s", n.text, pp)), []pbRow{none(n)}},
			lawCase{capital(fmt.Sprintf("%s phones of %s were seized", n.text, "drug dealers")), []pbRow{none(n)}})
	}
	return out
}

// lawKindIncludesCases: the items a kind named with no number includes
// ("seized weapons including knives and axes", "Illegal weapons
// including knives were also seized", "a quantity of drugs including
// heroin and cocaine") are named with no number: each is unquantified,
// in a sentence that gives figures. Refused (no fact for the items): a
// number on the kind (its parts add no fact), items of another kind
// than the kind's ("phones including knives"), a verb of no metric
// ("handed in"), a modal ("could be seized"), a word of another period
// in the items' clause ("last year", "in previous operations"), and
// "not".
func lawKindIncludesCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	type named struct{ text, code string }
	var weapons, drugs []named
	for _, w := range lawWeaponNames(cat) {
		weapons = append(weapons, named{plural(w[0]), w[1]})
	}
	for _, it := range cat.Items {
		if it.Kind != "drug" || it.Code == "other_drug" || strings.HasPrefix(it.Code, "class_") {
			continue
		}
		for _, d := range lawDrugNames(it) {
			drugs = append(drugs, named{d, it.Code})
		}
	}
	kinds := []struct {
		metric, noun string
		groups       []string
		items        []named
		other        string
	}{
		{"weapons_seized", "weapons", []string{"weapons", "various weapons", "illegal weapons", "a number of weapons", "offensive weapons"}, weapons, "phones"},
		{"drugs_seized", "drugs", []string{"drugs", "a quantity of drugs", "quantities of drugs", "illegal drugs", "various drugs"}, drugs, "weapons"},
	}
	incl := []string{"including", "such as", "like"}
	for _, kd := range kinds {
		for i, a := range kd.items {
			b := kd.items[(i+5)%len(kd.items)]
			if a.code == b.code {
				continue
			}
			grp := kd.groups[i%len(kd.groups)]
			inc := incl[i%len(incl)]
			unq := func(x named) pbRow { return pbRow{metric: kd.metric, item: x.code, qualifier: "unquantified"} }
			n := g.num()
			arrests := fact("arrests", "", "people", n.value, "exact")
			out = append(out,
				lawCase{fmt.Sprintf("Officers arrested %s people and seized %s %s %s and %s.", n.text, grp, inc, a.text, b.text), []pbRow{arrests, unq(a), unq(b)}},
				lawCase{capital(fmt.Sprintf("%s people were arrested and %s %s %s and %s were also recovered.", n.text, grp, inc, a.text, b.text)), []pbRow{arrests, unq(a), unq(b)}})
			// a number on the kind: its parts give no fact
			m := g.digits()
			if kd.metric == "weapons_seized" {
				out = append(out, lawCase{fmt.Sprintf("Officers arrested %s people and seized %s %s %s %s and %s.", n.text, m.text, kd.noun, inc, a.text, b.text),
					[]pbRow{arrests, fact(kd.metric, "", "count", m.value, "exact")}})
			}
			// another kind, a verb of no metric, a modal
			out = append(out,
				lawCase{fmt.Sprintf("Officers arrested %s people and seized %s %s %s and %s.", n.text, kd.other, inc, a.text, b.text), []pbRow{arrests}},
				lawCase{capital(fmt.Sprintf("%s people were arrested and %s %s %s and %s were handed in.", n.text, grp, inc, a.text, b.text)), []pbRow{arrests}},
				lawCase{capital(fmt.Sprintf("%s people were arrested and %s %s %s and %s could be seized.", n.text, grp, inc, a.text, b.text)), []pbRow{arrests}})
			// another period in the items' clause
			out = append(out,
				lawCase{capital(fmt.Sprintf("%s people were arrested; %s %s %s and %s were seized last year.", n.text, grp, inc, a.text, b.text)), []pbRow{arrests}},
				lawCase{capital(fmt.Sprintf("%s people were arrested; %s %s %s and %s were seized in previous operations.", n.text, grp, inc, a.text, b.text)), []pbRow{arrests}},
				lawCase{capital(fmt.Sprintf("%s people were arrested but %s %s %s and %s were not seized.", n.text, grp, inc, a.text, b.text)), []pbRow{{metric: "NONE", value: &n.value}}})
		}
	}
	return out
}
