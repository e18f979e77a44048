package phrase

import (
	"regexp"
	"strings"
)

// A figure whose own verb is not said as done is no count of the week:
// a modal before it says a plan, a forecast or a possibility ("Officers
// will visit 12 cuckooed addresses", "12 people could be charged",
// "officers would close 12 lines"), and a verb of intention before its
// "to" says a hope or an aim ("Officers hope to close 12 county lines",
// "plan to visit 40 schools", "12 people are expected to be charged").
// The figure is refused with a message naming the word.

// intentions are the words of intention or expectation before "to" and a
// verb: what follows is meant or expected, not done.
var intentions = map[string]bool{
	"hope": true, "hoped": true, "hoping": true, "plan": true, "planned": true, "planning": true,
	"aim": true, "aimed": true, "aiming": true, "intend": true, "intended": true, "intending": true,
	"expect": true, "expected": true, "expecting": true, "want": true, "wanted": true, "wanting": true,
	"seek": true, "sought": true, "seeking": true, "going": true, "due": true, "likely": true,
	"vow": true, "vowed": true, "pledge": true, "pledged": true, "promise": true, "promised": true,
	"set": true, "hopes": true, "plans": true, "aims": true, "intends": true, "expects": true, "wants": true, "seeks": true,
	"vows": true, "pledges": true, "promises": true, "unlikely": true, "try": true, "tried": true, "trying": true,
	"attempt": true, "attempted": true, "attempting": true,
	// "came close to closing 12 lines", "were near to arresting": not done
	"close": true, "near": true,
	"anticipate": true, "anticipated": true, "anticipates": true, "anticipating": true,
}

// readyTo are words that say, only before "to" and a verb, that what
// follows is about to be done, not done (review25 W16, W17): "are
// poised to close", "were about to close", "are on course to close",
// "applied to execute 12 warrants", "are preparing to visit". A cell's
// "about 43" is no such word (NotDoneIn does not look at these).
var readyTo = map[string]bool{
	"poised": true, "about": true, "course": true, "ready": true, "preparing": true, "prepared": true,
	"apply": true, "applied": true, "applies": true, "applying": true,
}

// shortOf are the words before "of" and a verb in -ing that say it was
// not done (reread25 P15, review25 W16): "fell short of closing 3
// lines", "stopped short of arresting", "on the verge of closing", "on
// the brink of closing".
var shortOf = map[string]bool{"short": true, "verge": true, "brink": true}

// notQuite are the words straight before a figure's verb (or its noun)
// that say it was not done, or is still needed (review25 W16, reread25
// P16): "Officers nearly arrested 12 people", "almost closed 3 county
// lines", "12 people ... need safeguarding". "nearly 12 people" is a
// hedge on the number, not on the verb.
var notQuite = map[string]bool{
	"nearly": true, "almost": true, "need": true, "needs": true, "needed": true, "needing": true,
	"require": true, "requires": true, "required": true, "requiring": true,
}

// verbFillers stand between a modal or "to" and its verb: "will also be
// visited", "could have been charged", "to be charged".
var verbFillers = []string{"be", "been", "have", "also", "now", "then", "soon", "all", "both", "later", "subsequently", "further", "still", "yet"}

// notDone is the word that says the figure's verb is not done (a modal,
// or a verb of intention before "to"), "" if none: see above.
func (p *parser) notDone(m *mention) string {
	vs := append(append([]int{}, m.pre...), m.verbs...)
	for i := 0; i < len(vs); i++ {
		v := vs[i]
		if v < 0 || v >= len(p.els) {
			continue
		}
		if i < len(m.pre)+len(m.verbs) {
			vs = append(vs, p.coordinated(v)...) // "will arrest 12 people and seize 5 knives"
		}
		if w := p.deniedSubject(v); w != "" {
			return w
		}
		j := p.els[v].from - 1
		for j >= 0 && p.toks[j].is(verbFillers...) {
			j--
		}
		if j < 0 {
			continue
		}
		if t := p.toks[j]; modals[t.norm] || t.is("shall", "allegedly", "reportedly") || notQuite[t.norm] {
			return t.text // "Heroin was allegedly seized": said, not known done
		}
		if w := p.aheadOf(j); w != "" {
			return w
		}
		if p.toks[j].is("to", "of") && j > 0 {
			k := j - 1
			if p.toks[j].is("to") && (intentions[p.toks[k].norm] || intentions[lowerText(p.toks[k])] || readyTo[p.toks[k].norm]) {
				return p.toks[k].text + " to"
			}
			if p.toks[j].is("to") && p.toks[k].is("able") && k > 0 && notQuite[p.toks[k-1].norm] {
				return p.raw(k-1, j+1) // "were nearly able to close"
			}
			if p.toks[j].is("of") && shortOf[p.toks[k].norm] {
				return p.toks[k].text + " of"
			}
			if p.toks[j].is("to") && p.toks[j+1].is("be") && !strings.HasSuffix(p.toks[k].norm, "ed") && !p.toks[k].is("on", "found", "shown", "seemed", "thought", "known") {
				// "with 54 warrants to be executed", "54 warrants are
				// to be executed": still to do (review21 V23); "went on
				// to be charged" is done, and "adults considered to be
				// at risk" says what they are
				return "to be"
			}
			if w := p.aimBefore(k); w != "" {
				return w
			}
		}
	}
	return ""
}

