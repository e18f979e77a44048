package phrase_test

import (
	"fmt"
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawKinds = append(lawKinds, lawAdjunctCases) }

// lawAdjunctWords are words nobody taught the grammar, as a phrase of
// place, time or reason says them.
var lawAdjunctWords = []string{"racketeering", "organised criminality", "people smuggling", "exploitation networks", "gangsterism"}

// lawAdjunctCases: a sum with no noun said with a seizing verb is cash
// when what follows its verb says only where, when or why: "in North
// Yorkshire" (every force's area the catalogue names), "during a
// week-long crackdown on racketeering", "as part of a week of action",
// "on suspicion of people smuggling" after another clause's verb. Words
// nobody taught us there name no thing the sum could be the value of.
// "in" before a word that is not a determiner nor a force's area still
// says what the money was in: "£30,000 seized in Bitcoin" is refused.
// lawMoneyIn are things a sum seized may have been in, not cash.
var lawMoneyIn = []string{"cryptocurrency", "Bitcoin", "counterfeit notes", "gold bullion", "stolen goods", "US dollars", "luxury handbags", "crypto"}

// lawMoneyInForms say what the money was in after or inside a phrase of
// place, time or reason: "in the form of cryptocurrency", "in a Bitcoin
// wallet", "in Kent in US dollars", "at a counterfeit goods factory".
var lawMoneyInForms = []string{"in the form of WHAT", "in the shape of WHAT", "in a WHAT wallet", "in PLACE in WHAT",
	"across PLACE in WHAT", "at an address in PLACE in WHAT", "at a WHAT factory", "within a WHAT operation",
	"in PLACE in the form of WHAT", "during a WHAT investigation", "as part of a WHAT fraud investigation",
	"in the raid in WHAT", "following an account freezing order"}

func lawAdjunctCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	m := metricOf(cat, "cash_seized")
	verbs := participles(m.Actions)
	cash := func(mo lawNum, q string) pbRow { return fact("cash_seized", "", "gbp", mo.value, q) }
	none := func(mo lawNum) pbRow { return pbRow{metric: "NONE", value: &mo.value} }
	var places []string
	for _, f := range cat.Forces {
		for _, a := range f.Aliases {
			if !strings.Contains(a, "Police") && !strings.Contains(a, "Constabulary") && !strings.Contains(a, "Service") && !strings.ContainsAny(a, ",") && !strings.Contains(a, "Taskforce") {
				places = append(places, a)
			}
		}
	}
	i := 0
	next := func() (string, string, string) {
		i++
		return verbs[i%len(verbs)], places[i%len(places)], lawAdjunctWords[i%len(lawAdjunctWords)]
	}
	for range places {
		v, place, w := next()
		mo, h := g.money(), g.hedge()
		out = append(out, lawCase{fmt.Sprintf("%s%s was %s in %s", capital(h.text), mo.text, v, place), []pbRow{cash(mo, h.q)}})
		v, place, w = next()
		mo, n := g.money(), g.num()
		out = append(out, lawCase{fmt.Sprintf("%s people have been arrested and %s %s in %s", capital(n.text), mo.text, v, place),
			[]pbRow{fact("arrests", "", "people", n.value, "exact"), cash(mo, "exact")}})
		v, place, w = next()
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("%s was %s and a man arrested on suspicion of %s", mo.text, v, w),
			[]pbRow{cash(mo, "exact"), fact("arrests_male", "", "people", 1, "exact")}})
		v, place, _ = next()
		mo, h = g.money(), g.hedge()
		out = append(out, lawCase{fmt.Sprintf("%s%s has been %s across %s", capital(h.text), mo.text, v, place), []pbRow{cash(mo, h.q)}})
		// a word nobody taught us in the sum's own clause may say what
		// the money was in, wherever it stands: refused
		v, _, w = next()
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("%s was %s in the %s investigation", mo.text, v, w), []pbRow{none(mo)}})
		v, place, w = next()
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("%s was %s in %s as part of a week of action against %s", mo.text, v, place, w), []pbRow{none(mo)}})
		v, _, w = next()
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("%s was %s in %s", mo.text, v, capital(w)), []pbRow{none(mo)}})
		v, place, _ = next()
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("%s was %s in Bitcoin in %s", mo.text, v, place), []pbRow{none(mo)}})
		// what the money was in, inside or after a phrase of place
		for _, form := range lawMoneyInForms {
			v, place, _ = next()
			mo = g.money()
			in := lawMoneyIn[i%len(lawMoneyIn)]
			text := strings.ReplaceAll(strings.ReplaceAll(form, "PLACE", place), "WHAT", in)
			out = append(out, lawCase{fmt.Sprintf("%s was %s %s", mo.text, v, text), []pbRow{none(mo)}})
		}
	}
	return out
}
