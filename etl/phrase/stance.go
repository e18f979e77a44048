package phrase

import (
	"fmt"
	"slices"
	"strings"
)

// A figure of a release is the force's count of its week only when the
// force's own people did what it counts, it was done, and the force (or
// one of its officers) is who says so. One judgement, the figure's
// stance, weighs the three for every figure, with a number ("The NCA
// seized 12 knives") or with none ("The NCA seized heroin"):
//
//   - actor: the subject that opens the figure's clause ("The NCA seized
//     12 knives", "Members of the public handed in two firearms") or the
//     agent after "by" straight after its verb ("12 knives were seized by
//     Border Force"). reference/words.csv names such actors (role actor:
//     meaning body for another body than a police force, public for the
//     public); another force is a place scope (place.go). Another body's
//     figure is what it is, another's: a scope (scopeBody, given as
//     ScopeOther). The public's is refused: what the public hands in or
//     finds is no seizure, and the catalogue has no figure for it.
//   - condition: "if", "unless" or "whenever" before the figure in its
//     sentence, or a question ("If officers make 12 arrests, ...", "If
//     you find a knife, hand it in").
//   - speaker: a telling verb ("said", "told", "according to") whose
//     speaker is not the force, its officers or its spokesperson ("The
//     NCA said 12 people were arrested", "A spokesperson for Essex Police
//     said ...", "..., according to Border Force"). "Officers said", "The
//     force said", "Kent Police said", "A Kent Police spokesperson said",
//     "Detective Inspector Smith said", "She said" (for Kent) read.
//
// A condition and another's words are no scope: what the figure counts
// is not said to be done by the force. Such figures are refused with a
// message; no fact and no Scoped figure is made of them.

// actorKind is who a words.csv actor is.
type actorKind uint8

const (
	actorNone   actorKind = iota
	actorOwn              // a rank of the force's own officers: "Detective Inspector"
	actorBody             // another body than a police force: "the NCA", "Border Force"
	actorPublic           // the public: "members of the public", "residents"
)

// actorMeanings are the meanings of words.csv's actor role.
var actorMeanings = map[string]actorKind{"own": actorOwn, "body": actorBody, "public": actorPublic}

// actorAt is the actor named at token i, after an article ("the NCA",
// "a member of the public") or a name of a place ("Kent Trading
// Standards", "Kent County Council", "Medway Council officers", "Essex
// residents"), and the
// token after its name; actorNone if none is named there.
func (p *parser) actorAt(i int) (actorKind, int) {
	toks := p.toks
	from := i
	if i < len(toks) && toks[i].is("the", "a", "an") {
		from++
	}
	starts := []int{i, from, from + p.r.placeAt(toks, from)}
	for j := from; j < len(toks) && j < from+3 && capitalised(toks[j]) && !forceWords[toks[j].norm] && !p.number(j); j++ {
		starts = append(starts, j+1) // "Medway Council officers": after a name's capitals
	}
	for n, from := range starts {
		var ws []string
		kind, end := actorNone, from
		for j := from; j < len(toks) && j < from+5 && toks[j].kind == tWord; j++ {
			ws = append(ws, toks[j].norm)
			if k, ok := p.r.actors[strings.Join(ws, " ")]; ok {
				kind, end = k, j+1
			}
		}
		if kind == actorOwn && n >= 2 && from > i {
			// "Essex CID", "Sussex Chief Constable", "Maidstone CID
			// officers": the force's own ranks and departments after a
			// place's name may be another force's, or a part of this one
			continue
		}
		if kind != actorNone {
			return kind, end
		}
	}
	return actorNone, i
}

// stance is why a figure is not the force's own count of the week: the
// words that say it and why, or a scope when it is another's figure.
type stance struct {
	words, why string
	scope      *scope
}

// stanceOf judges the figure m: see above. ok is false when the figure
// is the force's own, as far as its actor, its mood and its speaker say.
func (p *parser) stanceOf(m *mention) (stance, bool) {
	at := p.mentionTok(m)
	if s, ok := p.saidAs(at); ok {
		return s, true
	}
	verbs := append(append([]int{}, m.pre...), m.verbs...)
	before := -1
	if len(m.pre) == 0 {
		// "Officers will seize heroin and 12 knives": the verb before the
		// list the figure ends ("Officers will seize cocaine worth £1m":
		// the verb straight before the words a value is of, which are
		// the figure's own)
		if v := p.listVerbBefore(m.start); v >= 0 && (v < m.start-1 || len(m.left) > 0) {
			before = v
			verbs = append(verbs, v)
		}
	}
	if len(m.verbs) == 0 && m.end < len(p.els) && len(m.pre) == 0 && before < 0 {
		// "Three machetes, cocaine and cannabis were seized by Border
		// Force", "12 knives plus heroin were seized", "12 phones and
		// some knives will be seized": the verb after the list the figure
		// opens, when it has none before it, or of the relative clause
		// or the infinitive that tells of the list ("... 5 knives and
		// heroin that will be seized", "... to be seized next week")
		v := p.listEnd(m.end)
		if v < len(p.els) && (p.els[v].kind == eFunc && p.els[v].fn == "rel" || p.word(v) == "to") {
			v++
		}
		for v < len(p.els) && (p.els[v].kind == eFunc && p.els[v].fn == "aux" || p.word(v) == "also") {
			v++
		}
		if v < len(p.els) && p.els[v].verbLike() {
			verbs = append(verbs, v)
		}
	}
	if s, ok := p.moodOf(m, verbs); ok {
		return s, true
	}
	if sc, ok := p.whoClauseOther(m); ok {
		return stance{scope: &sc}, true
	}
	if w := p.detainedUnder(verbs); w != "" {
		return stance{words: w, why: fmt.Sprintf("%q says a detention under a power (to search), not an arrest", w)}, true
	}
	for _, f := range []func() (stance, bool){func() (stance, bool) { return p.thoughtOver(m, verbs) },
		func() (stance, bool) { return p.othersDeed(verbs) }, func() (stance, bool) { return p.offStreets(m) }} {
		if s, ok := f(); ok {
			return s, true // thought.go
		}
	}
	// the actor: the subject that opens the figure's clause, or the agent
	// after "by" straight after one of its verbs. The clause opens after
	// a sign or a relative word; after "and" it may open a clause of its
	// own ("..., and members of the public handed in two firearms") or
	// go on with a list whose verb is before it ("Border Force seized
	// heroin and 12 knives"): the nearest opening naming who did it says.
	// A thing named with no number after its verb's clause ("the NCA
	// seized weapons, including machetes") is done by that verb's
	// subject: the walk starts at the earliest of its verbs before it.
	start := m.start
	for _, v := range append(append([]int{}, m.pre...), before) {
		if v >= 0 && v < start {
			start = v
		}
	}
	for k := start; k >= 0; k-- {
		if k > 0 && !p.clauseEdgeEl(k-1) && !p.tellingEl(k-1) {
			continue
		}
		if s, ok := p.whoStance(k, start); ok {
			return s, true
		}
		if _, own := p.agentEnd(p.els[k].from); own || k == 0 || p.els[k-1].kind == ePunct || p.els[k-1].fn == "rel" {
			if s, ok := p.jointStance(k, start); own && ok {
				return s, true
			}
			break // "Officers seized heroin and 12 knives"
		}
	}
	// (and "by" straight after the figure's words: "Activity included
	// 12 arrests by the NCA")
	for _, v := range append(verbs, m.end-1) {
		if v >= 0 && v+1 < len(p.els) && p.word(v+1) == "by" {
			if s, ok := p.actorStance(p.els[v+1].to, v+1); ok {
				return s, true
			}
		}
	}
	// another body after "by" in the words before the first verb of
	// the figure's stretch, as another force there is (agentScope):
	// "Supported by the NCA, officers arrested 12 people", "Officers,
	// supported by the NCA, arrested ..."
	if s, ok := p.otherOperation(m); ok {
		return s, true
	}
	if b := p.openerBy(m.start); b >= 0 {
		if s, ok := p.actorStance(p.els[b].to, b); ok && s.scope != nil {
			return s, true
		}
	}
	return stance{}, false
}

