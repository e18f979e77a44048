package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

func init() { lawRecall = append(lawRecall, lawSharedVerbCases) }

// lawSharedVerbCases: two verbs of different metrics of one section
// joined by "and" share one object ("Officers arrested and charged 11
// people", "11 people were detained and charged"): the figure is each
// verb's. Every word the catalogue has for an arrest, as past simple and
// as participle, before and after "charged" and "released under
// investigation", with and without a hedge, and followed by "and" and a
// figure of its own. Refused, each with a message and no fact: "or" for
// "and"; a verb nobody taught ("interviewed"); a thing the verbs are not
// done to ("vehicles"); another period
// before, after or containing it ("Last year", "since 2020", "in the year
// up to Sunday"); one day ("on Monday"); a part of the area ("In
// Dover,"); the country ("Nationally,"); a plan ("will be"); "not"; "no
// one"; a condition ("If ..."); words after it ("from London", ",
// TBC", ", including Essex", "with 40 offences"); a figure of one of the
// same metrics in its sentence ("made 40 arrests and ..."); and a verb of
// another section ("arrested and safeguarded 11 children"). Every number
// is one g.num() draw. Another force as the subject needs the text's own
// force: TestSharedVerbAgency.
func lawSharedVerbCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(n lawNum) pbRow { return pbRow{metric: "NONE", value: &n.value} }
	people := func(code string, v float64, q string) pbRow { return fact(code, "", "people", v, q) }
	arrests := metricOf(cat, "arrests")
	var active, passive []string
	for _, v := range pastSimple(arrests.Actions) {
		if !strings.Contains(v, " ") && v != "held" {
			active = append(active, v)
		}
	}
	for _, v := range participles(arrests.Actions) {
		if v != "held" {
			passive = append(passive, v)
		}
	}
	type second struct{ code, active, passive string }
	seconds := []second{{"charged", "charged", "charged"}, {"released_under_investigation", "", "released under investigation"}}
	for i, a := range passive {
		for _, s := range seconds {
			n := g.num()
			out = append(out, lawCase{capital(fmt.Sprintf("%s people were %s and %s.", n.text, a, s.passive)),
				[]pbRow{people("arrests", n.value, "exact"), people(s.code, n.value, "exact")}})
			if i < len(active) && s.active != "" {
				v := active[i]
				n = g.num()
				out = append(out, lawCase{fmt.Sprintf("Officers %s and %s %s people.", v, s.active, n.text),
					[]pbRow{people("arrests", n.value, "exact"), people(s.code, n.value, "exact")}})
				n = g.num()
				out = append(out, lawCase{fmt.Sprintf("Officers %s and %s %s people.", s.active, v, n.text),
					[]pbRow{people("arrests", n.value, "exact"), people(s.code, n.value, "exact")}})
				n, h := g.num(), g.hedge()
				out = append(out, lawCase{fmt.Sprintf("Officers %s and %s %s%s people and seized %s knives.", v, s.active, h.text, n.text, "12"),
					[]pbRow{people("arrests", n.value, h.q), people(s.code, n.value, h.q), fact("weapons_seized", "knife", "count", 12, "exact")}})
			}
		}
	}
	// Refused: the same construction, a word changing what, whose, when,
	// where, or whether.
	for _, f := range []string{
		"Officers arrested or charged %s people.",
		"Officers arrested and interviewed %s people.",
		"Officers arrested and charged %s vehicles.",
		"Last year, officers arrested and charged %s people.",
		"Officers arrested and charged %s people since 2020.",
		"Officers arrested and charged %s people in the year up to Sunday.",
		"Officers arrested and charged %s people on Monday.",
		"In Dover, officers arrested and charged %s people.",
		"Nationally, police arrested and charged %s people.",
		"%s people will be arrested and charged.",
		"%s people were not arrested and charged.",
		"If officers arrested and charged %s people, it would be a record.",
		"When officers arrested and charged %s people, more were found.",
		"Officers arrested and charged %s people from London.",
		"Officers arrested and charged %s people, TBC.",
		"Officers arrested and charged %s people, including Essex.",
		"Officers arrested and charged %s people, regional total.",
		"Officers detained and charged %s people and beyond.",
	} {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf(f, n.text)), []pbRow{none(n)}})
	}
	n, k := g.num(), g.num()
	out = append(out, lawCase{fmt.Sprintf("Officers arrested and charged %s people with %s offences.", n.text, k.text),
		[]pbRow{none(n), fact("charges", "", "count", k.value, "exact")}})
	n, k = g.num(), g.num()
	if n.value != k.value {
		out = append(out, lawCase{fmt.Sprintf("Officers made %s arrests and arrested and charged %s people.", k.text, n.text),
			[]pbRow{none(n), none(k)}})
	}
	n = g.num()
	out = append(out, lawCase{fmt.Sprintf("Officers arrested and safeguarded %s children.", n.text), []pbRow{none(n)}})
	for _, f := range []string{"No one was arrested and charged.", "No-one was charged.", "Officers said no one was arrested."} {
		out = append(out, lawCase{f, []pbRow{{metric: "NONE", value: ptr(1)}}})
	}
	return out
}

func ptr(v float64) *float64 { return &v }

// TestSharedVerbAgency: in Kent's text, "Essex Police arrested and
// charged 11 people" is Essex's figure, scoped and no fact, as the same
// figure with one verb is; the text's own officers' is Kent's.
func TestSharedVerbAgency(t *testing.T) {
	r := newReader(t)
	for text, want := range map[string]int{
		"Essex Police arrested and charged 11 people.":                      0,
		"Officers from Essex Police arrested and charged 11 people.":        0,
		"Kent Police arrested and charged 11 people.":                       2,
		"11 people were arrested and charged by Essex Police.":              0,
		"The Met arrested and charged 11 people in London.":                 0,
		"Officers in Kent arrested and charged 11 people.":                  2,
		"British Transport Police officers arrested and charged 11 people.": 0,
	} {
		rd := r.Read(text, phrase.Context{Force: "kent"})
		if len(rd.Facts) != want {
			t.Errorf("%q: %d facts %v, want %d", text, len(rd.Facts), rd.Facts, want)
		}
		if want == 0 && len(rd.Messages) == 0 {
			t.Errorf("%q: no fact and no message", text)
		}
	}
}
