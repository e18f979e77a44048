package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawKinds = append(lawKinds, lawClauseListCases) }

// lawPeople and lawCount make a figure's exact fact of a metric counted
// in people, or in things.
func lawPeople(code string) func(float64) pbRow {
	return func(v float64) pbRow { return fact(code, "", "people", v, "exact") }
}

func lawCount(code string) func(float64) pbRow {
	return func(v float64) pbRow { return fact(code, "", "count", v, "exact") }
}

// lawClauseListCases: a list of clauses, each figure with its own verb
// ("13 arrests were made, eight weapons were seized including two zombie
// knives", "Police made 13 arrests and seized 8 weapons, including two
// knives"): what the last figure includes is a part of that figure, not
// of the first figure of the list. Every weapon of the catalogue as the
// part, after every opening clause, passive and active; and people
// safeguarded, including children.
func lawClauseListCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	type opener struct {
		text string // %s is the number
		fact func(v float64) pbRow
	}
	passive := []opener{
		{"%s arrests were made", lawPeople("arrests")}, {"%s people were arrested", lawPeople("arrests")},
		{"%s warrants were executed", lawCount("warrants")}, {"%s mobile phones were seized", lawCount("mobile_phones_seized")},
		{"%s people have been charged", lawPeople("charged")},
	}
	active := []opener{
		{"Police made %s arrests", lawPeople("arrests")}, {"Officers arrested %s people", lawPeople("arrests")},
		{"Officers executed %s warrants", lawCount("warrants")}, {"Officers seized %s mobile phones", lawCount("mobile_phones_seized")},
	}
	joins := []string{", ", " and ", ", and "}
	weapons := metricOf(cat, "weapons_seized")
	verb, act := lawVerbs(weapons)
	i := 0
	for _, th := range lawThings(cat) {
		if th.metric != "weapons_seized" || th.item == "" {
			continue
		}
		i++
		o, j := passive[i%len(passive)], joins[i%len(joins)]
		n, t, part := g.num(), g.num(), g.num()
		comma := []string{"", ","}[i%2]
		out = append(out, lawCase{capital(fmt.Sprintf(o.text, n.text)) + j + fmt.Sprintf("%s weapons were %s%s including %s %s", t.text, verb(), comma, part.text, th.noun),
			[]pbRow{o.fact(n.value), fact("weapons_seized", "", "count", t.value, "exact"), fact("weapons_seized", th.item, "count", part.value, "exact")}})
		a := active[i%len(active)]
		n, t, part = g.num(), g.num(), g.num()
		out = append(out, lawCase{fmt.Sprintf(a.text, n.text) + j + fmt.Sprintf("%s %s weapons%s including %s %s", act(), t.text, comma, part.text, th.noun),
			[]pbRow{a.fact(n.value), fact("weapons_seized", "", "count", t.value, "exact"), fact("weapons_seized", th.item, "count", part.value, "exact")}})
	}
	for k, o := range append(passive, active...) {
		n, t, part := g.num(), g.num(), g.num()
		j := joins[k%len(joins)]
		out = append(out, lawCase{capital(fmt.Sprintf(o.text, n.text)) + j + fmt.Sprintf("%s vulnerable people were safeguarded, including %s children", t.text, part.text),
			[]pbRow{o.fact(n.value), fact("safeguarded", "", "people", t.value, "exact"), fact("safeguarded_juvenile", "", "people", part.value, "exact")}})
	}
	// "Police arrested 13 people and safeguarded 20, including 4
	// children" (review12 W4): a bare figure straight after its verb says
	// its own verb too, though the first figure's trailing words took the
	// verb; what it includes is its own.
	bare := []struct {
		text  string // %s is the number
		fact  func(v float64) pbRow
		part  string // %s is the part's number
		pfact func(v float64) pbRow
	}{
		{"safeguarded %s", lawPeople("safeguarded"), "%s children", lawPeople("safeguarded_juvenile")},
		{"safeguarded %s", lawPeople("safeguarded"), "%s juveniles", lawPeople("safeguarded_juvenile")},
		{"arrested %s", lawPeople("arrests"), "%s women", lawPeople("arrests_female")},
		{"arrested %s", lawPeople("arrests"), "%s men", lawPeople("arrests_male")},
	}
	firsts := []opener{
		{"Police made %s arrests", lawPeople("arrests")}, {"Officers arrested %s people", lawPeople("arrests")},
		{"Officers safeguarded %s people", lawPeople("safeguarded")}, {"Police spoke to %s vulnerable people", lawPeople("safeguarded")},
	}
	for k, o := range firsts {
		for _, b := range bare {
			if o.fact(1).metric == b.fact(1).metric {
				continue
			}
			n, t, part := g.num(), g.num(), g.num()
			j := []string{" and ", ", and "}[k%2]
			out = append(out, lawCase{fmt.Sprintf(o.text, n.text) + j + fmt.Sprintf(b.text, t.text) + ", including " + fmt.Sprintf(b.part, part.text),
				[]pbRow{o.fact(n.value), b.fact(t.value), b.pfact(part.value)}})
		}
	}
	return out
}

