package phrase

import "slices"

// placeWhere are prepositions after which a figure with no verb of its
// own says where the act of its clause was done: "seized 4 knives at two
// schools", "arrested 4 men in 2 cars", "outside 2 schools".
var placeWhere = map[string]bool{"at": true, "in": true, "from": true, "inside": true, "within": true, "near": true, "across": true,
	"throughout": true, "around": true, "outside": true, "beside": true, "behind": true, "opposite": true, "nearby": true}

// placeHedge reports element a (an amount, or a hedge before an article's
// thing) opening with a hedge that is also a word of place: "around two
// schools", "close to two schools", "close to a school".
func (p *parser) placeHedge(a int) bool {
	i := p.els[a].from
	return p.toks[i].is("around") || p.toks[i].is("close") && i+1 < len(p.toks) && p.toks[i+1].is("to")
}

// placeOfAct is the word of the act a figure says where was done, ""
// if none (recall29 W1): a figure after a preposition of place with no
// verb of its own ("Officers seized 4 knives at two schools", "arrested
// 4 men in 2 cars", "seized drugs at 3 schools") counts the places the
// clause's act was done at, not an act of its own. Metric mi counts such
// places only when it counts places visited (its actions hold "visited")
// and the act done there is of its own section: a prevention session or
// pupils spoken to at schools ("30 sessions delivered to 4,916 young
// people at 13 schools", "Awareness sessions at six schools"), or people
// safeguarded at cuckooed addresses. A seizure, an arrest or a line
// closed at a school, a hotel or a cuckooed address is no visit, and a
// car that knives were found in is no vehicle seized. A figure in a list
// after such a figure ("at 2 schools and 3 hotels") is a place too.
func (p *parser) placeOfAct(m *mention, mi int) string {
	if m.amt == nil || m.el < 1 || slices.ContainsFunc(m.core, func(k int) bool { return p.els[k].verbLike() }) {
		return ""
	}
	a := m.el
	prep := a - 1
	visits := slices.Contains(p.r.metrics[mi].Actions, "visited")
	switch {
	case p.els[prep].kind != eAmount && (placeWhere[p.word(prep)] || p.placeHedge(prep)) && !p.els[prep].hasRole(rAction):
	case p.placeHedge(a) && p.noun(prep):
		// "seized 4 knives around two schools", "close to two schools":
		// the hedge is the place, straight after the act's noun ("seized
		// around £3,200 in cash", "phones and around £2,400", "drugs
		// worth around £9,800" hedge)
		prep = a
	case p.placeHedge(a) && p.passivePlace(m, mi, prep):
		// "Knives were found around 3 cars", "Drugs have been seized
		// around 2 vans": the subject is what the passive verb did, so
		// the figure after it is no object of it but where it was done
		prep = a
	case (p.els[prep].kind == eFunc && p.els[prep].fn == "coord" || p.els[prep].kind == ePunct && p.els[prep].fn == ","):
		// "at 2 schools and 3 hotels": a place of the same list
		j, ok := p.placeBefore(prep)
		if !ok || !visits && p.placeEls[j] != mi {
			return ""
		}
		prep = j
	default:
		return ""
	}
	// "Knives were found outside 2 vans": the verb before the
	// preposition is the clause's, not the figure's own
	if slices.ContainsFunc(m.pre, func(k int) bool { return k >= prep }) {
		return ""
	}
	verb, thing := -1, -1
	for k := prep - 1; k >= 0 && !p.els[k].strong() && (verb < 0 || thing < 0); k-- {
		el := p.els[k]
		if el.kind != eLex || !(el.e.has(rAction) || el.e.has(rObject) || el.e.has(rItem)) {
			continue
		}
		if el.verbLike() && el.e.has(rAction) && verb < 0 {
			verb = k
		}
		if !el.verbLike() && thing < 0 {
			thing = k
		}
	}
	if verb < 0 && thing < 0 && prep == 0 {
		// "At 3 schools, officers seized 4 knives", "In 3 cars,
		// officers found 4 knives": the place opens the sentence, and
		// the act is its clause's after it
		for k := a + 1; k < len(p.els) && !p.els[k].strong() && (verb < 0 || thing < 0); k++ {
			el := p.els[k]
			if el.kind != eLex || !(el.e.has(rAction) || el.e.has(rObject) || el.e.has(rItem)) || slices.Contains(m.core, k) {
				continue
			}
			if el.verbLike() && el.e.has(rAction) && verb < 0 {
				verb = k
			}
			if !el.verbLike() && thing < 0 {
				thing = k
			}
		}
	}
	if verb < 0 && thing < 0 {
		return "" // "Three schools.", "Awareness sessions at six schools"
	}
	for _, k := range []int{verb, thing} {
		if k < 0 {
			continue
		}
		if !visits || !p.r.ofSection(p.els[k].e, p.r.metrics[mi].Section) {
			if p.placeEls == nil {
				p.placeEls = map[int]int{}
			}
			p.placeEls[a] = mi
			return p.text(p.els[k])
		}
	}
	return ""
}