// openerBy is the element of a "by" before element fig in the words
// that open its stretch (after the strong sign before it): no figure
// and no verb but the participle straight before the "by" ("Supported
// by", "Officers, assisted by") stand before it; -1 if none does.
func (p *parser) openerBy(fig int) int {
	from := min(fig, len(p.els))
	for from > 0 && !p.els[from-1].strong() {
		from--
	}
	for k := from; k < fig; k++ {
		el := p.els[k]
		switch {
		case el.kind == eFunc && el.fn == "prep" && p.word(k) == "by":
			return k
		case el.kind == eAmount, el.verbLike() && !(k+1 < fig && p.word(k+1) == "by"):
			return -1
		}
	}
	return -1
}

// moodOf is the stance of a figure's verbs (verbs: elements) and its
// clause toward what it counts: not done (notDone: a modal, "can" too,
// or an aim: "Officers can arrest 20 people", "will seize"), the present
// of a passive ("12 knives are seized", "are being seized": what is done
// as a rule, or is being done), or a word of habit or of a time to come
// in its clause ("every week", "routinely", "next week", "upcoming":
// "Officers seize 12 knives every week", "Six warrants taking place next
// week").
func (p *parser) moodOf(m *mention, verbs []int) (stance, bool) {
	if n := p.notDone(&mention{pre: verbs}); n != "" {
		return stance{words: n, why: fmt.Sprintf("%q says what was planned, hoped or possible, not what was done in the week", n)}, true
	}
	toks := p.toks
	for _, v := range verbs {
		if w := p.presentSimple(v); w != "" && !p.namesWeek() {
			// "Officers seize 12 knives": a habit ("This week, officers
			// seize ..." tells of the week)
			return stance{words: w, why: fmt.Sprintf("%q is said in the present: what is done as a rule, not what was done in the week", w)}, true
		}
		j := p.els[v].from - 1
		for j >= 0 && toks[j].is("also", "now", "still", "currently") {
			j--
		}
		if j >= 0 && toks[j].is("being") {
			j--
		}
		if j >= 0 && presentAux[toks[j].norm] && !strings.HasSuffix(toks[p.els[v].from].norm, "ing") {
			// ("officers are carrying out 20 warrants": the week's work
			// as it goes on, active; a passive's participle is not in -ing)
			w := p.raw(j, p.els[v].to)
			return stance{words: w, why: fmt.Sprintf("%q says what is done as a rule, or is being done, not what was done in the week", w)}, true
		}
	}
	// the figure's clause: between strong signs, relative words, and a
	// comma or an "and" that opens a clause of its own ("12 arrests were
	// made and 48 more will be seen next week", "..., and officers will
	// return next week": a verb after it), with its verbs ("Seven knives
	// and heroin were seized every week") and the list it opens or ends
	// ("Officers seize 12 machetes, cocaine and cannabis every week")
	edge := p.clauseAfter
	from, to := m.start, m.end
	if m.el >= 0 {
		from = min(from, m.el)
	}
	for _, v := range verbs {
		from, to = min(from, v), max(to, v+1)
	}
	for from > 0 && !edge(from-1) {
		from--
	}
	// and the words fronted before it, with no figure or verb of their
	// own: "Every week, officers seize 12 knives"
	if from > 0 && p.els[from-1].kind == ePunct && p.els[from-1].fn == "," {
		j := from - 1
		for j > 0 && !edge(j-1) && p.els[j-1].kind != eAmount && !p.els[j-1].verbLike() {
			j--
		}
		if j == 0 || p.els[j-1].strong() {
			from = j
		}
	}
	for to < len(p.els) && (!edge(to) || p.sharedSubject(to)) {
		to++
	}
	if from >= len(p.els) {
		return stance{}, false
	}
	end := len(toks)
	if to < len(p.els) {
		end = p.els[to].from
	}
	// A figure with no verb of its own, in a clause whose verb before it
	// is not done: "The operation will result in 41 arrests", "could
	// lead to the seizure of 41 knives", "It is hoped the week will see
	// 41 arrests", "aims to achieve 41 arrests" (the verb there may be no
	// word of ours; notDone judges the figure's own verbs).
	fig := len(toks)
	if m.start < len(p.els) {
		fig = p.els[m.start].from
	}
	if m.el >= 0 && m.el < len(p.els) {
		fig = min(fig, p.els[m.el].from)
	}
	// Its own verb stands before it (notDone judged it; the verb of a
	// list before it is not its own: "will lead to 41 arrests and 42
	// charges" refuses both), or after it with an auxiliary ("will
	// continue after 41 arrests were made"; a participle straight after
	// it is the clause's: "will see 41 people arrested"); a word nobody
	// taught us among its words is its own message's ("Officers will
	// photograph 12 knives"). A join before an article and a noun of
	// doing opens no clause of its own: "could see 41 arrests and the
	// closure of 12 county lines".
	own := len(m.unknown) > 0
	for _, v := range m.pre {
		own = own || v >= 0 && v < len(p.els) && p.els[v].from < fig
	}
	for _, v := range verbs {
		own = own || v > 0 && v < len(p.els) && p.els[v].from > fig && p.els[v-1].kind == eFunc && p.els[v-1].fn == "aux"
	}
	mood := from
	for mood > 0 && mood+1 < len(p.els) && !p.els[mood-1].strong() && !(p.els[mood-1].kind == eFunc && p.els[mood-1].fn == "rel") && toks[p.els[mood].from].is("the", "a", "an") && p.els[mood+1].verbLike() {
		mood--
		for mood > 0 && !edge(mood-1) {
			mood--
		}
	}
	// "can" before a verb of telling reports what was done ("Officers can
	// confirm 41 arrests", "We can now confirm the seizure of 41 knives");
	// a clause of its own with a done verb between the modal and the
	// figure is the figure's ("The operation will be repeated after it
	// resulted in 41 arrests": review26 W15).
	hit := ""
	for i := p.els[mood].from; i < fig && !own; i++ {
		t := toks[i]
		switch {
		case t.is("can") && p.tellsAfter(i+1):
		case p.doneClauseAt(i, fig):
			hit = ""
		case modal(t) || t.is("shall") || intentions[t.norm] && i+1 < len(toks) && toks[i+1].is("to") && !t.is("close", "near", "due"):
			if hit == "" {
				hit = t.text
				if !modals[t.norm] && !t.is("shall") {
					hit += " to"
				}
			}
		}
	}
	if hit != "" {
		return stance{words: hit, why: fmt.Sprintf("%q says what was planned, hoped or possible, not what was done in the week", hit)}, true
	}
	for i := p.els[from].from; i < end; i++ {
		t, next := toks[i], ""
		if i+1 < end {
			next = toks[i+1].norm
		}
		switch {
		case t.is("every", "each") && habitTimes[next], habitWords[t.norm]:
			w := p.raw(i, i+1+b2i(habitTimes[next] && t.is("every", "each")))
			return stance{words: w, why: fmt.Sprintf("%q says what is done as a rule, not what was done in the week", w)}, true
		case t.is("next", "coming") && habitTimes[next], futureWords[t.norm]:
			w := p.raw(i, i+1+b2i(habitTimes[next] && t.is("next", "coming")))
			return stance{words: w, why: fmt.Sprintf("%q says what is to come, not what was done in the week", w)}, true
		}
	}
	return stance{}, false
}

// tellsAfter reports a verb of telling at token i, after "now" or
// "also": "can confirm", "can now reveal".
func (p *parser) tellsAfter(i int) bool {
	for i < len(p.toks) && p.toks[i].is("now", "also") {
		i++
	}
	return i < len(p.toks) && p.toks[i].is("confirm", "report", "reveal", "announce", "say", "disclose")
}

