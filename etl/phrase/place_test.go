package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// placeCase is a phrase read as the text of one force (or "national",
// or a regional unit), and what it must give: the figure read as its
// metric, or refused with a message that names the place's words.
type placeCase struct {
	force, text string
	simple      lawSimple
	n           lawNum
	read        bool
	words       string // refused: the words the message must name
}

// lawPlaceNames are invented places, so that no list of towns can read
// them: one word, two, joined by "and", hyphened, with "the ... area".
func lawPlaceNames(g *lawGen) []string {
	heads := []string{"Brack", "Wend", "Ashen", "Hollin", "Thorn", "Marl", "Quen", "Orrow"}
	tails := []string{"ford", "ham", "ley", "wick", "bury", "stead", "cote"}
	seconds := []string{"", " Green", " Garden City", " Vale", " Hamlets", " Magna"}
	var out []string
	for i := range 3 * len(heads) {
		h, t, s := heads[i%len(heads)], tails[(i+g.n)%len(tails)], seconds[i%len(seconds)]
		out = append(out, h+t+s)
	}
	// "Welwyn Garden City and Hatfield", "Stoke-upon-Wendley"
	out = append(out, out[0]+" and "+out[1], "Stoke-upon-"+out[2], out[3]+", "+out[4]+" and "+out[5])
	return out
}

// lawPartForms put a place phrase round a figure's clause (%s the
// clause, PLACE the name) so that the place says where the figure's
// event was: the figure is that part's, and refused. WORDS is what the
// message must name.
var lawPartForms = []struct{ form, words string }{
	{"In PLACE, %s", "In PLACE"},
	{"%s in PLACE", "in PLACE"},
	{"%s across PLACE", "across PLACE"},
	{"%s at an address in PLACE", "in PLACE"},
	{"At one address in PLACE, %s", "in PLACE"},
	{"%s in the PLACE area", "in the PLACE area"},
	{"In the PLACE district, %s", "In the PLACE district"},
	{"%s throughout PLACE as part of the week of action", "throughout PLACE"},
	{"%s in PLACE, following warrants", "in PLACE"},
	{"%s - all in PLACE", "in PLACE"},
	{"In PLACE (the town centre and its estates), %s", "In PLACE"},
	{"Police arrested a man and %s in PLACE", "in PLACE"},
}

// lawAreaParts are parts of the force's area named with no capital.
var lawAreaParts = []string{"In the north of the county", "In the south of the force area", "Across the east of the county",
	"In the northern part of the county", "In the west of the force"}

// lawWiderForms name the country or the region: refused in a force's
// text, read in the country's (or British Transport Police's) or the
// region's.
var lawWiderForms = []struct{ form, words string }{
	{"Nationally, %s", "Nationally"},
	{"%s nationwide.", "nationwide"},
	{"Across the country, %s", "Across the country"},
	{"%s across the UK", "across the UK"},
	{"%s across England and Wales", "across England and Wales"},
	{"Across Great Britain, %s", "Across Great Britain"},
}

// lawWholeForms name the force's own area, or say what a thing is, or
// name an operation, a court, a time: the figure stays the force's and
// is read. OWN is the force's area as the catalogue names it.
var lawWholeForms = []string{
	"In OWN, %s", "%s across OWN", "%s in OWN", "%s across the county", "Across the force area, %s", "%s across the Force",
	"A drug line operating in PLACE was shut down and %s",
	"%s at addresses linked to a PLACE line", "A man from PLACE was arrested and %s", "%s as part of Operation PLACE",
	"In Operation PLACE, %s", "%s under Op PLACE", "During Op PLACE, %s", "%s as part of a nationwide crackdown",
	"%s in a nationally coordinated week of action", "%s, and appeared at PLACE Magistrates Court",
	"A gang based in PLACE was disrupted and %s", "%s after officers from PLACE joined the operation",
	"%s, including two in PLACE", "%s (including two in PLACE)",
}

