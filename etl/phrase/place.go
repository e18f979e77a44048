package phrase

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/countylines/countylines/etl/catalog"
)

// A figure of a release is the force's week's only if the words around
// it do not tie it to a named part of the force's area. A place phrase
// of the figure's event ("In Rugby, officers seized £30k of cocaine",
// "executed 19 warrants in Tower Hamlets", "at an address in Hatfield",
// "In the south of the county") makes the figure that part's; one
// naming a wider area ("Nationally, ...", "across the country", "across
// the region" in a force's text) or another force ("by British
// Transport Police", "Durham Constabulary seized ..." in another's
// text) makes it the nation's, the region's or that force's. Such a
// figure is refused as the scopes of scope.go are, naming the place.
//
// A place is told by the sentence's structure, not by a list of towns:
// a preposition of place ("in", "across", "at", "throughout", "within",
// "around") and a name written with capitals that the grammar does not
// know as a word of its own (not a month, a day, an operation's name,
// a thing it counts). The place is the whole area, and the figure the
// force's, when every name in it is the force's own (its name or an
// alias in the catalogue, or words of them: "across Hampshire",
// "in Devon and Cornwall", "across the Force"), the country's for a
// national text or British Transport Police, or the region's for a
// regional unit's text. Where the text's force is not known (Context
// .Force ""), a force's area stands for the force (as before), and any
// other name is a part.
//
// A place that only says what a thing is does not make a part: "a line
// operating in Cannock", "a man from London", "an address linked to a
// Birmingham line": "from" is no preposition of place here, and a name
// before a noun ("a Birmingham line") describes the noun. In a return's
// value cell, under a label that names the total ("Arrests │ 12 from
// London"), the figure is of those from the place, a facet narrower than
// the label's total, and it is refused (scopeFrom); in a list of its
// parts ("43 (including 4 from London + 7 adults)") it is one part's,
// which the aside's reading already holds.

// areaNames are the forces' area names, each with its force's code
// (normalised words joined by spaces, as the force's name and aliases
// give them up to "police", "constabulary": "hampshire and isle of
// wight"), the regions' names ("north east"), and the forces whose area
// is the whole country (British Transport Police).
func areaNames(cat *catalog.Catalog) (force map[string]string, regions, national map[string]bool) {
	force, regions, national = map[string]string{}, map[string]bool{}, map[string]bool{}
	for _, f := range cat.Forces {
		for _, n := range append(append([]string{f.Name}, f.Aliases...), f.Areas...) {
			if k := placeKey(tokenize(catalogName(n))); k != "" {
				force[k] = f.Code
			}
		}
		if k := placeKey(tokenize(f.Region)); k != "" {
			regions[k] = true
		}
		if strings.EqualFold(f.ROCU, "national") {
			national[f.Code] = true
		}
	}
	return force, regions, national
}

// bodyNames are the names of forces that name its officers, never an
// area: every name of a force whose area is the whole country ("BTP",
// "British Transport"), an alias the catalogue writes after "The" ("The
// Met": "met") or in capitals ("MPS", "GMP"), in normalised words.
func bodyNames(cat *catalog.Catalog) map[string]bool {
	out := map[string]bool{}
	for _, f := range cat.Forces {
		for _, n := range append([]string{f.Name}, f.Aliases...) {
			toks := tokenize(catalogName(n))
			body := strings.EqualFold(f.ROCU, "national") || len(toks) == 1 && len(n) > 1 && n == strings.ToUpper(n)
			if len(toks) > 1 && toks[0].text == "The" {
				toks, body = toks[1:], true
			}
			if k := placeKey(toks); k != "" && body {
				out[k] = true
			}
		}
	}
	return out
}

// catalogName is a name of the catalogue with its dashes as hyphens:
// "Dyfed–Powys Police" is one name, not "Dyfed" and more.
func catalogName(n string) string { return strings.NewReplacer("–", "-", "—", "-").Replace(n) }

// officersOnly are the place words of the forces' names that come only
// before a word of a force ("Manchester Police", "Wilts Police"), never
// as a name of the area alone, each after its force's code and "|". A
// name of more words ("Hampshire and Isle of Wight Constabulary") is the
// force's whole name.
func officersOnly(cat *catalog.Catalog) map[string]bool {
	out := map[string]bool{}
	for _, f := range cat.Forces {
		plain := map[string]bool{}
		names := append(append([]string{f.Name}, f.Aliases...), f.Areas...)
		for _, n := range names {
			toks := tokenize(catalogName(n))
			if k := placeKey(toks); k != "" && len(strings.Fields(k)) == len(wordsOf(toks)) {
				plain[k] = true
			}
		}
		for _, n := range names {
			if k := placeKey(tokenize(catalogName(n))); k != "" && !plain[k] && !strings.Contains(k, " ") {
				out[f.Code+"|"+k] = true
			}
		}
	}
	return out
}

// wordsOf are the words of tokens.
func wordsOf(toks []token) []token {
	var out []token
	for _, t := range toks {
		if t.kind == tWord {
			out = append(out, t)
		}
	}
	return out
}

// forceWords are words that name a force, not a place: "Kent Police",
// "the Force", "Durham Constabulary officers".
var forceWords = map[string]bool{
	"police": true, "constabulary": true, "force": true, "service": true, "officer": true, "heddlu": true,
}