// aheadWords put a thing named by its verb's noun after the time of
// the sentence: "Ahead of the shutdown of 7 county lines, officers
// arrested 12 people": the shutdown is still to come.
var aheadWords = []string{"ahead of", "in advance of", "in preparation for", "in readiness for"}

// aheadOf is the words of aheadWords and an article ending at token k,
// before a verb's noun, "" if none stand there.
func (p *parser) aheadOf(k int) string {
	if k < 2 || !p.toks[k].is("the", "a", "an") {
		return ""
	}
	for _, w := range aheadWords {
		n := strings.Count(w, " ") + 1
		if k-n < 0 {
			continue
		}
		var ws []string
		for _, t := range p.toks[k-n : k] {
			ws = append(ws, t.norm)
		}
		if strings.Join(ws, " ") == w {
			return p.raw(k-n, k+1)
		}
	}
	return ""
}

// aimNouns name an aim: "the aim was to close 12 lines", "in a bid to
// close", "with the intention of closing". A figure whose verb they
// govern is meant, not done.
var aimNouns = map[string]bool{
	"aim": true, "plan": true, "target": true, "goal": true, "objective": true, "ambition": true,
	"intention": true, "purpose": true, "mission": true, "hope": true, "bid": true, "effort": true,
	"order": true, "view": true, "attempt": true, "commitment": true, "pledge": true, "promise": true,
}

// aimsOf are the aims said with "of" and a verb in -ing: "with the aim
// of closing", "the intention of visiting"; "in view of" says no aim.
var aimsOf = map[string]bool{"aim": true, "intention": true, "objective": true, "purpose": true, "goal": true, "hope": true}

// aimBefore is the words of an aim that govern a verb after "to" or "of"
// ending at token k, "" if none: the aim's noun at k ("in a bid to", "the
// aim of"), or a copula at k after it ("the plan is to", "Our aim
// this week was to").
func (p *parser) aimBefore(k int) string {
	t := p.toks[k]
	if aimNouns[t.norm] && (p.toks[k+1].is("to") || aimsOf[t.norm]) {
		return t.text + " " + p.toks[k+1].text
	}
	if !t.is("is", "was", "are", "were", "remains") {
		return ""
	}
	for i := k - 1; i >= 0 && i >= k-4 && p.toks[i].kind == tWord; i-- {
		if aimNouns[p.toks[i].norm] {
			return p.raw(i, k+2)
		}
	}
	return ""
}