// passivePlace reports a figure after "around" or "close to" and element k, a
// passive verb after its subject, a place the verb was done at: its own
// noun after its number is no word of the subject's metric mi ("Knives
// were found around 3 cars", "Drugs have been seized around 2 vans").
// With no noun of its own it hedges the subject's count: a sum, a unit,
// a bare number ("Cash was seized around £3,000", "Drugs were seized
// around 50 wraps", "Knives were found around 30", "around 30 in
// total"), as with a noun its metric shares with the subject ("Phones
// were seized around 20 devices"; review30 R8).
func (p *parser) passivePlace(m *mention, mi, k int) bool {
	j := p.passiveSubject(k)
	return j >= 0 && slices.ContainsFunc(m.core, func(c int) bool { return c > m.el && p.noun(c) }) &&
		!p.r.explains(mi, []*entry{p.els[j].e})
}

// passiveSubject is the subject of element k, a passive verb after it:
// a verb after "was", "were", "have been" and the like, with a noun a
// figure counts before them ("Knives were found", "12 knives have been
// seized"); -1 if k is none.
func (p *parser) passiveSubject(k int) int {
	if k < 1 || !p.els[k].verbLike() || !passiveVerb(p.text(p.els[k])) {
		return -1
	}
	j := k - 1
	for j >= 0 && p.els[j].kind == eFunc && p.els[j].fn == "aux" {
		j--
	}
	if j >= 0 && j < k-1 && p.noun(j) {
		return j
	}
	return -1
}

// placeBefore is the element of the figure before element k (its
// list's "and" or comma), and whether placeOfAct refused it as a place.
func (p *parser) placeBefore(k int) (int, bool) {
	for j := k - 1; j >= 0 && !p.els[j].strong(); j-- {
		if p.els[j].kind == eAmount {
			_, ok := p.placeEls[j]
			return j, ok
		}
	}
	return 0, false
}

// noun reports element k a noun a figure counts: "knives", "men".
func (p *parser) noun(k int) bool {
	el := p.els[k]
	return el.kind == eLex && (!el.verbLike() || p.nounAfterNumber(k)) && !el.hasRole(rValue) &&
		(el.hasRole(rAction) || el.hasRole(rObject) || el.hasRole(rItem) || el.hasRole(rPerson) || el.hasRole(rModifier))
}

// ofSection reports an act or a thing of a metric of the section.
func (r *Reader) ofSection(e *entry, section string) bool {
	for _, s := range e.senses {
		if (s.role == rAction || s.role == rObject) && r.metrics[s.metric].Section == section {
			return true
		}
		if s.role == rItem {
			for _, mi := range r.metrics {
				if mi.ItemKind != "" && mi.ItemKind == r.items[s.item].Kind && mi.Section == section {
					return true
				}
			}
		}
	}
	return false
}
