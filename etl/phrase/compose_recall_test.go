package phrase_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
	"github.com/countylines/countylines/reference"
)

// Constructions taught for recall (issue 7, session 15), each with the
// same construction where a word changes the thing, the scope or the
// period, expected refused: TestCompositionLaw reads every phrase these
// make.
var lawRecall = []func(*catalog.Catalog, *lawGen) []lawCase{
	lawBothDoneCases, lawOfPeopleCases, lawKindIncludesCases,
}

// lawBothDone are metrics of people whose actions can be joined by "and"
// on one figure, each with its participles as the catalogue gives them.
func lawBothDone(cat *catalog.Catalog) (codes []string, verbs map[string][]string) {
	codes = []string{"arrests", "charged", "released_under_investigation", "safeguarded"}
	verbs = map[string][]string{}
	for _, c := range codes {
		for _, v := range participles(metricOf(cat, c).Actions) {
			// "detained" is an action of arrests and allowed by
			// safeguarded ("detained for their safety"?): leave the
			// words two metrics share to their own laws.
			if c == "safeguarded" && v != "safeguarded" && v != "protected" && v != "supported" {
				continue
			}
			verbs[c] = append(verbs[c], v)
		}
	}
	return codes, verbs
}

// lawBothDoneCases: two actions of different metrics joined by "and" on
// one figure ("11 people were arrested and charged", "arrested and
// charged 11 people") were both done to the same people: a figure of
// each. The same figure is refused when a word changes the period ("last
// year", "so far this year", "compared with"), the thing ("%", "an
// average of"), the scope ("among ... across the region"), when it joins
// them with "or", and when it is a member of a list or a part ("34 men
// and 9 women were arrested and charged": the men's and the women's
// charges are parts the catalogue does not hold, and which verb a part
// after it is of is not said).
func lawBothDoneCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	codes, verbs := lawBothDone(cat)
	none := func(n lawNum) pbRow { return pbRow{metric: "NONE", value: &n.value} }
	k := 0
	for i, a := range codes {
		for j, b := range codes {
			if i == j {
				continue
			}
			for vi := range verbs[a] {
				va, vb := verbs[a][vi], verbs[b][(vi+k)%len(verbs[b])]
				k++
				both := va + " and " + vb
				n := g.num()
				two := []pbRow{fact(a, "", "people", n.value, "exact"), fact(b, "", "people", n.value, "exact")}
				out = append(out,
					lawCase{capital(fmt.Sprintf("%s people were %s", n.text, both)), two},
					lawCase{capital(fmt.Sprintf("A total of %s people have been %s during the week", n.text, both)), two})
				if !strings.Contains(both, " under ") && !strings.Contains(both, " pending ") {
					out = append(out, lawCase{fmt.Sprintf("Officers %s %s people", both, n.text), two})
				}
				// the period, the thing, the scope
				n = g.num()
				out = append(out,
					lawCase{capital(fmt.Sprintf("%s people were %s last year", n.text, both)), []pbRow{none(n)}},
					lawCase{capital(fmt.Sprintf("%s people have been %s so far this year", n.text, both)), []pbRow{none(n)}},
					lawCase{capital(fmt.Sprintf("Previously %s people were %s", n.text, both)), []pbRow{none(n)}},
					lawCase{capital(fmt.Sprintf("An average of %s people were %s", n.text, both)), []pbRow{none(n)}},
					lawCase{fmt.Sprintf("%s%% of people were %s", n.text, both), []pbRow{none(n)}})
				n2 := g.num()
				out = append(out,
					lawCase{capital(fmt.Sprintf("%s people were %s, compared with %s last year", n.text, both, n2.text)), []pbRow{none(n), none(n2)}},
					lawCase{capital(fmt.Sprintf("The %s people %s in Kent were among %s across the region", n.text, both, n2.text)), []pbRow{none(n), none(n2)}},
					// "or": one figure for either
					lawCase{capital(fmt.Sprintf("%s people were %s or %s", n.text, va, vb)), []pbRow{none(n)}},
					// a list: the members' parts of one action are not held
					lawCase{capital(fmt.Sprintf("%s men and %s women were %s", n.text, n2.text, both)), []pbRow{none(n), none(n2)}})
				// a part: of which action's figure?
				n3 := lawNum{"three", 3}
				out = append(out, lawCase{capital(fmt.Sprintf("%s people were %s, including %s women", n.text, both, n3.text)),
					[]pbRow{fact(a, "", "people", n.value, "exact"), fact(b, "", "people", n.value, "exact"), none(n3)}})
			}
		}
	}
	return out
}