// placeKey is the matching form of a name: its words up to a word that
// names a force, normalised and joined by spaces.
func placeKey(toks []token) string {
	var ws []string
	for _, t := range toks {
		if t.kind != tWord || forceWords[t.norm] {
			break
		}
		ws = append(ws, t.norm)
	}
	return strings.Join(ws, " ")
}

// nationalNames name the whole country.
var nationalNames = map[string]bool{
	"uk": true, "united kingdom": true, "britain": true, "great britain": true, "england": true,
	"england and wale": true, "country": true, "nation": true, "gb": true,
}

// placePreps open a phrase of where a thing was done.
var placePreps = map[string]bool{"in": true, "across": true, "at": true, "throughout": true, "within": true, "around": true}

// compass words name a part of an area: "the south of the county".
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "north-east": true, "north-west": true, "south-east": true, "south-west": true, "central": true,
}

// areaNouns after a name say it is an area: "the Rochester area", "the
// Maidstone district".
var areaNouns = map[string]bool{
	"area": true, "district": true, "borough": true, "division": true, "town": true, "city": true, "region": true,
	"county": true, "ward": true, "estate": true, "village": true,
}

// courtWords end the name of a court, where those charged appear: no
// part of the area where the week's work was done ("charged and appeared
// at Teesside Magistrates Court").
var courtWords = map[string]bool{"court": true, "magistrate": true}

// courtKinds before "Court" say it is a court of law ("Crown Court",
// "Youth Court"); with none, and with no verb of appearing before the
// place, a name ending in "Court" is a street or a block ("arrested in
// West Park Court", "a property on Newham Court"): a place.
var courtKinds = map[string]bool{"magistrate": true, "magistrates'": true, "crown": true, "youth": true, "sheriff": true, "county": true, "high": true, "combined": true, "family": true, "coroner": true}

// courtOfLaw reports the name ns (ending before token end) of a court of
// law, where those charged appear, after the preposition at token i.
func (p *parser) courtOfLaw(i int, ns []name, end int) bool {
	toks := p.toks
	last := ns[len(ns)-1]
	if !courtWords[toks[last.to-1].norm] && !(end < len(toks) && courtWords[toks[end].norm]) {
		return false
	}
	for j := ns[0].from; j < last.to && j < len(toks); j++ {
		if courtKinds[toks[j].norm] || toks[j].norm == "magistrate" {
			return true
		}
	}
	if end < len(toks) && toks[end].norm == "magistrate" {
		return true
	}
	// "appeared at Derby Court", "will appear before Leeds Court"
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if strings.HasPrefix(toks[j].norm, "appear") || toks[j].is("remanded", "sentenced", "bailed") {
			return true
		}
	}
	return false
}

// operationWords open an operation's name: "in Operation Sceptre".
var operationWords = map[string]bool{"operation": true, "op": true, "project": true}

// name is one capitalised name of a place phrase.
type name struct {
	from, to int // tokens
	key      string
}

// capitalised reports a word written with a capital.
func capitalised(t token) bool {
	return t.kind == tWord && t.text != strings.ToLower(t.text)
}

// nameLinks join the words of one name: "Isle of Wight",
// "Stoke-on-Trent", "Chapel-en-le-Frith", "Kirkby-in-Ashfield".
var nameLinks = map[string]bool{"of": true, "on": true, "upon": true, "le": true, "en": true, "in": true, "under": true}

// names reads the capitalised names from token i: "Welwyn Garden City
// and Hatfield", "Stoke-on-Trent, Cannock, Tamworth and Burton", "the
// Isle of Wight". It returns them and the token after the last.
func (p *parser) names(i int) ([]name, int) {
	toks := p.toks
	var out []name
	j := i
	for j < len(toks) && capitalised(toks[j]) && (j == i || !p.notPlace(j)) {
		from := j
		if n := p.r.placeAt(toks, j); n > 0 {
			// "Avon and Somerset", "Hampshire and Isle of Wight": a
			// force's area is one name
			j += n
		}
		for j < len(toks) {
			switch {
			case capitalised(toks[j]) && (j == from || !p.notPlace(j) || forceWords[toks[j].norm] ||
				j+1 < len(toks) && capitalised(toks[j+1]) && !p.number(j)):
				// "Welwyn Garden City": a known word inside a name
				j++
				continue
			case j > from && j+1 < len(toks) && nameLinks[toks[j].text] && capitalised(toks[j+1]):
				j++
				continue
			}
			break
		}
		out = append(out, name{from: from, to: j, key: placeKey(toks[from:j])})
		// ", Cannock", "and Hatfield", "& Isle of Wight", "or Burton", "and the Isle of Wight"
		k := j
		if k < len(toks) && toks[k].is(",") {
			// "Watford, Broxbourne and Hoddesdon": a comma joins names
			// only in a list that an "and" or "or" ends
			if !p.listEnds(k) {
				break
			}
			k++
		}
		if k < len(toks) && toks[k].is("and", "or") {
			k++
		}
		if k < len(toks) && toks[k].is("the") && k+1 < len(toks) && capitalised(toks[k+1]) {
			k++
		}
		if k == j || k >= len(toks) || !capitalised(toks[k]) || p.notPlace(k) {
			break
		}
		j = k
	}
	return out, j
}

