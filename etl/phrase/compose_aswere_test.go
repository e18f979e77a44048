package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawAsWereCases) }

// lawAsWereCases: "as were" after a comma says the verb before it again
// of the things after it ("78 mobile phones were seized, as were heroin
// and cocaine", "Cash was seized, as were a quantity of drugs including
// heroin"): each thing named with no number is unquantified. Refused,
// the things as well as the figure: the verb not done ("could be
// seized", "were not seized"), another period ("last year"), a place or
// another's officers in its clause ("In Leeds, ..."; "Officers from
// Essex Police ..." in a force's text, which these phrases are not), or
// words between the verb and the comma ("seized by Border Force, as
// were"). Every drug and weapon name.
func lawAsWereCases(cat *catalog.Catalog, _ *lawGen) []lawCase {
	g := &lawGen{} // draws of its own: the laws after it keep theirs
	var out []lawCase
	for _, kd := range lawNamedKinds(cat) {
		for i, a := range kd.items {
			b := kd.items[(i+3)%len(kd.items)]
			if a.code == b.code {
				continue
			}
			v := lawSeizedWords[i%len(lawSeizedWords)]
			unq := func(x lawNamed) pbRow { return pbRow{metric: kd.metric, item: x.code, qualifier: "unquantified"} }
			n := g.num()
			phones := fact("mobile_phones_seized", "", "count", n.value, "exact")
			none := pbRow{metric: "NONE", value: &n.value}
			out = append(out,
				lawCase{capital(fmt.Sprintf("%s mobile phones were %s, as were %s and %s.", n.text, v, a.text, b.text)), []pbRow{phones, unq(a), unq(b)}},
				lawCase{fmt.Sprintf("Cash was %s, as were %s and %s.", v, a.text, b.text), []pbRow{unq(a), unq(b)}},
				lawCase{capital(fmt.Sprintf("%s mobile phones were %s, as were a quantity of %s including %s and %s.", n.text, v, kd.noun, a.text, b.text)), []pbRow{phones, unq(a), unq(b), lawGroup(kd.metric)}},
				// refused
				lawCase{capital(fmt.Sprintf("%s mobile phones could be %s, as were %s and %s.", n.text, v, a.text, b.text)), []pbRow{none}},
				lawCase{capital(fmt.Sprintf("%s mobile phones were not %s, as were %s and %s.", n.text, v, a.text, b.text)), []pbRow{none}},
				lawCase{capital(fmt.Sprintf("%s mobile phones were %s last year, as were %s and %s.", n.text, v, a.text, b.text)), []pbRow{none}},
				lawCase{fmt.Sprintf("In Leeds, %s mobile phones were %s, as were %s and %s.", n.text, v, a.text, b.text), []pbRow{none}},
				lawCase{fmt.Sprintf("Cash was %s by Border Force, as were %s and %s.", v, a.text, b.text), nil})
		}
	}
	return out
}
