package phrase_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// The composition law: the words of the catalogue (the concept columns
// of metrics.csv and items.csv) compose with the constructions releases
// use, and every phrase so made reads to exactly its facts, or is
// refused with a message naming its figure. Never a wrong or extra
// fact, never a figure passed over in silence. The generator derives
// each phrase's facts from the catalogue codes whose words it used and
// from the phrasebook README's conventions (hedges, units), never from
// the reader.

// lawNum is a number as written and its value.
type lawNum struct {
	text  string
	value float64
}

var lawNums = []lawNum{
	{"12", 12}, {"1,250", 1250}, {"seven", 7}, {"Twenty-five", 25}, {"48", 48},
	{"three", 3}, {"304", 304}, {"a dozen", 12}, {"19", 19}, {"2,031", 2031},
}

// lawHedge is a hedge before a number and the qualifier the phrasebook
// README gives it.
type lawHedge struct{ text, q string }

var lawHedges = []lawHedge{
	{"", "exact"}, {"more than ", "more_than"}, {"over ", "more_than"}, {"in excess of ", "more_than"},
	{"at least ", "at_least"}, {"around ", "approximately"}, {"about ", "approximately"},
	{"approximately ", "approximately"}, {"roughly ", "approximately"}, {"an estimated ", "approximately"},
	{"up to ", "up_to"}, {"nearly ", "less_than"}, {"almost ", "less_than"}, {"just under ", "less_than"},
	{"less than ", "less_than"}, {"", "exact"},
}

// lawMass is a quantity of a drug as written, its unit and value.
type lawQty struct {
	text  string // %s is the number
	unit  string
	scale float64
	plain bool // a unit of mass: the drug is "was", not "were"
}

var lawMasses = []lawQty{
	{"%sg", "g", 1, true}, {"%s grams", "g", 1, true}, {"%skg", "g", 1000, true}, {"%s kilos", "g", 1000, true},
	{"%s kilograms", "g", 1000, true}, {"%s kg", "g", 1000, true}, {"%s ounces", "g", 28.349523125, true},
	{"%s wraps", "wraps", 1, false}, {"%s deals", "wraps", 1, false}, {"%s street deals", "wraps", 1, false},
}

var lawMoney = []lawNum{
	{"£12,000", 12000}, {"£4.5k", 4500}, {"£1.2 million", 1200000}, {"£750", 750}, {"£250,000", 250000}, {"£36k", 36000},
}

type lawCase struct {
	text string
	want []pbRow
}

func fact(metric, item, unit string, v float64, q string) pbRow {
	return pbRow{metric: metric, item: item, unit: unit, qualifier: q, value: &v}
}

// participles are the catalogue's words for what was done that read as a
// past participle ("seized", "taken off the streets"), for the passive.
func participles(words []string) []string {
	var out []string
	for _, w := range words {
		f := strings.Fields(w)
		if strings.HasSuffix(f[len(f)-1], "from") || strings.HasSuffix(f[len(f)-1], "with") || strings.HasSuffix(f[len(f)-1], "to") {
			continue
		}
		if strings.HasSuffix(f[0], "ed") || f[0] == "found" || f[0] == "taken" || f[0] == "shut" || f[0] == "cut" || f[0] == "brought" || f[0] == "put" {
			out = append(out, w)
		}
	}
	return out
}

// pastSimple are the participles that are also the past simple, for the
// active voice ("Officers seized ...").
func pastSimple(words []string) []string {
	var out []string
	for _, w := range participles(words) {
		f := strings.Fields(w)
		if f[0] == "taken" || f[0] == "brought" && len(f) == 1 {
			continue
		}
		if f[0] == "taken" {
			w = "took" + strings.TrimPrefix(w, "taken")
		}
		out = append(out, w)
	}
	return out
}

// plural makes an English plural of a noun phrase's last word.
func plural(s string) string {
	f := strings.Fields(s)
	w := f[len(f)-1]
	lw := strings.ToLower(w)
	switch {
	case lw == "person":
		w = "people"
	case lw == "child":
		w = w + "ren"
	case lw == "man" || lw == "woman":
		w = w[:len(w)-2] + "en"
	case strings.HasSuffix(lw, "knife"):
		w = w[:len(w)-2] + "ves"
	case strings.HasSuffix(lw, "y") && !strings.ContainsAny(lw[len(lw)-2:len(lw)-1], "aeiou"):
		w = w[:len(w)-1] + "ies"
	case strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "x") || strings.HasSuffix(lw, "ch") || strings.HasSuffix(lw, "sh"):
		w = w + "es"
	default:
		w = w + "s"
	}
	f[len(f)-1] = w
	return strings.Join(f, " ")
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// lawGen hands out numbers, hedges and units round-robin, so that every
// word of the catalogue meets every construction without a cross
// product.
type lawGen struct{ n, h, m, q int }

func (g *lawGen) num() lawNum     { g.n++; return lawNums[g.n%len(lawNums)] }
func (g *lawGen) hedge() lawHedge { g.h++; return lawHedges[g.h%len(lawHedges)] }
func (g *lawGen) money() lawNum   { g.m++; return lawMoney[g.m%len(lawMoney)] }
func (g *lawGen) mass() lawQty    { g.q++; return lawMasses[g.q%len(lawMasses)] }

// digits is a number written in digits, for units set against it.
func (g *lawGen) digits() lawNum {
	for {
		n := g.num()
		if n.text[0] >= '0' && n.text[0] <= '9' {
			return n
		}
	}
}

// lawVerbs hands out the metric's words for what was done round-robin:
// as a participle for the passive, and as the past simple.
func lawVerbs(m catalog.Metric) (verb, act func() string) {
	verbs := participles(m.Actions)
	active := pastSimple(m.Actions)
	vi, ai := 0, 0
	verb = func() string { vi++; return verbs[vi%len(verbs)] }
	act = func() string { ai++; return active[ai%len(active)] }
	return verb, act
}

func metricOf(cat *catalog.Catalog, code string) catalog.Metric {
	for _, m := range cat.Metrics {
		if m.Code == code {
			return m
		}
	}
	panic("no metric " + code)
}

// lawDrugNames are a drug item's names as a sentence writes them
// ("cocaine", "Class A", "MDMA"); none for an item of another kind.
func lawDrugNames(it catalog.Item) []string {
	if it.Kind != "drug" {
		return nil
	}
	var out []string
	for _, syn := range it.Synonyms {
		if strings.EqualFold(syn, "other") || strings.EqualFold(syn, "other drugs") {
			continue
		}
		d := strings.ToLower(syn)
		if strings.Contains(syn, "A") || strings.Contains(syn, "B") || strings.ToUpper(syn) == syn {
			d = syn // Class A, MDMA, LSD, THC vapes
		}
		out = append(out, d)
	}
	return out
}

// lawDrugCases: each drug's every name in every construction of a seizure.
func lawDrugCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	m := metricOf(cat, "drugs_seized")
	verb, act := lawVerbs(m)
	for _, it := range cat.Items {
		for _, d := range lawDrugNames(it) {
			qty := func(h lawHedge) (string, pbRow, string) {
				n, u := g.digits(), g.mass()
				if h.text == "" || true {
					// a unit joined to a number is for digits only
				}
				be := "were"
				if u.plain {
					be = "was"
				}
				return h.text + fmt.Sprintf(u.text, n.text), fact("drugs_seized", it.Code, u.unit, n.value*u.scale, h.q), be
			}
			h := g.hedge()
			q, f, be := qty(h)
			out = append(out,
				lawCase{capital(fmt.Sprintf("%s of %s %s %s", q, d, be, verb())), []pbRow{f}})
			q, f, _ = qty(g.hedge())
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s of %s", act(), q, d), []pbRow{f}})
			q, f, _ = qty(g.hedge())
			out = append(out, lawCase{fmt.Sprintf("%s %s of %s", capital(act()), q, d), []pbRow{f}})
			q, f, be = qty(lawHedge{"", "exact"})
			out = append(out, lawCase{fmt.Sprintf("%s %s: %s", capital(d), verb(), q), []pbRow{f}})
			q, f, be = qty(g.hedge())
			has := "have"
			if be == "was" {
				has = "has"
			}
			out = append(out, lawCase{capital(fmt.Sprintf("%s of %s %s been %s", q, d, has, verb())), []pbRow{f}})
			q, f, be = qty(lawHedge{"", "exact"})
			out = append(out, lawCase{fmt.Sprintf("A total of %s of %s %s %s", q, d, be, verb()), []pbRow{f}})
			q, f, _ = qty(lawHedge{"", "exact"})
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s of %s in total", act(), q, d), []pbRow{f}})
			q, f, be = qty(g.hedge())
			out = append(out, lawCase{capital(fmt.Sprintf("%s of suspected %s %s %s", q, d, be, verb())), []pbRow{f}})
			q, f, be = qty(lawHedge{"", "exact"})
			out = append(out, lawCase{fmt.Sprintf("A further %s of %s %s %s", q, d, be, verb()), []pbRow{f}})
			q, f, be = qty(g.hedge())
			out = append(out, lawCase{capital(fmt.Sprintf("%s of %s %s taken off the streets", q, d, be)), []pbRow{f}})
			// its value
			mo, h := g.money(), g.hedge()
			out = append(out, lawCase{fmt.Sprintf("%s worth %s%s was %s", capital(d), h.text, mo.text, verb()),
				[]pbRow{fact("drugs_seized", it.Code, "gbp", mo.value, h.q)}})
			mo = g.money()
			out = append(out, lawCase{fmt.Sprintf("%s worth of %s was %s", mo.text, d, verb()),
				[]pbRow{fact("drugs_seized", it.Code, "gbp", mo.value, "exact")}})
			mo, h = g.money(), g.hedge()
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s with a street value of %s%s", act(), d, h.text, mo.text),
				[]pbRow{fact("drugs_seized", it.Code, "gbp", mo.value, h.q)}})
			mo = g.money()
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s with an estimated street value of %s", act(), d, mo.text),
				[]pbRow{fact("drugs_seized", it.Code, "gbp", mo.value, "approximately")}})
		}
	}
	return out
}