// notPlace reports a capitalised word at token i that the grammar knows
// as something other than a place: a month or a day, an operation's
// name, a word of the lexicon ("County Lines Intensification Week",
// "Class A", "Officers"), a grammar word, a currency ("in Euros").
func (p *parser) notPlace(i int) bool {
	t := p.toks[i]
	if p.number(i) || months[t.norm] || weekdays[t.norm] || operationWords[t.norm] || funcWords[t.norm] != "" || forceWords[t.norm] {
		return true
	}
	if p.r.placeAt(p.toks, i) > 0 {
		return false
	}
	if e, n := p.r.lex.match(p.toks, i); n > 0 && e != nil {
		return true
	}
	return t.is("euro", "dollar", "sterling", "pound", "bitcoin", "week", "day", "weekend", "national", "county", "line")
}

// capsText reports a sentence written in capitals: its capitals tell no
// name from a word.
func capsText(toks []token) bool {
	caps, words := 0, 0
	for _, t := range toks {
		if t.kind == tWord && len(t.text) > 1 {
			words++
			if t.text == strings.ToUpper(t.text) {
				caps++
			}
		}
	}
	return words > 0 && 2*caps > words
}

// own reports a name of the text's own force: its area's name or an
// alias ("Kent", "Kent and Medway", "Avon and Somerset").
func (p *parser) own(n name) bool {
	return p.force != "" && p.r.placeForce[n.key] == p.force && !p.r.officersOnly[p.force+"|"+n.key]
}

// ownInParts reports names of a place phrase that are each words of the
// text's own force's name, an alias, a name of its whole area
// (forces.csv's areas) or its whole area by its parts (forces.csv's
// parts), and together all of its place words: "Cornwall
// and Devon", "Hampshire and the Isle of Wight", "Darlington and County
// Durham", "Worcestershire, Shropshire and Herefordshire" (the area's
// parts, in any order). One word of a name of many ("Avon", "Somerset",
// "Devon", "Yorkshire" of West Yorkshire), or some of an area's parts
// ("Herefordshire and Worcestershire"), is a part of the force's area or
// a wider one, never the whole; a region's name ("London" of the City of
// London) is wider.
func (p *parser) ownInParts(ns []name) bool {
	if p.force == "" || len(ns) < 2 {
		return false
	}
	for _, n := range ns {
		if p.r.regions[n.key] || nationalNames[n.key] {
			return false
		}
	}
	for _, f := range p.r.cat.Forces {
		if f.Code != p.force {
			continue
		}
		for _, full := range append(append(append([]string{f.Name}, f.Aliases...), f.Areas...), f.Parts...) {
			want := map[string]bool{}
			// an area's parts are listed with commas too
			for _, t := range tokenize(strings.ReplaceAll(full, ",", " and ")) {
				if t.kind != tWord || forceWords[t.norm] {
					break
				}
				if !t.is("and", "of", "the") {
					want[t.norm] = true
				}
			}
			got := map[string]bool{}
			all := len(want) > 1
			for _, n := range ns {
				for _, t := range p.toks[n.from:n.to] {
					switch {
					case t.is("and", "of", "the"):
					case want[t.norm]:
						got[t.norm] = true
					default:
						all = false
					}
				}
			}
			if all && len(got) == len(want) {
				return true
			}
		}
	}
	return false
}

// allMembers reports names of a place phrase, in a regional unit's text,
// that are its member forces' areas, every one of them and nothing else
// ("officers in Gwent, South Wales and Dyfed-Powys" of Tarian): the
// unit's whole area, as forces.csv's rocu column gives its members. Some
// of them ("in Gwent and South Wales"), or another force's too, name a
// part or another area, as before; so do all of a unit's members when one
// of its forces moved between units (rocu_membership.csv: Kent, of SEROCU
// and then ERSOU), as its whole depends on the week.
func (p *parser) allMembers(ns []name) bool {
	if !p.regional() || len(ns) < 2 {
		return false
	}
	members := map[string]bool{}
	for _, f := range p.r.cat.Forces {
		if rocuCode(f.ROCU) == p.force {
			members[f.Code] = true
		}
	}
	for _, ms := range p.r.cat.Memberships {
		if members[ms.Force] || rocuCode(ms.ROCU) == p.force {
			return false
		}
	}
	if len(members) < 2 {
		return false
	}
	named := map[string]bool{}
	for _, n := range ns {
		code := p.r.placeForce[n.key]
		if !members[code] || p.r.officersOnly[code+"|"+n.key] {
			return false
		}
		named[code] = true
	}
	return len(named) == len(members)
}

// rocuCode is the code a regional unit's name in forces.csv's rocu
// column is written as in a text's force: "Tarian" tarian, "ROCU West
// Midlands" rocu_west_midlands.
func rocuCode(name string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), "_")
}

// regional reports a text of a regional unit: a code that is no force's
// and not "national".
func (p *parser) regional() bool {
	if p.force == "" || p.force == "national" {
		return false
	}
	for _, f := range p.r.cat.Forces {
		if f.Code == p.force {
			return false
		}
	}
	return true
}

// countryWide reports a text whose area is the whole country.
func (p *parser) countryWide() bool { return p.force == "national" || p.r.national[p.force] }

