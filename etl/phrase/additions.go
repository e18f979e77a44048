package phrase

import (
	"fmt"
	"slices"
	"strings"

	"github.com/countylines/countylines/etl"
)

// addedFact is a figure said as more of what was counted before it
// ("3 more people were arrested", "A further 3 were arrested on
// Sunday", "another 2 knives were seized"), as read (a fact or a scoped
// figure), with the word that adds.
type addedFact struct {
	f    Fact
	word string
	// unread: the figure gave no reading ("Officers also arrested a
	// further 3 people", "A further 3 were seized": no noun of a metric
	// in its own words); tops are the metrics (top of their families)
	// whose act or object its clause names, and it adds to those
	unread bool
	tops   map[int]bool
	// between: the word is "more" between the number and its noun
	// ("17 more arrests"): how many more than a count before, so with
	// no such count in the text it is no count of its own (review29 R2)
	between bool
}

// additionsOf gives the figures of a sentence said with a word that adds
// (p.addition; not a comparison: "12 more arrests than last year") and
// read in full, as facts or scoped figures; from and scoped are the fact
// and scoped figure each mention gave, or -1.
func (p *parser) additionsOf(ms []*mentionWords, from, scoped []int, out *Reading) []addedFact {
	var adds []addedFact
	for i, mw := range ms {
		w := p.addition(mw.m)
		if w == "" || mw.m.part || p.comparedAfter(mw.m) || p.addsInName(mw.m) {
			// (a part's "a further 8" adds to the parts before it, in
			// a breakdown of the total: "Of these, 28 were men, 13
			// women and a further 8 juveniles")
			continue
		}
		switch {
		case from[i] >= 0:
			adds = append(adds, addedFact{f: out.Facts[from[i]], word: w, between: p.moreBetween(mw.m)})
		case scoped[i] >= 0 && out.Scoped[scoped[i]].Kind != ScopeOther:
			// (another body's "3 more": "Officers arrested 12 people;
			// the NCA arrested 3 more" leaves the force's 12 its own)
			adds = append(adds, addedFact{f: out.Scoped[scoped[i]].Fact, word: w})
		case scoped[i] < 0 && len(mw.m.unknown) == 0 && !p.bodyNamedIn(mw.m) && p.notDone(mw.m) == "" && !p.modalAfter(mw.m) && !p.moodRefused(mw.m):
			// (not one to come: "and 48 more will be seen next week";
			// nor of things nobody taught us: "15 mobile phones and an
			// additional 4 sim cards seized")
			if tops := p.clauseMetrics(mw.m); len(tops) > 0 {
				_, start, end := p.figureText(mw.m)
				adds = append(adds, addedFact{f: Fact{Start: start, End: end, Text: p.src[start:end]}, word: w, unread: true, tops: tops})
			}
		}
	}
	return adds
}

// moreBetween reports "more" straight after a figure's number and
// before its noun: "17 more arrests", not "17 more were charged" (its
// own verb after it) nor "more knives" (no number).
func (p *parser) moreBetween(m *mention) bool {
	el := p.els[m.el]
	i := el.to
	if i+1 >= len(p.toks) || el.to <= el.from || p.toks[i-1].kind != tNum || !p.toks[i].is("more") || p.toks[i+1].kind != tWord {
		return false
	}
	k := p.elemAt(i + 1)
	return k >= 0 && !(p.els[k].kind == eFunc && p.els[k].fn == "aux")
}

// addsInName reports the word that adds as a part of a longer name
// the lexicon knows: "12 further education colleges" counts colleges
// of further education, no more of anything.
func (p *parser) addsInName(m *mention) bool {
	el := p.els[m.el]
	for _, k := range []int{m.el - 1, m.el + 1} {
		if k < 0 || k >= len(p.els) {
			continue
		}
		e := p.els[k]
		if e.kind == eLex && e.to-e.from > 1 && (e.from == el.to || e.to == el.from) && p.r.lex.all[p.toks[e.from].norm].hasMeaning("addition") {
			return true
		}
	}
	return false
}