// lawThing is a noun the catalogue counts, with the fact it gives.
type lawThing struct {
	noun, metric, item string
}

// lawThings: every catalogue word for a thing that is counted.
func lawThings(cat *catalog.Catalog) []lawThing {
	var out []lawThing
	skip := map[string]bool{"other": true, "other weapons": true, "ammunition": true, "ammo": true, "jewellery": true, "jewelry": true,
		"designer clothing": true, "designer goods": true, "electronics": true, "cs spray": true, "pepper spray": true,
		"cs gas": true, "noxious spray": true, "other assets": true, "rolex": true, "bladed article": true, "knifes": true,
		"machettes": true, "machette": true}
	metric := map[string]string{"weapon": "weapons_seized", "asset": "assets_seized"}
	for _, it := range cat.Items {
		mc := metric[it.Kind]
		if mc == "" {
			continue
		}
		for _, s := range it.Synonyms {
			ls := strings.ToLower(s)
			if skip[ls] {
				continue
			}
			if !strings.HasSuffix(ls, "s") {
				s = plural(s)
			}
			out = append(out, lawThing{s, mc, it.Code})
		}
		if it.Base != "" {
			for _, b := range cat.Items {
				if b.Code != it.Base {
					continue
				}
				for _, s := range b.Synonyms {
					if !strings.HasSuffix(strings.ToLower(s), "s") {
						continue
					}
					for _, mod := range it.Modifiers {
						out = append(out, lawThing{mod + " " + strings.ToLower(s), mc, it.Code})
					}
				}
			}
		}
	}
	for _, code := range []string{"mobile_phones_seized", "vehicles_seized", "weapons_seized", "assets_seized"} {
		for _, o := range metricOf(cat, code).Objects {
			out = append(out, lawThing{plural(o), code, ""})
		}
	}
	for _, mod := range metricOf(cat, "deal_line_phones_seized").Modifiers {
		for _, o := range []string{"phone", "mobile phone", "handset"} {
			out = append(out, lawThing{plural(mod + " " + o), "deal_line_phones_seized", ""})
		}
	}
	return out
}

// lawSeizedThings: every counted thing with every word for seizing it.
func lawSeizedThings(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	m := metricOf(cat, "weapons_seized")
	verb, act := lawVerbs(m)
	adjs := []string{"suspected", "illegal", "dangerous", "further", "additional"}
	for i, th := range lawThings(cat) {
		one := func(n lawNum, h lawHedge) pbRow { return fact(th.metric, th.item, "count", n.value, h.q) }
		n, h := g.num(), g.hedge()
		out = append(out, lawCase{capital(fmt.Sprintf("%s%s %s were %s", h.text, n.text, th.noun, verb())), []pbRow{one(n, h)}})
		n, h = g.num(), g.hedge()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s%s %s", act(), h.text, n.text, th.noun), []pbRow{one(n, h)}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("%s %s: %s", capital(th.noun), verb(), n.text), []pbRow{one(n, lawHedge{"", "exact"})}})
		n, h = g.num(), g.hedge()
		out = append(out, lawCase{capital(fmt.Sprintf("%s%s %s have been %s", h.text, n.text, th.noun, verb())), []pbRow{one(n, h)}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("%s a total of %s %s", capital(act()), n.text, th.noun), []pbRow{one(n, lawHedge{"", "exact"})}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s %s %s", n.text, adjs[i%len(adjs)], th.noun, "were "+verb())), []pbRow{one(n, lawHedge{"", "exact"})}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Another %s %s were %s", n.text, th.noun, verb()), []pbRow{one(n, lawHedge{"", "exact"})}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s were taken off the streets", n.text, th.noun)), []pbRow{one(n, lawHedge{"", "exact"})}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s were %s in total", n.text, th.noun, verb())), []pbRow{one(n, lawHedge{"", "exact"})}})
	}
	return out
}

// lawRefused says why the phrase may be refused, or "" when it must be
// read: a word that truly could change the meaning stands in it.
func lawRefused(text string) string {
	if handsetLine.MatchString(text) {
		return "a handset's word in a line's name, under a verb phones take too"
	}
	for _, r := range []struct{ words, why string }{
		// "illegal drug" is a name of drugs: phones of an illegal drug?
		{"illegal drug line", "an object of another metric inside the figure's words"},
		{"illegal drug dealing", "an object of another metric inside the figure's words"},
		// "adult men and women": adults, but "adult man" is one word of
		// the catalogue, whose sex the coordination splits
		{"adult men and", "a word of two facets split by the coordination"},
		{"adult women and", "a word of two facets split by the coordination"},
		{"adult males and", "a word of two facets split by the coordination"},
		// the catalogue names no class C drug nor the class
		{"Class C", "a class the catalogue does not name"},
		{"class C", "a class the catalogue does not name"},
	} {
		if strings.Contains(text, r.words) {
			return r.why
		}
	}
	return ""
}

// handsetLine is a line named by a handset's word (lines_closed's
// objects "phone line", "phone number") under a verb that phones take too
// (metrics.csv: "seized", "intercepted"): a line closed, or the phones of
// a line seized? (review12 W7)
var handsetLine = regexp.MustCompile(`(?i)phone (lines|numbers)\b.*\b(seized|siezed|intercepted)\b|\b(seized|siezed|intercepted)\b.*phone (lines|numbers)`)

// compositionCases are the phrases of every generator of the
// composition law, and the heading each one is read under, if any.
func compositionCases(cat *catalog.Catalog) ([]lawCase, map[int]string) {
	g := &lawGen{}
	var cases []lawCase
	cases = append(cases, lawDrugCases(cat, g)...)
	cases = append(cases, lawSeizedThings(cat, g)...)
	cases = append(cases, lawPeopleCases(cat, g)...)
	cases = append(cases, lawCashCases(cat, g)...)
	cases = append(cases, lawSafeguardCases(cat, g)...)
	cases = append(cases, lawGroupCases(cat, g)...)
	cases = append(cases, lawElisionCases(cat, g)...)
	cases = append(cases, lawBareSumCases(cat, g)...)
	cases = append(cases, lawParenCases(cat, g)...)
	cases = append(cases, lawListCases(cat, g)...)
	cases = append(cases, lawSubjectCases(cat, g)...)
	cases = append(cases, lawMemberCases(cat, g)...)
	cases = append(cases, lawDecisionCases(cat, g)...)
	cases = append(cases, lawPartOfTotalCases(cat, g)...)
	cases = append(cases, lawPlusCases(cat, g)...)
	for _, law := range lawKinds {
		cases = append(cases, law(cat, g)...)
	}
	for _, law := range lawPrecise {
		cases = append(cases, law(cat, g)...)
	}
	for _, law := range lawRecall {
		cases = append(cases, law(cat, g)...)
	}
	// cases read under a heading, as a return's value cell is read under
	// its label
	heading := map[int]string{}
	for _, h := range lawBareSumHeadings(cat, g) {
		heading[len(cases)] = h.heading
		cases = append(cases, h.lawCase)
	}
	return cases, heading
}

