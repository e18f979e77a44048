package phrase

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/countylines/countylines/etl"
)

// words is the meaning a figure's words carry once its sentence is read.
type words struct {
	hard      []*entry // its own words and verbs, and what it inherits: each must fit the metric
	soft      []*entry // trailing words and context: may complete the reading, never overrule it
	verbs     []*entry // verbs its siblings may share: "34 men and nine women were arrested"
	unknown   []string
	changer   []change
	within    int      // the metric a part of a total must be, or a child of; -1 if any
	describes bool     // its trailing words say what its things are: "phones linked to county lines"
	relTail   bool     // its trailing words go on to a link or a relative clause: "checks on people who may be susceptible to cuckooing"
	compl     []*entry // its "to" complement\'s words, which its siblings do not take
	trail     []*entry // its trailing words before any "including"
	post      []*entry // the verbs after the last of its list, when it has a verb of its own before it: "spoke to three children and five adults at risk"
	ctx       []*entry // the heading's words, the last of soft
	scope     *scope   // words of its sentence that put it in one day, another period or a part of the force
}

// sentence is a stretch of text read on its own: a line, or a sentence
// of it ended by a full stop.
type sentence struct{ from, to int }

var abbrev = map[string]bool{"c": true, "approx": true, "incl": true, "inc": true, "no": true, "est": true, "eg": true, "etc": true, "vs": true, "st": true, "mr": true, "dr": true, "ca": true}

func splitSentences(text string, toks []token) []sentence {
	var out []sentence
	start := 0
	for i, t := range toks {
		end := false
		if t.kind == tPunct && (t.norm == "." || t.norm == "!" || t.norm == "?") {
			end = i == 0 || !abbrev[toks[i-1].norm]
		}
		if i+1 < len(toks) && strings.Contains(text[t.end:toks[i+1].start], "\n") {
			end = true
		}
		if end {
			out = append(out, sentence{start, i + 1})
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, sentence{start, len(toks)})
	}
	return out
}

// lineFrom is the line of text that holds the offset at, from its start
// (with any bullet the tokens leave out) to its end.
func lineFrom(text string, at int) string {
	from := strings.LastIndex(text[:at], "\n") + 1
	to := len(text)
	if k := strings.Index(text[at:], "\n"); k >= 0 {
		to = at + k
	}
	return strings.TrimSpace(text[from:to])
}

// bulleted reports a line that is an item of a bulleted list: "- 3
// arrests", "• 5 knives", "* £500 cash".
func bulleted(line string) bool {
	for _, b := range []string{"-", "–", "—", "•", "*", "·", "▪", "◦", "‣", "●", "○", "■", "□", "➢", "►", "✓"} {
		if strings.HasPrefix(line, b) {
			return true
		}
	}
	return false
}

// startsSentence reports a line that begins as a sentence does, with a
// capital letter, not as the rest of a bullet's words wrapped onto the
// next line ("- 12 people were arrested and" / "5 knives seized").
func startsSentence(line string) bool {
	for _, r := range line {
		return unicode.IsUpper(r)
	}
	return false
}

// opensWhole reports a line whose own first words give the whole force
// or the whole week, not the heading's part: "Across the county, ...",
// "This week ...", "Overall ...".
func opensWhole(line string) bool {
	l := strings.ToLower(line)
	for _, w := range []string{"across ", "this week", "overall", "in total", "in all", "altogether", "throughout the week", "during the week", "over the week", "county-wide", "countywide", "force-wide", "forcewide"} {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	return false
}

// ownSentence reports a line that reads as a sentence of its own, not
// as an item of a list written without its bullet: it ends with a full
// stop, is no "Label: value" or "Label - value" pair, and has a finite
// verb with a subject before it ("Officers arrested 12 people.", "Five
// knives were seized."); "Five knives seized", "3 phones seized.",
// "Knives seized: 5", "Warrants executed - 12" and "A further 2
// arrests" are items.
func (p *parser) ownSentence(line string) bool {
	if len(p.toks) == 0 || !slices.Contains([]string{".", "!"}, p.toks[len(p.toks)-1].norm) {
		return false
	}
	if strings.Contains(line, ":") || strings.Contains(line, " - ") || strings.Contains(line, " – ") || strings.Contains(line, " — ") {
		return false
	}
	amount := false
	for k, el := range p.els {
		if el.kind == eAmount {
			amount = true
		}
		if k > 0 && (el.kind == eFunc && el.fn == "aux" || el.verbLike() && !amount) {
			for _, b := range p.els[:k] {
				if b.kind != ePunct && b.kind != eFunc {
					return true // a subject before the verb
				}
			}
		}
	}
	return false
}

// runsOn reports a line whose words go on onto the next: it ends with a
// comma, a dash or a word that cannot end a clause ("- 12 arrests were
// made in" / "Medway and Swale").
func runsOn(line string) bool {
	if strings.HasSuffix(line, ",") || strings.HasSuffix(line, "-") || strings.HasSuffix(line, "–") {
		return true
	}
	f := strings.Fields(line)
	return len(f) > 0 && funcWords[strings.ToLower(f[len(f)-1])] != ""
}

// Read reads the figures of a phrase, a sentence or a whole text.
func (r *Reader) Read(text string, ctx Context) Reading {
	out := r.read(text, ctx)
	r.unreadTails(text, ctx, &out)
	r.trailingChangers(text, ctx, &out)
	r.asides(text, ctx, &out)
	r.unreadItems(text, &out)
	r.agedOnes(text, &out)
	r.shares(text, &out)
	r.oneInN(text, &out)
	r.inexactFractions(text, &out)
	r.decimalCommas(text, &out)
	oneUnquantified(&out)
	r.anotherBodys(ctx, &out)
	return out
}

// anotherBodys moves every fact of a text whose force is another body
// than a force of forces.csv into Scoped, each with a message: a code
// that words.csv names as another body ("Police Scotland,actor,body":
// police_scotland; "NCA": nca) gives that body's figures, never an
// England and Wales force's own week (a force's, a regional unit's and
// "national" texts are read as before).
func (r *Reader) anotherBodys(ctx Context, out *Reading) {
	if len(out.Facts) == 0 || ctx.Force == "" || ctx.Force == "national" {
		return
	}
	var ws []string
	for _, t := range tokenize(strings.ReplaceAll(ctx.Force, "_", " ")) {
		ws = append(ws, t.norm)
	}
	if r.actors[strings.Join(ws, " ")] != actorBody {
		return
	}
	for _, f := range r.cat.Forces {
		if f.Code == ctx.Force {
			return
		}
	}
	for _, f := range out.Facts {
		out.Scoped = append(out.Scoped, Scoped{Fact: f, Kind: ScopeOther, Words: ctx.Force})
		v := f.Value
		out.Messages = append(out.Messages, Message{Code: CodeChangesMeaning, Value: v, Start: f.Start, End: f.End,
			Text: fmt.Sprintf("%q: the text is %s's, another body than a force of forces.csv (England and Wales): its figure, not a force's for the week", f.Text, ctx.Force)})
	}
	out.Facts = nil
}

// oneUnquantified keeps one fact of an item named twice with no number
// ("cannabis bud, and cannabis plants were seized": cannabis, named with
// no number): two unquantified facts of one metric and item say one
// thing, that it was seized, and count nothing apart. The one with no
// unit is kept, as the item is named plainly; a figure with a number
// is never touched.
func oneUnquantified(out *Reading) {
	first := map[[2]string]int{}
	var keep []Fact
	for _, f := range out.Facts {
		if f.Value != nil || f.Qualifier != etl.Unquantified {
			keep = append(keep, f)
			continue
		}
		k := [2]string{f.Metric, f.Item}
		i, seen := first[k]
		if !seen {
			first[k] = len(keep)
			keep = append(keep, f)
			continue
		}
		if keep[i].Unit != "" && f.Unit == "" {
			keep[i] = f
		}
	}
	out.Facts = keep
}

func (r *Reader) read(text string, ctx Context) Reading {
	var out Reading
	var ctxWords []*entry
	var ctxChanger change
	if ctx.Heading != "" {
		ctxWords, ctxChanger = r.contextWords(ctx.Heading)
	}
	toks := tokenize(text)
	var lastHead *mentionWords
	var heads []scope // the scopes of the line heading the list being read
	bullets := false  // the list's lines so far have bullets
	lastYears := false
	otherBefore := false
	var carried []scope                 // what a sentence referring back takes from the sentences before (carried.go)
	addRefused := map[factKey]Message{} // facts a later figure adds to (additions.go)
	for n, s := range splitSentences(text, toks) {
		p := &parser{r: r, src: text, toks: toks[s.from:s.to], cell: ctx.Heading != "", force: ctx.Force, week: ctx.Week, otherBefore: otherBefore, carried: carried}
		p.els = r.elements(p.toks)
		whole := p.els // the sentence's elements, a parenthesis and all (listKinds)
		if n > 0 && strings.Count(text[toks[s.from-1].end:toks[s.from].start], "\n") > 1 {
			heads = nil // a blank line ends a list
			lastYears = false
		}
		if n > 0 && heads != nil && strings.Contains(text[toks[s.from-1].end:toks[s.from].start], "\n") {
			switch line := lineFrom(text, toks[s.from].start); {
			case bulleted(line):
				bullets = true
			case bullets && startsSentence(line) && !runsOn(lineFrom(text, toks[s.from-1].start)) && (opensWhole(line) || p.ownSentence(line)):
				// "In Medway:" over "- 3 arrests", then "Across the
				// county, officers arrested 12 people": a line of its
				// own after the list's bullets ends the list; an item
				// written without a bullet ("Five knives seized",
				// "Knives seized: 5", "A further 2 arrests") is still
				// the list's (review21 V26)
				heads = nil
			}
		}
		p.lastYears, lastYears = lastYears, p.lastYearsWeek()
		// "Results for the week ending 10 October:", "On Tuesday:",
		// "In Medway:" heading a list: its scopes are every line's of
		// the list after it, up to a blank line or another heading, as
		// a colon's opening words are its line's (scoped); the week's
		// own heading has none
		heading := p.headingLine(text, s.to, toks)
		if heading {
			heads = nil
		}
		p.heads = heads
		nf, ns := len(out.Facts), len(out.Scoped)
		var inner *parser
		o, c, figures, ok := p.parenthesis()
		aside := func(k int) bool { return ok && k > o && k < c } // an element of whole in the parenthesis
		if ok {
			// "12 people – 5 male and 7 female – were arrested": the
			// clause is read without its parenthesis, whose figures are
			// parts of the figure it follows; "Seizures – heroin, crack
			// and cannabis – had a street value of £41,000": items named
			// with no number stand in the clause as its words; a remark
			// ("– and it's still increasing –") is no part of it.
			els := append([]elem{}, p.els[:o]...)
			switch {
			case figures:
				inner = &parser{r: r, src: text, toks: p.toks, els: p.els[o+1 : c], parts: true, changer: p.asideChanger(o, c), cell: p.cell, force: p.force, week: p.week, otherBefore: otherBefore, carried: carried}
			case p.els[o+1].kind == eFunc && p.els[o+1].fn == "part" && p.amountInClause(o) && p.examplesOnly(rangeInts(o+2, c)):
				// "Five men and two boys – including a 15-year-old lad –
				// have been arrested": what a figure includes, with no
				// number, adds no figure
			case p.namesSomething(rangeInts(o+1, c)) && !p.els[o-1].hasRole(rItem):
				// the items a kind is made of; after an item already
				// named ("Class A drugs – heroin and crack –") they are
				// examples of it
				els = append(els, p.els[o+1:c]...)
			}
			p.els = append(els, p.els[c+1:]...)
		} else if a, b, c, ok := p.partOfTotal(); ok {
			// "Eleven of the 27 arrests were of under-18s": the total is
			// read with its words up to the copula, and the first number
			// is a part of it with the words after it.
			if p.verbBefore(a) {
				// "Officers arrested 11 of the 40 people": the verb
				// counts the 11, a part of 40 whose count it is not
				p.ofTotal, p.ofTotalEl = p.raw(p.els[a].from, p.els[min(b+1, len(p.els)-1)].to), a
			}
			els := append(append([]elem{}, p.els[:a]...), p.els[b:c]...)
			inner = &parser{r: r, src: text, toks: p.toks, els: append([]elem{p.els[a]}, p.els[c:]...), parts: true, cell: p.cell, force: p.force, week: p.week, otherBefore: otherBefore, carried: carried}
			// a time said after the part's words, at the sentence's
			// end, may be the total's as much as the part's ("1,250 of
			// the 48 people arrested were women on Wednesday"): it
			// takes the total too
			for _, s := range p.scopes() {
				if s.el >= c && (s.kind == scopeDay || s.kind == scopePeriod || s.kind == scopeRunning) && p.trailing(s.el, len(p.els)) {
					s.el = len(els) - 1
					p.after = append(p.after, s)
				}
			}
			p.els = els
			o = a + 1
		}
		head := lastHead
		refused := map[*mentionWords]int{} // a figure refused for its meaning or scope: its message
		partOther := map[int]string{}      // totals a part of another period is of, by start: the period's words
		read := func(p *parser, prev *mentionWords) []*mentionWords {
			ms := p.mentions(prev)
			p.ments = p.ments[:0]
			for _, mw := range ms {
				p.ments = append(p.ments, mw.m)
			}
			first := len(out.Facts) // the first fact of this sentence
			var from []int          // the fact each mention gave, or -1
			var scoped []int        // the scoped figure each mention gave, or -1
			var twins twinChecks    // the items named with no number whose twins judge them
			var prevMW *mentionWords
			for _, mw := range ms {
				nm := len(out.Messages)
				mw.w.soft = append(mw.w.soft, ctxWords...)
				mw.w.ctx = ctxWords
				if ctxChanger.words != "" {
					mw.w.changer = append(mw.w.changer, ctxChanger) // under "Previous week", "YTD"
				}
				if p.changer.words != "" {
					mw.w.changer = append(mw.w.changer, p.changer) // "– unlike last week, when 40 were arrested –"
				}
				n, s := len(out.Facts), len(out.Scoped)
				r.resolve(p, mw, &out)
				if v := mw.m.peopleVerb; v != "" && len(out.Facts)+len(out.Scoped) == n+s+1 {
					var f Fact
					if len(out.Facts) > n {
						f = out.Facts[n]
					} else {
						f = out.Scoped[s].Fact
					}
					out.Facts, out.Scoped = out.Facts[:n], out.Scoped[:s]
					out.Messages = append(out.Messages, Message{Code: CodeNoMetric, Word: v, Start: f.Start, End: f.End,
						Text: fmt.Sprintf("%q: named with no number beside a figure whose only verb, %q, is done to people, not things: what was done with them the words do not say; not read as seized", f.Text, v)})
				}
				if len(out.Facts) == n+1 && prevMW != nil && p.ofPart(prevMW.m, mw.m) {
					// "Officers arrested 12 people, including 7
					// arrested on 3 warrants": the warrants the part
					// was arrested on, some of the week's
					f := out.Facts[n]
					out.Facts = out.Facts[:n]
					out.Messages = append(out.Messages, Message{Code: CodeChangesMeaning, Value: f.Value, Start: f.Start, End: f.End,
						Text: fmt.Sprintf("%q: said of a part before it (%q), so it counts only that part's, not the week's whole; not read as the force's figure for the week", f.Text, p.text(p.els[prevMW.m.el]))})
				}
				prevMW = mw
				if len(out.Facts) == n+1 && p.partOfNamed(mw.m, out.Facts[n]) != "" {
					// "Phones including 3 burner phones were seized",
					// "Officers seized knives, including 3 kitchen
					// knives": a part of the same things named with no
					// number is no count of them all (closing28 D5)
					f := out.Facts[n]
					out.Facts = out.Facts[:n]
					out.Messages = append(out.Messages, Message{Code: CodeChangesMeaning, Word: p.partOfNamed(mw.m, f), Value: f.Value, Start: f.Start, End: f.End,
						Text: fmt.Sprintf("%q: a part of the %q named before it with no number, so it counts only some of them, not the week's whole; not read as the force's figure for the week", f.Text, p.partOfNamed(mw.m, f))})
				}
				twins.add(p, mw.m, &out, n)
				from, scoped = append(from, -1), append(scoped, -1)
				if len(out.Facts) == n+1 {
					from[len(from)-1] = n
				}
				if len(out.Scoped) == s+1 {
					scoped[len(scoped)-1] = s
				}
				if pm := mw.m.parentMW; mw.m.part && pm != nil && len(out.Facts) == n+1 {
					if i, ok := refused[pm]; ok {
						// "Last year 43 arrests (including 7 under
						// 18)": a part of a refused total is refused
						if partsOfRefused(&out, n, s, out.Messages[i]) {
							scoped[len(scoped)-1] = len(out.Scoped) - 1
						}
						from[len(from)-1] = -1
					}
				}
				if pm := mw.m.parentMW; mw.m.part && pm != nil && pm.fact != nil && len(out.Facts) == n && mw.w.scope != nil && mw.w.scope.kind == scopePeriod {
					// "Officers made 43 arrests; 3 of these were made
					// before the week began": a part of the total said
					// of another period makes the total more than the
					// week's (drafts27's list)
					partOther[pm.fact.Start] = mw.w.scope.words
				}
				for i := nm; i < len(out.Messages) && len(out.Facts) == n; i++ {
					if out.Messages[i].Code == CodeChangesMeaning {
						refused[mw] = i
					}
				}
				if !mw.m.part && mw.m.amt != nil {
					lastHead = mw
				}
			}
			added := addedTo(p, ms, from, &out)
			eachs := p.afterEach(ms, from, &out)
			addsUnread := p.addsToUnread(ms, from, scoped, &out)
			adds := p.additionsOf(ms, from, scoped, &out)
			compared := p.comparedBy(ms, from, &out)
			others := p.othersOf(ms, from, scoped, &out)
			beside := p.partsBeside(ms, from, &out)
			sameScopedInList(ms, from, scoped, &out)
			p.elidedParts(ms, from, scoped, &out)
			sameInList(ms, from, &out)
			r.kindsAlone(p, ms, from, ctx, &out) // before sameAsShared: it uses the indices in from
			sameAsShared(ms, first, &out)
			r.twinVerdicts(p, &twins, ctx, &out)
			out.refuseByWord(added, "%q: %q adds more of the same after it, so it is a part of the count, not the week's whole")
			out.refuseByWord(partOther, "%q: a part of it is said of another period (%q), so it counts more than the week's")
			out.refuseByWord(eachs, "%q: said after a figure of %q, each one's, it is their sum or another stretch's count, not plainly the force's week")
			out.refuseByWord(addsUnread, "%q: %q says it is more of a figure before it that was not read, so it is not the week's whole")
			out.refuseByWord(compared, "%q: %q with \"than\" makes the number a difference from another count, not how many there were")
			out.refuseByWord(others, "%q: the %q after it, not read, are more of what it counts, so it is a part of the count, not the whole")
			out.refuseByWord(beside, "%q: a part of what it counts is named beside it after %q, not among it, so the whole is it or it and the part; not said which")
			if ctx.twin {
				// a twin's number stands for things named with none:
				// "more knives" read as "41 more knives" is more of
				// them, no difference from a count
				for i := range adds {
					adds[i].between = false
				}
			}
			r.refuseAddedTo(adds, &out, addRefused, ctx.release && !ctx.twin)
			return ms
		}
		ms := read(p, head)
		spans := figureSpans(p, ms)
		if inner != nil {
			inner.heads = heads // "On 3 October:" over "- 12 people (5 men) were arrested"
			// the parts are of the figure the parenthesis follows
			var before *mentionWords
			for _, mw := range ms {
				if !mw.m.part && mw.m.amt != nil && mw.m.el < o {
					before = mw
				}
			}
			last := lastHead
			spans = append(spans, figureSpans(inner, read(inner, before))...)
			lastHead = last
		}
		from, to := toks[s.from].start, toks[s.to-1].end
		p.kindOtherVerb(whole, from, to, &out)
		p.listKinds(whole, spans, from, to, &out)
		// "Police have seized weapons, more than £30,000 in cash and
		// drugs ... in Plymouth", "Cash, drugs and weapons have been
		// seized and 12 more people arrested yesterday": a group word
		// named with no number in a sentence whose figures are not the
		// force's week (another period, a part, another's) is as much
		// theirs as the week's; the sentence does not say, so it is
		// not read.
		// (by the sentence's offsets: a later sentence may refuse facts
		// read before it, so its facts are not those after nf)
		inSentence := func(start int) bool { return start >= from && start < to }
		if a, b := p.weeksAgainst(whole, aside); a != "" && !p.cell {
			// "Police arrested 37 people in Kent last week and 5 this
			// week": two weeks set against each other, either of which
			// may be the operation's (review28 W2); a week in an aside
			// is the aside's ("This week – unlike last week, when 40
			// were arrested – 12 people were arrested": asideChanger)
			out.refuseFacts(inSentence, func(f Fact) Message {
				return Message{Code: CodeAmbiguous, Value: f.Value, Start: f.Start, End: f.End,
					Text: fmt.Sprintf("%q: %q and %q in one sentence set two weeks against each other; which is the operation's week the words do not say; not read as the force's figure for the week", f.Text, a, b)}
			})
		}
		if slices.ContainsFunc(out.Scoped, func(sc Scoped) bool { return inSentence(sc.Start) }) {
			group := map[int]bool{}
			for _, f := range out.Facts {
				if f.Value == nil && f.Item == "" && inSentence(f.Start) {
					group[f.Start] = true
				}
			}
			out.refuseFacts(func(start int) bool { return group[start] }, func(f Fact) Message {
				return Message{Code: CodeChangesMeaning, Start: f.Start, End: f.End,
					Text: fmt.Sprintf("%q: named with no number beside figures of the sentence that are not the force's week: whose it is is not said; not read as the force's figure for the week", f.Text)}
			})
		}
		if heading && len(out.Facts) == nf && len(out.Scoped) == ns {
			heads, bullets = p.scopes(), false
		}
		otherBefore = p.otherPerson(otherBefore)
		carried = p.carriedAfter(ms, &out, nf, ns)
	}
	dropRefused(&out, addRefused)
	return out
}

// headingLine reports a sentence, ending at token to, that is a line
// ending in a colon with a line after it: the heading of a list.
func (p *parser) headingLine(text string, to int, toks []token) bool {
	return to < len(toks) && toks[to-1].is(":") && strings.Contains(text[toks[to-1].end:toks[to].start], "\n")
}

// addedTo finds the facts of the figures before one refused as an
// addition ("Officers arrested 12 people, and a further 3"; "12 men
// were arrested and 3 more were arrested") said with the same act: the
// week's count is theirs and more, so each is only a part of it (review23
// R12). It gives the facts' starts, each with the word that adds; from
// is the fact each mention gave.
func addedTo(p *parser, ms []*mentionWords, from []int, out *Reading) map[int]string {
	starts := map[int]string{}
	for i, mw := range ms {
		if !mw.added && !mw.addedAny && mw.elsewhere == "" {
			continue
		}
		for j := 0; j < i; j++ {
			if from[j] < 0 {
				continue
			}
			same := mw.addedAny
			for _, e := range filter(mw.w.hard, rAction) {
				for _, o := range filter(ms[j].w.hard, rAction) {
					same = same || p.sameAction(e, o)
				}
			}
			word := p.addition(mw.m)
			if mw.elsewhere != "" && !has(mw.w.hard, rAction) {
				// no act of its own: the same noun, or none ("and 5 in
				// London") says the same thing counted
				same = true
				for _, e := range filter(mw.w.hard, rObject, rPerson, rItem) {
					same = same && slices.Contains(ms[j].w.hard, e)
				}
			}
			if mw.elsewhere != "" {
				word = mw.elsewhere
				for k := j + 1; k < i; k++ {
					// "12 people, 5 in Medway and 7 in Maidstone": the
					// last of a list of the parts, not more of them
					same = same && (ms[k].elsewhere != "" || !bare(ms[k]))
				}
			}
			if same {
				starts[out.Facts[from[j]].Start] = word
			}
		}
	}
	return starts
}

// kindsAlone keeps a figure whose number counts the first of more kinds
// than it ("three firearms, knives and axes were seized", kindsFirst)
// and the kinds after it, named with no number, only when the sentence
// without those kinds reads that same figure ("three firearms were
// seized"): the words before and after the list, a modal, a zero,
// another force, period or place, a word after the list ("imitation"),
// are then judged as they are for one kind. Otherwise none of them is
// read, and a message says so. from is the fact each mention gave.
func (r *Reader) kindsAlone(p *parser, ms []*mentionWords, from []int, ctx Context, out *Reading) {
	var drop []int
	for i, mw := range ms {
		c := mw.m.kindsCut
		if c == nil {
			continue
		}
		a, b := p.toks[p.els[c[0]].from].start, p.toks[p.els[c[1]-1].to-1].end
		first, last := p.toks[0].start, p.toks[len(p.toks)-1].end
		ok := false
		if f := from[i]; f >= 0 {
			alone := r.Read(p.src[first:a]+p.src[b:last], ctx)
			for _, g := range alone.Facts {
				ok = ok || sameFact(g, out.Facts[f])
			}
		}
		if ok {
			continue
		}
		var v *float64
		if from[i] >= 0 {
			drop = append(drop, from[i])
			v = out.Facts[from[i]].Value
		}
		for j, o := range ms {
			if o.m.amt == nil && o.m.start >= c[0] && o.m.start < c[1] && from[j] >= 0 {
				drop = append(drop, from[j])
			}
		}
		at := p.toks[p.els[mw.m.el].from].start
		out.Messages = append(out.Messages, Message{Code: CodeAmbiguous, Value: v, Start: at, End: b, Word: p.src[a:b],
			Text: fmt.Sprintf("%q: a number before more kinds of item than it counts, whose first kind alone does not read so: one figure for all, or a list?", p.src[at:b])})
	}
	if len(drop) == 0 {
		return
	}
	slices.Sort(drop)
	drop = slices.Compact(drop)
	for k := len(drop) - 1; k >= 0; k-- {
		out.Facts = slices.Delete(out.Facts, drop[k], drop[k]+1)
	}
}

// sameFact reports two facts of the same metric, item, unit, value and
// qualifier.
func sameFact(a, b Fact) bool {
	if a.Metric != b.Metric || a.Item != b.Item || a.Unit != b.Unit || a.Qualifier != b.Qualifier || (a.Value == nil) != (b.Value == nil) {
		return false
	}
	return a.Value == nil || *a.Value == *b.Value
}

// partsOfRefused refuses the facts from index n on, parts of a total
// refused for its meaning or its scope (message m): "Last year 43
// arrests (including 7 under 18)" gives no arrests of under 18s for the
// week. A part of a scoped total is scoped as it is, from index s of
// the scoped figures on; it reports whether it was.
func partsOfRefused(out *Reading, n, s int, m Message) bool {
	var total *Scoped
	for i := s - 1; i >= 0; i-- {
		if sc := out.Scoped[i]; sc.Value != nil && m.Value != nil && *sc.Value == *m.Value && sc.Start >= m.Start && sc.End <= m.End {
			total = &out.Scoped[i]
			break
		}
	}
	for _, f := range out.Facts[n:] {
		out.Messages = append(out.Messages, Message{Code: CodeChangesMeaning, Word: m.Word, Value: f.Value, Start: f.Start, End: f.End,
			Text: fmt.Sprintf("%q is a part of a figure not read as the force's for the week (%s); not read", f.Text, m.Text)})
		if total != nil && (f.Metric != total.Metric || f.Item != total.Item) {
			// a part read as its total's own metric is no part the
			// catalogue holds ("On Monday, 3 of the 12 arrests ..."):
			// refused, never scoped
			out.Scoped = append(out.Scoped, Scoped{Fact: f, Kind: total.Kind, Words: total.Words})
		} else {
			total = nil
		}
	}
	out.Facts = out.Facts[:n]
	return total != nil
}

func rangeInts(from, to int) []int {
	out := make([]int, 0, to-from)
	for k := from; k < to; k++ {
		out = append(out, k)
	}
	return out
}

// verbBefore reports a verb before element a in its clause: "Officers
// arrested 11 of the 40 people".
func (p *parser) verbBefore(a int) bool {
	for k := a - 1; k >= 0; k-- {
		el := p.els[k]
		if el.strong() || el.kind == ePunct || el.kind == eFunc && (el.fn == "coord" || el.fn == "rel") {
			return false
		}
		if el.verbLike() {
			return true
		}
	}
	return false
}

// partOfTotal finds "Eleven of the 27 arrests": a number at element a,
// "of", a determiner and a number at b; c is the copula that ends the
// total's words ("... were of under-18s"), or the end of the sentence
// when there is none (the part then has no words of its own).
func (p *parser) partOfTotal() (a, b, c int, ok bool) {
	els := p.els
	for a = 0; a+2 < len(els); a++ {
		switch {
		case els[a].kind != eAmount:
			continue
		case a+3 < len(els) && els[a+1].kind == eFunc && els[a+1].fn == "of" && els[a+2].kind == eFunc && els[a+2].fn == "det" && els[a+3].kind == eAmount:
			b = a + 3
		case els[a+1].kind == eFunc && els[a+1].fn == "part" && strings.HasPrefix(strings.ToLower(p.text(els[a+1])), "of ") && els[a+2].kind == eAmount:
			b = a + 2 // "three of these 40 phones"
		default:
			continue
		}
		for c = b + 1; c < len(els); c++ {
			el := els[c]
			if el.kind == eFunc && el.fn == "aux" || el.kind == ePunct || el.kind == eAmount || el.kind == eFunc && el.fn == "coord" {
				break
			}
		}
		if c < len(els) && !(els[c].kind == eFunc && els[c].fn == "aux") {
			c = len(els)
		}
		return a, b, c, true
	}
	return 0, 0, 0, false
}

// parenthesis finds words set between a pair of dashes or brackets
// inside a clause that goes on after them with a verb, a preposition or
// a value ("worth"):
// the elements of its opening and closing signs, and whether it holds a
// figure. A dash after a colon or at the start is a list's bullet, not
// a parenthesis.
func (p *parser) parenthesis() (o, c int, figures, ok bool) {
	els := p.els
	for o = 1; o < len(els); o++ {
		// "710 people, including 58 children, were referred": a part
		// between commas, when the clause's verb comes after it.
		comma := els[o].kind == ePunct && els[o].fn == "," && o+1 < len(els) && els[o+1].kind == eFunc && els[o+1].fn == "part"
		if els[o].kind != ePunct || els[o].fn != "–" && els[o].fn != "(" && !comma || els[o-1].kind == ePunct {
			continue
		}
		closing := "–"
		switch {
		case comma:
			closing = ","
		case els[o].fn == "(":
			closing = ")"
		}
		figures = false
		for c = o + 1; c < len(els); c++ {
			el := els[c]
			if el.kind == ePunct && (el.fn == closing || el.fn == "–" || el.fn == "(" || el.fn == ":" || el.fn == ";") {
				break
			}
			figures = figures || el.kind == eAmount
		}
		if c >= len(els) || els[c].fn != closing || c == o+1 || c+1 >= len(els) {
			if comma {
				continue
			}
			return 0, 0, false, false
		}
		next := els[c+1]
		if comma {
			if figures && (next.kind == eFunc && next.fn == "aux" || next.verbLike()) {
				return o, c, figures, true
			}
			continue
		}
		// "43 arrests (including 7 men) last year": a period or a
		// changer after it is the clause's, and its figures' parts'
		if next.kind == eFunc && (next.fn == "aux" || next.fn == "prep" || next.fn == "with") || next.verbLike() || next.hasRole(rValue) ||
			next.hasRole(rChanger) || next.hasRole(rPeriod) {
			return o, c, figures, true
		}
		// "This week – unlike last week, when 40 were arrested – 12
		// people were arrested": an aside with figures before the
		// clause's own figure, when none stands before it.
		if next.kind == eAmount && figures && !p.amountIn(0, o) {
			return o, c, figures, true
		}
		return 0, 0, false, false
	}
	return 0, 0, false, false
}

// amountIn reports an amount among the elements [from, to).
func (p *parser) amountIn(from, to int) bool {
	for k := from; k < to && k < len(p.els); k++ {
		if p.els[k].kind == eAmount {
			return true
		}
	}
	return false
}

// asideChanger is the first word of a parenthesis at elements (o, c)
// that says its figures are of another time or meaning ("unlike last
// week, when 40 were arrested"), or of the words before it in its clause
// that its figures describe ("The previous operation – which saw 40
// arrests –"): the figures of an aside are the aside's, and a time in it
// is not the release's week. "" if none.
func (p *parser) asideChanger(o, c int) change {
	for k := o + 1; k < c; k++ {
		if p.els[k].hasRole(rChanger) || p.els[k].hasRole(rPeriod) {
			return p.changeOf(p.els[k])
		}
	}
	for k := o - 1; k >= 0 && !p.els[k].strong(); k-- {
		if p.els[k].hasRole(rChanger) {
			return p.changeOf(p.els[k])
		}
	}
	return change{}
}

// sameInList refuses two figures of one list that read as the same
// metric, item and unit: "14 boys and 9 girls were arrested" are two
// parts of the arrests of under 18s that the catalogue does not split,
// and neither is that figure. Each becomes a message.
func sameInList(ms []*mentionWords, from []int, out *Reading) {
	drop := map[int]bool{}
	other := map[int]int{}
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			a, b := from[i], from[j]
			if a < 0 || b < 0 || !listTwins(ms[i], ms[j], out.Facts[a], out.Facts[b]) {
				continue
			}
			drop[a], drop[b] = true, true
			other[a], other[b] = b, a
		}
	}
	if len(drop) == 0 {
		return
	}
	var keep []Fact
	moved := make([]int, len(out.Facts)) // each fact's new index, -1 if dropped
	for i, f := range out.Facts {
		if !drop[i] {
			moved[i] = len(keep)
			keep = append(keep, f)
			continue
		}
		moved[i] = -1
		o := out.Facts[other[i]]
		out.Messages = append(out.Messages, Message{Code: CodeAmbiguous, Text: fmt.Sprintf("%q and %q both read as %s with nothing to tell them apart: each is a part the catalogue does not hold", f.Text, o.Text, f.Metric), Value: f.Value, Start: f.Start, End: f.End})
	}
	out.Facts = keep
	// from names each mention's fact for what runs after (kindsAlone):
	// renumbered, or -1 for a fact dropped here.
	for i, f := range from {
		if f >= 0 {
			from[i] = moved[f]
		}
	}
}