// pastWords are the done forms of the verbs a clause of its own may say
// a figure with, that do not end in -ed: "after it saw 41 arrests".
var pastWords = map[string]bool{"saw": true, "led": true, "brought": true, "made": true, "had": true, "took": true, "got": true, "won": true}

// doneClauseAt reports a clause of its own opening at token i, before
// the figure at fig: a word that joins one ("after", "because",
// "since", "once"), a pronoun as its subject and a done verb ("after it
// resulted in", "because they made").
func (p *parser) doneClauseAt(i, fig int) bool {
	toks := p.toks
	if i+2 >= fig || !toks[i].is("after", "because", "since", "once") || !toks[i+1].is("it", "they", "we", "he", "she") {
		return false
	}
	v := toks[i+2]
	return v.kind == tWord && (pastWords[v.norm] || participle(v.norm))
}

// sharedSubject reports a join (a comma or "and") straight after which
// a verb follows with no subject or auxiliary of its own: "Officers
// arrested 12 people and seized 5 knives every week", where what is
// said after the last verb (a habit, a time to come) is said of all
// the verbs that share the subject.
func (p *parser) sharedSubject(k int) bool {
	el := p.els[k]
	if !(el.kind == ePunct && el.fn == "," || el.kind == eFunc && el.fn == "coord") || k+1 >= len(p.els) {
		return false
	}
	if n := p.els[k+1]; n.kind == eFunc && n.fn == "coord" && k+2 < len(p.els) {
		return p.els[k+2].verbLike() // ", and seized ..."
	}
	return p.els[k+1].verbLike()
}

// listWord reports an element of a list of things named with no number
// beside a figure: a noun, "and", "plus", "as well as", a comma, an
// article, "of", or a word of quantity ("some knives", "several
// machetes").
func (p *parser) listWord(k int) bool {
	el := p.els[k]
	switch {
	case el.kind == eLex:
		return !el.verbLike()
	case el.kind == eFunc:
		return el.fn == "coord" || el.fn == "sib" || el.fn == "det" || el.fn == "of" || p.quantityWord(k)
	case el.kind == ePunct:
		return el.fn == ","
	}
	return p.quantityWord(k)
}

// listEnd is the element where a list of things that goes on at element
// k ends: "heroin[ and cannabis] were seized", "12 knives[ plus heroin]
// were seized by Border Force". Its verb after it is the list's own
// only when no verb stands before the list (listVerbBefore): "Officers
// seized 5 knives, and a further week of action will take place" and
// "Officers seized 5 knives and heroin, and more raids will follow"
// are one clause's object and another clause.
func (p *parser) listEnd(k int) int {
	for k < len(p.els) && p.listWord(k) {
		k++
	}
	return k
}

// listVerbBefore is the verb before the list that a figure or a thing named
// at element k goes on: the walk goes back over the list's things,
// figures too ("Officers will seize heroin, 3 phones and 12 knives"),
// and stops at a clause's edge (clauseAfter): "Officers arrested 12
// people, and heroin and cannabis will be seized", "After searching the
// house, 12 knives were seized". -1 if no verb stands there.
func (p *parser) listVerbBefore(k int) int {
	v := k - 1
	for v >= 0 && (p.listWord(v) || p.els[v].kind == eAmount) && !p.clauseAfter(v) {
		v--
	}
	if v >= 0 && p.els[v].verbLike() {
		return v
	}
	return -1
}

// clauseAfter reports an element after which a clause of its own
// opens: a strong sign, a relative word, or a comma, an "and" or an "as
// well as" with a verb after it before the next sign ("12 arrests were
// made and 48 more will be seen next week", "..., and officers will
// return next week", "Officers arrested 12 people as well as 5 knives
// and heroin seized by Border Force": the knives' own verb).
func (p *parser) clauseAfter(k int) bool {
	el := p.els[k]
	if el.strong() || el.kind == eFunc && el.fn == "rel" {
		return true
	}
	if !(el.kind == ePunct || el.kind == eFunc && (el.fn == "coord" || el.fn == "sib")) {
		return false
	}
	return p.verbAfter(k + 1)
}

// detainedUnder is the words "detained ... under section N" of a
// figure whose verb is "detained" or "held" ("Officers detained 12
// people under section 23 of the Misuse of Drugs Act", "under section 1
// of PACE", "under the Misuse of Drugs Act": a detention to search, no
// arrest), or "detained ... to search" ("to search them", "for drug
// searches", "detained and searched"), "" if none. "held under arrest"
// is an arrest; "detained 12 people after searching 30 homes" may be.
func (p *parser) detainedUnder(verbs []int) string {
	toks := p.toks
	for _, v := range verbs {
		if v < 0 || v >= len(p.els) || !toks[p.els[v].from].is("detained", "detain", "held") {
			continue
		}
		for i := p.els[v].to; i < len(toks) && !toks[i].is(".", ";", ":", ","); i++ {
			if toks[i].is("under") && p.underPower(i+1) {
				// "under section 23", "under s.23", "under the Misuse of
				// Drugs Act" (review21 V30): a power to search
				return p.raw(p.els[v].from, min(i+3, len(toks)))
			}
			if toks[i].is("search", "searched") && (toks[i-1].is("to", "for", "and", "a") || i > 1 && toks[i-2].is("for")) {
				// "to search them", "for drug searches", "detained and
				// searched": held to be searched
				return p.raw(p.els[v].from, i+1)
			}
		}
	}
	return ""
}

// underPower reports the words from token i, after "under", name a
// power of the law: a section ("section 23", "s.23", "s23") or an Act
// ("the Misuse of Drugs Act", "PACE"). An operation's name ("under Op
// Brackford") is none.
func (p *parser) underPower(i int) bool {
	toks := p.toks
	if i >= len(toks) {
		return false
	}
	if toks[i].is("section", "s", "s.") || strings.HasPrefix(toks[i].norm, "s") && len(toks[i].norm) > 1 && toks[i].norm[1] >= '0' && toks[i].norm[1] <= '9' {
		return true
	}
	for j := i; j < len(toks) && j < i+7 && toks[j].kind != tPunct; j++ {
		if toks[j].is("act", "pace") {
			return true
		}
	}
	return false
}

// habitTimes are the times a habit recurs in or a future comes in:
// "every week", "next month", "the coming weeks".
var habitTimes = map[string]bool{
	"day": true, "week": true, "weekend": true, "month": true, "year": true, "night": true, "few": true, "time": true,
}

// habitWords say a thing is done as a rule; futureWords that it is to
// come.
var (
	habitWords  = map[string]bool{"weekly": true, "routinely": true, "regularly": true, "usually": true, "typically": true, "normally": true, "often": true}
	futureWords = map[string]bool{"tomorrow": true, "upcoming": true, "forthcoming": true}
)

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// clauseEdgeEl reports an element that ends a clause before the next:
// a sign, "and"/"or", or a relative word.
func (p *parser) clauseEdgeEl(k int) bool {
	el := p.els[k]
	return el.kind == ePunct || el.kind == eFunc && (el.fn == "coord" || el.fn == "rel")
}

// tellingEl reports a verb of telling at element k ("said", "confirmed",
// "revealed") that opens a reported clause without "that" after it:
// "Kent Police said Essex Police arrested 12 people" is Essex Police's
// figure, whoever tells it (review22 X15).
func (p *parser) tellingEl(k int) bool {
	el := p.els[k]
	return el.to-el.from == 1 && tellingVerbs[p.toks[el.from].norm] && el.kind != eAmount
}