// TestCompositionLaw reads every phrase the generator makes from the
// catalogue's words: each must give exactly its facts (no wrong, no
// extra, none missed), or, where lawRefused says a word could change the
// meaning, a message naming its figure and no fact.
func TestCompositionLaw(t *testing.T) {
	cat := testCatalog(t)
	r := newReader(t)
	cases, heading := compositionCases(cat)
	var total tally
	byMetric := map[string]*tally{}
	for i, c := range cases {
		p := pbPhrase{id: fmt.Sprintf("law%d", i), text: c.text, rows: c.want}
		got := r.Read(c.text, phrase.Context{Heading: heading[i]})
		tl, notes := score(p, got, byMetric)
		total.add(tl)
		// a figure missed must be named by a message
		for _, n := range notes {
			if strings.HasPrefix(n, "WRONG") || strings.HasPrefix(n, "EXTRA") {
				t.Errorf("%s%q: %s", under(heading[i]), c.text, n)
			}
		}
		if tl.abstained != tl.none || tl.flagged != tl.none {
			t.Errorf("%s%q: a figure no metric can hold was read, or passed over in silence: %s", under(heading[i]), c.text, strings.Join(notes, "; "))
		}
		if tl.missed > 0 {
			flagged := false
			for _, m := range got.Messages {
				for _, w := range c.want {
					if sameValue(m.Value, w.value) {
						flagged = true
					}
				}
			}
			var msgs []string
			for _, m := range got.Messages {
				msgs = append(msgs, m.String())
			}
			switch {
			case !flagged:
				t.Errorf("%s%q: missed in silence: %s", under(heading[i]), c.text, strings.Join(notes, "; "))
			case lawRefused(c.text) == "":
				t.Errorf("%s%q: refused: %s", under(heading[i]), c.text, strings.Join(msgs, " | "))
			case testing.Verbose():
				t.Logf("refused as it should be (%s) %s%q: %s", lawRefused(c.text), under(heading[i]), c.text, strings.Join(msgs, " | "))
			}
		}
	}
	t.Logf("composition law: %d phrases: %s", len(cases), total)
	if len(cases) < 4000 {
		t.Errorf("the generator made %d phrases, want at least 4000", len(cases))
	}
	for m, tl := range byMetric {
		if tl.missed > 0 && testing.Verbose() {
			t.Logf("  %-26s %s", m, tl)
		}
	}
}

// activeOf is "arrested %s people" for the verb and the noun, or "" where
// the verb's words go on after its object ("charged ... with offences").
func activeOf(v, n string) string {
	ps := pastSimple([]string{v})
	if len(ps) == 0 {
		return ""
	}
	f := strings.Fields(ps[0])
	if len(f) > 1 && f[1] != "out" && f[1] != "down" && f[1] != "off" && f[1] != "up" {
		return ""
	}
	return ps[0] + " %s " + n
}

// lawSimple is a figure in a construction of its own, for coordination.
type lawSimple struct {
	passive string // "%s people were arrested": %s is the hedged number
	active  string // "arrested %s people"
	metric  string
	unit    string
}

// lawCounts: the counts of people and things each metric's words name,
// in the passive, the active, as a label and a noun of doing.
func lawCounts(cat *catalog.Catalog) []lawSimple {
	var out []lawSimple
	var persons []string
	for _, w := range cat.Words {
		if w.Role == "person" && w.Text != "man" && w.Text != "woman" && w.Text != "person" {
			persons = append(persons, plural(w.Text))
		}
	}
	add := func(metric, unit string, nouns, verbs []string, active bool) {
		for i, n := range nouns {
			v := verbs[i%len(verbs)]
			s := lawSimple{passive: "%s " + n + " were " + v, metric: metric, unit: unit}
			if active {
				s.active = activeOf(v, n)
			}
			out = append(out, s)
		}
		for i, v := range verbs {
			n := nouns[i%len(nouns)]
			s := lawSimple{passive: "%s " + n + " were " + v, metric: metric, unit: unit}
			if active {
				s.active = activeOf(v, n)
			}
			out = append(out, s)
		}
	}
	arrest := participles(metricOf(cat, "arrests").Actions)
	add("arrests", "people", persons, arrest, true)
	add("arrests", "people", []string{"arrests"}, []string{"made", "carried out", "completed", "undertaken", "conducted"}, false)
	out = append(out, lawSimple{"%s arrests were made", "made %s arrests", "arrests", "people"})
	add("arrests_male", "people", []string{"men", "males"}, arrest, true)
	add("arrests_female", "people", []string{"women", "females"}, arrest, true)
	add("arrests_under_18", "people", []string{"juveniles", "children", "minors", "people aged under 18", "people under the age of 18", "people aged 17 and under"}, arrest, true)
	add("charged", "people", persons, []string{"charged", "later charged", "subsequently charged", "charged with drug supply offences"}, true)
	add("charges", "count", []string{"charges", "criminal charges", "separate charges"}, []string{"brought", "laid"}, false)
	cuck := metricOf(cat, "cuckooed_addresses_visited")
	var addrs []string
	for _, o := range []string{"address", "property", "home", "flat", "house"} {
		for _, md := range []string{"cuckooed", "cuckooing", "suspected cuckooed", "cuckooed up"} {
			if md == "cuckooed up" {
				continue
			}
			addrs = append(addrs, md+" "+plural(o))
		}
	}
	add("cuckooed_addresses_visited", "count", addrs, participles(cuck.Actions), true)
	add("warrants", "count", []string{"warrants", "search warrants", "drugs warrants", "drug warrants", "Misuse of Drugs Act warrants"}, []string{"executed", "served", "carried out", "conducted", "completed"}, true)
	add("stop_searches", "count", []string{"stop and searches", "stop-and-searches", "stop searches", "stop-searches", "stop/searches", "stop & searches", "S&S"}, []string{"carried out", "conducted", "completed", "made", "undertaken"}, true)
	lines := metricOf(cat, "lines_closed")
	var lineNouns []string
	for _, o := range lines.Objects {
		lineNouns = append(lineNouns, plural(o))
	}
	add("lines_closed", "count", lineNouns, participles(lines.Actions), true)
	add("welfare_visits", "count", []string{"welfare visits", "welfare checks", "safe and well checks", "safe and well visits", "safeguarding visits"}, []string{"carried out", "conducted", "completed", "made"}, true)
	for _, code := range []string{"schools_visited", "landlords_visited", "hotels_visited", "businesses_visited"} {
		m := metricOf(cat, code)
		var nouns []string
		for _, o := range m.Objects {
			nouns = append(nouns, plural(o))
		}
		add(code, "count", nouns, participles(m.Actions), true)
	}
	inputs := metricOf(cat, "school_inputs")
	var in []string
	for _, o := range inputs.Objects {
		in = append(in, plural(o))
	}
	add("school_inputs", "count", in, []string{"delivered", "given", "held", "carried out"}, true)
	return out
}

// lawPeopleCases: each count in each construction, and each pair of
// them coordinated.
func lawPeopleCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	simples := lawCounts(cat)
	for _, s := range simples {
		one := func(n lawNum, h lawHedge) pbRow { return fact(s.metric, "", s.unit, n.value, h.q) }
		n, h := g.num(), g.hedge()
		out = append(out, lawCase{capital(fmt.Sprintf(s.passive, h.text+n.text)), []pbRow{one(n, h)}})
		n, h = g.num(), g.hedge()
		perf := strings.Replace(s.passive, " were ", " have been ", 1)
		out = append(out, lawCase{capital(fmt.Sprintf(perf, h.text+n.text)), []pbRow{one(n, h)}})
		n = g.num()
		out = append(out, lawCase{"A further " + fmt.Sprintf(s.passive, n.text), []pbRow{one(n, lawHedge{"", "exact"})}})
		n = g.num()
		out = append(out, lawCase{"In total, " + fmt.Sprintf(s.passive, n.text), []pbRow{one(n, lawHedge{"", "exact"})}})
		if s.active != "" {
			n, h = g.num(), g.hedge()
			out = append(out, lawCase{"Officers " + fmt.Sprintf(s.active, h.text+n.text), []pbRow{one(n, h)}})
			n = g.num()
			out = append(out, lawCase{"Officers " + fmt.Sprintf(s.active, "a total of "+n.text), []pbRow{one(n, lawHedge{"", "exact"})}})
		}
	}
	// adjuncts of time, place and purpose after the figure say nothing
	// of it: "as part of an operation to target county lines gangs"; a
	// place is a force's whole area here (read with no force, a force's
	// area stands for the force): a town is a part (TestPlaceLaw)
	adjuncts := []string{"during the week", "across the county", "as part of the operation",
		"as part of an operation to target drug dealers", "in an effort to tackle county lines",
		"during a week of action to target county lines gangs", "with the aim to increase safety",
		"over the seven days", "in Avon and Somerset"}
	for i, s := range simples {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf(s.passive, n.text)) + " " + adjuncts[i%len(adjuncts)] + ".",
			[]pbRow{fact(s.metric, "", s.unit, n.value, "exact")}})
	}
	// what people were arrested or charged for
	var persons []string
	for _, w := range cat.Words {
		if w.Role == "person" && w.Text != "man" && w.Text != "woman" && w.Text != "person" {
			persons = append(persons, plural(w.Text))
		}
	}
	reasons := []string{"drug offences", "drug supply offences", "possession with intent to supply", "supplying drugs",
		"possession of cannabis", "a range of offences", "drugs offences", "supplying class A drugs", "drug supply"}
	for i, v := range pastSimple(metricOf(cat, "arrests").Actions) {
		pr, rs := persons[i%len(persons)], reasons[i%len(reasons)]
		if len(strings.Fields(v)) > 1 {
			continue
		}
		n := g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s for %s", v, n.text, pr, rs), []pbRow{fact("arrests", "", "people", n.value, "exact")}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s children for %s", v, n.text, rs), []pbRow{fact("arrests_under_18", "", "people", n.value, "exact")}})
		n, k := g.num(), g.digits()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s for %s and seized %skg of cocaine", v, n.text, pr, rs, k.text),
			[]pbRow{fact("arrests", "", "people", n.value, "exact"), fact("drugs_seized", "cocaine", "g", k.value*1000, "exact")}})
	}
	// coordination: two figures of different metrics in one sentence
	links := []string{"%s and %s", "%s, as well as %s", "%s, along with %s", "%s, and %s"}
	k := 0
	for i, a := range simples {
		b := simples[(i*7+3)%len(simples)]
		if a.metric == b.metric || a.active == "" || b.active == "" {
			continue
		}
		if strings.HasPrefix(a.metric, "arrests") && strings.HasPrefix(b.metric, "arrests") {
			continue
		}
		n1, n2 := g.num(), g.num()
		if n1.value == n2.value {
			n2 = g.num()
		}
		want := []pbRow{fact(a.metric, "", a.unit, n1.value, "exact"), fact(b.metric, "", b.unit, n2.value, "exact")}
		k++
		link := links[k%len(links)]
		out = append(out, lawCase{"Officers " + fmt.Sprintf(link, fmt.Sprintf(a.active, n1.text), fmt.Sprintf(b.active, n2.text)), want})
		out = append(out, lawCase{capital(fmt.Sprintf(a.passive, n1.text)) + " and " + fmt.Sprintf(b.passive, n2.text), want})
		out = append(out, lawCase{capital(fmt.Sprintf(a.passive, n1.text)) + " and a further " + fmt.Sprintf(b.passive, n2.text), want})
		nominal := strings.Replace(a.passive, " were ", " ", 1)
		out = append(out, lawCase{"In addition to " + fmt.Sprintf(nominal, n1.text) + ", officers " + fmt.Sprintf(b.active, n2.text), want})
	}
	return out
}

