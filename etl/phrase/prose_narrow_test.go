package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// Laws of a release's figures that words before or around them make no
// figure of the force's week (closing16, "Prose"): another agency's
// people as the subject, a future or a hoped-for action, a part of a
// refused total, a word in brackets that changes the kind of thing,
// visits counted as people, one event's figures. Each law generates the
// construction with the changing word (its figure refused, and named by
// a message) and the same construction without it (its figure read), so
// that a fix does not over-refuse.

// proseCase is a phrase read as one force's text: its want rows are the
// facts it must give, and NONE rows for figures it must refuse.
type proseCase struct {
	force, text string
	want        []pbRow
}

func none(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }

// checkProse reads each case as its force's text and fails on a wrong or
// extra fact, a NONE figure read or not named by a message, or a figure
// to read that is refused. It wants at least minRefused refused figures
// and minRead read ones, so that a generator that makes too few cases
// fails too.
func checkProse(t *testing.T, law string, cases []proseCase, minRefused, minRead int) {
	t.Helper()
	r := newReader(t)
	var total tally
	bad := 0
	for i, c := range cases {
		p := pbPhrase{id: fmt.Sprintf("%s%d", law, i), text: c.text, force: c.force, rows: c.want}
		got := r.Read(c.text, phrase.Context{Force: c.force})
		tl, notes := score(p, got, map[string]*tally{})
		total.add(tl)
		if tl.wrong+tl.extra+tl.missed > 0 || tl.abstained != tl.none || tl.flagged != tl.none {
			bad++
			var msgs []string
			for _, m := range got.Messages {
				msgs = append(msgs, m.String())
			}
			if bad <= 40 {
				t.Errorf("[%s] %q: %s (messages: %s)", c.force, c.text, strings.Join(notes, "; "), strings.Join(msgs, " | "))
			}
		}
	}
	t.Logf("%s law: %d phrases, %d wrong: %s", law, len(cases), bad, total)
	if total.none < minRefused || total.expected < minRead {
		t.Errorf("%s law made %d refused and %d read figures, want at least %d and %d", law, total.none, total.expected, minRefused, minRead)
	}
}

// lawActives are the counts of lawCounts with an active form of one
// number: "arrested %s people".
func lawActives(cat *catalog.Catalog) []lawSimple {
	var out []lawSimple
	for _, s := range lawCounts(cat) {
		if s.active != "" && strings.Count(s.active, "%s") == 1 {
			out = append(out, s)
		}
	}
	return out
}

// lawForces are the forces a release may be of: not the national
// agencies' units.
func lawForces(cat *catalog.Catalog) []catalog.Force {
	var out []catalog.Force
	for _, f := range cat.Forces {
		if !strings.EqualFold(f.ROCU, "national") {
			out = append(out, f)
		}
	}
	return out
}

// lawAgentSubjects are people of an agency as a clause's subject, with a
// preposition that ties them to it; FORCE is the agency.
var lawAgentSubjects = []string{
	"Officers from FORCE", "Detectives from FORCE", "Colleagues from FORCE", "A team from FORCE",
	"Specialist officers from FORCE", "Officers of FORCE", "A team of FORCE officers", "Detectives with FORCE",
	"Colleagues at FORCE", "Staff at FORCE", "Teams from FORCE", "Officers from the FORCE",
}

// lawAgentPartners name another agency beside the force's own officers,
// who did the work: the figure stays the force's.
var lawAgentPartners = []string{
	"Working with FORCE, officers %s", "In partnership with FORCE, officers %s",
	"Officers, supported by colleagues from FORCE, %s", "Together with FORCE, officers %s",
	"Working alongside officers from FORCE, detectives %s", "Officers from the Gangs Unit %s",
}

