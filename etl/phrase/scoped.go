package phrase

import "strings"

// A figure refused for its scope (another period, a day, a part of the
// force, a wider total, a running count) is still read, into
// Reading.Scoped: scope is an attribute of a figure, not a reason not to
// read it. A figure refused because its words change what it counts (a
// target, a percentage, a rate, a change, a negation, a forecast, a part
// of a figure) is not: it is no count of the metric at all.

// change is a word that changes what a figure is: kind is the scope it
// puts the figure in, or "" when it changes what the figure counts.
type change struct {
	words string
	kind  ScopeKind
}

// meaningScope is the scope a changer's meaning in words.csv puts a
// figure in; a meaning not listed changes what the figure counts. An
// operator who teaches a new word of another period gives it one of
// these meanings.
var meaningScope = map[string]ScopeKind{
	"a figure of another period": ScopePeriod,
	"a year-to-date figure":      ScopePeriod,
	"a cumulative figure":        ScopeRunning,
	"a part of the week":         ScopeDay,
}

// changeOf is what the changer or period word of element el does to a
// figure. A period word ("last week", "the previous week") says another
// period; a changer says what its meaning says.
func (p *parser) changeOf(el elem) change {
	return change{words: p.text(el), kind: changeKind(el)}
}

func changeKind(el elem) ScopeKind {
	if s, ok := el.e.first(rChanger); ok {
		return meaningScope[s.meaning]
	}
	if el.hasRole(rPeriod) {
		return ScopePeriod
	}
	return ""
}

// public is the scope kind a scope of the sentence (scope.go) gives a
// figure. Every kind of scope.go names some narrowing or moving of the
// force's week; one not listed here is a part of the force (a town, a
// division, one of its operations).
func (k scopeKind) public() ScopeKind {
	switch k {
	case scopeDay:
		return ScopeDay
	case scopePeriod:
		return ScopePeriod
	case scopeRunning:
		return ScopeRunning
	case scopeWider:
		return ScopeWider
	case scopeOther, scopeBody:
		return ScopeOther
	}
	return ScopePart
}

// scopeOnly is the scope of a figure refused only for its scope: its
// scope words, or every word that changes it puts it in another scope
// and none changes what it counts, or it is a wider total. ok is false
// when nothing scopes it, or something else refuses it too: a figure
// compared with another period's ("12 more arrests than last year") is a
// difference, whose period words only say what it is measured from.
func (p *parser) scopeOnly(m *mention, w words) (change, bool) {
	var first change
	switch {
	case w.scope != nil:
		first = change{words: w.scope.words, kind: w.scope.kind.public()}
	case len(w.changer) > 0:
		first = w.changer[0]
	case m.wider != "":
		first = change{words: m.wider, kind: ScopeWider}
	default:
		return change{}, false
	}
	for _, c := range w.changer {
		if c.kind == "" {
			return change{}, false
		}
	}
	if m.among != "" || m.whom != "" || first.kind == "" || p.compares(m) {
		return change{}, false
	}
	// a cell's words of whom or where: refused as no figure, or as
	// maybe a part; never scoped
	if p.cell && m.amt != nil {
		if n, _, whom := p.cellNarrows(m); whom || n != "" {
			return change{}, false
		}
	}
	if !p.cell && m.amt != nil && p.otherAdjunct(m) != "" {
		return change{}, false // another's where or by whom: not read
	}
	return first, true
}

// compares reports words in the figure's clause, outside any amount
// ("more than 40" is a hedge), that make it no count of what was done in
// its scope: a comparison ("12 more arrests than last year", "twice as
// many arrests as", "12 arrests fewer"), a modal ("40 people will be
// arrested", "could have arrested"), an aim ("hoped to arrest 40
// people") or a condition ("if officers had made 40 arrests"). "12 more
// arrests were made on Monday" counts the day's further arrests: "more"
// straight after its number is no comparison.
func (p *parser) compares(m *mention) bool {
	at := m.el
	if at < 0 {
		at = m.start
	}
	if at < 0 || at >= len(p.els) {
		return false
	}
	from, to := at, at
	for from > 0 && !p.els[from-1].strong() {
		from--
	}
	for to < len(p.els) && !p.els[to].strong() {
		to++
	}
	action := p.r.actionAt(p.toks)
	for k := from; k < to; k++ {
		el := p.els[k]
		if el.kind == eAmount {
			continue
		}
		for i := el.from; i < el.to; i++ {
			t := p.toks[i]
			after := func(ws ...string) bool { return i+1 < len(p.toks) && p.toks[i+1].is(ws...) }
			switch {
			case t.is("than", "fewer", "less", "if", "unless", "whether", "shall"), modal(t):
				return true
			case t.is("as") && after("many", "much"):
				return true
			case t.is("to") && i > 0 && intentions[p.toks[i-1].norm]:
				return true // "plan to execute 12 warrants": an aim, whatever the verb
			case t.is("more") && !(i == el.from && k > 0 && p.els[k-1].kind == eAmount):
				return true
			case t.is("to") && i+1 < len(p.toks) && action(i+1) && strings.ToLower(p.toks[i+1].text) == p.toks[i+1].norm &&
				!strings.HasSuffix(p.toks[i+1].norm, "ed") && !strings.HasSuffix(p.toks[i+1].norm, "ing"):
				return true
			}
		}
	}
	return false
}

// withoutScope is a scoped figure's words without its scope's: what the
// figure's clause says with no word of when, whose or how far, so that
// "To date, nitazenes worth £36k" reads as "nitazenes worth £36k" does,
// and "12kg of Class B yesterday" as "12kg of Class B". A word of a
// scope is a changer whose meaning is a scope, a period word, or an
// unknown word of the scope's own words ("year" of "last year").
func withoutScope(w words) words {
	var scopeWords []string
	if w.scope != nil {
		scopeWords = append(scopeWords, w.scope.words)
	}
	for _, c := range w.changer {
		scopeWords = append(scopeWords, c.words)
	}
	inScope := func(word string) bool {
		for _, s := range scopeWords {
			for _, x := range strings.Fields(strings.ToLower(s)) {
				if strings.Trim(x, ",.'’") == strings.ToLower(word) {
					return true
				}
			}
		}
		return false
	}
	keep := func(es []*entry) []*entry {
		var out []*entry
		for _, e := range es {
			if s, ok := e.first(rChanger); ok && meaningScope[s.meaning] != "" || e.has(rPeriod) {
				continue
			}
			out = append(out, e)
		}
		return out
	}
	w.hard, w.soft, w.verbs, w.compl, w.trail, w.post, w.ctx = keep(w.hard), keep(w.soft), keep(w.verbs), keep(w.compl), keep(w.trail), keep(w.post), keep(w.ctx)
	var unknown []string
	for _, u := range w.unknown {
		if !inScope(u) {
			unknown = append(unknown, u)
		}
	}
	w.unknown = unknown
	return w
}

// dedupeChanges keeps the first of changes with the same words.
func dedupeChanges(cs []change) []change {
	var out []change
	seen := map[string]bool{}
	for _, c := range cs {
		if k := strings.ToLower(c.words); !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	return out
}