// actorStance is the stance of an actor whose words begin at token i
// (element k): another body ("the NCA", "Border Force officers",
// "officers from the NCA") or the public.
func (p *parser) actorStance(i, k int) (stance, bool) {
	if end, ok := p.otherForceUnit(i); ok {
		return stance{scope: &scope{scopeOther, p.raw(i, end), k, ""}}, true // "by Essex CID"
	}
	kind, end := p.actorAt(i)
	if kind == actorNone || kind == actorOwn {
		// "officers from the NCA", "a team of Border Force officers"
		e, own := p.agentEnd(i)
		if kind == actorOwn {
			e, own = end, true // "detectives from the Met"
			for e < len(p.toks) && capitalised(p.toks[e]) && !tailPreps[p.toks[e].norm] {
				e++ // "Detective Sergeant Smith of the Met"
			}
		}
		if own && e < len(p.toks) && p.toks[e].is("from", "of", "with") {
			kind, end = p.actorAt(e + 1)
			// "seized by officers from Essex Police", "by detectives of
			// SEROCU": the force's people's words, then another's name
			if to := p.wordsEnd(e); kind == actorNone && p.force != "" {
				if sc, ok := p.namedTail(i, e, to); ok && sc.kind != scopePlace {
					return stance{scope: &scope{sc.kind, sc.words, k, ""}}, true
				}
			}
		}
		if kind == actorOwn {
			kind = actorNone
		}
	}
	for j := i; kind == actorNone && j < len(p.toks) && j < i+6 && p.toks[j].kind == tWord; j++ {
		// "officers and Border Force", "Kent Police and the NCA":
		// another body beside the force's own people did it with them
		if p.toks[j].is("and") {
			if k, e := p.actorAt(j + 1); k == actorBody {
				kind, end = k, e
			}
		}
	}
	if kind == actorNone {
		kind, end = p.severalForces(i)
	}
	words := p.raw(i, end)
	switch kind {
	case actorBody:
		if p.force == "" || p.countryWide() {
			return stance{}, false // a national text's figures are the country's, the NCA's too
		}
		return stance{scope: &scope{scopeBody, words, k, ""}}, true
	case actorPublic:
		return stance{words: words, why: fmt.Sprintf("%q says the public did it: what the public hands in or finds is no seizure or count of the force's, and the catalogue holds no figure for it", words)}, true
	}
	return stance{}, false
}

// whoClauseOther is the scope of another force or body that the clause
// of "who" after the figure's people names anywhere in it, not only
// straight after "by": "12 people who were arrested by officers from
// Essex Police were charged", "... by colleagues from the Met", "... on
// behalf of the Met", "... at the request of Essex Police", "... found
// by detectives from the NCA were safeguarded". Those people were
// another's work, and what is then counted of them is not clearly the
// force's. A place ("who live in Essex") or the public ("reported by
// members of the public") names no one who did it.
func (p *parser) whoClauseOther(m *mention) (scope, bool) {
	if p.force == "" || p.countryWide() || len(m.pre) > 0 {
		return scope{}, false // ("Officers arrested 12 people who were wanted by the Met": the force's arrests)
	}
	els := p.els
	for w := max(m.start, m.el); w < m.tailEnd && w < len(els); w++ {
		if els[w].strong() || els[w].kind == eAmount && w != m.el {
			break
		}
		if els[w].kind != eFunc || els[w].fn != "rel" || !p.toks[els[w].from].is("who") {
			continue
		}
		// the clause ends at its sign, or at the auxiliary of the
		// figure's own verb after the clause's verb
		verb := false
		end := w + 1
		for ; end < len(els) && !els[end].strong() && els[end].kind != ePunct && els[end].kind != eAmount; end++ {
			if verb && els[end].kind == eFunc && els[end].fn == "aux" {
				break
			}
			verb = verb || els[end].verbLike()
		}
		to := len(p.toks)
		if end < len(els) {
			to = els[end].from
		}
		for i := els[w].to; i < to; i++ {
			if code, e := p.forceAt(i); code != "" && code != p.force {
				return scope{scopeOther, p.raw(i, e), w, ""}, true
			}
			if k, e := p.actorAt(i); k == actorBody {
				return scope{scopeBody, p.raw(i, e), w, ""}, true
			}
			if p.properName(i) {
				return scope{scopeBody, p.raw(i, i+1), w, ""}, true
			}
		}
		break
	}
	return scope{}, false
}

// wordsEnd is the token after the words from token i: the first sign.
func (p *parser) wordsEnd(i int) int {
	for i < len(p.toks) && p.toks[i].kind == tWord {
		i++
	}
	return i
}

// whoStance is the stance of the subject opening a clause at element k
// before the figure at element fig: a words.csv actor (actorStance),
// or a name that is not the force's own (namedOther).
func (p *parser) whoStance(k, fig int) (stance, bool) {
	if s, ok := p.actorStance(p.els[k].from, k); ok {
		return s, true
	}
	if sc, ok := p.namedOther(k, fig); ok {
		return stance{scope: &sc}, true
	}
	return stance{}, false
}

// jointStance is the stance of a subject of two whose second, at
// element k after "and", is the force's own and whose first is not:
// "The NCA and Kent Police seized 5 knives" is no figure of the force's
// alone.
func (p *parser) jointStance(k, fig int) (stance, bool) {
	if k < 2 || p.els[k-1].kind != eFunc || p.els[k-1].fn != "coord" {
		return stance{}, false
	}
	j := k - 2
	for j > 0 && !p.clauseEdgeEl(j-1) {
		j--
	}
	for e := j; e < k-1; e++ {
		if p.els[e].verbLike() || p.els[e].kind == eAmount || p.els[e].kind == eFunc && p.els[e].fn == "aux" {
			return stance{}, false // "Officers seized heroin and Kent Police ..."
		}
	}
	s, ok := p.whoStance(j, fig)
	if !ok && p.force != "" && !p.countryWide() && !capsText(p.toks) {
		// "SEROCU and Kent Police": the words before "and" alone
		if sc, named := p.namedWho(p.els[j].from, p.els[k-1].from); named {
			s, ok = stance{scope: &sc}, true
		}
	}
	if ok && s.scope != nil {
		sc := *s.scope
		sc.words = p.raw(p.els[j].from, p.els[k].to)
		if _, end := p.forceAt(p.els[k].from); end > p.els[k].to {
			sc.words = p.raw(p.els[j].from, end)
		}
		s.scope = &sc
	}
	return s, ok
}

// severalForces reads several forces named as a subject from token i ("the
// forces", "other forces", "both forces", "partner forces", "the two
// forces"): their figure is theirs together, not the text's force's
// alone, as another body's is (actorBody). actorNone if none is named.
func (p *parser) severalForces(i int) (actorKind, int) {
	toks := p.toks
	j := i
	for j < len(toks) && j < i+3 && (toks[j].kind == tNum || toks[j].is("the", "other", "both", "all", "partner", "neighbouring", "neighboring", "several", "two", "three", "four", "many", "various", "these", "those")) {
		j++
	}
	if j < len(toks) && p.manyForces(j, j+1) {
		return actorBody, j + 1
	}
	return actorNone, i
}

// mentionTok is the first token of a figure's words.
func (p *parser) mentionTok(m *mention) int {
	k := m.start
	if m.el >= 0 && m.el < k {
		k = m.el
	}
	if k < 0 || k >= len(p.els) {
		return 0
	}
	return p.els[k].from
}

