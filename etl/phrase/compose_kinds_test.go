package phrase_test

import (
	"fmt"
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

// The composition law's constructions where one figure is said of two
// kinds, or two figures of one list (phrase11c, issue 7, found.csv's round
// seven): TestCompositionLaw reads every phrase these make.
var lawKinds = []func(*catalog.Catalog, *lawGen) []lawCase{
	lawOwnOfCases, lawJointKindCases, lawOrCases, lawListValueCases, lawAsideVerbCases,
}

// lawUnknownDrugs are drugs the catalogue has no word for.
var lawUnknownDrugs = []string{"flakka", "bath salts", "krokodil", "blue dust", "gravel"}

// lawOwnOfCases: an amount whose own words say "of" something names that
// thing; when nobody taught us its name, the amount is refused with a
// message, and never takes the item of a drug named beside it ("903
// cannabis plants, four grams of flakka" gives no cannabis of 4 g).
func lawOwnOfCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	k := 0
	for _, it := range cat.Items {
		for _, d := range lawDrugNames(it) {
			qty := func() (string, pbRow) {
				n, u := g.digits(), g.mass()
				return fmt.Sprintf(u.text, n.text), fact("drugs_seized", it.Code, u.unit, n.value*u.scale, "exact")
			}
			// the unknown figure: a number in words or digits, a unit of
			// mass or wraps
			unk := func() (string, pbRow) {
				k++
				n, u := g.num(), g.mass()
				if !strings.HasPrefix(u.text, "%s ") {
					n = g.digits() // "12g", never "sevenG"
				}
				v := n.value * u.scale
				return fmt.Sprintf(u.text, n.text) + " of " + lawUnknownDrugs[k%len(lawUnknownDrugs)], pbRow{metric: "NONE", value: &v}
			}
			q1, f1 := qty()
			u1, n1 := unk()
			out = append(out, lawCase{fmt.Sprintf("Police seized %s of %s, %s.", q1, d, u1), []pbRow{f1, n1}})
			q1, f1 = qty()
			u1, n1 = unk()
			out = append(out, lawCase{fmt.Sprintf("Officers seized %s of %s, %s and £500 in cash", q1, d, u1), []pbRow{f1, n1, fact("cash_seized", "", "gbp", 500, "exact")}})
			u1, n1 = unk()
			q1, f1 = qty()
			out = append(out, lawCase{capital(fmt.Sprintf("%s and %s of %s were seized", u1, q1, d)), []pbRow{n1, f1}})
			if it.Code == "cannabis" {
				n := g.digits()
				u1, n1 = unk()
				out = append(out, lawCase{fmt.Sprintf("Police seized %s %s plants, %s and £500 in cash", n.text, d, u1),
					[]pbRow{fact("drugs_seized", "cannabis", "plants", n.value, "exact"), n1, fact("cash_seized", "", "gbp", 500, "exact")}})
			}
		}
	}
	return out
}

