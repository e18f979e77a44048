package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawOwnPeopleSumCases) }

// lawOwnPeopleSumCases: the force's own people named as the subject of a
// clause before a sum with no noun ("Officers arrested 62 people and
// seized nearly £4,500", found f1330) are never what the sum is the
// value of: it is cash. Every verb of cash, after a clause of arrests,
// warrants or safeguarding, under "Officers", "Police", "Detectives",
// "Teams", "Police officers". Refused, the sum giving no fact and a
// message: a thing named beside it (cannabis, a car, county lines
// seized or closed), a word nobody taught us in its clause ("in
// Bitcoin"), another period, a day, the country, a part of the area, an aim.
func lawOwnPeopleSumCases(cat *catalog.Catalog, _ *lawGen) []lawCase {
	g := &lawGen{} // draws of its own: the laws after it keep theirs
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	m := metricOf(cat, "cash_seized")
	active := pastSimple(m.Actions)
	subjects := []string{"Officers", "Police", "Detectives", "Teams", "Police officers"}
	firsts := []struct{ text, metric, unit string }{
		{"arrested %s people", "arrests", "people"},
		{"executed %s warrants", "warrants", "count"},
		{"safeguarded %s vulnerable people", "safeguarded", "people"},
	}
	for i, v := range active {
		s := subjects[i%len(subjects)]
		f := firsts[i%len(firsts)]
		n, mo, h := g.num(), g.money(), g.hedge()
		first := fact(f.metric, "", f.unit, n.value, "exact")
		clause := fmt.Sprintf("%s "+f.text, s, n.text)
		out = append(out, lawCase{fmt.Sprintf("%s and %s %s%s.", clause, v, h.text, mo.text),
			[]pbRow{first, fact("cash_seized", "", "gbp", mo.value, h.q)}})
		// a thing named beside it, a word nobody taught us: the value?
		for j, t := range []string{"%s and %s cannabis and %s.", "%s and %s a car and %s.", "%s and %s %s in Bitcoin."} {
			if (i+j)%2 != 0 {
				continue
			}
			rows := []pbRow{first, none(mo.value)}
			switch j {
			case 0:
				rows = append(rows, pbRow{metric: "drugs_seized", item: "cannabis", qualifier: "unquantified"})
			case 1:
				rows = append(rows, fact("vehicles_seized", "", "count", 1, "exact"))
			}
			out = append(out, lawCase{fmt.Sprintf(t, clause, "seized", mo.text), rows})
		}
		k := g.num()
		out = append(out, lawCase{fmt.Sprintf("%s closed %s county lines and %s %s.", s, k.text, v, mo.text),
			[]pbRow{fact("lines_closed", "", "count", k.value, "exact"), none(mo.value)}})
		// not the force's week's, or not done: no fact at all
		for j, t := range []string{"Last year, %s and %s %s.", "%s and %s %s on Monday.", "%s and %s %s across the country.",
			"In Dover, %s and %s %s."} {
			if (i+j)%2 == 0 {
				out = append(out, lawCase{fmt.Sprintf(t, clause, v, mo.text), []pbRow{none(n.value), none(mo.value)}})
			}
		}
		out = append(out, lawCase{fmt.Sprintf("%s; they hope to seize %s.", clause, mo.text), []pbRow{first, none(mo.value)}})
	}
	return out
}