// judge says what the names of a place phrase make of a figure:
// scopeNone (the text's own whole area), or the worst of the scopes its
// names give, in scope.go's order: a part of the area (scopePlace), a
// wider area (scopeWider), another force's (scopeOther).
func (p *parser) judge(ns []name) scopeKind {
	kind := scopeNone
	if p.ownInParts(ns) || p.allMembers(ns) {
		return kind
	}
	worse := func(k scopeKind) { kind = max(kind, k) }
	for _, n := range ns {
		switch {
		case p.own(n):
		case p.r.placeForce[n.key] == p.force && p.force != "":
			worse(scopePlace) // "in Manchester" of Greater Manchester Police
		case nationalNames[n.key]:
			if !p.countryWide() {
				worse(scopeWider)
			}
		case p.r.regions[n.key] && p.regional():
		case p.r.regions[n.key]:
			worse(scopeWider)
		case p.r.placeForce[n.key] != "" && p.force == "":
			// the text's force is not known: a force's area stands for it
		case p.r.placeForce[n.key] != "" && !p.countryWide() && !p.regional():
			worse(scopeOther)
		default:
			worse(scopePlace)
		}
	}
	return kind
}

// compassEnd is the token after a quarter written in small letters at
// token j ("north-east", "south west"), when no word of a noun follows
// it ("the north-east for", "the north-east."); 0 otherwise ("the north
// east region", "the south coast").
func (p *parser) compassEnd(j int) int {
	toks := p.toks
	e := j + 1
	if e < len(toks) && compass[toks[e].norm] && strings.ToLower(toks[e].text) == toks[e].text {
		e++
	}
	if p.nounAt(e) {
		return 0
	}
	return e
}

// regionEnd is the token after a region's name written in small
// letters from token j ("south east", "north-west", "southeast"), and
// after "region" following it ("the south east region"), when no word
// of a noun follows; 0 if none is there.
func (p *parser) regionEnd(j int) int {
	toks := p.toks
	if j >= len(toks) || strings.ToLower(toks[j].text) != toks[j].text {
		return 0
	}
	key, e := "", 0
	switch w := toks[j].norm; {
	case compass[w]:
		e = j + 1
		if e < len(toks) && compass[toks[e].norm] && strings.ToLower(toks[e].text) == toks[e].text {
			e++
		}
		key = strings.ReplaceAll(placeKey(toks[j:e]), "-", " ")
	case len(w) > 5 && (strings.HasPrefix(w, "north") || strings.HasPrefix(w, "south")) && compass[w[5:]]:
		key, e = w[:5]+" "+w[5:], j+1 // "southeast"
	}
	if !p.r.regions[key] {
		return 0
	}
	if e < len(toks) && toks[e].is("region") && strings.ToLower(toks[e].text) == toks[e].text {
		e++
	}
	if p.nounAt(e) {
		return 0
	}
	return e
}

// nounAt reports a word of a noun at token i: a word that is no grammar
// word, nor "there" opening the clause the place comes before ("Across
// the country there were 37 arrests": reread28 P1).
func (p *parser) nounAt(i int) bool {
	toks := p.toks
	return i < len(toks) && toks[i].kind == tWord && funcWords[toks[i].norm] == "" && !toks[i].is("there")
}

