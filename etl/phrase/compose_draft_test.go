package phrase_test

import (
	"fmt"
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

// The laws of round fourteen's wrong and extra facts (found.csv f1300-
// f1410): each is a figure a press release draft would have filled in
// wrongly, or dropped in silence. TestCompositionLaw reads every phrase
// they make.

func init() {
	lawPrecise = append(lawPrecise, lawShareCases, lawHedgeOnwardCases, lawOpenedPartsCases)
}

// lawShares are the shares English names before "of", and their values.
var lawShares = []struct {
	text  string
	value float64
}{
	{"a quarter of", 0.25}, {"one quarter of", 0.25}, {"three quarters of", 0.75}, {"a third of", 0.333333},
	{"one third of", 0.333333}, {"two thirds of", 0.666667}, {"half of", 0.5}, {"one half of", 0.5}, {"a fifth of", 0.2},
}

// lawShareCases: a share of a figure ("More than a quarter of the 1,000
// people arrested", "Two thirds of all lines", round fourteen's f1310 and
// f1313) is no figure of the catalogue: it is named by a message with
// its value, never dropped, and the figure it is a share of is never
// read as the part's ("three quarters of the 12 people arrested were
// men" is no 12 men arrested). A fraction of a scale ("three quarters of
// a million pounds") is one number, read.
func lawShareCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	groups := []string{"men", "women", "children", "under 18", "from out of the area"}
	for i, s := range lawShares {
		sv := s.value
		share := pbRow{metric: "NONE", value: &sv}
		n := g.digits()
		nv := n.value
		h := g.hedge()
		out = append(out,
			lawCase{capital(fmt.Sprintf("%s%s the %s people arrested were %s", h.text, s.text, n.text, groups[i%len(groups)])), []pbRow{share, {metric: "NONE", value: &nv}}},
			lawCase{capital(fmt.Sprintf("%s all lines closed came from London", s.text)), []pbRow{share}},
			lawCase{capital(fmt.Sprintf("%s the arrests were of children", s.text)), []pbRow{share}},
			lawCase{fmt.Sprintf("Police said %s those safeguarded were children", s.text), []pbRow{share}})
	}
	for _, s := range []lawNum{{"a quarter of a million pounds", 250000}, {"three quarters of a million pounds", 750000}, {"half a million pounds", 500000}} {
		h := g.hedge()
		out = append(out, lawCase{fmt.Sprintf("Officers seized %s%s worth of drugs", h.text, s.text), []pbRow{fact("drugs_seized", "", "gbp", s.value, h.q)}})
		// every hedge, and none: "a quarter of" opening the number is
		// no share of it (a draw with no hedge read nothing, session 22)
		for _, h := range lawHedges {
			out = append(out,
				lawCase{capital(fmt.Sprintf("%s%s worth of drugs was seized", h.text, s.text)), []pbRow{fact("drugs_seized", "", "gbp", s.value, h.q)}},
				lawCase{fmt.Sprintf("Officers seized %s%s in cash", h.text, s.text), []pbRow{fact("cash_seized", "", "gbp", s.value, h.q)}})
		}
	}
	return out
}

