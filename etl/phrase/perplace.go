package phrase

import "slices"

// perPlace are the metrics whose every act is done at one place, so that
// a number of places they were done at counts them: a warrant is
// executed at one address ("warrants at eight properties", "executed
// warrants at 36 properties": warrants 8 and 36, as found.csv labels
// them). A raid is no warrant (found.csv), nor are things seized at
// places ("knives at 3 addresses").
var perPlace = map[string]bool{"warrants": true}

// placeActPrep are the prepositions that say where such an act was done.
var placeActPrep = map[string]bool{"at": true, "on": true, "across": true, "in": true, "within": true, "throughout": true}

// actsAtPlaces is the metric of the acts a figure of places counts, or -1
// (recall29 B2): a number of places a metric counts as visited
// ("addresses", "properties", "premises", "homes"), with no verb of its
// own, after a preposition of place ("at", "on", "across"), whose clause
// names the acts done there before it with no number of their own
// ("warrants at eight properties", "Officers executed warrants at seven
// addresses", "Warrants were executed across 19 addresses"), and those
// acts are of a metric done one to a place (perPlace). "Officers
// executed 5 warrants at 5 addresses" counts the warrants by their own
// number: the places are no second figure of them.
func (p *parser) actsAtPlaces(m *mention) int {
	if m.amt == nil || m.article || m.amt.unit != "" || m.el < 2 || len(m.core) == 0 ||
		slices.ContainsFunc(m.core, func(k int) bool { return p.els[k].verbLike() }) {
		return -1
	}
	for _, k := range m.core {
		el := p.els[k]
		if el.kind != eLex {
			continue
		}
		visited := false
		for _, s := range el.e.senses {
			if s.role == rObject && slices.Contains(p.r.metrics[s.metric].Actions, "visited") {
				visited = true
			}
		}
		if !visited {
			return -1
		}
	}
	prep := m.el - 1
	if el := p.els[prep]; el.kind != eFunc || !placeActPrep[p.word(prep)] {
		return -1
	}
	for k := prep - 1; k >= 0 && !p.els[k].strong(); k-- {
		el := p.els[k]
		switch {
		case el.kind == eFunc && el.fn == "aux":
			continue // "were executed at"
		case el.kind == eLex && el.verbLike() && !el.hasRole(rObject):
			continue // "executed at", "carried out at"
		case el.kind == eLex && el.hasRole(rObject):
			for _, s := range el.e.senses {
				if s.role == rObject && perPlace[p.r.metrics[s.metric].Code] {
					if k > 0 && p.els[k-1].kind == eAmount {
						return -1 // "5 warrants at 5 addresses"
					}
					if p.actsNotDone(k) {
						return -1
					}
					return s.metric
				}
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// actsNotDone reports words before the acts' noun at element k, in its
// clause, that say they were not done or not yet: "no" straight before
// it ("No warrants were executed at 12 addresses"), or a verb after "to"
// ("Officers are due to execute warrants at 12 addresses", "plan to
// carry out"): the places count no act of the week.
func (p *parser) actsNotDone(k int) bool {
	if i := p.els[k].from; i > 0 && p.toks[i-1].is("no", "not", "without") {
		return true
	}
	for j := k - 1; j >= 0 && !p.els[j].strong(); j-- {
		if i := p.els[j].from; p.els[j].verbLike() && i > 0 && p.toks[i-1].is("to") {
			return true
		}
	}
	return false
}