// placeScope is the scope of a place phrase opened by the preposition
// at element k, if it names a place that is not the text's whole area.
func (p *parser) placeScope(k int) (scope, bool) {
	toks := p.toks
	i := p.els[k].from
	prep := toks[i].norm
	from := p.cell && prep == "from"
	if !placePreps[prep] && !from || i+1 >= len(toks) {
		return scope{}, false
	}
	j := i + 1
	if toks[j].is("the") && j+1 < len(toks) {
		n := toks[j+1]
		switch {
		case compass[n.norm] && strings.ToLower(n.text) == n.text && j+2 < len(toks) && toks[j+2].is("of", "part", "end", "side"):
			// "in the south of the county", "the northern part of the force area"
			e := j + 3
			for e < len(toks) && e < j+9 && toks[e].kind == tWord && !areaNouns[toks[e-1].norm] && !capitalised(toks[e-1]) {
				e++
			}
			return scope{scopePlace, p.raw(i, e), k, ""}, true
		case prep == "in" && compass[n.norm] && strings.ToLower(n.text) == n.text && p.compassEnd(j+1) > 0:
			// "arrested in the north-east", "And also in the south west,
			// two men ...": a quarter of an area with no area named is
			// a part of one, never the whole (capitalised, "the North
			// East" is a region's name: names below)
			return scope{scopePlace, p.raw(i, p.compassEnd(j+1)), k, ""}, true
		case prep != "at" && p.regionEnd(j+1) > 0 && !p.regional() && (k == 0 || p.els[k-1].kind != eUnknown || eventNouns[toks[p.els[k-1].from].norm]):
			// "across the south east", "throughout the north west",
			// "across the southeast", "across the south east region": a
			// region's name in small letters, wider than a force's area
			// (reread28 P1, review29 R1). After a word it does not know
			// it may say where that is ("misery into communities across
			// the south west", found.csv f1383), not where the figure
			// was; after the week's events it says where they were
			// ("in raids across the south east": drafts29 N2)
			return scope{scopeWider, p.raw(i, p.regionEnd(j+1)), k, ""}, true
		case n.is("wider", "broader") && j+2 < len(toks) && (toks[j+2].is("region") || p.regionEnd(j+2) > 0) && !p.regional() && p.force != "" && !p.countryWide():
			// "across the wider region", "in the wider south east": a
			// wider area than the force's, after any preposition
			// (review29 R1)
			end := j + 3
			if !toks[j+2].is("region") {
				end = p.regionEnd(j + 2)
			}
			return scope{scopeWider, p.raw(i, end), k, ""}, true
		case n.is("region") && i > 0 && toks[i-1].is("elsewhere") && strings.ToLower(n.text) == n.text && !p.nounAt(j+2) && !p.regional() && p.force != "" && !p.countryWide():
			// "Elsewhere in the region there were 37 arrests": the
			// region's other forces (review29 R1)
			return scope{scopeWider, p.raw(i-1, j+2), k, ""}, true
		case n.is("country", "nation", "uk") && !p.nounAt(j+2):
			if p.countryWide() {
				return scope{}, false
			}
			return scope{scopeWider, p.raw(i, j+2), k, ""}, true
		case n.is("region") && p.toks[i].is("across", "throughout") && strings.ToLower(n.text) == n.text && !p.nounAt(j+2):
			if p.regional() || p.countryWide() || p.force == "" {
				return scope{}, false
			}
			return scope{scopeWider, p.raw(i, j+2), k, ""}, true
		}
		j++
	}
	if compass[toks[j].norm] && strings.ToLower(toks[j].text) == toks[j].text && j+1 < len(toks) && capitalised(toks[j+1]) && !p.notPlace(j+1) && !p.describes(i) {
		// "in north Kent", "across west Medway": a quarter of a place
		// written in small letters is a part of it, never its whole
		// (capitalised, "North Yorkshire" is a name: names below)
		// ("in north Wales" is a force's area whatever its capitals)
		if ns, end := p.names(j + 1); len(ns) > 0 && !p.r.places[toks[j].norm+" "+ns[0].key] && !p.r.regions[toks[j].norm+" "+ns[0].key] {
			return scope{scopePlace, p.raw(i, end), k, ""}, true
		}
	}
	if !capitalised(toks[j]) || p.notPlace(j) || p.describes(i) {
		return scope{}, false
	}
	ns, end := p.names(j)
	if len(ns) == 0 {
		return scope{}, false
	}
	if p.courtOfLaw(i, ns, end) {
		return scope{}, false // "appeared at Teesside Magistrates Court"
	}
	// "in the Hinckley, Loughborough and Market Harborough areas"
	noun := ""
	if end < len(toks) && areaNouns[toks[end].norm] {
		noun = toks[end].norm
		end++
	}
	kind := p.judge(ns)
	if kind == scopeNone {
		// the force's own area, but as the whole of the place only:
		// "the London region", "Kent and Medway prisons", "across
		// Kent and Medway and beyond" name more or less than it
		switch {
		case noun == "region" || noun == "county" && len(ns) > 1:
			kind = scopeWider
		case noun != "" && noun != "area":
			kind = scopePlace
		case p.describesNoun(end):
			kind = scopePlace
			end++
		case p.placeGoesOn(end) > end:
			kind = scopeWider
			end = p.placeGoesOn(end)
		}
	}
	// "England and Wales", "Yorkshire and The Humber": one name with an "and" in it
	if whole := placeKey(toks[j:end]); kind != scopeNone && (nationalNames[whole] || p.r.regions[whole]) {
		kind = scopeWider
		if nationalNames[whole] && p.countryWide() || p.r.regions[whole] && p.regional() {
			kind = scopeNone
		}
	}
	if kind == scopeNone {
		return scope{}, false
	}
	if from {
		kind = scopeFrom
	}
	return scope{kind, p.raw(i, end), k, ""}, true
}

// place reports the scopes of place.go.
func (k scopeKind) place() bool {
	return k == scopePlace || k == scopeWider || k == scopeOther || k == scopeFrom || k == scopeBody
}

// placeWhy says what a place phrase makes of a figure.
func (s scope) placeWhy() string {
	switch s.kind {
	case scopeWider:
		return fmt.Sprintf("%q names a wider area than the force's: the figure is that area's, not the force's", s.words)
	case scopeOther:
		return fmt.Sprintf("%q names another force's area or officers: the figure is that force's, not this force's", s.words)
	case scopeFrom:
		return fmt.Sprintf("%q says where those counted came from: the figure is that part of them, not the label's total", s.words)
	case scopeBody:
		return fmt.Sprintf("%q names another body than the force as who did it: the figure is that body's, not the force's", s.words)
	}
	return fmt.Sprintf("%q names a part of the force's area: the figure is that part's, not the force's week's", s.words)
}

// forceAt is the force whose name stands at token i ("British Transport
// Police", "Durham Constabulary", "the Met", "Cleveland officers"), with
// the token after it; "" if none does.
func (p *parser) forceAt(i int) (string, int) {
	toks := p.toks
	if i < len(toks) && toks[i].is("the") {
		i++
	}
	if i >= len(toks) || !capitalised(toks[i]) {
		return "", i
	}
	ns, end := p.names(i)
	if len(ns) != 1 {
		return "", i // "by Kent and Essex officers": whose is the figure?
	}
	code := p.r.placeForce[ns[0].key]
	if code == "" {
		return "", i
	}
	for end < len(toks) && forceWords[toks[end].norm] {
		end++
	}
	if p.manyForces(ns[0].from, end) {
		return "", i // "London forces", "Kent and Medway police forces": more than one
	}
	for j := ns[0].from; j < end; j++ {
		if forceWords[toks[j].norm] {
			return code, end
		}
	}
	if strings.EqualFold(ns[0].key, placeKey(toks[ns[0].from:end])) && (!p.r.places[ns[0].key] || p.r.bodyNames[ns[0].key]) {
		return code, end // an alias that names no area: "BTP", "the Met"
	}
	return "", i
}

