package phrase

import (
	"slices"

	"github.com/countylines/countylines/etl"
)

// listKinds reads the kind of a list of parts, named by its group word
// with no number: "Weapons including knives, a machete and 4 axes were
// seized", "Weapons seized included one baton, four knives and two
// firearms", "seized a quantity of drugs, including cocaine and
// cannabis", "several dangerous weapons which include a machete". The
// kind is named too: an unquantified fact of all items of its metric
// (found.csv's labels, the phrasebook README: items named with no number
// outside any figure are unquantified, and the group word has the empty
// item), and it takes its parts' verdict, as an item named with no
// number takes its numbered twin's: it is read only when a part of its
// list, of its metric, was read as the force's own in this sentence,
// and nothing in its words or its list was refused for its meaning
// (another period, place, body, not done). A kind with a number ("14
// weapons including knives") is that figure, not named with none; its
// parts refused ("weapons including knives were handed in", "could be
// seized", "last year") leave it unread. In prose only: a return's cell
// is the cell reader's to judge. whole is the sentence's elements, a
// parenthesis and all ("A variety of weapons, including knives and 3
// machetes, were seized"); figures the tokens of its figures' words
// (figureSpans); [from, to) its bytes.
func (p *parser) listKinds(whole []elem, figures [][2]int, from, to int, out *Reading) {
	if p.cell {
		return
	}
	p = p.over(whole)
	els := p.els
	covered := func(k int) bool {
		return slices.ContainsFunc(figures, func(sp [2]int) bool { return els[k].from < sp[1] && els[k].to > sp[0] })
	}
	for b := range els {
		// the list after the kind, or before it: its elements [lf, lt)
		lf, lt := b+1, -1
		clauseEnd := -1 // the list before: the end of the kind's clause after it
		var np []int
		switch {
		case els[b].kind == eFunc && els[b].fn == "part":
		case p.copula(b) && b >= 1 && els[b-1].verbLike():
			// "The drugs recovered were heroin, crack cocaine and
			// cannabis", "Among the drugs seized were 15 kilos of
			// cocaine": the kind and its verb done, then "were", name
			// its parts as "included" does
		case p.word(b) == "among" && b >= 1 && p.copula(b-1):
			// "Five air rifles, a pistol and a lock knife were among
			// the weapons seized": the parts before, the kind after
			k := b + 1
			if k < len(els) && els[k].kind == eFunc && els[k].fn == "det" {
				k++
			}
			for k < len(els) && els[k].kind == eLex && !els[k].verbLike() && !els[k].hasRole(rChanger) && !els[k].hasRole(rValue) && !els[k].hasRole(rPeriod) {
				np = append(np, k)
				k++
			}
			// its verb ends the clause: nothing after it to say whose,
			// when or where ("seized by Border Force", "seized last
			// year"), which the figures before "were" do not see
			if k >= len(els) || !els[k].verbLike() || k+1 < len(els) && !els[k+1].strong() {
				continue
			}
			lt, lf = b-1, b-1
			for lf > 0 && !els[lf-1].strong() {
				lf--
			}
			for clauseEnd = k; clauseEnd < len(els) && !els[clauseEnd].strong(); clauseEnd++ {
			}
		default:
			continue
		}
		if np == nil {
			np = p.kindBefore(b)
		}
		if len(np) == 0 || slices.ContainsFunc(np, covered) || !p.groupWords(np) {
			continue
		}
		mi := p.groupMetric(np[len(np)-1])
		if mi < 0 {
			continue
		}
		// the list after: up to the clause's end, a verb or a relative
		// clause
		if lt < 0 {
			lt = lf
			for lt < len(els) && !els[lt].strong() && !els[lt].verbLike() && !(els[lt].kind == eFunc && els[lt].fn == "rel") {
				lt++
			}
		}
		if lf >= len(els) || lt < lf {
			continue // "weapons inc" at the text's end: no list (FuzzPhrase)
		}
		listFrom := p.toks[els[lf].from].start
		at := func(k int) int {
			if k < len(els) {
				return p.toks[els[k].from].start
			}
			return to
		}
		listTo := at(lt)
		code := p.r.metrics[mi].Code
		inList := func(start int) bool { return start >= listFrom && start < listTo }
		if !slices.ContainsFunc(out.Facts, func(f Fact) bool { return f.Metric == code && f.Item != "" && inList(f.Start) }) {
			continue
		}
		// "Weapons seized were 14 in total, including 3 knives": a
		// figure of the kind's own in the sentence, outside its list, is
		// the kind's, with a number; named with none beside it, it would
		// say it twice (a part of several items in the list, "233 wraps
		// of crack cocaine and heroin", is no such figure)
		if slices.ContainsFunc(out.Facts, func(f Fact) bool {
			return f.Metric == code && f.Item == "" && f.Value != nil && f.Start >= from && f.Start < to && !inList(f.Start)
		}) {
			continue
		}
		// the kind's words and its list: nothing in them refused
		refFrom, refTo := min(p.toks[els[np[0]].from].start, listFrom), listTo
		if clauseEnd >= 0 {
			refTo = at(clauseEnd)
		}
		refused := func(start int) bool { return start >= refFrom && start < refTo }
		if slices.ContainsFunc(out.Scoped, func(s Scoped) bool { return refused(s.Start) }) ||
			slices.ContainsFunc(out.Messages, func(m Message) bool { return m.Code == CodeChangesMeaning && refused(m.Start) }) {
			continue
		}
		text := p.raw(els[np[0]].from, els[np[len(np)-1]].to)
		m := &p.r.metrics[mi]
		var unit etl.Unit
		if len(m.units) > 0 && (m.units[0] == etl.UnitPeople || m.units[0] == etl.UnitCount) {
			unit = m.units[0]
		}
		start := p.toks[els[np[0]].from].start
		out.Facts = append(out.Facts, Fact{Metric: code, Unit: unit, Qualifier: etl.Unquantified, Text: text,
			Start: start, End: start + len(text)})
	}
}

