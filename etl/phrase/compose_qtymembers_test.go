package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawQuantityMembersCases) }

// lawQuantityMembersCases: a later member of a list of things named with
// no number may have words of quantity of its own ("seized a quantity of
// heroin and a large quantity of cocaine", "cannabis and some heroin",
// found f511): each member is named with no number, as the first is.
// Every drug and weapon name of the catalogue with the next of its kind,
// after a verb of seizing and as the subject of one, after an arrests
// clause. No fact for the things, the arrests refused with a message too
// where they share the clause: another period ("last year"), a plan
// ("will seize"), "could be", a verb of no metric ("handed in").
func lawQuantityMembersCases(cat *catalog.Catalog, _ *lawGen) []lawCase {
	g := &lawGen{} // draws of its own: the laws after it keep theirs
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	qs := []string{"a quantity of", "a large quantity of", "some", "a significant amount of", "quantities of", "a small quantity of", "a large amount of"}
	for _, kd := range lawNamedKinds(cat) {
		for i, a := range kd.items {
			b := kd.items[(i+3)%len(kd.items)]
			c := kd.items[(i+5)%len(kd.items)]
			if a.code == b.code || c.code == a.code || c.code == b.code {
				continue
			}
			q1, q2 := qs[i%len(qs)], qs[(i+2)%len(qs)]
			unq := func(x lawNamed) pbRow { return pbRow{metric: kd.metric, item: x.code, qualifier: "unquantified"} }
			n := g.num()
			arrests := fact("arrests", "", "people", n.value, "exact")
			out = append(out,
				lawCase{fmt.Sprintf("Officers arrested %s people and seized %s %s and %s %s.", n.text, q1, a.text, q2, b.text), []pbRow{arrests, unq(a), unq(b)}},
				lawCase{fmt.Sprintf("Officers arrested %s people and seized %s, %s %s and %s %s.", n.text, c.text, q1, a.text, q2, b.text), []pbRow{arrests, unq(c), unq(a), unq(b)}},
				lawCase{capital(fmt.Sprintf("%s %s and %s %s were recovered, and %s people were arrested.", q1, a.text, q2, b.text, n.text)), []pbRow{unq(a), unq(b), arrests}},
				lawCase{fmt.Sprintf("Officers arrested %s people and seized %s %s and %s %s last year.", n.text, q1, a.text, q2, b.text), []pbRow{none(n.value)}},
				lawCase{fmt.Sprintf("Officers will arrest %s people and seize %s %s and %s %s.", n.text, q1, a.text, q2, b.text), []pbRow{none(n.value)}},
				lawCase{capital(fmt.Sprintf("%s people were arrested; %s %s and %s %s could be seized.", n.text, q1, a.text, q2, b.text)), []pbRow{arrests}},
				lawCase{capital(fmt.Sprintf("%s people were arrested; %s %s and %s %s were handed in.", n.text, q1, a.text, q2, b.text)), []pbRow{arrests}},
			)
		}
	}
	return out
}