// agentScope is the scope of the force at element k, after "by" ("seized
// by British Transport Police") or as the subject opening a clause
// ("Northumbria Police made 105 arrests, Cleveland officers recovered
// ..."), when the text is another's: that force's figure.
func (p *parser) agentScope(k int) (scope, bool) {
	if p.force == "" {
		return scope{}, false
	}
	el := p.els[k]
	i := el.from
	switch {
	case el.kind == eFunc && el.fn == "prep" && p.toks[i].is("by"):
		i++
	case el.to == i+1 && p.toks[i].is("from", "of", "with", "at") && p.subjectBefore(k):
		// "Officers from Essex Police made 12 arrests", "A team of
		// Essex officers ...": the subject's people are that force's
		i++
		if code, end := p.forceAt(i); code == "" && end == i {
			if ns, e := p.names(i); len(ns) > 0 && !p.notPlace(i) && p.judge(ns) >= scopeWider {
				return scope{scopeOther, p.raw(el.from, e), k, ""}, true // "Officers from Essex"
			}
		}
	case k == 0 || p.els[k-1].kind == ePunct || p.els[k-1].kind == eFunc && (p.els[k-1].fn == "coord" || p.els[k-1].fn == "rel"):
		if el.kind == eFunc && !p.toks[i].is("the") {
			return scope{}, false
		}
	default:
		return scope{}, false
	}
	code, end := p.forceAt(i)
	if code == "" {
		if e := p.forcesAt(i); e > i {
			return scope{scopeWider, p.raw(el.from, e), k, ""}, true // "London forces made 43 arrests"
		}
	}
	if code == "" || code == p.force {
		return scope{}, false
	}
	return scope{scopeOther, p.raw(el.from, end), k, ""}, true
}

// manyForces reports a word of force among tokens [from, to) written as
// more than one: "forces", "constabularies".
func (p *parser) manyForces(from, to int) bool {
	for j := from; j < to && j < len(p.toks); j++ {
		if t := p.toks[j]; forceWords[t.norm] && !t.is("officer") && plural(t) {
			return true
		}
	}
	return false
}

// forcesAt is the end of a place's name and a word of forces after it at
// token i ("London forces", "the London police forces", "London's police
// forces"): the officers of more than one force; i if none.
func (p *parser) forcesAt(i int) int {
	toks := p.toks
	j := i
	if j < len(toks) && toks[j].is("the") {
		j++
	}
	if j >= len(toks) || !capitalised(toks[j]) {
		return i
	}
	ns, end := p.names(j)
	if len(ns) == 0 {
		return i
	}
	e := end
	for e < len(toks) && (forceWords[toks[e].norm] || toks[e].is("'s", "’s", "s", "'", "’")) {
		e++
	}
	if p.manyForces(j, e) {
		return e
	}
	return i
}

// subjectBefore reports the words before element k as a clause's
// subject noun phrase that a preposition at k goes on ("Officers from",
// "A team of", "Specialist detectives with"): one to three plain words
// opening the clause, the first of them may be a determiner, none a
// number, a verb or a grammar word. "Working with Essex Police,
// officers ..." is not one: a participle opens it, and the figure is
// the officers' own.
func (p *parser) subjectBefore(k int) bool {
	j := k - 1
	for ; j >= 0 && k-j <= 3; j-- {
		el := p.els[j]
		switch {
		case el.kind == ePunct || el.kind == eFunc && (el.fn == "coord" || el.fn == "rel"):
			return j < k-1
		case (el.kind == eFunc && el.fn == "det" || el.kind == eAmount && p.toks[el.from].is("a", "an") && el.to == el.from+1) &&
			(j == 0 || p.els[j-1].kind == ePunct):
			return j < k-1 // "A team from", "The officers of"
		case el.kind != eUnknown && el.kind != eLex || el.to-el.from != 1 || el.verbLike():
			return false
		}
		if t := p.toks[el.from]; strings.HasSuffix(t.norm, "ing") || strings.HasSuffix(t.norm, "ed") {
			return false
		}
	}
	return j < 0 && k > 0
}

// nationalScope is the scope of "Nationally," opening a clause, or
// "nationally"/"nationwide" closing one ("700 arrests nationwide.",
// "... visited nationally to check ..."): the country's figure, in a
// text that is not the country's; "Regionally," the region's, in a
// force's text (reread28 P1). As a word of a
// noun ("a nationwide crackdown", "nationally coordinated activity") it
// says what the operation is, not whose the figure is.
func (p *parser) nationalScope(k int) (scope, bool) {
	i := p.els[k].from
	toks := p.toks
	regionally := toks[i].is("regionally")
	if !toks[i].is("nationally", "nationwide") && !regionally || p.countryWide() || p.els[k].to-i != 1 {
		return scope{}, false
	}
	if regionally && (p.regional() || p.force == "") {
		return scope{}, false // a regional unit's own region
	}
	opens := k == 0 || p.els[k-1].kind == ePunct
	// "40 people visited nationally to check ...", "... nationally during
	// the week": a clause of purpose or time after it ends the clause it
	// closes
	closes := i+1 >= len(toks) || toks[i+1].kind == tPunct ||
		!opens && toks[i+1].is("to", "during", "as", "over", "while", "whilst", "since", "between", "last", "this", "throughout", "and")
	// ("Nationally officers arrested 12 people": a subject of one word
	// and its verb after it)
	subject := k+2 < len(p.els) && p.els[k+1].kind != eLex && p.els[k+1].kind != ePunct && p.els[k+2].verbLike()
	if opens && !closes && !subject && !(toks[i+1].is(",") || funcWords[toks[i+1].norm] == "det" || funcWords[toks[i+1].norm] == "pron" || toks[i+1].kind == tNum || toks[i+1].is("there", "over", "more", "some", "almost", "nearly")) {
		return scope{}, false // "Nationally coordinated activity saw ..."
	}
	if !opens && !closes {
		return scope{}, false
	}
	return scope{scopeWider, toks[i].text, k, ""}, true
}

