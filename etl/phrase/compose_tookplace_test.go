package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawTookPlaceCases) }

// lawTookPlaceCases: "took place" (metrics.csv allows: take place, took
// place) says the counted events happened, as "were carried out" does:
// "12 warrants took place during the week", "Throughout the week, 12
// stop searches took place" read, for warrants, stop searches, welfare
// visits, engagement events, school inputs and arrests. Refused, each
// with a message: a noun of no metric ("12 raids took place", "12
// meetings took place"), "not", another period ("last year", "in
// 2019"), the country ("Nationally,"), and a plan ("will take place",
// "are expected to take place"). Every number is one g.num() draw.
func lawTookPlaceCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(n lawNum) pbRow { return pbRow{metric: "NONE", value: &n.value} }
	type ev struct{ noun, metric, unit string }
	evs := []ev{{"warrants", "warrants", "count"}, {"search warrants", "warrants", "count"}, {"stop searches", "stop_searches", "count"},
		{"welfare visits", "welfare_visits", "count"}, {"safe and well checks", "welfare_visits", "count"},
		{"community events", "engagement_events", "count"}, {"school inputs", "school_inputs", "count"}, {"arrests", "arrests", "people"}}
	for i, e := range evs {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s took place during the week.", n.text, e.noun)), []pbRow{fact(e.metric, "", e.unit, n.value, "exact")}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Throughout the week, %s %s took place.", n.text, e.noun), []pbRow{fact(e.metric, "", e.unit, n.value, "exact")}})
		for j, f := range []string{"%s %s will take place.", "%s %s took place last year.", "Nationally, %s %s took place.",
			"%s %s are expected to take place.", "%s %s did not take place.", "%s %s took place in 2019."} {
			if (i+j)%2 == 0 || j == 0 {
				n := g.num()
				out = append(out, lawCase{capital(fmt.Sprintf(f, n.text, e.noun)), []pbRow{none(n)}})
			}
		}
	}
	for _, noun := range []string{"raids", "meetings", "briefings"} {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s took place during the week.", n.text, noun)), []pbRow{none(n)}})
	}
	return out
}