// kindBefore is the noun phrase of the kind before a word of parts or
// "were" at element b, back over "which", "also", a comma and the kind's
// own verb: "weapons which include", "Weapons seized also included",
// "weapons were seized, including", "The drugs recovered were"; nil if
// a number stands before it (a figure's words: "14 weapons including").
func (p *parser) kindBefore(b int) []int {
	els := p.els
	j := b - 1
	if j >= 0 && els[j].kind == eFunc && els[j].fn == "rel" {
		j--
	}
	if j >= 0 && p.word(j) == "also" {
		j--
	}
	if j >= 0 && els[j].kind == ePunct && els[j].fn == "," {
		j--
	}
	if j >= 0 && els[j].verbLike() {
		j--
		if j >= 0 && p.word(j) == "also" {
			j--
		}
		for j >= 0 && els[j].kind == eFunc && els[j].fn == "aux" {
			j--
		}
	}
	end := j
	for j >= 0 && els[j].kind == eLex && !els[j].verbLike() && !els[j].hasRole(rChanger) && !els[j].hasRole(rValue) && !els[j].hasRole(rPeriod) {
		j--
	}
	if j >= 0 && els[j].kind == eAmount {
		return nil
	}
	return rangeInts(j+1, end+1)
}

// copula reports "were" or "was" at element k.
func (p *parser) copula(k int) bool {
	return k >= 0 && k < len(p.els) && p.els[k].kind == eFunc && p.els[k].fn == "aux" && p.toks[p.els[k].from].is("were", "was")
}

// figureSpans are the tokens [from, to) of the words of the figures ms
// that q read: its amount and the words of its right side.
func figureSpans(q *parser, ms []*mentionWords) [][2]int {
	var out [][2]int
	for _, mw := range ms {
		m := mw.m
		if m.start < m.end && m.end <= len(q.els) {
			out = append(out, [2]int{q.els[m.start].from, q.els[m.end-1].to})
		}
		if m.el >= 0 && m.el < len(q.els) {
			out = append(out, [2]int{q.els[m.el].from, q.els[m.el].to})
		}
	}
	return out
}

// groupMetric is the metric whose group word is at element k (groupWords:
// an object of a metric counted unquantified whose last word is its item
// kind), or -1.
func (p *parser) groupMetric(k int) int {
	head := p.els[k]
	if head.e == nil {
		return -1
	}
	for _, s := range head.e.senses {
		mi := &p.r.metrics[s.metric]
		if w := head.e.words; s.role == rObject && mi.unquantified && mi.ItemKind != "" && len(w) > 0 && w[len(w)-1] == mi.ItemKind {
			return s.metric
		}
	}
	return -1
}