func init() { lawKinds = append(lawKinds, lawAsideExamplesCases) }

// lawAsideExamplesCases: "Five men and two boys – including a
// 15-year-old lad – have been arrested": what a figure includes, said
// between dashes or brackets with no number, adds no figure and takes
// none away; the clause reads as if it were not there.
func lawAsideExamplesCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	// "some from outside the county" (7551ee4) is read as the words of the
	// clause now, as a scope-widening aside is (lawAsideScopeCases).
	examples := []string{"a 15-year-old lad", "a 15-year-old", "teenagers", "several juveniles", "women", "a 17-year-old boy"}
	things := []string{"knives and machetes", "knives", "zombie knives and swords", "firearms"}
	signs := [][2]string{{" – ", " – "}, {" - ", " - "}, {" (", ") "}}
	for i, ex := range examples {
		s := signs[i%len(signs)]
		m, w := g.num(), g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s men and %s women%sincluding %s%shave been arrested", m.text, w.text, s[0], ex, s[1])),
			[]pbRow{fact("arrests_male", "", "people", m.value, "exact"), fact("arrests_female", "", "people", w.value, "exact")}})
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s people%sincluding %s%swere arrested", n.text, s[0], ex, s[1])),
			[]pbRow{fact("arrests", "", "people", n.value, "exact")}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s vulnerable people%sincluding %s%swere safeguarded", n.text, s[0], ex, s[1])),
			[]pbRow{fact("safeguarded", "", "people", n.value, "exact")}})
	}
	for i, th := range things {
		s := signs[i%len(signs)]
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s weapons%sincluding %s%swere seized", n.text, s[0], th, s[1])),
			[]pbRow{fact("weapons_seized", "", "count", n.value, "exact")}})
	}
	return out
}

func init() { lawKinds = append(lawKinds, lawAsideScopeCases) }

// lawAsideScopeCases (review12 M5): an aside opening with "including"
// with no number that says what else the figure holds — another force's
// work, the region's, an earlier period's — is no list of examples:
// "45 people - including those arrested by the Met and BTP - were
// arrested" is not the force's 45; never read in silence.
func lawAsideScopeCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	scopes := []string{"those arrested by the Met and BTP", "some arrested by neighbouring forces", "those arrested across the region",
		"people detained by other forces", "several previously arrested", "arrests made by partner agencies"}
	cash := []string{"money seized by the Met", "cash seized by neighbouring forces", "sums seized across the region"}
	signs := [][2]string{{" – ", " – "}, {" - ", " - "}, {" (", ") "}}
	none := func(n lawNum) []pbRow { return []pbRow{{metric: "NONE", value: &n.value}} }
	for i, sc := range scopes {
		s := signs[i%len(signs)]
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s people%sincluding %s%swere arrested", n.text, s[0], sc, s[1])), none(n)})
	}
	for i, sc := range cash {
		s := signs[i%len(signs)]
		v := float64(1000 * (i + 30))
		out = append(out, lawCase{fmt.Sprintf("£%d,000%sincluding %s%swas seized", i+30, s[0], sc, s[1]), []pbRow{{metric: "NONE", value: &v}}})
	}
	return out
}