// TestOtherAgencySubjectLaw: "Officers from Essex Police made 12
// arrests" in Kent's text is Essex's figure, refused as "Essex Police
// made 12 arrests" is; the same subject of the text's own force, and
// another agency named as a partner of the force's officers ("Working
// with Essex Police, officers made ..."), read.
func TestOtherAgencySubjectLaw(t *testing.T) {
	cat := testCatalog(t)
	g := &lawGen{}
	acts, forces := lawActives(cat), lawForces(cat)
	var cases []proseCase
	for i, s := range acts {
		f := forces[i%len(forces)]
		o := forces[(i+7)%len(forces)]
		n := g.num()
		clause := fmt.Sprintf(s.active, n.text)
		subj := lawAgentSubjects[i%len(lawAgentSubjects)]
		name := o.Name
		if strings.HasSuffix(subj, "the FORCE") {
			name = strings.TrimPrefix(o.Name, "The ")
		}
		cases = append(cases, proseCase{f.Code, strings.ReplaceAll(subj, "FORCE", name) + " " + clause, []pbRow{none(n.value)}})
		if strings.HasSuffix(subj, "from FORCE") {
			// the other force's area: "Officers from Essex"
			n = g.num()
			clause = fmt.Sprintf(s.active, n.text)
			cases = append(cases, proseCase{f.Code, strings.ReplaceAll(subj, "FORCE", placeOf(o)) + " " + clause, []pbRow{none(n.value)}})
		}
		// the text's own force as the subject
		n = g.num()
		clause = fmt.Sprintf(s.active, n.text)
		cases = append(cases, proseCase{f.Code, strings.ReplaceAll(subj, "FORCE", f.Name) + " " + clause,
			[]pbRow{fact(s.metric, "", s.unit, n.value, "exact")}})
		// another agency as a partner
		n = g.num()
		clause = fmt.Sprintf(s.active, n.text)
		form := strings.ReplaceAll(lawAgentPartners[i%len(lawAgentPartners)], "FORCE", o.Name)
		cases = append(cases, proseCase{f.Code, fmt.Sprintf(form, clause), []pbRow{fact(s.metric, "", s.unit, n.value, "exact")}})
	}
	checkProse(t, "other agency subject", cases, 60, 120)
}

// lawAimForms say a figure's verb was aimed at, not done: an aim's noun
// and a copula or "to" before its base form ("The aim was to close 12
// lines", "In a bid to close 12 lines, ..."), "of" before its -ing
// form ("with the aim of closing"), or "shall". lawDoneForms are the
// same constructions said as done: the figure reads.
var (
	lawAimForms = []string{"The aim was to BASE", "Our plan this week is to BASE", "The goal is to BASE",
		"In a bid to BASE, officers worked round the clock", "In an effort to BASE, officers worked round the clock",
		"Their objective was to BASE", "Officers shall BASE", "Officers worked with the aim of ING",
		"Officers set out with the intention of ING", "The purpose of the week was to BASE"}
	lawDoneForms = []string{"Officers went on to BASE", "Officers were able to BASE", "Officers managed to BASE",
		"In a bid to disrupt the gangs, officers PAST", "The aim was met: officers PAST",
		"With the aim of protecting children, officers PAST", "Officers succeeded in ING"}
)

// lawVerbForms are verbs of the catalogue in their base, -ing and past
// forms, with an object and the fact they count ("charge" is no base
// form the catalogue reads).
var lawVerbForms = []struct{ base, ing, past, obj, metric, unit string }{
	{"arrest", "arresting", "arrested", "people", "arrests", "people"},
	{"detain", "detaining", "detained", "suspects", "arrests", "people"},
	{"execute", "executing", "executed", "warrants", "warrants", "count"},
	{"close", "closing", "closed", "county lines", "lines_closed", "count"},
	{"dismantle", "dismantling", "dismantled", "deal lines", "lines_closed", "count"},
	{"visit", "visiting", "visited", "cuckooed addresses", "cuckooed_addresses_visited", "count"},
	{"safeguard", "safeguarding", "safeguarded", "vulnerable people", "safeguarded", "people"},
	{"visit", "visiting", "visited", "schools", "schools_visited", "count"},
	{"seize", "seizing", "seized", "mobile phones", "mobile_phones_seized", "count"},
}

// TestAimedLaw: a figure whose verb an aim governs is refused, and the
// same verbs said as done read (8339c7f refuses modals and verbs of
// intention; this adds the aim's nouns).
func TestAimedLaw(t *testing.T) {
	g := &lawGen{}
	var cases []proseCase
	put := func(form string, v int, n lawNum) string {
		a := lawVerbForms[v]
		r := strings.NewReplacer("BASE", a.base+" "+n.text+" "+a.obj, "ING", a.ing+" "+n.text+" "+a.obj, "PAST", a.past+" "+n.text+" "+a.obj)
		return r.Replace(form)
	}
	for v, a := range lawVerbForms {
		for _, f := range lawAimForms {
			n := g.num()
			cases = append(cases, proseCase{"kent", put(f, v, n), []pbRow{none(n.value)}})
		}
		for _, f := range lawDoneForms {
			n := g.num()
			cases = append(cases, proseCase{"kent", put(f, v, n), []pbRow{fact(a.metric, "", a.unit, n.value, "exact")}})
		}
	}
	checkProse(t, "aimed", cases, 90, 60)
}

