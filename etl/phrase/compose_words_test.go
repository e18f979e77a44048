package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawRecall = append(lawRecall, lawNewWordsCases) }

// lawNewWords are words of real release wording taught in session 20
// (reference/metrics.csv, items.csv, words.csv), each in the noun phrase
// a release writes, with what its figure counts: a hammer is another weapon,
// throwing and locking knives knives, CS canisters CS spray, designer
// clothes, items and handbags designer goods, monkey dust another drug;
// "hard" drugs, "dried" cannabis and "lucrative" lines only describe.
// %s is the number, a sum or a quantity as the kind says.
var lawNewWords = []struct {
	np, kind, metric, item, unit string
}{
	{"hard drugs worth %s", "money", "drugs_seized", "", "gbp"},
	{"dried cannabis worth %s", "money", "drugs_seized", "cannabis", "gbp"},
	{"%s of monkey dust", "mass", "drugs_seized", "other_drug", ""},
	{"%s throwing knives", "count", "weapons_seized", "knife", "count"},
	{"%s locking knives", "count", "weapons_seized", "knife", "count"},
	{"%s hammers", "count", "weapons_seized", "other_weapon", "count"},
	{"%s CS canisters", "count", "weapons_seized", "cs_spray", "count"},
	{"%s CS gas canisters", "count", "weapons_seized", "cs_spray", "count"},
	{"designer clothes worth %s", "money", "assets_seized", "designer_goods", "gbp"},
	{"%s designer handbags", "count", "assets_seized", "designer_goods", "count"},
	{"designer items worth %s", "money", "assets_seized", "designer_goods", "gbp"},
}

// lawNewWordsCases: each new word's noun phrase, seized (passive and
// active) or, for lines, closed, reads as the catalogue's own word does.
// Refused, with a message and no fact: another period ("Last year,", "in
// the year up to Sunday"), a plan ("will be"), "not", the country
// ("Nationally,"), a part of the area ("In Dover,"), an aim
// ("Officers hope to seize"), a verb of no metric ("handed in"), a
// percentage; words nobody taught us after "hard" or "dried" ("dried
// flowers", "hard hats") stay unread, and so do lucrative lines that
// will be closed.
func lawNewWordsCases(cat *catalog.Catalog, _ *lawGen) []lawCase {
	g := &lawGen{} // draws of its own: the laws after it keep theirs
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	for i, w := range lawNewWords {
		var text string
		var v float64
		unit := w.unit
		switch w.kind {
		case "money":
			m := g.money()
			text, v = m.text, m.value
		case "mass":
			q := g.mass()
			for k := 0; k < len(lawMasses) && !q.plain; k++ {
				q = g.mass()
			}
			n := g.digits()
			text, v, unit = fmt.Sprintf(q.text, n.text), n.value*q.scale, q.unit
		default:
			n := g.num()
			text, v = n.text, n.value
		}
		np := fmt.Sprintf(w.np, text)
		was := "were"
		if w.kind != "count" {
			was = "was"
		}
		want := []pbRow{fact(w.metric, w.item, unit, v, "exact")}
		no := []pbRow{none(v)}
		out = append(out,
			lawCase{capital(fmt.Sprintf("%s %s seized.", np, was)), want},
			lawCase{fmt.Sprintf("Officers seized %s.", np), want},
			lawCase{fmt.Sprintf("Officers arrested 14 people and recovered %s.", np), append([]pbRow{fact("arrests", "", "people", 14, "exact")}, want...)},
		)
		refused := []string{
			"Last year, officers seized %s.", "%s " + was + " seized in the year up to Sunday.", "%s will be seized.",
			"%s " + was + " not seized.", "Nationally, %s " + was + " seized.", "In Dover, %s " + was + " seized.",
			"Officers hope to seize %s.", "%s " + was + " handed in.",
		}
		for j, f := range refused {
			if (i+j)%2 == 0 {
				out = append(out, lawCase{capital(fmt.Sprintf(f, np)), no})
			}
		}
	}
	// a percentage is no figure
	for _, np := range []string{"%s%% of throwing knives", "%s%% of hammers", "%s%% of designer handbags"} {
		n := g.digits()
		out = append(out, lawCase{capital(fmt.Sprintf(np+" were seized.", n.text)), []pbRow{none(n.value)}})
	}
	for _, f := range []string{"Officers shut down %s lucrative county lines.", "%s lucrative deal lines were closed."} {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf(f, n.text)), []pbRow{fact("lines_closed", "", "count", n.value, "exact")}})
	}
	for _, f := range []string{"%s lucrative county lines will be closed.", "Last year, %s lucrative county lines were closed.",
		"Officers seized %s dried flowers.", "%s hard hats were seized."} {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf(f, n.text)), []pbRow{none(n.value)}})
	}
	return out
}