// saidAs is the stance of the sentence toward a figure at token at: a
// condition before it, a question, or a telling verb whose speaker is
// not the force's own and whose words it stands in.
func (p *parser) saidAs(at int) (stance, bool) {
	toks := p.toks
	for i, t := range toks {
		switch {
		case t.is("?"):
			return stance{words: "?", why: "the sentence asks: what it counts is not said to be done"}, true
		case t.is("if", "unless", "whenever") && i < at:
			return stance{words: t.text, why: fmt.Sprintf("%q says on what condition, not what was done in the week", t.text)}, true
		}
	}
	for i, t := range toks {
		if !sayingVerbs[t.norm] && !announcingVerbs[t.norm] && !showingVerbs[t.norm] && !(t.is("according") && i+1 < len(toks) && toks[i+1].is("to")) {
			continue
		}
		from, to, ok := p.speaker(i)
		if !ok || !p.governs(i, to, at) || p.ownSpeakerWords(from, to) {
			continue
		}
		if (announcingVerbs[t.norm] || showingVerbs[t.norm]) && from > i {
			continue // "12 confirmed county lines": no speaker before it
		}
		if showingVerbs[t.norm] && !p.namesOther(from, to) && !p.widerSource(from, to) && !p.widerAround(min(from, i), at) && !pronounOnly(toks[from:to]) {
			continue // "Figures show 12 people were arrested": the release's own
		}
		words := p.raw(min(from, i), max(to, i+1))
		return stance{words: words, why: fmt.Sprintf("%q gives another's words than the force's: whose figure it is, the force does not say", words)}, true
	}
	return stance{}, false
}

// pronounOnly reports a source named by a pronoun alone: "This showed
// that more than 1,300 individuals ... have been charged" shows what
// something said before found (a study, a force's records), and whose
// figures they are the words do not say.
func pronounOnly(toks []token) bool {
	for _, t := range toks {
		if !t.is("this", "that", "it", "which", "these", "those") {
			return false
		}
	}
	return len(toks) > 0
}

// widerSource reports words [from, to) of a source that shows figures
// of a whole wider than the force's ("National figures", "Regional
// figures", "Combined figures": tailWider, and its words in -ly) or of a
// body named in capitals that words.csv does not hold ("NPCC figures").
// widerAround reports figures shown whose words before the figure at
// token at name a wider area than the force's: an opening before the
// source ("Nationally, figures show ...", "Across the country, figures
// show ..."), the source's own place ("Figures for the region show
// ..."), or the shown clause's ("Figures show that nationally ...")
// (reread22 S7). A part of the force's area or the force's own names
// none.
func (p *parser) widerAround(from, at int) bool {
	if p.force == "" || p.countryWide() || p.widerSource(0, at) {
		return p.force != "" && !p.countryWide()
	}
	for k, el := range p.els {
		if el.from >= at {
			break
		}
		if sc, ok := p.placeScope(k); ok && (sc.kind == scopeWider || sc.kind == scopeOther) {
			return true
		}
	}
	for j := 0; j < at; j++ {
		t := p.toks[j]
		if j > 0 && p.toks[j-1].is("the") && t.is("region", "country", "nation") && strings.ToLower(t.text) == t.text {
			return true // "Figures for the region show ..."
		}
		if capitalised(t) && !p.notPlace(j) {
			// "England and Wales figures show ...", "South East figures"
			if ns, _ := p.names(j); len(ns) > 0 && p.judge(ns) >= scopeWider {
				return true
			}
		}
	}
	return false
}

func (p *parser) widerSource(from, to int) bool {
	for i := from; i < to && i < len(p.toks); i++ {
		n := p.toks[i].norm
		if tailWider[n] || strings.HasSuffix(n, "ly") && tailWider[strings.TrimSuffix(n, "ly")] || p.properName(i) {
			return true
		}
	}
	return false
}

// ownTelling reports tokens [from, to) that are a telling by the force's
// own speaker and no more: "officers said", "said Detective Inspector
// Smith", "according to Kent Police".
func (p *parser) ownTelling(from, to int) bool {
	for i := from; i < to; i++ {
		t := p.toks[i]
		if !sayingVerbs[t.norm] && !(t.is("according") && i+1 < to && p.toks[i+1].is("to")) {
			continue
		}
		a, b, ok := p.speaker(i)
		return ok && p.ownSpeakerWords(a, b) && min(a, i) == from && max(b, i+1) == to
	}
	return false
}

// sayingVerbs are the verbs that give someone's words.
var sayingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "added": true, "stated": true, "claimed": true, "reported": true,
}

// announcingVerbs give someone's words when their speaker stands
// before them: "Essex Police announced 12 arrests", "The NCA revealed
// that ...". After a number they are words of the figure ("12 confirmed
// lines").
var announcingVerbs = map[string]bool{
	"announced": true, "announces": true, "revealed": true, "reveals": true, "confirmed": true, "confirms": true,
	"disclosed": true, "added": true, "explained": true,
}

// showingVerbs give a source's figures when the source stands before
// them and names another than the force: "Figures released by Essex
// Police show 12 people were arrested"; "Figures show ..." is the
// release's own.
var showingVerbs = map[string]bool{"show": true, "shows": true, "showed": true, "shown": true}

// speakerSkip stand between a speaker and the telling verb: "Police have
// today said", "They've also said".
var speakerSkip = map[string]bool{"have": true, "has": true, "had": true, "did": true, "today": true, "also": true, "previously": true, "yesterday": true}

// speaker is the tokens [from, to) of the speaker of the telling verb at
// token i: the words before it back to the start of their clause
// ("Essex Police said"), or when none stand there the words after it
// ("..., said Detective Inspector Smith", "according to the NCA"). ok is
// false when the words hold a number: the verb is then a figure's own
// ("12 people were reported missing").
func (p *parser) speaker(i int) (from, to int, ok bool) {
	toks := p.toks
	if toks[i].is("according") {
		from = i + 2
		to = from
		for to < len(toks) && toks[to].kind == tWord {
			to++
		}
		return from, to, to > from
	}
	to = i
	for to > 0 && speakerSkip[toks[to-1].norm] {
		to--
	}
	from = to
	for from > 0 && toks[from-1].kind == tWord {
		from--
	}
	if from == to {
		// "Detective Inspector Smith, from the NCA, said": a name and
		// the words set off after it
		if a := p.asideBefore(to - 1); a < to {
			from, to = a, to-1
		}
	}
	if from == to {
		from = i + 1
		for from < len(toks) && speakerSkip[toks[from].norm] {
			from++
		}
		to = from
		for to < len(toks) && toks[to].kind == tWord {
			to++
		}
		to = p.asideAfter(to) // "..., said DCI Smith, of the Met."
	}
	if from == to {
		return 0, 0, false
	}
	if from > 0 && toks[from-1].kind == tNum {
		return 0, 0, false
	}
	for j := from; j < to; j++ {
		if _, n := numberWords[toks[j].norm]; n || toks[j].kind == tNum {
			return 0, 0, false
		}
	}
	return from, to, true
}

// asideOpens are the words that open an aside set off by commas after a
// speaker's name: "DI Smith, from the NCA,", "PC Jones, of the Met,",
// "Supt Brown, a spokesperson for Essex Police,", "the NCA, which led
// the work,".
var asideOpens = map[string]bool{"from": true, "of": true, "for": true, "at": true, "with": true, "a": true, "an": true, "the": true, "who": true, "which": true}

// asideBefore is where a speaker's name begins before an aside that the
// comma at token c closes ("Detective Inspector Smith, from the NCA,"):
// words after a comma that begin as asides do, and words before that
// comma back to their clause's start; c+1 if none stand there.
func (p *parser) asideBefore(c int) int {
	toks := p.toks
	if c <= 0 || !toks[c].is(",") {
		return c + 1
	}
	a := c
	for a > 0 && toks[a-1].kind == tWord {
		a--
	}
	if a == c || a < 2 || !toks[a-1].is(",") || !asideOpens[toks[a].norm] {
		return c + 1
	}
	from := a - 1
	for from > 0 && toks[from-1].kind == tWord {
		from--
	}
	if from == a-1 {
		return c + 1
	}
	return from
}

// asideAfter is the end of a speaker's name ending at token to with the
// aside set off after it, up to a comma or the sentence's end
// (", said DCI Smith, of the Met."); to if none stands there.
func (p *parser) asideAfter(to int) int {
	toks := p.toks
	if to+1 >= len(toks) || !toks[to].is(",") || !asideOpens[toks[to+1].norm] {
		return to
	}
	e := to + 1
	for e < len(toks) && toks[e].kind == tWord {
		e++
	}
	if e < len(toks) && !toks[e].is(",", ".") {
		return to
	}
	return e
}

