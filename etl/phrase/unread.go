package phrase

import (
	"fmt"
	"slices"
	"strings"
)

// Unread are the words of a return's value cell from byte offset from
// that no reader of the grammar gives a meaning, grouped by clause: a
// word the lexicon does not know that is no date, day, month, number,
// operation's name, word of the week of action or of a stretch of its
// days ("during the week of action until Sunday", "by the end of the
// week"), word of the force's own officers or area ("by
// officers", "across the county"), or name of its own whole area
// ("across Kent and Medway" in Kent's return). The extractor reads the
// words after a cell's last figure with it: "43, jointly", "43,
// financial year", "43, including Essex", "43 (all forces)" say whose,
// where or when the figure is in words nobody taught us.
func (r *Reader) Unread(text string, ctx Context, from int) []UnreadClause {
	toks := tokenize(text)
	p := &parser{r: r, src: text, toks: toks, cell: true, force: ctx.Force, week: ctx.Week}
	ops := map[string]bool{}
	for _, n := range ctx.Week.Names {
		for _, t := range tokenize(n) {
			ops[t.norm] = true
		}
	}
	var out []UnreadClause
	cl := UnreadClause{}
	flush := func() {
		if len(cl.Words) > 0 {
			out = append(out, cl)
		}
		cl = UnreadClause{}
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.start < from {
			i++
			continue
		}
		if t.kind == tPunct && (t.is(",", ";", "(", ")", "[", "]", ".", "-", "–", "—", ":")) {
			flush()
			i++
			continue
		}
		if e, n := r.lex.match(toks, i); n > 0 {
			cl.Known = cl.Known || !neutralOnly(e) // "partners", "joint": they only describe
			i += n
			continue
		}
		if _, n := funcLex.match(toks, i); n > 0 {
			i += n
			continue
		}
		if t.kind == tWord && capitalised(t) && !p.notPlace(i) {
			if ns, end := p.names(i); len(ns) > 0 && p.judge(ns) == scopeNone {
				i = end // the force's own whole area
				continue
			}
		}
		switch {
		case t.kind != tWord, isDate(toks, i), months[t.norm], weekdays[t.norm], operationWords[t.norm], ops[t.norm], weekWords(toks[i : i+1]),
			rangeWords[t.norm], stretchWords[t.norm]:
		case forceWords[t.norm] && (!plural(t) || t.is("officer")), areaNouns[t.norm] && !plural(t) && !t.is("region"):
		case r.classLetter(toks, i) != nil:
		default:
			if _, ok := numberWords[t.norm]; !ok {
				cl.Words = append(cl.Words, Word{Text: t.text, Start: t.start, End: t.end})
			}
		}
		i++
	}
	flush()
	return out
}

// UnreadClause is a clause's words no reader gives a meaning, and
// whether the clause has a word of the lexicon beside them that says
// more than a description ("found", "wraps", "cash"; not "partners").
type UnreadClause struct {
	Words []Word
	Known bool
}

// stretchWords bound a stretch of days as the week reader reads it: "by
// the end of Sunday", "the week ending Sunday", "commencing Monday".
var stretchWords = map[string]bool{
	"end": true, "ending": true, "commencing": true, "beginning": true, "starting": true,
	// "during the week of action, which ended on 17 October": the date
	// is judged as a bound (week.go)
	"ended": true, "began": true, "started": true, "finished": true, "concluded": true, "commenced": true,
}

// DescribedAfter is a past participle that only describes (the
// lexicon's neutral: "used", "targeted", "suspected") after the thing a
// figure's words count, with nothing after it but other describing
// words ("this week"): "2 firearms used", "2 firearms targeted", "2
// firearms suspected". Before the thing it describes it ("2 suspected
// firearms"); after it, it stands where the figure's verb would, and
// says something else was done to the things than the metric's verb
// (used, targeted, only suspected). "" if there is none.
func (r *Reader) DescribedAfter(words string) string {
	toks := tokenize(words)
	thing, last := false, ""
	for i := 0; i < len(toks); {
		e, n := r.lex.match(toks, i)
		switch {
		case n == 1 && neutralOnly(e) && thing && strings.HasSuffix(toks[i].norm, "ed"):
			last = toks[i].text
		case n > 0 && neutralOnly(e):
			// "2 firearms used this week": said of the week, not of them
		case n > 0:
			thing, last = true, ""
		}
		i += max(n, 1)
	}
	return last
}

