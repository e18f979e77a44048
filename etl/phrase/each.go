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
	// "Every one was charged", "each one has been charged": the things
	// counted before, all of them, not one (review25 W4)
	if el := p.els[m.el]; el.to-el.from == 1 && p.toks[el.from].is("one") && m.el > 0 && dist(m.el-1) {
		return p.raw(p.els[m.el-1].from, el.to)
	}
	// before: the subject of the figure's verb
	from := m.el
	for from > 0 && !stop(from-1) {
		from--
	}
	verbBefore := false
	for k := from; k < m.el; k++ {
		if !dist(k) {
			// ("Two men were each found with 3 knives": the auxiliary
			// before "each" is of the verb after it, said of each man)
			aux := p.els[k].kind == eFunc && p.els[k].fn == "aux" && k+1 < m.el && dist(k+1)
			verbBefore = verbBefore || verbish(k) && !aux
			continue
		}
		if k == from && from >= 2 && p.els[from-1].kind == ePunct && p.els[from-1].fn == "," && p.eachOfCounted(k, m.el, p.clauseBefore(from-1, stop, verbish), verbish) {
			// "Officers seized 3 packages, each with 1kg of cocaine":
			// said of the things counted before the comma (review25 W4)
			return p.raw(p.els[k].from, p.els[k].to)
		}
		if verbBefore {
			if p.eachOfCounted(k, m.el, from, verbish) {
				return p.raw(p.els[k].from, p.els[k].to) // "3 packages each containing 1kg"
			}
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
		if prev := p.els[k-1]; funcWords[p.word(k-1)] == "prep" && p.els[k+1].kind == eFunc && p.els[k+1].fn == "of" {
			// "arrested 2 people at each of the 6 addresses", "seized 2
			// knives from each of the 3 men": each place's or each
			// one's (reread25 P14); "from" may be a word of the
			// lexicon's, a preposition all the same
			return p.raw(prev.from, p.els[k+1].to)
		}
		if prev := p.els[k-1]; funcWords[p.word(k-1)] == "prep" && p.els[k+1].kind == eLex && !p.els[k+1].verbLike() {
			// "seized 3 knives from each suspect", "at each address",
			// "on each day": each one's, each place's or each day's
			return p.raw(prev.from, p.els[k+1].to)
		}
		return "" // "12 people were each charged", "12 wraps each containing"
	}
	return ""
}

// clauseBefore is the first element of the words before element c (a
// comma) back to a stop or a verb: "3 packages" in "Officers seized 3
// packages, each with 1kg".
func (p *parser) clauseBefore(c int, stop, verbish func(int) bool) int {
	from := c
	for from > 0 && !stop(from-1) && !verbish(from-1) {
		from--
	}
	return from
}

// eachOfCounted reports the distributive word at element k said of
// things a number before it counts, after the verb, with the figure at
// element fig after it in the same clause ("Officers seized 3 packages
// each containing 1kg of cocaine", "3 bags each with 10g of cannabis",
// "12 people each carrying 5 wraps"): the figure is each thing's, not
// the whole's (review24 V5). Not after a verb with no number between
// ("Officers visited each address and arrested 12 people"), nor across
// "and" ("... and 5 knives").
func (p *parser) eachOfCounted(k, fig, from int, verbish func(int) bool) bool {
	counted := false
	for i := k - 1; i >= from && !counted; i-- {
		if p.els[i].kind == eAmount {
			counted = true
		} else if verbish(i) {
			return false
		}
	}
	if !counted {
		return false
	}
	for i := k + 1; i < fig; i++ {
		if el := p.els[i]; el.kind == eFunc && el.fn == "coord" {
			return false
		}
	}
	return true
}

// afterEach gives the facts of a sentence said after a figure refused
// as each one's (eachOne) that count what it counts, by their start,
// with the word "each" (review24 V3): "Three teams each arrested 4
// people, 12 over the year", "..., 12 over the month", "..., 12 in
// total": with the 4 refused, the figure after it no longer conflicts
// with it, yet it is the each figure's sum or another stretch's count,
// said with words of its own period the reader does not weigh. It is
// not drafted. What the each figure counts is the metrics (the tops of
// their families) and items its own words name ("arrested", "knives"),
// said by a later figure that has one of those words too, its own or
// taken from it ("12 over the year" takes "arrested ... people"), or
// no verb of an act of its own ("making 12 arrests", "a total of 12
// phones"; not "and officers closed 3 county lines"); when they name
// none, every later
// figure of the sentence. Figures
// before it ("Officers made 12 arrests, three teams each arresting
// 4") and of other things ("..., and officers seized 5 knives") stay.
func (p *parser) afterEach(ms []*mentionWords, from []int, out *Reading) map[int]string {
	starts := map[int]string{}
	for i, mw := range ms {
		if mw.m.amt == nil || from[i] >= 0 {
			continue
		}
		word := p.eachOne(mw.m)
		if word == "" {
			continue
		}
		tops, items, own := map[int]bool{}, map[string]bool{}, map[*entry]bool{}
		for _, e := range mw.w.hard {
			for _, s := range e.senses {
				switch s.role {
				case rAction, rObject:
					tops[p.r.top(s.metric)] = true
					own[e] = true
				case rItem, rItemMod:
					own[e] = true
					items[p.r.items[s.item].Code] = true
					if b := p.r.items[s.item].base; b >= 0 {
						items[p.r.items[b].Code] = true
					}
				}
			}
		}
		_, _, end := p.figureText(mw.m)
		for j := i + 1; j < len(ms); j++ {
			if from[j] < 0 {
				continue
			}
			f := out.Facts[from[j]]
			if f.Start < end {
				continue
			}
			shares := len(own) == 0 || !p.actOfOwn(ms[j].m, own)
			for _, e := range ms[j].w.hard {
				shares = shares || own[e]
			}
			mi := p.r.metricIndex(f.Metric)
			if shares && (len(tops) == 0 && len(items) == 0 || mi >= 0 && tops[p.r.top(mi)] || f.Item != "" && items[f.Item]) {
				starts[f.Start] = word
			}
		}
	}
	return starts
}

// actOfOwn reports a verb of an act in a figure's clause, in a verb's
// form, that is none of the words own: "and officers closed 3 county
// lines" ("closed"), not "making 12 arrests" ("making" allows, and
// "arrests" is a noun), nor "12 over the year".
func (p *parser) actOfOwn(m *mention, own map[*entry]bool) bool {
	from, to := m.el, m.el+1
	for from > 0 && !p.clauseEdgeEl(from-1) {
		from--
	}
	for to < len(p.els) && !p.clauseEdgeEl(to) {
		to++
	}
	for k := from; k < to; k++ {
		w := p.word(k)
		if el := p.els[k]; el.verbLike() && el.e != nil && !own[el.e] && el.e.has(rAction) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			return true // a verb's form, not the noun "arrests"
		}
	}
	return false
}