// lawCashCases: each word for money with each word for seizing it.
func lawCashCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	m := metricOf(cat, "cash_seized")
	verbs := participles(m.Actions)
	active := pastSimple(m.Actions)
	for i, o := range m.Objects {
		if strings.Contains(o, "euro") || o == "fund" || o == "illicit fund" || o == "criminal fund" || o == "proceeds" || o == "banknote" || o == "bank note" {
			continue // counted in euros, or plural only
		}
		v, a := verbs[i%len(verbs)], active[i%len(active)]
		mo, h := g.money(), g.hedge()
		want := func(mo lawNum, q string) []pbRow { return []pbRow{fact("cash_seized", "", "gbp", mo.value, q)} }
		out = append(out,
			lawCase{capital(fmt.Sprintf("%s%s in %s was %s", h.text, mo.text, o, v)), want(mo, h.q)})
		mo, h = g.money(), g.hedge()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s%s in %s", a, h.text, mo.text, o), want(mo, h.q)})
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s totalling %s", a, o, mo.text), want(mo, "exact")})
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("%s %s: %s", capital(o), v, mo.text), want(mo, "exact")})
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("%s of %s has been %s", mo.text, o, v), want(mo, "exact")})
	}
	return out
}

// lawSafeguardCases: each word for safeguarding, said of each group of
// people the catalogue splits it by.
func lawSafeguardCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	engaged := map[string]bool{}
	for _, a := range metricOf(cat, "children_engaged").Actions {
		engaged[a] = true
	}
	var verbs []string
	for _, v := range participles(metricOf(cat, "safeguarded").Actions) {
		if !engaged[v] && !strings.Contains(v, "safeguarding") && !strings.HasPrefix(v, "engaged") {
			verbs = append(verbs, v)
		}
	}
	groups := []struct{ noun, metric string }{
		{"vulnerable people", "safeguarded"}, {"people", "safeguarded"}, {"potentially vulnerable people", "safeguarded"},
		{"adults", "safeguarded_adult"}, {"vulnerable adults", "safeguarded_adult"},
		{"children", "safeguarded_juvenile"}, {"juveniles", "safeguarded_juvenile"}, {"young people", "safeguarded_juvenile"},
		{"adult males", "safeguarded_adult_male"}, {"adult females", "safeguarded_adult_female"},
	}
	for i, v := range verbs {
		gr := groups[i%len(groups)]
		n, h := g.num(), g.hedge()
		out = append(out, lawCase{capital(fmt.Sprintf("%s%s %s were %s", h.text, n.text, gr.noun, v)), []pbRow{fact(gr.metric, "", "people", n.value, h.q)}})
	}
	for i, gr := range groups {
		v := verbs[i%len(verbs)]
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s have been %s", n.text, gr.noun, v)), []pbRow{fact(gr.metric, "", "people", n.value, "exact")}})
		if a := activeOf(v, gr.noun); a != "" {
			n = g.num()
			out = append(out, lawCase{"Officers " + fmt.Sprintf(a, n.text), []pbRow{fact(gr.metric, "", "people", n.value, "exact")}})
		}
	}
	nrm := metricOf(cat, "nrm_referrals")
	for i, md := range nrm.Modifiers {
		name := md
		if md == "nrm" || md == "msa" {
			name = "NRM"
		}
		n := g.num()
		want := []pbRow{fact("nrm_referrals", "", "people", n.value, "exact")}
		switch i % 3 {
		case 0:
			out = append(out, lawCase{fmt.Sprintf("%s referrals were made to the %s", n.text, name), want})
		case 1:
			out = append(out, lawCase{fmt.Sprintf("%s people were referred to the %s", n.text, name), want})
		default:
			out = append(out, lawCase{fmt.Sprintf("Officers made %s %s referrals", n.text, name), want})
		}
	}
	return out
}

// lawGroupCases: one number said of groups that split a facet between
// them is the whole ("249 children and vulnerable adults" are
// safeguarded people, never children), however the sentence opens and
// whatever parts follow; one sum said "of" things of several metrics
// ("£3m of cash, cocaine and heroin") is no figure of any.
func lawGroupCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	openers := []string{"", "A total of ", "In total, ", "Some ", "More than "}
	quals := []string{"exact", "exact", "exact", "approximately", "more_than"}
	pairs := []struct{ a, b, verb, metric string }{
		{"children", "vulnerable adults", "were safeguarded", "safeguarded"},
		{"children", "adults", "were safeguarded", "safeguarded"},
		{"young people", "adults", "were engaged for safeguarding purposes", "safeguarded"},
		{"juveniles", "adults", "were identified as vulnerable", "safeguarded"},
		{"adults", "children", "were supported", "safeguarded"},
		{"vulnerable adults", "young people", "were safeguarded", "safeguarded"},
		{"vulnerable people", "children", "were safeguarded", "safeguarded"},
		{"people", "vulnerable adults", "were safeguarded", "safeguarded"},
		{"suspects", "juveniles", "were arrested", "arrests"},
		{"men", "women", "were arrested", "arrests"},
		{"males", "females", "were detained", "arrests"},
	}
	parts := []string{"", ", %s male and %s female,", " – %s male and %s female –", " (%s male and %s female)"}
	for i, pr := range pairs {
		for j, op := range openers {
			n := g.num()
			part := parts[(i+j)%len(parts)]
			if part != "" {
				part = fmt.Sprintf(part, "5", "7")
			}
			want := []pbRow{fact(pr.metric, "", "people", n.value, quals[j])}
			if part != "" && pr.metric == "arrests" {
				// the parts by sex are the catalogue's splits of arrests
				want = append(want, fact("arrests_male", "", "people", 5, "exact"), fact("arrests_female", "", "people", 7, "exact"))
			}
			out = append(out, lawCase{capital(fmt.Sprintf("%s%s %s and %s%s %s", op, n.text, pr.a, pr.b, part, pr.verb)), want})
		}
	}
	// what a total includes is a part of it, never a word that narrows it
	for i, inc := range []string{"children", "young people", "adults", "juveniles", "vulnerable adults"} {
		n := g.num()
		verb := []string{"were safeguarded", "were supported", "were identified as vulnerable"}[i%3]
		out = append(out, lawCase{capital(fmt.Sprintf("%s people, including %s, %s", n.text, inc, verb)),
			[]pbRow{fact("safeguarded", "", "people", n.value, "exact")}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers safeguarded %s people, including %s", n.text, inc),
			[]pbRow{fact("safeguarded", "", "people", n.value, "exact")}})
	}
	// "adult men and women" splits what "adult man" says: refused
	for _, pr := range [][2]string{{"adult men", "women"}, {"adult women", "men"}, {"adult males", "females"}} {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s and %s were safeguarded", n.text, pr[0], pr[1])),
			[]pbRow{fact("safeguarded_adult", "", "people", n.value, "exact")}})
	}
	var drugs []string
	for _, it := range cat.Items {
		if it.Kind == "drug" && it.Code != "other_drug" {
			drugs = append(drugs, strings.ToLower(it.Synonyms[0]))
		}
	}
	others := []string{"weapons", "jewellery", "mobile phones", "cars"}
	for i, o := range metricOf(cat, "cash_seized").Objects {
		if strings.Contains(o, "euro") {
			continue
		}
		mo := g.money()
		d1, d2 := drugs[i%len(drugs)], drugs[(i+3)%len(drugs)]
		none := pbRow{metric: "NONE", value: &mo.value}
		out = append(out,
			lawCase{fmt.Sprintf("Police seized %s of %s, %s and %s", mo.text, o, d1, d2), []pbRow{none}},
			lawCase{fmt.Sprintf("Officers recovered %s of %s, %s and %s", mo.text, d1, o, others[i%len(others)]), []pbRow{none}})
	}
	return out
}