// UnreadAfter finds the words of text after byte offset from (the end
// of its last figure) that no reader of the grammar gives a meaning
// (Unread), in a clause of such words alone ("43, jointly", "43,
// financial year", "seized 4 knives - TBC") or naming someone or
// somewhere ("43, including Essex", "43 with Essex Police", "seized 4
// knives - Essex"): they may say whose, where or when the figure is. A
// clause that says what was done in words of the lexicon ("£3,400,
// found on a train") may hold a word nobody taught us; a name it may
// not.
func (r *Reader) UnreadAfter(text string, ctx Context, from int) (string, bool) {
	for _, cl := range r.Unread(text, ctx, from) {
		capital := slices.ContainsFunc(cl.Words, func(w Word) bool { return strings.ToLower(w.Text) != w.Text })
		if capital || !cl.Known {
			return text[cl.Words[0].Start:cl.Words[len(cl.Words)-1].End], true
		}
	}
	return "", false
}

// unreadTails refuses, in prose, the figures of a sentence whose last
// clause, set off after its last figure by a comma, dash, colon or
// bracket, says more of them in words nobody taught us: "Officers
// seized 4 knives - TBC", "..., provisional figures", "... - Essex",
// "... (all forces)". Such a clause holds no word of the lexicon beyond
// a description, and names someone or somewhere, or adds no more things
// ("..., along with large amounts of illicit tobacco" adds things; "...,
// officers said" is the force's own telling). Each figure of the
// sentence goes to a message naming the words; a figure named with no
// number there goes too. A return's cell is the extractor's to judge
// (UnreadAfter).
func (r *Reader) unreadTails(text string, ctx Context, out *Reading) {
	if ctx.Heading != "" || len(out.Facts) == 0 {
		return
	}
	toks := tokenize(text)
	for _, s := range splitSentences(text, toks) {
		from, to := toks[s.from].start, toks[s.to-1].end
		in := func(start int) bool { return start >= from && start < to }
		end := -1
		for _, f := range out.Facts {
			if in(f.Start) {
				end = max(end, f.End)
			}
		}
		if end < 0 {
			continue // no fact of its own to refuse
		}
		for _, sc := range out.Scoped {
			if in(sc.Start) {
				end = max(end, sc.End)
			}
		}
		for _, m := range out.Messages {
			if m.Value != nil && in(m.Start) {
				end = max(end, m.End)
			}
		}
		p := &parser{r: r, src: text, toks: toks[s.from:s.to], force: ctx.Force, week: ctx.Week}
		w, ok := p.unreadTail(end, ctx)
		if !ok {
			continue
		}
		out.refuseFacts(in, func(f Fact) Message {
			return Message{Code: CodeUnknownWord, Word: w, Value: f.Value, Start: f.Start, End: f.End,
				Text: fmt.Sprintf("%q: "+UnreadAfterWhy+"; not read as the force's figure for the week", f.Text, w)}
		})
	}
}

// refuseByWord refuses each fact starting at a key of words, the word
// found there making it not the week's figure: why says so of the fact's
// text and the word (two %q).
func (out *Reading) refuseByWord(words map[int]string, why string) {
	out.refuseFacts(func(start int) bool { _, ok := words[start]; return ok }, func(f Fact) Message {
		return Message{Code: CodeChangesMeaning, Word: words[f.Start], Value: f.Value, Start: f.Start, End: f.End,
			Text: fmt.Sprintf(why+"; not read as the force's figure for the week", f.Text, words[f.Start])}
	})
}