// listTwins reports two figures of one list read as the same metric,
// item and unit.
func listTwins(a, b *mentionWords, fa, fb Fact) bool {
	return a.m.group == b.m.group && a.m.amt != nil && b.m.amt != nil &&
		fa.Metric == fb.Metric && fa.Item == fb.Item && fa.Unit == fb.Unit && fa.Value != nil && fb.Value != nil
}

// sameScopedInList drops a scoped figure of a list that reads as the
// same metric, item and unit as another figure of it, scoped or not, as
// sameInList refuses two facts: "Last year, 14 boys and 9 girls were
// arrested". Its scope's message already names it.
func sameScopedInList(ms []*mentionWords, from, scoped []int, out *Reading) {
	drop := map[int]bool{}
	for i := range ms {
		for j := range ms {
			a, b := scoped[i], scoped[j]
			if i == j || a < 0 {
				continue
			}
			switch {
			case b >= 0 && listTwins(ms[i], ms[j], out.Scoped[a].Fact, out.Scoped[b].Fact),
				from[j] >= 0 && listTwins(ms[i], ms[j], out.Scoped[a].Fact, out.Facts[from[j]]):
				drop[a] = true
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	out.Scoped = undropped(out.Scoped, drop)
}

// undropped is xs without the elements whose index drop holds.
func undropped[T any](xs []T, drop map[int]bool) []T {
	var keep []T
	for i, x := range xs {
		if !drop[i] {
			keep = append(keep, x)
		}
	}
	return keep
}

// contextWords are the words of a heading, as soft words for what is
// read below it, and the first word of it that changes meaning: a
// heading is a label, and "previous week" in a label is another column.
func (r *Reader) contextWords(heading string) ([]*entry, change) {
	var out []*entry
	var changer change
	toks := tokenize(heading)
	for _, el := range r.elements(toks) {
		if el.kind == eLex && (el.hasRole(rChanger) || el.hasRole(rPeriod)) {
			if changer.words == "" {
				changer = change{words: heading[toks[el.from].start:toks[el.to-1].end], kind: changeKind(el)}
			}
			continue
		}
		if el.kind == eLex {
			out = append(out, el.e)
		}
	}
	return out, changer
}

// mentionWords is a mention with the words it ends up with.
type mentionWords struct {
	m    *mention
	w    words
	fact *Fact // what it was read as, once resolved
	// scopedFact is what it was read as when its scope keeps it from
	// the facts (Reading.Scoped)
	scopedFact *Fact
	ownAction  bool    // its own words say what was done: "six of whom were later charged"
	composed   bool    // a part whose word of age or sex was composed with its total's: "(298 adults)" of males
	shared     *[2]int // its figure's byte span, when read as each of two verbs': "arrested and charged 11 people"
	// verbOf is the sibling whose verb it took, having none of its own
	// ("17 men and 18 women will be arrested": the women's): that
	// verb's mood, actor and words of meaning are its too
	verbOf *mentionWords
	// adds is true when, said as "3 more", "another 3", "a further 3",
	// it is more of a figure before it: it took its verb from a sibling
	// and names nothing of its own ("12 men were arrested, and 3 more"),
	// or its own verb is the one before's ("12 men were arrested and 3
	// more were arrested")
	adds bool
	// added is true when it was refused as such an addition: the
	// figures before it of its own act are then parts, not the whole;
	// addedAny when it adds and has no act at all ("..., and an
	// additional 3"): every figure before it may be the part
	added, addedAny bool
	// borrowed is true when it has no verb of its own and took one
	// from a sibling or parent ("12 people, and 5 in London")
	borrowed bool
	// elsewhere: the words that join it, with no verb of its own, on to
	// the figures before it as more of them in another place ("and 5
	// in London", "and 5 elsewhere"): those of its act or noun are parts
	elsewhere string
}

// wieldVerbs say a thing was used, held or carried: "Officers used a
// hammer to force entry", "a man was armed with 2 knives", "attacked
// officers with a hammer". A thing they govern is no seizure.
// (Words that are nouns as often, "force", "use", "attack", "cut",
// "break", are left out: "the Force", "for personal use".)
var wieldVerbs = map[string]bool{
	"used": true, "uses": true, "using": true,
	"armed": true, "arming": true,
	"attacked": true, "attacking": true,
	"threaten": true, "threatened": true, "threatening": true, "threatens": true,
	"carry": true, "carried": true, "carrying": true, "carries": true,
	"brandish": true, "brandished": true, "brandishing": true,
	"wield": true, "wielded": true, "wielding": true,
	"forced": true, "forcing": true,
	"broke": true, "breaking": true,
	"smashed": true, "smashing": true,
	"cutting": true,
	"stabbed": true, "stabbing": true,
	"assaulted": true, "assaulting": true,
	"struck": true, "hitting": true,
}

// findVerbs before "carrying" make a find of it: "found carrying".
var findVerbs = map[string]bool{"found": true, "caught": true, "discovered": true, "detected": true}

// wielded reports the word that makes a figure with no verb of its own
// something used, held or carried rather than seized: the first verb
// before it in its clause is one of wieldVerbs ("Officers used a hammer
// to force entry and seized 5 knives": the hammer), or its thing is a
// person's, with them ("found a man with a crowbar"). Its own verb
// ("seized 5 knives", "5 knives were seized") is the figure's.
func (p *parser) wielded(m *mention) string {
	if m.el < 0 {
		return ""
	}
	if len(m.pre) > 0 {
		// its own verb: "seized 5 knives", "used a hammer"
		i := p.els[m.pre[0]].from
		if t := p.toks[i]; wieldVerbs[t.norm] && !(i+1 < len(p.toks) && p.toks[i+1].is("out")) {
			return t.text
		}
		return ""
	}
	for _, k := range m.core {
		if p.els[k].verbLike() {
			return ""
		}
	}
	for k := m.start - 1; k >= 0; k-- {
		el := p.els[k]
		if el.strong() || el.kind == eFunc && el.fn == "rel" {
			return ""
		}
		if el.kind == eFunc && el.fn == "with" {
			j := k - 1
			for j >= 0 && p.els[j].kind == eFunc && p.els[j].fn == "det" {
				j--
			}
			if j >= 0 && p.els[j].hasRole(rPerson) && !p.els[j].verbLike() {
				return p.raw(j, k+1)
			}
		}
		for i := el.to - 1; i >= el.from; i-- {
			t := p.toks[i]
			if !wieldVerbs[t.norm] {
				continue
			}
			if i+1 < len(p.toks) && p.toks[i+1].is("out") {
				continue // "carried out 28 warrants": done, not carried
			}
			if t.is("carrying", "carried", "carry", "carries") && i > 0 && findVerbs[p.toks[i-1].norm] {
				return ""
			}
			return t.text
		}
		if el.verbLike() {
			return ""
		}
	}
	return ""
}

// neutralVerb reports the word that is the only verb said of a figure
// with no verb or act of its own: a word taught as neutral after "were"
// or "was" in its clause ("5 knives were used", "5 knives and 2
// machetes were used"), with no verb of any metric after the figure to
// the clause's end, and none of the figure's act before it. Neutral
// words describe ("phones used by the dealers were seized"); as the
// clause's verb they say nothing was done that a metric counts (W5).
func (p *parser) neutralVerb(m *mention) string {
	if m.el < 0 {
		return ""
	}
	// "2 machetes were seized and 5 knives were used": "were" straight
	// after the figure's own words opens its own verb, and a verb of a
	// clause before it is not the figure's (frz28b F1)
	own := m.el + 1
	for own < len(p.els) && p.els[own].kind == eLex && !p.els[own].verbLike() {
		own++
	}
	direct := own < len(p.els) && p.els[own].kind == eFunc && p.els[own].fn == "aux" && p.toks[p.els[own].from].is("were", "was")
	if direct {
		// (the neutral word itself straight after it, or after "later")
		j := own + 1
		for j < len(p.els) && p.whenBeforeNeutral(j) {
			j++
		}
		direct = j < len(p.els) && p.els[j].hasRole(rNeutral) && !p.els[j].verbLike()
	}
	if !direct && p.doneSaid(m) {
		return ""
	}
	for _, k := range append(m.pre, m.verbs...) {
		if p.els[k].verbLike() && !(direct && k < m.el) && !(direct && k > own && p.whenBeforeNeutral(k)) {
			return ""
		}
	}
	for k := m.el - 1; k >= 0 && !p.els[k].strong() && !direct; k-- {
		if el := p.els[k]; el.verbLike() && p.actOfFigure(el, m) {
			return "" // "Among the weapons seized were 5 knives, which were hidden"
		}
	}
	word := ""
	for k := m.el + 1; k < len(p.els) && !p.els[k].strong(); k++ {
		el := p.els[k]
		if word != "" && el.kind == eAmount {
			break // "5 knives were used and 3 machetes were seized": a new figure's clause
		}
		if el.verbLike() || el.kind == eUnknown {
			return ""
		}
		if word == "" && el.kind == eFunc && el.fn == "aux" && p.toks[el.from].is("were", "was") {
			// "were used", "were also used", "were later used": the
			// last of the neutral words after it is the verb; a word
			// only allowed beside a metric ("later") says when, no act
			// (frz28b F2)
			j := k + 1
			for j < len(p.els) && (p.els[j].hasRole(rNeutral) && !p.els[j].verbLike() || p.whenBeforeNeutral(j)) {
				j++
			}
			if j > k+1 && p.els[j-1].hasRole(rNeutral) {
				word = p.text(p.els[j-1])
				k = j - 1
			}
		}
	}
	return word
}

// whenBeforeNeutral reports element k, a word taught as neutral that
// otherwise only may stand beside a metric, with no act or thing of its
// own, before a neutral word ("later used"): it says when, and the
// neutral word is the verb.
func (p *parser) whenBeforeNeutral(k int) bool {
	el := p.els[k]
	if el.kind != eLex || k+1 >= len(p.els) || !p.els[k+1].hasRole(rNeutral) || p.els[k+1].verbLike() {
		return false
	}
	neutral := false
	for _, s := range el.e.senses {
		if s.role != rAllow && s.role != rNeutral {
			return false
		}
		neutral = neutral || s.role == rNeutral
	}
	return neutral // ("executed", only allowed beside warrants, is their verb)
}

// seizable reports words that name a thing a seizure counts: an item
// ("knives", "a hammer") or the object of a metric of things seized
// ("weapons", "phones"); not a warrant, a charge or a person.
func (r *Reader) seizable(es []*entry) bool {
	for _, e := range es {
		for _, s := range e.senses {
			if s.role == rItem || s.role == rObject && strings.HasSuffix(r.metrics[s.metric].Code, "_seized") {
				return true
			}
		}
	}
	return false
}

// ownNoun reports a figure whose own words name what it counts: "a
// further 3 women", "another five vulnerable people".
func (p *parser) ownNoun(m *mention) bool {
	for _, k := range m.core {
		if el := p.els[k]; !el.verbLike() && (el.hasRole(rObject) || el.hasRole(rItem) || el.hasRole(rItemMod) || el.hasRole(rModifier) || el.hasRole(rPerson) || el.hasRole(rFacet) || el.hasRole(rUnit)) {
			return true
		}
	}
	return false
}

// rateWords say how often, as "per day" does: "12 arrests daily".
var rateWords = map[string]bool{"daily": true, "nightly": true, "hourly": true, "weekly": true}

// rateUnits are the stretches a rate is of: "a day", "each night".
var rateUnits = map[string]bool{"day": true, "night": true, "hour": true, "week": true, "month": true}

// rateAfter gives the words straight after a figure's words that make
// it a rate ("Officers made 12 arrests a day", "seized 5 knives each
// day", "12 arrests daily"), as "per day" does: "a", "an", "each",
// "every" and a stretch of time, not followed by "of", "after",
// "before", "later" ("12 people in a day of action", "a day after the
// raid" are no rates), or a word of how often.
func (p *parser) rateAfter(m *mention) string {
	if m.amt == nil || m.el < 0 {
		return ""
	}
	to := max(m.end, m.el+1)
	if to > len(p.els) {
		return ""
	}
	last := p.els[to-1].to
	if m.tailEnd > to && m.tailEnd <= len(p.els) {
		last = p.els[m.tailEnd-1].to // its trailing words: "12 addresses linked to cuckooing a day"
	}
	for k := p.els[m.el].to; k <= last && k < len(p.toks); k++ {
		if p.toks[k].is("and", "or", "but", "while", "as", "which", "who", "where", "when", ",", ";", ":", "(", "-", "–", "—") {
			return "" // another clause's: "12 people were arrested and weapons are seized every week"
		}
		if k < p.els[to-1].to {
			continue // its own words: only a clause's breaks are looked for
		}
		if k > 0 && p.toks[k-1].is("in", "on", "over", "within", "during", "for", "by", "across", "throughout", "of", "after", "before", "from", "through", "under", "than", "following", "at", "to", "into", "with", "like", "about") {
			continue // "in a day of action", "during daily patrols"
		}
		if rateWords[p.toks[k].norm] {
			return p.toks[k].text
		}
		if k+1 < len(p.toks) && p.toks[k].is("a", "an", "each", "every", "per") && rateUnits[p.toks[k+1].norm] {
			if k+2 < len(p.toks) && (p.toks[k+2].is("of", "after", "before", "later", "earlier", "ago", "into", "apart", "long", "old", "-", "–") || strings.HasPrefix(p.src[p.toks[k+1].end:], "-")) {
				return ""
			}
			return p.raw(k, k+2)
		}
	}
	return ""
}

// bare reports a figure with no verb or act of its own: "5" of "12
// people in Kent, and 5 in London".
func bare(mw *mentionWords) bool {
	return mw.m.amt != nil && (mw.borrowed || !has(mw.w.hard, rAction) && len(mw.m.pre) == 0 && len(mw.m.verbs) == 0)
}

// elsewhere reports a figure joined on to the one before it ("and 5",
// "plus 5", "and a further 5") that is said of another place than the
// figures before it: a place phrase of its own (a part, a wider area,
// another force's: sc) or a word that says "other places" after it
// ("elsewhere", "outside the county"). A part said as one ("5 of them in
// Medway", "including 5 in Medway") is not joined on, so is not one.
func (p *parser) elsewhere(m *mention, sc *scope) string {
	if m.amt == nil || m.el < 0 || m.el >= len(p.els) {
		return ""
	}
	el := p.els[m.el]
	if el.to < len(p.toks) && p.toks[el.to].is("of") {
		return "" // "and 5 of them in Medway"
	}
	i := el.from - 1
	for i >= 0 && p.toks[i].is("a", "an", "further", "another", "additional", "extra") {
		i--
	}
	if (i < 0 || !p.toks[i].is("and", "plus")) && p.addition(m) == "" {
		return ""
	}
	from := max(i, 0)
	if sc != nil && (sc.kind == scopePlace || sc.kind == scopeWider || sc.kind == scopeOther) {
		return p.raw(from, el.to) + " " + sc.words
	}
	for j := el.to; j < len(p.toks) && j < el.to+3; j++ {
		if p.toks[j].is("elsewhere", "outside") {
			return p.raw(from, j+1)
		}
		if p.toks[j].kind != tWord || p.toks[j].is("and", "or", "but", "while", "with") {
			return ""
		}
	}
	return ""
}

// addition reports the word that makes a figure more of what was
// counted before it: a word of meaning "addition" in words.csv after it
// ("3 more") or before it ("an additional 3", "an extra 3", "a further
// 3"), or the grammar's determiner "another" ("another 3").
func (p *parser) addition(m *mention) string {
	if m.amt == nil || m.el < 0 || m.el >= len(p.els) {
		return ""
	}
	el := p.els[m.el]
	added := func(i int) bool {
		if i+1 < len(p.toks) && p.toks[i+1].is("than") {
			return false // "more than £180,000" is a hedge, not more of a figure
		}
		e := p.r.lex.all[p.toks[i].norm]
		return e.hasMeaning("addition") || p.toks[i].is("another")
	}
	if el.to < len(p.toks) && added(el.to) {
		return p.toks[el.to].text
	}
	for i := el.from; i < el.to; i++ {
		if added(i) { // "an additional 3", read as one figure's words
			return p.toks[i].text
		}
	}
	if el.from > 0 && added(el.from-1) {
		return p.toks[el.from-1].text
	}
	return ""
}

// chargingSaid reports words of a figure, or of its sentence, that say
// charges were laid: "charge" or "charged" in any form, or "laid",
// "brought" ("charged 4 people with 20 offences").
func chargingSaid(toks []token, w words) bool {
	charging := func(x string) bool {
		return strings.HasPrefix(x, "charg") || x == "laid" || x == "brought" || x == "lay" || x == "bring"
	}
	for _, t := range toks {
		if t.kind == tWord && charging(t.norm) {
			return true
		}
	}
	for _, e := range w.ctx {
		for _, x := range e.words {
			if charging(x) {
				return true
			}
		}
	}
	return false
}

// actNoun reports the word of an act ending before toks[j] said as a
// noun: in the plural ("seizures", "recoveries") or before "of" ("one
// seizure of cash"); not a verb ("seized", "recovered").
func actNoun(toks []token, j int) bool {
	t := toks[j-1]
	if t.kind != tWord {
		return false
	}
	w := strings.ToLower(t.text)
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || j < len(toks) && toks[j].is("of") && !strings.HasSuffix(w, "ed")
}

// mentions finds the figures of a sentence, how they relate (siblings in
// a list, parts of a total), and the words each one has.
func (p *parser) mentions(prevHead *mentionWords) []*mentionWords {
	els := p.els
	var out []*mentionWords
	floor := 0
	group := 0
	// "Of these, 28 were adult males": the first figure is a part of the
	// last figure of the sentence before.
	openPart := p.parts
	// "Those safeguarded included 120 children and 45 adults", "Those
	// arrested were 5 men and 7 women": the figures are parts of the
	// people the verb was done to, and the verb is theirs.
	subject := -1
	// "The 12 arrests in Kent were among 150 arrests made nationally":
	// the figure after "among" is a wider total, the region's or the
	// country's as often as the force's.
	widerEl, widerWord := -1, ""
	if len(els) > 3 && p.word(0) == "those" && els[1].kind == eLex && els[1].verbLike() && els[1].hasRole(rAction) &&
		els[2].kind == eFunc && (els[2].fn == "part" || els[2].fn == "aux") && els[3].kind == eAmount {
		subject = 1
	}
	for k := 0; k < len(els) && els[k].kind != eAmount; k++ {
		if els[k].kind == eFunc && els[k].fn == "part" && k <= 1 {
			openPart = true
		}
	}
	running := p.runningTotals()
	for a := range els {
		if els[a].kind != eAmount {
			continue
		}
		if a < floor {
			continue
		}
		amt := els[a].amt
		// "safeguarded at a suspected cuckooed property", "seized from
		// an address in Luton", "12 knives were found near a school",
		// "... outside a hotel": a thing named with an article after a
		// preposition of place, taught or not, is where something
		// happened, no count (review26 W17).
		if amt.num.article && a > 0 && (els[a-1].kind == eFunc || els[a-1].kind == eUnknown) && (placePrep[p.word(a-1)] || besidePrep[p.word(a-1)]) {
			continue
		}
		// "One referral under the National Referral Mechanism for a
		// potential adult victim was made", "12 people were arrested
		// for a stabbing": a thing named with an article after "for",
		// after a figure of its clause, is whom or what that figure was
		// for, no count. With no figure before it ("Officers secured a
		// place of safety for a vulnerable adult") it is the count.
		if amt.num.article && a > 0 && els[a-1].kind == eFunc && p.word(a-1) == "for" && p.figureBefore(a) {
			continue
		}
		m := &mention{el: a, amt: &amt, parent: -1, article: amt.num.article}
		if a == widerEl {
			m.wider = widerWord
		}
		p.pre(m, a, floor)
		if subject >= 0 && a == 3 {
			m.pre, m.subset = []int{subject}, true
		}
		// "the National Referral Mechanism received 9 referrals": the
		// subject before the figure's verb may complete its reading, as
		// its trailing words do.
		m.soft = append(m.soft, p.subjectOf(m, floor)...)
		rel := "new"
		var prev *mentionWords
		if len(out) > 0 {
			prev = out[len(out)-1]
			rel = p.relation(prev.m.end, m.start)
			// "45 arrests were made and 2kg of cocaine ...": a figure
			// whose verb came after it closed its clause; "and" opens
			// another, not a list.
			if rel == "sibling" && len(prev.m.verbs) > 0 && !prev.m.part && m.start-prev.m.end == 1 && p.word(prev.m.end) == "and" {
				rel = "new"
			}
			if rel == "new" && p.parallel(prev.m.end, a) {
				rel = "sibling"
			}
		}
		// "delivered 50 school inputs to 2,500 pupils", "held assemblies
		// for 2,000 pupils": what was given, and its verb, say what the
		// figure it was given to is.
		if len(m.pre) == 0 && prev != nil && len(prev.m.pre) > 0 && a > 0 && prev.m.end == a-1 && (p.word(a-1) == "to" || p.word(a-1) == "for") {
			m.given = append(append([]int{}, prev.m.pre...), prev.m.core...)
		}
		// "Out of the 38 arrests made, 5 were found to be minors", "Of
		// the 40 people arrested, 12 were charged": the figure after the
		// comma is a part of the total the sentence opened with
		if (rel == "new" || rel == "sibling") && len(out) == 1 && p.opensOfTotal(prev.m.el) && p.commaBetween(prev.m.el, a) {
			rel = "part"
		}
		after := a + 1
		if after < len(els) && els[after].kind == eFunc && els[after].fn == "part" && strings.HasPrefix(strings.ToLower(p.text(els[after])), "of") {
			// "six of whom were later charged"
			rel = "part-of"
		}
		var parent *mentionWords
		switch {
		case rel == "part" || rel == "part-of":
			m.part = true
			if prev == nil && rel == "part-of" && prevHead != nil {
				// "Officers made 43 arrests. 3 of these were made
				// before the week began": "of these" opening the
				// sentence after its number refers back to the last
				// figure of the sentence before, as "Of these, 3 ..."
				// does (closing28 D2)
				parent = prevHead
			}
			if prev != nil {
				parent = prev
				if prev.m.part && prev.m.parentMW != nil {
					parent = prev.m.parentMW
				} else if rel == "part" && (len(prev.m.verbs) > 0 || p.anyVerb(prev.m.pre) || p.afterVerb(prev.m.el)) {
					// "13 arrests were made, eight weapons were seized
					// including two zombie knives", "made 13 arrests and
					// seized 8 weapons, including two zombie knives": a
					// figure that says its own verb opens or closes a
					// clause of its own; what it includes is its own, not
					// the first figure's of the list of clauses.
				} else if h := out[p.groupHead(out, prev.m.group)]; h != nil {
					parent = h
				}
			}
			group++
		case rel == "sibling" && prev != nil:
			m.part = prev.m.part
			m.subset = prev.m.subset
			parent = prev.m.parentMW
			m.group = prev.m.group
		default:
			group++
			if len(out) == 0 && openPart && prevHead != nil {
				m.part = true
				parent = prevHead
			}
		}
		if rel != "sibling" {
			m.group = group
		}
		m.parentMW = parent
		if rel == "part-of" {
			// read the words after "of whom"; "four of those arrested
			// have been charged": a verb straight after "of those" names
			// the group the part is drawn from, and the verb after the
			// auxiliary says what the part's figure counts.
			p.right(m, p.drawnFrom(after), false)
		} else {
			// "Cocaine 1.2kg Heroin 500g": an item straight before the
			// number, and one straight after it followed by another
			// number, are each a label of their own figure.
			if p.labelLeft(a, floor) && a+2 < len(els) && els[a+1].hasRole(rItem) && els[a+2].kind == eAmount {
				m.end = a + 1
			} else {
				p.right(m, a, !m.article && !m.part)
			}
		}
		money := amt.unit == etl.UnitGBP || amt.unit == etl.UnitEUR
		if money && !p.hasObject(m.core) {
			// the words a value is of may be those of the figure before:
			// "2kg of cannabis, with a street value of £20,000"
			vfloor := floor
			if prev != nil && prev.m.el >= 0 {
				vfloor = prev.m.el + 1
			}
			listFloor := vfloor
			if prev != nil && prev.m.amt != nil && (prev.m.amt.unit == etl.UnitGBP || prev.m.amt.unit == etl.UnitEUR) {
				listFloor = floor // "£50,000 in cash and drugs worth £20,000"
			}
			if prev != nil && prev.m.cut && prev.m.end > listFloor {
				listFloor = prev.m.end // "2kg of cannabis, cash of £3,000"
			}
			p.leftValue(m, m.start, vfloor, listFloor)
			// "..., worth around £100,000 in total", or a comma between a
			// list of figures and its value: the value of them all.
			if a+1 < len(els) && combinedAfter[strings.ToLower(p.text(els[a+1]))] {
				m.combined = true
			}
			if m.commaValue && prev != nil && p.valuedSize(out, prev) > 1 {
				m.combined = true
			}
			// "131g of crack cocaine and 74g of heroin with an estimated
			// value of £19,800": a value said with a list of measured
			// things is the value of them all.
			if m.withValue && prev != nil && p.valuedSize(out, prev) > 1 && p.measuredGroup(out, prev.m.group) {
				m.combined = true
			}
			if m.combined && prev != nil && prev.m.amt != nil {
				// "3kg of cannabis and 1kg of cocaine were seized, with a
				// combined street value of £40,000": the value of them all.
				for _, o := range out {
					if o.m.group == prev.m.group && o.m.amt != nil && !o.m.part && !p.valueless(o.m, prev.m) {
						m.left = append(m.left, o.m.core...)
						m.left = append(m.left, o.m.left...)
					}
				}
			}
		}
		if (len(m.core) == 0 || !p.hasObject(m.core) && len(m.pre) == 0) && len(m.left) == 0 && !m.part {
			p.leftLabel(m, a, floor)
		}
		// "And a least 23 people were arrested" (sic), "a whopping 23
		// people": a word nobody taught us between an article and the
		// number is said of the number (as "an estimated", "a further",
		// "a total of" are), and may say how near it is; the figure is
		// refused until the word is taught.
		if m.start == a && a-2 >= floor && els[a-1].kind == eUnknown && (p.word(a-2) == "a" || p.word(a-2) == "an") {
			m.unknown = append(m.unknown, p.text(els[a-1]))
		}
		// "Officers crushed 12 cars", "will auction 12 cars", "traced
		// 12 phones": a word nobody taught us straight before the
		// number, when none of the figure's own words says what was done
		// to what it counts, may be its verb (and the figure's mood and
		// aim are that verb's): refused until the word is taught, when
		// it stands where a verb does (verbSlot). A figure with a verb
		// of its own ("has glimpsed 23 people arrested") or a noun of
		// doing ("Kent 12 arrests") is judged by it; a noun ending a
		// phrase before it ("During the intensification period 68
		// weapons ... were seized") is no verb.
		// Past "the", "all", "a total of", "a further" too ("photographed
		// a total of 7 knives"), with a particle ("handed out 300
		// knives"); a list and the parts of a total share the verb
		// ("photographed 7 knives and 5 phones", "7 weapons including 3
		// knives").
		if !p.doneSaid(m) {
			m.verbUnknown = p.unknownVerb(m, floor)
			if m.verbUnknown == "" && rel == "sibling" && prev != nil {
				m.verbUnknown = prev.m.verbUnknown
			} else if m.verbUnknown == "" && m.part && m.parentMW != nil {
				m.verbUnknown = m.parentMW.m.verbUnknown
			}
		}
		if m.verbUnknown != "" {
			m.unknown = append(m.unknown, m.verbUnknown)
		}
		if rt, ok := running[a]; ok {
			// "take the total arrests this week to 33": the week's
			// figure of the things named after "total"; with no week
			// named, a running total of another span
			if rt.week && len(rt.nouns) > 0 {
				m.left, m.pre, m.unknown, m.start, m.running, m.givenTo = rt.nouns, nil, nil, rt.nouns[0], true, false
			} else {
				// its things are read only as the week's (m.left above):
				// another span's total is not read, even as scoped
				m.changer = append(m.changer, change{words: rt.words})
			}
		}
		// "17 weapons such as knives and bats and six vehicles": a part
		// that names things of another kind than its total's is no part
		// of it, but a figure of its own.
		// "29 phones as well as 26 weapons including a machete": a part
		// of the list's last member's kind is that member's, not the
		// first member's.
		if m.part && parent != nil && rel == "part" && prev != parent && !prev.m.part && p.otherFamily(parent.m, m) && p.sameFamily(prev.m, m) {
			parent = prev
			m.parentMW = prev
		}
		if m.part && parent != nil && rel == "part" && p.otherFamily(parent.m, m) {
			m.part, m.parentMW = false, nil
			group++
			m.group = group
		}
		limit := len(els)
		for b := m.end; b < len(els); b++ {
			if els[b].kind == eAmount {
				limit = b
				break
			}
		}
		p.tail(m, limit)
		// "The seven arrests in the city were among 13 across
		// Cambridgeshire", "A boy was among the 19 people arrested": a
		// figure said to be among a later one of its clause is a part of
		// it, not a figure of its own.
		if b := limit - 1; limit < len(els) && b > a {
			if els[b].kind == eFunc && els[b].fn == "det" && b-1 > a {
				b--
			}
			if w := p.word(b); w == "among" || w == "amongst" {
				m.among = p.text(els[b])
				widerEl, widerWord = limit, m.among
			}
		}
		// "delivered sessions to 800 partners": what it was given to must
		// be named; a word that says nothing of what is counted leaves
		// the figure counting nothing known.
		if m.givenTo && !p.namesSomething(m.core) {
			for _, k := range m.core {
				m.unknown = append(m.unknown, p.text(els[k]))
			}
			if len(m.core) == 0 {
				m.unknown = append(m.unknown, p.text(els[a]))
			}
		}
		// "A warrant led to the seizure of ...": a thing named with an
		// article, as what caused the figures after it, is no count.
		if m.article && m.pre == nil && m.end < len(els) && causeWords[strings.ToLower(p.text(els[m.end]))] {
			floor = m.end
			continue
		}
		// "two watches valued at £12,000 each": a sum for each thing,
		// not for the figure.
		if isMoney(m.amt) && a+1 < len(els) && (p.word(a+1) == "each" || p.word(a+1) == "apiece") {
			m.changer = append(m.changer, change{words: p.text(els[a+1])})
		}
		// Words that change meaning anywhere in the clause before the
		// figure, whoever's words they are: "45 arrests compared with 30".
		for k := m.start - 1; k >= 0; k-- {
			if els[k].strong() {
				break
			}
			if els[k].hasRole(rChanger) {
				m.changer = append(m.changer, p.changeOf(els[k]))
			}
		}
		for _, k := range append(append(append([]int{}, m.pre...), m.core...), m.left...) {
			if els[k].hasRole(rChanger) {
				m.changer = append(m.changer, p.changeOf(els[k]))
			}
		}
		// "ammunition and two firearms", "heroin, cocaine and 2kg of
		// cannabis": items named with no number before a figure. (Not
		// when the figure's verb says it was not done: "Officers will
		// seize knives and 12 phones".)
		_, stanced := p.stanceOf(m)
		if !m.part && !stanced {
			for _, u := range p.unquantifiedBefore(m, floor) {
				u.group, u.parentMW = m.group, m.parentMW
				u.changer = p.clauseChangers(u.start, u.end)
				out = append(out, &mentionWords{m: u})
			}
		}
		mw := &mentionWords{m: m}
		out = append(out, mw)
		floor = m.end
		// An item named with no number beside the figure: "two firearms
		// with ammunition", "17 knives, an axe and CS spray".
		if !m.part && !p.offence(m) && !stanced {
			// "17 knives, an axe and CS spray", "two firearms,
			// ammunition and a machete": items named with no number.
			var named []*mention
			for after := m; ; {
				u := p.unquantified(after, limit)
				if u == nil {
					break
				}
				u.group, u.parentMW = m.group, m.parentMW
				u.changer = p.clauseChangers(u.start, u.end)
				out = append(out, &mentionWords{m: u})
				named = append(named, u)
				floor = u.end
				after = u
			}
			// "12 people were arrested along with weapons": the things
			// share the figure's verb, and one done to people is no
			// verb of things; only a verb of their own after them
			// ("... along with weapons being seized") says what was
			// done with them (found29 F4)
			if v := p.peopleVerb(m); v != "" && len(named) > 0 && !p.thingsVerbAfter(named[len(named)-1].end) {
				for _, u := range named {
					u.peopleVerb = v
				}
			}
		}
	}
	// "large quantities of heroin and cannabis were seized", "Class A
	// drugs and weapons were taken off the street": items named with no
	// number in a clause of their own, with the verb that says what was
	// done to them, in a sentence that gives figures, or in prose that
	// tells of no one case ("Police also seized air rifles and
	// machetes", not "A man was arrested after heroin was found").
	if len(out) > 0 || !p.cell && !p.tellsOfCase() {
		for _, u := range p.namedClauses(out) {
			group++
			u.group = group
			out = append(out, &mentionWords{m: u})
		}
	}
	// "cannabis and cocaine worth £10,000 and £5,000 respectively": a
	// list paired with a list; each figure's words are the other list's
	// in order, which this grammar does not pair. None is read.
	for k := range els {
		if p.word(k) != "respectively" {
			continue
		}
		g := -1
		for _, mw := range out {
			if mw.m.el >= 0 && mw.m.el < k {
				g = mw.m.group
			}
		}
		for _, mw := range out {
			if mw.m.group == g {
				mw.m.changer = append(mw.m.changer, change{words: p.text(els[k])})
			}
		}
	}
	// "Educational inputs: 25 schools, 4,000 pupils", "Safeguarding:
	// 40 adults, 55 children": a label before a colon that opens the
	// sentence is context for every figure after it.
	var label []*entry
	var labelChanger change
	if c := p.openingLabel(); c > 0 {
		for k := 0; k < c; k++ {
			if els[k].hasRole(rPeriod) && labelChanger.words == "" {
				labelChanger = change{p.text(els[k]), ScopePeriod} // "Previous week: 12 arrests"
			}
			if els[k].kind == eLex && !els[k].hasRole(rChanger) && !els[k].hasRole(rPeriod) {
				label = append(label, els[k].e)
			}
		}
	}
	// "The week follows a successful five months for ... his team, who
	// have made 235 arrests", "Over the past six months officers have
	// made 120 arrests": a span longer than the week in the sentence, or
	// the first part of it, makes its figures that span's.
	var span change
	for k, el := range els {
		if el.kind == eSkip && el.fn == "time" && (longSpan(p.toks[el.from:el.to]) || p.periodOf(el)) {
			span = change{p.text(el), ScopePeriod}
			break
		}
		// "in the first two days", "in the first 24 hours": a part of
		// the week, not all of it.
		if el.kind == eSkip && el.fn == "time" && k > 0 && (p.word(k-1) == "first" || p.word(k-1) == "opening") {
			span = change{p.word(k-1) + " " + p.text(el), ScopeDay}
			break
		}
	}
	for _, mw := range out {
		mw.w = p.ownWords(mw.m)
		if span.words != "" {
			mw.w.changer = append(mw.w.changer, span)
		}
		mw.ownAction = has(mw.w.hard, rAction)
		if label != nil && mw.m.start > 0 {
			mw.w.soft = append(mw.w.soft, label...)
		}
		if labelChanger.words != "" {
			mw.w.changer = append(mw.w.changer, labelChanger)
		}
	}
	// "12 more arrests take the total this week to 33": what took the
	// week's total there is a part of it; "seized 4 knives" did not
	for _, rt := range running {
		if !rt.weekNamed {
			continue
		}
		for _, mw := range out {
			m := mw.m
			if m.el >= 0 && m.el < rt.verb && p.sharesThing(append(append(append([]int{}, m.pre...), m.core...), m.left...), rt.nouns) {
				mw.w.changer = append(mw.w.changer, change{rt.words, ScopeDay}) // a part of the week's total
			}
		}
	}
	p.scoped(out)
	p.share(out)
	return out
}

// measuredGroup reports a group of figures that all have a unit and no
// sum of money among them: "2kg of cannabis and 500g of heroin".
func (p *parser) measuredGroup(out []*mentionWords, g int) bool {
	for _, mw := range out {
		if mw.m.group != g || mw.m.amt == nil {
			continue
		}
		if mw.m.amt.unit == "" || isMoney(mw.m.amt) {
			return false
		}
	}
	return true
}

// drawnFrom is where the words of a part after "of those" at element
// after begin: past a verb that names the group it is drawn from ("of
// those arrested", "of those arrested during the week") when an
// auxiliary and a verb of its own follow in the clause; else after.
func (p *parser) drawnFrom(after int) int {
	els := p.els
	if after+1 >= len(els) || !els[after+1].verbLike() {
		return after
	}
	for k := after + 2; k+1 < len(els); k++ {
		if els[k].strong() || els[k].kind == eAmount {
			return after
		}
		if els[k].kind == eFunc && els[k].fn == "aux" {
			j := k + 1
			for j < len(els) && (els[j].kind == eFunc && els[j].fn == "aux" || els[j].hasRole(rNeutral) && !els[j].meaningful()) {
				j++
			}
			if j < len(els) && els[j].verbLike() {
				return k
			}
			return after
		}
	}
	return after
}

// placePrep are the prepositions that say where: a thing named with an
// article after one is a place, and a figure's words end before one
// that goes on to a determiner.
var placePrep = map[string]bool{"at": true, "from": true, "in": true, "inside": true, "within": true, "near": true}

// besidePrep are prepositions that say where beside a thing: a thing
// named with an article after one is a place, no count ("outside a
// school", "beside a car").
var besidePrep = map[string]bool{"outside": true, "beside": true, "behind": true, "opposite": true, "nearby": true}

// causeWords, after a figure's words, say it caused what follows.
var causeWords = map[string]bool{"led to": true, "leading to": true, "resulted in": true, "resulting in": true, "lead to": true}

// combinedAfter, straight after a sum, say it is of everything before.
var combinedAfter = map[string]bool{"in total": true, "altogether": true, "in all": true, "combined": true, "overall": true, "collectively": true}

// groupSize counts the figures with a number in group g.
func (p *parser) groupSize(out []*mentionWords, g int) int {
	n := 0
	for _, mw := range out {
		if mw.m.group == g && mw.m.amt != nil {
			n++
		}
	}
	return n
}

// valuedSize is groupSize of the figures a value said after prev may
// be of: those of prev's group that are not valueless.
func (p *parser) valuedSize(out []*mentionWords, prev *mentionWords) int {
	n := 0
	for _, mw := range out {
		if mw.m.group == prev.m.group && mw.m.amt != nil && !p.valueless(mw.m, prev.m) {
			n++
		}
	}
	return n
}

// valueless reports a figure of another clause than last's (a verb
// stands between them) that can have no value: its own verb is one of
// no metric counted in money or of items ("arrested 14 people",
// "closed four county lines", "executed 12 warrants" before "and seized
// 1kg of cocaine, worth £75,000"), or, with no such verb, its words name
// only people. A figure seized as money and drugs are ("seized 12 cars
// and confiscated 2kg of heroin, worth ...") stays one the value may be
// of, whatever verb it had.
func (p *parser) valueless(m, last *mention) bool {
	if m == last || m.el < 0 || last.el <= m.el || isMoney(m.amt) || len(m.core) == 0 {
		return false
	}
	verb := false
	for k := m.el + 1; k < last.el; k++ {
		verb = verb || p.els[k].verbLike()
	}
	if !verb {
		return false
	}
	acts := 0
	for _, k := range m.pre {
		el := p.els[k]
		if el.kind != eLex {
			continue
		}
		for _, sn := range el.e.senses {
			if sn.role != rAction {
				continue
			}
			acts++
			if mi := &p.r.metrics[sn.metric]; unitAllowed(mi, etl.UnitGBP) || mi.ItemKind != "" {
				return false
			}
		}
	}
	if acts > 0 {
		return true
	}
	for _, k := range m.core {
		if el := p.els[k]; el.kind != eLex || !el.hasRole(rPerson) && !el.hasRole(rNeutral) {
			return false
		}
	}
	return true
}

// labelLeft reports an item straight before the amount at element a,
// standing at the start of its clause or of a list's member.
func (p *parser) labelLeft(a, floor int) bool {
	k := a - 1
	if k < floor || !p.els[k].hasRole(rItem) {
		return false
	}
	for k-1 >= floor && p.els[k-1].kind == eLex && !p.els[k-1].verbLike() {
		k--
	}
	if k-1 < floor {
		return true
	}
	b := p.els[k-1]
	return b.strong() || b.kind == ePunct && b.fn == "," || b.kind == eFunc && b.fn == "coord" || b.kind == eAmount
}

// openingLabel is the index of a colon that ends a label opening the
// sentence ("Educational inputs:"), or 0: known words before it and no
// figure.
func (p *parser) openingLabel() int {
	words := false
	for k, el := range p.els {
		switch {
		case el.kind == ePunct && el.fn == ":":
			if words {
				return k
			}
			return 0
		case el.kind == eLex:
			words = true
		case el.kind == eFunc && (el.fn == "det" || el.fn == "of" || el.fn == "coord"):
		default:
			return 0
		}
	}
	return 0
}

// afterVerb reports a figure straight after a word that says what was
// done: "safeguarded 20, including 4 children" says its own verb even when
// the list's first figure took that verb among its trailing words.
func (p *parser) afterVerb(a int) bool {
	return a > 0 && p.els[a-1].verbLike() && p.els[a-1].hasRole(rAction)
}

func (p *parser) groupHead(out []*mentionWords, g int) int {
	for i, mw := range out {
		if mw.m.group == g {
			return i
		}
	}
	return len(out) - 1
}

// relation says how a figure stands to the one before it, from the words
// between them: "including" makes it a part; a comma, "and", "plus",
// "along with" make it a sibling; anything else a new figure.
func (p *parser) relation(from, to int) string {
	// "43 arrests (7 under 18)", "95 people safeguarded: 40 adults, 55
	// children", "95 people – 40 adults": a figure in brackets, or after
	// a colon or a dash, breaks the one before it down.
	if to-from == 1 && p.els[from].kind == ePunct && (p.els[from].fn == "(" || p.els[from].fn == ":" || p.els[from].fn == "–") {
		return "part"
	}
	sib, verb := true, false
	for k := from; k < to && k < len(p.els); k++ {
		el := p.els[k]
		switch {
		case el.kind == eFunc && el.fn == "with" && k == to-1 && k > from && p.els[k-1].kind == ePunct && p.els[k-1].fn == "," && p.verbAfterNoun(to):
			// "arrested 81 people, including 60 men and 21 women, with
			// 54 warrants executed": a figure after a comma and "with",
			// whose noun has a verb of its own after it, is a clause of
			// its own, no member of the list before it
			return "new"
		case el.kind == eFunc && el.fn == "part" && k+1 < to && p.els[k+1].kind == eFunc && p.els[k+1].fn == "prep":
			// "12 warrants were carried out, including at properties in
			// Buxton, and 17 arrests": where, not a part
			sib = false
		case el.kind == eFunc && el.fn == "part" && verb:
			// "27 arrests and the seizure of drugs, including 182
			// wraps": what the words after the figure say was done
			// includes it, not the figure before them.
			return "new"
		case el.kind == eFunc && el.fn == "part":
			return "part"
		case el.kind == eFunc && (el.fn == "coord" || el.fn == "sib" || el.fn == "with"):
		case el.kind == ePunct && (el.fn == "," || el.fn == "…" || el.fn == "(" || el.fn == ")"):
		case el.isAge():
		case el.kind == eLex && !el.verbLike():
			// a neutral word, or a bare noun of a list: "four guns, swords, an axe"
		default:
			sib = false
		}
		if el.verbLike() && el.hasRole(rAction) {
			verb = true
		}
	}
	if sib {
		return "sibling"
	}
	return "new"
}

// verbAfterNoun reports a verb straight after the noun of the figure at
// element a ("54 warrants executed", "54 warrants were executed"): the
// figure says what was done of its own.
func (p *parser) verbAfterNoun(a int) bool {
	k := a + 1
	noun := false
	// ("54 vulnerable people safeguarded": a describing word before the
	// noun may be some metric's word of doing)
	for k < len(p.els) && p.els[k].kind == eLex && !(noun && p.els[k].verbLike()) {
		noun = noun || !p.els[k].verbLike()
		k++
	}
	for k < len(p.els) && p.els[k].kind == eFunc && p.els[k].fn == "aux" {
		k++
	}
	return noun && k < len(p.els) && p.els[k].verbLike()
}

// parallel reports "12 referrals to the NRM and 20 to children's
// services": the words between two figures are the first one's "to ..."
// and "and", and the second says "to ..." too; it is a list whose noun
// is said once.
func (p *parser) parallel(from, a int) bool {
	els := p.els
	if from >= a || a+1 >= len(els) || els[from].kind != eFunc || els[from].fn != "prep" {
		return false
	}
	prep := p.word(from)
	if prep == "" || p.word(a+1) != prep || !(p.word(a-1) == "and" || els[a-1].kind == ePunct && els[a-1].fn == ",") {
		return false
	}
	for k := from + 1; k < a-1; k++ {
		if !(els[k].kind == eLex && !els[k].verbLike() || els[k].kind == eFunc && els[k].fn == "det") {
			return false
		}
	}
	return true
}

func (p *parser) hasObject(ks []int) bool {
	for _, k := range ks {
		el := p.els[k]
		if el.hasRole(rObject) || el.hasRole(rItem) {
			return true
		}
	}
	return false
}

// unquantified finds an item named with no number right after a figure,
// joined by "and", "with", "plus", "as well as".
func (p *parser) unquantified(m *mention, limit int) *mention {
	els := p.els
	k := m.end
	if k >= limit || k >= len(els) {
		return nil
	}
	if _, said := p.saidAs(els[k].from); said {
		return nil
	}
	join := els[k]
	if !(join.kind == eFunc && (join.fn == "coord" || join.fn == "sib" || join.fn == "with") || join.kind == ePunct && join.fn == ",") {
		return nil
	}
	k++
	if k < limit && els[k].kind == ePunct && els[k].fn == "," {
		k++
	}
	if k < limit && els[k].kind == eFunc && (els[k].fn == "coord" || els[k].fn == "sib") {
		k++ // ", as well as knuckledusters"
	}
	// "and some cannabis", "and a quantity of heroin": named, no number.
	// (Not "and dozens of knives": the things beside a figure share its
	// verb and subject, which this does not judge.)
	if p.quantityWord(k) {
		if els[k].kind == eFunc && els[k].fn == "det" {
			k++
		}
		k++
	}
	start := k
	var core []int
	item := false
	for ; k < limit && k < len(els); k++ {
		el := els[k]
		if el.kind == eLex && !el.verbLike() && !el.hasRole(rChanger) && !el.hasRole(rValue) {
			core = append(core, k)
			if el.hasRole(rItem) {
				item = true
			}
			continue
		}
		// "and wraps of heroin"
		if el.kind == eFunc && el.fn == "of" && len(core) > 0 && k+1 < len(els) && els[k+1].kind == eLex && !els[k+1].verbLike() {
			continue
		}
		break
	}
	group := !item && p.groupWords(core) && !p.kindOfList(k)
	if !item && !group {
		return nil
	}
	// It must end the clause: "with a total of 259" is no item.
	// An item straight before a number, or before a colon, bracket or
	// dash and a number, is that number's label: "cocaine 2kg, heroin
	// 500g", "cannabis: 3kg, cocaine: 500g".
	if k+1 < len(els) && els[k].kind == ePunct && (els[k].fn == ":" || els[k].fn == "(" || els[k].fn == "–") && els[k+1].kind == eAmount {
		return nil
	}
	if k < len(els) && !(els[k].strong() || els[k].kind == ePunct && els[k].fn == "…" || els[k].kind == ePunct && els[k].fn == "," || els[k].kind == eFunc && (els[k].fn == "coord" || els[k].fn == "sib") || els[k].verbLike() || els[k].kind == eFunc && els[k].fn == "aux") {
		return nil
	}
	// "£22,000 in cash, class A and class B drugs with a street value
	// of £40,000": coordinated with nouns a value is said of, the item
	// is of that value's words, not a figure of its own.
	// "Class A, B and C drugs": class letters said of one noun name
	// several classes, one figure of them all, which named with no
	// number says nothing.
	if last := els[core[len(core)-1]]; last.e != nil && strings.HasPrefix(last.e.text, "class ") && k+1 < len(els) &&
		(els[k].kind == ePunct && els[k].fn == "," || els[k].kind == eFunc && els[k].fn == "coord") && len(p.toks[els[k+1].from].norm) == 1 {
		return nil
	}
	// ("class B and class C drugs worth £750": a word nobody taught
	// us there leaves that figure unread, never the item a figure)
	j := k + 1
	for j < len(els) && els[j].kind == eUnknown {
		j++
	}
	// An item that a list of its kind goes on from, after a comma too,
	// to a value is one of the things the value is of.
	if k+1 < len(els) && els[k].kind == eFunc && els[k].fn == "coord" && j < len(els) && els[j].kind == eLex && !els[j].verbLike() && p.valueFollows(j) ||
		k < len(els) && (els[k].kind == eFunc && els[k].fn == "coord" || els[k].kind == ePunct && els[k].fn == ",") && p.listValueFollows(core, k+1) {
		return nil
	}
	// "12 people were arrested, and heroin and cannabis will be
	// seized": items that are the subject of a verb of their own are
	// what that verb says of them; those with a verb before them are
	// its object ("Officers seized 5 knives and heroin, and more raids
	// will follow").
	if v := p.listEnd(k); p.listVerbBefore(start) < 0 && v < len(els) && p.verbRefused(v) {
		return nil
	}
	u := &mention{el: -1, start: start, end: k, tailEnd: k, core: core, parent: -1, groupWord: group}
	return u
}

// groupWords reports a noun phrase, the elements ks, whose head is the
// group word of a metric counted unquantified: an object of it whose
// last word is its item kind ("drugs", "illicit drugs", "offensive
// weapons", "assets"; metrics.csv's objects and item_kind), with no
// item among them. Named with no number it is a figure of all its items
// ("Officers seized drugs, cash and weapons"); other objects ("wraps",
// "substances", "valuables") are not.
func (p *parser) groupWords(ks []int) bool {
	if len(ks) == 0 {
		return false
	}
	head := p.els[ks[len(ks)-1]]
	if head.kind != eLex || head.e == nil {
		return false
	}
	// a sign of money on it ("£drug": FuzzPhrase) says a value with no
	// number, not the things named
	if strings.ContainsAny(p.raw(p.els[ks[0]].from, head.to), "£$€") {
		return false
	}
	for _, k := range ks {
		if p.els[k].hasRole(rItem) {
			return false
		}
	}
	return p.groupMetric(ks[len(ks)-1]) >= 0
}

// kindOfList reports a word of parts ("including", "such as") in the
// clause from element j: the group word before it is the kind of the
// things listed after it ("offensive weapons were seized such as
// pistols"), read as before through them (namedClauses), not as a
// figure of its own.
func (p *parser) kindOfList(j int) bool {
	for ; j < len(p.els); j++ {
		if p.els[j].kind == eFunc && p.els[j].fn == "part" || p.els[j].kind == ePunct && (p.els[j].fn == ":" || p.els[j].fn == "–") {
			return true // "Drugs seized: Heroin 100g, ...": a heading over its parts
		}
		if p.els[j].strong() {
			return false
		}
	}
	return false
}

// offence reports a figure of people whose verb goes on to say what for:
// "four people were charged with conspiracy to supply heroin, cocaine
// and crack cocaine", "arrested on suspicion of possession of cannabis".
// Things named after it are the offence, not things seized.
func (p *parser) offence(m *mention) bool {
	for _, k := range append(append([]int{}, m.pre...), m.core...) {
		if !p.els[k].verbLike() || !p.actsOnPeople(k) {
			continue
		}
		for j := k + 1; j < m.end && j < len(p.els); j++ {
			el := p.els[j]
			if el.strong() {
				break
			}
			if el.kind == eFunc && (el.fn == "with" || el.fn == "for" || el.fn == "of") {
				return true
			}
		}
	}
	return false
}

// actsOnPeople reports a word at element k that says what was done to
// people: the action of a metric counted in people.
func (p *parser) actsOnPeople(k int) bool {
	for _, s := range p.els[k].e.senses {
		if s.role == rAction && p.r.metrics[s.metric].Unit == string(etl.UnitPeople) {
			return true
		}
	}
	return false
}

// listValueFollows reports a list of things of the kind of the items at
// elements ks, from element j, that ends in a value word: "and class B
// drugs with a street value of", ", cocaine and heroin worth".
func (p *parser) listValueFollows(ks []int, j int) bool {
	els := p.els
	nouns := false
	for ; j < len(els); j++ {
		el := els[j]
		switch {
		case el.kind == eLex && el.hasRole(rValue):
			return nouns
		case el.kind == eLex && !el.verbLike() && (el.hasRole(rItem) && !p.otherKind(ks, j) || el.hasRole(rNeutral) && !el.hasRole(rObject)):
			nouns = nouns || el.hasRole(rItem)
		case el.kind == eLex && el.hasRole(rObject) && nouns && !p.otherFamilyAt(ks, j):
			// "class A and class B drugs": the kind's own noun
		case el.kind == eFunc && (el.fn == "coord" || el.fn == "with" || el.fn == "det"), el.kind == ePunct && el.fn == ",":
		default:
			return false
		}
	}
	return false
}

// unquantifiedBefore finds items named with no number in a list that
// ends with the figure m: "ammunition and two firearms". Each noun
// phrase of the list before m's words that names an item is one.
func (p *parser) unquantifiedBefore(m *mention, floor int) []*mention {
	els := p.els
	k := m.start - 1
	joiner := func(k int) bool {
		return els[k].kind == eFunc && (els[k].fn == "coord" || els[k].fn == "sib") || els[k].kind == ePunct && els[k].fn == ","
	}
	if k < floor || !joiner(k) {
		return nil
	}
	if _, said := p.saidAs(p.mentionTok(m)); said {
		return nil
	}
	var out []*mention
	for k >= floor && joiner(k) {
		end := k
		for k-1 >= floor && joiner(k-1) {
			k-- // ", as well as"
		}
		k--
		var core []int
		item := false
		for ; k >= floor && els[k].kind == eLex && !els[k].verbLike() && !els[k].hasRole(rChanger) && !els[k].hasRole(rValue); k-- {
			core = append([]int{k}, core...)
			item = item || els[k].hasRole(rItem)
		}
		if len(core) == 0 {
			return nil
		}
		if group := !item && p.groupWords(core) && !p.kindOfList(end); item || group {
			out = append([]*mention{{el: -1, start: core[0], end: end, tailEnd: end, core: core, parent: -1, groupWord: group}}, out...)
		}
	}
	// The list starts the clause, or stands after its verb: "seized
	// heroin and 2kg of cocaine", "a quantity of cannabis, £2,000 ...";
	// not after "of" or "including".
	if k >= floor && els[k].kind == eFunc && els[k].fn == "det" {
		k--
	}
	if k >= floor && !(els[k].strong() || els[k].verbLike() || els[k].kind == eFunc && (els[k].fn == "aux" || els[k].fn == "say") || els[k].kind == eFunc && els[k].fn == "part" && !p.amountInClause(k)) {
		return nil
	}
	// "Officers hope to seize knives and 12 phones": a verb not done
	if k >= floor && els[k].verbLike() && p.notDone(&mention{pre: []int{k}}) != "" {
		return nil
	}
	return out
}

// namesSomething reports an element among ks that names what a figure
// counts: an object, an item, a person, a modifier or a unit.
func (p *parser) namesSomething(ks []int) bool {
	for _, k := range ks {
		el := p.els[k]
		if el.meaningful() || el.hasRole(rPerson) || el.hasRole(rUnit) {
			return true
		}
	}
	return false
}

// examplesOnly reports that the elements ks only name kinds of what a
// figure counts ("a 15-year-old lad", "knives and machetes", "two
// women"): things, people, ages and describing words, with articles and
// "and". A verb, a preposition or a word that
// changes a figure ("those arrested by the Met and BTP", "some from
// neighbouring forces", "several previously safeguarded") says what
// else the figure may hold: not examples.
func (p *parser) examplesOnly(ks []int) bool {
	for _, k := range ks {
		el := p.els[k]
		switch el.kind {
		case eAmount, eSkip, eUnknown:
			// "a 15-year-old lad": a noun nobody taught us names a kind
		case ePunct:
			if el.fn != "," {
				return false
			}
		case eFunc:
			if el.fn != "det" && el.fn != "coord" {
				return false
			}
		case eLex:
			if el.verbLike() || el.hasRole(rChanger) || el.hasRole(rValue) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// families are the top metrics that the objects and items among the
// elements ks count: "vehicles" is vehicles_seized's, "knives" and
// "weapons" are weapons_seized's.
func (p *parser) families(ks []int) map[int]bool {
	out := map[int]bool{}
	for _, k := range ks {
		if p.els[k].kind != eLex {
			continue
		}
		// "612 males safeguarded (298 adults, ...)": a word of sex or
		// age describes people of any metric, and names no family.
		facet := p.els[k].e.has(rFacet)
		for _, s := range p.els[k].e.senses {
			switch s.role {
			case rObject:
				out[p.r.top(s.metric)] = true
			case rModifier:
				if !facet {
					out[p.r.top(s.metric)] = true
				}
			case rItem:
				for i := range p.r.metrics {
					if p.r.metrics[i].ItemKind == p.r.items[s.item].Kind {
						out[p.r.top(i)] = true
					}
				}
			}
		}
	}
	return out
}

// otherFamily reports a part whose own words name things that no metric
// of its total's words counts.
func (p *parser) otherFamily(total, part *mention) bool {
	return p.disjoint(append(append([]int{}, total.core...), total.left...), append(append([]int{}, part.core...), part.left...))
}

// sameFamily reports a part whose own words name things of a family its
// total's words count.
func (p *parser) sameFamily(total, part *mention) bool {
	a := p.families(append(append([]int{}, total.core...), total.left...))
	for f := range p.families(append(append([]int{}, part.core...), part.left...)) {
		if a[f] {
			return true
		}
	}
	return false
}

// disjoint reports two sets of elements that each count things, of no
// family in common.
func (p *parser) disjoint(ks, js []int) bool {
	return disjointFamilies(p.families(ks), p.families(js))
}

// disjointFamilies reports two sets of families, neither empty, with none
// in common.
func disjointFamilies(a, b map[int]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for f := range b {
		if a[f] {
			return false
		}
	}
	return true
}

// coreAction reports a word after a figure's number that says what was
// done: "made 11 arrests" counts arrests, not its sibling's warrants.
func (p *parser) coreAction(m *mention) bool {
	for _, k := range m.core {
		if p.els[k].hasRole(rAction) {
			return true
		}
	}
	return false
}

// namedClauses finds lists of items named with no number that stand as
// a clause's subject before its verb ("heroin and cannabis were seized")
// outside every figure's words: one unquantified mention per item.
func (p *parser) namedClauses(out []*mentionWords) []*mention {
	els := p.els
	covered := func(k int) bool {
		for _, mw := range out {
			if k >= mw.m.start && k < mw.m.end || mw.m.el == k {
				return true
			}
		}
		return false
	}
	listEl := func(k int) bool {
		el := els[k]
		return el.kind == eLex && !el.verbLike() && !el.hasRole(rChanger) && !el.hasRole(rValue) && !el.hasRole(rPeriod) && !covered(k)
	}
	joiner := func(k int) bool {
		return els[k].kind == eFunc && els[k].fn == "coord" || els[k].kind == ePunct && els[k].fn == ","
	}
	var found []*mention
	for k := 0; k < len(els); k++ {
		if !listEl(k) {
			continue
		}
		// the list opens its clause: at the start, after a boundary, a
		// comma or "and", or after a word of quantity with no number
		// ("Dozens of knives were seized", "a large number of knives",
		// "thousands of pounds worth of heroin and cannabis": its things
		// are the words after them; in prose only, a cell's words are
		// the cell reader's to judge)
		b := k - 1
		quantity := -1 // where words of quantity with no number begin
		if x := p.quantityBefore(k, listEl); x >= 0 && !p.cell {
			b, k, quantity = x-1, p.quantityEnd(x), x
		}
		for b >= 1 && joiner(b) && listEl(b-1) {
			for b-1 >= 0 && listEl(b-1) {
				b--
			}
			b-- // back over the list to what stands before it
		}
		// "Illegal weapons including knives were also seized", "seized
		// a quantity of drugs including heroin and cocaine": the items
		// a kind named with no number includes are named with no
		// number too; its verb is the list's after it, or the kind's
		// before it. ("14 weapons including knives": a figure's words,
		// covered, name parts of a figure and give no fact.)
		groupVerb, kindEnd := -1, b-1
		kindVerb := false // the kind's own verb stands before the list
		joinedVerb := -1  // the verb before a kind that ends a list (kindJoinedVerb)
		if b >= 1 && els[b].kind == eFunc && els[b].fn == "part" {
			groupVerb = p.bareKindBefore(b, listEl)
			if groupVerb < 0 {
				if v, e := p.kindVerbBefore(b, listEl); v >= 0 {
					groupVerb, kindEnd, kindVerb = v, e, true
				}
			}
			if groupVerb <= 0 && !p.cell {
				if joinedVerb = p.kindJoinedVerb(b, listEl); joinedVerb >= 0 {
					groupVerb = 0 // its verb after the list, or joinedVerb
				}
			}
		}
		// "78 mobile phones were seized, as were heroin and cocaine":
		// the verb of the clause before, said again by "as were"
		asVerb := false
		if groupVerb < 0 && b >= 0 {
			if v := p.asWereVerb(b); v >= 0 {
				groupVerb, asVerb = v, true
			}
		}
		// "The drugs recovered were heroin, crack cocaine and cannabis":
		// a kind and its verb done, then "were", name its items as
		// "included" does (kindVerbBefore's kind and verb)
		if b >= 2 && els[b].kind == eFunc && els[b].fn == "aux" && p.toks[els[b].from].is("were", "was") && els[b-1].verbLike() {
			groupVerb, kindEnd = p.kindVerbBefore(b, listEl)
			kindVerb = groupVerb >= 0
		}
		// "More than 20 people were arrested after drugs, imitation
		// guns and knives were seized": a clause of the things' own,
		// after the figure's
		after := b >= 1 && els[b].kind == eFunc && p.word(b) == "after" && !p.cell
		if after && len(out) == 0 {
			continue // "... after heroin was found": what led to a case the sentence tells of
		}
		// "Officers arrested 12 people and seized heroin and cannabis":
		// the things a verb of seizing goes on to, as its object
		object := groupVerb < 0 && b >= 0 && p.objectVerb(b)
		// "and seizures of heroin and cannabis", "led to the seizure of
		// knives": a noun of seizing and "of" take the things as its
		// verb does (its numbered twin, "the seizure of 41 knives", is
		// judged as any figure)
		if !object && groupVerb < 0 && b >= 1 && p.word(b) == "of" && els[b-1].verbLike() && !p.cell && (p.objectVerb(b-1) || p.causedThe(els[b-1].from)) {
			b, object = b-1, true
		}
		// "Heroin was seized along with weapons", "cannabis were seized
		// – along with weapons and £50,000 in cash": things after a word
		// of siblings that follows a verb of things done are that
		// verb's, as its object is
		if !object && groupVerb < 0 && b >= 1 && !p.cell {
			if v := p.sibVerb(b); v >= 0 {
				b, object = v, true
			}
		}
		if groupVerb < 0 && b >= 0 && !(els[b].strong() || joiner(b) || els[b].kind == eFunc && els[b].fn == "say" || after || object) {
			for k < len(els) && (listEl(k) || joiner(k)) {
				k++ // a list after "including", "of" or a verb: not a clause of its own
			}
			continue
		}
		// its noun phrases, joined by commas and "and"
		var nps [][]int
		var np []int
		j := k
		for ; j < len(els); j++ {
			if listEl(j) {
				np = append(np, j)
				continue
			}
			if joiner(j) && len(np) > 0 && j+1 < len(els) && (listEl(j+1) || joiner(j+1) && j+2 < len(els) && listEl(j+2)) {
				nps = append(nps, np)
				np = nil
				if !listEl(j + 1) {
					j++ // ", and cannabis": the serial comma and its "and" are one joiner
				}
				continue
			}
			// "a quantity of heroin and a large quantity of cocaine",
			// "cannabis and some heroin": a member with words of
			// quantity of its own, and no number (in prose only)
			if e := p.quantityEnd(j + 1); joiner(j) && len(np) > 0 && !p.cell && e > j+1 && e < len(els) && listEl(e) {
				nps = append(nps, np)
				np = nil
				j = e - 1
				continue
			}
			break
		}
		if len(np) > 0 {
			nps = append(nps, np)
		}
		k = j
		v := j
		if object {
			// the list ends its clause, or a phrase of where, when or
			// why follows it ("seized drugs and weapons as part of a
			// national week of action": its twin judges the phrase) with
			// no figure after it and no other force or body named (a
			// joint operation with one is the forces' together: the
			// release and the return refuse it, a twin does not), and
			// nothing after it says more of its things
			// "seized heroin and weapons including knives and a machete":
			// a kind with its parts ends the list, and the parts end the
			// clause (listKinds reads the kind, namedClauses its parts)
			if e := p.kindPartsEnd(nps, j); e > j {
				j = e
			}
			if j < len(els) && !(els[j].strong() || joiner(j)) && (p.adjunctOpener(j) == 0 || p.figureAfter(j) || p.otherNamedAfter(j)) || p.saidMoreAfter(j-1) {
				continue
			}
			// "seized machetes or knives", "machetes, or knives": one or
			// the other, neither said
			end := j
			for end < len(els) && !els[end].strong() {
				end++
			}
			if slices.ContainsFunc(els[nps[0][0]:end], func(el elem) bool { return el.kind == eFunc && el.fn == "coord" && p.toks[el.from].is("or", "nor") }) {
				continue
			}
			v = b
		}
		// then its verb: "were seized", "recovered"
		modal := false
		for !object && v < len(els) && els[v].kind == eFunc && els[v].fn == "aux" {
			modal = modal || modals[p.word(v)]
			// "heroin and cannabis are seized (every week)", "are being
			// seized": the present says what is done as a rule, or is
			// being done, not what was seized in the week
			modal = modal || v == j && presentAux[p.word(v)]
			v++
		}
		if modal || !object && p.verbRefused(j) {
			continue // "knives could be seized": not done, or not yet
		}
		if v > j && v+1 < len(els) && p.word(v) == "also" {
			v++ // "were also seized"
		}
		if (v >= len(els) || !els[v].verbLike()) && groupVerb > 0 {
			v = groupVerb
		}
		// (its parts end the sentence or clause: words after a list of
		// parts, "in Essex", "last year", are not seen by the figures
		// beside it either (found29 F2), so no twin judges them)
		if (v >= len(els) || !els[v].verbLike()) && joinedVerb >= 0 && (j >= len(els) || els[j].strong()) {
			v, kindVerb = joinedVerb, true // its twin judges them
		}
		if v >= len(els) || !els[v].verbLike() {
			continue
		}
		// "Class A and B drugs were seized" names the classes as "Class
		// A and Class B drugs" does (its twin gives the letter its
		// class); "Class A or B drugs", one or the other, says neither.
		letters := false
		for _, np := range nps {
			for _, x := range np {
				at := els[x].from
				letters = letters || els[x].hasRole(rItem) && len(p.toks[at].norm) == 1 && at > 0 && p.toks[at-1].is("or", "/")
			}
		}
		if letters {
			continue
		}
		for n, np := range nps {
			item := false
			for _, x := range np {
				item = item || els[x].hasRole(rItem)
			}
			group := !item && groupVerb < 0 && p.groupWords(np) && !p.kindOfList(np[len(np)-1]+1)
			if !item && !group || groupVerb >= 0 && !asVerb && !p.ofKind(np, kindEnd) {
				continue
			}
			u := &mention{el: -1, start: np[0], end: np[len(np)-1] + 1, tailEnd: np[len(np)-1] + 1, core: np, pre: []int{v}, parent: -1, groupWord: group}
			if _, st := p.stanceOf(u); st {
				continue // "If heroin is found", "The NCA said heroin was seized"
			}
			u.changer = p.clauseChangers(np[0], v)
			if n > 0 {
				quantity = -1 // the words of quantity are the first's
			}
			if object || kindVerb {
				// "and seized knives", "weapons were seized, including
				// machetes": a number could stand in their place with
				// the same words around it
				u.twin = p.twinPlace(np[0], quantity)
			}
			found = append(found, u)
		}
	}
	return found
}

// tellsOfCase reports a sentence that names a person or an age ("The
// 35-year-old woman was arrested after ...", "A man was charged and
// heroin was seized"): with no figure, it tells of one case, and the
// things it names are that case's, not a figure of the week.
func (p *parser) tellsOfCase() bool {
	for _, el := range p.els {
		if el.isAge() || el.hasRole(rPerson) || el.hasRole(rFacet) {
			return true
		}
	}
	return false
}

// causedThe reports "the" before token i after a verb that says what the
// week brought ("resulted in the", "led to the", "saw the"): "the
// seizure of knives" there is done, as "The aim is the seizure of" and
// "responsible for the seizure of" are not.
func (p *parser) causedThe(i int) bool {
	if i < 2 || !p.toks[i-1].is("the") {
		return false
	}
	if p.toks[i-2].is("saw") {
		return true
	}
	return i >= 3 && causeWords[p.toks[i-3].norm+" "+p.toks[i-2].norm]
}

// objectVerb reports a verb at element b, of a metric that counts
// things rather than people, whose object the words after it are, done
// by the force in its week as far as its own words say: no modal,
// present, aim or negation before it ("will seize", "are seizing",
// "hope to seize", "did not seize"), and a subject that is the force's
// own officers, or none of its own ("and seized", "seizing").
func (p *parser) objectVerb(b int) bool {
	els := p.els
	if p.cell || !els[b].verbLike() || p.actsOnPeople(b) || p.notDone(&mention{pre: []int{b}}) != "" {
		return false
	}
	i := els[b].from - 1
	for i >= 0 && p.toks[i].is("also", "then", "later", "have", "has", "had") {
		i--
	}
	if i < 0 {
		return true
	}
	if t := p.toks[i]; t.kind != tWord || t.is(clauseOpeners...) {
		return true // ", seizing", "and seized"
	}
	from := i // back to the start of its clause: "and officers seized"
	for from > 0 && p.toks[from-1].kind == tWord && !p.toks[from-1].is(clauseOpeners...) {
		from--
	}
	end, ok := p.agentEnd(from)
	return ok && end == i+1
}

// verbRefused reports a verb group from element k, after items named
// with no number that are its subject, that says they were not seized
// by the force in its week: a modal ("could be seized"), the present
// ("are seized every week", "are being seized"), an agent other than
// the force's own officers ("seized by Border Force", "by officers from
// Essex Police"), or words after it that say more of the things than
// that they were seized (", which were later returned", ", belonging to
// another force": a clause or a word of what became of them).
func (p *parser) verbRefused(k int) bool {
	els := p.els
	v := k
	for v < len(els) && els[v].kind == eFunc && els[v].fn == "aux" {
		if modals[p.word(v)] || v == k && presentAux[p.word(v)] {
			return true
		}
		v++
	}
	if v+1 < len(els) && p.word(v) == "also" {
		v++
	}
	if v >= len(els) || !els[v].verbLike() {
		return false
	}
	if v+1 < len(els) && p.word(v+1) == "by" && !p.ownAgent(els[v+1].to) {
		return true
	}
	return p.saidMoreAfter(v)
}

// saidMoreAfter reports words after element v, the verb of things named
// with no number or the last of them, that say more of the things than
// that they were seized (", which were later returned", ", belonging
// to another force", ", TBC": a clause, a part with no figure and no
// verb of its own, or a word of what became of them).
func (p *parser) saidMoreAfter(v int) bool {
	els := p.els
	for j := v + 1; j < len(els); j++ {
		if els[j].kind == eFunc && els[j].fn == "rel" {
			return true
		}
	}
	// ", TBC", ", including Essex", ", regional total": a part after a
	// comma with no figure and no verb of its own says more of them
	for j := v + 1; j < len(els) && !els[j].strong(); j++ {
		if els[j].kind != ePunct || els[j].fn != "," {
			continue
		}
		own := false
		x := j + 1
		for ; x < len(els) && !els[x].strong() && !(els[x].kind == ePunct && els[x].fn == ","); x++ {
			own = own || els[x].kind == eAmount || els[x].verbLike()
		}
		// ", along with cocaine and cannabis": more things of the
		// verb (sibVerb reads them), not more said of these (found29 F3)
		if j+1 < x && els[j+1].kind == eFunc && els[j+1].fn == "sib" && p.thingsOnly(j+2, x) {
			continue
		}
		// ", officers said", ", according to Kent Police": the force's
		// own words about them, no more of them
		if !own && !p.ownTelling(els[j].to, p.els[x-1].to) {
			return true
		}
	}
	for _, t := range p.toks[els[v].to:] {
		if t.is("later", "subsequently", "fake") || t.is(fateWords...) {
			return true
		}
	}
	return false
}

// fateWords say what became of seized things, or whose they are.
var fateWords = []string{"returned", "belonging", "belonged", "belongs", "owned"}

// fateAfter is the words of a relative clause after figure m, in its
// stretch, that say what became of its things or whose they are ("4
// machetes which were later returned", "4 knives that belonged to
// Essex Police"), "" if none: the same words refuse things named with
// no number (saidMoreAfter).
func (p *parser) fateAfter(m *mention) string {
	for k := max(m.end, m.el+1); k < len(p.els) && !p.els[k].strong(); k++ {
		if p.els[k].kind == eAmount {
			return "" // another figure's words
		}
		if p.els[k].kind != eFunc || p.els[k].fn != "rel" || !p.toks[p.els[k].from].is("which", "that") {
			continue
		}
		for i := p.els[k].to; i < len(p.toks) && i < p.els[k].to+5 && p.toks[i].kind == tWord; i++ {
			if p.toks[i].is(fateWords...) {
				return p.raw(p.els[k].from, i+1)
			}
		}
	}
	return ""
}

// quantityBefore is the element where words of quantity that give no
// number (quantityEnd) begin, at or up to six elements before element
// k, when they end at or after k on a thing of the list listEl; -1 if
// none do.
func (p *parser) quantityBefore(k int, listEl func(int) bool) int {
	for x := max(0, k-6); x <= k; x++ {
		if e := p.quantityEnd(x); e >= k && e < len(p.els) && listEl(e) {
			return x
		}
	}
	return -1
}

// amountInClause reports an amount before element k in its clause: the
// figure whose parts a list after "including" names.
func (p *parser) amountInClause(k int) bool {
	for j := k - 1; j >= 0 && !p.els[j].strong(); j-- {
		if p.els[j].kind == eAmount {
			return true
		}
	}
	return false
}

// ownWords gathers a mention's own words.
func (p *parser) ownWords(m *mention) words {
	w := words{within: -1}
	for _, k := range m.pre {
		w.hard = append(w.hard, p.els[k].e)
		w.verbs = append(w.verbs, p.els[k].e)
	}
	if m.amt != nil && m.amt.unitWord != nil && (m.amt.unitWord.has(rObject) || m.amt.unitWord.has(rItem)) {
		w.hard = append(w.hard, m.amt.unitWord) // "1,000 wraps were seized"
	}
	for _, k := range m.core {
		if m.dropped[k] {
			continue
		}
		w.hard = append(w.hard, p.els[k].e)
		if m.complFrom > 0 && k >= m.complFrom {
			w.compl = append(w.compl, p.els[k].e)
		}
	}
	for _, k := range m.verbs {
		w.verbs = append(w.verbs, p.els[k].e)
	}
	for _, k := range m.left {
		w.hard = append(w.hard, p.els[k].e)
	}
	for _, k := range m.given {
		w.hard = append(w.hard, p.els[k].e)
	}
	for _, k := range m.soft {
		w.soft = append(w.soft, p.els[k].e)
	}
	for _, k := range m.trail {
		w.trail = append(w.trail, p.els[k].e)
	}
	w.unknown = m.unknown
	w.changer = dedupeChanges(m.changer)
	w.describes = m.describes
	w.relTail = m.relTail
	return w
}

func has(es []*entry, rs ...role) bool {
	for _, e := range es {
		for _, r := range rs {
			if e.has(r) {
				return true
			}
		}
	}
	return false
}

// hasNamed reports an item, or an object that is neither a unit
// ("wraps") nor a modifier elsewhere ("children").
func hasNamed(es []*entry) bool {
	for _, e := range es {
		if e.has(rItem) || e.has(rObject) && !e.has(rUnit) && !e.has(rModifier) && !e.has(rFacet) {
			return true
		}
	}
	return false
}

// without is es less the entries of drop.
func without(es, drop []*entry) []*entry {
	var out []*entry
	for _, e := range es {
		keep := true
		for _, d := range drop {
			if e == d {
				keep = false
			}
		}
		if keep {
			out = append(out, e)
		}
	}
	return out
}

func filter(es []*entry, rs ...role) []*entry {
	var out []*entry
	for _, e := range es {
		for _, r := range rs {
			if e.has(r) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// listVerbUnknown is a word nobody taught us where the verb of the
// list of figure i's stands, after its last figure's words and its
// auxiliaries, when figure i has no verb of its own, or "": "5 knives and
// 2 machetes were handed in", "Knives and a machete were handed in"
// (review27 W11): the word is every figure's of the list, as a taught
// verb there is, not only the last's. A word of the last figure's own
// ("15 phones and 4 sim cards seized") is not where a verb stands.
func (p *parser) listVerbUnknown(ms []*mentionWords, i int) string {
	m := ms[i].m
	if len(m.pre) > 0 || len(m.verbs) > 0 || has(ms[i].w.hard, rAction) {
		return ""
	}
	j := i
	for j+1 < len(ms) && ms[j+1].m.group == m.group {
		j++
	}
	if j == i || len(ms[j].m.pre) > 0 || len(ms[j].m.verbs) > 0 || ms[j].m.el < 0 {
		return ""
	}
	k := ms[j].m.el + 1
	for k < len(p.els) && (p.els[k].kind == eLex && !p.els[k].verbLike() || p.els[k].kind == eFunc && p.els[k].fn == "of") {
		k++
	}
	if k >= len(p.els) || p.els[k].kind != eFunc || p.els[k].fn != "aux" {
		return ""
	}
	for k < len(p.els) && p.els[k].kind == eFunc && p.els[k].fn == "aux" {
		k++
	}
	if k < len(p.els) && p.els[k].kind == eUnknown && slices.Contains(ms[j].w.unknown, p.text(p.els[k])) {
		return p.text(p.els[k])
	}
	return ""
}

// share lets figures take what their siblings and parents say: a verb
// said once for a list, the object of "4kg of Class A plus 740 wraps",
// the verb and object of a total for its parts.
func (p *parser) share(ms []*mentionWords) {
	for i, mw := range ms {
		m := mw.m
		own := mw.w.hard
		if w := p.listVerbUnknown(ms, i); w != "" {
			mw.w.unknown = append(slices.Clip(mw.w.unknown), w)
		}
		for j := i - 1; j >= 0 && has(own, rAction) && p.addition(m) != ""; j-- {
			for _, e := range filter(own, rAction) {
				for _, o := range filter(ms[j].w.hard, rAction) {
					if p.sameAction(e, o) {
						mw.adds = true
					}
				}
			}
		}
		if !has(own, rAction) && (m.part || !hasNamed(own)) {
			var got []*entry
			// siblings: the verb before the first, else the nearest verbs after or before
			var sibs []*mentionWords
			for _, o := range ms {
				if o != mw && o.m.group == m.group {
					sibs = append(sibs, o)
				}
			}
			// the nearest sibling before it with a verb of its own: "arrested
			// 31 people and safeguarded 14 children and 8 adults"; else
			// the first with one after it
			for j := i - 1; j >= 0 && got == nil; j-- {
				if ms[j].m.group == m.group && len(ms[j].m.pre) > 0 {
					got = filter(ms[j].w.verbs, rAction, rAllow)
				}
			}
			for _, o := range sibs {
				if got == nil && len(o.m.pre) > 0 {
					got = filter(o.w.verbs, rAction, rAllow)
					break
				}
			}
			if got == nil {
				for j := i + 1; j < len(ms) && got == nil; j++ {
					if ms[j].m.group == m.group && len(ms[j].w.verbs) > 0 {
						got = ms[j].w.verbs
						// "620 children and 559 adults identified as being exploited"
						mw.w.soft = append(mw.w.soft, ms[j].w.soft...)
						mw.verbOf = ms[j]
					}
				}
				for j := i - 1; j >= 0 && got == nil; j-- {
					if ms[j].m.group == m.group && len(ms[j].w.verbs) > 0 {
						got = ms[j].w.verbs
						mw.verbOf = ms[j]
					}
				}
			}
			if got == nil {
				// "32 vulnerable adults, 18 children": the word that says
				// what the list is, said once
				for j := i - 1; j >= 0 && got == nil; j-- {
					if ms[j].m.group == m.group {
						got = filter(ms[j].w.hard, rAction)
					}
				}
			}
			if got == nil && m.parentMW != nil {
				got = filter(m.parentMW.w.hard, rAction)
				if got == nil {
					got = m.parentMW.w.verbs
				}
			}
			mw.w.hard = append(mw.w.hard, got...)
			mw.borrowed = got != nil
			mw.adds = got != nil && !has(own, rObject, rItem, rItemMod, rModifier, rPerson, rFacet, rUnit) && (m.amt == nil || m.amt.unit == "")
		}
		// "spoke to three children and five adults potentially at risk":
		// the words after the list that say what was done are said of
		// every figure of it, as its verb before it is.
		if len(m.pre) > 0 && m.el >= 0 {
			for j := i + 1; j < len(ms) && ms[j].m.group == m.group; j++ {
				if len(ms[j].m.pre) > 0 {
					break
				}
				if len(ms[j].m.verbs) > 0 {
					mw.w.post = filter(ms[j].w.verbs, rAction)
					break
				}
			}
		}
		// "one real and two imitation firearms": a number and a word that
		// describes, straight before "and" and the next figure, leave
		// out the noun the next figure names; it is theirs too, as its
		// base ("firearm" of "imitation firearm"), never its modifier.
		elided := false
		if m.el >= 0 && m.amt != nil && m.amt.unit == "" && !hasNamed(mw.w.hard) && len(m.core) > 0 && i+1 < len(ms) && ms[i+1].m.group == m.group &&
			p.word(m.end) == "and" && ms[i+1].m.el == m.end+1 && p.describesOnly(m.core) {
			elided = true
			for _, e := range filter(ms[i+1].w.hard, rObject, rItem) {
				if base, ok := p.r.lex.all[e.words[len(e.words)-1]]; ok && (base.has(rItem) || base.has(rObject)) {
					e = base
				}
				mw.w.hard = append(mw.w.hard, e)
			}
		}
		// "121 wraps and 60 grams of heroin": a number and its unit
		// straight before "and" and the next figure, which names its
		// drug after its own unit, leave the drug out; it is theirs too.
		if !elided && m.el >= 0 && !hasNamed(mw.w.hard) && m.amt != nil && m.amt.unit != "" && !isMoney(m.amt) && i+1 < len(ms) && ms[i+1].m.group == m.group &&
			p.word(m.end) == "and" && ms[i+1].m.el == m.end+1 && ms[i+1].m.amt != nil && ms[i+1].m.amt.unit != "" && has(ms[i+1].w.hard, rItem) {
			elided = true
			// ("641g and 57 wraps of cocaine": the next figure's unit
			// is its own, though "wraps" names drugs too)
			for _, e := range filter(ms[i+1].w.hard, rItem, rObject, rItemMod) {
				if !e.has(rUnit) {
					mw.w.hard = append(mw.w.hard, e)
				}
			}
		}
		if !elided && (m.unitOnly || m.el >= 0 && !hasNamed(mw.w.hard) && !has(mw.w.hard, rModifier, rPerson, rFacet) && !p.coreAction(m)) {
			// "and over 88 wraps": the object of the sibling before.
			for j := i - 1; j >= 0; j-- {
				if ms[j].m.group == m.group && has(ms[j].w.hard, rObject, rItem) {
					// "seized knives and 15,000 in cash": a thing named
					// with no number counts nothing, and a bare number
					// after it is not a count of it.
					if ms[j].m.el < 0 && !m.unitOnly {
						break
					}
					// "2kg of cocaine, £5,000": a sum is no more of the
					// cocaine than it is cash; a sum takes only a sum's words.
					if isMoney(m.amt) != isMoney(ms[j].m.amt) {
						break
					}
					mw.w.hard = append(mw.w.hard, without(filter(ms[j].w.hard, rObject, rItem, rItemMod), ms[j].w.compl)...)
					break
				}
			}
		}
		if m.amt != nil && m.amt.unit == "" && !has(mw.w.hard, rUnit) && has(mw.w.hard, rItem, rObject) && m.el+1 < len(p.els) && p.els[m.el+1].kind == eFunc && p.els[m.el+1].fn == "of" {
			// "500g of cocaine and 200 of heroin": the unit said once,
			// and the number stands for it before "of"; "2kg of
			// cocaine and 44 weapons" counts weapons.
			for j := i - 1; j >= 0; j-- {
				o := ms[j].m
				if o.group == m.group && o.amt != nil && o.amt.unit != "" && o.amt.factor > 0 {
					m.sibUnit, m.sibFactor = o.amt.unit, o.amt.factor
					break
				}
			}
		}
		if m.part && m.parentMW != nil && !mw.ownAction {
			// what the total counts may complete the part: "12 of which were deal lines" (phones)
			mw.w.soft = append(mw.w.soft, filter(m.parentMW.w.hard, rObject, rItem, rPerson)...)
		}
		if m.part && m.parentMW != nil {
			mw.w.hard, mw.composed = p.r.composeFacets(mw.w.hard, m.parentMW.w.hard)
		}
		if m.parentMW != nil && !has(mw.w.hard, rObject, rItem) {
			pw := m.parentMW.w.hard
			mw.w.hard = append(mw.w.hard, filter(pw, rObject, rItem, rItemMod)...)
			if !has(mw.w.hard, rPerson) {
				mw.w.hard = append(mw.w.hard, filter(pw, rPerson)...)
			}
		}
	}
}

// candidate is a metric that fits a figure's words.
type candidate struct {
	metric int
	score  int
	item   string
	why    string
}

// explained says whether metric mi allows the word e, and what it is
// evidence of: the metric's action, its object, its modifier.
func (r *Reader) explained(mi int, e *entry) (evidence, action, object, modifier bool, ok bool) {
	if e == nil {
		// an element of the figure's words that is no word of the
		// lexicon (right's "or" outcome once put the "A" of "were refer
		// or A" there; fixed at the source): no metric can say it allows
		// it, so a hard word of it fits none
		return
	}
	m := &r.metrics[mi]
	for _, s := range e.senses {
		switch s.role {
		case rAction:
			if s.metric == mi {
				evidence, action, ok = true, true, true
			}
		case rObject:
			if s.metric == mi {
				evidence, object, ok = true, true, true
			}
		case rModifier:
			if s.metric == mi {
				evidence, modifier, ok = true, true, true
			}
		case rAllow:
			if s.metric == mi {
				ok = true
			}
		case rItem, rItemMod:
			if m.ItemKind != "" && r.items[s.item].Kind == m.ItemKind {
				evidence, object, ok = true, s.role == rItem || object, true
			}
		case rPerson:
			if m.acceptPerson {
				ok = true
			}
		case rNeutral, rUnit, rValue, rHedge, rHedgeAfter, rPeriod:
			ok = true
		}
	}
	return
}

// fit says whether metric mi fits the words: every hard word is one the
// metric allows, and what it needs is named (by a hard word, or a soft
// one when soft is set). It returns the evidence count.
func (r *Reader) fit(mi int, w words, soft bool) (int, bool) {
	m := &r.metrics[mi]
	explained := func(e *entry) (evidence, action, object, modifier bool, ok bool) { return r.explained(mi, e) }
	score := 0
	var act, obj, mod bool
	for _, e := range w.hard {
		ev, a, o, md, ok := explained(e)
		if !ok {
			return 0, false
		}
		if ev {
			score++
		}
		act, obj, mod = act || a, obj || o, mod || md
	}
	if soft {
		for _, e := range w.soft {
			ev, a, o, md, ok := explained(e)
			if !ok {
				continue
			}
			if ev {
				score++
			}
			act, obj, mod = act || a, obj || o, mod || md
		}
	}
	if m.modifiers && !mod {
		return 0, false
	}
	if m.needs["action"] && !act || m.needs["object"] && !obj {
		return 0, false
	}
	// needs left blank: the action or the object, not a modifier alone
	// ("potential victims of modern slavery" are no NRM referrals until
	// referred).
	if !act && !obj {
		return 0, false
	}
	return score, true
}

// opensOfTotal reports a sentence whose words before the amount at
// element a are "Of the", "Out of the", "Of these", "From the" (a
// total that what follows is drawn from).
func (p *parser) opensOfTotal(a int) bool {
	if a < 0 || a >= len(p.els) {
		return false
	}
	toks := p.toks[:p.els[a].from]
	i := 0
	if len(toks) > 0 && toks[0].is("out") {
		i++
	}
	if i >= len(toks) || !toks[i].is("of", "from") {
		return false
	}
	i++
	if i < len(toks) && toks[i].is("the", "these", "those", "all") {
		i++
	}
	return i == len(toks)
}

// commaBetween reports a comma among the elements (a, b).
func (p *parser) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if p.els[k].kind == ePunct && p.els[k].fn == "," {
			return true
		}
	}
	return false
}

// headWord is the word of the lexicon straight after a figure's number:
// what it counts ("40 welfare visits of ...").
type headWord struct {
	e  *entry
	el *elem
}

// headNoun is the word straight after the figure's number, if it is a
// word of the lexicon; nil otherwise.
func (p *parser) headNoun(m *mention) *headWord {
	if m.amt == nil || m.el < 0 || m.el+1 >= len(p.els) {
		return nil
	}
	el := &p.els[m.el+1]
	if el.kind != eLex || el.e == nil {
		return nil
	}
	// the noun phrase's last word: "3,000 sixth form students" counts
	// students
	if k := m.el + 2; k < len(p.els) && p.els[k].kind != eFunc && p.els[k].kind != ePunct {
		return nil
	}
	return &headWord{el.e, el}
}

// countsOther reports a word that is a thing another metric counts (its
// object, counted and not in people) and that metric mi only allows
// beside its own words: visits for safeguarded.
func (r *Reader) countsOther(h *headWord, mi int) bool {
	other := false
	for _, s := range h.e.senses {
		switch {
		case s.role == rObject && s.metric != mi && r.metrics[s.metric].Unit != string(etl.UnitPeople):
			other = true
		case s.metric == mi && (s.role == rAction || s.role == rObject || s.role == rModifier), s.role == rPerson:
			return false
		}
	}
	return other
}

// parentFact is the fact the figure's total was read as. A scoped
// figure's total may be a scoped figure too ("Last year, 45 arrests, 12
// of them for drug supply"); a fact's total is only ever a fact.
func parentFact(m *mention, scoped bool) *Fact {
	if m.parentMW == nil {
		return nil
	}
	if m.parentMW.fact == nil && scoped {
		return m.parentMW.scopedFact
	}
	return m.parentMW.fact
}

// cellNarrowed says, for a figure of a return's cell, words that narrow
// it to a part ("45, including 7 men in Medway": a part narrowed by
// where or by whom is a part of the part, and the total stands) or say
// another when, where or by whom, and reports whether there were any.
func (p *parser) cellNarrowed(m *mention, say func(code, word, format string, args ...any)) bool {
	n, when, whom := p.cellNarrows(m)
	switch {
	case whom || n != "" && !when && m.part:
		say(CodeNoMetric, n, "%q says where the people or things counted are, or who counted them: only some of them, and the catalogue holds no figure for that part; not read as the plain metric", n)
	case n != "":
		say(CodeChangesMeaning, n, "%q says when, where or by whom, and it is not the operation's week, the force's area or its officers: the figure may be a part of the week's or another's; not read as the force's figure for the week", n)
	default:
		return false
	}
	return true
}

// resolve turns one figure into a fact, or a message saying why not.
// figureText is the words of a figure as written, and their byte
// offsets in the phrase.
func (p *parser) figureText(m *mention) (text string, start, end int) {
	from, to := m.start, m.end
	if m.amt != nil && m.el < from {
		from = m.el
	}
	if to <= from {
		to = from + 1
	}
	if to > len(p.els) {
		to = len(p.els)
	}
	return p.raw(p.els[from].from, p.els[to-1].to), p.toks[p.els[from].from].start, p.toks[p.els[to-1].to-1].end
}

// amountValue is a new copy of a figure's value, nil for an item named
// with no number.
func amountValue(m *mention) *float64 {
	if m.amt == nil {
		return nil
	}
	v := m.amt.value
	return &v
}

func (r *Reader) resolve(p *parser, mw *mentionWords, out *Reading) {
	m, w := mw.m, mw.w
	value := amountValue(m)
	text, start, end := p.figureText(m)
	quiet := false // a scoped figure has said why it is no fact
	say := func(code, word, format string, args ...any) {
		if m.amt == nil || quiet {
			return // an item named with no number: nothing to say
		}
		out.Messages = append(out.Messages, Message{Code: code, Word: word, Value: value, Start: start, End: end,
			Text: fmt.Sprintf("%q: ", text) + fmt.Sprintf(format, args...)})
	}
	// whose act, whose words and what mood (stance.go): another body's
	// figure is a scope; a condition, another's words or the public's
	// act refuse it
	st, stanced := p.stanceOf(m)
	if o := mw.verbOf; !stanced && o != nil {
		// "17 men and 18 women will be arrested", "... were not
		// arrested": the verb a figure takes from its sibling is said
		// as the sibling says it
		st, stanced = p.stanceOf(o.m)
		if len(w.changer) == 0 {
			w.changer = o.w.changer
		}
	}
	if stanced && st.scope != nil {
		if w.scope == nil {
			w.scope = st.scope
		}
		stanced = false
	}
	if n := p.wielded(m); !p.cell && m.amt != nil && p.r.seizable(w.hard) && n != "" {
		say(CodeChangesMeaning, n, "%q says the thing was used, held or carried, not seized: not read as a seizure", n)
		return
	}
	if n := p.neutralVerb(m); !p.cell && m.amt != nil && n != "" {
		say(CodeChangesMeaning, n, "%q is the only verb said of the figure, and it is no act of any metric: not read as the metric's figure", n)
		return
	}
	if r := p.rateAfter(m); r != "" {
		say(CodeChangesMeaning, r, "%q makes the figure a rate, how many in each stretch of time, not how many in the week; not read as the force's figure for the week", r)
		return
	}
	if (mw.borrowed || bare(mw)) && !m.part && !p.bodyNamedIn(m) {
		// "Officers arrested 12 people in Kent, and 5 in London": more
		// of the same act in another place, so each figure before it of
		// that act is a part of the force's whole (addedTo; the 5
		// itself is refused below for its place, or for "elsewhere")
		mw.elsewhere = p.elsewhere(m, w.scope)
	}
	mw.addedAny = m.amt != nil && m.amt.unit == "" && !has(w.hard, rAction) && w.scope.ownTimeOrPlace() && !stanced && p.notDone(m) == "" && !p.modalAfter(m) && !p.bodyNamedIn(m) && !p.ownNoun(m) && p.addition(m) != ""
	if n := p.addition(m); mw.adds && w.scope.ownTimeOrPlace() && !p.ownNoun(m) && n != "" {
		// another body's "3 more" ("the NCA arrested 3 more") is that
		// body's figure, said as such below; a place's or a time's
		// ("and 3 more in Maidstone") is still more of the figure before
		say(CodeChangesMeaning, n, "%q with no verb or noun of its own adds to the figure before it (or another time's): not a figure of its own for the week", n)
		// another body named before it may be the one that did more
		// ("..., with the NCA arresting 2 more"): the figure before
		// stays the force's
		mw.added = !p.bodyNamedIn(m)
		return
	}
	switch {
	case stanced:
		say(CodeChangesMeaning, st.words, "%s; not read as the force's figure for the week", st.why)
		return
	case w.scope != nil:
		say(CodeChangesMeaning, w.scope.words, "%s; not read as the force's figure for the week", w.scope.why())
	case len(w.changer) > 0:
		say(CodeChangesMeaning, w.changer[0].words, "%q changes what the figure means; it is not read as the plain metric", w.changer[0].words)
	case m.whom != "":
		say(CodeNoMetric, m.whom, "%q says whom, when or where the things counted were done, only some of them: the catalogue holds no figure for that part; not read as the plain metric", m.whom)
		return
	case p.cell && m.amt != nil && p.cellNarrowed(m, say):
		return
	case !p.cell && m.amt != nil && p.fateAfter(m) != "":
		n := p.fateAfter(m)
		say(CodeChangesMeaning, n, "%q says what became of the things or whose they are: not read as the force's seizure for the week", n)
		return
	case m.amt != nil && p.eachOne(m) != "":
		n := p.eachOne(m)
		say(CodeChangesMeaning, n, "%q says the figure is each one's (each team's, officer's or area's), not the force's total: not read as the force's figure for the week", n)
		return
	case m.amt != nil && p.includesOther(m) != "":
		n := p.includesOther(m)
		say(CodeChangesMeaning, n, "%q says the figure includes another force's or a wider area's: not read as the force's figure for the week", n)
		return
	case p.cell && m.amt != nil && p.verbPair() != "":
		// "Arrests │ charged and arrested 11": those both were done to,
		// a part of the label's figure, or the figure of either?
		say(CodeAmbiguous, p.verbPair(), "%q names what two metrics count, done to the same things: one figure for both, or which?; not read as the label's figure", p.verbPair())
		return
	case !p.cell && m.amt != nil && p.otherAdjunct(m) != "":
		n := p.otherAdjunct(m)
		say(CodeChangesMeaning, n, "%q names another than the force as where or by whom: the figure is another's, not read as the force's", n)
		return
	case p.ofTotal != "" && m.el == p.ofTotalEl && !p.parts:
		say(CodeChangesMeaning, p.ofTotal, "%q: the verb before it counts a part of this total, and what the total counts, and whose it is, the sentence does not say; not read as the force's figure", p.ofTotal)
		return
	case m.among != "":
		say(CodeNoMetric, m.among, "a part of the figure after %q, not a figure of its own; the catalogue holds no figure for that part", m.among)
		return
	case m.wider != "":
		say(CodeChangesMeaning, m.wider, "a wider total the figure before is %q; whose it is (the force's, the region's, the country's) is not said, so it is not read as the force's", m.wider)
	}
	// A figure refused only for its scope is read on, in silence, into
	// Reading.Scoped: every check below still holds it to the words a
	// fact needs.
	sc, scoped := p.scopeOnly(m, w)
	if !scoped && (w.scope != nil || len(w.changer) > 0 || m.wider != "") {
		return
	}
	quiet = scoped
	if scoped {
		w = withoutScope(w)
	}
	emit := func(f Fact) {
		if scoped {
			out.Scoped = append(out.Scoped, Scoped{Fact: f, Kind: sc.kind, Words: sc.words})
			return
		}
		out.Facts = append(out.Facts, f)
	}
	if m.amt != nil && m.amt.spaced {
		say(CodeAmbiguous, "", "two numbers side by side: one written with a space, or two figures?")
		return
	}
	if m.amt != nil && m.amt.ranged {
		say(CodeRange, "", "a range, not one figure")
		return
	}
	if m.amt != nil && m.amt.fraction {
		m.article = false
		say(CodeUnit, "", "a part of a unit is not read")
		return
	}
	if m.amt != nil && m.amt.apart {
		say(CodeUnit, "", "a whole and a part said apart (\"2 kilos and a half kilo\") or a part of a count (\"12 and a half wraps\"): not read")
		return
	}
	if m.amt != nil && m.amt.poundsOf {
		say(CodeUnit, "pounds", "\"pounds of\" may be a weight or a sum of money")
		return
	}
	if m.joint != "" {
		say(CodeAmbiguous, "", "%s: no figure of either", m.joint)
		return
	}
	if len(w.unknown) > 0 {
		say(CodeUnknownWord, w.unknown[0], "the word %s is not known; teach it in the reference words to read this figure", quoteWords(w.unknown))
		return
	}
	// "40 phones, 12 of which were deal lines": a part with no verb of
	// its own is a part of its total's kind: deal line phones, not lines.
	w.within = -1
	if pf := parentFact(m, scoped); m.part && pf != nil && !mw.ownAction {
		w.within = r.metricIndex(pf.Metric)
		// "49 adults safeguarded (28 male, ...)": adult males are a
		// part of the adults, though the catalogue files both under
		// safeguarded.
		if mw.composed {
			w.within = r.top(w.within)
		}
	}
	cands := r.candidates(w)
	own := w
	own.soft, own.compl = nil, nil
	bare, valueOf := r.bareSum(p, m, w)
	if bare >= 0 && len(r.candidates(own)) == 0 {
		// "£8,000 seized": a sum with no noun is the money itself,
		// whatever a later clause names that is not counted in money
		// ("£3,870 was seized, phones ... were confiscated").
		cands = []candidate{{metric: bare, score: 1}}
	} else if len(w.post) > 0 {
		w2 := w
		w2.hard = append(append([]*entry{}, w.hard...), w.post...)
		if c := r.candidates(w2); len(c) > 0 {
			cands = c
		}
	}
	atPlaces := false
	if len(cands) == 0 {
		// "warrants at eight properties": the places count the acts
		if mi := p.actsAtPlaces(m); mi >= 0 {
			cands, atPlaces = []candidate{{metric: mi, score: 1}}, true
		}
	}
	if len(cands) == 0 && valueOf != "" {
		say(CodeAmbiguous, valueOf, "a sum of money with no noun may be the value of %q named beside it, not cash", valueOf)
		return
	}
	if len(cands) == 0 {
		if split := r.sharedObject(p, m, w); split != nil {
			// "arrested and charged 11 people": each verb's figure, the
			// same number; a part after it is a part of neither alone.
			for _, c := range split {
				r.resolveAs(p, mw, c, &value, say, emit, scoped)
			}
			mw.fact, mw.scopedFact = nil, nil
			mw.shared = &[2]int{start, end}
			return
		}
		say(CodeNoMetric, "", "no metric of the catalogue fits these words")
		return
	}
	if len(cands) > 1 && cands[0].score == cands[1].score {
		var codes []string
		for _, c := range cands {
			if c.score == cands[0].score {
				codes = append(codes, r.metrics[c.metric].Code)
			}
		}
		say(CodeAmbiguous, "", "could be %s", strings.Join(codes, " or "))
		return
	}
	if n := p.mainVerbNotDone(m); n != "" {
		// "12 people exploited by drug gangs will be safeguarded": the
		// figure's words name its metric, the clause's verb says it is
		// still to do
		say(CodeChangesMeaning, n, "%q says what was planned, hoped or possible, not what was done in the week; not read as the force's figure for the week", n)
		return
	}
	if v := p.placeOfAct(m, cands[0].metric); v != "" && !atPlaces {
		say(CodeChangesMeaning, v, "the figure says where %q was done, after a word of place with no verb of its own: not read as %s", v, r.metrics[cands[0].metric].Code)
		return
	}
	if v := p.mainVerbAfter(m, cands[0].metric); v != "" {
		say(CodeAmbiguous, v, "the verb %q after the figure's words says what was done to what it counts, and it is not %s's: which figure is it?", v, r.metrics[cands[0].metric].Code)
		return
	}
	r.resolveAs(p, mw, split{metric: cands[0].metric, w: w}, &value, say, emit, scoped)
}

// mainVerbAfter is the verb of the clause after a figure whose own
// words have no finite verb, when that verb is what another metric
// counts and metric mi does not allow it, "" otherwise: "2,500 people
// who are at risk were educated", "25 people at risk of being exploited
// were arrested". The figure's words read "people at risk"
// (safeguarded), but the clause's verb says what was done to them. Only
// the figure's own clause: a comma or an "and" ends it ("46 people were
// arrested, and drugs were seized").
func (p *parser) mainVerbAfter(m *mention, mi int) string {
	if m.amt == nil || len(m.pre) > 0 {
		return ""
	}
	finite := func(k int) bool { return k > 0 && p.els[k-1].kind == eFunc && p.els[k-1].fn == "aux" }
	for _, k := range m.verbs {
		if finite(k) {
			return "" // "25 vulnerable people were safeguarded"
		}
	}
	for k := m.end; k < m.tailEnd && k < len(p.els); k++ {
		el := p.els[k]
		if el.kind == ePunct || el.kind == eAmount || el.kind == eFunc && (el.fn == "coord" || el.fn == "sib" || el.fn == "part" || el.fn == "with") {
			break // "109 welfare visits with people identified to be at risk"
		}
		if el.kind == eFunc && el.fn == "pron" && k+1 < len(p.els) && p.els[k+1].kind == eFunc && p.els[k+1].fn == "aux" {
			// "21 addresses visited to check they were not being
			// exploited": a subject with a verb of its own ("25 people
			// at risk we believe were arrested": the verb is the figure's)
			break
		}
		if !el.verbLike() || !finite(k) || !passiveVerb(p.text(el)) {
			continue // "who are at risk": a state, no verb done to them
		}
		if _, _, _, _, ok := p.r.explained(mi, el.e); ok {
			continue
		}
		for _, s := range el.e.senses {
			if s.role == rAction && s.metric != mi {
				return p.text(el)
			}
		}
	}
	return ""
}

// mainVerbNotDone is the word that says the verb of the clause after a
// figure whose own words have no finite verb is not done (a modal, an
// aim: notDone), "" if none: "12 people exploited by drug gangs will be
// safeguarded", "12 people targeted by gangs could be safeguarded". The
// figure's own words ("people exploited", "vulnerable people") name its
// metric, and the clause's verb, of that metric or another, says it is
// planned, hoped or possible. The clause is mainVerbAfter's: a comma, an
// "and", a number or a word of parts ends it.
func (p *parser) mainVerbNotDone(m *mention) string {
	if m.amt == nil || len(m.pre) > 0 {
		return ""
	}
	finite := func(k int) bool { return k > 0 && p.els[k-1].kind == eFunc && p.els[k-1].fn == "aux" }
	for _, k := range m.verbs {
		if finite(k) {
			return "" // the figure's own verb: its mood is stanceOf's
		}
	}
	for k := m.end; k < m.tailEnd && k < len(p.els); k++ {
		el := p.els[k]
		if el.kind == ePunct || el.kind == eAmount || el.kind == eFunc && (el.fn == "coord" || el.fn == "sib" || el.fn == "part" || el.fn == "with") {
			break
		}
		if el.verbLike() && finite(k) {
			return p.notDone(&mention{pre: []int{k}})
		}
	}
	return ""
}

// passiveVerb reports words that begin with a past participle, the verb
// of a passive clause: "arrested", "educated", "taken into custody".
func passiveVerb(words string) bool {
	f := strings.Fields(strings.ToLower(words))
	return len(f) > 0 && (participle(f[0]) || irregularParticiples[f[0]])
}

var irregularParticiples = map[string]bool{"taken": true, "found": true, "held": true, "spoken": true, "brought": true, "given": true, "shut": true, "caught": true}

// split is one metric a figure's words are read as, with the words that
// say it.
type split struct {
	metric int
	w      words
}

// resolveAs reads the figure of mw as metric c.metric of the words c.w:
// its item, unit and qualifier, and the checks of a part.
//
// vp is the value the caller's messages give: a unit's factor converts it.
func (r *Reader) resolveAs(p *parser, mw *mentionWords, c split, vp **float64, say func(code, word, format string, args ...any), emit func(Fact), scoped bool) {
	m, w := mw.m, c.w
	value := amountValue(m)
	*vp = value
	text, start, end := p.figureText(m)
	mi := &r.metrics[c.metric]
	if h := p.headNoun(m); h != nil && m.amt.unit == "" && mi.Unit == string(etl.UnitPeople) && r.countsOther(h, c.metric) {
		// "40 welfare visits of vulnerable people": the number counts
		// the visits named straight after it, not the people
		say(CodeNoMetric, p.text(*h.el), "the number counts %q, things another metric counts, not people (%s)", p.text(*h.el), mi.Code)
		return
	}
	if pf := parentFact(m, scoped); m.part && pf != nil && mw.ownAction && r.metrics[r.metricIndex(pf.Metric)].Section != mi.Section {
		// "Out of the 38 arrests, 5 were found to be minors and are
		// now being protected": those of the total who were also
		// safeguarded are a part of the week's safeguarded, no figure
		// of the catalogue
		say(CodeNoMetric, "", "a part of the %s figure it follows, read as %s: only those of that total, a part of the %s figure; not read", pf.Metric, mi.Code, mi.Code)
		return
	}
	if mi.Code == "charges" && !chargingSaid(p.toks, w) {
		// "a man who was wanted for an offence", "arrested for 20
		// offences": offences named, none said to be charged
		say(CodeNoMetric, "", "offences named with no word of charging: not charges laid")
		return
	}
	f := Fact{Metric: mi.Code, Text: text, Start: start, End: end, Value: value}
	// The item.
	if mi.ItemKind != "" {
		hard := w.hard
		if !m.direct { // "100 shotgun cartridges, regional total": a list, as before
			var list string
			if hard, list = p.compoundHeads(mi, hard); list != "" {
				say(CodeAmbiguous, "", "%s", list) // "5 knives machetes"
				return
			}
		}
		item, ok, why := r.item(mi.ItemKind, hard, m)
		if !ok {
			say(CodeAmbiguous, "", "%s", why)
			return
		}
		// "1.5kg of a white powder believed to be cocaine": the figure's
		// own words name nothing, and what its trailing words name
		// stands after words not read; neither "all drugs" nor cocaine.
		if trailing, _, _ := r.item(mi.ItemKind, w.trail, m); item == "" && trailing != "" && !has(w.hard, rItem) {
			say(CodeAmbiguous, "", "names %s only in the words after it", trailing)
			return
		}
		// "2kg" under the heading "Cocaine": the heading names the item.
		if heading, ok, _ := r.item(mi.ItemKind, w.ctx, m); item == "" && ok && heading != "" && !has(w.hard, rItem) {
			item = heading
		}
		f.Item = item
	}
	// The unit.
	unit := etl.Unit("")
	if m.amt != nil {
		unit = m.amt.unit
	}
	money := unit == etl.UnitGBP || unit == etl.UnitEUR
	for _, e := range w.hard {
		if s, ok := e.first(rUnit); ok && !(money && s.unit != etl.UnitGBP && s.unit != etl.UnitEUR) {
			if unit != "" && unit != s.unit && !(s.unit == etl.UnitGBP && (unit == etl.UnitGBP || unit == etl.UnitEUR)) {
				say(CodeUnit, "", "names two units, %s and %s", unit, s.unit)
				return
			}
			if unit == "" && value != nil {
				v := *value * s.factor
				value, *vp = &v, &v
				f.Value = value
			}
			if unit == "" {
				unit = s.unit
			}
		}
	}
	for _, e := range w.hard {
		if s, ok := e.first(rValue); ok && s.meaning != "unquantified" {
			m.valueOf = true
			if m.valueQ == "" && s.meaning != "" {
				m.valueQ = qualifiers[s.meaning]
			}
		}
	}
	if unit == "" && m.sibUnit != "" && value != nil {
		v := *value * m.sibFactor
		value, *vp = &v, &v
		f.Value = value
		unit = m.sibUnit
	}
	if m.valueOf && unit != etl.UnitGBP && unit != etl.UnitEUR && m.amt != nil {
		say(CodeUnit, "", "is a value but gives no sum of money")
		return
	}
	if unit == "" && len(mi.units) > 0 && (mi.units[0] == etl.UnitPeople || mi.units[0] == etl.UnitCount || mi.Unit == "gbp") {
		if m.article && mi.Unit == "gbp" {
			return // "a cash seizure of £30,000": the article counts no money
		}
		if mi.Unit == "gbp" && m.amt != nil {
			j := m.amt.to
			for k := 0; k < 2 && j < len(p.toks) && p.toks[j].kind == tWord; k++ {
				// "3 separate seizures", "3 further cash seizures"
				if e, n := r.lex.match(p.toks, j); n > 0 && (e.has(rAction) || e.has(rObject) || e.has(rUnit)) {
					break
				}
				j++
			}
			if e, n := r.lex.match(p.toks, j); n > 0 && (e.has(rAction) || r.lex.all[e.words[len(e.words)-1]].has(rAction)) && !e.has(rUnit) && actNoun(p.toks, j+n) {
				// "3 seizures of cash", "3 cash seizures": a count of
				// acts, not £3; but
				// "4,500 seized" may be the sum
				say(CodeUnit, "", "%q counts what was done, not a sum of money", p.raw(m.amt.from, j+n))
				return
			}
		}
		unit = mi.units[0]
	}
	if m.amt == nil {
		f.Qualifier = etl.Unquantified
		f.Unit = unit
		// "heroin cocaine" with no number and no "and": no one item is
		// named, and an unquantified figure of all items says nothing.
		if !mi.unquantified || f.Item == "" && !m.groupWord {
			return
		}
		emit(f)
		return
	}
	if unit == "" {
		say(CodeUnit, "", "a figure of %s needs a unit (%s)", mi.Code, joinUnits(mi.units))
		return
	}
	// "1.5 arrests", "¼ line": people and things are counted whole.
	if (unit == etl.UnitPeople || unit == etl.UnitCount) && value != nil && *value != math.Trunc(*value) {
		say(CodeUnit, "", "%s counts whole %s; %s is not one", mi.Code, unit, fmtNum(*value))
		return
	}
	if !unitAllowed(mi, unit) {
		say(CodeUnit, "", "%s is not counted in %s", mi.Code, unit)
		return
	}
	f.Unit = unit
	f.Qualifier = m.amt.q
	if f.Qualifier == etl.Exact && m.valueQ != "" {
		f.Qualifier = m.valueQ
	}
	// "imitation firearms including 2 pistols": imitation pistols, a
	// part of the group, not firearms
	if g := p.groupOfKind(m, f.Item); g != "" {
		say(CodeNoMetric, g, "a part of %q, things of its kind, not %s: not read as %s", g, f.Item, f.Item)
		return
	}
	if pf := parentFact(m, scoped); p.partOfKind(m, pf, f.Item) {
		say(CodeNoMetric, pf.Text, "a part of %q, things of its kind (%s), not %s: not read as %s", pf.Text, pf.Item, f.Item, f.Item)
		return
	}
	// "45 arrests, 12 of them for drug supply": a part of a total that
	// reads as the total's own metric and item is a subset the catalogue
	// has no place for, not a second figure of it.
	if pf := parentFact(m, scoped); m.part && pf != nil && pf.Metric == f.Metric && pf.Item == f.Item && pf.Unit == f.Unit {
		say(CodeNoMetric, "", "a part of the %s figure before it; the catalogue holds no figure for that part", f.Metric)
		return
	}
	// "Those arrested included 12 people from London": a part of the
	// people the verb was done to that reads as the verb's own metric is
	// a subset the catalogue cannot hold.
	if m.subset && mi.Parent == "" {
		say(CodeNoMetric, "", "a part of those the verb names; the catalogue holds no figure for that part of %s", f.Metric)
		return
	}
	// "Those arrested included 5 men from London", "... 2 juveniles aged
	// 16": a part narrowed by words after its noun is a subset of that
	// part, not all of it.
	if narrow := p.narrowed(m); m.subset && narrow != "" {
		say(CodeNoMetric, narrow, "a part of those the verb names, narrowed by %q; the catalogue holds no figure for that part of %s", narrow, f.Metric)
		return
	}
	// "12 arrests, including 5 men from London", "45 (including 12
	// children from Essex)": a part narrowed by a place or an age after
	// its noun is a subset of that part, not all of it.
	if narrow := p.partNarrowed(m); m.part && narrow != "" {
		say(CodeNoMetric, narrow, "a part of the figure before it, narrowed by %q; the catalogue holds no figure for that part of %s", narrow, f.Metric)
		return
	}
	if scoped {
		mw.scopedFact = &f
	} else {
		mw.fact = &f
	}
	emit(f)
	// "3 Rolex watches which have yet to be valued": their value is
	// reported, not quantified.
	if f.Item != "" && unit != etl.UnitGBP && unitAllowed(mi, etl.UnitGBP) {
		for _, e := range append(append([]*entry{}, w.hard...), w.soft...) {
			if s, ok := e.first(rValue); ok && s.meaning == "unquantified" {
				g := f
				g.Unit, g.Value, g.Qualifier = etl.UnitGBP, nil, etl.Unquantified
				emit(g)
				break
			}
		}
	}
}

// narrowed is the words after a figure's noun, before the next figure,
// that narrow what it counts ("from London", "aged 16", ", aged 18 to
// 25", "who live locally"), or "": anything but the catalogue's words of
// its noun phrase ("vulnerable adults") and the coordinator or sign
// before the next figure.
func (p *parser) narrowed(m *mention) string {
	end := m.el + 1
	for end < len(p.els) && p.els[end].kind != eAmount {
		end++
	}
	last := end
	for last > m.el+1 {
		el := p.els[last-1]
		if el.kind == ePunct || el.kind == eFunc && (el.fn == "coord" || el.fn == "sib" || el.fn == "det") {
			last--
			continue
		}
		break
	}
	for j := m.el + 1; j < last; j++ {
		el := p.els[j]
		// "aged 15 and 16" stands as "under 18" but names fewer ages
		if el.kind == eLex && p.says(el) && (el.e.has(rPerson) || el.e.has(rObject) || el.e.has(rModifier) ||
			el.e.has(rFacet) || el.e.has(rItem) || el.e.has(rNeutral) || el.e.has(rAction)) {
			continue
		}
		return p.src[p.toks[el.from].start:p.toks[p.els[last-1].to-1].end]
	}
	return ""
}

// partNarrowed is the words straight after a part's noun that narrow
// it by place or age ("from London", "in Medway", ", aged 18 to 25",
// "aged 16"), or "". Words after a comma, a verb or "and" are the
// clause's, not the part's.
func (p *parser) partNarrowed(m *mention) string {
	if m.amt == nil {
		return ""
	}
	j := m.el + 1
	for j < len(p.els) && p.els[j].kind == eLex && p.says(p.els[j]) && !p.els[j].verbLike() && !placePrep[p.word(j)] {
		j++
	}
	if j == m.el+1 || j >= len(p.els) {
		return "" // no noun of its own
	}
	// "including 3 knives seized in Medway", "7 women arrested at an
	// address": the part's own verb of what was done to it, and then a
	// place by its name or one event, narrows it as the place alone
	// does; a manner, a time or the operation after the verb ("arrested
	// in possession of drugs", "in the early hours", "in the raids", "in
	// the operation") does not (review27 W13)
	if k := j; p.els[k].verbLike() && k+2 < len(p.els) && placePrep[p.word(k+1)] && p.els[k+2].kind == eUnknown && capitalised(p.toks[p.els[k+2].from]) ||
		p.els[k].verbLike() && k+1 < len(p.els) && p.partPlace(k+1) != "" {
		j = k + 1
	}
	if p.els[j].kind == ePunct && p.els[j].fn == "," && j+1 < len(p.els) && p.els[j+1].kind == eSkip && p.els[j+1].fn == "age" {
		j++
	}
	el := p.els[j]
	switch {
	case el.kind == eSkip && el.fn == "age":
		return p.text(el)
	case p.partPlace(j) != "":
		return p.partPlace(j)
	case placePrep[p.word(j)] && j+1 < len(p.els) && (p.els[j+1].kind == eUnknown || p.els[j+1].kind == eFunc && p.els[j+1].fn == "det"):
		end := j + 1
		for end < len(p.els) && (p.els[end].kind == eUnknown || p.els[end].kind == eFunc && p.els[end].fn == "det") {
			end++
		}
		return p.raw(p.els[j].from, p.els[end-1].to)
	}
	return ""
}

// partPlace is the words at element k that put a part in one place or
// one event, or "": one event's or one place's ("including 3 knives at
// an address", "7 women arrested in a raid": scope.go's oneEvent, and
// "at the address", which after a part names the one the release spoke
// of), or a place that is not the text's whole area (place.go's
// placeScope: "in the Medway area", "in north Kent", "across
// Medway"; reread27 P7).
func (p *parser) partPlace(k int) string {
	i := p.els[k].from
	if e := p.oneEvent(i); e > i {
		return p.raw(i, e)
	}
	if t := p.toks; eventPreps[t[i].norm] && i+2 < len(t) && t[i+1].is("the") && t[i+2].kind == tWord && eventNouns[t[i+2].norm] && !pluralTok(t[i+2]) {
		return p.raw(i, i+3)
	}
	if s, ok := p.placeScope(k); ok {
		return s.words
	}
	return ""
}

// says reports that a word element's tokens are its entry's own words,
// not a span read as it ("aged 15 and 16" as "under 18").
func (p *parser) says(el elem) bool {
	if el.to-el.from != len(el.e.words) {
		return false
	}
	for i, w := range el.e.words {
		if p.toks[el.from+i].norm != w {
			return false
		}
	}
	return true
}

// subjectOf is the noun phrase that opens the clause of a figure with a
// verb before it ("the National Referral Mechanism received 9
// referrals"): its known words, or none.
func (p *parser) subjectOf(m *mention, floor int) []int {
	if len(m.pre) == 0 {
		return nil
	}
	v := m.pre[0]
	for _, k := range m.pre {
		if k < v {
			v = k
		}
	}
	var out []int
	j := v - 1
	for ; j >= floor; j-- {
		el := p.els[j]
		if el.kind == eLex && !el.verbLike() && !el.hasRole(rChanger) {
			out = append(out, j)
			continue
		}
		if el.kind == eFunc && (el.fn == "det" || el.fn == "aux" && len(out) == 0) {
			continue // "The NRM was sent 12 referrals"
		}
		break
	}
	if j >= floor && !(p.els[j].kind == ePunct || p.els[j].kind == eFunc && p.els[j].fn == "coord") {
		return nil
	}
	return out
}

// bareSum is the metric a sum of money with no noun counts ("£8,000
// seized", "nearly £15,000 confiscated"), or -1: the one metric whose
// own unit is money and whose action the figure's words name, when they
// name nothing else that is counted and no value ("worth"), and no word
// near it (after it, or in its heading) names a thing whose metric counts
// in money too, as the sum could be that thing's value. Two such metrics
// are no reading.
//
// When only a word of its sentence or heading stops it (sumOfThing), that
// word is returned too, for the message.
func (r *Reader) bareSum(p *parser, m *mention, w words) (int, string) {
	if m.amt == nil || m.valueOf || m.amt.unit != etl.UnitGBP && m.amt.unit != etl.UnitEUR {
		return -1, ""
	}
	for _, e := range w.hard {
		if has([]*entry{e}, rObject, rItem, rItemMod, rPerson, rModifier, rValue, rFacet) {
			return -1, ""
		}
	}
	found := -1
	for i := range r.metrics {
		mi := &r.metrics[i]
		if mi.Parent != "" || mi.Unit != string(etl.UnitGBP) || !unitAllowed(mi, m.amt.unit) || !r.actedOn(i, w.hard) || !r.explains(i, w.hard) {
			continue
		}
		if found >= 0 {
			return -1, ""
		}
		found = i
	}
	if found < 0 || !p.bareLeft(m, found) {
		return -1, ""
	}
	if thing := r.sumOfThing(p, m, found, w.ctx); thing != "" {
		return -1, thing
	}
	near := append(append(append([]*entry{}, w.post...), w.soft...), w.trail...)
	for _, e := range near {
		if has([]*entry{e}, rValue) {
			return -1, ""
		}
		for _, sn := range e.senses {
			var mi *metricInfo
			switch sn.role {
			case rObject:
				mi = &r.metrics[sn.metric]
			case rItem, rItemMod:
				for j := range r.metrics {
					if r.metrics[j].ItemKind != "" && r.metrics[j].ItemKind == r.items[sn.item].Kind {
						mi = &r.metrics[j]
					}
				}
			}
			if mi != nil && sn.metric != found && unitAllowed(mi, m.amt.unit) && mi.Unit != string(etl.UnitGBP) {
				return -1, ""
			}
		}
	}
	return found, ""
}

// sumOfThing is the word ("" for none) by which a sum with no noun could
// be the value of something its sentence or heading names, so that it is
// not sure to be the money itself: a word of its sentence naming an item
// (a drug, weapon, asset, vehicle, phone), a thing counted by a metric
// other than found, a value, or a word nobody taught us ("£30,000 seized
// including cannabis", "Cannabis factory found, £30,000 seized", "2 cars
// and £30,000 seized", "£30,000 seized in crypto"); or a heading naming
// an item, people, or any metric but found ("£30,000 seized" under
// "Vehicles"). People and arrests said beside it in the sentence are
// never what a sum is the value of, so they block nothing.
func (r *Reader) sumOfThing(p *parser, m *mention, found int, ctx []*entry) string {
	namesCash := false
	for _, e := range ctx {
		for _, sn := range e.senses {
			namesCash = namesCash || sn.role == rObject && sn.metric == found
		}
	}
	other := func(e *entry, heading bool) bool {
		for _, sn := range e.senses {
			switch sn.role {
			case rItem, rItemMod, rValue:
				return true
			case rPerson, rModifier, rFacet:
				// "Juveniles", "Adult males": a heading of people
				if heading {
					return true
				}
			case rObject:
				// a thing seized as the money is ("phones", "cars"), not
				// "warrants" or a "week"; under a heading, any metric
				if sn.metric != found && (heading || r.shareAction(found, r.top(sn.metric))) {
					return true
				}
			case rAction:
				// "Seizures" may head drugs as well as cash; "Cash
				// seized" names cash.
				if heading && !r.descends(sn.metric, found) && !namesCash {
					return true
				}
			}
		}
		return false
	}
	// a word nobody taught us before the sum in its own clause is
	// bareLeft's to judge ("Officers seized £3,000")
	from := m.el
	for from > 0 && !p.clauseEdge(from-1) {
		from--
	}
	// the sum's own clause runs on to the next clause edge: there a word
	// nobody taught us may say what the money was in, inside a phrase of
	// place or not ("seized in the form of cryptocurrency", "in Kent in
	// Bitcoin", "at a counterfeit goods factory"); only a force's area
	// names no thing.
	// ("in Devon & Cornwall": a force's area is one name, not two
	// clauses; "at an address": an article is no figure there)
	adjunct, place := p.adjuncts()
	// "In Northumbria, 23 people were arrested and over £20,000 was
	// seized": a force's area named anywhere in the sentence is a place,
	// never the thing a sum is the value of (whose figure it is, the
	// scope rules judge)
	// ("In Kent and beyond, ...": a place phrase that goes on past the
	// name is no force's area alone, and its name still stops the sum)
	for j := range p.els {
		if n := p.r.placeAt(p.toks, p.els[j].from); n > 0 && p.r.placeForce[placeKey(p.toks[p.els[j].from:p.els[j].from+n])] != "" {
			e := j
			for e < len(p.els) && p.els[e].from < p.els[j].from+n {
				e++
			}
			if e < len(p.els) && !(p.els[e].kind == ePunct || p.els[e].verbLike() || p.els[e].kind == eFunc && p.els[e].fn == "aux" || p.els[e].kind == eAmount) {
				continue
			}
			for k := j; k < e; k++ {
				place[k] = true
			}
		}
	}
	to := m.el + 1
	for to < len(p.els) && (!p.clauseEdge(to) || place[to] || p.els[to].kind == eAmount && p.els[to].amt.num.article) {
		to++
	}
	valued := p.ownValued(m)
	for j, el := range p.els {
		switch {
		case j == m.el:
		case valued[j]:
			// "£1,254,384 was also seized, along with £2 million worth
			// of class A drugs": a thing whose value is said is not what
			// the sum is the value of
		case adjunct[j] && el.kind == eAmount && el.amt.unit != "" && !isMoney(&el.amt):
			// "found in a wraps bust": a unit of things
			return p.src[p.toks[el.from].start:p.toks[el.to-1].end]
		case place[j] && el.kind == eUnknown: // "in North Yorkshire"
		case adjunct[j] && el.kind == eUnknown && p.inOpener(j): // "as part of"
		case adjunct[j] && el.kind == eUnknown && (j < from || j >= to): // "… and a man arrested on suspicion of money laundering"
		case el.kind == eUnknown && j >= from && j < m.el:
		case p.ofAction(j):
			// "during the week of action": the week's operation, no thing
		case el.kind == eUnknown && p.ownPeopleEl(j):
			// "Officers arrested 62 people and seized £4,500": the
			// force's own people did it; no sum is their value
		case el.kind == eUnknown:
			return p.src[p.toks[el.from].start:p.toks[el.to-1].end]
		case el.kind == eLex && other(el.e, false):
			return p.src[p.toks[el.from].start:p.toks[el.to-1].end]
		}
	}
	for _, e := range ctx {
		if other(e, true) {
			return e.text
		}
	}
	return ""
}

// ownPeopleEl reports an element whose every word names the force's own
// people ("officers", "police", "detectives", "teams": agentWords).
func (p *parser) ownPeopleEl(j int) bool {
	el := p.els[j]
	for i := el.from; i < el.to; i++ {
		if !agentWords[p.toks[i].norm] {
			return false
		}
	}
	return el.to > el.from
}

// ownValued marks the words of the other figures of the sentence that
// are sums of money said as a thing's value ("£2 million worth of class
// A drugs", "cocaine worth £2,000"): the value, its words and its
// things. None when a sum with no noun stands in a list with such a
// value ("cocaine worth £2,000 and £1,000": another value?), or such a
// figure is a part of it ("£3m seized, including £2m worth of cocaine").
func (p *parser) ownValued(m *mention) []bool {
	out := make([]bool, len(p.els))
	for _, o := range p.ments {
		if o == m || o.el < 0 || !isMoney(o.amt) || !o.valueOf || o.part {
			continue
		}
		lo, hi := o.el, o.el
		for _, k := range append(append([]int{}, o.core...), o.left...) {
			lo, hi = min(lo, k), max(hi, k)
		}
		if m.el > o.el {
			listed := true
			for k := o.el + 1; k < m.el; k++ {
				el := p.els[k]
				listed = listed && (el.kind == eFunc && el.fn == "coord" || el.kind == ePunct && el.fn == ",")
			}
			if listed || m.el <= hi {
				return make([]bool, len(p.els))
			}
		}
		for k := lo; k <= hi; k++ {
			out[k] = true
		}
	}
	return out
}

// inOpener reports that element j is a word of the opener of a phrase
// of place, time or reason: "part" of "as part of".
func (p *parser) inOpener(j int) bool {
	for i := j - 1; i >= 0 && i >= j-2; i-- {
		if n := p.adjunctOpener(i); n > 0 && p.els[j].from < p.els[i].from+n {
			return true
		}
	}
	return false
}

// shareAction reports that metrics a and b are counted for one action
// word ("seized" counts cash, drugs, phones and vehicles).
func (r *Reader) shareAction(a, b int) bool {
	for _, x := range r.metrics[a].Actions {
		for _, y := range r.metrics[b].Actions {
			if x == y {
				return true
			}
		}
	}
	return false
}

// bareLeft reports that nothing before a sum with no noun could make it
// the value of something: it is the object of the metric's verb ("seized
// £3,000"), or its clause before it holds no value word ("bikes valued
// at £9,000"), no noun of what is counted, no "of" or "with" straight
// before it, and no word nobody taught us unless an adjunct that opens
// with a preposition holds it ("As part of the action £4,000 was seized").
func (p *parser) bareLeft(m *mention, mi int) bool {
	k := m.el - 1
	if k < 0 {
		return true
	}
	if el := p.els[k]; el.kind == eLex && p.r.actedOn(mi, []*entry{el.e}) || el.kind == ePunct || el.kind == eFunc && (el.fn == "coord" || el.fn == "sib") {
		return true
	}
	if el := p.els[k]; el.kind == eFunc && (el.fn == "of" || el.fn == "with" || el.fn == "part" || el.fn == "det" || el.fn == "prep") {
		return false
	}
	from := k
	for from > 0 && !p.clauseEdge(from-1) {
		from--
	}
	adjunct := p.els[from].kind == eFunc && p.els[from].fn == "prep"
	for j := from; j <= k; j++ {
		switch el := p.els[j]; el.kind {
		case eUnknown:
			if !adjunct && !p.ofAction(j) {
				return false
			}
		case eLex:
			if has([]*entry{el.e}, rValue, rObject, rItem, rItemMod) {
				return false
			}
		}
	}
	return true
}

// ofAction reports that element j is the stretch word of action
// (words.csv "action,stretch,action") after "of" and a unit of time ("the
// week of action", "a day of action", "days of action"): the week's
// operation named, which no sum is the value of. Matched apart from
// "week of action" when a longer word takes "week" first ("during the
// week", "over the week").
func (p *parser) ofAction(j int) bool {
	el := p.els[j]
	if el.kind != eUnknown || el.to-el.from != 1 || p.r.stretch[p.toks[el.from].norm] != "action" {
		return false
	}
	i := el.from
	return i >= 2 && p.toks[i-1].is("of") && strings.HasPrefix(p.r.stretch[p.toks[i-2].norm], "hours=")
}

// clauseEdge reports that element k ends the clause before it: a sign, a
// coordinator or a figure.
func (p *parser) clauseEdge(k int) bool {
	el := p.els[k]
	return el.kind == ePunct || el.kind == eFunc && (el.fn == "coord" || el.fn == "sib") || el.kind == eAmount
}

func joinUnits(us []etl.Unit) string {
	s := make([]string, len(us))
	for i, u := range us {
		s[i] = string(u)
	}
	return strings.Join(s, ", ")
}

func unitAllowed(m *metricInfo, u etl.Unit) bool {
	for _, x := range m.units {
		if x == u {
			return true
		}
	}
	return false
}

// candidates lists the metrics that fit, best first: those that fit on
// the figure's own words, else those that fit with its trailing words and
// context too.
func (r *Reader) candidates(w words) []candidate {
	out := r.candidatesOf(w)
	if len(out) == 0 && len(w.compl) > 0 {
		// "20 referrals to children's social care": a complement no
		// metric explains may still complete the reading, as trailing
		// words do.
		w2 := w
		w2.hard = without(w.hard, w.compl)
		w2.soft = append(append([]*entry{}, w.compl...), w.soft...)
		w2.compl = nil
		// "53 welfare visits to cuckooing victims": a complement that
		// names a modifier of a metric explaining the figure's own
		// words narrows it, as a relative clause does.
		w2.relTail = true
		out = r.candidatesOf(w2)
	}
	return r.compoundTie(w, out)
}

// compoundTie reads a compound object of the best metric word by word
// too: "Phone lines seized" names a line, or the phones of one. When one
// of its words is what another metric counts, and that reading fits the
// words as well (the other metric takes the same action), the figure is
// either: the other metric joins the best at its score, and the caller
// refuses the tie (review12 W7). "Phone lines closed", "Deal lines
// seized", "Mobile phones seized" read one way only, and so does a
// compound whose other reading counts in another unit ("Drug networks
// seized": drugs are weighed).
func (r *Reader) compoundTie(w words, out []candidate) []candidate {
	if len(out) == 0 || len(out) > 1 && out[0].score == out[1].score {
		return out
	}
	top := out[0].metric
	for k, e := range w.hard {
		if len(e.words) < 2 || !e.is(rObject, top) {
			continue
		}
		hard := append([]*entry{}, w.hard[:k]...)
		other := false
		for _, word := range e.words {
			if we := r.lex.all[word]; we != nil {
				hard = append(hard, we)
				other = other || !we.is(rObject, top) && we.has(rObject)
			}
		}
		if !other {
			continue
		}
		w2 := w
		w2.hard = append(hard, w.hard[k+1:]...)
		alt := r.candidatesOf(w2)
		if len(alt) == 0 || alt[0].metric == top || r.descends(alt[0].metric, top) || r.descends(top, alt[0].metric) {
			continue
		}
		if r.metrics[alt[0].metric].Unit != r.metrics[top].Unit {
			// "Drug networks seized │ 12": networks, never 12 of a drug
			// in no unit (review13 L2).
			continue
		}
		return append([]candidate{out[0], {metric: alt[0].metric, score: out[0].score}}, out[1:]...)
	}
	return out
}

func (r *Reader) candidatesOf(w words) []candidate {
	var out []candidate
	for _, soft := range []bool{false, true} {
		for i := range r.metrics {
			if w.within >= 0 && !r.descends(i, w.within) {
				continue
			}
			if s, ok := r.fit(i, w, soft); ok {
				out = append(out, candidate{metric: i, score: s})
			}
		}
		if len(out) > 0 && !soft && w.describes {
			// "12 phones linked to county lines": words that say what
			// the things counted are may name a kind of them, a child
			// metric. Things only: "people linked to the exploitation of
			// children" are not children.
			for _, c := range out {
				if r.metrics[c.metric].Unit != string(etl.UnitCount) {
					continue
				}
				for _, ch := range r.metrics[c.metric].children {
					if s, ok := r.fit(ch, w, true); ok && (w.within < 0 || r.descends(ch, w.within)) {
						out = append(out, candidate{metric: ch, score: s + 1})
					}
				}
			}
		}
		if len(out) > 0 && !soft && w.relTail {
			// "62 safe and well checks on people who may be susceptible
			// to cuckooing": a metric with modifiers that explains every
			// own word, narrowed by a modifier in the trailing words.
			// People too, when the trailing words say what was done to
			// them in the metric's own action: "engaged with 11 children
			// who had been identified as at risk of being exploited".
			for i := range r.metrics {
				if !r.metrics[i].modifiers || r.metrics[i].Unit != string(etl.UnitCount) && !(r.metrics[i].Unit == string(etl.UnitPeople) && r.actedOn(i, w.trail)) || hasCandidate(out, i) || w.within >= 0 && !r.descends(i, w.within) || !r.explains(i, w.hard) {
					continue
				}
				if s, ok := r.fit(i, w, true); ok {
					out = append(out, candidate{metric: i, score: s + 1})
				}
			}
		}
		if len(out) > 0 {
			if !soft && len(w.soft) > 0 && len(out) > 1 {
				// Let the soft words score the strict candidates.
				for j := range out {
					s, _ := r.fit(out[j].metric, w, true)
					out[j].score = s
				}
			}
			break
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// top is the metric at the top of mi's parents.
func (r *Reader) top(mi int) int {
	for seen := 0; seen < 10 && r.metrics[mi].Parent != ""; seen++ {
		p := r.metricIndex(r.metrics[mi].Parent)
		if p < 0 {
			break
		}
		mi = p
	}
	return mi
}

func hasCandidate(cs []candidate, mi int) bool {
	for _, c := range cs {
		if c.metric == mi {
			return true
		}
	}
	return false
}

// explains reports that metric mi allows every word of es.
func (r *Reader) explains(mi int, es []*entry) bool {
	for _, e := range es {
		if _, _, _, _, ok := r.explained(mi, e); !ok {
			return false
		}
	}
	return true
}

// actedOn reports an action of metric mi, or of a metric above it, among
// the words es.
func (r *Reader) actedOn(mi int, es []*entry) bool {
	for _, e := range es {
		for _, sn := range e.senses {
			if sn.role == rAction && r.descends(mi, sn.metric) {
				return true
			}
		}
	}
	return false
}

// descends reports whether metric mi is metric anc or one of its children.
func (r *Reader) descends(mi, anc int) bool {
	for seen := 0; seen < 10 && mi >= 0; seen++ {
		if mi == anc {
			return true
		}
		p := r.metrics[mi].Parent
		mi = -1
		for j := range r.metrics {
			if r.metrics[j].Code == p {
				mi = j
				break
			}
		}
	}
	return false
}

// compoundHeads takes off the words es, for a metric mi that counts
// things one by one, each item word written straight before another
// item word of its kind, with no "and", comma or slash between, when the
// later names a thing that is for the earlier (items.csv `for`): the
// last noun of such a group is its head and the earlier one only says
// what it is for ("shotgun cartridges" are ammunition, "firearms
// ammunition" too; "knife blades" name knives twice). Two such words of
// which neither is for the other name two things ("knives machetes",
// "guns knives"), a list with its commas left out or one figure for
// both: it gives them, as a reason to refuse the figure, and no item is
// read from them. Substances measured by weight stand side by side as a
// list ("crack heroin"), so a metric of another unit keeps all its
// words.
func (p *parser) compoundHeads(mi *metricInfo, es []*entry) ([]*entry, string) {
	if mi.Unit != string(etl.UnitCount) {
		return es, ""
	}
	itemOf := func(j int) int {
		if j < 0 || j >= len(p.els) || p.els[j].kind != eLex || !slices.Contains(es, p.els[j].e) || p.els[j].e.text == "other" {
			return -1 // "12 other knives" are knives, as item() reads them
		}
		for _, s := range p.els[j].e.senses {
			if s.role == rItem && p.r.items[s.item].Kind == mi.ItemKind {
				return s.item
			}
		}
		return -1
	}
	mods := map[*entry]bool{}
	for j := range p.els {
		a, b := itemOf(j), itemOf(j+1)
		if a < 0 || b < 0 || a == b || p.els[j].to != p.els[j+1].from {
			continue
		}
		if !p.r.isFor(b, a) {
			return es, fmt.Sprintf("names %s and %s side by side, with nothing between: one figure for both, or a list?", p.r.items[a].Code, p.r.items[b].Code)
		}
		mods[p.els[j].e] = true
	}
	if len(mods) == 0 {
		return es, ""
	}
	var out []*entry
	for _, e := range es {
		if !mods[e] {
			out = append(out, e)
		}
	}
	return out, ""
}

// item finds the item of kind the words name: one item, or all items
// ("") when they name the kind or several items under one unit.
func (r *Reader) item(kind string, hard []*entry, m *mention) (string, bool, string) {
	var found []int
	var mods []int
	modWord := map[int]string{}
	other := -1 // the kind's "other" item, named by the word "other"
	for _, e := range hard {
		for _, s := range e.senses {
			if s.role == rItem && r.items[s.item].Kind == kind {
				if e.text == "other" {
					other = s.item
					break
				}
				found = appendInt(found, s.item)
				break
			}
		}
		for _, s := range e.senses {
			if s.role == rItemMod && r.items[s.item].Kind == kind {
				mods = appendInt(mods, s.item)
				modWord[s.item] = e.text
			}
		}
	}
	// "4 potential knives", "possible firearms": things that may not be
	// what they are named, no count of them ("suspected heroin" is
	// heroin as the police name it)
	for _, e := range hard {
		if kind != "" && (e.text == "potential" || e.text == "potentially" || e.text == "possible" || e.text == "possibly") {
			return "", false, fmt.Sprintf("%q before it says it may not be the thing named", e.text)
		}
	}
	// "27 other weapons" is other weapons; "12 other knives" is knives.
	if other >= 0 && len(found) == 0 {
		found = append(found, other)
	}
	// "imitation" + "firearm" is an imitation firearm. Said of another
	// item, or of the kind alone, it says what the thing is not: a
	// "replica knife", a "toy machete", "12 fake weapons" are no knife,
	// machete or weapon the catalogue counts, nor an imitation firearm.
	for _, mo := range mods {
		b, made := r.items[mo].base, false
		for i, f := range found {
			if f == b || f == mo {
				found[i], made = mo, true
			}
		}
		if !made {
			return "", false, fmt.Sprintf("%q before it says it is not the real thing (the catalogue counts %s only)", modWord[mo], strings.ToLower(r.items[mo].Label))
		}
	}
	switch len(found) {
	case 0:
		return "", true, ""
	case 1:
		return r.items[found[0]].Code, true, ""
	}
	if m.direct {
		var names []string
		for _, f := range found {
			names = append(names, r.items[f].Code)
		}
		return "", false, "names " + strings.Join(names, " and ") + " after one number: one figure for all, or a list?"
	}
	return "", true, ""
}

func appendInt(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func isMoney(a *amount) bool {
	return a != nil && (a.unit == etl.UnitGBP || a.unit == etl.UnitEUR)
}

// facetNames are the facets the words say: sex=male gives "sex".
func facetNames(es []*entry) map[string]*entry {
	out := map[string]*entry{}
	for _, e := range es {
		for _, s := range e.senses {
			if s.role == rFacet {
				name, _, _ := strings.Cut(s.meaning, "=")
				out[name] = e
			}
		}
	}
	return out
}

// composeFacets gives a part the facets its total says and it does not:
// "612 males safeguarded (298 adults, 314 under 18)" counts 298 adult
// males, as "adult male" is one word of the lexicon; the 314 are boys,
// and "male" stays beside "under 18" so that no metric of all under
// 18s takes them.
func (r *Reader) composeFacets(part, total []*entry) ([]*entry, bool) {
	own, said := facetNames(part), facetNames(total)
	out := append([]*entry{}, part...)
	did := false
	for name, te := range said {
		if own[name] != nil {
			continue
		}
		composed := false
		for _, pe := range own {
			for _, text := range []string{pe.text + " " + te.text, te.text + " " + pe.text} {
				if e, ok := r.lex.all[text]; ok {
					for i := range out {
						if out[i] == pe {
							out[i] = e
						}
					}
					composed, did = true, true
					break
				}
			}
			if composed {
				break
			}
		}
		if !composed {
			out = append(out, te)
		}
	}
	return out, did
}

// describesOnly reports words that only describe what a figure counts:
// neutral words and item modifiers ("real", "imitation"), no noun, verb
// or unit.
func (p *parser) describesOnly(ks []int) bool {
	for _, k := range ks {
		el := p.els[k]
		if el.kind != eLex {
			return false
		}
		for _, s := range el.e.senses {
			if s.role != rNeutral && s.role != rItemMod {
				return false
			}
		}
	}
	return true
}

// bareKindBefore reads the words before a "part" word at element b as a
// kind named with no number ("Illegal weapons", "a quantity of drugs",
// "various weapons") that opens its clause or stands after its verb. It
// returns the element of the clause's verb before it, 0 when the kind
// opens its clause (its verb, if any, comes after the list), or -1 when
// the words are no such kind.
func (p *parser) bareKindBefore(b int, listEl func(int) bool) int {
	els := p.els
	k, ok := p.kindOpening(b, listEl)
	if !ok {
		return -1
	}
	switch {
	case k < 0 || els[k].strong() || els[k].kind == eFunc && els[k].fn == "coord" || els[k].kind == ePunct && els[k].fn == ",":
		return 0
	case els[k].verbLike():
		return k
	case p.asWereVerb(k) >= 0:
		return p.asWereVerb(k) // ", as were a quantity of drugs including"
	}
	return -1
}

// kindOpening walks back from a "part" word at element b over a kind
// named with no number before it ("Illegal weapons", "a quantity of
// drugs", "various weapons"): the element that stands before the kind's
// words (-1 at the text's start), and false when the words are no such
// kind.
func (p *parser) kindOpening(b int, listEl func(int) bool) (int, bool) {
	els := p.els
	k := b - 1
	kind := false
	for ; k >= 0 && listEl(k); k-- {
		if els[k].hasRole(rObject) && !els[k].hasRole(rItem) {
			kind = true
		}
		if els[k].hasRole(rItem) || els[k].hasRole(rPerson) || els[k].hasRole(rFacet) || els[k].hasRole(rUnit) {
			return 0, false
		}
	}
	if !kind || k == b-1 {
		return 0, false
	}
	// "a quantity of drugs", "quantities of weapons"
	if k >= 0 && els[k].kind == eFunc && els[k].fn == "of" && k-1 >= 0 && p.quantityWord(k-1) {
		k--
		for k >= 0 && (els[k].kind == eLex && els[k].hasRole(rNeutral) && !els[k].hasRole(rObject) || p.quantityWord(k)) {
			k--
		}
	}
	if k >= 0 && els[k].kind == eFunc && els[k].fn == "det" {
		k--
	}
	return k, true
}

// kindPartsEnd is the end of the parts of a kind that ends the list of
// noun phrases nps, after the word of parts at element j ("heroin and
// weapons including knives, a sword and a machete"): the element where
// the clause ends after them (len(p.els) or a strong sign), or j when
// the last phrase is no group word, no word of parts follows it, or
// anything but things named stands before the clause's end.
func (p *parser) kindPartsEnd(nps [][]int, j int) int {
	els := p.els
	if len(nps) < 2 || j >= len(els) || els[j].kind != eFunc || els[j].fn != "part" || !p.groupWords(nps[len(nps)-1]) {
		return j
	}
	e := j + 1
	for e < len(els) && !els[e].strong() {
		e++
	}
	if e == j+1 || !p.thingsOnly(j+1, e) {
		return j
	}
	return e
}

// thingsOnly reports elements [from, to) that only name things (an item
// or a kind, with words of quantity, articles, "a" or "an" as a thing's
// one, commas, "and", "of"), and at least one.
func (p *parser) thingsOnly(from, to int) bool {
	thing := false
	for x := from; x < to; x++ {
		el := p.els[x]
		switch {
		case el.kind == eFunc && (el.fn == "det" || el.fn == "coord" && !p.toks[el.from].is("or", "nor") || el.fn == "of"), el.kind == ePunct && el.fn == ",":
		case el.kind == eLex && !el.verbLike() && !el.hasRole(rChanger) && !el.hasRole(rPeriod) && !el.hasRole(rPerson) && !el.hasRole(rValue) && (el.hasRole(rItem) || el.hasRole(rObject)):
			thing = true
		case el.kind == eLex && p.quantityWord(x):
		case el.kind == eAmount && el.amt.num.article: // "a sword"
		default:
			return false
		}
	}
	return thing
}

// kindJoinedVerb is the verb of a kind named with no number before a
// "part" word at element b that is the last member of a list, or a
// figure's sibling, after that verb: "seized heroin and weapons
// including knives", "at least £131k in cash seized and weapons
// including machetes", "recovered heroin valued at £24,000 as well as
// weapons including machetes". It is the nearest verb before the kind
// in its clause, done (no modal, present or "not": notDone) and not of
// people ("arrested 12 people and weapons including knives" names no
// verb of the weapons); -1 if none. The parts it gives them are read as
// a number in their place would be (their twin), which judges the rest.
func (p *parser) kindJoinedVerb(b int, listEl func(int) bool) int {
	els := p.els
	if b >= 1 && els[b-1].kind == ePunct && els[b-1].fn == "," {
		b-- // "and weapons, including knives"
	}
	k, ok := p.kindOpening(b, listEl)
	if !ok || k < 1 || !(els[k].kind == eFunc && (els[k].fn == "coord" || els[k].fn == "sib") || els[k].kind == ePunct && els[k].fn == ",") {
		return -1
	}
	if p.toks[els[k].from].is("or", "nor") {
		return -1 // "seized heroin, or weapons including knives": one or the other
	}
	for v := k - 1; v >= 0 && !els[v].strong(); v-- {
		if !els[v].verbLike() {
			continue
		}
		// another force or body named in its clause ("seized heroin
		// with Border Force and weapons including knives"): a joint
		// operation's figures are the forces' together, which a twin
		// read alone does not see (review28 W3)
		if p.actsOnPeople(v) || p.notDone(&mention{pre: []int{v}}) != "" || p.otherNamedAfter(v) {
			return -1
		}
		for a := v - 1; a >= 0 && els[a].kind == eFunc && els[a].fn == "aux"; a-- {
			if modals[p.word(a)] || presentAux[p.word(a)] {
				return -1
			}
		}
		return v
	}
	return -1
}

// sibVerb is the verb of the clause before a word of siblings ("along
// with", "as well as", "plus", "together with") at element b, with
// nothing but a comma or a dash between: "Heroin was seized along with
// weapons", "Cash was seized, along with heroin". It must be done (no
// modal, present or "not": notDone), not of people ("12 people were
// arrested along with weapons" names no verb of the weapons), with no
// other force or body named in its clause (a joint operation's figures
// are the forces' together, which a twin read alone does not see:
// review28 W3); -1 if none. The things after it are read as a number in
// their place would be (their twin), which judges the rest.
func (p *parser) sibVerb(b int) int {
	els := p.els
	if els[b].kind != eFunc || els[b].fn != "sib" {
		return -1
	}
	v := b - 1
	if v >= 1 && els[v].kind == ePunct && (els[v].fn == "," || els[v].fn == "–") {
		v--
	}
	if !els[v].verbLike() || p.actsOnPeople(v) || p.notDone(&mention{pre: []int{v}}) != "" {
		return -1
	}
	from := v // its clause's start
	for from > 0 && !els[from-1].strong() {
		from--
	}
	if p.otherNamedAfter(from) {
		return -1
	}
	return v
}

// asWereVerb is the verb that "as were" or "as was" at element k says
// again ("78 mobile phones were seized, as were heroin and cocaine"):
// the verb just before the comma before "as", done (no modal, present
// or "not": notDone), with nothing between it and the comma that could
// say where, when or by whom ("seized in Leeds, as were": not read); -1
// if none.
func (p *parser) asWereVerb(k int) int {
	els := p.els
	if k < 3 || els[k].kind != eFunc || els[k].fn != "aux" || !p.toks[els[k].from].is("were", "was") {
		return -1
	}
	if els[k-1].kind != eFunc || p.word(k-1) != "as" || els[k-2].kind != ePunct || els[k-2].fn != "," {
		return -1
	}
	v := k - 3
	if p.word(v) == "too" || p.word(v) == "also" {
		return -1
	}
	if !els[v].verbLike() || p.notDone(&mention{pre: []int{v}}) != "" {
		return -1
	}
	for a := v - 1; a >= 0 && els[a].kind == eFunc && els[a].fn == "aux"; a-- {
		if modals[p.word(a)] || presentAux[p.word(a)] {
			return -1
		}
	}
	// a place or another's officers in the clause it says again ("In
	// Leeds, 78 phones were seized, as were knives") are the things'
	// too: not read
	for a := v - 1; a >= 0 && !els[a].strong(); a-- {
		if _, ok := p.placeScope(a); ok {
			return -1
		}
		if _, ok := p.agentScope(a); ok {
			return -1
		}
	}
	return v
}

// kindVerbBefore reads a kind named with no number before a "part"
// word at element b that a verb of its own, or a comma, stands between:
// "a number of weapons were seized, including", "Weapons were also
// recovered including", "officers seized weapons, including". It
// returns the kind's verb and the kind's last element, or -1 when the
// words are no such kind, or its verb is not done ("are seized every
// week", "could be seized", "will be seized").
func (p *parser) kindVerbBefore(b int, listEl func(int) bool) (int, int) {
	els := p.els
	k := b - 1
	if k >= 0 && els[k].kind == ePunct && els[k].fn == "," {
		k--
	}
	if k < 1 {
		return -1, 0
	}
	if !els[k].verbLike() {
		if k == b-1 {
			return -1, 0
		}
		return p.bareKindBefore(k+1, listEl), k // "seized weapons, including"
	}
	v := k
	k--
	if k >= 0 && p.word(k) == "also" {
		k--
	}
	first := "" // the first of its auxiliaries: "are (being) seized" is the present
	for ; k >= 0 && els[k].kind == eFunc && els[k].fn == "aux"; k-- {
		first = p.word(k)
	}
	if presentAux[first] || p.notDone(&mention{pre: []int{v}}) != "" {
		return -1, 0
	}
	if p.bareKindBefore(k+1, listEl) != 0 {
		return -1, 0 // the kind must open its clause: its verb is v
	}
	return v, k
}

// ofKind reports that every item named in the noun phrase at elements np
// is of the kind the nouns ending at element g count: knives of
// "weapons", heroin of "drugs".
func (p *parser) ofKind(np []int, g int) bool {
	kinds := map[string]bool{}
	for ; g >= 0 && p.els[g].kind == eLex; g-- {
		for _, s := range p.els[g].e.senses {
			if s.role == rObject && p.r.metrics[s.metric].ItemKind != "" {
				kinds[p.r.metrics[s.metric].ItemKind] = true
			}
		}
	}
	for _, x := range np {
		for _, s := range p.els[x].e.senses {
			if s.role == rItem && !kinds[p.r.items[s.item].Kind] {
				return false
			}
		}
	}
	return len(kinds) > 0
}

// clauseChangers are the words that change meaning in the clause of an
// item named with no number (from element from back, and from element
// to on, to the clause's bounds): "large quantities of heroin were
// seized in previous operations" names no seizure of the week.
func (p *parser) clauseChangers(from, to int) []change {
	var out []change
	for x := from - 1; x >= 0 && !p.els[x].strong(); x-- {
		if p.els[x].hasRole(rChanger) {
			out = append(out, p.changeOf(p.els[x]))
		}
	}
	for x := to; x < len(p.els) && !p.els[x].strong(); x++ {
		if p.els[x].hasRole(rChanger) {
			out = append(out, p.changeOf(p.els[x]))
		}
	}
	return out
}

// sharedObject reads a figure no metric fits whose own words hold two
// verbs of different metrics joined by "and", both done to its things:
// "arrested and charged 11 people", "11 people were arrested and
// charged". Each verb with the other's word left out must read as one
// metric of its own (not a tie), the two metrics neither one the other
// nor one's part, counted in the same unit, of one section of the
// return (not "arrested and safeguarded 11 children": those of one
// figure who are in another section's are a part of it); then the
// figure is each metric's, and nil otherwise. "or" joins no such pair ("arrested or
// charged": either), nor does a verb nobody taught ("arrested and
// interviewed"). Not in a return's cell: a label or cell "Arrested and
// charged │ 11" counts those both were done to, one row of the return.
// The figure must be stated alone (statedAlone).
func (r *Reader) sharedObject(p *parser, m *mention, w words) []split {
	if p.cell || m.amt == nil {
		return nil
	}
	var pair []*entry
	for k := m.start; k+2 < m.end && k+2 < len(p.els); k++ {
		a, b, ok := p.verbsAt(k)
		if !ok {
			continue
		}
		if pair != nil {
			return nil // three verbs, or two pairs: not this construction
		}
		pair = []*entry{a.e, b.e}
	}
	if pair == nil || !p.statedAlone(m) {
		return nil
	}
	var out []split
	for i, e := range pair {
		w2 := w
		w2.hard = without(w.hard, []*entry{pair[1-i]})
		cs := r.candidates(w2)
		if len(cs) == 0 || len(cs) > 1 && cs[0].score == cs[1].score || !r.actedOn(cs[0].metric, []*entry{e}) {
			return nil
		}
		out = append(out, split{metric: cs[0].metric, w: w2})
	}
	a, b := out[0].metric, out[1].metric
	if r.descends(a, b) || r.descends(b, a) || r.metrics[a].Unit != r.metrics[b].Unit || r.metrics[a].Section != r.metrics[b].Section {
		return nil
	}
	return out
}

// sameAsShared refuses the facts of a figure read as each of two verbs'
// ("arrested and charged 11 people") when another figure of its sentence
// reads as one of the same metrics ("made 40 arrests and arrested and
// charged 11 people"): which is the week's, or whether one is a part of
// the other, the words do not say. Facts from index first on are the
// sentence's.
func sameAsShared(ms []*mentionWords, first int, out *Reading) {
	drop := map[int]bool{}
	for _, mw := range ms {
		if mw.shared == nil {
			continue
		}
		var own, others []int
		for i := first; i < len(out.Facts); i++ {
			if f := out.Facts[i]; f.Start == mw.shared[0] && f.End == mw.shared[1] {
				own = append(own, i)
			} else {
				others = append(others, i)
			}
		}
		for _, i := range own {
			for _, j := range others {
				a, b := out.Facts[i], out.Facts[j]
				if a.Metric != b.Metric || a.Item != b.Item || a.Unit != b.Unit || drop[j] {
					continue
				}
				for _, k := range own {
					drop[k] = true
				}
				drop[j] = true
				out.Messages = append(out.Messages,
					Message{Code: CodeAmbiguous, Text: fmt.Sprintf("%q and %q both read as %s with nothing to tell them apart: one may be a part of the other", a.Text, b.Text, a.Metric), Value: a.Value, Start: a.Start, End: a.End},
					Message{Code: CodeAmbiguous, Text: fmt.Sprintf("%q and %q both read as %s with nothing to tell them apart: one may be a part of the other", b.Text, a.Text, a.Metric), Value: b.Value, Start: b.Start, End: b.End})
			}
		}
	}
	if len(drop) > 0 {
		out.Facts = undropped(out.Facts, drop)
	}
}

// verbsAt reports two verbs joined by "and" at element k: "arrested and
// charged".
func (p *parser) verbsAt(k int) (a, b elem, ok bool) {
	if k+2 >= len(p.els) {
		return
	}
	a, and, b := p.els[k], p.els[k+1], p.els[k+2]
	return a, b, a.hasRole(rAction) && b.hasRole(rAction) && and.kind == eFunc && p.word(k+1) == "and"
}

// verbPair is the first two verbs of the sentence joined by "and" that
// are no verb of one metric in common ("arrested and charged"), or "".
func (p *parser) verbPair() string {
	for k := 0; k+2 < len(p.els); k++ {
		a, b, ok := p.verbsAt(k)
		if !ok {
			continue
		}
		common := false
		for _, sa := range a.e.senses {
			common = common || sa.role == rAction && b.e.is(rAction, sa.metric)
		}
		if !common {
			return p.raw(a.from, b.to)
		}
	}
	return ""
}

// conditions are the words that open a clause of what may be, or of
// when something else was: "If officers arrested and charged 11 people",
// "When 11 people were arrested and charged, ...".
var conditions = map[string]bool{"if": true, "unless": true, "whether": true, "when": true, "whenever": true,
	"once": true, "until": true, "while": true, "whilst": true, "though": true, "although": true, "should": true}

// statedAlone reports a figure said as a plain statement of its own
// sentence: no word of a condition or a time clause before it, and after
// its words nothing but the end of the sentence, or a comma or "and"
// and the next figure ("arrested and charged 11 people and seized £100,000
// of drugs"). Words after it that this reading has not weighed (", TBC",
// ", including Essex", ", regional total", "from London", "with 40
// offences") leave it unread.
func (p *parser) statedAlone(m *mention) bool {
	for k := 0; k < m.start && k < len(p.els); k++ {
		for t := p.els[k].from; t < p.els[k].to; t++ {
			if conditions[p.toks[t].norm] {
				return false
			}
		}
	}
	// ", regional total", ", TBC" inside its own words: said of it, and
	// not weighed here
	for k := m.el + 1; k < m.end && k < len(p.els); k++ {
		if p.els[k].kind == ePunct || k == m.end-1 && p.els[k].kind == eLex && neutralOnly(p.els[k].e) {
			return false
		}
	}
	starts := map[int]bool{}
	for _, o := range p.ments {
		if o != m && o.amt != nil {
			starts[o.start], starts[o.el] = true, true
		}
	}
	for k := m.end; k < len(p.els); k++ {
		el := p.els[k]
		switch {
		case starts[k]:
			return k > m.end
		case el.kind == ePunct && (el.fn == "," || el.fn == ";"), el.kind == eFunc && (p.word(k) == "and" || el.fn == "sib"):
		case el.kind == ePunct && (el.fn == "." || el.fn == "!") && k == len(p.els)-1:
		default:
			return false
		}
	}
	return true
}

// includesOther is the words after a figure that say it includes another
// force's area or a wider one's, with no figure of their own ("7,
// including Essex", "45 arrests including London and Essex"), or "": a
// figure that holds another's is not the force's own. A part of the
// force's area ("including Medway" in Kent's) is its own.
func (p *parser) includesOther(m *mention) string {
	for k := m.el + 1; k < len(p.els); k++ {
		el := p.els[k]
		if el.kind == eAmount {
			return ""
		}
		if el.kind != eFunc || el.fn != "part" {
			continue
		}
		j := el.to
		if j < len(p.toks) && p.toks[j].is("the") {
			j++
		}
		if j >= len(p.toks) || !capitalised(p.toks[j]) || p.notPlace(j) {
			continue
		}
		ns, end := p.names(j)
		if kind := p.judge(ns); len(ns) > 0 && (kind == scopeOther || kind == scopeWider) {
			return p.raw(el.from, end)
		}
	}
	return ""
}

// bodyNamedIn reports another force or body named before m's figure in
// its own clause, as the one that does it ("..., with Essex Police
// arresting a further 3", "..., and the NCA 2 more"): a bare "a further
// 3" after it may be that one's. A tool, an offence or a partner named
// in the clause before ("Using ANPR, officers arrested 12 people, and
// another 3") did none of it.
func (p *parser) bodyNamedIn(m *mention) bool {
	if m.el < 0 || m.el >= len(p.els) {
		return false
	}
	end := p.els[m.el].from
	for _, s := range p.scopes() {
		if !s.ownTimeOrPlace() && s.el >= 0 && s.el < len(p.els) && p.els[s.el].from < end {
			return true
		}
	}
	start := end
	for start > 0 && !p.toks[start-1].is(",", ";", ":", "and", "plus") {
		start--
	}
	for i := start; i < end; i++ {
		if code, _ := p.forceAt(i); code != "" && code != p.force {
			return true
		}
		if k, _ := p.actorAt(i); k == actorBody || p.properName(i) {
			return true
		}
	}
	return false
}

// modalAfter reports a modal after m's figure in its clause ("and 48 more
// will be seen next week"): the figure is told as to come, and adds
// nothing to the week's figure before it.
func (p *parser) modalAfter(m *mention) bool {
	if m.el < 0 || m.el >= len(p.els) {
		return false
	}
	for i := p.els[m.el].to; i < len(p.toks) && !p.toks[i].is(",", ";", ".", "and"); i++ {
		if modals[p.toks[i].norm] {
			return true
		}
	}
	return false
}

// doneSaid reports a word among a figure's own words (its verbs, its
// noun phrase and the words it takes from before) that says what was
// done: an action of a metric ("seized", "arrests", "closure") or a
// verb it allows ("were brought", "were carried out").
func (p *parser) doneSaid(m *mention) bool {
	for _, ks := range [][]int{m.pre, m.core, m.verbs, m.left} {
		for _, k := range ks {
			el := p.els[k]
			if el.kind == eLex && (el.hasRole(rAction) || el.hasRole(rAllow) && el.verbLike()) {
				return true
			}
		}
	}
	return false
}

// unknownVerb is the word nobody taught us in a verb's place (verbSlot)
// before the figure's number, past a determiner ("the", "all") and the
// words of quantity of its own words ("a total of", "a further"), with
// a particle after it ("handed out", "sold off"); "" if none.
func (p *parser) unknownVerb(m *mention, floor int) string {
	pre := map[int]bool{}
	for _, k := range m.pre {
		pre[k] = true
	}
	k := m.el - 1
	for k >= floor && (pre[k] && p.quantityEl(k) || p.els[k].kind == eFunc && p.els[k].fn == "det" && !pre[k]) {
		k--
	}
	// "gave back 12 phones", "applied for 12 warrants": a verb with a
	// particle or "for" after it is a verb of two words nobody taught
	// us, whether or not its first word is a verb of another metric
	// (review24 V11, reread24 P5)
	if k-1 >= floor && k < m.el && !pre[k] && (particles[p.word(k)] || p.els[k].kind == eFunc && p.word(k) == "for") && p.els[k].to == p.els[k].from+1 {
		if v := p.els[k-1]; (v.kind == eUnknown || v.kind == eLex && v.verbLike() && !p.actOfFigure(v, m)) && p.verbSlot(k-1, floor) {
			for j := k + 1; j < m.el; j++ {
				if !pre[j] && !(p.els[j].kind == eFunc && p.els[j].fn == "det") {
					return ""
				}
			}
			return p.text(v) + " " + p.text(p.els[k])
		}
	}
	if k < floor || p.els[k].kind != eUnknown {
		return ""
	}
	for j := k + 1; j < m.el; j++ {
		if !pre[j] && !(p.els[j].kind == eFunc && p.els[j].fn == "det") {
			return "" // a word of the figure's own between: its verb's
		}
	}
	w := p.text(p.els[k])
	if particles[p.word(k)] && k-1 >= floor && p.els[k-1].kind == eUnknown {
		k--
		w = p.text(p.els[k]) + " " + w
	}
	if !p.verbSlot(k, floor) {
		return ""
	}
	// "Officers seized and destroyed 12 knives": a taught verb of the
	// figure's act joined to it by "and" says what was done to the
	// things (reread24 P7)
	if k-2 >= floor && p.els[k-1].kind == eFunc && p.els[k-1].fn == "coord" && p.word(k-1) == "and" {
		// (both said as done, "-ed": "will seize and destroy" stays a
		// plan; and the act of the figure's things: not "visited and
		// destroyed 12 phones")
		if v := p.els[k-2]; v.kind == eLex && v.verbLike() && p.actOfFigure(v, m) && strings.HasSuffix(p.word(k-2), "ed") && strings.HasSuffix(p.word(k), "ed") {
			return ""
		}
	}
	return w
}

// actOfFigure reports a taught verb that names an act (an action or an
// allowed verb) of a metric the figure's own words name, by the metric's
// family or its kind of item: "took" of "away 12 knives", "closed" of
// "down 3 county lines"; not "gave" (children engaged) of "back 12
// phones".
func (p *parser) actOfFigure(v elem, m *mention) bool {
	tops, kinds := map[int]bool{}, map[string]bool{}
	for _, k := range m.core {
		if p.els[k].e == nil {
			continue
		}
		for _, s := range p.els[k].e.senses {
			switch s.role {
			case rObject, rAction, rModifier:
				tops[p.r.top(s.metric)] = true
			case rItem, rItemMod:
				kinds[p.r.items[s.item].Kind] = true
			}
		}
	}
	for _, s := range v.e.senses {
		if (s.role == rAction || s.role == rAllow) && (tops[p.r.top(s.metric)] || kinds[p.r.metrics[s.metric].ItemKind]) {
			return true
		}
	}
	return false
}

// quantityEl reports a word of quantity that stands between a verb and
// its number: "a total of", "a further", "an additional".
func (p *parser) quantityEl(k int) bool {
	el := p.els[k]
	return el.kind == eLex && el.hasRole(rNeutral) && (strings.HasSuffix(strings.ToLower(p.text(el)), " of") || el.e.hasMeaning("addition"))
}

// particles are the adverbs that finish a verb of two words: "handed
// out", "sold off", "picked up" (a closed class of English).
var particles = map[string]bool{"out": true, "up": true, "off": true, "down": true, "back": true, "away": true}

// verbSlot reports that element k, a word nobody taught us, stands where
// a verb does: after an auxiliary or modal ("will crush", "have
// traced"), after the force's own people or a pronoun that does things
// ("Officers crushed", "They traced"), or after "to", "also", "then",
// "later", "and" ("hope to auction", "and crushed"); or a word of the
// past ending "-ed" after anything but an article or a preposition
// ("Officers from Kent crushed"). Not a noun after an article, a
// preposition or a noun ("During the intensification period 68
// weapons", "In addition 760 plants").
func (p *parser) verbSlot(k, floor int) bool {
	j := k - 1
	if j < floor {
		return false
	}
	el := p.els[j]
	if el.kind == eFunc && el.fn == "aux" || p.ownPeopleEl(j) {
		return true
	}
	if p.toks[el.from].is("to", "also", "then", "later", "and", "they", "we", "who", "which") && el.to == el.from+1 {
		return true
	}
	// "Officers from Kent crushed 12 cars", "The unit traced 12
	// phones": a word of the past ending "-ed" after a noun or a name
	// (not an article or a preposition: "the seized 12") is a verb
	w := p.toks[p.els[k].from]
	return p.els[k].to == p.els[k].from+1 && participle(w.norm) &&
		!(el.kind == eFunc && (el.fn == "det" || el.fn == "prep" || el.fn == "of"))
}

// partOfNamed is the noun a figure is a part of when the figure follows
// "including" (or "such as") straight after things named with no number
// that its reading counts too: "Phones including 3 burner phones",
// "knives, including 3 kitchen knives", "drugs, including 3 wraps";
// "" otherwise. Things of a kind whose part names its own item
// ("weapons, including 3 knives") are counted by the part. A dash for
// the comma ("knives - including 3 kitchen knives") and "of them" after
// the number, after a comma or a dash ("phones, 3 of them burner
// phones"), say the same (review29 R8).
func (p *parser) partOfNamed(m *mention, f Fact) string {
	k := m.el - 1
	dash := func(el elem) bool { return el.kind == ePunct && (el.fn == "-" || el.fn == "–" || el.fn == "—") }
	switch {
	case k >= 1 && p.els[k].kind == eFunc && p.els[k].fn == "part":
		k--
		if p.els[k].kind == ePunct && p.els[k].fn == "," || dash(p.els[k]) {
			k--
		}
	case k >= 1 && (p.els[k].kind == ePunct && p.els[k].fn == "," || dash(p.els[k])) && p.ofThemAfter(m):
		k--
	default:
		return ""
	}
	if k < 0 || p.els[k].kind != eLex || k > 0 && p.els[k-1].kind == eAmount {
		return ""
	}
	for _, s := range p.els[k].e.senses {
		switch {
		case s.role == rItem && f.Item != "" && p.r.items[s.item].Code == f.Item,
			s.role == rObject && f.Item == "" && p.r.metrics[s.metric].Code == f.Metric:
			return p.text(p.els[k])
		}
	}
	return ""
}

// ofThemAfter reports "of them", "of which", "of these" or "of those"
// straight after a figure's number: "3 of them burner phones".
func (p *parser) ofThemAfter(m *mention) bool {
	i := p.els[m.el].to
	return i+1 < len(p.toks) && p.toks[i].is("of") && p.toks[i+1].is("them", "which", "these", "those")
}

// ofPart reports figure m said of the part figure before it through a
// preposition, with no stop, list word or other figure between: "7
// arrested on 3 warrants", "including 7 on 3 warrants" (closing28).
func (p *parser) ofPart(prev, m *mention) bool {
	if !prev.part || prev.parentMW == nil || prev.el < 0 || m.el <= prev.el+1 || m.part {
		return false
	}
	k := m.el - 1
	for k > prev.el && p.els[k].kind == eFunc && p.els[k].fn == "det" {
		k--
	}
	if p.els[k].kind != eFunc || p.els[k].fn != "prep" {
		return false
	}
	for e := prev.el + 1; e < k; e++ {
		el := p.els[e]
		if el.strong() || el.kind == eAmount || el.kind == ePunct || el.kind == eFunc && (el.fn == "coord" || el.fn == "sib" || el.fn == "rel") {
			return false
		}
	}
	return true
}

// peopleVerb is the words of a verb done to people among the figure m's
// own verbs ("12 people were arrested", "Officers charged 12 people"):
// things named beside it with no verb of their own have none of theirs.
// "" when its verbs are of things, or it has none.
func (p *parser) peopleVerb(m *mention) string {
	for _, k := range append(append([]int{}, m.pre...), m.core...) {
		if p.els[k].verbLike() && p.actsOnPeople(k) {
			return p.text(p.els[k])
		}
	}
	return ""
}

// thingsVerbAfter reports a verb of things after element k, where a
// list of things named ends, past the rest of its list (words nobody
// taught us and figures too: "drugs, weapons and stolen property
// recovered", "weapons and almost £11k in cash were seized", "in" after a sum) and its
// auxiliaries: the things are its own ("heroin and knives were
// seized", "weapons being seized"). A doer named first ("..., and
// officers visited", "the NCA", "they") opens another clause; a verb
// done to people ("and were charged") is none of things.
func (p *parser) thingsVerbAfter(k int) bool {
	els := p.els
	doer := func(k int) bool {
		t := p.toks[els[k].from]
		kind, _ := p.actorAt(els[k].from)
		code, _ := p.forceAt(els[k].from)
		return els[k].hasRole(rPerson) || agentWords[t.norm] || t.is("they", "we", "he", "she") || kind != actorNone || code != ""
	}
	for k < len(els) && (p.listWord(k) || els[k].kind == eUnknown || els[k].kind == eAmount || k > 0 && els[k-1].kind == eAmount && p.word(k) == "in") && !doer(k) {
		k++
	}
	for k < len(els) && (els[k].kind == eFunc && els[k].fn == "aux" || p.word(k) == "also") {
		k++
	}
	return k < len(els) && els[k].verbLike() && !p.actsOnPeople(k)
}