func lowerText(t token) string {
	b := []byte(t.text)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// NotDoneIn is the word of a return's value cell that says what its
// figure counts is not done (yet), "" if none: a modal ("43 will be
// made", "6 could be executed"), "to be" or "to have" after the figure or
// its words ("6 to be executed", "43 arrests still to be made"; not "what
// is believed to be crack", which says what a thing is), a word of
// intention or expectation ("12 planned", "6 intended"), or a day, week
// or month to come ("6 executed next week"). A cell holds no verb of its
// own before the figure for notDone to weigh, so the words are looked
// for anywhere in it.
func NotDoneIn(text string) string {
	toks := tokenize(text)
	for i, t := range toks {
		switch {
		case t.kind != tWord:
		case modal(t) || t.is("shall", "cannot", "can't", "won't"):
			return t.text // "May" is the month
		case t.is("to") && i+1 < len(toks) && toks[i+1].is("be", "have") && (i == 0 || !sayingWhat[toks[i-1].norm]) &&
			!provisionalAt.MatchString(text[t.start:]): // "to be confirmed": provisional, Provisional's
			return t.text + " " + toks[i+1].text
		case intentions[t.norm] && !t.is("want", "wanted", "wanting", "wants", "set", "going", "due", "try", "tried", "trying"):
			return t.text
		case t.is("next", "upcoming", "forthcoming", "cancelled", "canceled", "postponed", "abandoned"):
			return t.text // "cancelled": never done
		}
	}
	return ""
}

// sayingWhat are the words before "to be" that say what a thing is
// believed or found to be, not what is still to be done: "what is
// believed to be crack", "found to be stolen".
var sayingWhat = map[string]bool{
	"believed": true, "thought": true, "suspected": true, "understood": true, "deemed": true, "considered": true,
	"said": true, "alleged": true, "reported": true, "known": true, "found": true, "appear": true, "appears": true,
	"appeared": true, "seem": true, "seems": true, "seemed": true, "proved": true, "proven": true, "shown": true,
}

// provisionalAt is provisional wording at the start of words.
var provisionalAt = regexp.MustCompile(`(?i)^` + provisional)

// coordinated are the words of the lexicon before element v, back to a
// strong sign or to the first that has a subject of its own, when v
// shares its subject with them and so their modal or aim: "Officers
// will arrest 12 people and seize 5 knives", "hope to arrest 12 people
// and (to) seize knives", "will make 12 arrests, seize 5 knives and
// close 3 lines". A verb with a subject of its own ("and officers
// seized") has none. Every word is returned, not only verbs: the verb
// before may be a word the lexicon knows as a noun ("will charge 19
// people", "will visit 3 schools"); notDone looks only at what stands
// before each.
func (p *parser) coordinated(v int) []int {
	j := p.els[v].from - 1
	for j >= 0 && p.toks[j].is(verbFillers...) {
		j--
	}
	if j >= 0 && p.toks[j].is("to") {
		j--
	}
	if j < 0 || !(p.toks[j].is("and", "or", "then") || p.toks[j].text == ",") {
		return nil
	}
	if p.toks[j].text == "," && p.relativeEnds(j) {
		return nil
	}
	var out []int
	for k := v - 1; k >= 0 && !p.els[k].strong(); k-- {
		el := p.els[k]
		if el.to <= j && el.kind == ePunct && el.fn == "," && p.relativeEnds(el.from) {
			break // "Officers, who will ..., arrested 12 people and seized"
		}
		if el.to > j || el.kind != eLex {
			continue
		}
		out = append(out, k)
		if (el.verbLike() || el.hasRole(rAction)) && k > 0 && (p.els[k-1].kind == eLex || p.els[k-1].kind == eUnknown) {
			break // its own subject: "Officers who will visit schools arrested 12 people and seized"
		}
	}
	return out
}

// relativeEnds reports the comma at token j closing a relative clause
// set between commas straight after the sentence's subject: "Officers,
// who are preparing to close more lines, arrested 12 people" (review26
// W12). The verbs after it have the subject before the clause, not the
// clause's modal or aim. Only a subject stands before the clause: up to
// four nouns or articles ("Officers" is no word of the lexicon), no
// verb, auxiliary, figure or other comma ("Officers will visit
// schools, which are closed, arrest ..." is no such clause).
func (p *parser) relativeEnds(j int) bool {
	k := len(p.els) - 1
	for k >= 0 && p.els[k].from > j {
		k--
	}
	if k < 0 || p.els[k].kind != ePunct || p.els[k].fn != "," {
		return false
	}
	for k--; k >= 0 && !p.els[k].strong(); k-- {
		if p.els[k].kind != ePunct || p.els[k].fn != "," {
			continue
		}
		if k+1 >= len(p.els) || p.els[k+1].kind != eFunc || p.els[k+1].fn != "rel" || !p.toks[p.els[k+1].from].is("who", "which", "whom", "whose") {
			return false
		}
		n := 0
		for i := k - 1; i >= 0 && !p.els[i].strong(); i-- {
			el := p.els[i]
			n++
			if n > 4 || !((el.kind == eLex || el.kind == eUnknown) && !el.verbLike() && !el.hasRole(rAction) || el.kind == eFunc && el.fn == "det") {
				return false
			}
		}
		return n > 0
	}
	return false
}

// deniedSubject is "No" or "None of" opening the clause of verb v when
// only its subject and auxiliaries stand between them ("No drugs were
// seized", "None of the heroin was seized"): nothing was done, so
// neither the things said beside the verb ("along with 3 knives") are
// its; "" if not so (review29 R7). A figure, a comma, "and" or another
// verb between says more than a subject, and is not weighed.
func (p *parser) deniedSubject(v int) string {
	k := v - 1
	for ; k >= 0 && !p.els[k].strong(); k-- {
		el := p.els[k]
		if el.kind == eAmount || el.kind == ePunct || el.verbLike() || el.kind == eFunc && el.fn == "coord" {
			return ""
		}
	}
	if k+1 >= v {
		return ""
	}
	t := p.els[k+1].from
	switch {
	case p.toks[t].is("no") && !noOne(p.toks, t):
		return p.toks[t].text
	case p.toks[t].is("none") && t+1 < len(p.toks) && p.toks[t+1].is("of"):
		return p.raw(t, t+2)
	}
	return ""
}
