package phrase

import (
	"strings"
	"unicode"
)

// An English noun phrase puts its describing words between the number
// and the noun: "six sophisticated drug lines", "four so-called county
// lines", "11 dangerous weapons". A word nobody taught us in that place,
// with an adjective's form, says what the things were like, not what
// they were: the figure counts the noun after it. A word of another form
// there may be a noun that narrows what is counted ("12 hospital
// visits", "a cannabis factory") or a word of another kind ("inoperable
// firearms", "simulated firearms"), and still stands inside the figure.

// adjectiveEndings are the endings of English adjectives that no common
// noun of these releases shares.
var adjectiveEndings = []string{"ous", "ive", "ful", "less", "some", "ated", "ical", "able", "ible"}

// negativePrefixes turn a describing word against its noun ("inactive
// lines", "unusable phones", "non-working", "disabled"): what was counted
// is then not plainly the noun.
var negativePrefixes = []string{"un", "in", "im", "il", "ir", "non", "dis", "mis", "anti", "counter", "pseudo", "quasi", "semi"}

// describingForm reports that the unknown element at k has the form of a
// describing word: an adjective's ending, or one member of a hyphened
// compound of words nobody taught us, all within tokens [from, to)
// ("so-called", "long-barrelled"), and no prefix that turns it against
// its noun.
func (p *parser) describingForm(k, from, to int) bool {
	el := p.els[k]
	if el.kind != eUnknown || el.to-el.from != 1 {
		return false
	}
	t := p.toks[el.from]
	if t.kind != tWord {
		return false
	}
	for _, r := range t.text {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	w := strings.ToLower(t.text)
	for _, pre := range negativePrefixes {
		if strings.HasPrefix(w, pre) && len(w) > len(pre)+3 {
			return false
		}
	}
	if p.hyphened(el.from, from, to) {
		return true
	}
	if len(w) < 7 {
		return false
	}
	for _, end := range adjectiveEndings {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// hyphened reports a word token joined by a hyphen to a word before or
// after it, both within tokens [from, to): "so-called", not "six-inch".
func (p *parser) hyphened(i, from, to int) bool {
	joined := func(a, b int) bool {
		if a < from || b >= to || p.toks[a].kind != tWord || p.toks[b].kind != tWord {
			return false
		}
		gap := p.src[p.toks[a].end:p.toks[b].start]
		return gap == "-" || gap == "‐" || gap == "‑"
	}
	return joined(i-1, i) || joined(i, i+1)
}

// describesNoun reports that the unknown element list[i], among the
// elements list of a figure's words after its number at element a,
// stands in a run of describing words nobody taught us straight after
// the number (or after a word that only describes) and straight before a
// noun of what is counted.
func (p *parser) describesNoun(list []int, i, a int) bool {
	els := p.els
	from, to := i, i
	for from > 0 && els[list[from-1]].kind == eUnknown && list[from-1] == list[from]-1 {
		from--
	}
	for to+1 < len(list) && els[list[to+1]].kind == eUnknown && list[to+1] == list[to]+1 {
		to++
	}
	for j := from; j <= to; j++ {
		if !p.describingForm(list[j], els[list[from]].from, els[list[to]].to) {
			return false
		}
	}
	if b := list[from] - 1; !(b == a || p.onlyDescribes(b)) {
		return false
	}
	// then the noun, after any words that only describe: "six
	// sophisticated illegal drug lines"
	for j := to + 1; j < len(list) && list[j] == list[j-1]+1; j++ {
		n := els[list[j]]
		if p.onlyDescribes(list[j]) {
			continue
		}
		return n.kind == eLex && !n.verbLike() && (n.meaningful() || n.hasRole(rPerson) || n.hasRole(rUnit))
	}
	return false
}

// onlyDescribes reports a known word at element k that names nothing
// counted and says nothing done: "illegal", "suspected", "further".
func (p *parser) onlyDescribes(k int) bool {
	el := p.els[k]
	return el.kind == eLex && !el.verbLike() && !el.meaningful() && !el.hasRole(rChanger) && !el.hasRole(rPerson) && !el.hasRole(rUnit) && !el.hasRole(rValue)
}

// describingAt reports that the unknown element k has a describing word's
// form, within the run of unknown elements it stands in.
func (p *parser) describingAt(k int) bool {
	from, to := k, k
	for from > 0 && p.els[from-1].kind == eUnknown {
		from--
	}
	for to+1 < len(p.els) && p.els[to+1].kind == eUnknown {
		to++
	}
	return p.describingForm(k, p.els[from].from, p.els[to].to)
}

// participleClause reports a gerund at element k (a word nobody taught
// us, or a verb) whose preposition follows it or ends it: "talking to",
// "checking on", "working with". After a figure's noun it opens a
// clause that says what the things did, not what they were.
func (p *parser) participleClause(k int) bool {
	el := p.els[k]
	if !(el.kind == eUnknown || el.verbLike()) || !gerund(p.toks[el.from].text) {
		return false
	}
	prep := func(w string) bool { fn := funcWords[w]; return fn == "prep" || fn == "with" || fn == "for" }
	if el.to-el.from > 1 {
		return prep(p.toks[el.to-1].norm)
	}
	return k+1 < len(p.els) && p.els[k+1].kind == eFunc && prep(p.word(k+1)) && !p.isLink(k+1)
}
