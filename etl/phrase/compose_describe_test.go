package phrase_test

import (
	"fmt"
	"slices"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawKinds = append(lawKinds, lawDescribingCases) }

// lawDescribing are describing words in the reference words' closed
// list of words that change nothing counted: between a number and the
// noun of what is counted they say what the things were like, not what
// they were. A word's form (an ending, a hyphen) never makes one: see
// lawReKinding.
var lawDescribing = []string{"sophisticated", "notorious", "so-called", "expensive", "massive",
	"hard-won", "fearsome", "long-barrelled", "gold-plated", "powerful"}

// lawNotDescribing are words nobody taught the grammar in the same place
// that may say what was counted, or that it was not the noun: a noun
// ("hospital visits"), a word turned against its noun ("inoperable",
// "unusable", "unlicensed"), a word with no adjective's form ("teenage").
// The figure is refused with a message, never read as the noun.
var lawNotDescribing = []string{"hospital", "inoperable", "unusable", "teenage", "disassembled", "garden", "cupboard", "unlicensed", "noncompliant"}

// lawDescribingCases: "Officers seized six sophisticated firearms" counts
// firearms; "six inoperable firearms" is refused. Every counted thing of
// the catalogue, drug wraps and county lines, with each kind of word, in
// the active and the passive, one or two describing words.
func lawDescribingCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	weapons := metricOf(cat, "weapons_seized")
	verb, act := lawVerbs(weapons)
	lines := metricOf(cat, "lines_closed")
	lverb, lact := lawVerbs(lines)
	d, nd := 0, 0
	adj := func() string { d++; return lawDescribing[d%len(lawDescribing)] }
	not := func() string { nd++; return lawNotDescribing[nd%len(lawNotDescribing)] }
	none := func(n lawNum) pbRow { v := n.value; return pbRow{metric: "NONE", value: &v} }
	for _, th := range lawThings(cat) {
		one := func(n lawNum, h lawHedge) pbRow { return fact(th.metric, th.item, "count", n.value, h.q) }
		n, h := g.num(), g.hedge()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s%s %s %s", act(), h.text, n.text, adj(), th.noun), []pbRow{one(n, h)}})
		n, h = g.num(), g.hedge()
		out = append(out, lawCase{capital(fmt.Sprintf("%s%s %s %s were %s", h.text, n.text, adj(), th.noun, verb())), []pbRow{one(n, h)}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s %s %s and £500 in cash", act(), n.text, adj(), adj(), th.noun),
			[]pbRow{one(n, lawHedge{"", "exact"}), fact("cash_seized", "", "gbp", 500, "exact")}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s illegal %s %s", act(), n.text, adj(), th.noun), []pbRow{one(n, lawHedge{"", "exact"})}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s %s", act(), n.text, not(), th.noun), []pbRow{none(n)}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s %s were %s", n.text, not(), th.noun, verb())), []pbRow{none(n)}})
	}
	drugs := metricOf(cat, "drugs_seized")
	dverb, _ := lawVerbs(drugs)
	for _, it := range cat.Items {
		for _, name := range lawDrugNames(it) {
			n := g.digits()
			out = append(out, lawCase{fmt.Sprintf("%s %s wraps of %s were %s", n.text, adj(), name, dverb()),
				[]pbRow{fact("drugs_seized", it.Code, "wraps", n.value, "exact")}})
		}
	}
	for _, o := range lines.Objects {
		n, h := g.num(), g.hedge()
		out = append(out, lawCase{fmt.Sprintf("Police %s %s%s %s %s", lact(), h.text, n.text, adj(), plural(o)),
			[]pbRow{fact("lines_closed", "", "count", n.value, h.q)}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s %s were %s", n.text, adj(), plural(o), lverb())),
			[]pbRow{fact("lines_closed", "", "count", n.value, "exact")}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s %s were %s", n.text, not(), plural(o), lverb())), []pbRow{none(n)}})
	}
	return out
}

func init() { lawKinds = append(lawKinds, lawIntensifierCases) }

// lawIntensifiers are the words of degree that stand before a describing
// word ("extremely vulnerable", "highly dangerous"): a closed class of
// English, in the reference words as words that say nothing of the figure.
// "particularly" and "especially" are not among them: after a figure
// they single out a part ("12 weapons, especially knives"): lawFocusCases.
var lawIntensifiers = []string{"very", "extremely", "highly", "incredibly", "seriously", "severely", "really", "hugely", "deeply", "increasingly"}

func init() { lawKinds = append(lawKinds, lawFocusCases) }

// lawFocusCases (review12 W7): "particularly" or "especially" after a
// figure names the notable part of what it counts, not the whole:
// "Officers seized 12 weapons, especially knives" is never 12 knives,
// "40 wraps of drugs, particularly heroin" never 40 wraps of heroin.
// Neither figure is read as the part; refused (NONE) with a message.
func lawFocusCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	wholes := map[string]string{"weapons_seized": "weapons", "drugs_seized": "wraps of drugs"}
	k := 0
	for _, th := range lawThings(cat) {
		whole, ok := wholes[th.metric]
		if !ok || th.item == "" {
			continue
		}
		for _, w := range []string{"especially", "particularly"} {
			k++
			n := g.num()
			v := n.value
			out = append(out, lawCase{fmt.Sprintf("Officers seized %s %s, %s %s", n.text, whole, w, th.noun), []pbRow{{metric: "NONE", value: &v}}})
		}
	}
	if k == 0 {
		panic("lawFocusCases: no items of weapons or drugs")
	}
	return out
}

// lawIntensifierCases: "safeguarded 12 extremely vulnerable people",
// "14 highly dangerous weapons were seized": a word of degree before a
// describing word changes nothing counted.
func lawIntensifierCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	weapons := metricOf(cat, "weapons_seized")
	verb, act := lawVerbs(weapons)
	k := 0
	for _, th := range lawThings(cat) {
		k++
		w := lawIntensifiers[k%len(lawIntensifiers)]
		n, h := g.num(), g.hedge()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s%s %s dangerous %s", act(), h.text, n.text, w, th.noun), []pbRow{fact(th.metric, th.item, "count", n.value, h.q)}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s illegal %s were %s", n.text, w, th.noun, verb())), []pbRow{fact(th.metric, th.item, "count", n.value, "exact")}})
	}
	for _, w := range lawIntensifiers {
		for _, p := range []struct{ noun, code string }{{"people", "safeguarded"}, {"children", "safeguarded_juvenile"}, {"adults", "safeguarded_adult"}, {"individuals", "safeguarded"}} {
			n, h := g.num(), g.hedge()
			out = append(out, lawCase{fmt.Sprintf("Officers safeguarded %s%s %s vulnerable %s", h.text, n.text, w, p.noun), []pbRow{fact(p.code, "", "people", n.value, h.q)}})
		}
	}
	return out
}