// lawHedgeOnwardCases: the words of a hedge written after a number
// ("£45,000 and over") that go on to another number are that number's
// hedge, whether it is written in digits, in words or after a currency
// sign: "drugs worth more than £400,000 and over £131,000 cash" (round
// fourteen's f1409, where the cash read exact and, with no hedge of its
// own, the drugs' value read at least). With nothing after them they
// stay the first figure's ("£45,000 and over in cash was seized").
func lawHedgeOnwardCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	var drugs [][2]string // name, item
	for _, it := range cat.Items {
		for _, d := range lawDrugNames(it) {
			drugs = append(drugs, [2]string{d, it.Code})
		}
	}
	things := lawThings(cat)
	words := []lawNum{{"twenty", 20}, {"seven", 7}, {"forty-five", 45}, {"three hundred", 300}, {"two thousand", 2000}}
	for i, d := range drugs {
		h, mo, cash := g.hedge(), g.money(), g.money()
		out = append(out,
			lawCase{fmt.Sprintf("Together we seized %s worth %s%s and over %s cash", d[0], h.text, mo.text, cash.text),
				[]pbRow{fact("drugs_seized", d[1], "gbp", mo.value, h.q), fact("cash_seized", "", "gbp", cash.value, "more_than")}},
			lawCase{fmt.Sprintf("Officers seized %s worth %s and over %s in cash", d[0], mo.text, cash.text),
				[]pbRow{fact("drugs_seized", d[1], "gbp", mo.value, "exact"), fact("cash_seized", "", "gbp", cash.value, "more_than")}})
		th := things[i%len(things)]
		n, w := g.digits(), words[i%len(words)]
		out = append(out,
			lawCase{fmt.Sprintf("Officers seized %s worth %s and over %s %s", d[0], mo.text, w.text, th.noun),
				[]pbRow{fact("drugs_seized", d[1], "gbp", mo.value, "exact"), fact(th.metric, th.item, "count", w.value, "more_than")}},
			lawCase{fmt.Sprintf("Officers seized %s %s and over %s in cash", n.text, th.noun, cash.text),
				[]pbRow{fact(th.metric, th.item, "count", n.value, "exact"), fact("cash_seized", "", "gbp", cash.value, "more_than")}},
			// near misses: nothing of a number follows the hedge
			lawCase{fmt.Sprintf("%s and over in cash was seized, along with %s %s", mo.text, n.text, th.noun),
				[]pbRow{fact("cash_seized", "", "gbp", mo.value, "at_least"), fact(th.metric, th.item, "count", n.value, "exact")}},
			lawCase{fmt.Sprintf("Officers seized %s worth %s and over, and %s %s", d[0], mo.text, n.text, th.noun),
				[]pbRow{fact("drugs_seized", d[1], "gbp", mo.value, "at_least"), fact(th.metric, th.item, "count", n.value, "exact")}})
	}
	return out
}

// lawOpenedPartsCases: a word that opens a figure's parts ("included",
// "including") after words with no figure opens no parts: what follows
// is a figure of its own, and a place or a raid said with it makes it
// that part's ("Other activity included a warrant at an address in
// Tower Hill, Dover", round fourteen's f1327, read as the week's warrant;
// "Highlights included 12 arrests in Tower Hamlets"). The same figures
// across the county or in the week read; a part after a total's
// "including" stays the part's (lawPlaceCases and the scope laws).
func lawOpenedPartsCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	openers := []string{"Other activity included", "Activity has included", "Highlights included", "The week's work included", "Other work during the week included"}
	parts := []string{"at an address in Tower Hill", "in Dover", "in Tower Hamlets", "during a raid in Ramsgate", "at a property in Margate"}
	wide := []string{"across the county", "during the week", ""}
	type fig struct{ text, metric, item, unit string }
	figs := []fig{{"%s arrests", "arrests", "", "people"}, {"%s warrants", "warrants", "", "count"}}
	for _, th := range lawThings(cat) {
		figs = append(figs, fig{"%s " + th.noun + " seized", th.metric, th.item, "count"})
	}
	for i, f := range figs {
		o := openers[i%len(openers)]
		n := g.digits()
		v := n.value
		text := fmt.Sprintf(f.text, n.text)
		out = append(out, lawCase{fmt.Sprintf("%s %s %s", o, text, parts[i%len(parts)]), []pbRow{{metric: "NONE", value: &v}}})
		n = g.digits()
		text = fmt.Sprintf(f.text, n.text)
		w := strings.TrimSpace(fmt.Sprintf("%s %s %s", o, text, wide[i%len(wide)]))
		out = append(out, lawCase{w, []pbRow{fact(f.metric, f.item, f.unit, n.value, "exact")}})
	}
	return out
}