// comparedAfter reports "than" in the figure's clause after its number:
// "12 more arrests than last year" compares, it adds nothing.
func (p *parser) comparedAfter(m *mention) bool {
	for i := p.els[m.el].to; i < len(p.toks); i++ {
		t := p.toks[i]
		if t.kind == tPunct && t.is(";", ".", ",", ":", "–", "(") {
			return false
		}
		if t.is("than") || p.comparedOn(i) {
			return true
		}
	}
	return false
}

// comparedOn reports "on" at token i before the count compared with:
// "3 more knives on last week", "up on the previous week".
func (p *parser) comparedOn(i int) bool {
	if i+1 >= len(p.toks) || !p.toks[i].is("on") {
		return false
	}
	j := i + 1
	if p.toks[j].is("the") {
		j++
	}
	m, _ := p.r.stretchWord(p.toks, j)
	return m == "back" || m == "other"
}

// differenceAfter reports a word that compares straight after a
// figure's words, with "than" or "on" after it, and returns it: "3
// knives more than last week", "3 arrests fewer than last week",
// "£5,000 less than last week", "2kg of cocaine more than last week",
// "3 knives more on last week" (closing25 W3, reread25 P10). The number
// is the difference, as in "3 more knives than last week". Only the
// figure's own words may stand between: its nouns and "of", no verb,
// no stop, no "and" ("Officers arrested 12 people and seized more knives
// than last week" keeps the 12); "12 people, more than last week"
// compares the whole, after a comma.
func (p *parser) differenceAfter(m *mention) string {
	if m.amt == nil || m.el < 0 || m.el >= len(p.els) {
		return ""
	}
	toks := p.toks
	for i := p.els[m.el].to; i < len(toks) && i < p.els[m.el].to+4; i++ {
		t := toks[i]
		if t.kind != tWord {
			return ""
		}
		if p.r.lex.all[t.norm].hasMeaning("addition") || t.is("fewer", "less") {
			if i+1 < len(toks) && toks[i+1].is("than") && p.measureAfter(i+1) {
				return ""
			}
			if i+1 < len(toks) && (toks[i+1].is("than") || p.comparedOn(i+1)) {
				return t.text
			}
			return ""
		}
		if funcWords[t.norm] != "" && !t.is("of") {
			return ""
		}
	}
	return ""
}

// measureUnits are the units a "more/less than" after a figure's
// words may measure the things counted in, rather than compare their
// count: a length or a distance ("5 knives more than 10cm long", "12
// people less than a mile from the school").
var measureUnits = map[string]bool{
	"cm": true, "cms": true, "mm": true, "centimetre": true, "centimeter": true, "millimetre": true, "millimeter": true,
	"metre": true, "meter": true, "km": true, "kilometre": true, "kilometer": true,
	"inch": true, "foot": true, "feet": true, "ft": true, "yard": true, "mile": true,
}

// measureAfter reports "than" at token i before a measure of the things
// counted, not a count compared with (review26 W7): a number or "a"/"an"
// and a length or distance ("more than 10cm long", "less than a mile
// from the school"), an age ending in "old" ("less than a year old",
// "less than 16 years old") or a purity ("more than 80% pure"), with no
// "ago", "earlier" or "before" after it ("more than a year ago" and
// "more than last week" compare).
func (p *parser) measureAfter(i int) bool {
	toks := p.toks
	j := i + 1
	if j >= len(toks) || !(toks[j].kind == tNum || toks[j].is("a", "an")) {
		return false
	}
	j++
	at := func(k int, norms ...string) bool { return k < len(toks) && toks[k].is(norms...) }
	switch {
	case j >= len(toks):
		return false
	case measureUnits[toks[j].norm] && toks[j].kind == tWord:
		return !at(j+1, "ago", "earlier", "before")
	case toks[j].is("year", "month", "week") && at(j+1, "old"):
		return true
	case toks[j-1].kind == tNum && (toks[j].is("%", "percent") || toks[j].is("per") && at(j+1, "cent")):
		if toks[j].is("per") {
			j++
		}
		return at(j+1, "pure", "purity")
	}
	return false
}

