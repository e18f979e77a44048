package phrase_test

import (
	"fmt"
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawItemGroupIncludesCases) }

// lawItemGroupIncludesCases: an item named as a group of its kind, its
// last word the kind's noun ("class A drugs", "bladed weapons",
// "imitation firearms": every such synonym of items.csv), before
// "including" or "such as" is a kind named with no number: the items it
// includes that are its members (itself, or the items whose class or
// base it is: heroin of class A, zombie knives of knives) are each
// unquantified, and the group adds no fact ("Officers also seized class
// A drugs including crack and MDMA"). Refused: an item of its kind that
// is no member, which the group's words may change ("imitation firearms
// including pistols", "class A drugs including cannabis"), items of
// another kind, a verb not done ("could be seized"), of no metric
// ("handed in"), another period ("last year"); and an item that is no
// group ("Heroin including crack was seized").
func lawItemGroupIncludesCases(cat *catalog.Catalog, _ *lawGen) []lawCase {
	var out []lawCase
	ngroups := 0
	for _, kd := range lawNamedKinds(cat) {
		var others []lawNamed
		for _, o := range lawNamedKinds(cat) {
			if o.metric != kd.metric {
				others = o.items
			}
		}
		for _, it := range cat.Items {
			if it.Kind+"s" != kd.noun {
				continue
			}
			var members, outside []lawNamed
			for _, x := range kd.items {
				var xi catalog.Item
				for _, c := range cat.Items {
					if c.Code == x.code {
						xi = c
					}
				}
				if x.code == it.Code || xi.Class == it.Code || xi.Base == it.Code {
					members = append(members, x)
				} else {
					outside = append(outside, x)
				}
			}
			for _, syn := range it.Synonyms {
				f := strings.Fields(strings.ToLower(syn))
				if len(f) < 2 || f[len(f)-1] != kd.noun {
					continue
				}
				ngroups++
				unq := func(x lawNamed) pbRow { return pbRow{metric: kd.metric, item: x.code, qualifier: "unquantified"} }
				say := func(f string, args ...any) string { return capital(fmt.Sprintf(f, args...)) }
				for i, a := range members {
					b := members[(i+1)%len(members)]
					if a.code == b.code {
						out = append(out, lawCase{say("Officers also seized %s including %s.", syn, a.text), []pbRow{unq(a)}})
					} else {
						out = append(out,
							lawCase{say("Officers also seized %s including %s and %s.", syn, a.text, b.text), []pbRow{unq(a), unq(b)}},
							lawCase{say("%s such as %s and %s were recovered.", syn, a.text, b.text), []pbRow{unq(a), unq(b)}})
					}
					out = append(out,
						lawCase{say("%s including %s could be seized.", syn, a.text), nil},
						lawCase{say("%s including %s were handed in.", syn, a.text), nil},
						lawCase{say("%s including %s were seized last year.", syn, a.text), nil})
				}
				for i, o := range outside {
					if i%3 == 0 {
						out = append(out, lawCase{say("Officers also seized %s including %s.", syn, o.text), nil})
					}
				}
				out = append(out, lawCase{say("%s including %s were seized.", syn, others[ngroups%len(others)].text), nil})
			}
		}
		for i, a := range kd.items {
			if b := kd.items[(i+7)%len(kd.items)]; i%4 == 0 && a.code != b.code {
				out = append(out, lawCase{capital(fmt.Sprintf("%s including %s was seized.", b.text, a.text)), nil})
			}
		}
	}
	if ngroups < 3 {
		panic(fmt.Sprintf("%d groups named as items in items.csv, want at least 3", ngroups))
	}
	return out
}