// lawKindWords in brackets change the kind of a weapon: the catalogue
// reads them only as an imitation firearm (items.csv), of a firearm.
var lawKindWords = []string{"replica", "imitation", "toy", "fake", "BB"}

// TestKindInBracketsLaw: a bracketed word after a figure's noun inside
// its clause ("3 knives (replica) were seized") changes what was
// counted: the figure is read as the narrowed item where the catalogue
// has one (a firearm's imitation), and refused otherwise; never as the
// plain item. The same clause with a word that changes nothing in the
// brackets ("(suspected)"), or none, reads the item.
func TestKindInBracketsLaw(t *testing.T) {
	cat := testCatalog(t)
	g := &lawGen{}
	forms := []string{"%s %s (%s) were seized", "%s %s (%s) were recovered during the week",
		"A total of %s %s (%s) were found", "%s %s (%s) have been seized"}
	var cases []proseCase
	for i, w := range lawWeaponNames(cat) {
		if w[1] == "imitation_firearm" {
			continue
		}
		for j, form := range forms {
			n := g.num()
			if n.value == 1 {
				n = g.num()
			}
			kind := lawKindWords[(i+j)%len(lawKindWords)]
			want := none(n.value)
			if w[1] == "firearm" {
				want = fact("weapons_seized", "imitation_firearm", "count", n.value, "exact")
			}
			cases = append(cases, proseCase{"kent", capital(fmt.Sprintf(form, n.text, plural(w[0]), kind)), []pbRow{want}})
			if j%2 == 0 {
				n = g.num()
				cases = append(cases, proseCase{"kent", capital(fmt.Sprintf(form, n.text, plural(w[0]), "suspected")),
					[]pbRow{fact("weapons_seized", w[1], "count", n.value, "exact")}})
			}
		}
	}
	checkProse(t, "kind in brackets", cases, 60, 40)
}

// lawPartScopes put a total in another period, a part of the area,
// another force's hands, one day or the future: FIG is the total's
// clause. lawPartWeek are the same with the force's own week and area.
var (
	lawPartScopes = []string{"Last year FIG", "In Maidstone, FIG", "On Monday, FIG", "Across 2019, FIG",
		"Essex Police made FIG", "Officers will make FIG", "FIG last year", "In the north of the county, FIG"}
	lawPartWeek = []string{"During the week FIG", "Across the county, FIG", "This week, FIG", "Officers made FIG",
		"FIG during the week of action"}
)

// lawPartOf are the parts a total of arrests names, and their metrics.
var lawPartOf = []struct{ words, metric string }{
	{"under 18", "arrests_under_18"}, {"women", "arrests_female"}, {"men", "arrests_male"}, {"juveniles", "arrests_under_18"},
}

// TestPartOfRefusedTotalLaw: a part in brackets or after "including"
// takes its total's scope: "Last year 43 arrests (including 7 under 18)"
// gives no arrests of under 18s for the week. The same total in the
// week reads with its part.
func TestPartOfRefusedTotalLaw(t *testing.T) {
	g := &lawGen{}
	totals := []string{"N arrests (including K PART)", "N arrests, including K PART", "N arrests (K PART)"}
	var cases []proseCase
	for i := range 4 * len(lawPartScopes) {
		part := lawPartOf[i%len(lawPartOf)]
		n, k, ok := larger(g, g.num(), g.digits())
		if !ok {
			continue
		}
		fig := strings.NewReplacer("N", n.text, "K", k.text, "PART", part.words).Replace(totals[i%len(totals)])
		form := lawPartScopes[i%len(lawPartScopes)]
		if strings.HasPrefix(form, "FIG") {
			fig = capital(fig)
		}
		cases = append(cases, proseCase{"kent", strings.Replace(form, "FIG", fig, 1), []pbRow{none(n.value), none(k.value)}})
		n, k, ok = larger(g, g.num(), g.digits())
		if !ok {
			continue
		}
		fig = strings.NewReplacer("N", n.text, "K", k.text, "PART", part.words).Replace(totals[i%len(totals)])
		form = lawPartWeek[i%len(lawPartWeek)]
		if strings.HasPrefix(form, "FIG") {
			fig = capital(fig)
		}
		cases = append(cases, proseCase{"kent", strings.Replace(form, "FIG", fig, 1),
			[]pbRow{fact("arrests", "", "people", n.value, "exact"), fact(part.metric, "", "people", k.value, "exact")}})
	}
	checkProse(t, "part of a refused total", cases, 50, 50)
}