// governs reports the words of the telling verb at token i, whose
// speaker ends at token to, standing over a figure at token at: a
// figure after the verb is what it tells ("Essex Police said 12 people
// were arrested"); one before it only when the telling ends the
// sentence, no figure after it ("12 people were arrested, the NCA said").
func (p *parser) governs(i, to, at int) bool {
	if at > i {
		return true
	}
	for j := max(i, to); j < len(p.toks); j++ {
		if p.toks[j].kind == tNum {
			return false
		}
	}
	return true
}

// ownSpeakerWords reports a speaker, tokens [from, to), who is the
// text's own force: its name or its officers ("Kent Police", "the
// force", "Officers", "A Kent Police spokesperson", "a spokesperson for
// Kent Police"), an officer by rank ("Detective Inspector Smith", "DCI
// Jones of Kent Police"), or one already named ("She", "They"); and no
// other force or body named among them ("A spokesperson for Essex
// Police", "officers from the NCA").
func (p *parser) ownSpeakerWords(from, to int) bool {
	toks := p.toks
	if p.ownUnitSpeaker(from, to) {
		return true // "DI Smith, of Kent Police's County Lines Team"
	}
	if p.namesOther(from, to) {
		return false
	}
	if to-from == 1 && toks[from].is("he", "she", "they", "we", "it", "theyve", "weve") {
		return !p.otherBefore // "Essex Police's Supt Smith welcomed the results. She said ..."
	}
	if end, ok := p.agentEnd(from); ok && end > from {
		return true
	}
	i := from
	for i < to && toks[i].is("the", "a", "an", "our", "its", "their") {
		i++
	}
	if code, _ := p.forceAt(i); code != "" && (code == p.force || p.force == "") {
		return true // "Kent Police's Detective Inspector Smith", "a Kent Police spokesperson"
	}
	k, _ := p.actorAt(i)
	return k == actorOwn
}

// namesOther reports words [from, to) naming another than the force:
// another force, or its area ("Officers in Essex"), another body or the
// public (words.csv actors), or a name namedWho judges another's ("A
// spokesman for the Met", "DCI Smith of SEROCU").
func (p *parser) namesOther(from, to int) bool {
	for j := from; j < to; j++ {
		if code, _ := p.forceAt(j); code != "" && p.force != "" && code != p.force {
			return true // (a text whose force is not known: any force's words)
		}
		if k, _ := p.actorAt(j); k == actorBody || k == actorPublic {
			return true
		}
		if p.force != "" && j > from && p.toks[j-1].is("in", "from") {
			if ns, _ := p.names(j); len(ns) == 1 && p.r.placeForce[ns[0].key] != "" && p.r.placeForce[ns[0].key] != p.force {
				return true // "Officers in Essex"
			}
		}
	}
	_, ok := p.namedWho(from, to)
	return ok
}

// otherPerson is whether, after this sentence, a pronoun speaker is
// another's (before: whether it was before it): the sentence's subject
// or a telling's speaker names another force's or body's person
// ("Essex Police's Supt Smith welcomed the results", "A spokesperson
// for the NCA said ..."): yes; the force's own officer by rank ("DCI
// Jones said ..."): no; else as before.
func (p *parser) otherPerson(before bool) bool {
	toks := p.toks
	var spans [][2]int
	e := 0
	for e < len(toks) && toks[e].kind == tWord && (capitalised(toks[e]) || tailPreps[toks[e].norm] || agentWords[toks[e].norm] || toks[e].is("the", "a", "an")) {
		e++
	}
	e = p.asideAfter(e) // "DCI Smith, from the NCA, welcomed the results."
	spans = append(spans, [2]int{0, e})
	for i, t := range toks {
		if sayingVerbs[t.norm] {
			if from, to, ok := p.speaker(i); ok {
				spans = append(spans, [2]int{from, to})
			}
		}
	}
	for _, s := range spans {
		if s[1] <= s[0] {
			continue
		}
		if p.namesOther(s[0], s[1]) {
			return true
		}
		for j := s[0]; j < s[1]; j++ {
			if k, _ := p.actorAt(j); k == actorOwn {
				return false
			}
		}
	}
	return before
}

// agentWords name the force's own people as the agent of a passive:
// "seized by officers", "by the force", "by police".
var agentWords = map[string]bool{
	"officers": true, "officer": true, "police": true, "force": true, "detectives": true, "detective": true, "teams": true, "team": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true,
}

// ownAgent reports the words after "by" from token i naming the text's
// own force or its officers, and nothing more before the clause ends:
// "by officers", "by the force", "by Kent Police" (for Kent's text).
// "by officers from Essex Police", "by Border Force", "by the NCA": no.
func (p *parser) ownAgent(i int) bool {
	i, ok := p.agentEnd(i)
	toks := p.toks
	return ok && (i >= len(toks) || toks[i].kind != tWord || toks[i].is("and", "during", "as"))
}

// agentEnd reads words naming the text's own force or its officers from
// token i ("officers", "the force", "Kent Police" in Kent's text), and
// returns the token after them.
func (p *parser) agentEnd(i int) (int, bool) {
	toks := p.toks
	for i < len(toks) && toks[i].is("the", "our", "its", "their", "a", "an") {
		i++
	}
	named := false
	if code, end := p.forceAt(i); code != "" {
		if code != p.force {
			return i, false
		}
		i, named = end, true // "Kent Police", "a Kent Police spokesperson"
	}
	n := 0
	for ; i < len(toks) && agentWords[toks[i].norm]; i++ {
		n++
	}
	return i, named || n > 0
}

// presentAux are the present forms of "be": a passive in the present
// simple or progressive.
var presentAux = map[string]bool{"is": true, "are": true, "am": true}

// Who a subject or a speaker names, when no words.csv actor opens it.
// The force's own people are named by its name, its officers' words or
// ranks ("Kent Police officers", "Detectives", "DCI Smith", "A
// spokesman for Kent Police"); a name that is neither is not the
// force's: another force ("BTP", "the Met", "Essex Police"), or a body
// the grammar does not know, named in capitals ("SEROCU", "UK Border
// Agency officers") or by the word a body's name ends in ("the Borough
// Council"), or the force's people "of", "for" or "from" such a name
// ("DCI Smith of the Met", "A spokesman for SEROCU"). More than one
// force ("the two forces") is no one force's. The force's own team
// with a name of its own ("Officers from Kent Police's Medway team")
// is a part of it; a team named in ordinary words ("Officers from the
// Gangs Unit") may be its own, and reads. A text whose force is not
// known judges none of this.

// jointWords open a subject done together: "Together the two forces".
var jointWords = map[string]bool{"together": true, "jointly": true, "both": true}

// tailPreps tie a force's people to whose they are: "DCI Smith of the
// Met", "a spokesman for Essex Police", "officers from SEROCU".
var tailPreps = map[string]bool{"of": true, "for": true, "from": true, "at": true, "with": true}

// namedOther is the scope of the subject opening the clause at element
// k, when it names another than the force (see above) and the clause
// it opens is the figure's, at element fig: no clause of its own opens
// between its verb and the figure ("A man from Wendham Green was
// arrested and 48 people were charged": Wendham Green did not charge).
func (p *parser) namedOther(k, fig int) (scope, bool) {
	if p.force == "" || p.countryWide() || capsText(p.toks) {
		return scope{}, false
	}
	i := p.els[k].from
	for j := max(0, i-5); j < i; j++ {
		if p.r.placeAt(p.toks, j) > i-j {
			return scope{}, false // "Avon and Somerset Police": inside one name
		}
	}
	to, v := len(p.toks), len(p.els)
	for e := k; e < len(p.els); e++ {
		el := p.els[e]
		if el.kind == eAmount && e+1 < len(p.els) && forceWords[p.toks[p.els[e+1].from].norm] {
			continue // "the two forces"
		}
		if el.kind == eLex && el.to == el.from+1 && funcWords[p.word(e)] != "" {
			continue // "Officers from ...": a grammar word the lexicon knows
		}
		if el.verbLike() || el.kind == eAmount || el.kind == ePunct || el.kind == eFunc && (el.fn == "aux" || el.fn == "say") {
			to, v = el.from, e
			break
		}
	}
	for e := v; e < fig && e < len(p.els); e++ {
		if el := p.els[e]; el.strong() || el.kind == eFunc && el.fn == "rel" || e > v && p.clauseEdgeEl(e) && p.verbAfter(e+1) {
			return scope{}, false
		}
	}
	return p.namedWho(i, to)
}

