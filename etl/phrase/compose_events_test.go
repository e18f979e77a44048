package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawSurgeryCases) }

// lawSurgeryCases: a police, community, beat or crime prevention surgery
// (a drop-in where officers meet the public) and a crime prevention event
// are engagement events (metrics.csv): "attending six crime prevention
// surgeries", "Six community surgeries were held". Refused, each with a
// message: a surgery of no such kind ("six surgeries", "six GP
// surgeries"), a verb events are not done with ("seized", "visited"),
// a plan ("will be held"), "not", another period ("last year", "in the
// year up to Sunday"), a part of the area ("in Dover"), the country
// ("Nationally,"), one day ("on Monday"). Every number is one g.num()
// draw.
func lawSurgeryCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(n lawNum) pbRow { return pbRow{metric: "NONE", value: &n.value} }
	events := func(n lawNum) []pbRow { return []pbRow{fact("engagement_events", "", "count", n.value, "exact")} }
	nouns := []string{"crime prevention surgeries", "police surgeries", "community surgeries", "beat surgeries", "crime prevention events"}
	for i, noun := range nouns {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s were held.", n.text, noun)), events(n)})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers held %s %s.", n.text, noun), events(n)})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("They seized 13 phones, as well as attending %s %s.", n.text, noun),
			append([]pbRow{fact("mobile_phones_seized", "", "count", 13, "exact")}, events(n)...)})
		for j, f := range []string{
			"%s %s will be held.", "%s %s were not held.", "Officers attended %s %s last year.",
			"Officers held %s %s in the year up to Sunday.", "Officers held %s %s in Dover.",
			"Nationally, %s %s were held.", "Officers held %s %s on Monday.", "Officers seized %s %s.", "Officers visited %s %s.",
		} {
			if (i+j)%2 == 0 {
				n := g.num()
				out = append(out, lawCase{capital(fmt.Sprintf(f, n.text, noun)), []pbRow{none(n)}})
			}
		}
	}
	for _, f := range []string{"Officers held %s surgeries.", "Officers visited %s GP surgeries.", "%s doctors' surgeries were held."} {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf(f, n.text)), []pbRow{none(n)}})
	}
	return out
}