// lawElisionCases: a noun said once for two figures ("121 wraps and 60
// grams of heroin"); parts of what the words after a figure say was
// done ("27 arrests and the seizure of drugs, including 182 wraps of
// crack"); an article before a number is no figure ("a six-inch
// knife").
func lawElisionCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	var drugs []catalog.Item
	for _, it := range cat.Items {
		if it.Kind == "drug" && it.Code != "other_drug" && it.Code != "class_a" && it.Code != "class_b" {
			drugs = append(drugs, it)
		}
	}
	for i, it := range drugs {
		d := strings.ToLower(it.Synonyms[0])
		if it.Code == "mdma" {
			d = "MDMA"
		}
		n1, n2 := g.digits(), g.digits()
		out = append(out, lawCase{fmt.Sprintf("Officers seized %s wraps and %s grams of %s", n1.text, n2.text, d),
			[]pbRow{fact("drugs_seized", it.Code, "wraps", n1.value, "exact"), fact("drugs_seized", it.Code, "g", n2.value, "exact")}})
		prev := drugs[(i+1)%len(drugs)]
		n0 := g.digits()
		out = append(out, lawCase{fmt.Sprintf("Officers seized %s wraps of %s, %s wraps and %sg of %s", n0.text, strings.ToLower(prev.Synonyms[0]), n1.text, n2.text, d),
			[]pbRow{fact("drugs_seized", prev.Code, "wraps", n0.value, "exact"), fact("drugs_seized", it.Code, "wraps", n1.value, "exact"), fact("drugs_seized", it.Code, "g", n2.value, "exact")}})
		// a drug named before its quantity in brackets, after a subject
		// and a verb: "Detectives seized cocaine (2kg)"
		subj := []string{"Officers", "Police", "The team", "Detectives"}[i%4]
		q := g.digits()
		out = append(out, lawCase{fmt.Sprintf("%s seized %s (%skg) and cash (£%s)", subj, d, q.text, "3,000"),
			[]pbRow{fact("drugs_seized", it.Code, "g", q.value*1000, "exact"), fact("cash_seized", "", "gbp", 3000, "exact")}})
		a, w, k := g.num(), g.digits(), g.digits()
		out = append(out, lawCase{fmt.Sprintf("Officers executed 9 warrants, resulting in %s arrests and the seizure of numerous drugs, including %s wraps of %s and %skg of %s",
			a.text, w.text, d, k.text, strings.ToLower(prev.Synonyms[0])),
			[]pbRow{fact("warrants", "", "count", 9, "exact"), fact("arrests", "", "people", a.value, "exact"),
				fact("drugs_seized", it.Code, "wraps", w.value, "exact"), fact("drugs_seized", prev.Code, "g", k.value*1000, "exact"),
				lawGroup("drugs_seized")}}) // "numerous drugs": named with no number, its parts read
	}
	for _, th := range lawThings(cat) {
		if th.metric != "weapons_seized" || th.item == "" {
			continue
		}
		n, c := g.num(), []string{"six", "ten", "12", "eight"}[len(out)%4]
		out = append(out, lawCase{fmt.Sprintf("Officers seized %s %s, a %s-inch blade and £500 in cash", n.text, th.noun, c),
			[]pbRow{fact("weapons_seized", th.item, "count", n.value, "exact"), fact("cash_seized", "", "gbp", 500, "exact")}})
	}
	return out
}

// lawBareSumCases: a sum of money with no noun, said with a word for
// seizing it, is the money itself: cash_seized is the one metric whose
// own unit is money ("£8,000 seized", "nearly £15,000 confiscated"),
// when nothing else its sentence names could be what it is the value of
// (people arrested beside it are not). A sum that a word before it makes
// the value of something ("bikes valued at £9,000 were recovered", "a
// car containing £5,000 was seized"), or beside a thing seized anywhere
// in its sentence ("... and 12 phones were found", lawBareSumBlocked), is
// no cash.
func lawBareSumCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	m := metricOf(cat, "cash_seized")
	verbs, active := participles(m.Actions), pastSimple(m.Actions)
	cash := func(mo lawNum, q string) pbRow { return fact("cash_seized", "", "gbp", mo.value, q) }
	for i, v := range verbs {
		a := active[i%len(active)]
		mo, h := g.money(), g.hedge()
		out = append(out, lawCase{capital(h.text) + fmt.Sprintf("%s was %s", mo.text, v), []pbRow{cash(mo, h.q)}})
		mo, h = g.money(), g.hedge()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s%s", a, h.text, mo.text), []pbRow{cash(mo, h.q)}})
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("%s %s during the week", mo.text, v), []pbRow{cash(mo, "exact")}})
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("%s has also been %s", mo.text, v), []pbRow{cash(mo, "exact")}})
		mo, h = g.money(), g.hedge()
		n := g.num()
		out = append(out, lawCase{fmt.Sprintf("%s people were arrested and %s%s %s", capital(n.text), h.text, mo.text, v),
			[]pbRow{fact("arrests", "", "people", n.value, "exact"), cash(mo, h.q)}})
		mo, n = g.money(), g.num()
		// a thing named anywhere in its sentence may be what the sum is
		// the value of: refused, not cash
		none := func(mo lawNum) []pbRow { return []pbRow{{metric: "NONE", value: &mo.value}} }
		out = append(out, lawCase{fmt.Sprintf("%s was %s, and %s phones were %s", mo.text, v, n.text, verbs[(i+1)%len(verbs)]),
			append(none(mo), fact("mobile_phones_seized", "", "count", n.value, "exact"))})
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("As part of the operation %s was %s", mo.text, v), []pbRow{cash(mo, "exact")}})
		// the value of something named before it: no cash
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("Stolen bikes valued at %s were %s", mo.text, v), none(mo)})
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("A bag containing %s was %s", mo.text, v), none(mo)})
		// a thing named with no number beside it is itself, and the sum
		// may be its value
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("Jewellery and %s were %s", mo.text, v),
			append(none(mo), pbRow{metric: "assets_seized", item: "jewellery", qualifier: "unquantified"})})
	}
	return append(out, lawBareSumBlocked(cat, g)...)
}

// lawBareSumBlocked: a sum with no noun is not cash when any word of its
// sentence names something it could be the value of: every drug, weapon,
// asset, vehicle and phone word of the catalogue, in the constructions
// releases use ("£30,000 seized including cannabis", "... in a cocaine
// bust", "Cannabis factory found, £30,000 seized", "2 cars and £30,000
// seized"), or a word nobody taught us ("£30,000 seized in crypto"). The
// sum is refused with a message; never read as cash. (Said as the thing's
// own figure, "Cocaine: £30,000 seized" and "£30,000 seized in cocaine"
// are the value of a thing counted in money, read or refused by its own
// rules; they are set here only for things not counted in money.)
func lawBareSumBlocked(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	verbs := participles(metricOf(cat, "cash_seized").Actions)
	none := func(mo lawNum) []pbRow { return []pbRow{{metric: "NONE", value: &mo.value}} }
	i := 0
	for _, w := range lawThingWords(cat) {
		v := verbs[i%len(verbs)]
		i++
		lw := lowerWord(w.text)
		forms := []string{"%[1]s %[2]s including %[3]s", "%[1]s %[2]s in a %[3]s bust", "%[1]s %[2]s from a %[3]s farm",
			"%[4]s factory found, %[1]s %[2]s"}
		if !w.money {
			forms = append(forms, "%[4]s: %[1]s %[2]s", "%[1]s %[2]s in %[3]s")
		}
		for _, f := range forms {
			mo := g.money()
			out = append(out, lawCase{fmt.Sprintf(f, mo.text, v, lw, capital(w.text)), none(mo)})
		}
	}
	for _, w := range []string{"crypto", "cryptocurrency", "bitcoin"} {
		mo := g.money()
		out = append(out, lawCase{fmt.Sprintf("%s seized in %s", mo.text, w), none(mo)})
		mo = g.money()
		out = append(out, lawCase{fmt.Sprintf("%s: %s seized", capital(w), mo.text), none(mo)})
	}
	// a thing counted beside the sum, with its own number
	for _, code := range []string{"vehicles_seized", "mobile_phones_seized"} {
		for _, o := range metricOf(cat, code).Objects {
			n, mo := g.digits(), g.money()
			v := verbs[i%len(verbs)]
			i++
			out = append(out, lawCase{fmt.Sprintf("%s %ss and %s %s", n.text, o, mo.text, v),
				[]pbRow{fact(code, "", "count", n.value, "exact"), none(mo)[0]}})
		}
	}
	return out
}