// verbAfter reports a verb or an auxiliary from element k to the next
// sign: a clause of its own opens before it.
func (p *parser) verbAfter(k int) bool {
	for j := k; j < len(p.els) && p.els[j].kind != ePunct; j++ {
		if e := p.els[j]; e.verbLike() || e.kind == eFunc && e.fn == "aux" {
			return true
		}
	}
	return false
}

// namedWho judges the words [i, to) naming who did or said a figure:
// the scope they give when they name another than the force's own.
func (p *parser) namedWho(i, to int) (scope, bool) {
	if p.force == "" {
		return scope{}, false // a text whose force is not known: anyone's may be its own
	}
	toks := p.toks
	j := i
	for j < to && (jointWords[toks[j].norm] || toks[j].is("the", "a", "an")) {
		j++
	}
	if j >= to {
		return scope{}, false
	}
	// more than one force: "the two forces", "both forces"
	for e := j; e < to; e++ {
		if t := toks[e]; forceWords[t.norm] && plural(t) && !t.is("officer") {
			return scope{scopeWider, p.raw(i, e+1), p.elemAt(i), ""}, true
		}
	}
	if code, end := p.forceAt(j); code != "" {
		if code != p.force {
			return scope{scopeOther, p.raw(i, end), p.elemAt(i), ""}, true
		}
		if p.ownPart(j, to) {
			return scope{scopePlace, p.raw(i, to), p.elemAt(i), ""}, true
		}
		return p.namedTail(i, end, to)
	}
	if end, ok := p.otherForceUnit(j); ok {
		return scope{scopeOther, p.raw(i, end), p.elemAt(i), ""}, true
	}
	if kind, end := p.actorAt(j); kind == actorOwn {
		for end < to && capitalised(toks[end]) && !tailPreps[toks[end].norm] {
			end++ // "DCI Smith", "Detective Inspector Jane Smith"
		}
		return p.namedTail(i, end, to)
	}
	if end, own := p.agentEnd(j); own {
		return p.namedTail(i, end, to)
	}
	// a name the grammar does not know: a word in capitals, or a
	// capital inside the sentence, before words of officers or the verb
	e := j
	named := false
	for ; e < to && capitalised(toks[e]); e++ {
		if p.properName(e) {
			named = true
		}
	}
	for e < to && (agentWords[toks[e].norm] || toks[e].is("staff")) {
		if toks[e].is("police", "force", "constabulary") {
			return scope{}, false // "West Mids force": a force's name the catalogue does not hold
		}
		e++
	}
	if named && e == to {
		return scope{scopeBody, p.raw(i, to), p.elemAt(i), ""}, true
	}
	return scope{}, false
}

// namedTail judges the words [end, to) after the force's own people
// named from token i: "of the Met", "for SEROCU" name another;
// "of Kent Police", "from the county lines team" do not; "Kent Police's
// Medway team" names a part of the force.
func (p *parser) namedTail(i, end, to int) (scope, bool) {
	toks := p.toks
	if end+1 < to && toks[end].is(",") {
		end++ // "DCI Smith, of SEROCU"
	}
	if end >= to || !tailPreps[toks[end].norm] {
		return scope{}, false
	}
	k := end + 1
	if code, e := p.forceAt(k); code != "" {
		if code != p.force {
			return scope{scopeOther, p.raw(i, e), p.elemAt(i), ""}, true
		}
		if p.ownPart(k, to) {
			return scope{scopePlace, p.raw(i, to), p.elemAt(i), ""}, true
		}
		return p.namedTail(i, e, to)
	}
	if kind, _ := p.actorAt(k); kind == actorBody {
		return scope{scopeBody, p.raw(i, to), p.elemAt(i), ""}, true
	}
	if end, ok := p.otherForceUnit(k); ok {
		return scope{scopeOther, p.raw(i, end), p.elemAt(i), ""}, true // "Officers from Essex CID"
	}
	for k < to && toks[k].is("the", "a", "an") {
		k++
	}
	for e := k; e < to; e++ {
		if p.properName(e) {
			return scope{scopeBody, p.raw(i, to), p.elemAt(i), ""}, true // "DCI Smith of SEROCU", "officers from the Border Agency"
		}
	}
	return scope{}, false
}

// otherForceUnit reports, at token i (after an article), a place of another
// force's area before the force's own ranks or departments ("Essex CID",
// "Sussex PCSOs", "the Hertfordshire Special Constabulary"): that
// force's unit, as "Officers from Essex" are its officers; and the
// token after the unit's words. A place of the force's own area ("Medway
// CID", "Kent CID") is its own unit.
func (p *parser) otherForceUnit(i int) (int, bool) {
	toks := p.toks
	if p.force == "" {
		return i, false
	}
	if i < len(toks) && toks[i].is("the") {
		i++
	}
	n, f := 0, ""
	for e := i + 1; e <= len(toks) && e <= i+4 && capitalised(toks[e-1]); e++ {
		if code := p.r.placeForce[placeKey(toks[i:e])]; code != "" {
			n, f = e-i, code // "Essex", "the Met"
		}
	}
	if m := p.r.placeAt(toks, i); m > n && p.r.placeForce[placeKey(toks[i:i+m])] != "" {
		n, f = m, p.r.placeForce[placeKey(toks[i:i+m])] // "Hampshire and Isle of Wight"
	}
	if n == 0 || f == p.force {
		return i, false
	}
	if k, end := p.actorAt(i + n); k == actorOwn {
		return end, true
	}
	return i, false
}

// ownPart reports, in the words [k, to) from the force's own name, a
// name of its own after the name's possessive: "Kent Police's Medway
// team", a part of the force; a rank there names its officer.
func (p *parser) ownPart(k, to int) bool {
	for e := k; e+1 < to; e++ {
		if t := p.toks[e].text; (strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s")) && capitalised(p.toks[e+1]) {
			k, _ := p.actorAt(e + 1)
			return k != actorOwn // "Kent Police's Detective Sergeant Brown" is its officer
		}
	}
	return false
}

// unitHeads end the name of a unit of a force named by what it does:
// "County Lines Team", "Drugs Unit", "Organised Crime Task Force".
var unitHeads = map[string]bool{"team": true, "unit": true, "squad": true, "taskforce": true, "force": true, "hub": true}

// ownUnitSpeaker reports the words [from, to) of a speaker that name one
// of the force's own officers by the unit of the force they serve in,
// named by what it does: "Detective Inspector Smith, of Kent Police's
// County Lines Team" (for Kent's text). The officer speaks for the
// force, as "..., of Kent Police," and "..., from the force's Gangs
// Unit," do; ownPart judges the same words as a subject ("Kent
// Police's County Lines Team arrested 12 people": a part). The unit's
// name is words the grammar knows and a unit's head: a name nobody
// taught us ("Kent Police's Medway team": a district, a place) is no
// unit's.
func (p *parser) ownUnitSpeaker(from, to int) bool {
	toks := p.toks
	for to > from && toks[to-1].is(",") {
		to--
	}
	if p.force == "" || to-from < 5 || !unitHeads[toks[to-1].norm] {
		return false
	}
	for k := from + 1; k < to; k++ {
		if !toks[k-1].is(",") || !tailPreps[toks[k].norm] {
			continue
		}
		if code, _ := p.forceAt(k + 1); code != p.force || p.namesOther(from, k) {
			return false
		}
		end := k + 2 // the force's name ends at its possessive
		for end < to && !strings.HasSuffix(toks[end-1].text, "'s") && !strings.HasSuffix(toks[end-1].text, "’s") {
			end++
		}
		if end >= to {
			return false
		}
		for e := end; e < to-1; {
			if _, n := p.r.lex.match(toks, e); n > 0 {
				e += n
				continue
			}
			if !agentWords[toks[e].norm] && !unitHeads[toks[e].norm] {
				return false
			}
			e++
		}
		return true
	}
	return false
}