// lawPlaceCases builds the law's cases over the counts of every metric
// (lawCounts), the forces of the catalogue and invented places, drawing
// numbers from the shared generator (each draw bounded).
func lawPlaceCases(cat *catalog.Catalog, g *lawGen) []placeCase {
	simples := lawCounts(cat)
	var forces []catalog.Force
	for _, f := range cat.Forces {
		if !strings.EqualFold(f.ROCU, "national") {
			forces = append(forces, f)
		}
	}
	places := lawPlaceNames(g)
	var northEast []catalog.Force
	for _, f := range forces {
		if f.Region == "North East" {
			northEast = append(northEast, f)
		}
	}
	i := 0
	next := func() (lawSimple, lawNum, catalog.Force, string) {
		i++
		return simples[i%len(simples)], g.num(), forces[i%len(forces)], places[i%len(places)]
	}
	clause := func(s lawSimple, n lawNum) string { return fmt.Sprintf(s.passive, n.text) }
	put := func(form, c string) string {
		if strings.HasPrefix(form, "%s") {
			return capital(fmt.Sprintf(form, c))
		}
		return fmt.Sprintf(form, c)
	}
	var out []placeCase
	for range len(simples) / 3 {
		for _, pf := range lawPartForms {
			s, n, f, place := next()
			form := strings.ReplaceAll(pf.form, "PLACE", place)
			out = append(out, placeCase{force: f.Code, text: put(form, clause(s, n)), simple: s, n: n,
				words: strings.ReplaceAll(pf.words, "PLACE", place)})
		}
		// unknown force: a town is still a part
		s, n, _, place := next()
		out = append(out, placeCase{text: capital(clause(s, n)) + " in " + place, simple: s, n: n, words: "in " + place})
		for _, part := range lawAreaParts {
			s, n, f, _ := next()
			out = append(out, placeCase{force: f.Code, text: part + ", " + clause(s, n), simple: s, n: n, words: part})
		}
		for _, wf := range lawWiderForms {
			s, n, f, _ := next()
			text := put(wf.form, clause(s, n))
			out = append(out, placeCase{force: f.Code, text: text, simple: s, n: n, words: wf.words})
			s, n, _, _ = next()
			out = append(out, placeCase{force: "national", text: put(wf.form, clause(s, n)), simple: s, n: n, read: true})
			s, n, _, _ = next()
			out = append(out, placeCase{force: "british_transport_police", text: put(wf.form, clause(s, n)), simple: s, n: n, read: true})
		}
		// another force's area or officers
		s, n, f, _ := next()
		o := forces[(i+7)%len(forces)]
		if o.Code == f.Code {
			o = forces[(i+8)%len(forces)]
		}
		out = append(out, placeCase{force: f.Code, text: capital(clause(s, n)) + " by " + o.Name, simple: s, n: n, words: o.Name})
		s, n, f, _ = next()
		out = append(out, placeCase{force: f.Code, text: capital(clause(s, n)) + " by British Transport Police", simple: s, n: n, words: "British Transport Police"})
		s, n, f, _ = next()
		other := placeOf(o)
		out = append(out, placeCase{force: f.Code, text: capital(clause(s, n)) + " across " + other, simple: s, n: n, words: "across " + other})
		// the region: a regional unit's own, wider than a force's
		s, n, f, _ = next()
		out = append(out, placeCase{force: f.Code, text: "Across the region, " + clause(s, n), simple: s, n: n, words: "Across the region"})
		s, n, _, _ = next()
		out = append(out, placeCase{force: "emsou", text: "Across the region, " + clause(s, n), simple: s, n: n, read: true})
		s, n, _, _ = next()
		out = append(out, placeCase{force: "nerocu", text: capital(clause(s, n)) + " across the North East", simple: s, n: n, read: true})
		// a force of the region in the regional unit's text is a part
		s, n, _, _ = next()
		member := northEast[i%len(northEast)]
		out = append(out, placeCase{force: "nerocu", text: "In " + placeOf(member) + ", " + clause(s, n), simple: s, n: n, words: "In " + placeOf(member)})
		for _, wf := range lawWholeForms {
			s, n, f, place := next()
			form := strings.ReplaceAll(strings.ReplaceAll(wf, "OWN", placeOf(f)), "PLACE", place)
			out = append(out, placeCase{force: f.Code, text: put(form, clause(s, n)), simple: s, n: n, read: true})
		}
		// the force's own area, its name given by the force's own words
		s, n, f, _ = next()
		out = append(out, placeCase{force: f.Code, text: capital(clause(s, n)) + " by " + f.Name + " officers", simple: s, n: n, read: true})
	}
	// the other names of a force's whole area (forces.csv's areas
	// column: "Kent and Medway", "London"): the force's in its own text;
	// another force's in another's; the region's in the City of
	// London's text ("London" is a word of its name, not its area)
	forms := []string{"In AREA, %s", "%s across AREA", "%s in AREA", "%s throughout AREA"}
	for _, f := range forces {
		for k, a := range f.Areas {
			form := strings.ReplaceAll(forms[(i+k)%len(forms)], "AREA", a)
			s, n, _, _ := next()
			out = append(out, placeCase{force: f.Code, text: put(form, clause(s, n)), simple: s, n: n, read: true})
			s, n, o, _ := next()
			if o.Code == f.Code {
				o = forces[(i+1)%len(forces)]
			}
			out = append(out, placeCase{force: o.Code, text: put(form, clause(s, n)), simple: s, n: n, words: a})
			if strings.EqualFold(a, "london") {
				s, n, _, _ = next()
				out = append(out, placeCase{force: "city_of_london", text: put(form, clause(s, n)), simple: s, n: n, words: a})
			}
		}
	}
	out = append(out, lawWholeAreaCases(cat, forces, next, clause, put)...)
	return out
}