// placeStretchEnd is where a place said in the first part of a stretch
// stops saying where: the stretch's end, or past brackets, dashes and
// colons, the next semicolon or the sentence's end.
func (p *parser) placeStretchEnd(to int) int {
	for to < len(p.els) {
		el := p.els[to]
		if el.kind == ePunct && (el.fn == ";" || el.fn == "." || el.fn == "!" || el.fn == "?") {
			break
		}
		to++
	}
	return to
}

// describers stand between a noun and a place and say what the noun is:
// "a line based in Cannock", "addresses located in Leeds".
var describers = map[string]bool{
	"based": true, "located": true, "active": true, "resident": true, "registered": true, "situated": true,
}

// describes reports a place phrase at token i that says what the noun
// before it is, not where the figure's event was: after a participle
// that follows a noun ("a drug line operating in Cannock", "people
// living in Rugby", "a gang based in Luton"). After an auxiliary or a
// grammar word ("were operating in Rugby", "while searching in Rugby")
// the participle is the clause's verb, and the place is its event's.
func (p *parser) describes(i int) bool {
	if i < 2 {
		return false
	}
	v, n := p.toks[i-1], p.toks[i-2]
	if v.kind != tWord || !(strings.HasSuffix(v.norm, "ing") || describers[v.norm]) {
		return false
	}
	return n.kind == tWord && funcWords[n.norm] == "" && !capitalised(n)
}

// placeOfClause reports a later part [a, b) of a stretch that a place
// stands in and that has no figure of its own and is no list of parts:
// the place is the clause's ("Four suspects, aged between 16 and 20,
// were arrested in Gravesend"), not that part's alone ("Twelve warrants
// were carried out, including at properties in Ilkeston": the places
// of some of them).
func (p *parser) placeOfClause(a, b int) bool {
	if p.els[a-1].kind == eFunc && p.els[a-1].fn == "part" || p.els[a].kind == eFunc && p.els[a].fn == "part" {
		return false
	}
	for k := a; k < b; k++ {
		if p.els[k].kind == eAmount {
			return false
		}
	}
	return true
}

// number reports a number at token i: "Twenty-five", "12".
func (p *parser) number(i int) bool {
	_, ok := readNumber(p.toks, i, false)
	return ok
}

// listEnds reports a comma at token k in a list of names that "and" or
// "or" ends: only names and commas stand between.
func (p *parser) listEnds(k int) bool {
	for j := k + 1; j < len(p.toks); j++ {
		t := p.toks[j]
		switch {
		case t.is("and", "or"):
			return true
		case t.is(","), capitalised(t) && !p.number(j), nameLinks[t.text]:
		default:
			return false
		}
	}
	return false
}

// stretchBefore is where the stretch before the one starting at element
// from begins: after the strong sign before that.
func (p *parser) stretchBefore(from int) int {
	k := from - 1 // the strong sign
	for k > 0 && !p.els[k-1].strong() {
		k--
	}
	return max(k, 0)
}

// inParts reports element k inside a list of a figure's parts: in the
// words after a bracket or a word that opens parts ("including", "of
// whom"), up to a comma ("45 incl. 7 men in Medway", "43 (including 4
// from London + 7 adults)"). A part's place is the part's: the grammar
// already refuses such a narrowed part as no figure of the catalogue,
// and the total before it stays read. A word of parts after no figure
// opens none: "Activity included 4 warrants in Dover" is Dover's. After a comma the place is the
// clause's again ("12 were arrested, including 3 women, in Rugby").
func (p *parser) inParts(k int) bool {
	for j := k - 1; j >= 0; j-- {
		el := p.els[j]
		switch {
		case el.kind == ePunct && el.fn == "(":
			return true
		case el.kind == eFunc && el.fn == "part":
			// the parts of a figure only: after words with no figure
			// ("Other activity included a warrant at an address in
			// Dover", round fourteen's f1327) what follows is no part
			// of a figure read, and its place is its own; a figure
			// before a bracket or a dash still has parts ("45
			// (including 6 men from Essex)"); a semicolon ends the
			// figure's reach ("12 people were arrested; weapons were
			// seized, including 4 machetes in Essex": Essex's)
			for i := j - 1; i >= 0; i-- {
				if p.els[i].kind == ePunct && p.els[i].fn == ";" {
					return false
				}
				if p.els[i].kind == eAmount {
					return true
				}
			}
			return false
		case el.kind == ePunct && el.fn == "." && j > 0 && p.els[j-1].kind == eFunc && p.els[j-1].fn == "part":
			// "incl."
		case el.kind == ePunct && el.fn == "," && j+2 < k && p.els[j+1].kind == eAmount && p.els[j+2].kind == eFunc && p.els[j+2].fn == "of":
			// "35 stop and searches, 5 of people from London": a later
			// part of the figure before the comma
			return true
		case el.kind == ePunct:
			return false
		}
	}
	return false
}

