package phrase_test

import (
	"fmt"
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawRecall24WordsCases) }

// lawRecall24Words are words of found.csv's wording taught in session
// 24 (reference/metrics.csv, items.csv, words.csv), each in the forms
// releases write it, with what its figure counts: vehicles "impounded"
// are seized (f1923); "Section 23 searches" are stop and searches
// (f475); "vulnerability checks" are welfare visits (f1920); "drug
// dealing networks", "County Lines drug-dealing networks" are lines
// (f1983); a "CS canister", "CS spray cannister" is CS spray (f422,
// f772); "designer clothes" are designer goods (f1085). %s is the
// number.
var lawRecall24Words = []struct {
	forms          []string
	metric, item   string
	unit, refuseTo string
}{
	{[]string{"%s vehicles were impounded.", "Officers impounded %s cars.", "Officers arrested 14 people and impounded %s vans.", "%s motorbikes have been impounded."},
		"vehicles_seized", "", "count", ""},
	{[]string{"%s Section 23 searches were carried out.", "Officers carried out %s section 23 searches.", "%sx Section 23 searches", "Officers arrested 14 people and conducted %s section 23 searches."},
		"stop_searches", "", "count", ""},
	{[]string{"%s vulnerability checks were completed.", "Officers carried out %s vulnerability visits.", "Officers arrested 14 people and made %s vulnerability checks."},
		"welfare_visits", "", "count", ""},
	{[]string{"%s drug dealing networks were dismantled.", "Officers dismantled %s drug-dealing networks.", "%s County Lines drug-dealing networks were shut down.", "Officers arrested 14 people and closed %s drugs dealing networks."},
		"lines_closed", "", "count", ""},
	{[]string{"%s CS canisters were seized.", "Officers recovered %s CS spray cannisters.", "Officers arrested 14 people and seized %s CS spray canisters."},
		"weapons_seized", "cs_spray", "count", ""},
}

// lawRecall24WordsCases: each word of lawRecall24Words reads, in every
// form, as its metric's own words do; and is refused, with a message
// and no fact, said of another period ("Last year,"), as a plan
// ("will be"), with "not", of the country ("Nationally,") or of a part
// of the area ("In Dover,"), or as an aim ("hope to"). Near misses that
// name another thing stay unread: knives or phones "impounded" (no
// seizure verb of theirs), "gas canisters", "clothes" alone, "phone
// networks" and bare "networks"; "has seen" (now a word, as "saw" is)
// reads the figure after it, and is refused with "since January", "last
// year" or a comparison.
func lawRecall24WordsCases(_ *catalog.Catalog, _ *lawGen) []lawCase {
	g := &lawGen{} // draws of its own: the laws after it keep theirs
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	for _, w := range lawRecall24Words {
		for _, f := range w.forms {
			n := g.digits()
			want := []pbRow{fact(w.metric, w.item, w.unit, n.value, "exact")}
			if strings.HasPrefix(f, "Officers arrested 14") {
				want = append([]pbRow{fact("arrests", "", "people", 14, "exact")}, want...)
			}
			out = append(out, lawCase{capital(fmt.Sprintf(f, n.text)), want})
		}
		// the first form, passive, said of another period, as a plan,
		// with "not", of the country, of a part of the area
		first := w.forms[0]
		for j, pre := range []string{"Last year, %s", "%s", "%s", "Nationally, %s", "In Dover, %s", "%s"} {
			n := g.digits()
			text := fmt.Sprintf(pre, fmt.Sprintf(first, n.text))
			switch j {
			case 1:
				text = replaceVerb(text, " will be ")
			case 2:
				text = replaceVerb(text, " were not ")
			case 5:
				text = fmt.Sprintf(first, n.text)
				text = text[:len(text)-1] + " in the year up to Sunday."
			}
			out = append(out, lawCase{capital(text), []pbRow{none(n.value)}})
		}
		// the second form, active, as an aim
		if w.metric != "stop_searches" {
			n := g.digits()
			out = append(out, lawCase{fmt.Sprintf("Officers hope to %s.", aimOf(w.forms[1], n.text)), []pbRow{none(n.value)}})
		}
	}
	for _, f := range []string{"%s knives were impounded.", "%s phones were impounded.", "%s gas canisters were seized.",
		"Officers shut down %s phone networks.", "Officers dismantled %s networks.", "%s vulnerability checks will be carried out.",
		"Officers carried out %s section 23 searches last year.", "The force has seen %s people arrested since January.",
		"The force has seen %s more arrests than last year.", "The week has seen a rise of %s arrests."} {
		n := g.digits()
		out = append(out, lawCase{capital(fmt.Sprintf(f, n.text)), []pbRow{none(n.value)}})
	}
	// "clothes" alone are no asset; "designer clothes" are
	out = append(out,
		lawCase{"Officers arrested 14 people and seized designer clothes.", []pbRow{fact("arrests", "", "people", 14, "exact"), {metric: "assets_seized", item: "designer_goods", qualifier: "unquantified"}}},
		lawCase{"Officers arrested 14 people and seized clothes.", []pbRow{fact("arrests", "", "people", 14, "exact")}},
	)
	// "has seen", as "saw": the figure after it is read
	for _, f := range []string{"The week of action has seen %s people arrested.", "A crackdown by police has seen drugs worth %s seized."} {
		if strings.HasSuffix(f, " seized.") {
			mo := g.money()
			out = append(out, lawCase{fmt.Sprintf(f, mo.text), []pbRow{fact("drugs_seized", "", "gbp", mo.value, "exact")}})
			mo = g.money()
			out = append(out, lawCase{fmt.Sprintf(strings.TrimSuffix(f, ".")+" last year.", mo.text), []pbRow{none(mo.value)}})
			continue
		}
		n := g.num()
		out = append(out, lawCase{fmt.Sprintf(f, n.text), []pbRow{fact("arrests", "", "people", n.value, "exact")}})
	}
	return out
}

// replaceVerb puts with in the place of the first " were " or " have
// been " of text: "12 vans were impounded" -> "12 vans will be
// impounded".
func replaceVerb(text, with string) string {
	for _, v := range []string{" were ", " have been "} {
		if strings.Contains(text, v) {
			return strings.Replace(text, v, with, 1)
		}
	}
	return text
}

// aimOf is an active form ("Officers impounded %s cars.") as the verb's
// plain form and its object, for "Officers hope to ...": "impound 12
// cars".
func aimOf(form, n string) string {
	plain := map[string]string{"impounded": "impound", "carried": "carry", "dismantled": "dismantle", "recovered": "recover"}
	words := strings.Fields(strings.TrimSuffix(fmt.Sprintf(form, n), "."))[1:]
	for i, w := range words {
		if p, ok := plain[w]; ok {
			words[i] = p
		}
	}
	return strings.Join(words, " ")
}
