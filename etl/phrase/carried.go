package phrase

import "strings"

// A sentence that refers back to the one before takes the period, part
// or body the one before put its figures in: "Nearly 300 people have
// been arrested since January. ... Of those arrested, 108 have been
// charged." The 108 are of the 300, since January too, and are not the
// week's. Three kinds of words refer back:
//   - a part of the figures before: "Of those arrested", "Of these",
//     "Of them" opening the sentence;
//   - the time said before: "In that period", "During this time",
//     "Over the same period" opening it;
//   - a perfect tense going on with a count up to now ("since
//     January", "to date"): "29 weapons have been seized.", "Police said
//     it had recovered 72 weapons", with no time of its own.
//
// A sentence that names the week ("During the week ...") or has a
// scope of its own keeps its own; the week's own figures after such a
// sentence, said with no words referring back ("Officers arrested 12
// people."), are the week's as before. The scopes carried are those of
// the last sentence that gave figures and none of the week's: a
// sentence that gives the week's figures, or names the week, ends them
// (carriedAfter).

// carriedScopes are the scopes the sentence takes from the sentence
// before, each over every figure of it, with the words that refer
// back: none when nothing refers back, or it names the week.
func (p *parser) carriedScopes() []scope {
	if len(p.carried) == 0 || p.namesWeek() {
		return nil
	}
	back := p.refersBack()
	if back == "" {
		back = p.goesOnPerfect()
	}
	if back == "" {
		return nil
	}
	var out []scope
	for _, s := range p.carried {
		out = append(out, scope{kind: s.kind, words: back, el: -1, before: s.words})
	}
	return out
}

// backOpeners may stand before the words that refer back: "And of
// those ...", "But in that time ...".
var backOpeners = map[string]bool{"and": true, "but": true, "so": true, ",": true}

// refersBack is the words opening the sentence that refer back to the
// figures or the time of the sentence before: "Of those arrested", "Of
// these", "In that period", "During this time", "Over the same
// period"; "" if none.
func (p *parser) refersBack() string {
	toks := p.toks
	i := 0
	for i < len(toks) && backOpeners[toks[i].norm] {
		i++
	}
	if i+1 >= len(toks) {
		return ""
	}
	switch {
	case toks[i].is("of") && toks[i+1].is("those", "these", "them", "whom"):
		return p.raw(i, i+2)
	case toks[i].is("in", "during", "over", "throughout", "within", "across") && toks[i+1].is("that", "this", "the"):
		j := i + 2
		if toks[i+1].is("the") {
			if j >= len(toks) || !toks[j].is("same") {
				return ""
			}
			j++
		}
		if j < len(toks) && toks[j].is("time", "period", "timeframe") {
			return p.raw(i, j+1)
		}
	}
	return ""
}

// perfectAfter are words that may stand between "have" and its
// participle: "have also been seized", "has now arrested".
var perfectAfter = map[string]bool{"also": true, "now": true, "already": true, "further": true, "all": true}

// goesOnPerfect is the words of a perfect tense ("have been seized",
// "has arrested", "had recovered") that go on with a count up to now
// said before ("since January", "to date", "so far"): the sentence has
// no time of its own, and the count before it runs to the day of
// writing, as the perfect does; "" if none. A count of a closed period
// before ("last year", "in 2018") is not gone on with by a perfect.
func (p *parser) goesOnPerfect() string {
	upToNow := false
	for _, s := range p.carried {
		w := strings.ToLower(s.words)
		if s.kind == scopeRunning || strings.HasPrefix(w, "since") || strings.Contains(w, "so far") || strings.Contains(w, "to date") {
			upToNow = true
		}
	}
	if !upToNow || len(p.scopes()) > 0 {
		return ""
	}
	toks := p.toks
	for i, t := range toks {
		if !t.is("have", "has", "had") {
			continue
		}
		j := i + 1
		for j < len(toks) && perfectAfter[toks[j].norm] {
			j++
		}
		if j < len(toks) && perfectParticiple(toks[j].norm) {
			return p.raw(i, j+1)
		}
	}
	return ""
}

// perfectParticiple reports a past participle after "have": "been", a
// regular one ("seized", "arrested") or an irregular one a release uses.
func perfectParticiple(w string) bool {
	switch w {
	case "been", "seen", "made", "taken", "found", "shut", "brought", "given", "done", "caught", "held", "led", "put", "kept", "struck":
		return true
	}
	return participle(w)
}

// carriedAfter is what the sentences after a sentence may take from it
// (carriedScopes), given the facts and scoped figures it gave (out
// from nf facts and ns scoped figures on) and its figures ms: the
// scopes of its figures when it gave figures and none of the week's;
// none when it gave the week's or names the week; the carried scopes
// before it when it gave no figure.
func (p *parser) carriedAfter(ms []*mentionWords, out *Reading, nf, ns int) []scope {
	if len(out.Facts) > nf {
		return nil
	}
	var got []scope
	for _, s := range out.Scoped[ns:] {
		got = append(got, scope{kind: privateScope(s.Kind), words: s.Words, el: -1})
		break
	}
	if got == nil {
		for _, mw := range ms {
			if mw.m.amt != nil && mw.w.scope != nil {
				s := *mw.w.scope
				if s.before != "" {
					s.words = s.before
				}
				got = append(got, scope{kind: s.kind, words: s.words, el: -1})
				break
			}
		}
	}
	switch {
	case got != nil:
		return got
	case p.namesWeek() && !p.lastYearsWeek():
		return nil
	}
	return p.carried
}

// privateScope is the scope kind of a public one (scopeKind.public).
func privateScope(k ScopeKind) scopeKind {
	switch k {
	case ScopeDay:
		return scopeDay
	case ScopePeriod:
		return scopePeriod
	case ScopeRunning:
		return scopeRunning
	case ScopeWider:
		return scopeWider
	case ScopeOther:
		return scopeOther
	}
	return scopePart
}
