package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

// The laws of round fourteen's wrong and extra facts (found.csv f1300-
// f1410): each is a figure a press release draft would have filled in
// wrongly, or dropped in silence. TestCompositionLaw reads every phrase
// they make.

func init() { lawPrecise = append(lawPrecise, lawShareCases) }

// lawShares are the shares English names before "of", and their values.
var lawShares = []struct {
	text  string
	value float64
}{
	{"a quarter of", 0.25}, {"one quarter of", 0.25}, {"three quarters of", 0.75}, {"a third of", 0.333333},
	{"one third of", 0.333333}, {"two thirds of", 0.666667}, {"half of", 0.5}, {"one half of", 0.5}, {"a fifth of", 0.2},
}

// lawShareCases: a share of a figure ("More than a quarter of the 1,000
// people arrested", "Two thirds of all lines", round fourteen's f1310 and
// f1313) is no figure of the catalogue: it is named by a message with
// its value, never dropped, and the figure it is a share of is never
// read as the part's ("three quarters of the 12 people arrested were
// men" is no 12 men arrested). A fraction of a scale ("three quarters of
// a million pounds") is one number, read.
func lawShareCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	groups := []string{"men", "women", "children", "under 18", "from out of the area"}
	for i, s := range lawShares {
		sv := s.value
		share := pbRow{metric: "NONE", value: &sv}
		n := g.digits()
		nv := n.value
		h := g.hedge()
		out = append(out,
			lawCase{capital(fmt.Sprintf("%s%s the %s people arrested were %s", h.text, s.text, n.text, groups[i%len(groups)])), []pbRow{share, {metric: "NONE", value: &nv}}},
			lawCase{capital(fmt.Sprintf("%s all lines closed came from London", s.text)), []pbRow{share}},
			lawCase{capital(fmt.Sprintf("%s the arrests were of children", s.text)), []pbRow{share}},
			lawCase{fmt.Sprintf("Police said %s those safeguarded were children", s.text), []pbRow{share}})
	}
	for _, s := range []lawNum{{"a quarter of a million pounds", 250000}, {"three quarters of a million pounds", 750000}, {"half a million pounds", 500000}} {
		h := g.hedge()
		out = append(out, lawCase{fmt.Sprintf("Officers seized %s%s worth of drugs", h.text, s.text), []pbRow{fact("drugs_seized", "", "gbp", s.value, h.q)}})
	}
	return out
}