// properName reports a capitalised word at token i written as the name
// of another body: in capitals ("SEROCU", "UK"), or the word that ends
// a body's name ("Agency"), and no word the grammar knows, nor a month,
// a day, a place of the catalogue or a rank, nor a road's number ("the
// M20"). A name of ordinary words
// ("the Gangs Unit") may be the force's own team's.
func (p *parser) properName(i int) bool {
	t := p.toks[i]
	if !capitalised(t) || p.notPlace(i) || p.r.placeAt(p.toks, i) > 0 {
		return false
	}
	if k, _ := p.actorAt(i); k != actorNone {
		return false
	}
	// "the NCLCC's records": the name before its possessive
	letters := strings.Trim(strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s"), ".'’")
	if roadNumber(letters) {
		return false // a road: "the M20", "the A249"
	}
	return len(letters) > 1 && letters == strings.ToUpper(letters) || bodyHeads[t.norm]
}

// roadNumber reports a road's number: M, A or B and digits ("M20",
// "A249", "B2067"). Another body's unit with a figure in its name
// ("SO15", "SCO19", "G4S") is no road.
func roadNumber(w string) bool {
	if len(w) < 2 || !strings.ContainsRune("MAB", rune(w[0])) {
		return false
	}
	return strings.Trim(w[1:], "0123456789") == ""
}

// bodyHeads end the names of bodies that are no police force nor a part
// of one: "the UK Border Agency", "the Borough Council". A unit or a
// team ("the Gangs Unit") may be the force's own.
var bodyHeads = map[string]bool{"agency": true, "council": true, "authority": true, "commission": true, "department": true, "ministry": true}

// BodyIn is the name of another body than a police force that words
// name anywhere ("includes NCA arrests", "supported by Border Force"),
// as words.csv's actors of meaning body give them, or "". Beside a
// figure, such words say the count is, or holds, another's.
func (r *Reader) BodyIn(words string) string {
	p := &parser{r: r, src: words, toks: tokenize(words)}
	for i := range p.toks {
		if k, end := p.actorAt(i); k == actorBody {
			return words[p.toks[i].start:p.toks[end-1].end]
		}
	}
	return ""
}

// presentSimple is the words of a figure's verb at element v said in
// the present simple with no auxiliary ("Officers seize 12 knives",
// "Police recover knives and machetes"): what is done as a rule, not
// what was done in the week; "" if the verb is past or has another
// form. A verb is present when its word with "d" or "ed" is a verb the
// lexicon knows ("seize" of "seized") and the word before it is its
// subject's, not "to", an auxiliary or a modal.
func (p *parser) presentSimple(v int) string {
	el := p.els[v]
	if p.cell || el.to-el.from != 1 || el.from == 0 {
		return ""
	}
	t := p.toks[el.from]
	w := lowerText(t)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return ""
	}
	j := el.from - 1
	for j > 0 && p.toks[j].is("also", "now", "then") {
		j--
	}
	prev := p.toks[j]
	if last := p.toks[len(p.toks)-1]; !last.is(".") {
		return "" // a headline's present tells of the week: "Police arrest 27 in crackdown"
	}
	if funcWords[prev.norm] != "" || j+2 < len(p.toks) && p.toks[j+2].is("of") || p.nounAfterNumber(v) {
		return "" // a noun: "the seizure of", "A total 26 arrests", "Four other arrests"
	}
	for k := j - 1; k >= 0 && k >= j-3 && p.toks[k].kind == tWord; k-- {
		if p.toks[k].is("saw", "see", "sees", "seen", "help", "helped", "helps", "let", "made", "make", "watched", "had") {
			return "" // "saw officers arrest 13 people": the week's
		}
	}
	if prev.kind != tWord || prev.is("to", "and", "or", "who", "that", "which", "not", "did", "do", "does", "will", "would", "can", "could", "may", "might", "must", "should", "shall") || presentAux[prev.norm] || modals[prev.norm] {
		return ""
	}
	if v > 0 && p.els[v-1].kind == eFunc && p.els[v-1].fn == "aux" {
		return ""
	}
	stems := []string{w}
	if s, ok := strings.CutSuffix(w, "s"); ok {
		stems = append(stems, s)
	}
	for _, s := range stems {
		for _, past := range []string{s + "d", s + "ed"} {
			if _, ok := p.r.lex.all[normPhrase(past)]; ok && s != "" {
				return p.raw(j+1, el.to)
			}
		}
	}
	return ""
}

// nounAfterNumber reports the word at element v as the noun of a number
// before it: the number, or a word of quantity, then only words of the
// catalogue that narrow what is counted and no verb or person ("Four
// other arrests were made", "17 drug-related arrests", "54 drug
// seizures", "multiple arrests"). A present verb's subject stands
// there instead, a word nobody taught us or a person ("One officer
// arrests 12 people").
func (p *parser) nounAfterNumber(v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		el := p.els[k]
		if el.kind == eAmount || p.quantityWord(k) {
			return true
		}
		if el.kind != eLex || el.verbLike() || slices.ContainsFunc(el.e.senses, func(s sense) bool { return s.role == rPerson }) {
			return false
		}
	}
	return false
}

// otherOperation is words of the figure's stretch that make what it
// counts another body's work: its operation ("during an NCA-led
// operation", "in an operation led by the NCA", "during a Met
// operation") or its help set off after the figure ("Officers
// arrested 12 people, supported by the NCA", "..., helped by Border
// Force"), as "Officers, supported by the NCA, arrested" before it is
// (openerBy). A partner named with the force's officers ("Working with
// Essex Police, officers ...", "in a joint operation with Merseyside
// Police": phrasebook p216, the force's own) is no such words.
func (p *parser) otherOperation(m *mention) (stance, bool) {
	from, to := min(m.start, len(p.els)-1), min(m.end, len(p.els))
	for from > 0 && !p.els[from-1].strong() {
		from--
	}
	for to < len(p.els) && !p.els[to].strong() {
		to++
	}
	a, b := p.els[from].from, len(p.toks)
	if to < len(p.els) {
		b = p.els[to].from
	}
	toks := p.toks
	other := func(i int) (int, bool) {
		if kind, end := p.actorAt(i); kind == actorBody {
			return end, true
		}
		if code, end := p.forceAt(i); code != "" && code != p.force {
			return end, true
		}
		return i, false
	}
	for i := a; i < b; i++ {
		t := toks[i]
		switch {
		case t.is("led") && t.glued && i > a, t.is("operation", "operations") && i > a && !t.glued:
			// "an NCA-led operation", "a Met-led operation", "during a
			// Met operation"
			for j := max(a, i-4); j < i; j++ {
				if end, ok := other(j); ok && end == i {
					return stance{scope: &scope{scopeBody, p.raw(j, i+1), m.start, ""}}, true
				}
			}
		case t.is("led", "supported", "helped", "assisted", "aided", "backed") && i+1 < b && toks[i+1].is("by") && (t.is("led") || i > a && toks[i-1].is(",")):
			// "an operation led by the NCA"; ", supported by the NCA"
			// set off after the figure
			if end, ok := other(i + 2); ok {
				return stance{scope: &scope{scopeBody, p.raw(i, end), m.start, ""}}, true
			}
		}
	}
	return stance{}, false
}
