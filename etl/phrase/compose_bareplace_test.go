package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawBarePlaceCases) }

// lawBarePlaceCases: a place after a number with no noun of its own (a
// preposition of place before a determiner: "in the car", "in the boot
// of a car", "from the van") names where, not what was counted, and
// does not give the number its noun ("Officers seized knives and 15,000
// in the car" read vehicles_seized 15000): the number is refused. Every
// vehicle word of the catalogue in every place, after a weapon named
// with no number, after the verb alone, and in the passive. A noun of
// the number's own still reads, with the place after it or none:
// "Officers seized 12 vans", "12 knives were seized in the car".
func lawBarePlaceCases(cat *catalog.Catalog, _ *lawGen) []lawCase {
	g := &lawGen{} // draws of its own: the laws after it keep theirs
	var vehicles []string
	for _, m := range cat.Metrics {
		if m.Code == "vehicles_seized" {
			vehicles = m.Objects
		}
	}
	var weapons []lawNamed
	for _, kd := range lawNamedKinds(cat) {
		if kd.metric == "weapons_seized" {
			weapons = kd.items
		}
	}
	places := []string{"in the %s", "in the boot of a %s", "inside the %s", "from the %s", "in his %s", "in the back of the %s", "near the %s", "within the %s"}
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	var out []lawCase
	i := 0
	for _, v := range vehicles {
		for _, pl := range places {
			place := fmt.Sprintf(pl, v)
			w := weapons[i%len(weapons)]
			named := pbRow{metric: "weapons_seized", item: w.code, qualifier: "unquantified"}
			n := g.num()
			switch i % 3 {
			case 0:
				out = append(out, lawCase{fmt.Sprintf("Officers seized %s and %s %s.", w.text, n.text, place), []pbRow{named, none(n.value)}})
			case 1:
				out = append(out, lawCase{fmt.Sprintf("Officers seized %s %s.", n.text, place), []pbRow{none(n.value)}})
			default:
				out = append(out, lawCase{capital(fmt.Sprintf("%s and %s were seized %s.", w.text, n.text, place)), []pbRow{named, none(n.value)}})
			}
			i++
		}
		n, k := g.num(), g.num()
		w := weapons[i%len(weapons)]
		out = append(out,
			lawCase{fmt.Sprintf("Officers seized %s %s.", n.text, plural(v)), []pbRow{fact("vehicles_seized", "", "count", n.value, "exact")}},
			lawCase{capital(fmt.Sprintf("%s %s were seized in the %s.", k.text, w.text, v)), []pbRow{fact("weapons_seized", w.code, "count", k.value, "exact")}})
	}
	return out
}