// comparedBy gives the figures of a sentence said as a difference from
// another period's or body's count, by their start, with the word that
// compares: a word that adds (p.addition) and "than" after it in the
// figure's clause ("Officers seized 3 more knives than last week", "12
// more arrests than in September"). The number is how many more, not
// how many: the week's count is unknown (review drafts25; "last week"
// read alone says the week). A figure compared whole ("Officers seized
// 12 knives, more than last week") keeps its count.
func (p *parser) comparedBy(ms []*mentionWords, from []int, out *Reading) map[int]string {
	starts := map[int]string{}
	for i, mw := range ms {
		if from[i] < 0 {
			continue
		}
		if w := p.addition(mw.m); w != "" && p.comparedAfter(mw.m) {
			starts[out.Facts[from[i]].Start] = w
		} else if w := p.differenceAfter(mw.m); w != "" {
			starts[out.Facts[from[i]].Start] = w
		}
	}
	return starts
}

// othersOf gives the figures of a list before a figure said of the rest
// of a kind (a words.csv word of the rest, "other", "others", straight
// after its number) that gave no reading, by their start, with that
// word (review24 V6): "Officers seized a car and 2 other vehicles", "a
// car, a van and 2 others": the first are some of the things counted,
// the rest unread, so none is the week's whole. The list is the figures
// before it with no verb and no stop between ("Officers arrested 12
// people and seized a car and 2 other vehicles" keeps the 12), when the
// rest has no verb of its own after a list of objects ("Officers
// arrested 12 people, and 2 others were charged"). A rest
// that was read keeps the list ("a knife and 2 other weapons": other
// weapons 2).
func (p *parser) othersOf(ms []*mentionWords, from, scoped []int, out *Reading) map[int]string {
	starts := map[int]string{}
	for i, mw := range ms {
		m := mw.m
		if m.amt == nil || m.el < 0 || from[i] >= 0 || scoped[i] >= 0 {
			continue
		}
		el := p.els[m.el]
		if el.to >= len(p.toks) || !p.r.rest[p.toks[el.to].norm] {
			continue
		}
		own := false // "and 2 others were charged": a clause of its own
		for k := m.el + 1; k < len(p.els) && !p.clauseEdgeEl(k) && !p.els[k].strong(); k++ {
			own = own || p.els[k].verbLike() || p.els[k].kind == eFunc && p.els[k].fn == "aux"
		}
		list := m.el
		for list > 0 {
			e := p.els[list-1]
			if e.strong() || e.verbLike() || e.kind == ePunct && e.fn != "," {
				break
			}
			list--
		}
		if own && list > 0 && p.els[list-1].verbLike() {
			continue // (a subject's list shares its verb: "A car and 2 others were seized")
		}
		for j := 0; j < i; j++ {
			if from[j] >= 0 && ms[j].m.el >= list && ms[j].m.el < m.el {
				starts[out.Facts[from[j]].Start] = p.toks[el.to].text
			}
		}
	}
	return starts
}

// partsBeside gives the figures of a whole with a figure of its part
// after them as another member of their list, by their start, with the
// word that joins them (closing28 E1): "Officers arrested 43 people plus
// 5 juveniles", "43 people and 5 children were arrested". Whether the
// part is among the whole or added to it is not said, so the whole
// counts 43 or 48 and is not the week's. The part is joined by "and",
// "plus", "as well as" (funcWords' coord and sib) with no stop between;
// one said with "including" or "of them" is the whole's own part, and a
// part with a verb of its own before it ("and safeguarded 5 children")
// counts another thing.
func (p *parser) partsBeside(ms []*mentionWords, from []int, out *Reading) map[int]string {
	starts := map[int]string{}
	for i, mw := range ms {
		if mw.m.amt == nil || mw.m.el < 0 || mw.m.part || from[i] < 0 {
			continue
		}
		whole := out.Facts[from[i]]
		wi := p.r.metricIndex(whole.Metric)
		for j := i + 1; j < len(ms) && wi >= 0; j++ {
			m := ms[j].m
			if m.amt != nil && m.el > mw.m.el && !m.part && from[j] < 0 && p.unreadPeopleBeside(m, whole, mw.m.el > 0 && p.els[mw.m.el-1].verbLike()) {
				// "Officers arrested 43 people and 5 teenagers", "...
				// 43 people - and 5 juveniles": people beside the whole,
				// not read, are among it or added to it (review29 R8)
				if join, ok := p.joinBefore(mw.m.el, m.el); ok {
					starts[whole.Start] = join
				}
				continue
			}
			if m.amt == nil || m.el <= mw.m.el || m.part || from[j] < 0 {
				continue
			}
			part := out.Facts[from[j]]
			pi := p.r.metricIndex(part.Metric)
			if pi < 0 || pi == wi || !p.r.descends(pi, wi) || part.Unit != whole.Unit || whole.Item != "" && part.Item != whole.Item {
				continue
			}
			join, ok := p.joinBefore(mw.m.el, m.el)
			if ok {
				starts[whole.Start] = join
			}
		}
	}
	return starts
}

