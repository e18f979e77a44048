package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawBareAfterNamedCases) }

// lawBareAfterNamedCases: a thing named with no number counts nothing,
// and a bare number after it and "and" is not a count of it ("Officers
// seized knives and 15,000 in cash" read knife 15000 before): the number
// is refused, or read by its own words ("15,000 cash": cash). Every
// weapon, asset, phone and vehicle word of the catalogue.
func lawBareAfterNamedCases(cat *catalog.Catalog, _ *lawGen) []lawCase {
	g := &lawGen{} // draws of its own: the laws after it keep theirs
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	var things []lawNamed
	for _, kd := range lawNamedKinds(cat) {
		if kd.metric == "weapons_seized" {
			things = append(things, kd.items...)
		}
	}
	for _, b := range []string{"mobile phones", "vehicles", "designer goods"} {
		things = append(things, lawNamed{b, ""})
	}
	metricOfThing := func(x lawNamed) string {
		switch x.text {
		case "mobile phones":
			return "mobile_phones_seized"
		case "vehicles":
			return "vehicles_seized"
		case "designer goods":
			return "assets_seized"
		}
		return "weapons_seized"
	}
	for i, x := range things {
		named := pbRow{metric: metricOfThing(x), item: x.code, qualifier: "unquantified"}
		if x.text == "designer goods" {
			named.item = "designer_goods"
		}
		n := g.num()
		var rows []pbRow
		if named.metric != "mobile_phones_seized" && named.metric != "vehicles_seized" {
			rows = append(rows, named) // phones and vehicles are never unquantified
		}
		switch i % 3 {
		case 0:
			out = append(out, lawCase{fmt.Sprintf("Officers seized %s and %s.", x.text, n.text), append(rows, none(n.value))})
		case 1:
			out = append(out, lawCase{capital(fmt.Sprintf("%s and %s were seized.", x.text, n.text)), append(rows, none(n.value))})
		default:
			d := g.digits()
			out = append(out, lawCase{fmt.Sprintf("Officers seized %s and %s cash.", x.text, d.text), append(rows, fact("cash_seized", "", "gbp", d.value, "exact"))})
		}
	}
	return out
}