// lawHeaded is a law case read under a heading.
type lawHeaded struct {
	heading string
	lawCase
}

// under names a heading in a law's message.
func under(heading string) string {
	if heading == "" {
		return ""
	}
	return fmt.Sprintf("under %q: ", heading)
}

// lawBareSumHeadings: "£30,000 seized" under a heading naming a metric
// other than cash, or a thing not counted in money ("Vehicles", "Cars",
// "Mobile phones seized", "Arrests", "Juveniles"), is not cash: refused.
// Under "Cash seized" and its synonyms it is cash. (Under a heading of a
// thing counted in money, "Cocaine", it is that thing's value, by the
// heading rule.)
func lawBareSumHeadings(cat *catalog.Catalog, g *lawGen) []lawHeaded {
	var out []lawHeaded
	verbs := participles(metricOf(cat, "cash_seized").Actions)
	var heads []string
	for _, m := range cat.Metrics {
		if m.Code != "cash_seized" && !countsMoney(m) {
			heads = append(heads, m.Label)
			heads = append(heads, m.Synonyms...)
		}
	}
	for _, w := range lawThingWords(cat) {
		if !w.money {
			heads = append(heads, capital(w.text))
		}
	}
	for i, h := range heads {
		mo := g.money()
		out = append(out, lawHeaded{h, lawCase{fmt.Sprintf("%s %s", mo.text, verbs[i%len(verbs)]), []pbRow{{metric: "NONE", value: &mo.value}}}})
	}
	for i, h := range append([]string{metricOf(cat, "cash_seized").Label}, metricOf(cat, "cash_seized").Synonyms...) {
		mo := g.money()
		out = append(out, lawHeaded{h, lawCase{fmt.Sprintf("%s %s", mo.text, verbs[i%len(verbs)]), []pbRow{fact("cash_seized", "", "gbp", mo.value, "exact")}}})
	}
	return out
}

// countsMoney reports that a metric may count in pounds.
func countsMoney(m catalog.Metric) bool {
	for _, u := range m.Units {
		if u == "gbp" {
			return true
		}
	}
	return false
}

// valuedThing is a word for a thing a sum of money may be the value of, and
// whether its metric counts in money.
type valuedThing struct {
	text  string
	money bool
}

// lawThingWords are the catalogue's words for things a sum of money may
// be the value of: every item's synonyms, and the objects of the metrics
// that count things (drugs, weapons, assets, vehicles, phones).
func lawThingWords(cat *catalog.Catalog) []valuedThing {
	var out []valuedThing
	for _, it := range cat.Items {
		money := false
		for _, m := range cat.Metrics {
			money = money || m.ItemKind == it.Kind && countsMoney(m)
		}
		for _, s := range it.Synonyms {
			out = append(out, valuedThing{s, money})
		}
	}
	for _, code := range []string{"drugs_seized", "weapons_seized", "assets_seized", "vehicles_seized", "mobile_phones_seized"} {
		for _, o := range metricOf(cat, code).Objects {
			out = append(out, valuedThing{o + "s", countsMoney(metricOf(cat, code))})
		}
	}
	return out
}

// lowerWord is a word as written inside a sentence: "cannabis", but
// "MDMA" and "Class A" as they are.
func lowerWord(w string) string {
	if len(w) > 1 && w[1] >= 'a' && w[1] <= 'z' && !strings.HasPrefix(w, "Class ") {
		return strings.ToLower(w[:1]) + w[1:]
	}
	return w
}

// lawParenCases: words set between dashes or brackets inside a clause
// that goes on after them. Figures there are parts of the figure before
// ("12 people – 5 men and 7 women – were arrested"); items named with
// no number are what a kind is made of ("Drugs – heroin and cocaine –
// worth £30,000": all drugs), or examples of an item already named
// ("Class A drugs – heroin and crack –": Class A); a remark ("– and the
// total is still rising –") says nothing of the figure.
func lawParenCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	signs := [][2]string{{" – ", " – "}, {" (", ") "}, {" - ", " - "}, {" — ", " — "}}
	sign := func(i int, s string) string { return signs[i%len(signs)][0] + s + signs[i%len(signs)][1] }
	var persons []string
	for _, w := range cat.Words {
		if w.Role == "person" && w.Text != "man" && w.Text != "woman" && w.Text != "person" {
			persons = append(persons, plural(w.Text))
		}
	}
	for i, v := range participles(metricOf(cat, "arrests").Actions) {
		n, a, b := g.num(), g.digits(), g.digits()
		sex := [][2]string{{"men", "women"}, {"male", "female"}, {"males", "females"}}[i%3]
		out = append(out, lawCase{capital(n.text) + " " + persons[i%len(persons)] + sign(i, a.text+" "+sex[0]+" and "+b.text+" "+sex[1]) + "were " + v,
			[]pbRow{fact("arrests", "", "people", n.value, "exact"), fact("arrests_male", "", "people", a.value, "exact"), fact("arrests_female", "", "people", b.value, "exact")}})
	}
	groups := []struct{ noun, metric string }{{"adults", "safeguarded_adult"}, {"children", "safeguarded_juvenile"}, {"juveniles", "safeguarded_juvenile"}, {"vulnerable adults", "safeguarded_adult"}}
	for i, v := range []string{"safeguarded", "supported", "identified as vulnerable", "protected", "helped"} {
		n, a, b := g.num(), g.digits(), g.digits()
		x, y := groups[i%len(groups)], groups[(i+1)%len(groups)]
		if x.metric == y.metric {
			y = groups[(i+2)%len(groups)]
		}
		out = append(out, lawCase{capital(n.text) + " vulnerable people" + sign(i, a.text+" "+x.noun+" and "+b.text+" "+y.noun) + "were " + v,
			[]pbRow{fact("safeguarded", "", "people", n.value, "exact"), fact(x.metric, "", "people", a.value, "exact"), fact(y.metric, "", "people", b.value, "exact")}})
	}
	drugs := lawNamedDrugs(cat)
	verbs := participles(metricOf(cat, "drugs_seized").Actions)
	for i, it := range drugs {
		o := drugs[(i+3)%len(drugs)]
		if o.Code == it.Code {
			continue
		}
		list := name(it) + " and " + name(o)
		mo := g.money()
		out = append(out, lawCase{"Drugs" + sign(i, list) + "worth " + mo.text + " were " + verbs[i%len(verbs)],
			[]pbRow{fact("drugs_seized", "", "gbp", mo.value, "exact")}})
		mo = g.money()
		out = append(out, lawCase{"Seizures" + sign(i+1, list) + "had a street value of about " + mo.text,
			[]pbRow{fact("drugs_seized", "", "gbp", mo.value, "approximately")}})
		mo = g.money()
		out = append(out, lawCase{mo.text + " worth of Class A drugs" + sign(i+2, list) + "were " + verbs[(i+1)%len(verbs)],
			[]pbRow{fact("drugs_seized", "class_a", "gbp", mo.value, "exact")}})
	}
	for i, o := range metricOf(cat, "cash_seized").Objects {
		if strings.Contains(o, "euro") || o == "fund" || o == "illicit fund" || o == "criminal fund" || o == "banknote" || o == "bank note" {
			continue
		}
		mo := g.money()
		out = append(out, lawCase{"Officers seized " + mo.text + " plus" + sign(i, "and the total is still rising") + "in " + o,
			[]pbRow{fact("cash_seized", "", "gbp", mo.value, "at_least")}})
		mo = g.money()
		out = append(out, lawCase{mo.text + " in " + o + sign(i+1, "a large sum for the area") + "was seized",
			[]pbRow{fact("cash_seized", "", "gbp", mo.value, "exact")}})
	}
	return out
}