// unreadPeopleBeside reports a figure m that gave no reading, of people
// (a noun of a person straight after its number: "5 teenagers", "5
// juveniles"), beside a whole counted in people (a metric of no
// parent: a part's sibling is no part of it), with no verb of its own
// after it when the whole is a verb's object (objectOf: "Officers
// arrested 43 people and 5 people were released" counts another thing).
func (p *parser) unreadPeopleBeside(m *mention, whole Fact, objectOf bool) bool {
	if mi := p.r.metricIndex(whole.Metric); whole.Unit != etl.UnitPeople || m.el+1 >= len(p.els) || mi < 0 || p.r.metrics[mi].Parent != "" {
		// (a part beside another part is its sibling: "six adults and
		// seven children ... have been safeguarded", found.csv f1802)
		return false
	}
	if n := p.els[m.el+1]; !p.personNoun(n) && !p.countedPerson(n) {
		return false
	}
	for k := m.el + 1; k < len(p.els) && !p.clauseEdgeEl(k) && !p.els[k].strong(); k++ {
		if p.els[k].verbLike() || p.els[k].kind == eFunc && p.els[k].fn == "aux" {
			// its own verb, unless the whole is its subject too: "43
			// people and 5 teenagers were arrested"
			return !objectOf
		}
	}
	return true
}

// joinBefore is the word that joins the list member at element b to
// the one at element a ("and", "plus", "as well as"), when no stop and
// no verb stands between them but those after a's figure in its own
// clause ("43 people were arrested plus 5 juveniles" keeps "plus").
func (p *parser) joinBefore(a, b int) (string, bool) {
	k := b - 1
	for k > a && p.els[k].kind == ePunct && p.els[k].fn == "," {
		k--
	}
	if k > a+1 && p.word(k) == "also" {
		k-- // "43 people and also 5 juveniles" (review29 R8)
	}
	if k <= a || p.els[k].kind != eFunc || p.els[k].fn != "coord" && p.els[k].fn != "sib" {
		return "", false
	}
	for e := a + 1; e < k; e++ {
		if e == k-1 && p.els[e].kind == ePunct && p.els[e].fn == "–" {
			continue // a dash before the word: "43 people - and 5 juveniles" (review29 R8)
		}
		if p.els[e].strong() || p.els[e].kind == eAmount {
			return "", false
		}
	}
	return p.text(p.els[k]), true
}

