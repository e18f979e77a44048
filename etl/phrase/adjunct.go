package phrase

import (
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

// adjunctOpeners open a phrase that says where, when or why a thing was
// done, not what was done or to what: "in North Yorkshire", "during a
// week-long crackdown", "as part of a week of action", "on suspicion of
// money laundering".
var adjunctOpeners = []string{"in", "across", "from", "throughout", "during", "within", "at", "as part of", "on suspicion of", "following"}

// whenOrWhyOpeners open a phrase that says when or why a thing was done,
// never where nor what it was in: "during a week-long crackdown", "as
// part of a national operation", "throughout the week", "following
// tip-offs" (adjunctOpeners' "in", "at", "from" may say what money was
// in).
var whenOrWhyOpeners = map[string]bool{"during": true, "throughout": true, "as part of": true, "following": true}

// whenOrWhy reports that a phrase of when or why opens at element k.
func (p *parser) whenOrWhy(k int) bool {
	n := p.adjunctOpener(k)
	var ws []string
	for _, t := range p.toks[p.els[k].from : p.els[k].from+n] {
		ws = append(ws, t.norm)
	}
	return n > 0 && whenOrWhyOpeners[strings.Join(ws, " ")]
}

// adjuncts marks the elements of the phrases of place, time or reason
// that stand straight after a verb, each to the end of its clause: "£10,000
// was seized in North Yorkshire as part of a week of action against
// county lines drug dealing", "a man arrested on suspicion of money
// laundering". In another clause than a sum's their words say where,
// when or why and name no thing the sum could be the value of; in the
// sum's own clause only a force's area and an opener's words do (see
// sumOfThing: "in Kent in Bitcoin", "in the form of cryptocurrency"). "in" opens one only before a determiner or
// a name: "£30,000 seized in crypto" says what the money was in. place
// marks the elements of the names of forces' areas among them.
func (p *parser) adjuncts() (out, place []bool) {
	els := p.els
	out = make([]bool, len(els))
	place = make([]bool, len(els))
	for k := 1; k < len(els); k++ {
		if out[k] || !els[k-1].verbLike() {
			continue
		}
		n := p.adjunctOpener(k)
		if n == 0 {
			continue
		}
		// ("in a raid on a cannabis factory": an article is no figure there)
		for j := k; j < len(els); j++ {
			// "in Avon & Somerset": a force's area is one name
			if n := p.r.placeAt(p.toks, els[j].from); n > 0 {
				for end := els[j].from + n; j < len(els) && els[j].from < end; j++ {
					out[j], place[j] = true, true
				}
				j--
				continue
			}
			if p.clauseEdge(j) && !(els[j].kind == eAmount && els[j].amt.num.article) {
				break
			}
			out[j] = true
		}
	}
	return out, place
}

// adjunctOpener is the number of tokens of the opener of a phrase of
// place, time or reason at element k, 0 if none opens there.
func (p *parser) adjunctOpener(k int) int {
	el := p.els[k]
	if !(el.kind == eFunc && el.fn == "prep") {
		return 0
	}
	at := el.from
	for _, o := range adjunctOpeners {
		ws := strings.Fields(o)
		if at+len(ws) >= len(p.toks) {
			continue
		}
		ok := true
		for i, w := range ws {
			ok = ok && p.toks[at+i].norm == w
		}
		if !ok {
			continue
		}
		if o == "in" && !(funcWords[p.toks[at+1].norm] == "det" || p.r.placeAt(p.toks, at+1) > 0) {
			continue
		}
		return len(ws)
	}
	return 0
}

// placeNames are the names of the forces' areas, as the catalogue's
// force names and aliases give them ("North Yorkshire", "Lancashire",
// "Lancs"): a release says where with them. Their normalised words,
// joined by spaces.
func placeNames(cat *catalog.Catalog) map[string]bool {
	out := map[string]bool{}
	for _, f := range cat.Forces {
		for _, n := range append(append([]string{f.Name}, f.Aliases...), f.Areas...) {
			var ws []string
			for _, t := range tokenize(catalogName(n)) {
				if t.kind != tWord || t.is("police", "constabulary", "service", "force") {
					break
				}
				ws = append(ws, t.norm)
			}
			if len(ws) > 0 {
				out[strings.Join(ws, " ")] = true
			}
		}
	}
	return out
}

// placeAt is the number of tokens of the name of a force's area at
// token i, written with a capital ("in North Yorkshire", "across Avon &
// Somerset"); 0 if none stands there.
func (r *Reader) placeAt(toks []token, i int) int {
	if i >= len(toks) || toks[i].kind != tWord || toks[i].text == strings.ToLower(toks[i].text) {
		return 0
	}
	var ws []string
	n := 0
	for j := i; j < len(toks) && j < i+5 && toks[j].kind == tWord; j++ {
		ws = append(ws, toks[j].norm)
		if r.places[strings.Join(ws, " ")] {
			n = j - i + 1
		}
	}
	return n
}

// Whom, when, where and by whom. After the noun of the things a figure
// counts, words may say whom they were done to ("40 stop searches of
// men"), when ("... in the previous week"), where ("... across the
// region", "... of people from London") or by whom ("... were carried
// out by other forces"). Such words may make the figure a part of the
// things, or another's: a figure they narrow is refused, naming them,
// and never read as the plain metric. The people a metric's own words
// name ("of people from outside the county": out of area stop searches)
// are read as its words; words that say only the operation's week ("over
// the week ending Sunday"), the force's own area ("across the county")
// or its own officers ("by officers") narrow nothing.

// countedThing reports a noun at element k that counts things (not
// people) a metric counts: "stop searches", "safe and well checks".
func (p *parser) countedThing(k int) bool {
	el := p.els[k]
	if el.kind != eLex || el.verbLike() || el.hasRole(rUnit) || el.hasRole(rItem) || el.hasRole(rPerson) || el.hasRole(rFacet) {
		return false
	}
	for _, s := range el.e.senses {
		if s.role == rObject && p.r.metrics[s.metric].Unit == string(etl.UnitCount) {
			return true
		}
	}
	return false
}

// peopleAt reads a noun phrase of people at element j, after any
// determiner and describing words: "men", "vulnerable people", "young
// people". It returns the element after its last word of people, and
// its first word of an age or sex, or of people named as a part ("drug
// dealers"): a word that says only some of them. ok is false when a
// word of things stands before any word of people ("of seized drugs");
// a word of doing there describes them ("vulnerable", "exploited").
func (p *parser) peopleAt(j int) (end int, narrow string, ok bool) {
	for j < len(p.els) && p.els[j].kind == eFunc && p.els[j].fn == "det" {
		j++
	}
	for ; j < len(p.els) && p.els[j].kind == eLex; j++ {
		el := p.els[j]
		if el.hasRole(rFacet) || el.e.hasMeaning("part") {
			if narrow == "" {
				narrow = p.text(el)
			}
		}
		switch {
		case el.hasRole(rPerson) || el.hasRole(rFacet):
			end, ok = j+1, true
		case !ok && (el.hasRole(rObject) || el.hasRole(rItem) || el.hasRole(rUnit)):
			return 0, "", false
		case ok:
			return end, narrow, true
		}
	}
	return end, narrow, ok
}

// ownAgents are the words for the force's own people: "by officers",
// "by the force", "by local police officers".
var ownAgents = map[string]bool{"officer": true, "police": true, "force": true, "constabulary": true, "team": true, "local": true}

// ownArea are the words for the force's own area: "across the county",
// "within the force area".
var ownArea = map[string]bool{"force": true, "area": true, "county": true, "constabulary": true, "police": true}

// weekNames may stand before the week's noun in its name: "the national
// county lines intensification week".
var weekNames = map[string]bool{"intensification": true, "county": true, "line": true, "national": true, "operational": true}

// timePlacePreps open words that say when or where.
var timePlacePreps = map[string]bool{
	"in": true, "across": true, "throughout": true, "within": true, "at": true, "around": true, "over": true,
	"during": true, "from": true, "inside": true, "outside": true, "near": true, "beyond": true, "before": true, "after": true,
}

// adjunctEnd is the end of the words of a phrase from element k: up to
// a figure, a strong sign, a comma, a part, a verb or a relative word.
func (p *parser) adjunctEnd(k int) int {
	e := k + 1
	for ; e < len(p.els); e++ {
		el := p.els[e]
		if n := p.r.placeAt(p.toks, el.from); n > 0 {
			// "across Kent and Medway": a force's area is one name,
			// its "and" no end of the words
			for e+1 < len(p.els) && p.els[e+1].from < el.from+n {
				e++
			}
			continue
		}
		if el.strong() || el.kind == eAmount || el.kind == ePunct && el.fn == "," || el.verbLike() ||
			el.kind == eFunc && (el.fn == "part" || el.fn == "aux" || el.fn == "rel" || el.fn == "coord") {
			break
		}
	}
	return e
}

// allOf reports whether the tokens of elements [j, end), after any
// determiner, are all of the set, at least one of need among them.
func (p *parser) allOf(j, end int, set map[string]bool, need ...string) bool {
	found := false
	for _, t := range p.afterDet(j, end) {
		if !set[t.norm] {
			return false
		}
		found = found || t.is(need...)
	}
	return found
}

// afterDet is the tokens of elements [j, end) after any determiner.
func (p *parser) afterDet(j, end int) []token {
	if j >= end {
		return nil
	}
	toks := p.toks[p.els[j].from:p.els[end-1].to]
	for len(toks) > 0 && funcWords[toks[0].norm] == "det" {
		toks = toks[1:]
	}
	return toks
}

// weekAt reports words of elements [j, end) that name the operation's
// week: "the week", "this week", "the intensification week", "the week
// of action", "the week ending Sunday", "the seven days up to Sunday",
// "the end of the week". A word before its noun other than its name
// ("the previous week", "the week before") is another week.
func (p *parser) weekAt(j, end int) bool {
	if j >= end {
		return false
	}
	toks := p.toks[p.els[j].from:p.els[end-1].to]
	i := 0
	det := func() {
		for i < len(toks) && funcWords[toks[i].norm] == "det" {
			i++
		}
	}
	det()
	if i+1 < len(toks) && toks[i].is("end", "close", "course") && toks[i+1].is("of") {
		i += 2 // "by the end of the week"
		det()
	}
	if i+1 < len(toks) && (toks[i].is("seven") || toks[i].kind == tNum && toks[i].num == 7) && toks[i+1].is("day") {
		i += 2
	} else {
		for i < len(toks) && weekNames[toks[i].norm] {
			i++
		}
		if i >= len(toks) || !weekNouns[toks[i].norm] && !toks[i].is("operation") || pluralTok(toks[i]) {
			return false
		}
		i++
	}
	if i+1 < len(toks) && toks[i].is("of") && toks[i+1].is("action", "intensification") {
		i += 2
	}
	// only its bounds may follow: "ending Sunday", "to Sunday" (scopes
	// reads the day)
	return i >= len(toks) || boundVerbs[toks[i].norm] || rangeWords[toks[i].norm] || toks[i].is("of", "(")
}

// outsideWeek are the words that, before the week's name, say a time on
// either side of it: "after the week", "before the operation",
// "following the week of action".
var outsideWeek = map[string]bool{"before": true, "after": true, "outside": true, "beyond": true, "following": true}

// besideWeek reports a word of outsideWeek at element k whose object, up
// to end, is the operation's week: "43 after the week", "before the
// week of action", "following the IW". The days on either side of the
// week are another period ("before the end of the week" is still in
// it).
func (p *parser) besideWeek(k, end int) bool {
	w := p.word(k)
	return outsideWeek[w] && p.weekAt(k+1, end) && !(w == "before" && p.endOf(k+1, end))
}

// endOf reports words of elements [j, end) that begin with the end of
// something, after any determiner: "the end of the week".
func (p *parser) endOf(j, end int) bool {
	toks := p.afterDet(j, end)
	return len(toks) > 1 && toks[0].is("end", "close") && toks[1].is("of")
}

// adjunctNarrows is the words of a phrase at element k that say when,
// where or by whom other than the operation's week, the force's own
// area or its officers ("in the previous week", "last week", "across
// the region", "from London", "by other forces"), or "".
func (p *parser) adjunctNarrows(k int) string {
	if k >= len(p.els) {
		return ""
	}
	el := p.els[k]
	end := p.adjunctEnd(k)
	words := p.raw(el.from, p.els[end-1].to)
	if el.kind == eLex && el.hasRole(rPeriod) {
		return words // "last week", "the previous week"
	}
	w := p.word(k)
	if p.besideWeek(k, end) {
		return words
	}
	if !(el.kind == eFunc && el.fn == "prep" || el.kind == eLex && el.to-el.from == 1 && funcWords[w] == "prep") {
		return ""
	}
	if p.ownWeekWords(el.from) {
		return "" // "as at 17/10/2021", "during Operation Orochi": the return's own week
	}
	switch {
	case w == "by":
		if p.allOf(k+1, end, ownAgents, "officer", "police", "force", "constabulary", "team") || p.weekAt(k+1, end) || p.ownNamed(k+1, end, true) {
			return ""
		}
		return words
	case timePlacePreps[w]:
		if p.weekAt(k+1, end) || p.allOf(k+1, end, ownArea, "force", "county", "constabulary") || p.ownNamed(k+1, end, false) {
			return ""
		}
		return words
	}
	return ""
}

// cellNarrows is, in a return's value cell, the first words after a
// figure's own, up to the next figure or strong sign, that say when,
// where or by whom other than the week, the force's area or its
// officers ("40 stop searches were carried out by other forces", "30
// arrests across the region", "30 arrests last week"), or "". A cell is
// the force's figure for the week by the return's design: words saying
// otherwise are never passed over. when: the words name a time ("in the
// previous week"); whom: they say where the people counted are from ("5
// of people from London"), a part of them.
func (p *parser) cellNarrows(m *mention) (words string, when, whom bool) {
	// a period among the figure's own words: "30 arrests last week"
	for k := m.el + 1; k < m.end && k < len(p.els); k++ {
		if el := p.els[k]; el.kind == eLex && el.hasRole(rPeriod) {
			return p.text(el), true, false
		}
	}
	for k := m.end; k < len(p.els); k++ {
		el := p.els[k]
		if el.strong() || el.kind == eAmount || el.kind == eFunc && el.fn == "part" {
			break
		}
		if w := p.adjunctNarrows(k); w != "" {
			when := el.kind == eLex && el.hasRole(rPeriod)
			for i := el.from; i < p.els[p.adjunctEnd(k)-1].to; i++ {
				when = when || timeWords[p.toks[i].norm]
			}
			return w, when, !when && p.word(k) == "from" && k > 0 && (p.els[k-1].hasRole(rPerson) || p.els[k-1].hasRole(rFacet))
		}
	}
	return "", false, false
}

// otherAdjunct is, in prose, the first words after a figure's own, up to
// the next figure or strong sign, that say where or by whom with "other"
// ("40 stop searches were carried out by other forces", "12 arrests in
// other force areas"): another's than the force's, whatever a release's
// conventions about places and periods; "" if none.
func (p *parser) otherAdjunct(m *mention) string {
	for k := m.end; k < len(p.els); k++ {
		el := p.els[k]
		if el.strong() || el.kind == eAmount || el.kind == eFunc && el.fn == "part" {
			break
		}
		if w := p.adjunctNarrows(k); w != "" {
			for i := el.from; i < p.els[p.adjunctEnd(k)-1].to; i++ {
				if p.toks[i].is("other") {
					return w
				}
			}
		}
	}
	return ""
}