// lawListCases: how the members of a list stand to one another and to
// the figure they belong to. A part between commas before the clause's
// verb is a part, and the verb is the total's ("710 people, including
// 58 children, were referred to safeguarding services"); "or" and a word
// nobody taught us make one figure of two things ("released under
// investigation or bailed"); so do a word that names no thing, "and", an
// unknown word and a noun ("46 cuckooing and vulnerability checks"); a
// quantity of a thing nobody taught us is not the next figure's drug
// ("4 grams of salvia and 28 grams of cannabis"), while one whose
// noun is left out is ("641g and 57 wraps of cocaine"); items coordinated
// with the nouns a value is said of are of that value ("£22,000 in cash,
// cocaine and heroin worth £40,000"); "including" and a preposition says
// where, not a part ("12 warrants, including at addresses in Luton, and
// 17 arrests").
func lawListCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	type grp struct{ total, part, verb, metric, partMetric string }
	groups := []grp{
		{"people", "children", "were arrested", "arrests", "arrests_under_18"},
		{"people", "juveniles", "were detained", "arrests", "arrests_under_18"},
		{"suspects", "women", "were arrested", "arrests", "arrests_female"},
		{"vulnerable people", "children", "were safeguarded", "safeguarded", "safeguarded_juvenile"},
		{"vulnerable people", "adults", "were supported", "safeguarded", "safeguarded_adult"},
		{"people", "children", "were referred to safeguarding services", "safeguarding_referrals", ""},
		{"vulnerable people", "children", "were also referred to the NRM", "nrm_referrals", ""},
	}
	for i, gr := range groups {
		for j, op := range []string{"", "In total, ", "A total of "} {
			n, k := g.num(), g.digits()
			part := fact(gr.partMetric, "", "people", k.value, "exact")
			if gr.partMetric == "" {
				part = none(k.value)
			}
			text := fmt.Sprintf("%s%s %s, %s %s %s, %s", op, n.text, gr.total, []string{"including", "among them", "of whom"}[(i+j)%2], k.text, gr.part, gr.verb)
			out = append(out, lawCase{capital(text), []pbRow{fact(gr.metric, "", "people", n.value, "exact"), part}})
		}
	}
	for i, v := range []string{"released under investigation", "arrested", "charged", "released pending investigation"} {
		for _, u := range []string{"bailed", "remanded", "cautioned"} {
			n := g.num()
			out = append(out, lawCase{capital(fmt.Sprintf("%s people were %s or %s", n.text, v, u)), []pbRow{none(n.value)}})
		}
		n := g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers made %d arrests and %s others were %s or bailed", 10+i, n.text, v),
			[]pbRow{fact("arrests", "", "people", float64(10+i), "exact"), none(n.value)}})
	}
	for _, c := range []struct{ mod, noun, verb string }{
		{"cuckooing", "checks", "carried out"}, {"cuckooed", "addresses", "visited"}, {"cuckooing", "visits", "made"},
	} {
		for _, u := range []string{"vulnerability", "empty", "council"} {
			n := g.num()
			out = append(out, lawCase{capital(fmt.Sprintf("%s %s and %s %s were %s", n.text, c.mod, u, c.noun, c.verb)), []pbRow{none(n.value)}})
		}
	}
	drugs := lawNamedDrugs(cat)
	unknown := []string{"salvia", "flakka", "khat", "poppers"}
	for i, it := range drugs {
		d := name(it)
		a, b := g.digits(), g.digits()
		out = append(out, lawCase{fmt.Sprintf("Officers seized %sg and %s wraps of %s", a.text, b.text, d),
			[]pbRow{fact("drugs_seized", it.Code, "g", a.value, "exact"), fact("drugs_seized", it.Code, "wraps", b.value, "exact")}})
		a, b = g.digits(), g.digits()
		out = append(out, lawCase{fmt.Sprintf("Police seized %s grams of %s and %s grams of %s", a.text, unknown[i%len(unknown)], b.text, d),
			[]pbRow{none(a.value), fact("drugs_seized", it.Code, "g", b.value, "exact")}})
		o := drugs[(i+2)%len(drugs)]
		c, mo := g.money(), g.money()
		if c.value == mo.value {
			mo = g.money()
		}
		out = append(out, lawCase{fmt.Sprintf("Officers seized %s in cash, %s and %s worth %s", c.text, d, name(o), mo.text),
			[]pbRow{fact("cash_seized", "", "gbp", c.value, "exact"), fact("drugs_seized", "", "gbp", mo.value, "exact")}})
	}
	for _, cl := range [][2]string{{"class A", "class B"}, {"Class A", "Class C"}, {"class B", "class C"}} {
		c, mo := g.money(), g.money()
		if c.value == mo.value {
			mo = g.money()
		}
		out = append(out, lawCase{fmt.Sprintf("More than %s in cash, %s and %s drugs with a street value of %s and a machete were recovered", c.text, cl[0], cl[1], mo.text),
			[]pbRow{fact("cash_seized", "", "gbp", c.value, "more_than"), fact("drugs_seized", "", "gbp", mo.value, "exact"), fact("weapons_seized", "machete", "count", 1, "exact")}})
	}
	for _, w := range []string{"addresses in Luton", "properties in Ilkeston and Buxton", "homes across the county"} {
		n, k := g.num(), g.num()
		out = append(out, lawCase{fmt.Sprintf("%s warrants were executed, including at %s, and a total of %s arrests were made", capital(n.text), w, k.text),
			[]pbRow{fact("warrants", "", "count", n.value, "exact"), fact("arrests", "", "people", k.value, "exact")}})
	}
	return out
}

// lawNamedDrugs are the drugs the catalogue names one by one (no class,
// no "other").
func lawNamedDrugs(cat *catalog.Catalog) []catalog.Item {
	var drugs []catalog.Item
	for _, it := range cat.Items {
		if it.Kind == "drug" && it.Code != "other_drug" && it.Code != "class_a" && it.Code != "class_b" && it.Code != "class_c" {
			drugs = append(drugs, it)
		}
	}
	return drugs
}

// name is how a release writes a drug's first name.
func name(it catalog.Item) string {
	if it.Code == "mdma" || it.Code == "lsd" {
		return it.Synonyms[0]
	}
	return strings.ToLower(it.Synonyms[0])
}

// lawSubjectCases: the subject before a figure's verb may complete its
// reading ("the National Referral Mechanism received 9 referrals"), never
// make it; "Those arrested included 5 women": the figures are parts of
// those the verb was done to, and one that reads as the verb's own
// metric is a subset the catalogue cannot hold ("Those arrested included
// 12 people from London").
func lawSubjectCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	nrm := []string{"National Referral Mechanism", "Single Competent Authority", "NRM", "Modern Slavery Helpline"}
	sg := []string{"MASH", "local authority", "children's social care", "multi agency safeguarding hub"}
	for i, verb := range []string{"received", "was sent", "recorded"} {
		for j := range nrm {
			n := g.num()
			text := fmt.Sprintf("The %s %s %s referrals during the week", nrm[j], verb, n.text)
			want := []pbRow{fact("nrm_referrals", "", "people", n.value, "exact")}
			if nrm[j] == "Modern Slavery Helpline" {
				want = []pbRow{none(n.value)} // nobody taught us "helpline": the subject completes nothing
			}
			if verb == "was sent" {
				text = fmt.Sprintf("The %s was sent %s referrals", nrm[j], n.text)
			}
			out = append(out, lawCase{text, want})
			n = g.num()
			text = fmt.Sprintf("The %s %s %s referrals", sg[(i+j)%len(sg)], verb, n.text)
			if verb == "was sent" {
				text = fmt.Sprintf("The %s was sent %s referrals", sg[(i+j)%len(sg)], n.text)
			}
			out = append(out, lawCase{text, []pbRow{fact("safeguarding_referrals", "", "people", n.value, "exact")}})
		}
		n := g.num()
		out = append(out, lawCase{fmt.Sprintf("Schools %s %s referrals", verb, n.text), []pbRow{none(n.value)}})
	}
	for i, v := range participles(metricOf(cat, "safeguarded").Actions) {
		if len(strings.Fields(v)) > 1 {
			continue
		}
		for j, part := range []string{"children", "adults", "juveniles", "young people"} {
			narrow := []string{" from Essex", " aged 15", ", aged 12 to 17", " from out of the area", " who live locally", " in Medway"}[(i+j)%6]
			n := g.digits()
			out = append(out, lawCase{fmt.Sprintf("Those %s included %s %s%s", v, n.text, part, narrow), []pbRow{none(n.value)}})
		}
	}
	arrest := pastSimple(metricOf(cat, "arrests").Actions)
	for i, v := range participles(metricOf(cat, "arrests").Actions) {
		if len(strings.Fields(v)) > 1 || i >= len(arrest) {
			continue
		}
		a, b, c := g.digits(), g.digits(), g.digits()
		link := []string{"included", "were"}[i%2]
		out = append(out, lawCase{fmt.Sprintf("Those %s %s %s men and %s women", v, link, a.text, b.text),
			[]pbRow{fact("arrests_male", "", "people", a.value, "exact"), fact("arrests_female", "", "people", b.value, "exact")}})
		out = append(out, lawCase{fmt.Sprintf("Those %s included %s children and %s people from London", v, a.text, c.text),
			[]pbRow{fact("arrests_under_18", "", "people", a.value, "exact"), none(c.value)}})
		// a part narrowed after its noun is a subset of the part
		for j, part := range []string{"men", "women", "children", "juveniles", "males", "females"} {
			for k, narrow := range []string{" from London", " from Liverpool", " aged 16", ", aged 18 to 25", " from out of the area", " who live locally", " in Medway"} {
				if (j+k)%2 == 0 {
					n := g.digits()
					out = append(out, lawCase{fmt.Sprintf("Those %s included %s %s%s", v, n.text, part, narrow), []pbRow{none(n.value)}})
				}
			}
		}
		out = append(out, lawCase{fmt.Sprintf("Police in Kent %s %s people", arrest[i%len(arrest)], a.text),
			[]pbRow{fact("arrests", "", "people", a.value, "exact")}})
	}
	for i, v := range []string{"safeguarded", "supported", "protected", "helped", "rescued"} {
		a, b := g.digits(), g.digits()
		gr := [][2]string{{"children", "adults"}, {"juveniles", "vulnerable adults"}, {"young people", "adults"}}[i%3]
		out = append(out, lawCase{fmt.Sprintf("Those %s included %s %s and %s %s", v, a.text, gr[0], b.text, gr[1]),
			[]pbRow{fact("safeguarded_juvenile", "", "people", a.value, "exact"), fact("safeguarded_adult", "", "people", b.value, "exact")}})
		n := g.num()
		out = append(out, lawCase{fmt.Sprintf("Those %s included %s vulnerable people", v, n.text), []pbRow{none(n.value)}})
	}
	return out
}