// refuseFacts moves each fact that starts where in says to a message
// saying why (why), keeping the others in order.
func (out *Reading) refuseFacts(in func(start int) bool, why func(Fact) Message) {
	keep := out.Facts[:0]
	for _, f := range out.Facts {
		if !in(f.Start) {
			keep = append(keep, f)
			continue
		}
		out.Messages = append(out.Messages, why(f))
	}
	out.Facts = keep
}

// tailSeps set off a sentence's last clause from its figures.
var tailSeps = []string{",", "-", "–", "—", "(", ")", ":", ";", "[", "]"}

// unreadTail finds the last clause of the sentence p reads, after byte
// offset end (its last figure's) and set off from it (tailSeps), when
// it says more of the figures in words nobody taught us (unreadTails):
// the words, and true.
func (p *parser) unreadTail(end int, ctx Context) (string, bool) {
	toks := p.toks
	first, last, set, comma := -1, -1, false, false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.start < end {
			continue
		}
		if t.kind == tPunct && t.is(tailSeps...) {
			set, first, comma = true, -1, t.is(",")
			continue
		}
		if t.kind == tPunct && t.is(".", "!", "?") {
			continue
		}
		if first < 0 {
			first = i
		}
		last = i + 1
	}
	if !set || first < 0 || p.ownTelling(first, last) || p.praise(first, last) {
		return "", false
	}
	if w, ok := p.tailSays(first, last); ok {
		return w, true
	}
	for i, t := range toks {
		// "..., was believed to be going on": a clause with a verb of
		// its own; "; if you have information, call Crimestoppers": an
		// appeal
		if t.start >= end && t.is("was", "were", "is", "are", "been", "being", "has", "have", "had", "will", "would", "if", "you", "anyone", "please") {
			return "", false
		}
		// "in towns including Nuneaton, Leamington and Warwick", "nun
		// chucks and hammers": the end of a list, not a note set off
		// after it
		if i >= first && i < last && comma && t.is("and", "or", "&") {
			return "", false
		}
	}
	// "..., including Medway": a part of the force's own area that its
	// figures include
	parts := map[int]bool{}
	if toks[first].is("including", "includes", "include", "incl", "inc") {
		for i := first; i < last; i++ {
			if !capitalised(toks[i]) {
				continue
			}
			if ns, e := p.names(i); len(ns) > 0 && p.judge(ns) <= scopePlace {
				for ; i < e; i++ {
					parts[toks[i].start] = true
				}
				i--
			}
		}
	}
	sent := p.src[toks[0].start:toks[len(toks)-1].end]
	at := toks[0].start
	cls := p.r.Unread(sent, ctx, toks[first].start-at)
	if len(cls) == 0 || cls[0].Known {
		return "", false
	}
	cl := cls[0]
	cl.Words = slices.DeleteFunc(cl.Words, func(w Word) bool { return parts[w.Start] })
	if len(cl.Words) == 0 {
		return "", false
	}
	named := slices.ContainsFunc(cl.Words, func(w Word) bool { return strings.ToLower(w.Text) != w.Text })
	if !named {
		// "..., in areas across the county": parts of the force's own
		// area, which its words name
		cl.Words = slices.DeleteFunc(cl.Words, func(w Word) bool { return areaNouns[strings.TrimSuffix(strings.ToLower(w.Text), "s")] })
		if len(cl.Words) == 0 {
			return "", false
		}
	}
	// "..., along with large amounts of illicit tobacco", "and a
	// cannister": more things, said of none of the figures
	more := toks[first].is("and", "plus", "with", "along", "as", "together", "alongside")
	if more && !named {
		return "", false
	}
	return sent[cl.Words[0].Start:cl.Words[len(cl.Words)-1].End], true
}