// refuseAddedTo refuses the figures that a later figure adds to (review
// reread23 P4): "Officers arrested 12 people; 3 more people were
// arrested on warrants", "Officers arrested 12 people. A further 3 were
// arrested on Sunday": the week's count is 12 and more, so the 12 is a
// part of it, and the 3 is no whole either. Every earlier figure of the
// text (a fact) that counts what the addition counts is refused, in this
// sentence or an earlier one, and the addition with it, when such a
// figure was read before it (as a fact or scoped). Figures of other
// things stay ("Officers arrested 12 people. A further 3 knives were
// seized": the 12 stands), and so do figures of another part of the same
// thing ("12 men were arrested and a further 3 women": men 12 stands).
// In a whole release (release), an addition with no earlier figure of
// its kind at all adds to a count the release does not give, and is
// refused ("A further 17 arrests were made", "Officers seized cash. A
// further £5,000 was seized": review29 R2, closing28 D3); more of
// another thing of the kind stands ("Officers seized heroin. A further
// 5 wraps of cannabis were seized").
func (r *Reader) refuseAddedTo(adds []addedFact, out *Reading, refusals map[factKey]Message, release bool) {
	for _, a := range adds {
		counts := func(f Fact) bool {
			if a.unread {
				return f.Start < a.f.Start && a.tops[r.top(r.metricIndex(f.Metric))]
			}
			if f.Value == nil {
				// things named with no number count in no unit:
				// "Officers seized cocaine. A further 5 wraps were
				// seized" adds to the cocaine (closing28 D4)
				f.Unit = a.f.Unit
			}
			return f.Start < a.f.Start && r.sameCount(f, a.f)
		}
		before := false
		for _, s := range out.Scoped {
			before = before || counts(s.Fact)
		}
		for _, f := range out.Facts {
			before = before || counts(f)
		}
		if !before {
			if a.between && a.f.Value != nil {
				// "That's 17 more arrests", "Officers seized 17 more
				// knives this time": more than a count the text does
				// not give
				for _, f := range out.Facts {
					if f.Start == a.f.Start && f.Metric == a.f.Metric && f.Item == a.f.Item && f.Unit == a.f.Unit {
						refusals[keyOf(f)] = Message{Code: CodeChangesMeaning, Word: a.word, Value: f.Value, Start: f.Start, End: f.End,
							Text: fmt.Sprintf("%q: %q between its number and its noun says how many more than a count the text does not give, not how many; not read as the force's figure for the week", f.Text, a.word)}
					}
				}
			} else if release && a.f.Value != nil && !a.unread && !r.kindBefore(a.f, out) {
				for _, f := range out.Facts {
					if f.Start == a.f.Start && f.Metric == a.f.Metric && f.Item == a.f.Item && f.Unit == a.f.Unit {
						refusals[keyOf(f)] = Message{Code: CodeChangesMeaning, Word: a.word, Value: f.Value, Start: f.Start, End: f.End,
							Text: fmt.Sprintf("%q: %q says it is more than a count of it the release does not give before it, not how many; not read as the force's figure for the week", f.Text, a.word)}
					}
				}
			}
			continue
		}
		for _, f := range out.Facts {
			switch {
			case counts(f):
				refusals[keyOf(f)] = Message{Code: CodeChangesMeaning, Word: a.word, Value: f.Value, Start: f.Start, End: f.End,
					Text: fmt.Sprintf("%q: %q after it adds more of the same (%q), so it is a part of the week's count, not the whole; not read as the force's figure for the week", f.Text, a.word, a.f.Text)}
			case !a.unread && f.Start == a.f.Start && f.Metric == a.f.Metric && f.Item == a.f.Item && f.Unit == a.f.Unit:
				refusals[keyOf(f)] = Message{Code: CodeChangesMeaning, Word: a.word, Value: f.Value, Start: f.Start, End: f.End,
					Text: fmt.Sprintf("%q: %q says it is more of what was counted before it, not the week's whole; not read as the force's figure for the week", f.Text, a.word)}
			}
		}
	}
}

// kindBefore reports a figure before f in the text read so far (a fact,
// named with a number or not, or a scoped figure) of f's kind: a metric
// of its family ("Officers seized heroin." before "a further 5 wraps of
// cannabis").
func (r *Reader) kindBefore(f Fact, out *Reading) bool {
	mi := r.metricIndex(f.Metric)
	if mi < 0 {
		return true
	}
	top := r.top(mi)
	of := func(g Fact) bool {
		mi := r.metricIndex(g.Metric)
		return g.Start < f.Start && mi >= 0 && r.top(mi) == top
	}
	return slices.ContainsFunc(out.Facts, of) || slices.ContainsFunc(out.Scoped, func(s Scoped) bool { return of(s.Fact) })
}

// factKey names a fact of a text: where it starts, and what it counts.
type factKey struct {
	start              int
	metric, item, unit string
}