// TestBothDoneLaw: a figure with two actions joined by "and" reads as
// the union of the figure read with each action alone, whatever words
// of period, place or thing stand with it; when either alone gives no
// fact, or a message, the figure gives no fact at all.
func TestBothDoneLaw(t *testing.T) {
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	r := newReader(t)
	codes, verbs := lawBothDone(cat)
	around := []string{"", " last year", " in the previous week", " last week", " across the region", " nationally",
		" in one town", " in Kent alone", " so far this year", " this year", " to date", ", up from 8", " on suspicion of drug offences",
		" for drug offences", ", all of them adults", " in total", " by other forces", " during the week of action"}
	before := []string{"", "Previously ", "Of the 40, ", "An estimated ", "Almost ", "Another ", "Elsewhere, "}
	cases, read := 0, 0
	for i, a := range codes {
		for j, b := range codes {
			if i == j {
				continue
			}
			for _, va := range verbs[a] {
				vb := verbs[b][len(va)%len(verbs[b])]
				for x, ar := range around {
					bf := before[x%len(before)]
					say := func(v string) string { return bf + "12 people were " + v + ar }
					one := r.Read(say(va), phrase.Context{})
					two := r.Read(say(vb), phrase.Context{})
					got := r.Read(say(va+" and "+vb), phrase.Context{})
					cases++
					var want []string
					if len(one.Facts) == 1 && len(two.Facts) == 1 && !saysOf(one, 12) && !saysOf(two, 12) && one.Facts[0].Metric != two.Facts[0].Metric {
						want = []string{fmtFact(one.Facts[0]), fmtFact(two.Facts[0])}
						read++
					}
					var have []string
					for _, f := range got.Facts {
						if f.Value != nil && *f.Value == 12 {
							have = append(have, fmtFact(f))
						}
					}
					if strings.Join(sorted(have), "; ") != strings.Join(sorted(want), "; ") {
						t.Errorf("%q: read %v, want %v (alone: %v | %v)", say(va+" and "+vb), have, want, one, two)
					}
				}
			}
		}
	}
	t.Logf("both-done law: %d phrases, %d read as two facts", cases, read)
}

func sorted(s []string) []string {
	out := append([]string{}, s...)
	sort.Strings(out)
	return out
}

// saysOf reports a message about the figure of value v.
func saysOf(rd phrase.Reading, v float64) bool {
	for _, m := range rd.Messages {
		if m.Value != nil && *m.Value == v {
			return true
		}
	}
	return false
}

// lawOfPeopleCases: after a noun of things a metric counts (checks,
// visits, searches), "of" and people say whom they were done to, as
// "on" does: "40 safe and well checks of vulnerable children" are 40
// welfare visits, never 40 children safeguarded (read so before). The
// same construction is refused where a word changes the thing (people
// named as a part, "drug dealers", whose things may be a kind of their
// own; "checks" that no metric counts alone), the period ("last year",
// "up from") or the share ("%"), and a number before the people makes
// them a figure of their own.
func lawOfPeopleCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(n lawNum) pbRow { return pbRow{metric: "NONE", value: &n.value} }
	things := []struct{ noun, metric string }{}
	for _, o := range metricOf(cat, "welfare_visits").Objects {
		things = append(things, struct{ noun, metric string }{plural(o), "welfare_visits"})
	}
	things = append(things, struct{ noun, metric string }{"stop and searches", "stop_searches"}, struct{ noun, metric string }{"stop searches", "stop_searches"})
	people := []struct{ text, juvenile string }{
		{"vulnerable people", "safeguarded"}, {"vulnerable adults", "safeguarded_adult"}, {"children", "safeguarded_juvenile"},
		{"vulnerable children", "safeguarded_juvenile"}, {"young people", "safeguarded_juvenile"}, {"vulnerable women", "safeguarded_adult_female"},
		{"the vulnerable people", "safeguarded"},
	}
	verbs := []string{"", " were carried out", " were completed", " have been conducted"}
	for i, th := range things {
		for j, pp := range people {
			if th.metric == "stop_searches" && strings.Contains(pp.text, "vulnerable") {
				continue
			}
			v := verbs[(i+j)%len(verbs)]
			n, h := g.num(), g.hedge()
			out = append(out, lawCase{capital(fmt.Sprintf("%s%s %s of %s%s", h.text, n.text, th.noun, pp.text, v)), []pbRow{fact(th.metric, "", "count", n.value, h.q)}})
			n = g.num()
			out = append(out, lawCase{fmt.Sprintf("Officers made %s %s of %s", n.text, th.noun, pp.text), []pbRow{fact(th.metric, "", "count", n.value, "exact")}})
			// the period, the share
			n = g.num()
			out = append(out,
				lawCase{capital(fmt.Sprintf("%s %s of %s%s last year", n.text, th.noun, pp.text, v)), []pbRow{none(n)}},
				lawCase{capital(fmt.Sprintf("%s%% of %s of %s%s", n.text, th.noun, pp.text, v)), []pbRow{none(n)}})
			n2 := g.num()
			out = append(out, lawCase{capital(fmt.Sprintf("%s %s of %s%s, up from %s", n.text, th.noun, pp.text, v, n2.text)), []pbRow{none(n), none(n2)}})
			// the thing: people named as a part (a stop and search of a
			// drug dealer is still one)
			if th.metric == "welfare_visits" {
				out = append(out, lawCase{capital(fmt.Sprintf("%s %s of drug dealers%s", n.text, th.noun, v)), []pbRow{none(n)}})
			}
			// a number before the people: a figure of its own, read
			// when its words name a metric ("vulnerable"), refused
			// when they do not ("12 children": engaged or safeguarded?)
			if th.metric == "welfare_visits" && v == "" {
				twelve := fact(pp.juvenile, "", "people", 12, "exact")
				if !strings.Contains(pp.text, "vulnerable") {
					twelve = pbRow{metric: "NONE", value: twelve.value}
				}
				out = append(out, lawCase{capital(fmt.Sprintf("%s %s of 12 %s", n.text, th.noun, strings.TrimPrefix(pp.text, "the "))),
					[]pbRow{fact(th.metric, "", "count", n.value, "exact"), twelve}})
			}
		}
	}
	// no metric counts the noun alone
	for _, pp := range people {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s checks of %s", n.text, pp.text)), []pbRow{none(n)}},
			lawCase{capital(fmt.Sprintf("%s phones of %s were seized", n.text, "drug dealers")), []pbRow{none(n)}})
	}
	return out
}