// lawWholeAreaCases: the force's own area is the whole place only when
// its name is all the place says. For every force with area names or a
// name with "and" in it, each of its own names alone is read; followed
// by more places or words ("and beyond", "and <another force's area>",
// ", <another>", "& beyond", "plus X", "as well as X", "into X", ",
// including X", "and the region / the country / partners / the Home
// Counties"), or describing a noun after it ("London forces", "Kent and
// Medway prisons", "the London region"), the figure is refused naming
// the words; one word of a multi-word force name ("Avon", "Somerset",
// "Yorkshire" of West Yorkshire) is refused as a part or a wider area.
func lawWholeAreaCases(cat *catalog.Catalog, forces []catalog.Force, next func() (lawSimple, lawNum, catalog.Force, string),
	clause func(lawSimple, lawNum) string, put func(form, c string) string) []placeCase {
	var out []placeCase
	var with []catalog.Force
	for _, f := range forces {
		and := false
		for _, n := range append([]string{f.Name}, f.Aliases...) {
			and = and || strings.Contains(n, " and ") || strings.Contains(n, " & ")
		}
		if len(f.Areas) > 0 || and {
			with = append(with, f)
		}
	}
	ownNames := func(f catalog.Force) []string {
		out := append([]string{}, f.Areas...)
		for _, a := range f.Aliases {
			if !strings.Contains(a, "Police") && !strings.Contains(a, "Constabulary") && a != strings.ToUpper(a) && !strings.Contains(a, ",") && len(a) > 3 && !strings.HasPrefix(a, "The ") {
				out = append(out, a)
			}
		}
		return out
	}
	for fi, f := range with {
		other := ownNames(with[(fi+1)%len(with)])[0]
		conts := []string{" and beyond", " & beyond", ", and beyond", " and " + other, ", " + other, " & " + other,
			" plus " + other, " as well as " + other, " into " + other, ", including " + other, " and the region",
			" and the country", " and partners", " and the Home Counties", " and neighbouring counties", " and surrounding areas",
			" and elsewhere", " (and beyond)"}
		for k, a := range ownNames(f) {
			prep := []string{"in", "across"}[k%2]
			s, n, _, _ := next()
			out = append(out, placeCase{force: f.Code, text: put("%s "+prep+" "+a, clause(s, n)), simple: s, n: n, read: true})
			for _, c := range conts {
				s, n, _, _ := next()
				out = append(out, placeCase{force: f.Code, text: put("%s "+prep+" "+a+c+".", clause(s, n)), simple: s, n: n, words: prep + " " + a})
				if !strings.HasPrefix(c, ",") && !strings.HasPrefix(c, " (") {
					s, n, _, _ = next()
					out = append(out, placeCase{force: f.Code, text: "In " + a + c + ", " + clause(s, n), simple: s, n: n, words: "In " + a})
				}
			}
			for _, w := range []string{" prisons", " schools", " hospitals", " region"} {
				s, n, _, _ := next()
				out = append(out, placeCase{force: f.Code, text: put("%s "+prep+" "+a+w+".", clause(s, n)), simple: s, n: n, words: prep + " " + a + w})
				s, n, _, _ = next()
				out = append(out, placeCase{force: f.Code, text: put("%s "+prep+" the "+a+w+".", clause(s, n)), simple: s, n: n, words: prep + " the " + a + w})
			}
			s, n, _, _ = next()
			out = append(out, placeCase{force: f.Code, text: put("%s by "+a+" forces.", clause(s, n)), simple: s, n: n, words: "by " + a + " forces"})
		}
	}
	for _, f := range forces {
		for _, w := range lawNameParts(f) {
			s, n, _, _ := next()
			out = append(out, placeCase{force: f.Code, text: put("%s across "+w+".", clause(s, n)), simple: s, n: n, words: "across " + w})
		}
	}
	return out
}

