package phrase_test

import (
	"fmt"
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawKindCopulaCases) }

// lawSeizedWords are participles of seizing the unquantified laws draw on.
var lawSeizedWords = []string{"seized", "recovered", "found", "confiscated"}

// lawKindCopulaCases: a kind and its verb done, then "were", name the
// kind's items as "included" does ("The drugs recovered were heroin,
// crack cocaine and cannabis", "The weapons seized were knives and
// machetes"): each is unquantified, with or without a figure beside it,
// and the kind is named too (listkind.go: all items, unquantified).
// Refused (no fact for the items): items of another kind than the
// kind's ("The phones seized were knives"), a verb of no metric
// ("handed in"), a verb not done ("could be seized", "will be seized"),
// another period, agent or place after the verb ("last year", "by
// Border Force", "in Essex"), "not" after "were", the kind with no verb
// ("The drugs were heroin"), and "are" (what is so now, not what was
// seized). Every drug and weapon name of the catalogue.
func lawKindCopulaCases(cat *catalog.Catalog, _ *lawGen) []lawCase {
	g := &lawGen{} // draws of its own: the laws after it keep theirs
	var out []lawCase
	for _, kd := range lawNamedKinds(cat) {
		for i, a := range kd.items {
			b, c := kd.items[(i+5)%len(kd.items)], kd.items[(i+11)%len(kd.items)]
			if a.code == b.code || a.code == c.code || b.code == c.code {
				continue
			}
			v := lawSeizedWords[i%len(lawSeizedWords)]
			unq := func(x lawNamed) pbRow { return pbRow{metric: kd.metric, item: x.code, qualifier: "unquantified"} }
			say := func(f string, args ...any) string { return capital(fmt.Sprintf(f, args...)) }
			n := g.num()
			arrests := fact("arrests", "", "people", n.value, "exact")
			out = append(out,
				lawCase{say("The %s %s were %s and %s.", kd.noun, v, a.text, b.text), []pbRow{unq(a), unq(b), lawGroup(kd.metric)}},
				lawCase{say("%s %s were %s, %s and %s.", kd.noun, v, a.text, b.text, c.text), []pbRow{unq(a), unq(b), unq(c), lawGroup(kd.metric)}},
				lawCase{say("%s people were arrested and the %s %s were %s and %s.", n.text, kd.noun, v, a.text, b.text), []pbRow{arrests, unq(a), unq(b), lawGroup(kd.metric)}})
			// refused: another kind, a verb of no metric or not done,
			// another period, agent or place, "not", no verb, "are"
			for _, f := range []string{
				"The " + kd.other + " %[1]s were %[2]s and %[3]s.",
				"The " + kd.noun + " handed in were %[2]s and %[3]s.",
				"The " + kd.noun + " that could be %[1]s were %[2]s and %[3]s.",
				"The " + kd.noun + " that will be %[1]s were %[2]s and %[3]s.",
				"The " + kd.noun + " %[1]s last year were %[2]s and %[3]s.",
				"The " + kd.noun + " %[1]s by Border Force were %[2]s and %[3]s.",
				"The " + kd.noun + " %[1]s in Essex were %[2]s and %[3]s.",
				"The " + kd.noun + " %[1]s were not %[2]s and %[3]s.",
				"The " + kd.noun + " were %[2]s and %[3]s.",
				"The " + kd.noun + " %[1]s are %[2]s and %[3]s.",
			} {
				out = append(out, lawCase{strings.TrimSpace(fmt.Sprintf(f, v, a.text, b.text)), nil})
			}
		}
	}
	return out
}
