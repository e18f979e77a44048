package phrase_test

import (
	"fmt"
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawPrecise = append(lawPrecise, lawWhomCases) }

// lawWhomCases: after the noun of things a metric counts (stop searches,
// welfare visits), "of" and people say whom they were done to. People
// of an age or sex (every facet of words.csv: "40 stop searches of men"
// read stop searches 40 on main), people named as a part ("of drug
// dealers"), and words straight after the people that say when, where or
// by whom ("of people in the previous week", "of people from London",
// "of people across the region", "of people by other forces") say only
// some of them: refused, never the plain metric. The people a metric's
// own words name ("of people from outside the county") read as it: out
// of area stop searches. Plain people ("40 stop searches of people"), the
// week, and people counted by a metric with a facet ("40 arrests of
// men": arrests_male) read. Where or by whom said with "other" after any
// count ("were made by other forces", "in other force areas") is
// another's: refused; the force's own officers and area read. Every
// number is one g.num() draw.
func lawWhomCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(n lawNum) pbRow { return pbRow{metric: "NONE", value: &n.value} }
	var facets []string
	for _, w := range cat.Words {
		if w.Role == "facet" && !strings.ContainsAny(w.Text, "0123456789") {
			facets = append(facets, plural(w.Text))
		}
	}
	var places []string
	for i, f := range cat.Forces {
		if i%7 == 0 {
			places = append(places, strings.TrimSuffix(strings.TrimSuffix(f.Name, " Police"), " Constabulary"))
		}
	}
	after := []string{"in the previous week", "across the region", "by other forces", "in other force areas", "during the week before", "over the weekend"}
	for _, pl := range places {
		after = append(after, "from "+pl, "in "+pl, "by "+pl+" Police")
	}
	things := []string{"stop searches", "stop and searches"}
	for _, o := range metricOf(cat, "welfare_visits").Objects {
		things = append(things, plural(o))
	}
	for i, th := range things {
		for _, fc := range facets {
			n := g.num()
			out = append(out, lawCase{capital(fmt.Sprintf("%s %s of %s", n.text, th, fc)), []pbRow{none(n)}})
		}
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s of drug dealers", n.text, th)), []pbRow{none(n)}})
		for j, a := range after {
			if (i+j)%2 == 0 { // every other, turn about: each thing meets half of them
				n := g.num()
				out = append(out, lawCase{capital(fmt.Sprintf("%s %s of people %s", n.text, th, a)), []pbRow{none(n)}})
			}
		}
	}
	for _, th := range things[:2] {
		n := g.num()
		out = append(out,
			lawCase{capital(fmt.Sprintf("%s %s of people", n.text, th)), []pbRow{fact("stop_searches", "", "count", n.value, "exact")}},
			lawCase{capital(fmt.Sprintf("%s %s of people from outside the county", n.text, th)), []pbRow{fact("stop_searches_out_of_area", "", "people", n.value, "exact")}},
			lawCase{capital(fmt.Sprintf("%s %s were carried out during the week", n.text, th)), []pbRow{fact("stop_searches", "", "count", n.value, "exact")}})
	}
	n := g.num()
	out = append(out, lawCase{capital(fmt.Sprintf("%s arrests of men", n.text)), []pbRow{fact("arrests_male", "", "people", n.value, "exact")}})
	// where or by whom with "other", after any count of lawCounts: another's
	// than the force's; the force's own officers and area: read
	others := []string{"by other forces", "in other force areas", "by officers from other forces", "across other force areas"}
	owns := []string{"by officers", "across the county", "by local officers", "within the force area"}
	for i, c := range lawCounts(cat) {
		if strings.Count(c.passive, "%s") != 1 || strings.Contains(c.passive, " with ") || i%3 != 0 {
			continue
		}
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf(c.passive, n.text) + " " + others[i%len(others)]), []pbRow{none(n)}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf(c.passive, n.text) + " " + owns[i%len(owns)]), []pbRow{fact(c.metric, "", c.unit, n.value, "exact")}})
	}
	return out
}