// tailWider are words of a whole wider than the force's, or shared with
// others: a clause of them alone set off after a sentence's figures says
// them of the figures ("... - joint", "... - regional", "..., combined
// total"). The force's own whole ("..., force-wide", "..., overall")
// says nothing more of them; in a clause of more words ("as part of a
// national week of action") they describe something else.
var tailWider = map[string]bool{
	"joint": true, "regional": true, "national": true, "nationwide": true, "combined": true, "cumulative": true, "local": true,
	"multi-agency": true, "partnership": true,
}

// tailWiderNouns may stand with tailWider in such a clause: "...,
// regional total", "... - joint figures".
var tailWiderNouns = map[string]bool{"total": true, "figure": true, "count": true, "number": true, "result": true, "the": true, "a": true}

// tailOutside opening such a clause say the figures were outside the
// force's area: "..., outside the county", "..., out of county" ("5
// were from London, Birmingham or out of County" counts people from
// there).
var tailOutside = map[string]bool{"outside": true, "beyond": true, "out": true}

// praiseNouns end a remark set off after a sentence's figures that
// praises them and says no more: "... - a fantastic result", "..., a
// great week's work".
var praiseNouns = map[string]bool{"result": true, "success": true, "achievement": true, "effort": true, "haul": true, "work": true, "outcome": true}

// praiseWords say such a remark's praise: "fantastic", "great".
var praiseWords = map[string]bool{
	"fantastic": true, "great": true, "excellent": true, "brilliant": true, "superb": true, "terrific": true, "tremendous": true,
	"good": true, "amazing": true, "impressive": true, "remarkable": true, "really": true, "very": true, "week": true,
}

// tailSays reports a clause, tokens [first, last) set off after a
// sentence's last figure, that says in words of the lexicon or the
// grammar what the figures are not: a hedge alone ("..., approximately",
// "... - approx", "..., or thereabouts": the figures are not exact, and
// which of them it hedges is not said), a whole wider than the force's
// ("... - joint", "... - regional"), a year ("... - 2020"), or another
// area ("..., outside the county", "..., out of county"). It returns
// the clause's words.
func (p *parser) tailSays(first, last int) (string, bool) {
	toks := p.toks
	words := func() string { return p.src[toks[first].start:toks[last-1].end] }
	hedge, wider, widerOnly := true, false, true
	if last-first == 2 && toks[first].is("so") && toks[first+1].is("far") {
		return words(), true // "... - so far": the week is not over (scope.go soFar)
	}
	for i := first; i < last; {
		t := toks[i]
		if t.kind == tPunct {
			i++
			continue
		}
		if t.kind == tNum && yearNumber(t) && i == first && i+1 == last && !p.weeksYear(t) {
			return words(), true // "... - 2020": a year alone, not the week's ("... - 2021")
		}
		if i == first && tailOutside[t.norm] && (t.is("outside", "beyond") || i+1 < last && toks[i+1].is("of")) {
			j := i + 1
			for j < last && toks[j].is("of", "the", "our", "this", "its") {
				j++
			}
			if j < last && (areaNouns[toks[j].norm] || forceWords[toks[j].norm] || capitalised(toks[j])) {
				return words(), true
			}
		}
		w := tailWider[t.norm] || strings.HasSuffix(t.norm, "ly") && tailWider[strings.TrimSuffix(t.norm, "ly")]
		wider = wider || w
		widerOnly = widerOnly && (w || tailWiderNouns[t.norm])
		if e, n := p.r.lex.match(toks, i); n > 0 && (e.has(rHedge) || e.has(rHedgeAfter)) {
			i += n
			continue
		}
		hedge = false
		i++
	}
	return words(), hedge || wider && widerOnly
}

// praise reports a clause, tokens [first, last), that only praises the
// figures before it: an article, words of praise and a noun of praise
// ("- a fantastic result", "- a great week's work"). Any other word may
// say more ("- a provisional result", "- a partial result").
func (p *parser) praise(first, last int) bool {
	if last-first < 3 || !p.toks[first].is("a", "an") || !praiseNouns[p.toks[last-1].norm] {
		return false
	}
	for _, t := range p.toks[first+1 : last-1] {
		if !praiseWords[t.norm] {
			return false
		}
	}
	return true
}