// ownNamed reports elements [j, end) that name the text's own force's
// whole area ("Kent", "the Thames Valley", "Hampshire and the Isle of
// Wight") or, with agent, its officers ("Kent Police", "Hampshire
// Constabulary officers"), when the text's force is known: "Arrests │
// 12 across Hampshire" in Hampshire's return is the force's figure.
func (p *parser) ownNamed(j, end int, agent bool) bool {
	if p.force == "" || j >= end || end > len(p.els) {
		return false
	}
	from, to := p.els[j].from, p.els[end-1].to
	if agent {
		code, e := p.forceAt(from)
		return code == p.force && e == to
	}
	if p.toks[from].is("the") {
		from++
	}
	if from >= to || !capitalised(p.toks[from]) {
		return false
	}
	ns, e := p.names(from)
	if e < to && p.toks[e].is("area") {
		e++ // "across the Thames Valley area"; "the London region" is wider
	}
	return len(ns) > 0 && e == to && p.judge(ns) == scopeNone && p.placeGoesOn(to) == to && !p.describesNoun(to)
}

// describesNoun reports a name before token i that says what the noun at
// i is, not where: "Kent and Medway prisons", "London forces", "London
// schools". The things named are a part of the area's (or, "forces",
// more than the force), not its whole.
func (p *parser) describesNoun(i int) bool {
	if i >= len(p.toks) {
		return false
	}
	t := p.toks[i]
	if t.kind != tWord || capitalised(t) || funcWords[t.norm] != "" || !plural(t) || p.number(i) {
		return false
	}
	k := p.elemAt(i)
	if k < 0 {
		return false
	}
	el := p.els[k]
	return el.kind == eUnknown || el.kind == eLex && !el.verbLike() && !el.hasRole(rPeriod)
}

// plural reports a noun written as more than one: "forces", "prisons"
// (not "Police's").
func plural(t token) bool {
	l := strings.ToLower(t.text)
	return pluralTok(t) && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "'s") && !strings.HasSuffix(l, "’s")
}

// elemAt is the element holding token i, or -1.
func (p *parser) elemAt(i int) int {
	for k, el := range p.els {
		if el.from <= i && i < el.to {
			return k
		}
	}
	return -1
}

// goOn are words after a place name that add to the place: "Kent plus
// Essex", "London, including the City", "Kent and into Essex".
var goOn = []string{"and", "&", "or", "/", "plus", "as well as", "including", "into", "along with", "together with"}

// hedgeOnly reports words from token j to a closing bracket that only
// hedge or say nothing of which figure: "(approx)", "(estimated)".
func (p *parser) hedgeOnly(j int) bool {
	for j < len(p.toks) && !p.toks[j].is(")") {
		e, n := p.r.lex.match(p.toks, j)
		if e == nil || n == 0 {
			return false
		}
		for _, s := range e.senses {
			if s.role != rHedge && s.role != rHedgeAfter && s.role != rNeutral {
				return false
			}
		}
		j += n
	}
	return true
}

// placeGoesOn is the end of words after the force's own area's name at
// token i that go on to another place or more than it ("and beyond",
// "and the Home Counties", ", Essex", "& partners", "plus Essex", "as
// well as Essex", "into Essex", ", including the City", "(and beyond)"),
// up to a comma or a strong sign; i if none. After "and" or a comma, words
// with a number or a verb are another clause ("across Kent and seized 12
// knives", "In Kent, officers made 43 arrests"), and a name of the force's
// own area again is its own.
func (p *parser) placeGoesOn(i int) int {
	toks := p.toks
	j := i
	paren := j < len(toks) && toks[j].is("(")
	if paren {
		j++
	}
	comma := j < len(toks) && toks[j].is(",")
	if comma {
		j++
	}
	w := ""
	for _, g := range goOn {
		ws := strings.Fields(g)
		ok := j+len(ws) <= len(toks)
		for n := 0; ok && n < len(ws); n++ {
			ok = toks[j+n].norm == ws[n] || toks[j+n].text == ws[n]
		}
		if ok {
			w = g
			j += len(ws)
			break
		}
	}
	if paren && p.cell && w == "" && !comma && !p.hedgeOnly(j) {
		// "across London (all forces)", "in the City (TBC)" in a value
		// cell: the bracket says more of the place or the figure
		// (prose's brackets are often a caption: "(Credit: Kent Police)")
		w = "("
	}
	if w == "" && !comma || w == "including" && j < len(toks) && placePreps[toks[j].norm] {
		// "across Derbyshire, including at properties in Ilkeston":
		// where some of them were, a part of the figure's own place
		return i
	}
	e := j
	for e < len(toks) && !toks[e].is(",", ".", ";", ":", ")", "!", "?") {
		e++
	}
	if e == j {
		return i
	}
	if w == "" || w == "and" || w == "&" || w == "or" || w == "/" || w == "(" {
		for t := j; t < e; t++ {
			if toks[t].kind == tNum || p.number(t) {
				return i
			}
			if k := p.elemAt(t); k >= 0 && (p.els[k].verbLike() || p.els[k].kind == eFunc && (p.els[k].fn == "aux" || p.els[k].fn == "rel" || p.els[k].fn == "say" || p.els[k].fn == "pron")) {
				return i
			}
		}
	}
	from := j
	if toks[from].is("the") {
		from++
	}
	if from < e && capitalised(toks[from]) {
		if ns, ne := p.names(from); len(ns) > 0 && ne == e && p.judge(ns) == scopeNone {
			return i // "across Kent, Kent and Medway"
		}
	}
	return e
}