func keyOf(f Fact) factKey { return factKey{f.Start, f.Metric, f.Item, string(f.Unit)} }

// dropRefused refuses the facts refuseAddedTo found, once the text is
// read: a sentence's facts are counted from where the sentence's began,
// so facts of sentences before are not dropped while it is read.
func dropRefused(out *Reading, refusals map[factKey]Message) {
	if len(refusals) == 0 {
		return
	}
	keep := out.Facts[:0]
	for _, f := range out.Facts {
		if m, ok := refusals[keyOf(f)]; ok {
			out.Messages = append(out.Messages, m)
			continue
		}
		keep = append(keep, f)
	}
	out.Facts = keep
}

// moodRefused reports a figure whose stance refuses it for its mood or
// whose act it is not: a plan, a habit, a time to come, another's words.
func (p *parser) moodRefused(m *mention) bool {
	st, ok := p.stanceOf(m)
	return ok && st.scope == nil
}

// clauseMetrics are the metrics (the tops of their families) whose act
// the verbs of a figure's clause name: "Officers also arrested a further
// 3 people" names arrests ("checks ..., involving a further 17 people"
// none). A clause with no verb after "and" takes the one before it.
func (p *parser) clauseMetrics(m *mention) map[int]bool {
	from, to := m.el, m.el+1
	for from > 0 && !p.clauseEdgeEl(from-1) {
		from--
	}
	for to < len(p.els) && !p.clauseEdgeEl(to) {
		to++
	}
	if !p.verbIn(from, to) && from > 1 && p.els[from-1].kind == eFunc && p.els[from-1].fn == "coord" {
		// "Officers arrested 12 people and an additional 3 people",
		// "... and an extra 3 people": a clause with no verb of its own
		// after "and" shares the verb of the clause before it (review27
		// W1)
		from--
		if p.els[from-1].kind == ePunct && p.els[from-1].fn == "," {
			from-- // ", and an additional 3 people"
		}
		for from > 0 && !p.clauseEdgeEl(from-1) {
			from--
		}
	}
	tops := map[int]bool{}
	for k := from; k < to; k++ {
		if !p.els[k].verbLike() {
			continue
		}
		for _, s := range p.els[k].e.senses {
			if s.role == rAction || s.role == rAllow {
				tops[p.r.top(s.metric)] = true
			}
		}
	}
	return tops
}

// sameCount reports two figures that count some of the same things: of
// one metric or one the other's part ("arrests" and "arrests of men"),
// of one item or either of no item, in one unit.
func (r *Reader) sameCount(a, b Fact) bool {
	if a.Unit != b.Unit || a.Item != "" && b.Item != "" && a.Item != b.Item {
		return false
	}
	i, j := r.metricIndex(a.Metric), r.metricIndex(b.Metric)
	if i < 0 || j < 0 {
		return false
	}
	return r.descends(i, j) || r.descends(j, i) || strings.EqualFold(a.Metric, b.Metric)
}

// addsToUnread gives the figures of a sentence said as more of what was
// counted before them ("3 more", "a further 3"; additionsOf's words)
// after a figure of the sentence that gave no reading, by their start,
// with the word that adds (review24 V8): "Officers crushed 12 cars and
// seized 3 more": the 12 is refused (an act nobody taught), and the 3
// is more of them, so the week's seizures are 15 or unknown; the 3 is
// no whole. refuseAddedTo cannot see the figure added to, as it gave no
// fact. A figure before it that was read (a fact, or scoped) is left to
// refuseAddedTo.
func (p *parser) addsToUnread(ms []*mentionWords, from, scoped []int, out *Reading) map[int]string {
	starts := map[int]string{}
	unread := false // a figure before gave no reading
	for i, mw := range ms {
		if mw.m.amt == nil || mw.m.part {
			continue
		}
		if w := p.addition(mw.m); w != "" && unread && from[i] >= 0 && !p.comparedAfter(mw.m) && !p.addsInName(mw.m) {
			starts[out.Facts[from[i]].Start] = w
		}
		unread = unread || from[i] < 0 && scoped[i] < 0
	}
	return starts
}