// UnreadAfterWhy says why a figure with words after it that nobody
// taught us is refused (UnreadAfter); %q is the words.
const UnreadAfterWhy = "the words %q after its figure are not read, and they may say whose, where or when it is (another force's or agency's, a joint or a wider figure, another period's, or one not final)"

// trailingChangers refuses, in prose, every figure of a sentence whose
// last figure is refused for words said after it, at the sentence's end
// and of no verb or figure of their own: a rate, an average, another
// period, a running count, a part of the week ("Officers arrested 12
// people and seized 5 knives, per day", "..., on average", "..., in the
// past year", "..., to date", "... on the first day"). Which of the
// figures before them they govern is not said, so they take them all,
// as a day said after the last clause does (scope.go). Words said
// between the number and its noun ("5 previously unseen knives"), a
// figure of its own after the number ("..., 3 per day"), or a clause of
// their own ("..., which were previously hidden") govern that figure
// only.
func (r *Reader) trailingChangers(text string, ctx Context, out *Reading) {
	if ctx.Heading != "" || len(out.Facts) == 0 {
		return
	}
	toks := tokenize(text)
	for _, s := range splitSentences(text, toks) {
		st := toks[s.from:s.to]
		from, to := st[0].start, st[len(st)-1].end
		in := func(start int) bool { return start >= from && start < to }
		last := -1
		for _, f := range out.Facts {
			if in(f.Start) {
				last = max(last, f.End)
			}
		}
		if last < 0 {
			continue
		}
		word := ""
		for _, m := range out.Messages {
			if m.Code != CodeChangesMeaning || m.Value == nil || m.Word == "" || !in(m.Start) || m.Start < last {
				continue
			}
			if r.trailsFigure(text, st, m) {
				word = m.Word
			}
		}
		if word == "" {
			continue
		}
		out.refuseFacts(in, func(f Fact) Message {
			return Message{Code: CodeChangesMeaning, Word: word, Value: f.Value, Start: f.Start, End: f.End,
				Text: fmt.Sprintf("%q: %q said after the sentence's last figure may be said of every figure before it; it changes what the figure means, and it is not read as the force's figure for the week", f.Text, word)}
		})
	}
}

// trailsFigure reports a refused figure's changing words (m.Word) said
// after its number and a word of its own (no function word: "3 on
// Monday" is the 3's day), with no verb, relative word, bracket or other
// number between, in the sentence st, when the words are a changer of
// the lexicon that says when or how often (trailingMeaning): "under the
// Mental Health Act" says what its own verb's figure is, and a date in
// brackets is its clause's (scope.go).
func (r *Reader) trailsFigure(text string, st []token, m Message) bool {
	n := -1
	for i, t := range st {
		if t.start >= m.Start && t.start < m.End && t.kind == tNum && t.num == *m.Value {
			n = i
			break
		}
	}
	if n < 0 || n+1 >= len(st) || st[n+1].kind != tWord || funcWords[st[n+1].norm] != "" {
		return false
	}
	for i, t := range st[n+1:] {
		if t.kind == tNum || t.is("(", "[", "was", "were", "is", "are", "been", "being", "has", "have", "had", "will", "would", "which", "who", "that", "whom", "whose", "and", "or", "but", "while", "whilst", "where", "when") {
			return false
		}
		if e, k := r.lex.match(st, n+1+i); k > 0 && i > 0 && strings.EqualFold(src(st, n+1+i, n+1+i+k), m.Word) {
			s, ok := e.first(rChanger)
			return ok && trailingMeaning(s.meaning)
		}
	}
	return false
}

// trailingMeaning reports a changer's meaning (words.csv) that says when
// or how often a figure was, which a changer said after a sentence's
// figures may say of each of them: another period, a running count, a
// part of the week, a rate, an average.
func trailingMeaning(meaning string) bool {
	return meaningScope[meaning] != "" || meaning == "a rate" || meaning == "an average"
}
