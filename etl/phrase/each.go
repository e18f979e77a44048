package phrase

import "strings"

// eachOne is the word that makes a figure each one's, not the force's
// total (review23 R2): a distributive word of words.csv (role
// distributive: "each", "apiece") said of the doers of the figure's verb
// rather than of the things it counts. Before the figure, in the words
// that say who did it ("Three teams each arrested 12 people", "Each of
// the three teams arrested 12 people", "Officers each seized 5
// knives"): the figure is each team's or officer's, and the force's is
// that times their number, or unknown. After the figure's words, ending
// its clause ("Both teams arrested 12 people each"), the same. Not so
// when the word is of the things counted ("Each of the 12 people
// arrested was interviewed", "12 people were each charged", "5 knives,
// each with a blade", "12 people, each of whom ..."), nor in the object
// of an earlier verb ("Officers visited each address and arrested 12
// people"). "" if none.
func (p *parser) eachOne(m *mention) string {
	if m.amt == nil || m.el < 0 || len(p.r.distributive) == 0 {
		return ""
	}
	dist := func(k int) bool {
		el := p.els[k]
		return el.kind != eAmount && p.r.distributive[strings.ToLower(p.raw(el.from, el.to))]
	}
	stop := func(k int) bool {
		el := p.els[k]
		return el.strong() || el.kind == ePunct && el.fn == "," || el.kind == eFunc && el.fn == "rel"
	}
	// a verb, taught or not: "arrested", "searched", "were"
	verbish := func(k int) bool {
		el := p.els[k]
		if el.verbLike() || el.kind == eFunc && el.fn == "aux" {
			return true
		}
		w := p.word(k)
		return (el.kind == eLex || el.kind == eUnknown) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
	}
	// before: the subject of the figure's verb
	from := m.el
	for from > 0 && !stop(from-1) {
		from--
	}
	verbBefore := false
	for k := from; k < m.el; k++ {
		if !dist(k) {
			verbBefore = verbBefore || verbish(k)
			continue
		}
		if verbBefore {
			return "" // "Officers visited each address and arrested 12 people"
		}
		j := k + 1
		if j < m.el && p.els[j].kind == eFunc && p.els[j].fn == "of" {
			j++
			for j < m.el && p.els[j].kind == eFunc && p.els[j].fn == "det" {
				j++
			}
			if j == m.el {
				return "" // "Each of the 12 people arrested was interviewed"
			}
		}
		for i := k + 1; i < m.el; i++ {
			if verbish(i) {
				return p.raw(p.els[k].from, p.els[k].to) // said of the verb's doers
			}
		}
		return ""
	}
	// after: closing the figure's clause, straight after its words
	for k := m.el + 1; k < len(p.els) && !stop(k); k++ {
		if el := p.els[k]; el.kind == eAmount && isMoney(&el.amt) {
			return "" // "2 watches valued at £5,000 each": the sum's
		}
		if !dist(k) {
			continue
		}
		if k+1 == len(p.els) || stop(k+1) || p.els[k+1].kind == eFunc && (p.els[k+1].fn == "coord" || p.els[k+1].fn == "prep") {
			return p.raw(p.els[k].from, p.els[k].to) // "arrested 12 people each."
		}
		return "" // "12 people were each charged", "12 wraps each containing"
	}
	return ""
}