// lawJointKindCases: one figure for "A and B N", where A are describing
// words with no noun of their own, counts A N and B N together. When B N
// is not a kind of A N ("46 cuckooing and welfare checks", "NRM and
// safeguarding referrals"), the figure is no figure of A N: it is refused
// with a message; so it is when nobody taught us B ("cuckooing and
// vulnerability checks"). Two words of one metric ("modern slavery and
// human trafficking referrals") are that metric's figure.
func lawJointKindCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	groups := []struct {
		metric, verb string
		others       []string // B N: nouns of other metrics
		unknownB     string   // a B nobody taught us
	}{
		{"cuckooed_addresses_visited", "carried out", nil, "vulnerability"},
		{"nrm_referrals", "made", []string{"safeguarding referrals", "social care referrals"}, "housing"},
		{"safeguarding_referrals", "made", []string{"modern slavery referrals", "human trafficking referrals", "national referral mechanism referrals"}, "housing"},
	}
	for _, o := range metricOf(cat, "welfare_visits").Objects {
		groups[0].others = append(groups[0].others, plural(o))
	}
	for _, gr := range groups {
		m := metricOf(cat, gr.metric)
		objects := map[string]bool{}
		for _, o := range m.Objects {
			objects[o] = true
		}
		var mods, nouns []string
		for _, md := range m.Modifiers {
			if !objects[md] && !strings.HasSuffix(md, " up") {
				mods = append(mods, md)
			}
		}
		for _, o := range m.Objects {
			if !strings.Contains(o, " ") && o != "adress" && o != "referal" {
				nouns = append(nouns, plural(o))
			}
		}
		for i, md := range mods {
			none := func(n lawNum) []pbRow { return []pbRow{{metric: "NONE", value: &n.value}} }
			n := g.num()
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s and %s", gr.verb, n.text, md, gr.others[i%len(gr.others)]), none(n)})
			n = g.num()
			out = append(out, lawCase{capital(fmt.Sprintf("%s %s and %s were %s", n.text, md, gr.others[(i+1)%len(gr.others)], gr.verb)), none(n)})
			n = g.num()
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s and %s %s", gr.verb, n.text, md, gr.unknownB, nouns[i%len(nouns)]), none(n)})
			n = g.num()
			two := mods[(i+1)%len(mods)]
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s and %s %s", gr.verb, n.text, md, two, nouns[(i+1)%len(nouns)]),
				[]pbRow{fact(gr.metric, "", m.Unit, n.value, "exact")}})
			// the noun said twice: "46 cuckooing checks and welfare checks"
			n = g.num()
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s %s and %s", gr.verb, n.text, md, nouns[i%len(nouns)], gr.others[(i+2)%len(gr.others)]), none(n)})
			n = g.num()
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s %s and %s %s", gr.verb, n.text, md, nouns[i%len(nouns)], two, nouns[(i+1)%len(nouns)]),
				[]pbRow{fact(gr.metric, "", m.Unit, n.value, "exact")}})
		}
	}
	// places of different metrics visited, counted by one number
	visits := []string{"schools_visited", "hotels_visited", "businesses_visited", "landlords_visited"}
	for i, a := range visits {
		for j, b := range visits {
			oa, ob := metricOf(cat, a).Objects, metricOf(cat, b).Objects
			for x := 0; x < 3; x++ {
				na, nb := plural(oa[(x+j)%len(oa)]), plural(ob[(x+i+1)%len(ob)])
				if na == nb {
					continue
				}
				n := g.num()
				want := []pbRow{{metric: "NONE", value: &n.value}}
				if a == b {
					want = []pbRow{fact(a, "", "count", n.value, "exact")}
				}
				out = append(out, lawCase{fmt.Sprintf("Officers visited %s %s and %s", n.text, na, nb), want})
			}
		}
	}
	return out
}

// lawOrCases: one figure for two outcomes joined by "or" ("14 were
// released under investigation or bailed", "people arrested or
// charged") is no figure of the first, unless the second is a word of
// its metric ("arrested or detained"): refused with a message, naming
// the word where nobody taught us it.
func lawOrCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	codes := []string{"arrests", "charged", "released_under_investigation"}
	verbs := map[string][]string{}
	for _, c := range codes {
		verbs[c] = participles(metricOf(cat, c).Actions)
	}
	subjects := []string{"%s people were %s", "%s were %s", "%s suspects were %s", "A total of %s people have been %s", "In total, %s individuals were %s"}
	unknown := []string{"bailed", "summonsed", "cautioned", "on bail", "dealt with by other means"}
	k := 0
	for ci, c := range codes {
		for i := 0; i < len(subjects)*len(verbs[c]); i++ {
			a := verbs[c][i%len(verbs[c])]
			say := func(n lawNum, b string) string {
				k++
				return capital(fmt.Sprintf(subjects[k%len(subjects)], n.text, a+" or "+b))
			}
			none := func(n lawNum) []pbRow { return []pbRow{{metric: "NONE", value: &n.value}} }
			other := codes[(ci+1+i%2)%len(codes)]
			n := g.num()
			out = append(out, lawCase{say(n, verbs[other][i%len(verbs[other])]), none(n)})
			n = g.num()
			out = append(out, lawCase{say(n, unknown[i%len(unknown)]), none(n)})
			if same := verbs[c][(i+1)%len(verbs[c])]; same != a {
				n = g.num()
				out = append(out, lawCase{say(n, same), []pbRow{fact(c, "", "people", n.value, "exact")}})
			}
		}
	}
	return out
}

