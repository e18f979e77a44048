package phrase

// An English noun phrase puts its describing words between the number
// and the noun: "six sophisticated drug lines", "four so-called county
// lines", "11 dangerous weapons". Only the reference words' closed list
// says which words describe and change nothing counted: a word nobody
// taught us there, whatever its form, may be a hedge ("3 possible
// firearms"), say the thing was not real or not done ("fictitious",
// "abortive"), or name another kind ("explosive devices", "Nerf-style
// guns"), and stands inside the figure.

// onlyDescribes reports a known word at element k that names nothing
// counted and says nothing done: "illegal", "suspected", "further".
func (p *parser) onlyDescribes(k int) bool {
	el := p.els[k]
	return el.kind == eLex && !el.verbLike() && !el.meaningful() && !el.hasRole(rChanger) && !el.hasRole(rPerson) && !el.hasRole(rUnit) && !el.hasRole(rValue)
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
