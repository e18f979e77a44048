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
	lawKindIncludesCases,
	lawKindVerbIncludesCases,
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
	incl := []string{"including", "such as", "like"}
	for _, kd := range lawNamedKinds(cat) {
		for i, a := range kd.items {
			b := kd.items[(i+5)%len(kd.items)]
			if a.code == b.code {
				continue
			}
			grp := kd.groups[i%len(kd.groups)]
			inc := incl[i%len(incl)]
			unq := func(x lawNamed) pbRow { return pbRow{metric: kd.metric, item: x.code, qualifier: "unquantified"} }
			n := g.num()
			arrests := fact("arrests", "", "people", n.value, "exact")
			out = append(out,
				lawCase{fmt.Sprintf("Officers arrested %s people and seized %s %s %s and %s.", n.text, grp, inc, a.text, b.text), []pbRow{arrests, unq(a), unq(b), lawGroup(kd.metric)}},
				lawCase{capital(fmt.Sprintf("%s people were arrested and %s %s %s and %s were also recovered.", n.text, grp, inc, a.text, b.text)), []pbRow{arrests, unq(a), unq(b), lawGroup(kd.metric)}})
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

// lawGroup is the fact of a kind named by its group word with no number
// ("weapons", "a quantity of drugs") whose parts are read: an
// unquantified fact of all its items (listkind.go).
func lawGroup(metric string) pbRow { return pbRow{metric: metric, qualifier: "unquantified"} }

// lawNamed is a thing named with no number and its item.
type lawNamed struct{ text, code string }

// lawKind is a kind of thing a metric counts by items, the words that
// name it with no number, the things of it, and a kind of another
// metric.
type lawKind struct {
	metric, noun string
	groups       []string
	items        []lawNamed
	other        string
}

// lawNamedKinds are weapons and drugs, with every weapon and drug name.
func lawNamedKinds(cat *catalog.Catalog) []lawKind {
	var weapons, drugs []lawNamed
	for _, w := range lawWeaponNames(cat) {
		weapons = append(weapons, lawNamed{plural(w[0]), w[1]})
	}
	for _, it := range cat.Items {
		if it.Kind != "drug" || it.Code == "other_drug" || strings.HasPrefix(it.Code, "class_") {
			continue
		}
		for _, d := range lawDrugNames(it) {
			drugs = append(drugs, lawNamed{d, it.Code})
		}
	}
	return []lawKind{
		{"weapons_seized", "weapons", []string{"weapons", "various weapons", "illegal weapons", "a number of weapons", "offensive weapons", "a variety of weapons", "a collection of weapons"}, weapons, "phones"},
		{"drugs_seized", "drugs", []string{"drugs", "a quantity of drugs", "quantities of drugs", "illegal drugs", "various drugs", "an array of drugs", "a selection of drugs"}, drugs, "weapons"},
	}
}

// lawKindVerbIncludesCases: the items a kind named with no number
// includes, after the kind's own verb ("weapons were seized, including
// knives and axes", "a number of weapons were also recovered including
// knives", "officers seized weapons, including knives"), are each
// unquantified, in a sentence that gives figures. Refused (no fact for
// the items): a number on the kind (its parts add no fact), items of
// another kind than the kind's, a verb of no metric ("handed in"), a
// verb not done ("could be seized", "will be seized", "are seized every
// week", "were not seized"), and another period or agent after the
// verb ("last year", "by Border Force").
func lawKindVerbIncludesCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	incl := []string{"including", "such as", ", including"}
	for _, kd := range lawNamedKinds(cat) {
		for i, a := range kd.items {
			b := kd.items[(i+3)%len(kd.items)]
			if a.code == b.code {
				continue
			}
			grp := kd.groups[i%len(kd.groups)]
			inc := incl[i%len(incl)]
			say := func(f string, args ...any) string {
				return strings.ReplaceAll(capital(fmt.Sprintf(f, args...)), " , ", ", ")
			}
			unq := func(x lawNamed) pbRow { return pbRow{metric: kd.metric, item: x.code, qualifier: "unquantified"} }
			n := g.num()
			arrests := fact("arrests", "", "people", n.value, "exact")
			out = append(out,
				lawCase{say("%s people were arrested and %s were seized %s %s and %s.", n.text, grp, inc, a.text, b.text), []pbRow{arrests, unq(a), unq(b), lawGroup(kd.metric)}},
				lawCase{say("%s people were arrested and %s were also recovered %s %s and %s.", n.text, grp, inc, a.text, b.text), []pbRow{arrests, unq(a), unq(b), lawGroup(kd.metric)}},
				lawCase{say("Officers arrested %s people and seized %s, %s %s and %s.", n.text, grp, strings.TrimPrefix(inc, ", "), a.text, b.text), []pbRow{arrests, unq(a), unq(b), lawGroup(kd.metric)}})
			// a number on the kind: its parts give no fact
			m := g.digits()
			if kd.metric == "weapons_seized" {
				out = append(out, lawCase{say("%s people were arrested and %s %s were seized %s %s and %s.", n.text, m.text, kd.noun, inc, a.text, b.text),
					[]pbRow{arrests, fact(kd.metric, "", "count", m.value, "exact")}})
			}
			// another kind, a verb of no metric, a verb not done
			out = append(out,
				lawCase{say("%s people were arrested and %s were seized %s %s and %s.", n.text, kd.other, inc, a.text, b.text), []pbRow{arrests}},
				lawCase{say("%s people were arrested and %s were handed in %s %s and %s.", n.text, grp, inc, a.text, b.text), []pbRow{arrests}},
				lawCase{say("%s people were arrested and %s could be seized %s %s and %s.", n.text, grp, inc, a.text, b.text), []pbRow{arrests}},
				lawCase{say("%s people were arrested and %s will be seized %s %s and %s.", n.text, grp, inc, a.text, b.text), []pbRow{arrests}},
				lawCase{say("%s people were arrested and %s are seized every week %s %s and %s.", n.text, grp, inc, a.text, b.text), []pbRow{arrests}},
				lawCase{say("%s people were arrested and %s are being seized %s %s and %s.", n.text, grp, inc, a.text, b.text), []pbRow{arrests}},
				lawCase{say("%s people were arrested but %s were not seized %s %s and %s.", n.text, grp, inc, a.text, b.text), []pbRow{{metric: "NONE", value: &n.value}}})
			// another period, agent or place after the verb
			out = append(out,
				lawCase{say("%s people were arrested; %s were seized last year %s %s and %s.", n.text, grp, inc, a.text, b.text), []pbRow{arrests}},
				lawCase{say("%s people were arrested; %s were seized by Border Force %s %s and %s.", n.text, grp, inc, a.text, b.text), []pbRow{arrests}})
			// (another place: TestUnquantifiedKindVerbPlaceLaw, where
			// the arrests beside it may be refused too)
		}
	}
	return out
}
