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
	lawObjectListCases,
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

// lawObjectListCases: items named with no number as the object of a
// verb of what was done to things, the list ending its clause ("...
// and seized heroin and cannabis", "Officers recovered knives and
// machetes."), or after words of quantity that name no number ("seized
// dozens of knives", "a significant amount of cannabis was seized"),
// are each unquantified, in a sentence with figures or without.
// Refused (no fact for the items): a modal ("will seize"), "to" and the
// verb ("aim to seize": a target), "not", a word of another period in
// the clause ("last year", "previously", "in previous operations"), a
// place or scope after the list ("in Rugby", "across the region": a
// part of the force, or more than it), and a verb of what was done to
// people ("arrested heroin and cocaine users", "charged people with
// possessing heroin").
func lawObjectListCases(cat *catalog.Catalog, g *lawGen) []lawCase {
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
		metric string
		quant  []string
		items  []named
	}{
		{"weapons_seized", []string{"", "some ", "dozens of ", "hundreds of ", "a number of ", "several "}, weapons},
		{"drugs_seized", []string{"", "some ", "a quantity of ", "a significant amount of ", "a substantial quantity of ", "large quantities of "}, drugs},
	}
	for _, kd := range kinds {
		_, act := lawVerbs(metricOf(cat, kd.metric))
		for i, a := range kd.items {
			b := kd.items[(i+7)%len(kd.items)]
			if a.code == b.code {
				continue
			}
			q := kd.quant[i%len(kd.quant)]
			v := act()
			unq := func(x named) pbRow { return pbRow{metric: kd.metric, item: x.code, qualifier: "unquantified"} }
			n := g.num()
			arrests := fact("arrests", "", "people", n.value, "exact")
			list := fmt.Sprintf("%s%s and %s", q, a.text, b.text)
			out = append(out,
				lawCase{fmt.Sprintf("Officers arrested %s people and %s %s.", n.text, v, list), []pbRow{arrests, unq(a), unq(b)}},
				lawCase{fmt.Sprintf("Officers arrested %s people. They also %s %s.", n.text, v, list), []pbRow{arrests, unq(a), unq(b)}},
				lawCase{fmt.Sprintf("Officers %s %s.", v, list), []pbRow{unq(a), unq(b)}})
			if q != "" {
				out = append(out, lawCase{capital(fmt.Sprintf("%s arrests were made and %s%s was seized.", n.text, q, a.text)), []pbRow{arrests, unq(a)}})
			}
			// a modal, a target, "not", another period, a place or scope
			out = append(out,
				lawCase{fmt.Sprintf("Officers arrested %s people and will %s %s.", n.text, lawBase(v), list), []pbRow{arrests}},
				lawCase{fmt.Sprintf("Officers arrested %s people and could have %s %s.", n.text, v, list), []pbRow{arrests}},
				lawCase{fmt.Sprintf("Officers arrested %s people and aim to %s %s.", n.text, lawBase(v), list), []pbRow{arrests}},
				lawCase{fmt.Sprintf("Officers arrested %s people. They did not %s %s.", n.text, lawBase(v), list), []pbRow{arrests}},
				lawCase{fmt.Sprintf("Officers arrested %s people. Last year they %s %s.", n.text, v, list), []pbRow{arrests}},
				lawCase{fmt.Sprintf("Officers arrested %s people. They previously %s %s.", n.text, v, list), []pbRow{arrests}},
				lawCase{fmt.Sprintf("Officers arrested %s people. In previous operations they %s %s.", n.text, v, list), []pbRow{arrests}},
				lawCase{fmt.Sprintf("Officers arrested %s people. They %s %s in Rugby.", n.text, v, list), []pbRow{arrests}},
				lawCase{fmt.Sprintf("Officers arrested %s people. They %s %s across the region.", n.text, v, list), []pbRow{arrests}})
		}
	}
	// a verb of what was done to people: the items say what the people
	// used or dealt in, not what was seized
	for i, a := range drugs {
		n := g.num()
		b := drugs[(i+3)%len(drugs)]
		phones := []pbRow{fact("mobile_phones_seized", "", "count", n.value, "exact")}
		out = append(out,
			lawCase{fmt.Sprintf("Officers seized %s phones and arrested %s and %s users.", n.text, a.text, b.text), phones},
			lawCase{fmt.Sprintf("Officers seized %s phones and charged people with possessing %s and %s.", n.text, a.text, b.text), phones})
	}
	return out
}

// lawBase is the base form of a past simple verb of the catalogue
// ("seized" → "seize", "found" → "find"), for "will" and "to".
func lawBase(v string) string {
	f := strings.Fields(v)
	w := f[0]
	switch {
	case w == "found":
		w = "find"
	case w == "took":
		w = "take"
	case w == "uncovered", w == "recovered", w == "discovered", w == "netted", w == "intercepted", w == "unearthed", w == "uplifted":
		w = strings.TrimSuffix(w, "ed")
		if w == "nett" {
			w = "net"
		}
	case strings.HasSuffix(w, "ed"):
		w = strings.TrimSuffix(w, "d")
	}
	f[0] = w
	return strings.Join(f, " ")
}