// over is a copy of the parser reading the elements whole (a
// sentence's, a parenthesis and all).
func (p *parser) over(whole []elem) *parser {
	q := *p
	q.els = whole
	return &q
}

// kindOtherVerb refuses the parts of a kind said with words that are
// not its metric's one verb: "The weapons handed in were knives and a
// machete", "Knives and a machete were among the weapons handed in",
// "The weapons used were ...", "... among the weapons seized by Border
// Force". The parts, read as the metric's by their nouns, take the
// kind's verdict (review27 W11): the kind was not seized, or not by
// the force, so nor were they. "The weapons seized were ...", "...
// among the weapons found" keep them. whole is the sentence's
// elements; [from, to) its bytes.
func (p *parser) kindOtherVerb(whole []elem, from, to int, out *Reading) {
	if p.cell {
		return
	}
	p = p.over(whole)
	els := p.els
	// ownVerb: the words [a, b) are the metric's one verb, or its aux
	// and verb ("were seized"), and what follows it
	ownVerb := func(a, b, mi int) bool {
		for a < b && els[a].kind == eFunc && els[a].fn == "aux" {
			a++
		}
		// (after it, only words that are not another body's: "seized
		// during the week" is the verb's; "seized by Border Force" not)
		if a >= b || !els[a].verbLike() || b-a > 1 && p.word(a+1) == "by" {
			return false
		}
		// (nor words of another period or a part of the area: "seized
		// in previous operations", "seized last year", "seized in
		// Medway": the parts before "were" do not see them)
		for j := a + 1; j < b; j++ {
			if _, ok := p.placeScope(j); ok || els[j].hasRole(rChanger) || els[j].hasRole(rPeriod) {
				return false
			}
		}
		for _, s := range els[a].e.senses {
			if (s.role == rAction || s.role == rAllow) && p.r.top(s.metric) == p.r.top(mi) {
				return true
			}
		}
		return false
	}
	refuse := func(mi int, lf, lt int, why string) {
		code := p.r.metrics[mi].Code
		a := p.toks[els[lf].from].start
		b := to
		if lt < len(els) {
			b = p.toks[els[lt].from].start
		}
		for i := 0; i < len(out.Facts); i++ {
			f := out.Facts[i]
			if f.Metric != code || f.Item == "" || f.Start < a || f.Start >= b {
				continue
			}
			out.Messages = append(out.Messages, Message{Code: CodeChangesMeaning, Word: why, Value: f.Value, Start: f.Start, End: f.End,
				Text: "named among the kind " + why + ", which is not the figure's own verb: what was done with them the words do not say; not read"})
			out.Facts = append(out.Facts[:i], out.Facts[i+1:]...)
			i--
		}
	}
	for b := range els {
		if !p.copula(b) {
			continue
		}
		// "The weapons handed in were <parts>": the kind, its words, "were"
		k := b - 1
		for k >= 0 && !els[k].strong() && els[k].kind != eAmount && !(els[k].kind == eLex && (p.groupMetric(k) >= 0 || els[k].hasRole(rValue))) {
			k--
		}
		if k >= 0 && els[k].kind == eLex && p.groupMetric(k) >= 0 && k+1 < b && !ownVerb(k+1, b, p.groupMetric(k)) {
			lt := b + 1
			for lt < len(els) && !els[lt].strong() {
				lt++
			}
			if b+1 < len(els) {
				refuse(p.groupMetric(k), b+1, lt, p.raw(els[k+1].from, els[b-1].to))
			}
			continue
		}
		// "<parts> were among the weapons handed in"
		if b+1 >= len(els) || p.word(b+1) != "among" {
			continue
		}
		k = b + 2
		if k < len(els) && els[k].kind == eFunc && els[k].fn == "det" {
			k++
		}
		for k < len(els) && !els[k].strong() && els[k].kind != eAmount && !(els[k].kind == eLex && (p.groupMetric(k) >= 0 || els[k].verbLike())) {
			k++
		}
		if k >= len(els) || els[k].kind != eLex || p.groupMetric(k) < 0 {
			continue
		}
		end := k + 1
		for end < len(els) && !els[end].strong() {
			end++
		}
		if end > k+1 && !ownVerb(k+1, end, p.groupMetric(k)) {
			lf := b
			for lf > 0 && !els[lf-1].strong() {
				lf--
			}
			refuse(p.groupMetric(k), lf, b, p.raw(els[k+1].from, els[end-1].to))
		}
	}
}