// TestVisitsNotPeopleLaw: a number whose noun is a thing another metric
// counts ("40 welfare visits of vulnerable people") counts those things,
// not the people after "of": never a figure of people safeguarded. The
// people themselves, and the visits alone, read.
func TestVisitsNotPeopleLaw(t *testing.T) {
	cat := testCatalog(t)
	g := &lawGen{}
	visits := metricOf(cat, "welfare_visits").Objects
	people := []string{"vulnerable people", "vulnerable adults", "children at risk", "people at risk of exploitation",
		"potential victims", "vulnerable young people"}
	forms := []string{"There were %s %s of %s", "%s %s of %s", "Officers made %s %s of %s", "During the week, %s %s of %s"}
	var cases []proseCase
	for i, v := range visits {
		for j, f := range forms {
			n := g.num()
			cases = append(cases, proseCase{"kent", capital(fmt.Sprintf(f, n.text, plural(v), people[(i+j)%len(people)])), []pbRow{none(n.value)}})
		}
		n := g.num()
		cases = append(cases, proseCase{"kent", capital(fmt.Sprintf("%s %s were carried out", n.text, plural(v))),
			[]pbRow{fact("welfare_visits", "", "count", n.value, "exact")}})
		n = g.num()
		cases = append(cases, proseCase{"kent", capital(fmt.Sprintf("%s %s were safeguarded", n.text, []string{"vulnerable people", "potential victims"}[i%2])),
			[]pbRow{fact("safeguarded", "", "people", n.value, "exact")}})
	}
	checkProse(t, "visits not people", cases, 30, 15)
}

// TestPartOfAnotherKindLaw: a part of a total said with a verb of
// another section of the catalogue ("Out of the 38 arrests made, 5 were
// found to be minors and are now being protected", "Of the 50 people
// safeguarded, 10 were arrested") counts only those of the total: a
// part of the other metric's figure, refused. A part said with a verb
// of the total's own section ("12 were charged") or a word of its kind
// ("5 were minors") reads.
func TestPartOfAnotherKindLaw(t *testing.T) {
	g := &lawGen{}
	type part struct {
		words, metric string // metric "" : refused
	}
	totals := []struct {
		forms  []string // N the total, K the part, PART the part's words
		metric string
		parts  []part
	}{
		{[]string{"Of the N people arrested, K PART", "Out of the N arrests made by the police, K PART", "N people were arrested, K of whom PART"},
			"arrests", []part{{"were safeguarded", ""}, {"were found to be minors and are now being protected", ""},
				{"were referred to the National Referral Mechanism", ""}, {"were charged", "charged"}, {"were minors", "arrests_under_18"}, {"were women", "arrests_female"}}},
		{[]string{"Of the N vulnerable people safeguarded, K PART", "N vulnerable people were safeguarded, K of whom PART"},
			"safeguarded", []part{{"were arrested", ""}, {"were charged", ""}, {"were later arrested", ""}}},
	}
	var cases []proseCase
	for _, tot := range totals {
		for _, pt := range tot.parts {
			for _, form := range tot.forms {
				n, k, ok := larger(g, g.num(), g.digits())
				if !ok {
					continue
				}
				text := capital(strings.NewReplacer("N", n.text, "K", k.text, "PART", pt.words).Replace(form))
				want := []pbRow{fact(tot.metric, "", "people", n.value, "exact"), none(k.value)}
				if pt.metric != "" {
					want[1] = fact(pt.metric, "", "people", k.value, "exact")
				}
				cases = append(cases, proseCase{"kent", text, want})
			}
		}
	}
	// the total in another period or place: no part of it reads
	// (TestPartOfRefusedTotalLaw), whatever the part's verb
	for _, form := range []string{"Of the N people arrested last year, K PART", "Out of the N arrests made in Maidstone, K PART",
		"Of the N people arrested by Essex Police, K PART"} {
		for _, pt := range totals[0].parts {
			n, k, ok := larger(g, g.num(), g.digits())
			if !ok {
				continue
			}
			text := strings.NewReplacer("N", n.text, "K", k.text, "PART", pt.words).Replace(form)
			cases = append(cases, proseCase{"kent", text, []pbRow{none(n.value), none(k.value)}})
		}
	}
	checkProse(t, "part of another kind", cases, 40, 30)
}