// lawNameParts are the single words of a force's names of many words
// that are no whole name of it: "Avon", "Somerset", "Yorkshire" (of
// West Yorkshire), "Medway".
func lawNameParts(f catalog.Force) []string {
	names := append(append([]string{f.Name}, f.Aliases...), f.Areas...)
	whole := map[string]bool{}
	for _, n := range names {
		whole[strings.ToLower(n)] = true
	}
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		var ws []string
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return strings.ContainsRune(" ,&-–", r) }) {
			switch strings.ToLower(w) {
			case "police", "constabulary", "service", "force", "heddlu", "and", "of":
			default:
				ws = append(ws, w)
			}
		}
		if len(ws) < 2 {
			continue
		}
		for _, w := range ws {
			lw := strings.ToLower(w)
			switch {
			case len(w) < 4, w == strings.ToUpper(w), whole[lw], seen[lw]:
			case lw == "greater", lw == "county", lw == "north", lw == "south", lw == "east", lw == "west", lw == "city":
			default:
				seen[lw] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// placeOf is a force's area as a release names it: its first alias that
// is no force's name ("Kent", "Avon and Somerset").
func placeOf(f catalog.Force) string {
	for _, a := range f.Aliases {
		if !strings.ContainsAny(a, ",&") && !strings.Contains(a, "Police") && !strings.Contains(a, "Constabulary") && a != strings.ToUpper(a) {
			return a
		}
	}
	return f.Name
}

// TestPlaceLaw: a figure whose words tie it to a named part of the
// force's area, to the country or the region in a force's text, or to
// another force, is refused with a message naming those words; the same
// constructions with the force's own area, a place that only says what
// a thing is ("a line operating in X", "a man from X"), an operation's
// or a court's name, or the country in the country's text, are read.
func TestPlaceLaw(t *testing.T) {
	cat := testCatalog(t)
	r := newReader(t)
	g := &lawGen{}
	cases := lawPlaceCases(cat, g)
	refused, read, bad := 0, 0, 0
	for _, c := range cases {
		got := r.Read(c.text, phrase.Context{Force: c.force})
		var facts []string
		hit := false
		for _, f := range got.Facts {
			facts = append(facts, fmtFact(f))
			if f.Metric == c.simple.metric && f.Value != nil && *f.Value == c.n.value {
				hit = true
			}
		}
		var msgs []string
		named := false
		for _, m := range got.Messages {
			msgs = append(msgs, m.String())
			if m.Value != nil && *m.Value == c.n.value && strings.Contains(m.Text, c.words) {
				named = true
			}
		}
		switch {
		case c.read && !hit:
			bad++
			t.Errorf("[%s] %q: want %s %v read; facts %v; messages %v", c.force, c.text, c.simple.metric, c.n.value, facts, msgs)
		case c.read:
			read++
		case hit || len(got.Facts) > 0:
			bad++
			t.Errorf("[%s] %q: want refused (%q); facts %v", c.force, c.text, c.words, facts)
		case !named:
			bad++
			t.Errorf("[%s] %q: refused, but no message names %q with %v: %v", c.force, c.text, c.words, c.n.value, msgs)
		default:
			refused++
		}
	}
	t.Logf("place law: %d cases: %d refused naming the place, %d read, %d wrong", len(cases), refused, read, bad)
	if refused < 500 || read < 300 {
		t.Errorf("the generator made %d refused and %d read cases, want at least 500 and 300", refused, read)
	}
}

// TestReleasePlaces: a release read for a draft gives the force's
// figures only: one of a town, of the country or of another force is
// left out of the draft with the reason, naming the words.
func TestReleasePlaces(t *testing.T) {
	r := newReader(t)
	rel := r.Release("Kent Police arrested 40 people across Kent during the week of action. In Maidstone, 12 warrants were executed. " +
		"Nationally, 700 arrests were made. 5 knives were seized by Essex Police officers.")
	if rel.Force != "kent" {
		t.Fatalf("force %q, want kent", rel.Force)
	}
	var got []string
	for _, f := range rel.Facts {
		got = append(got, fmtFact(f.Fact))
	}
	if len(rel.Facts) != 1 || rel.Facts[0].Metric != "arrests" || *rel.Facts[0].Value != 40 {
		t.Errorf("facts %v, want arrests 40 only", got)
	}
	for _, words := range []string{"In Maidstone", "Nationally", "Essex Police"} {
		named := false
		for _, u := range rel.Unplaced {
			named = named || strings.Contains(u.Why, words)
		}
		if !named {
			t.Errorf("no note names %q: %+v", words, rel.Unplaced)
		}
	}
}