func init() { lawKinds = append(lawKinds, lawPhoneLineCases) }

// lawPhoneLineCases: a phone line is a line ("Two phone lines have been
// shut down", "at least two County Line phone lines were shut down"),
// while phones, and phones of a line, stay phones. Under a verb phones
// take too ("seized", "intercepted"), a phone line is a line closed or
// the phones of a line seized: refused, with a message (review12 W7).
func lawPhoneLineCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	phones := metricOf(cat, "mobile_phones_seized").Actions
	lineFact := func(verb string, n lawNum, q string) pbRow {
		if slices.Contains(phones, verb) {
			return pbRow{metric: "NONE", value: &n.value}
		}
		return fact("lines_closed", "", "count", n.value, q)
	}
	verb, act := lawVerbs(metricOf(cat, "lines_closed"))
	for range participles(metricOf(cat, "lines_closed").Actions) {
		n, h := g.num(), g.hedge()
		v := verb()
		out = append(out, lawCase{capital(fmt.Sprintf("%s%s phone lines have been %s", h.text, n.text, v)), []pbRow{lineFact(v, n, h.q)}})
		n, h = g.num(), g.hedge()
		a := act()
		out = append(out, lawCase{fmt.Sprintf("Police %s %s%s County Line phone lines", a, h.text, n.text), []pbRow{lineFact(a, n, h.q)}})
		n, t := g.num(), g.num()
		v = verb()
		out = append(out, lawCase{capital(fmt.Sprintf("%s phones were seized and %s phone lines were %s", n.text, t.text, v)),
			[]pbRow{fact("mobile_phones_seized", "", "count", n.value, "exact"), lineFact(v, t, "exact")}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s deal line phones were seized", n.text)), []pbRow{fact("deal_line_phones_seized", "", "count", n.value, "exact")}})
	}
	return out
}

func init() { lawKinds = append(lawKinds, lawParticipleCases) }

// lawParticipleCases: "12 school visits talking to pupils about county
// lines", "40 welfare visits checking on vulnerable people": a gerund
// with its preposition after a figure's noun opens a clause that says
// what the things did; the figure counts its noun. Gerunds the grammar
// knows as another metric's words ("talking to", "working with") and
// gerunds nobody taught it ("chatting with", "calling on") alike.
func lawParticipleCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	nouns := []struct{ text, code, verb string }{
		{"school visits", "schools_visited", "made"}, {"welfare visits", "welfare_visits", "carried out"},
		{"safe and well checks", "welfare_visits", "completed"}, {"cuckooing visits", "cuckooed_addresses_visited", "carried out"},
		{"hotel visits", "hotels_visited", "made"}, {"school inputs", "school_inputs", "delivered"},
	}
	clauses := []string{"talking to pupils about county lines", "checking on vulnerable residents", "working with partners",
		"chatting with staff about exploitation", "calling on residents at risk", "speaking to young people about the dangers of gangs"}
	for _, nn := range nouns {
		for _, c := range clauses {
			n := g.num()
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s %s", nn.verb, n.text, nn.text, c), []pbRow{fact(nn.code, "", "count", n.value, "exact")}})
			n, h := g.num(), g.hedge()
			out = append(out, lawCase{fmt.Sprintf("In total officers %s %s%s %s %s.", nn.verb, h.text, n.text, nn.text, c), []pbRow{fact(nn.code, "", "count", n.value, h.q)}})
		}
	}
	return out
}

