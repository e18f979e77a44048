package phrase

import "strings"

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
var stretchWords = map[string]bool{"end": true, "ending": true, "commencing": true, "beginning": true, "starting": true}

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