// lawListValueCases: a value said after coordinated drugs or classes is
// the value of them all (drugs_seized, all items), never of the last
// one, whatever figure the list follows ("£22,000 in cash, class A and
// class B drugs with a street value of more than £40,000").
func lawListValueCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	var drugs []catalog.Item
	for _, it := range cat.Items {
		if it.Kind == "drug" && it.Code != "other_drug" && it.Code != "class_a" && it.Code != "class_b" && it.Code != "class_c" {
			drugs = append(drugs, it)
		}
	}
	name := func(it catalog.Item) string { return lawDrugNames(it)[0] }
	lists := []string{"class A and class B drugs", "Class A and Class B drugs", "Class A and B drugs"}
	for i, it := range drugs {
		a, b := drugs[(i+1)%len(drugs)], drugs[(i+2)%len(drugs)]
		lists = append(lists, name(it)+" and "+name(a), name(it)+", "+name(a)+" and "+name(b), name(it)+", "+name(a)+", and "+name(b))
	}
	befores := []struct {
		text string
		want pbRow
	}{
		{"£22,000 in cash", fact("cash_seized", "", "gbp", 22000, "exact")},
		{"more than £1,500 in cash", fact("cash_seized", "", "gbp", 1500, "more_than")},
		{"3 knives", fact("weapons_seized", "knife", "count", 3, "exact")},
		{"a machete", fact("weapons_seized", "machete", "count", 1, "exact")},
		{"14 mobile phones", fact("mobile_phones_seized", "", "count", 14, "exact")},
	}
	values := []struct{ text, q string }{
		{"worth %s", ""}, {"with a street value of %s", ""}, {"with an estimated street value of %s", "approximately"},
		{"with a street value of more than %s", "more_than"}, {"worth around %s", "approximately"},
	}
	for i, l := range lists {
		for j, bf := range befores {
			v := values[(i+j)%len(values)]
			mo, h := g.money(), g.hedge()
			q := v.q
			if q == "" && !strings.Contains(v.text, "than") && !strings.Contains(v.text, "around") {
				q = h.q
			} else {
				h = lawHedge{"", q}
			}
			val := fmt.Sprintf(v.text, h.text+mo.text)
			want := []pbRow{bf.want, fact("drugs_seized", "", "gbp", mo.value, q)}
			if j%2 == 0 {
				out = append(out, lawCase{fmt.Sprintf("Officers seized %s, %s %s", bf.text, l, val), want})
			} else {
				out = append(out, lawCase{capital(fmt.Sprintf("%s, %s %s and a knuckleduster were recovered", bf.text, l, val)),
					append(want, fact("weapons_seized", "knuckle_duster", "count", 1, "exact"))})
			}
		}
	}
	return out
}

// lawAsideVerbCases: the verb after an aside that names a part of a
// total ("710 vulnerable people, including 58 children, were referred
// to safeguarding services") is the total's verb: the total is that
// verb's figure, and the part is its split where the catalogue has one,
// else no figure (NONE).
func lawAsideVerbCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	type part struct{ noun, metric string }
	groups := []struct {
		totals []string
		verbs  []string
		metric string
		parts  []part
	}{
		{[]string{"people", "vulnerable people", "individuals", "vulnerable individuals"},
			[]string{"referred to safeguarding services", "referred to social services", "referred to children's services", "referred by police to safeguarding services", "also referred to safeguarding services"},
			"safeguarding_referrals", []part{{"children", ""}, {"adults", ""}, {"young people", ""}}},
		{[]string{"people", "vulnerable people", "potential victims"},
			[]string{"referred to the NRM", "referred to the National Referral Mechanism", "referred into the NRM"},
			"nrm_referrals", []part{{"children", ""}, {"adults", ""}}},
		{[]string{"people", "suspects", "individuals"}, participles(metricOf(cat, "arrests").Actions),
			"arrests", []part{{"children", "arrests_under_18"}, {"juveniles", "arrests_under_18"}, {"women", "arrests_female"}, {"men", "arrests_male"}}},
		{[]string{"people", "individuals"}, []string{"safeguarded", "supported", "protected"},
			"safeguarded", []part{{"children", "safeguarded_juvenile"}, {"adults", "safeguarded_adult"}, {"young people", "safeguarded_juvenile"}}},
	}
	openers := []string{"", "In total, ", "A total of "}
	k := 0
	for _, gr := range groups {
		for i := 0; i < 3*len(gr.verbs); i++ {
			k++
			v, t, pt := gr.verbs[i%len(gr.verbs)], gr.totals[k%len(gr.totals)], gr.parts[k%len(gr.parts)]
			n, m := g.num(), g.digits()
			for n.value <= m.value {
				n = g.num()
			}
			want := []pbRow{fact(gr.metric, "", "people", n.value, "exact")}
			if pt.metric == "" {
				want = append(want, pbRow{metric: "NONE", value: &m.value})
			} else {
				want = append(want, fact(pt.metric, "", "people", m.value, "exact"))
			}
			out = append(out, lawCase{capital(fmt.Sprintf("%s%s %s, including %s %s, were %s", openers[k%len(openers)], n.text, t, m.text, pt.noun, v)), want})
		}
	}
	return out
}
