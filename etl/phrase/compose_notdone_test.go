package phrase_test

import (
	"fmt"
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawPrecise = append(lawPrecise, lawNotDoneCases) }

// lawNotDoneModals and lawNotDoneAims say a figure's verb was planned,
// forecast, possible or hoped for, not done.
var (
	lawNotDoneModals = []string{"will be", "could be", "would be", "may be", "might be", "should be", "will also be", "could have been"}
	lawNotDoneAims   = []string{"are expected to be", "are due to be", "are likely to be", "were expected to be", "are set to be"}
	lawNotDoneActive = []string{"Officers will %s", "Officers hope to %s", "Officers plan to %s", "The force aims to %s",
		"Officers intend to %s", "Police are expected to %s", "Officers could %s", "Officers would %s"}
)

// lawNotDoneCases: a count whose own verb is said with a modal ("12
// people will be arrested", "Officers could visit 12 cuckooed
// addresses") or after a word of intention and "to" ("Officers hope to
// close 12 county lines", "12 people are expected to be charged") is a
// plan, a forecast or a hope: refused with a message, for every count
// of lawCounts in the passive and, with the base form of its verb, the
// active. Said as done in the same sentence, the figure reads; a later
// clause's modal is that clause's ("12 people were arrested and five
// will be charged": arrests 12). Every number is one g.num() draw.
func lawNotDoneCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(n lawNum) pbRow { return pbRow{metric: "NONE", value: &n.value} }
	for i, c := range lawCounts(cat) {
		if strings.Count(c.passive, "%s") != 1 || !strings.Contains(c.passive, " were ") {
			continue
		}
		aux := lawNotDoneModals[i%len(lawNotDoneModals)]
		if i%3 == 0 {
			aux = lawNotDoneAims[i%len(lawNotDoneAims)]
		}
		n := g.num()
		out = append(out, lawCase{capital(strings.Replace(fmt.Sprintf(c.passive, n.text), " were ", " "+aux+" ", 1)), []pbRow{none(n)}})
		if i%4 == 0 {
			n, k := g.num(), g.digits()
			if k.value == n.value {
				continue
			}
			out = append(out, lawCase{capital(fmt.Sprintf(c.passive, n.text) + " and " + k.text + " more will be seen next week"), []pbRow{fact(c.metric, "", c.unit, n.value, "exact"), none(k)}})
		}
	}
	// the active, with the base form of the catalogue's verbs
	type act struct{ base, obj, metric, unit string }
	acts := []act{{"arrest", "people", "arrests", "people"}, {"detain", "suspects", "arrests", "people"},
		{"charge", "people", "charged", "people"}, {"execute", "warrants", "warrants", "count"},
		{"close", "county lines", "lines_closed", "count"}, {"dismantle", "deal lines", "lines_closed", "count"},
		{"visit", "cuckooed addresses", "cuckooed_addresses_visited", "count"}, {"safeguard", "vulnerable people", "safeguarded", "people"},
		{"visit", "schools", "schools_visited", "count"}, {"seize", "mobile phones", "mobile_phones_seized", "count"}}
	for i, a := range acts {
		for j, f := range lawNotDoneActive {
			if (i+j)%2 != 0 {
				continue
			}
			n := g.num()
			out = append(out, lawCase{fmt.Sprintf(f, a.base+" "+n.text+" "+a.obj), []pbRow{none(n)}})
		}
	}
	// a modal or aim before the first of verbs that share its subject is
	// theirs too: "Officers will arrest 12 people and seize 5 mobile
	// phones", "hope to arrest 12 people, close 3 county lines and (to)
	// visit 4 schools". Said as done, or with a subject of its own after
	// "and", each reads.
	past := func(a act) string {
		if strings.HasSuffix(a.base, "e") {
			return a.base + "d"
		}
		return a.base + "ed"
	}
	for i, a := range acts {
		b, c := acts[(i+3)%len(acts)], acts[(i+7)%len(acts)]
		if a.metric == b.metric || b.metric == c.metric || a.metric == c.metric {
			continue
		}
		for j, f := range lawNotDoneActive {
			n, k, m := g.num(), g.num(), g.num()
			to := []string{"", "to "}[j%2]
			out = append(out,
				lawCase{fmt.Sprintf(f, a.base+" "+n.text+" "+a.obj+" and "+to+b.base+" "+k.text+" "+b.obj), []pbRow{none(n), none(k)}},
				lawCase{fmt.Sprintf(f, a.base+" "+n.text+" "+a.obj+", "+b.base+" "+k.text+" "+b.obj+" and "+c.base+" "+m.text+" "+c.obj), []pbRow{none(n), none(k), none(m)}})
			if strings.Contains(f, "expected") {
				continue // a changer of the whole sentence: "Police are expected to ... and officers detained 3" reads neither (a loss, known)
			}
			out = append(out, lawCase{fmt.Sprintf(f, a.base+" "+n.text+" "+a.obj) + " and officers " + past(b) + " " + k.text + " " + b.obj, []pbRow{none(n), fact(b.metric, "", b.unit, k.value, "exact")}})
		}
		n, k, m := g.num(), g.num(), g.num()
		out = append(out, lawCase{"Officers " + past(a) + " " + n.text + " " + a.obj + ", " + past(b) + " " + k.text + " " + b.obj + " and " + past(c) + " " + m.text + " " + c.obj,
			[]pbRow{fact(a.metric, "", a.unit, n.value, "exact"), fact(b.metric, "", b.unit, k.value, "exact"), fact(c.metric, "", c.unit, m.value, "exact")}})
	}
	return out
}