func init() { lawKinds = append(lawKinds, lawReKindCases) }

// lawReKinding are words nobody taught the grammar with an adjective's
// form (an adjective's ending, or a hyphened compound) that change what
// is counted, or whether it was: hedges ("possible", "probable"), words
// that say it was not real or not done ("fictitious", "hypothetical",
// "abortive"), words that name another kind ("explosive devices",
// "Nerf-style guns", "cigarette-lighter guns"), a negating prefix split by
// its hyphen ("de-activated"). Between a number and its noun they refuse
// the figure: a word's form never says it changes nothing.
var lawReKinding = []string{"possible", "probable", "fictitious", "dubious", "doubtful", "hypothetical", "suspicious",
	"abortive", "explosive", "hazardous", "destructive", "Nerf-style", "airsoft-style", "paintball-type",
	"cigarette-lighter", "look-alike", "radio-controlled", "de-activated", "signal-flare", "battery-powered"}

// lawReKindCases: "Officers seized 3 suspected explosive devices",
// "Officers recovered 3 possible firearms", "Officers disrupted 4 possible
// county lines", "12 abortive warrants were executed": refused with a
// message, never read as the noun. Every counted thing of the catalogue,
// county lines and warrants, with each word, active and passive, alone and
// after a known word that only describes.
func lawReKindCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	k := 0
	w := func() string { k++; return lawReKinding[k%len(lawReKinding)] }
	none := func(n lawNum) []pbRow { v := n.value; return []pbRow{{metric: "NONE", value: &v}} }
	say := func(code string, nouns []string) {
		verb, act := lawVerbs(metricOf(cat, code))
		if code == "warrants" { // a warrant is executed, not seized
			verb = func() string { return "executed" }
			act = verb
		}
		for _, noun := range nouns {
			n := g.num()
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s %s", act(), n.text, w(), noun), none(n)})
			n = g.num()
			out = append(out, lawCase{capital(fmt.Sprintf("%s %s %s were %s", n.text, w(), noun, verb())), none(n)})
			n = g.num()
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s suspected %s %s", act(), n.text, w(), noun), none(n)})
		}
	}
	for _, th := range lawThings(cat) {
		say("weapons_seized", []string{th.noun}) // the seizing words of every thing
	}
	for _, code := range []string{"lines_closed", "warrants"} {
		var nouns []string
		for _, o := range metricOf(cat, code).Objects {
			nouns = append(nouns, plural(o))
		}
		say(code, nouns)
	}
	// every word with a phone's catalogue noun, "devices"
	for _, word := range lawReKinding {
		n := g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers seized %s %s devices", n.text, word), none(n)})
	}
	return out
}