// lawOneEvent put a figure in one event of the week (one warrant, raid,
// stop, search or address) or in one person's hands: a part of the
// week's (round eleven f937, f938, f976). lawManyEvents are the same
// with the events in the plural, the week, or a person who tells.
var (
	lawOneEvent = []string{"During one warrant, officers FIG", "During a raid, officers FIG",
		"Following the execution of a warrant, officers FIG", "At one address, officers FIG",
		"In a single vehicle stop, officers FIG", "Officers FIG during a drugs raid", "Officers FIG at an address in Brackford",
		"He was detained after officers FIG", "Police stopped a man, and he was found after officers FIG",
		"Officers FIG following the execution of a warrant at Marlford Street"}
	lawManyEvents = []string{"During the raids, officers FIG", "Following the execution of warrants, officers FIG",
		"At addresses across the county, officers FIG", "He said officers FIG", "She added that officers FIG",
		"In a week of action, officers FIG", "During the operation, officers FIG", "Officers FIG during drugs raids"}
)

// TestOneEventLaw: a figure of one event or one person is refused as a
// part; the same figure of many events, of the week, or told by one
// person reads.
func TestOneEventLaw(t *testing.T) {
	g := &lawGen{}
	var cases []proseCase
	for v, a := range lawVerbForms {
		for j := range 4 {
			n := g.num()
			form := lawOneEvent[(4*v+j)%len(lawOneEvent)]
			fig := a.past + " " + n.text + " " + a.obj
			cases = append(cases, proseCase{"kent", strings.Replace(form, "FIG", fig, 1), []pbRow{none(n.value)}})
			n = g.num()
			form = lawManyEvents[(4*v+j)%len(lawManyEvents)]
			fig = a.past + " " + n.text + " " + a.obj
			cases = append(cases, proseCase{"kent", strings.Replace(form, "FIG", fig, 1), []pbRow{fact(a.metric, "", a.unit, n.value, "exact")}})
		}
	}
	checkProse(t, "one event", cases, 30, 30)
}

// TestReleaseOfForceLaw: a release read for a force given (countylines
// draft --force) reads another force's figures as that force's, whichever
// force the text names first: "Officers from Essex Police made 12
// arrests" drafted for Kent gives no figure; drafted for Essex, 12.
func TestReleaseOfForceLaw(t *testing.T) {
	cat := testCatalog(t)
	r := newReader(t)
	g := &lawGen{}
	forces := lawForces(cat)
	bad, n, unread := 0, 0, 0
	for i, s := range lawActives(cat) {
		o, f := forces[i%len(forces)], forces[(i+5)%len(forces)]
		num := g.num()
		text := []string{"Officers from " + o.Name, o.Name}[i%2] + " " + fmt.Sprintf(s.active, num.text) + "."
		n++
		if got := r.ReleaseOf(text, f.Code); len(got.Facts) > 0 || got.Force != f.Code {
			bad++
			t.Errorf("ReleaseOf(%q, %s): force %s, %d facts, want %s and none", text, f.Code, got.Force, len(got.Facts), f.Code)
		}
		// its own force's text: the figure, or (on the safe side, as
		// "City of London Police visited 19 cuckooed addresses" is
		// refused for "London") nothing
		switch got := r.ReleaseOf(text, o.Code); {
		case len(got.Facts) == 0:
			unread++
		case len(got.Facts) != 1 || *got.Facts[0].Value != num.value:
			bad++
			t.Errorf("ReleaseOf(%q, %s): %d facts, want its figure %v", text, o.Code, len(got.Facts), num.value)
		}
	}
	t.Logf("release of a force law: %d texts, %d wrong, %d of the force's own not read", n, bad, unread)
	if unread > n/10 {
		t.Errorf("%d of %d texts not read as their own force's, want at most a tenth", unread, n)
	}
}