// lawKindIncludesCases: the items a kind named with no number includes
// ("seized weapons including knives and axes", "Illegal weapons
// including knives were also seized", "a quantity of drugs including
// heroin and cocaine") are named with no number: each is unquantified,
// in a sentence that gives figures. Refused (no fact for the items): a
// number on the kind (its parts add no fact), items of another kind
// than the kind's ("phones including knives"), a verb of no metric
// ("handed in"), a modal ("could be seized"), a word of another period
// in the items' clause ("last year", "in previous operations"), and
// "not".
func lawKindIncludesCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	type named struct{ text, code string }
	var weapons, drugs []named
	for _, w := range lawWeaponNames(cat) {
		weapons = append(weapons, named{plural(w[0]), w[1]})
	}
	for _, it := range cat.Items {
		if it.Kind != "drug" || it.Code == "other_drug" || strings.HasPrefix(it.Code, "class_") {
			continue
		}
		for _, d := range lawDrugNames(it) {
			drugs = append(drugs, named{d, it.Code})
		}
	}
	kinds := []struct {
		metric, noun string
		groups       []string
		items        []named
		other        string
	}{
		{"weapons_seized", "weapons", []string{"weapons", "various weapons", "illegal weapons", "a number of weapons", "offensive weapons"}, weapons, "phones"},
		{"drugs_seized", "drugs", []string{"drugs", "a quantity of drugs", "quantities of drugs", "illegal drugs", "various drugs"}, drugs, "weapons"},
	}
	incl := []string{"including", "such as", "like"}
	for _, kd := range kinds {
		for i, a := range kd.items {
			b := kd.items[(i+5)%len(kd.items)]
			if a.code == b.code {
				continue
			}
			grp := kd.groups[i%len(kd.groups)]
			inc := incl[i%len(incl)]
			unq := func(x named) pbRow { return pbRow{metric: kd.metric, item: x.code, qualifier: "unquantified"} }
			n := g.num()
			arrests := fact("arrests", "", "people", n.value, "exact")
			out = append(out,
				lawCase{fmt.Sprintf("Officers arrested %s people and seized %s %s %s and %s.", n.text, grp, inc, a.text, b.text), []pbRow{arrests, unq(a), unq(b)}},
				lawCase{capital(fmt.Sprintf("%s people were arrested and %s %s %s and %s were also recovered.", n.text, grp, inc, a.text, b.text)), []pbRow{arrests, unq(a), unq(b)}})
			// a number on the kind: its parts give no fact
			m := g.digits()
			if kd.metric == "weapons_seized" {
				out = append(out, lawCase{fmt.Sprintf("Officers arrested %s people and seized %s %s %s %s and %s.", n.text, m.text, kd.noun, inc, a.text, b.text),
					[]pbRow{arrests, fact(kd.metric, "", "count", m.value, "exact")}})
			}
			// another kind, a verb of no metric, a modal
			out = append(out,
				lawCase{fmt.Sprintf("Officers arrested %s people and seized %s %s %s and %s.", n.text, kd.other, inc, a.text, b.text), []pbRow{arrests}},
				lawCase{capital(fmt.Sprintf("%s people were arrested and %s %s %s and %s were handed in.", n.text, grp, inc, a.text, b.text)), []pbRow{arrests}},
				lawCase{capital(fmt.Sprintf("%s people were arrested and %s %s %s and %s could be seized.", n.text, grp, inc, a.text, b.text)), []pbRow{arrests}})
			// another period in the items' clause
			out = append(out,
				lawCase{capital(fmt.Sprintf("%s people were arrested; %s %s %s and %s were seized last year.", n.text, grp, inc, a.text, b.text)), []pbRow{arrests}},
				lawCase{capital(fmt.Sprintf("%s people were arrested; %s %s %s and %s were seized in previous operations.", n.text, grp, inc, a.text, b.text)), []pbRow{arrests}},
				lawCase{capital(fmt.Sprintf("%s people were arrested but %s %s %s and %s were not seized.", n.text, grp, inc, a.text, b.text)), []pbRow{{metric: "NONE", value: &n.value}}})
		}
	}
	return out
}