// lawMemberCases: after a comma, a noun of things that no metric of the
// figure's words counts opens another member of a list ("31 arrests,
// cocaine seized, £8,000 in cash seized"); class letters said of one
// noun with no number name each class the catalogue knows, as the
// spelled words do ("Class A and B drugs seized": class A and class B
// unquantified, found.md "Kinds named with no number"; session 26), and
// a letter of no class it knows ("Class A, B and C drugs") leaves them
// all unread; "dozens of", "hundreds of" are no number (the things
// after them are named with no number).
func lawMemberCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	openers := []string{"The week resulted in ", "Highlights included ", "The operation led to ", ""}
	for i, it := range lawNamedDrugs(cat) {
		n, mo := g.num(), g.money()
		out = append(out, lawCase{capital(fmt.Sprintf("%s%s arrests, %s seized and %s in cash seized", openers[i%len(openers)], n.text, name(it), mo.text)),
			[]pbRow{fact("arrests", "", "people", n.value, "exact"), {metric: "drugs_seized", item: it.Code, qualifier: "unquantified"}, fact("cash_seized", "", "gbp", mo.value, "exact")}})
	}
	for i, cl := range []string{"Class A, B and C drugs", "Class A and B drugs", "class A, B and C drugs", "Class A, B, and C drugs"} {
		n, mo := g.num(), g.money()
		want := []pbRow{fact("arrests", "", "people", n.value, "exact"), fact("cash_seized", "", "gbp", mo.value, "exact")}
		if cl == "Class A and B drugs" {
			want = append(want, pbRow{metric: "drugs_seized", item: "class_a", qualifier: "unquantified"}, pbRow{metric: "drugs_seized", item: "class_b", qualifier: "unquantified"})
		}
		out = append(out, lawCase{capital(fmt.Sprintf("%s%s arrests, %s seized, %s in cash seized", openers[i%len(openers)], n.text, cl, mo.text)), want})
		w := g.digits()
		out = append(out, lawCase{fmt.Sprintf("Officers seized %s knives, %s and a machete", w.text, cl),
			[]pbRow{fact("weapons_seized", "knife", "count", w.value, "exact"), fact("weapons_seized", "machete", "count", 1, "exact")}})
	}
	for _, q := range []string{"dozens of", "hundreds of", "scores of", "thousands of", "Dozens of"} {
		out = append(out, lawCase{capital(q + " people were arrested"), nil})
		// no count of wraps; the heroin is named with no number
		// (TestUnquantifiedAloneLaw), after a scale the reader knows
		// ("scores" is none: nothing is read)
		var heroin []pbRow
		if q != "scores of" {
			heroin = []pbRow{{metric: "drugs_seized", item: "heroin", qualifier: "unquantified"}}
		}
		out = append(out, lawCase{"Officers seized " + q + " wraps of heroin", heroin})
		out = append(out, lawCase{capital(q + " vulnerable people were safeguarded"), nil})
	}
	return out
}

// lawDecisionCases: wording the catalogue decides. What people were
// charged with is the reason, passed over ("charged with drug supply");
// an S23 search is a stop and search (the Misuse of Drugs Act's power to
// stop and search for drugs). The catalogue holds no figure of people
// remanded or bailed, voluntary attendance, closure orders, trap houses,
// test purchases, knives surrendered or handed in, or vehicles stopped
// (not seized): each is a message and no fact.
func lawDecisionCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	for _, r := range []string{"drug supply", "drug offences", "supplying drugs", "possession with intent to supply", "supplying class A drugs", "drugs offences", "conspiracy to supply"} {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s people were charged with %s", n.text, r)), []pbRow{fact("charged", "", "people", n.value, "exact")}})
		n, k := g.num(), g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers charged %s suspects with %s and seized %s phones", n.text, r, k.text),
			[]pbRow{fact("charged", "", "people", n.value, "exact"), fact("mobile_phones_seized", "", "count", k.value, "exact")}})
	}
	for _, v := range []string{"carried out", "conducted", "completed"} {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s S23 searches were %s", n.text, v)), []pbRow{fact("stop_searches", "", "count", n.value, "exact")}})
		n = g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s s23 searches", v, n.text), []pbRow{fact("stop_searches", "", "count", n.value, "exact")}})
	}
	for _, t := range []string{
		"%s people were remanded", "%s people were bailed", "%s suspects were remanded in custody", "%s people were released on bail",
		"%s people attended voluntary interviews", "%s closure orders were obtained", "%s trap houses were closed",
		"%s test purchases were made", "%s knives were surrendered", "%s knives were handed in", "%s vehicles were stopped",
		"Officers carried out %s vehicle stops", "Officers secured %s closure orders",
	} {
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf(t, n.text)), []pbRow{none(n.value)}})
	}
	return out
}

// lawPartOfTotalCases: "Eleven of the 27 arrests were of under-18s": the
// second number is the total, with its words up to the copula; the first
// is a part of it, with the words after the copula, and a part that
// reads as the total's own metric is a subset the catalogue cannot hold.
func lawPartOfTotalCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	forms := []struct{ total, metric, unit, part, partMetric string }{
		{"arrests", "arrests", "people", "were of under-18s", "arrests_under_18"},
		{"people arrested", "arrests", "people", "were under 18", "arrests_under_18"},
		{"people arrested", "arrests", "people", "were women", "arrests_female"},
		{"arrests", "arrests", "people", "were of men", "arrests_male"},
		{"suspects detained", "arrests", "people", "were juveniles", "arrests_under_18"},
		{"people arrested", "arrests", "people", "have since been charged", "charged"},
		{"phones seized", "mobile_phones_seized", "count", "were deal line phones", "deal_line_phones_seized"},
		{"mobile phones recovered", "mobile_phones_seized", "count", "were deal line handsets", "deal_line_phones_seized"},
		{"vulnerable people safeguarded", "safeguarded", "people", "were children", "safeguarded_juvenile"},
		{"people safeguarded", "safeguarded", "people", "were adults", "safeguarded_adult"},
		{"arrests", "arrests", "people", "were for drug offences", ""},
		{"phones seized", "mobile_phones_seized", "count", "were smartphones", ""},
	}
	for _, f := range forms {
		for _, det := range []string{"the", "these", "the"} {
			n, k := g.num(), g.digits()
			part := fact(f.partMetric, "", f.unit, n.value, "exact")
			if f.partMetric == "" {
				v := n.value
				part = pbRow{metric: "NONE", value: &v}
			}
			if n.value == k.value {
				k = g.digits()
			}
			out = append(out, lawCase{capital(fmt.Sprintf("%s of %s %s %s %s", n.text, det, k.text, f.total, f.part)),
				[]pbRow{fact(f.metric, "", f.unit, k.value, "exact"), part}})
		}
	}
	return out
}

// lawPlusCases: a spaced "plus" after a number with no unit, before the
// number's own noun, is a hedge ("20 plus people were arrested": at
// least 20); before another figure or an article it adds one ("12
// arrests plus 3 charges", "4 knives plus a machete").
func lawPlusCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	for _, th := range lawThings(cat) {
		if th.metric != "weapons_seized" || th.item == "" {
			continue
		}
		n := g.digits()
		out = append(out, lawCase{fmt.Sprintf("Officers seized %s plus %s", n.text, th.noun), []pbRow{fact(th.metric, th.item, "count", n.value, "at_least")}})
		if th.item == "machete" {
			continue // "12 machetes plus a machete": two figures of one item
		}
		n = g.digits()
		out = append(out, lawCase{fmt.Sprintf("Officers seized %s %s plus a machete", n.text, th.noun),
			[]pbRow{fact(th.metric, th.item, "count", n.value, "exact"), fact("weapons_seized", "machete", "count", 1, "exact")}})
	}
	for _, s := range lawCounts(cat) {
		if s.unit != "people" {
			continue
		}
		n := g.digits()
		out = append(out, lawCase{capital(fmt.Sprintf(s.passive, n.text+" plus")), []pbRow{fact(s.metric, "", s.unit, n.value, "at_least")}})
	}
	return out
}
