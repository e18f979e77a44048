package phrase

import (
	"fmt"
	"slices"
	"strings"

	"github.com/countylines/countylines/etl"
)

// A figure of a press release is the force's, for the operation's week,
// unless its words say otherwise. Words that put it in one day of the
// week ("On Monday, officers executed 12 warrants", "12 people were
// arrested yesterday"), in another or a wider period ("across 2018",
// "since it launched last year", "last year") or in one of the force's
// operations ("One of their operations saw 26 arrests") make it that
// day's, period's or part's figure, which no cell of the week's return
// holds. Such a figure is refused, with a message naming the words; every
// figure of the stretch of the sentence the words stand in (up to a dash,
// a bracket, a colon or a semicolon) is refused with it. A thing named
// with no number was still seized in the force's week: only another
// period takes it too.
//
// A named place that is not the text's whole area ("In Shropshire, the
// force seized £3,551", "at one address in Leeds", "Nationally, ...",
// "by British Transport Police") makes the figure that part's, area's or
// force's: place.go finds such words (scopePlace, scopeWider,
// scopeOther), and they are refused here as a day is.

// scopeKind is what a figure's scope words say.
type scopeKind uint8

const (
	scopeNone   scopeKind = iota
	scopeDay              // one day of the week, or one night: a part of the week
	scopePeriod           // another period, or a wider one: a year, "since", "last year"
	scopePart             // a part of the force: one of its operations
	// scopeRunning: a count up to a day the text does not say ends the
	// week ("30 arrests by Wednesday", "as of Tuesday", "so far" in a
	// return's cell): a running count of part of the week
	scopeRunning
	scopePlace // a named part of the force's area: place.go
	scopeWider // the country's or the region's, in a narrower text: place.go
	scopeOther // another force's: place.go
	scopeFrom  // a value cell's figure of those from a place: place.go
	scopeBody  // another body's than a police force: "The NCA seized": stance.go
)

// scope is words of a sentence that narrow or move its figures.
type scope struct {
	kind  scopeKind
	words string
	el    int // the element the words stand in
	// before: the words of the sentence before that scoped its
	// figures, when words refer back to it ("Of those arrested" after
	// "since January"): carriedScopes
	before string
}

// ownTimeOrPlace reports no scope, or one that keeps a figure the
// force's own in a time or a part of its own: a day, a period, one of
// its operations, a running count, a named place of its area. Any other
// (another force's, a body's, the wider area's) may make it another's.
func (s *scope) ownTimeOrPlace() bool {
	return s == nil || s.kind == scopeDay || s.kind == scopePeriod || s.kind == scopePart || s.kind == scopeRunning || s.kind == scopePlace
}

// why says what the scope's words make of a figure, for its message.
func (s scope) why() string {
	if s.before != "" {
		said := scope{kind: s.kind, words: s.before, el: s.el}
		return fmt.Sprintf("%q goes on from the sentence before, where %s", s.words, said.why())
	}
	if s.kind.place() {
		return s.placeWhy()
	}
	switch s.kind {
	case scopeDay:
		return fmt.Sprintf("%q names one day or night of the week: the figure is that day's, a part of the week's", s.words)
	case scopePeriod:
		return fmt.Sprintf("%q names another period than the operation's week", s.words)
	case scopeRunning:
		return fmt.Sprintf("%q makes the figure a count up to a day inside the week (a running count of part of it), and nothing says that day ends the operation's week", s.words)
	}
	if ws := tokenize(s.words); onePerson[strings.ToLower(s.words)] || len(ws) > 1 && ws[0].is("from") && !eventNouns[ws[len(ws)-1].norm] {
		// ("He", "from one man", "from him")
		return fmt.Sprintf("%q says the figure is what one person had or did: a part of the force's week's", s.words)
	}
	return fmt.Sprintf("%q names one of the force's operations or raids: the figure is that part's, not the force's", s.words)
}

// weekdays and the words for the day a text is written on are a closed
// class of English, as the months are.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// dayWords name one day or night seen from the day of writing.
var dayWords = map[string]bool{"yesterday": true, "today": true, "tonight": true, "overnight": true}

// dayParts after "this" or "last" name one day's part: "this morning",
// "last night".
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// longerTimes after "this", "last", "past" or "previous" name a period
// longer than the week: "last year", "this month".
var longerTimes = map[string]bool{"year": true, "month": true}

// thisTimes after "this" name a period longer than the week; "this
// month" is the month the week is in when the sentence names the
// operation ("as part of the crackdown this month"), and the month's
// otherwise (scopes).
var thisTimes = map[string]bool{"year": true}

// tellingVerbs say that something was said or published: a day beside
// one is when the release was written ("Police today announced",
// "have said today (Thursday, May 27) that"), not when its figures were.
var tellingVerbs = map[string]bool{
	"said": true, "say": true, "announced": true, "announce": true, "revealed": true, "reveal": true,
	"confirmed": true, "confirm": true, "reported": true, "report": true, "published": true, "publish": true,
	"released": true, "stated": true, "state": true, "explained": true, "added": true,
	"show": true, "showed": true, "shown": true, "statement": true, "speaking": true,
}

// boundVerbs say when a week or operation began or ended: "which began
// on Monday" says when the week ran, not a day's figures.
var boundVerbs = map[string]bool{
	"began": true, "begin": true, "started": true, "start": true, "ran": true, "run": true, "running": true,
	"ended": true, "end": true, "finished": true, "finish": true, "launched": true, "launch": true,
	"commenced": true, "commence": true, "kicked": true, "concluded": true, "conclude": true,
	"ending": true, "commencing": true, "beginning": true, "starting": true, "w/c": true, "w/e": true,
	// "from Monday": the week from its start; "the year up to and
	// including Sunday": a longer period's end (boundsLonger). "by",
	// "until", "till", "up to", "as at" bound the week only after its
	// noun (countedTo): "43 arrests by Sunday" counts up to a day
	"by": true, "from": true, "until": true, "till": true, "up": true, "at": true,
}

// rangeWords join the two ends of a stretch of days: "from Monday to
// Sunday", "between Monday 10 and Sunday 16 October".
var rangeWords = map[string]bool{"to": true, "until": true, "till": true, "through": true, "–": true, "-": true}

// scopes finds the words of the parser's sentence that put its figures in
// one day, another period or a part of the force.
func (p *parser) scopes() []scope {
	toks := p.toks
	var out []scope
	// A telling verb with "that" after it: the words before "that" are
	// the telling's ("On Monday, police announced that ...").
	told := -1
	for i, t := range toks {
		if tellingVerbs[t.norm] {
			for j := i + 1; j < len(toks); j++ {
				if toks[j].is("that") {
					told = j
					break
				}
			}
			break
		}
	}
	week := p.namesWeek()
	caps := capsText(toks)
	dayEnd := 0             // the end of a day the return's week has judged
	ownFrom, ownAt := -1, 0 // the first words of the return's own week, and their element
	for k, el := range p.els {
		i := el.from
		t := toks[i]
		if i < dayEnd {
			continue
		}
		if e := p.monthSpan(i); e > i {
			// "Between July and September 2024, ...", "From July 2024
			// to March 2025, ...": months, a longer period than any
			// week (found29 F1)
			dayEnd = e
			out = append(out, scope{scopePeriod, p.raw(i, e), k, ""})
			continue
		}
		if w, e, kind, ok := p.otherDate(i); ok && (i > told || p.tellingHasDay(i)) {
			// "On 3 October officers arrested 12 people", "43 arrests
			// (w/e 10/10/2021)" in a release of 11-17 October: a
			// dated day outside its week, or one day or a part of it
			// (week.go)
			dayEnd = e
			out = append(out, scope{kind, src(toks, w, e), k, ""})
			continue
		}
		if w, e, ok := p.otherMonth(i); ok && (i > told || p.monthBeforeWeek(i, e)) {
			// "In May's week of action, ...", "the week of action in
			// May 2021", "the 2020 week of action": another month or
			// year than the week's (week.go)
			dayEnd = e
			out = append(out, scope{scopePeriod, src(toks, w, e), k, ""})
			continue
		}
		if s, w, e, bound, own := p.weekDay(i); bound {
			// a return's cell whose week is known: a bound day is the
			// week's own, or it is refused (week.go)
			dayEnd = e
			if own && ownFrom < 0 {
				ownFrom, ownAt = w, k
			}
			if !own {
				at := k
				for at > 0 && p.els[at].from > w {
					at--
				}
				s.el = at
				out = append(out, s)
			}
			continue
		}
		switch {
		case el.kind == eAmount && t.kind == tNum && yearNumber(t) && i > 0 && i+1 < len(toks) && toks[i-1].text == "(" && toks[i+1].text == ")":
			// "some machetes (2019)": a year alone in brackets dates
			// what it follows; it is no count of it
			out = append(out, scope{scopePeriod, src(toks, i-1, i+2), k, ""})
		case el.kind == eAmount && !p.cell && yearNumber(t) && i > 0 && toks[i-1].is("–", ",") && (i+1 == len(toks) || toks[i+1].is(".", "!", ")")) && p.amountIn(0, k) && !p.weeksYear(t):
			// "Officers arrested 12 people and seized 5 knives - 2020":
			// a year alone closing the sentence dates its figures; the
			// week's own year ("... - 2021") is no other period
			out = append(out, scope{scopePeriod, src(toks, i-1, i+1), -1, ""})
		case !p.cell && p.oneDay(i) > i:
			// "In one night of targeted activity alone, six arrests
			// were made", "On a single day, ...": one day or night of
			// the week, its number read as words or not ("One
			// morning", "Over one evening")
			out = append(out, scope{scopeDay, p.raw(i, p.oneDay(i)), k, ""})
		case p.spanEnd(i) > i:
			// "Over two weeks, officers made 45 arrests", "... across 2
			// days", "during a 12-month investigation": a stretch that
			// is not the week (span.go); in a return's cell too ("43
			// over two weeks")
			e, kind := p.spanOf(i)
			dayEnd = e
			out = append(out, scope{kind, p.raw(i, e), k, ""})
		case !p.cell && i == 0 && p.spanSubjectEnd(i) > i:
			// "The month saw 12 arrests", "A two-week operation has
			// seen ...", "October resulted in ...": a stretch that is
			// not the week as the sentence's subject (span.go)
			e, kind := p.spanSubject(i)
			dayEnd = e
			out = append(out, scope{kind, p.raw(i, e), k, ""})
		case !p.cell && p.bareStretch(i) > i:
			// "The following week, officers seized 3 knives", "...,
			// and the week after they seized 3 knives": another
			// stretch than the week said with no preposition, opening
			// its clause (span.go; review26 W4)
			e := p.bareStretch(i)
			dayEnd = e
			out = append(out, scope{scopePeriod, p.raw(i, e), k, ""})
		case p.oneSubjectEnd(k) > k:
			// "One man was found with 3 knives", "One raid saw 5
			// people arrested": one person's or one event's figures
			// after the subject, a part of the week's (reread27 P9)
			e := p.oneSubjectEnd(k)
			out = append(out, scope{scopePart, p.raw(i, p.els[e-1].to), e, ""})
		case el.kind == eAmount || el.kind == ePunct:
		case el.kind == eLex && !p.cell && p.week.known() && otherWeek(el.e):
			// "The previous week of action saw 30 arrests", "In the
			// last intensification week, ...": in a release whose week
			// its dates give, a week that may be another than it
			out = append(out, scope{scopePeriod, p.text(el), k, ""})
		case weekdays[t.norm] && i > told && p.boundsLonger(i) >= 0:
			// "in the month ending Sunday 31 October", "the year up to
			// and including Sunday": the day bounds a longer period
			out = append(out, scope{scopePeriod, src(toks, p.boundsLonger(i), i+1), k, ""})
		case weekdays[t.norm] && (i > told || p.tellingHasDay(i)) && p.runningTo(i) >= 0:
			// "30 arrests by Wednesday", "as of Tuesday", "up to
			// Thursday": a count up to a day, in a return's cell too;
			// its words stand where they begin ("up to and including
			// Sunday" is no part after "including")
			w := p.runningTo(i)
			at := k
			for at > 0 && p.els[at].from > w {
				at--
			}
			out = append(out, scope{scopeRunning, src(toks, w, i+1), at, ""})
		case t.is("so") && next(toks, i) == "far" && (p.cell || p.soFar(i)):
			// "30 so far" in a return's cell, "Officers arrested 12
			// people so far this week" or "..., so far." in prose: the
			// week is not over. "So far" opening a clause or before its
			// verb in prose may be told after it (found.csv f1079,
			// f215), and a running
			// total's "the total visits so far this week to 304" is the
			// week's (TestCompositionLaw)
			out = append(out, scope{scopeRunning, src(toks, i, i+2), k, ""})
		case (weekdays[t.norm] || dayWords[t.norm]) && (i > told || p.tellingHasDay(i)) && !p.cell:
			if p.dayOfRange(i) || weekdays[t.norm] && p.bound(i) || told < 0 && p.tellersDay(i) {
				continue
			}
			if t.is("overnight") && i+1 < len(toks) && toks[i+1].kind == tWord && funcWords[toks[i+1].norm] == "" {
				continue // "in overnight raids" describes the raids
			}
			out = append(out, scope{scopeDay, t.text, k, ""})
		case t.is("this", "last") && i+1 < len(toks) && dayParts[toks[i+1].norm] && strings.ToLower(toks[i+1].text) == toks[i+1].norm && (i > told || p.tellingHasDay(i+1)) && !(told < 0 && p.tellersDay(i+1)):
			out = append(out, scope{scopeDay, src(toks, i, i+2), k, ""})
		case t.is("last", "past", "previous") && longerTimes[next(toks, i)] && !pluralTok(toks[i+1]):
			out = append(out, scope{scopePeriod, src(toks, i, i+2), k, ""})
		case t.is("this") && thisTimes[next(toks, i)] && !pluralTok(toks[i+1]) && !week && !(p.lastYears && p.bareTime(i+2)):
			// ("This year:" after last year's week is this year's week;
			// "This year to date:", "This year so far:", "This year
			// overall:" still say the year)
			out = append(out, scope{scopePeriod, src(toks, i, i+2), k, ""})
		case t.is("this") && next(toks, i) == "month" && !pluralTok(toks[i+1]) && !p.namesOperation() && i > told:
			// "This month, officers arrested 120 people": the month's
			// figures, a longer period than the week; "the crackdown
			// this month" says when the operation was (found.csv f508)
			out = append(out, scope{scopePeriod, src(toks, i, i+2), k, ""})
		case t.kind == tNum && yearNumber(t) && i > 0 && toks[i-1].is("in", "across", "during", "throughout", "since", "for", "over", "between", "from"):
			out = append(out, scope{scopePeriod, src(toks, i-1, i+1), k, ""})
		case el.kind == eLex && el.hasRole(rChanger) && p.text(el) != "" && strings.EqualFold(p.text(el), "since"):
			// the scope's words are "since" and the start it counts
			// from ("since January 2020", "since being set up in
			// 2019"): words of the period, not of what is counted
			out = append(out, scope{scopePeriod, p.raw(el.from, p.sinceEnd(k)), k, ""})
		case !p.cell && p.otherSide(i) > i:
			// "Before the week of action, ...", "In the run-up to the
			// week", "Following the operation", "Over the summer":
			// another period than the week's
			out = append(out, scope{scopePeriod, src(toks, i, p.otherSide(i)), k, ""})
		case el.kind == eSkip && t.is("one") && i+1 < len(toks) && toks[i+1].is("of") && p.oneOfPart(k):
			end := i + 2
			for end < len(toks) && end < i+5 && toks[end].kind == tWord && !toks[end].is("saw", "was", "were", "had", "has") {
				end++
			}
			out = append(out, scope{scopePart, src(toks, i, end), k, ""})
		case p.forcesTogether(i) > i:
			// "Between the forces, 657 people were arrested" (found.csv
			// f1954), "Across the two forces, ...": several forces'
			// figures together, no one force's; so after the figure or
			// of its doers ("made 45 arrests across both force areas",
			// "Officers from both force areas", reread24 P4)
			out = append(out, scope{scopeWider, src(toks, i, p.forcesTogether(i)), k, ""})
		case !p.cell && p.inParts(k) && p.oneEvent(i) > i && p.amountIn(k, p.elemTo(p.oneEvent(i))):
			// "Officers arrested 12 people, including 7 women arrested
			// on a warrant", "... after a stop and search": the one
			// event a part was of is no count of the week's warrants
			// or searches; the part itself is partNarrowed's
			// (reread27 P10)
			out = append(out, scope{scopePart, p.raw(i, p.oneEvent(i)), k, ""})
		case i > told && !(told < 0 && p.tellsBefore(i, i+1)) && !caps && !p.parts && (!p.inParts(k) || p.placeAfterParts(k)):
			// "In Rugby, ...", "across the country", "by British
			// Transport Police", "Nationally, ...": place.go
			placed := false
			for _, f := range []func(int) (scope, bool){p.placeScope, p.agentScope, p.nationalScope} {
				if s, ok := f(k); ok && !(p.inParts(k) && s.kind == scopeFrom) {
					out = append(out, s)
					placed = true
					break
				}
			}
			if e := p.oneEvent(i); !placed && e > i {
				// "During one warrant, ...", "following the execution
				// of a warrant", "He was found with 32 wraps": one
				// event's or one person's figures, a part of the week's
				out = append(out, scope{scopePart, p.raw(i, e), k, ""})
			}
		}
	}
	if ownFrom >= 0 && !endsText(toks[dayEnd:]) {
		// "43 (as at Sunday), regional total", "43 up to Sunday,
		// including Essex": the week's own days and more words, which
		// may say a longer stretch, a wider place or a provisional
		// figure; the cell is the week's only when they are all it
		// says after its figure (review15 H9)
		// said of the figure before them, outside any bracket they are in
		for ownAt > 0 && p.els[ownAt].kind != eAmount {
			ownAt--
		}
		if ownFrom > 0 && toks[ownFrom-1].is("(") {
			ownFrom--
		}
		out = append(out, scope{scopePeriod, src(toks, ownFrom, len(toks)), ownAt, ""})
	}
	return out
}

// forcesTogether is the end of words from token i that put the figures
// between or across several forces ("Between the forces", "Across the
// two forces", "Among the partner forces", "across both force areas",
// "from both force areas", "in both force areas"); 0 if none. "Across
// the force" is the force's own whole.
func (p *parser) forcesTogether(i int) int {
	toks := p.toks
	if i >= len(toks) || !toks[i].is("between", "across", "among", "amongst") && !(i > 0 && toks[i].is("from", "in")) {
		return 0
	}
	j := i + 1
	for j < len(toks) && j < i+4 && (toks[j].kind == tNum || toks[j].is("the", "both", "all", "two", "three", "four", "five", "partner", "participating", "neighbouring", "neighboring", "police")) {
		j++
	}
	// (after the sentence's start, areas named after "of" are read as
	// places: "executed across the force areas of Northumbria,
	// Cleveland and Durham", found.csv f783)
	named := func(end int) bool { return i > 0 && end < len(toks) && toks[end].is("of") }
	if j < len(toks) && p.manyForces(j, j+1) && !named(j+1) {
		return j + 1
	}
	// "Across both force areas", "Between the two force areas": the
	// areas of several forces (reread23 P6); "Across the force area" is
	// the force's own
	// ("the force's areas" are its own: reread24 P8)
	if j+1 >= len(toks) {
		return 0
	}
	possessive := strings.HasSuffix(toks[j].text, "'s") || strings.HasSuffix(toks[j].text, "’s")
	if forceWords[toks[j].norm] && !plural(toks[j]) && !possessive && !toks[j].is("officer") && toks[j+1].is("area", "areas") && plural(toks[j+1]) && !named(j+2) {
		return j + 2
	}
	return 0
}

// next is the norm of the token after i, "" at the end.
func next(toks []token, i int) string {
	if i+1 < len(toks) {
		return toks[i+1].norm
	}
	return ""
}

func pluralTok(t token) bool { return strings.ToLower(t.text) != t.norm }

// yearNumber reports a number written as a year: 1990 to 2100, whole,
// with no thousands comma.
func yearNumber(t token) bool {
	return t.num >= 1990 && t.num <= 2100 && t.num == float64(int(t.num)) && !strings.Contains(t.text, ",") && !t.ordinal
}

// namesWeek reports a sentence that names the operation's week as when
// its figures were ("as part of the week of action", "this week"): "this
// year" in it says which week, not a wider period ("This year, we
// arrested 69 people ... as part of the week of action"). A year named
// by its number, or the past or last year, is not this one: the week
// named beside it may be another year's ("During the same week in
// 2020"), and "430 arrests over the past year, 43 of them this week"
// gives the year's.
func (p *parser) namesWeek() bool {
	for i, t := range p.toks {
		if strings.ToLower(t.text) != "week" {
			continue
		}
		if i > 0 && p.toks[i-1].is("a", "per", "each", "every", "one") {
			continue // "four lines in a week", "12 arrests per week"
		}
		return true
	}
	return false
}

// bareTime reports nothing but signs from token i to the end of the
// words: "This year:" stands alone; "This year to date:", "This year,
// so far:" say more of the year.
func (p *parser) bareTime(i int) bool {
	for ; i < len(p.toks); i++ {
		if p.toks[i].kind == tWord || p.toks[i].kind == tNum {
			return false
		}
	}
	return true
}

// lastYearsWeek reports a sentence that tells last year's week of
// action ("Last year's week of action saw 30 arrests", "During the
// same week last year, ..."): it names the week and last or the
// previous year, and not this week or this year beside them (as "430
// arrests over the last year, 43 this week" does).
func (p *parser) lastYearsWeek() bool {
	last := false
	for i, t := range p.toks {
		switch {
		case t.is("this") && i+1 < len(p.toks) && p.toks[i+1].is("week", "year"):
			return false
		case t.is("last", "previous") && i+1 < len(p.toks) && p.toks[i+1].is("year"):
			last = true
		}
	}
	return last && p.namesWeek()
}

// weeksAgainst gives the words of a sentence's elements els that set two
// weeks against each other, or "", "": a week seen from after it
// (words.csv: period with no meaning, "last week", "the past seven
// days") and "this week". Each may be the week the release reports; the
// sentence does not say which ("Police arrested 37 people in Kent last
// week and 5 this week"). The elements aside reports (an aside's) are
// passed over.
func (p *parser) weeksAgainst(els []elem, aside func(k int) bool) (string, string) {
	last := ""
	for k, el := range els {
		if el.kind == eLex && el.hasRole(rPeriod) && !otherWeek(el.e) && !aside(k) {
			last = p.text(el)
			break
		}
	}
	if last == "" {
		return "", ""
	}
	for i := 0; i+1 < len(p.toks); i++ {
		if p.toks[i].is("this") && p.toks[i+1].is("week") {
			return last, p.raw(i, i+2)
		}
	}
	return "", ""
}

// dayOfRange reports a day at token i that is one end of a stretch of
// days: "from Monday to Sunday", "between Monday, 25 November and
// Sunday, 1 December", "Monday 11 to Friday 15 October".
func (p *parser) dayOfRange(i int) bool {
	toks := p.toks
	// before it, skipping a comma
	j := i - 1
	for j >= 0 && toks[j].is(",") {
		j--
	}
	if j >= 0 && (toks[j].is("between") || rangeWords[toks[j].norm]) {
		return true
	}
	if j >= 0 && toks[j].is("and") {
		for b := j - 1; b >= 0 && b >= j-8; b-- {
			if toks[b].is("between") {
				return true
			}
		}
	}
	// after it, skipping the date that names it: "Monday 11 October 2021 to"
	for j = i + 1; j < len(toks) && j < i+8; j++ {
		t := toks[j]
		if t.kind == tNum || months[t.norm] || t.is(",", "the", "of") {
			continue
		}
		if rangeWords[t.norm] {
			return true
		}
		if t.is("and") {
			for b := i - 1; b >= 0 && b >= i-4; b-- {
				if toks[b].is("between") {
					return true
				}
			}
		}
		break
	}
	return false
}

// bound reports a day at token i that says when the week or operation
// began or ended: "which began on Monday", "started on Monday 10
// October", "the week ending Sunday 17 October", "43 arrests by Sunday".
func (p *parser) bound(i int) bool {
	if w, week := p.countedTo(i); w >= 0 {
		return week
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if t := p.toks[j]; boundVerbs[t.norm] && !runningWords[t.norm] && (!boundPreps[t.norm] || p.boundLinked(j+1, i)) {
			return true
		}
	}
	return false
}

// boundPreps are the prepositions among boundVerbs: "from Monday". One
// bounds the day only when nothing but boundLinks stands between them:
// "removed from circulation on Wednesday", "taken from the streets on
// Monday" say where from, and the day when.
var boundPreps = map[string]bool{"from": true, "at": true, "up": true}

// boundLinks may stand between a bounding preposition and its day: "from
// the start of Monday", "up to and including Sunday".
var boundLinks = map[string]bool{"the": true, "start": true, "end": true, "of": true, "to": true, "and": true, "including": true, "midnight": true, "last": true, "this": true}

// boundLinked reports tokens [a, b) that are all boundLinks.
func (p *parser) boundLinked(a, b int) bool {
	for _, t := range p.toks[a:b] {
		if !boundLinks[t.norm] {
			return false
		}
	}
	return true
}

// runningWords count up to a day: "by", "until", "till", "up to", "as
// at" (and "as of").
var runningWords = map[string]bool{"by": true, "until": true, "till": true, "up": true, "at": true}

// countedTo is the first token of words before the day at token i that
// count up to it ("by Wednesday", "as of Tuesday", "as at Monday", "up to
// and including Thursday", "until Friday"), or -1, and whether they end
// the operation's week. Such a day ends the week only when the text says
// so: the words stand after the week's own noun ("the week up to
// Sunday", "the seven days up to and including Sunday") or after a verb
// saying how long it ran ("ran until Sunday"). Otherwise the figure
// counts part of the week, whatever the day: the reader does not know
// which day the week ends on.
func (p *parser) countedTo(i int) (int, bool) {
	toks := p.toks
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := toks[j]
		w := -1
		switch {
		case t.is("by", "until", "till"):
			w = j
		case t.is("of", "at") && j > 0 && toks[j-1].is("as"):
			w = j - 1
		case t.is("up") && j+1 < i && toks[j+1].is("to"):
			w = j
		case t.is("to", "and", "including", "inclusive", "the", "on", "end", "close", "of", ","):
			continue // "up to and including", "by the end of"
		default:
			return -1, false
		}
		return w, p.endsWeek(w)
	}
	return -1, false
}

// runningTo is countedTo's first token when its words do not end the
// week: a running count of part of it ("30 arrests by Wednesday"); -1
// otherwise.
func (p *parser) runningTo(i int) int {
	if w, week := p.countedTo(i); !week {
		return w
	}
	return -1
}

// weekNouns name the operation's week: a bound after one is the week's.
var weekNouns = map[string]bool{"week": true, "iw": true, "wk": true}

// runVerbs say how long something ran: "the operation ran until Sunday".
var runVerbs = map[string]bool{"ran": true, "run": true, "runs": true, "running": true, "lasted": true, "lasting": true, "lasts": true}

// endsWeek reports words before token w that say the bound at w is the
// end of the operation's week: its noun ("the week up to Sunday", "the
// week of action until Sunday", "the seven days up to Sunday") or a verb
// saying how long it ran.
func (p *parser) endsWeek(w int) bool {
	toks := p.toks
	b := w - 1
	if b < 0 || toks[w].is("by") {
		// "by" counts up to a day; it bounds no stretch: "12 arrests in
		// the week of action by Wednesday" are those up to Wednesday
		return false
	}
	t := toks[b]
	switch {
	case weekNouns[t.norm] || runVerbs[t.norm]:
		return true
	case t.is("day") && pluralTok(t) && b > 0 && (toks[b-1].is("seven") || toks[b-1].kind == tNum && toks[b-1].num == 7):
		return true
	case t.is("action", "intensification") && b > 1 && toks[b-1].is("of") && weekNouns[toks[b-2].norm]:
		return true
	}
	return false
}

// boundsLonger is the token of a longer period than the week ("month",
// "year") whose bound the day at token i is ("the month ending Sunday",
// "the year up to and including Sunday"), or -1.
func (p *parser) boundsLonger(i int) int {
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if boundVerbs[p.toks[j].norm] && longerTimes[p.toks[j-1].norm] {
			return j - 1
		}
	}
	return -1
}

// tellsBefore reports a verb of telling from token i on, before any
// figure of the stretch, with no figure before the day: the day is when
// the release told its figures ("In a statement on Friday, the force
// said officers made 43 arrests", "Speaking on Friday, ... said"), not
// when they were. A figure before the verb ("On Friday, seven suspects
// were arrested, the force said") or before the day ("Seven lines were
// closed on Monday, the force said") is the day's.
func (p *parser) tellsBefore(day, i int) bool {
	toks := p.toks
	amount := map[int]bool{}
	for _, el := range p.els {
		if el.kind == eAmount {
			amount[el.from] = true
		}
	}
	for j := day - 1; j >= 0 && !toks[j].is(";", ":", "(", ")", "–", "-", "."); j-- {
		if amount[j] || toks[j].kind == tNum {
			return false
		}
	}
	for j := i; j < len(toks) && j < i+12; j++ {
		t := toks[j]
		if t.is("(") && j == i {
			// "Today (9 March), the force has revealed ...": the day's
			// bracket is its own aside
			for k := j + 1; k < len(toks) && !toks[k].is(";", ":", "(", "–", "."); k++ {
				if toks[k].is(")") {
					j = k
					break
				}
			}
			if j > i {
				continue
			}
		}
		if t.is(";", ":", "(", ")", "–", "-", ".") {
			return false
		}
		if amount[j] || t.kind == tNum {
			if j+1 < len(toks) && months[toks[j+1].norm] || j > 0 && months[toks[j-1].norm] {
				continue // the day's date: "on Friday 15 October"
			}
			return false
		}
		if tellingVerbs[t.norm] {
			return true
		}
	}
	return false
}

// tellingHasDay reports a verb of telling after the day at token i,
// before any figure, with a day of its own nearer it: "Yesterday, police
// said on Friday that ...", "On Monday, police today announced that
// ...", "Yesterday, speaking on Friday, the Chief Inspector said ...". A
// telling has one day: the nearer is the telling's, and the day at i
// the figures'.
func (p *parser) tellingHasDay(i int) bool {
	toks := p.toks
	// the words of the day itself are no figure: "3 October 2021",
	// "Tuesday 12 October"
	from := i + 1
	if _, e, ok := p.dayAt(i); ok {
		from = e
	} else if _, e, ok := p.dayAt(i + 1); ok && weekdays[toks[i].norm] {
		from = e
	}
	for v := from; v < len(toks) && v < i+14; v++ {
		t := toks[v]
		if t.kind == tNum || t.is(";", ":", "(", ")", "–", "-", ".") {
			return false
		}
		if !tellingVerbs[t.norm] {
			continue
		}
		for j := from; j < len(toks) && j <= v+3; j++ {
			if weekdays[toks[j].norm] || dayWords[toks[j].norm] || toks[j-1].is("this", "last") && dayParts[toks[j].norm] {
				return true
			}
		}
		return false
	}
	return false
}

// tellersDay reports that the day at token i is the telling's own, not
// the figures': it stands beside a verb of telling (telling) and the
// telling has no nearer day of its own (tellingHasDay: "On 3 October,
// police said on Friday that ..." gives the figures 3 October).
func (p *parser) tellersDay(i int) bool { return p.telling(i) && !p.tellingHasDay(i) }

// telling reports a day at token i beside a verb of telling: "Police
// today announced", "said today", or in brackets after such a day: "said
// today (Thursday, May 27)".
func (p *parser) telling(i int) bool {
	toks := p.toks
	// "In a statement on Friday, the force said officers had made 43
	// arrests", "Speaking on Friday, ... said": the verb of telling
	// comes after the day and before any figure
	if p.tellsBefore(i, i+1) {
		return true
	}
	for j := i - 3; j <= i+2; j++ {
		if j >= 0 && j < len(toks) && j != i && tellingVerbs[toks[j].norm] {
			return true
		}
	}
	if i > 1 && toks[i-1].is("(") && dayWords[toks[i-2].norm] && i > 2 && tellingVerbs[toks[i-3].norm] {
		return true
	}
	return false
}

// eventNouns name one event or place of the week's work: one warrant,
// raid, stop or address, whose figures are a part of the week's.
var eventNouns = map[string]bool{
	"warrant": true, "raid": true, "stop": true, "search": true, "address": true, "property": true, "house": true,
	"flat": true, "home": true, "vehicle": true, "car": true, "incident": true, "premises": true, "premise": true,
	// one vehicle is one place as one car is: "3 knives were recovered
	// from a van" (review26 W17); public transport is not one of the
	// force's raids ("£3,400, found on a train" in a return's cell is
	// the week's figure: fixtures wording_sentence_in_cell)
	"van": true, "lorry": true, "truck": true, "motorbike": true, "motorcycle": true, "moped": true, "taxi": true,
}

// eventPreps open a phrase of when or where one event was.
var eventPreps = map[string]bool{
	"during": true, "following": true, "after": true, "in": true, "at": true, "on": true, "from": true, "under": true, "upon": true,
	"inside": true,
}

// onePerson are the pronouns of one person: a clause they are the
// subject of tells what one person had or did.
var onePerson = map[string]bool{"he": true, "she": true}

// oneEvent reports words at token i that put a figure in one event of
// the week or in one person's hands, and the token after them (i when
// none): a preposition and one event's noun ("during one warrant",
// "following the execution of a warrant", "in a raid", "at the
// address"), a sentence opening with one ("A search of the car found
// ..."), or "he"/"she" as a clause's subject ("He was detained after
// ...", "when she was found with ..."), unless a verb of telling
// follows ("He said 40 people were arrested").
func (p *parser) oneEvent(i int) int {
	toks := p.toks
	t := toks[i]
	if onePerson[t.norm] && (i == 0 || toks[i-1].kind == tPunct || funcWords[toks[i-1].norm] == "rel" || funcWords[toks[i-1].norm] == "coord" ||
		toks[i-1].is("after", "before", "as", "until")) {
		if i+1 < len(toks) && (tellingVerbs[toks[i+1].norm] || toks[i+1].is("told", "says", "added", "commented")) {
			return i
		}
		if i+2 < len(toks) && toks[i+1].is("has", "had", "was", "is") && tellingVerbs[toks[i+2].norm] {
			return i
		}
		return i + 1
	}
	j := i
	switch {
	case eventPreps[t.norm]:
		j++
	case t.is("while", "whilst", "when") && i+2 < len(toks) && toks[i+1].kind == tWord && strings.HasSuffix(toks[i+1].norm, "ing"):
		// "while carrying out a stop and search", "whilst executing a
		// warrant": what was being done when, as "during" says it
		j += 2
		if toks[j].is("out") {
			j++
		}
	case i == 0:
	default:
		return i
	}
	// "the execution of", "a search of", "the course of"
	if j+2 < len(toks) && toks[j].is("the", "a") && toks[j+1].is("execution", "search", "course") && toks[j+2].is("of") && !eventNouns[toks[j+1].norm] {
		j += 3
	}
	// "the address" may be any the release spoke of: only "a", "one",
	// "this" name one. Opening the sentence, before the clause whose
	// figures it places, it names the one place the sentences before
	// spoke of ("At the property several mobile phones and £4,500 in
	// cash was seized", found.csv f1800); said after the clause ("seized
	// £3,200 cash from the address", f363) it is left to the text's
	// judgment, as before.
	if t.is("from") && j < len(toks) {
		// "Officers seized 3 knives from one man", "... from a
		// 17-year-old boy", "from the man", "from him": one person's
		// things (closing28 P5, drafts29 N3, D1)
		if toks[j].is("him", "her") {
			return j + 1
		}
		if j+1 < len(toks) && toks[j].is("a", "an", "one", "the", "this", "that") {
			if end := p.onePersonAt(j + 1); end > 0 {
				return end
			}
		}
	}
	fronted := i == 0 && eventPreps[t.norm] && j < len(toks) && toks[j].is("the")
	if j >= len(toks) || !toks[j].is("a", "an", "one", "this", "that", "single") && !fronted {
		return i
	}
	j++
	if j+1 < len(toks) && toks[j].is("single", "drugs", "drug", "vehicle", "routine", "further") && eventNouns[toks[j+1].norm] {
		j++ // "a vehicle stop"; "the vehicle" alone is the event's place
	}
	if j >= len(toks) || toks[j].kind != tWord || !eventNouns[toks[j].norm] || pluralTok(toks[j]) && !toks[j].is("premises", "premise") {
		return i
	}
	if i == 0 && !eventPreps[t.norm] && !t.is("while", "whilst", "when") && !(j+1 < len(toks) && toks[j+1].is("of", "at", "on", "in")) {
		return i // "A search" opening a sentence names one only with what it was of
	}
	if j+2 < len(toks) && toks[j+1].is("in", "at", "across") && capitalised(toks[j+2]) && !p.notPlace(j+2) {
		// "At one address in Rugby", "a warrant at James Street": the
		// place is said with the event
		if ns, end := p.names(j + 2); len(ns) > 0 {
			return end
		}
	}
	return j + 1
}

// onePersonAt is the token after a noun of one person from token j,
// after "a", "one" or "the": a singular noun of a person ("man", "boy",
// "17-year-old", "teenager"), with those after it ("17-year-old boy"),
// after at most two words of a name or description ("a Maidstone
// man"); 0 if none is there.
func (p *parser) onePersonAt(j int) int {
	k := p.elemAt(j)
	if k < 0 || p.els[k].from != j {
		return 0
	}
	end := 0
	for n := 0; k < len(p.els) && n < 4; k, n = k+1, n+1 {
		el := p.els[k]
		last := p.toks[el.to-1]
		switch {
		case last.kind == tWord && !pluralTok(last) && (p.personNoun(el) || p.countedPerson(el)):
			end = el.to
			continue
		case end > 0:
		case n < 2 && (el.kind == eUnknown || el.kind == eLex && !el.verbLike() && !el.hasRole(rItem) && !p.personNoun(el)) && last.kind == tWord:
			continue // "a Maidstone man", "a known man"
		}
		break
	}
	return end
}

// countedPerson reports a noun of the people a metric counts ("pupil",
// "teenager": children engaged), a person as personNoun's are.
func (p *parser) countedPerson(el elem) bool {
	if el.kind != eLex {
		return false
	}
	for _, s := range el.e.senses {
		if s.role == rObject && p.r.metrics[s.metric].Unit == string(etl.UnitPeople) {
			return true
		}
	}
	return false
}

// oneSubject is the element after a noun phrase of one person or one
// event opening a stretch of the sentence as its subject, before its
// verb ("One man was found with 3 knives", "One 17-year-old boy had 3
// knives", "One raid saw 5 people arrested", "A car was searched and 3
// knives were found"), or k when none: the figures after it are that
// one's, a part of the week's (reread27 P9). The subject's own count
// ("One man was arrested", "A warrant was executed") is before it and
// stays the week's. "one" or "a single" opens it, or "a" or "an" before
// what was done to one event ("A car was searched"); up to three
// describing words may stand before its singular noun; its verb is an
// auxiliary, a verb of what was done or one of what a subject brought
// ("saw", "led to": words.csv stretch yield).
func (p *parser) oneSubjectEnd(k int) int {
	e, _ := p.oneSubject(k)
	return e
}

// oneSubject is oneSubjectEnd's element, and whether its subject is one
// person ("One man", "One 17-year-old boy") rather than one event.
func (p *parser) oneSubject(k int) (int, bool) {
	if p.cell || k > 0 && !p.els[k-1].strong() || k+2 >= len(p.els) {
		return k, false
	}
	toks := p.toks
	i := p.els[k].from
	if !toks[i].is("one", "a", "an") || p.els[k].to != i+1 && !(p.els[k].to == i+2 && toks[i+1].is("single")) {
		return k, false
	}
	j := k + 1
	if p.els[k].to == i+1 && p.els[j].to == p.els[j].from+1 && toks[p.els[j].from].is("single") {
		j++
	}
	for n := 0; ; n, j = n+1, j+1 {
		if n == 4 || j+1 >= len(p.els) {
			return k, false
		}
		el := p.els[j]
		t := toks[el.to-1]
		if t.kind == tWord && !pluralTok(t) && (eventNouns[t.norm] && (el.kind == eLex || el.kind == eUnknown) || el.to-el.from == 1 && (p.personNoun(el) || p.countedPerson(el))) {
			break
		}
		if el.verbLike() || el.kind == eAmount || el.kind == ePunct || el.kind == eFunc || el.hasRole(rItem) {
			return k, false
		}
	}
	one := toks[i].is("one") || p.els[k].to == i+2 || j > k+1 && toks[p.els[k+1].from].is("single")
	v := j + 1
	aux := p.els[v].kind == eFunc && p.els[v].fn == "aux"
	for v+1 < len(p.els) && p.els[v].kind == eFunc && p.els[v].fn == "aux" {
		v++
	}
	yield, _ := p.r.stretchWord(toks, p.els[v].from)
	switch {
	case !aux && !(p.els[v].verbLike() && p.els[v].hasRole(rAction)) && yield != "yield":
		// ("a child from Brighton was safeguarded": "from" is no verb)
		return k, false
	case one:
		return j + 1, !eventNouns[toks[p.els[j].to-1].norm]
	case !eventNouns[toks[p.els[j].to-1].norm] && aux && p.inHands(v):
		// "A man was found with 3 knives", "A 17-year-old boy was
		// found carrying 2 knives": one person's things, said with
		// "a" as with "one" (drafts29 D1: the house's decision)
		return j + 1, true
	case eventNouns[toks[p.els[j].to-1].norm] && aux:
		// "A car was searched and 3 knives were found": said with
		// "a", only what was done to the one event; "A warrant led to
		// the seizure of £3,200" (found.csv f076, f241) is the week's.
		// A person said with "a" is one person's only with things in
		// his hands (inHands, above): "a 16-year-old child ... was
		// safeguarded at a property with around 80 wraps" (f334) is
		// the property's, left as before
		return j + 1, false
	}
	return k, false
}

// inHands reports the first figure after the verb at element v said as
// in the hands of the verb's subject: straight after "with" that follows
// a verb ("was found with 3 knives", "was arrested and found with"),
// "carrying", "holding", "possessing", or "in possession of" after a verb.
func (p *parser) inHands(v int) bool {
	a := v + 1
	for a < len(p.els) && p.els[a].kind != eAmount {
		if p.els[a].kind == ePunct {
			return false
		}
		a++
	}
	if a >= len(p.els) {
		return false
	}
	at := p.els[a].from
	toks := p.toks
	switch {
	case at > 0 && toks[at-1].is("carrying", "holding", "possessing"):
		return true
	case at > 1 && toks[at-1].is("with") && p.elemAt(at-2) >= 0 && p.els[p.elemAt(at-2)].verbLike():
		return true
	case at > 3 && toks[at-1].is("of") && toks[at-2].is("possession") && toks[at-3].is("in") && p.elemAt(at-4) >= 0 && p.els[p.elemAt(at-4)].verbLike():
		return true
	}
	return false
}

// ownSubjectClause is the first element from k before to where a clause
// with its own subject and verb opens after "and", a comma or "while"
// ("and 12 people were arrested", ", while officers seized 3 knives"),
// or to when none: a figure with an auxiliary after it, or the force's
// people or a pronoun with a verb after them. A verb with no subject
// before it ("and was found with 3 knives") or a figure with no
// auxiliary ("and 40 wraps of cocaine seized") opens none, nor a
// clause that names the one person again ("and officers seized £3,200
// from him", "and 2 phones were found in his car": still his).
func (p *parser) ownSubjectClause(k, to int) int {
	for i := p.els[k].from; i < p.els[to-1].to; i++ {
		if p.toks[i].is("he", "she", "him", "her", "his", "hers", "himself", "herself") {
			return to
		}
	}
	for j := k; j+2 < to; j++ {
		el := p.els[j]
		if !(el.kind == ePunct && el.fn == "," || el.kind == eFunc && (el.fn == "coord" || el.fn == "rel")) {
			continue
		}
		a := j + 1
		for a < to && (p.els[a].kind == eFunc && (p.els[a].fn == "coord" || p.els[a].fn == "rel") || p.els[a].kind == ePunct && p.els[a].fn == ",") {
			a++
		}
		if a+1 >= to {
			return to
		}
		subj, next := p.els[a], p.els[a+1]
		t := p.toks[subj.from]
		switch {
		case subj.kind == eAmount && !subj.amt.num.article:
			// "12 people were arrested": its noun may be an element of its own
			for b := a + 1; b < to && b <= a+3; b++ {
				if e := p.els[b]; e.kind == eFunc && e.fn == "aux" {
					return j
				} else if e.kind != eLex && e.kind != eUnknown || e.verbLike() {
					break
				}
			}
		case subj.to-subj.from == 1 && (t.is("they", "we") || agentWords[t.norm]) && (next.verbLike() || next.kind == eFunc && next.fn == "aux"):
			return j
		}
	}
	return to
}

// elemTo is the element that holds token i, or the number of elements
// at the sentence's end (an end of words elements [from, elemTo(i))
// cover).
func (p *parser) elemTo(i int) int {
	if k := p.elemAt(i); k >= 0 {
		return k
	}
	return len(p.els)
}

// personNoun reports a word of the lexicon for people ("man",
// "suspect", "boy", "juvenile"): a word of people, of their age or sex,
// or a modifier of a metric counted in people.
func (p *parser) personNoun(el elem) bool {
	if el.kind != eLex {
		return false
	}
	for _, s := range el.e.senses {
		if s.role == rPerson || s.role == rFacet || s.role == rModifier && p.r.metrics[s.metric].Unit == string(etl.UnitPeople) {
			return true
		}
	}
	return false
}

// oneDay reports words at token i that put a figure in one day or
// night of the week, and the token after them (i when none): a
// preposition of when ("in", "on", "during", "over", "within") or the
// sentence's start, then "one", "a single" or "just one", and a day or
// a part of one in the singular ("In one night of targeted activity
// alone, six arrests were made", found.csv f1821; "On a single day,
// ..."; "One morning, ..."), or a day said whole ("during a day-long
// operation", "in an all-day operation"). A week ("in one week", "in a
// single week", "a week-long operation") is the operation's. "One day of action" opening a sentence
// names an operation of its own and is left to the rest of the grammar
// (words.csv's "in one day" refuses it after "in").
func (p *parser) oneDay(i int) int {
	toks := p.toks
	j := i
	switch {
	case toks[i].is("in", "on", "during", "over", "within"):
		j++
	case i == 0:
	default:
		return i
	}
	// a stretch of hours only after a preposition of when: "A
	// 24-hour operation saw 12 arrests" names the operation
	if e := p.hoursSpan(j); j > i && e > j {
		return e // "over 48 hours", "within 36 hrs"
	}
	switch {
	case j+2 < len(toks) && toks[j].is("a", "an", "the") && (toks[j+1].is("day") && toks[j+2].is("long") || toks[j+1].is("all") && toks[j+2].is("day")):
		return j + 3 // "during a day-long operation", "an all-day operation": one day of the week (reread22 G1)
	case j+1 < len(toks) && toks[j].is("a", "just") && toks[j+1].is("single", "one"):
		j += 2
	case j < len(toks) && toks[j].is("one"):
		j++
	case j < len(toks) && toks[j].is("a", "just") && j > i:
		if e := p.hoursSpan(j + 1); e > j+1 {
			return e // "In a 24-hour period", "in just 48 hours"
		}
		return i
	default:
		return i
	}
	if e := p.hoursSpan(j); e > j {
		return e // "In one 24-hour period"
	}
	if j >= len(toks) || !toks[j].is("day", "night", "morning", "afternoon", "evening", "weekend") || pluralTok(toks[j]) {
		return i
	}
	if j+2 < len(toks) && toks[j+1].is("of") && toks[j+2].is("action") {
		return i
	}
	return j + 1
}

// oneOfPart reports "one of" at element k that names one of several
// operations, raids or teams as where a figure came from: opening the
// sentence ("One of their operations saw 26 arrests") or after a
// preposition ("during one of the raids"). "one of the most successful
// weeks" praises; it names no part.
func (p *parser) oneOfPart(k int) bool {
	j := p.els[k].from + 2 // after "one of"
	if j < len(p.toks) && p.toks[j].kind == tWord && funcWords[p.toks[j].norm] == "det" {
		j++
	}
	if j < len(p.toks) && (p.toks[j].is("most", "best", "biggest", "largest", "many") || strings.HasSuffix(p.toks[j].norm, "est")) {
		return false
	}
	if j < len(p.toks) && p.toks[j].kind == tNum {
		return false // "One of the 43 people arrested was a boy": 43 is the whole
	}
	for _, el := range p.els[k+1:] {
		if el.from == j && el.kind == eAmount {
			return false // "One of the three people arrested": in words too
		}
	}
	if k == 0 {
		return true
	}
	prev := p.els[k-1]
	return prev.kind == eFunc && prev.fn == "prep"
}

// scoped marks each figure of a stretch of the sentence whose words name
// a scope: the stretch runs between strong signs (a dash, a bracket, a
// colon, a semicolon). A part or a day leaves a thing named with no
// number read: it was still seized in the force's week.
func (p *parser) scoped(out []*mentionWords) {
	ss := append(p.scopes(), p.after...)
	for _, s := range p.heads {
		// a list's heading line: every figure of the line
		s.el = -1
		ss = append(ss, s)
	}
	ss = append(ss, p.carriedScopes()...)
	if len(ss) == 0 {
		return
	}
	// across: a bracket inside the clause is an aside in it, and words
	// of another period before or after it reach across it ("Last year
	// (provisional), officers arrested 12 people", "Officers arrested
	// 12 people (pictured) last year"). A day's or a place's words stop
	// at it, as every scope's did: "By Monday (10 October) officers
	// seized ..." (found.csv f1556) is read as the week's.
	stretch := func(k int, across bool) (int, int) {
		from, to := k, k
		for {
			for from > 0 && !p.els[from-1].strong() {
				from--
			}
			o := p.asideOpen(from - 1)
			if !across || o <= 0 || p.els[o-1].strong() {
				break
			}
			from = o
		}
		for {
			for to < len(p.els) && !p.els[to].strong() {
				to++
			}
			c := p.asideClose(to)
			if c < 0 && p.bracketAt(to, ")") && p.asideOpen(to) > k {
				c = to // a bracket read as words, crossed on the way: "Last year (10/10/2020) officers ..."
			}
			if c < 0 && across {
				c = p.dashAsideClose(from, to)
			}
			if !across || c < 0 || c+1 >= len(p.els) || p.els[c+1].strong() {
				break
			}
			to = c + 1
		}
		return from, to
	}
	for _, s := range ss {
		if s.el < 0 {
			p.scopeAll(out, s, 0, len(p.els))
			continue
		}
		from, to := stretch(s.el, s.kind == scopePeriod || s.kind == scopeDay && p.datedDay(s.el))
		if s.kind == scopeDay || s.kind == scopeRunning || s.kind.place() {
			// a day or a place said in a later part of the stretch is that
			// part's: "43 arrests, including 12 on Monday", "and on
			// Tuesday they closed 4 lines"; said in its first part
			// ("On Monday, officers ...", "12 warrants on Monday, and
			// 3 knives"), it is the whole stretch's
			a, b := p.segment(s.el, from, to)
			switch {
			case s.kind.place() && a > from && p.placeOfClause(a, b):
				// "Four suspects, aged 16 to 20, were arrested in
				// Gravesend": the place's part has no figure of its own
			case !s.kind.place() && a > from && p.trailing(s.el, to) && !p.partsOwn(s.el, from) && (p.amountIn(a, b) || !p.verbIn(a, b)):
				// "Officers made three arrests, as well as carried out
				// 304 sessions by Wednesday", "In addition to 12 lines
				// closed, officers arrested 19 people yesterday", "12
				// arrests were made, and 19 weapons were seized,
				// including 7 knives on Wednesday": a day said after
				// the last clause may govern every clause before it;
				// which it governs is not said, so it takes them all.
				// A clause of its own with no figure ("and the busiest
				// day was Monday", "and will continue the work today")
				// keeps its day
			case s.kind.place() && a > from && p.els[a-1].kind == eFunc && p.els[a-1].fn == "part" && p.trailing(p.scopeEnd(s), to) && !p.partsOwn(s.el, from):
				// "Officers arrested 48 people and seized weapons
				// including air rifles and flick knives in Essex": a
				// place after a list of parts' own words may govern
				// every clause before it, as a day does (found29 F2);
				// right after a part's number it is the part's ("43
				// arrests, including 12 in Medway")
			case a > from && (s.kind == scopeDay || s.kind.place() || p.amountIn(a, b)):
				// ("30 arrests, by Wednesday": a later part with no
				// figure of its own says when the figure before it was)
				from, to = a, b
			case s.kind.place() && !p.amountIn(from, to) && from > 0:
				// "12 - all in Tower Hamlets", "40 arrests: all of
				// them in Rugby": a place with no figure of its own
				// after a dash or a colon says where the figure
				// before it was
				from = p.stretchBefore(from)
			case s.kind.place() && from == 0:
				// a place opening the sentence runs over an aside in
				// brackets or dashes and a colon ("Nationally the
				// activity, which was co-ordinated by the NCLCC
				// (NLCC), saw 700 arrests", "In Rugby: 12 arrests")
				// to a semicolon
				to = p.placeStretchEnd(to)
			}
		}
		if at := p.els[s.el].from; s.kind == scopePart && p.inParts(s.el) && p.oneEvent(at) > at {
			// one event's words among a figure's parts: their own
			// count only (scopes)
			from, to = s.el, p.elemTo(p.oneEvent(at))
		}
		onePersons := false // a stretch after one person as its subject
		if e, person := p.oneSubject(from); s.kind == scopePart && e == s.el && s.el > from {
			// the subject's own count is the week's: "One man was
			// arrested and found with 3 knives" (oneSubject)
			from = s.el
			onePersons = person
			if person {
				// a clause with its own subject after one person's is
				// the week's again: "One man was arrested, while
				// officers seized 3 knives", "One woman was
				// safeguarded and 12 people were arrested" (review28
				// W7). After one event it stays that event's: "One
				// warrant was executed and 5 people were arrested"
				to = p.ownSubjectClause(s.el, to)
			}
		}
		_, _, _, date := p.otherDate(p.els[s.el].from)
		_, _, month := p.otherMonth(p.els[s.el].from)
		if date || month || s.kind == scopePeriod && p.spanEnd(p.els[s.el].from) > p.els[s.el].from {
			// "Officers arrested 12 people, who will appear at court
			// on 3 November" or "in November": the date or month is
			// another verb's (week.go); so is a stretch that is not
			// the week ("and will continue to target county lines
			// over the festive period", "and work will continue
			// through the year": review26 W2)
			if c, ok := p.anotherVerbsDate(s.el, from); ok {
				from = max(from, c)
			}
		}
		if at := p.els[s.el].from; s.kind == scopePeriod && at > 0 && p.bareStretch(at) > at && p.toks[at-1].is(",", ";", "and", "then", "but", "–") {
			// "Officers arrested 12 people, and the following week
			// officers seized 3 knives": a stretch opening a later
			// clause is that clause's and those after it
			from = max(from, s.el)
		}
		if !s.kind.place() && from == 0 && to < len(p.els) && p.els[to].kind == ePunct && p.els[to].fn == ":" && !p.amountIn(from, to) {
			// "On 3 October: 12 arrests", "Last year: 12 arrests": words
			// of when before a colon opening the line are its figures',
			// as a place's are ("In Medway: 12 arrests")
			to = p.placeStretchEnd(to)
		}
		if (s.kind == scopePeriod || date) && from > 0 && p.els[from-1].kind == ePunct && p.els[from-1].fn == "(" && !p.amountIn(from, to) {
			// "43 arrests (w/e 10/10/2021)", "43 arrests (w/e
			// 14/10/2021)": a period or a date in brackets with no
			// figure of its own says when the figure before it was,
			// and the figures of its clause ("seized 5 knives and
			// made 43 arrests (w/e 10/10/2021)": the arrests'). Inside
			// a clause that runs on after it ("Last year's week of
			// action (w/e 10/10/2020) saw 30 arrests") it says when
			// the whole clause was, its words after the bracket too.
			if s.kind == scopePeriod && to+1 < len(p.els) && p.els[to].fn == ")" && !p.els[to+1].strong() {
				_, to = stretch(to+1, true)
			}
			from = max(p.stretchBefore(from), p.lastClause(from-1))
		}
		p.scopeAll(out, s, from, to)
		if from == 0 && (s.kind == scopePeriod || s.kind == scopeRunning || s.kind == scopeDay) || onePersons {
			// (and one person's: "One man was arrested; found with 3
			// knives", frz28c F1)
			p.scopePredicates(out, s, to)
		}
	}
}

// scopePredicates gives a time opening the sentence, whose stretch ends
// at element to, to the parts after it that a semicolon begins with a
// verb ("During August, officers carried out 33 checks; safeguarded 19
// people; and made 12 arrests", found.csv f1901): they have no subject
// of their own, and the opening words are theirs as much as the first
// part's. A part with words of its own before its verb ("; this week
// officers made 12 arrests", "; 12 were charged") ends them.
func (p *parser) scopePredicates(out []*mentionWords, s scope, to int) {
	for k := to; k < len(p.els); k++ {
		if p.els[k].kind != ePunct || p.els[k].fn != ";" {
			continue
		}
		j := k + 1
		if j < len(p.els) && p.els[j].kind == eFunc && p.els[j].fn == "coord" {
			j++
		}
		if j >= len(p.els) || !p.els[j].verbLike() {
			return
		}
		e := j
		for e < len(p.els) && !p.els[e].strong() {
			e++
		}
		p.scopeAll(out, s, k+1, e)
	}
}

// otherWeek reports a period word that may name another week than
// the one a release reports (words.csv: period, meaning "other").
func otherWeek(e *entry) bool {
	s, ok := e.first(rPeriod)
	return ok && s.meaning == "other"
}

// asideOpen is the opening bracket of the aside whose closing bracket
// is element c, or -1: a bracket inside a clause ("Last year (w/e
// 10/10/2020) saw 30 arrests", "On Monday (11 October), officers ...")
// is an aside in it, and the clause's words of when and where reach
// across it. A bracket may be a sign or the first of words read as one
// (a date's).
func (p *parser) asideOpen(c int) int {
	if !p.bracketAt(c, ")") {
		return -1
	}
	for o := c - 1; o >= 0; o-- {
		if p.bracketAt(o, "(") {
			return o
		}
		if p.els[o].strong() {
			return -1
		}
	}
	return -1
}

// dashAsideClose is the closing dash of an aside in dashes that element
// o opens, when the words of its stretch before it (from element from)
// have no figure of their own, or -1: "Since Operation Orochi – the name
// given to the Met's County Lines initiative – more than 800 lines have
// been shut down" (found.csv f1797). Words of another period that open
// such a stretch govern the clause the aside interrupts, as they do
// across a bracket ("Last year (provisional), officers arrested ...").
// An aside with a figure of its own ("Last year – when 30 were
// arrested – ...") or a dash with no second one is no such aside, and a
// figure before the dash ("Officers made 12 arrests last year – a record
// – and ...") keeps the stretch to itself.
func (p *parser) dashAsideClose(from, o int) int {
	if o <= from || o >= len(p.els) || p.els[o].kind != ePunct || p.els[o].fn != "–" || p.amountIn(from, o) {
		return -1
	}
	for c := o + 1; c < len(p.els); c++ {
		el := p.els[c]
		if el.kind == eAmount {
			return -1
		}
		if el.strong() {
			if el.fn != "–" || c == o+1 {
				return -1
			}
			return c
		}
	}
	return -1
}

// datedDay reports a weekday at element k followed by a bracket that
// holds only a date, the day's own: "On Monday (11 October), officers
// arrested 12 people" is one day, as "On Monday 11 October" is; the
// bracket is no aside the day's words stop at (review21 V9). The day
// opens its clause ("On Monday", after a strong break or at the start);
// a day inside a noun phrase ("The early morning operation on Tuesday
// (22 November) involved warrants ...", found.csv f1613) and a count up
// to a day ("By Monday (10 October) officers seized ...", f1556) stop
// at the bracket as before.
func (p *parser) datedDay(k int) bool {
	if k < 1 || k >= len(p.els) || !weekdays[p.toks[p.els[k].to-1].norm] {
		return false
	}
	if on := p.els[k-1]; on.kind != eFunc || on.fn != "prep" || k > 1 && !p.els[k-2].strong() {
		return false
	}
	o := p.els[k].to
	if o >= len(p.toks) || p.toks[o].text != "(" {
		return false
	}
	var d dayRef
	j, ok := p.dateAt(o+1, &d)
	return ok && j < len(p.toks) && p.toks[j].text == ")"
}

// asideClose is the closing bracket of the aside that element o opens,
// or -1.
func (p *parser) asideClose(o int) int {
	if !p.bracketAt(o, "(") {
		return -1
	}
	for c := o + 1; c < len(p.els); c++ {
		if p.bracketAt(c, ")") {
			return c
		}
		if p.els[c].strong() {
			return -1
		}
	}
	return -1
}

// bracketAt reports element k a bracket b, a sign or words it begins.
func (p *parser) bracketAt(k int, b string) bool {
	return k >= 0 && k < len(p.els) && p.toks[p.els[k].from].text == b
}

// scopeAll gives the scope s to each figure between elements from and
// to that has none.
func (p *parser) scopeAll(out []*mentionWords, s scope, from, to int) {
	for _, mw := range out {
		at := mw.m.el
		if at < 0 {
			// A thing named with no number seized in one day or a
			// part of the force's area was still seized in its week;
			// in another period, a wider area or by another force it
			// was not: "Nationally, heroin and cannabis were seized".
			if s.kind != scopePeriod && s.kind != scopeWider && s.kind != scopeOther && s.kind != scopeBody {
				continue
			}
			at = mw.m.start
		}
		if s.kind == scopeDay && (mw.m.running || mw.m.parentMW != nil && mw.m.parentMW.m.running) {
			continue // "Yesterday's arrests take the total this week to 33, including 5 women": the day is what took it there
		}
		if at >= from && at < to && mw.w.scope == nil {
			sc := s
			mw.w.scope = &sc
		}
	}
}

// trailing reports a scope at element k with nothing after it in its
// stretch (ending at element to) that could be governed apart from it:
// no figure and no verb ("... and closed 19 lines on Wednesday", "...
// by Wednesday").
func (p *parser) trailing(k, to int) bool {
	for j := k + 1; j < to; j++ {
		if el := p.els[j]; el.kind == eAmount || el.verbLike() || el.kind == eFunc && (el.fn == "aux" || el.fn == "coord" || el.fn == "rel" || el.fn == "part") {
			return false
		}
	}
	return true
}

// verbIn reports a verb or an auxiliary among elements [a, b).
func (p *parser) verbIn(a, b int) bool {
	for j := a; j < b; j++ {
		if el := p.els[j]; el.verbLike() || el.kind == eFunc && el.fn == "aux" {
			return true
		}
	}
	return false
}

// partsOwn reports a scope at element k said right after the figure of
// a part of the total before it ("including K", "K of them"), in the
// stretch starting at element a: "43 arrests, including 12 on Monday", "304 men were
// arrested, 48 of them on Monday", "... including 12 by Wednesday". The
// day is the part's, which has no words of its own for it to govern.
// After a part's own words ("including 19 knives on Wednesday") or
// another scope ("including 48 on Monday by Wednesday") it may be the
// whole sentence's.
func (p *parser) partsOwn(k, a int) bool {
	j := k - 1
	for j >= a && p.els[j].kind == eFunc && (p.els[j].fn == "prep" || p.els[j].fn == "pron" || p.els[j].fn == "part" && strings.EqualFold(p.raw(p.els[j].from, p.els[j].to), "of them")) {
		j-- // "on", "by", "as of", "of them"
	}
	if j < a || p.els[j].kind != eAmount {
		return false
	}
	// the figure is a part's: after "including", or "K of them"
	return j > 0 && p.els[j-1].kind == eFunc && p.els[j-1].fn == "part" || j+1 < k && p.els[j+1].fn == "part"
}

// runningTotal is "X take(s) the total (things) (this week) to N": N is
// a running total, the week's figure of its things only when its words
// say the week ("Yesterday's arrests take the total arrests this week to
// 33"). What took it there (the figures before its verb: "12 more
// arrests") is a part of it, and what it includes after it is a part of
// N, never the whole.
type runningTotal struct {
	verb  int   // the element of "take", "bring"
	nouns []int // the elements naming its things, between "total" and "to"
	week  bool  // its words say the week and nothing wider: "this week", "for the week"
	// weekNamed: its words name this week, maybe with a wider scope
	// ("the total regional arrests this week"): what took it there is
	// still a part of the week's
	weekNamed bool
	words     string
	amount    int // the element of N
}

// totalVerbs bring a running total to a figure.
var totalVerbs = map[string]bool{
	"take": true, "took": true, "taken": true, "taking": true,
	"bring": true, "brought": true, "bringing": true, "push": true, "pushed": true, "pushing": true,
}

// scopeAdjectives say whose or how wide a total is: "the total
// regional arrests", "the combined total". Before a running total's
// things they make it another total than the force's week.
var scopeAdjectives = map[string]bool{
	"regional": true, "national": true, "nationwide": true, "combined": true, "local": true, "force-wide": true,
	"countywide": true, "county-wide": true, "overall": true, "cumulative": true, "joint": true, "all": true,
}

// weekWords reports words that only name the week or its count:
// "this week", "for the week", "of action", "number of".
func weekWords(toks []token) bool {
	for _, t := range toks {
		switch strings.ToLower(t.text) {
		case "this", "the", "week", "for", "of", "action", "intensification", "number":
		default:
			return false
		}
	}
	return len(toks) > 0
}

// sharesThing reports elements that name what a running total's nouns
// name: "made 12 arrests" took "the total arrests" there, "seized 4
// knives" did not take "the total lines" there. Things are told by what
// they are when both name one (an object's metric, or the kind of an
// item: "knives" are weapons, as "the total weapons" are), else by what
// was done.
func (p *parser) sharesThing(ks []int, nouns []int) bool {
	things := func(ks []int) map[string]bool {
		out := map[string]bool{}
		for _, k := range ks {
			if p.els[k].kind != eLex {
				continue
			}
			for _, s := range p.els[k].e.senses {
				switch s.role {
				case rObject:
					out["m"+p.r.metrics[s.metric].Code] = true
					if kind := p.r.metrics[s.metric].ItemKind; kind != "" {
						out["k"+kind] = true
					}
				case rItem:
					out["k"+p.r.items[s.item].Kind] = true
				}
			}
		}
		return out
	}
	acts := func(ks []int) map[string]bool {
		out := map[string]bool{}
		for _, k := range ks {
			if p.els[k].kind == eLex {
				for _, s := range p.els[k].e.senses {
					if s.role == rAction {
						out["m"+p.r.metrics[s.metric].Code] = true
					}
				}
			}
		}
		return out
	}
	a, b := things(ks), things(nouns)
	if len(a) == 0 || len(b) == 0 {
		a, b = acts(ks), acts(nouns)
		for k := range things(ks) {
			a[k] = true
		}
		for k := range things(nouns) {
			b[k] = true
		}
	}
	for m := range a {
		if b[m] {
			return true
		}
	}
	return false
}

// runningTotals finds the running totals of the sentence whose words the
// lexicon did not already take as one changer ("brings the total to").
func (p *parser) runningTotals() map[int]runningTotal {
	var out map[int]runningTotal
	els := p.els
	for t := 1; t < len(els); t++ {
		if els[t].kind != eLex || !strings.EqualFold(p.text(els[t]), "total") {
			continue
		}
		v := t - 1
		if els[v].kind == eFunc && els[v].fn == "det" {
			v--
		}
		if v < 0 || !totalVerbs[p.toks[els[v].from].norm] || els[v].to-els[v].from != 1 {
			continue
		}
		rt := runningTotal{verb: v}
		k := t + 1
		// only its things, "number of" and the week may stand between
		// "total" and "to": "regional", "across the region", "since
		// Monday", "and last week" there is another total's scope
		plain := true
		for ; k < len(els) && !(els[k].kind == eFunc && p.word(k) == "to"); k++ {
			el := els[k]
			if el.kind == eAmount || el.strong() || el.kind == ePunct {
				break
			}
			switch {
			case el.kind == eLex && (el.hasRole(rObject) || el.hasRole(rAction) || el.hasRole(rItem) || el.hasRole(rModifier)) && !el.hasRole(rChanger) && !el.hasRole(rPeriod):
				rt.nouns = append(rt.nouns, k)
			case weekWords(p.toks[el.from:el.to]):
			case el.isAge() || el.hasRole(rPerson) && !el.hasRole(rChanger):
				// "the total suspects arrested", "people aged under 18"
			case el.kind == eLex && (onlyAllows(el.e) || neutralOnly(el.e)) && !scopeAdjectives[strings.ToLower(p.text(el))]:
				// "the total welfare visits carried out so far this
				// week", "the total separate charges"
			case el.kind == eFunc && el.fn == "prep" && el.to+1 < len(p.toks) && p.toks[el.to].is("the") && strings.ToLower(p.toks[el.to+1].text) == "week":
				// "during the week"
			default:
				plain = false
			}
		}
		if k+1 >= len(els) || els[k].kind != eFunc || p.word(k) != "to" || els[k+1].kind != eAmount {
			continue
		}
		for i := els[t].to; i < els[k].from; i++ {
			if strings.ToLower(p.toks[i].text) == "week" && !(i > 0 && p.toks[i-1].is("last", "previous", "a", "per", "each", "every")) {
				rt.week, rt.weekNamed = plain, true
			}
		}
		// the words after N are N's too: only the clause's end or its
		// parts may follow ("to 33 across the region" is the region's)
		if after := k + 2; after < len(els) && !(els[after].kind == ePunct || els[after].kind == eFunc && els[after].fn == "part") {
			rt.week = false
		}
		// "to 33, across the region", "to 33 - nationally": a bare
		// phrase after a comma or a dash, with no verb, figure or part
		// of its own, still says where or when N is
		if after := k + 2; after < len(els) && els[after].kind == ePunct && els[after].fn != "(" && p.bareAdjunct(after+1) {
			rt.week = false
		}
		rt.amount = k + 1
		rt.words = p.raw(els[v].from, els[k].to)
		if out == nil {
			out = map[int]runningTotal{}
		}
		out[k+1] = rt
	}
	return out
}

// placeAfterParts reports a place at element k that ends its sentence
// after the own words of the last part of a list ("seized weapons
// including air rifles and flick knives in Essex", "... such as heroin
// and cocaine across the region"): it may be the place of every figure
// before it, as a day there is (scoped), so it is read as a place
// though among the parts (found29 F2). After a part's number ("43
// arrests, including 12 in Medway", "including 7 women in the Medway
// area": TestPartVerbPlaceLaw) or inside a bracket ("45 (including 6
// men in Essex)") it is the part's alone (partNarrowed), as
// after a verb of the part's own ("including knives left by passengers at
// Stansted Airport", found.csv f1713).
func (p *parser) placeAfterParts(k int) bool {
	if k == 0 || p.els[k-1].kind == eAmount {
		return false
	}
	j := k - 1
	numbered := false
	for j >= 0 && !(p.els[j].kind == eFunc && p.els[j].fn == "part") {
		el := p.els[j]
		if el.kind == ePunct && el.fn == "(" || el.verbLike() || el.kind == eUnknown || el.kind == eFunc && (el.fn == "aux" || el.fn == "rel") {
			// "including knives left by passengers at Stansted
			// Airport": the place is what the part's own verb says
			return false
		}
		numbered = numbered || el.kind == eAmount
		j--
	}
	if j < 0 || j == k-1 {
		return false // "12 arrests, including in Medway": no part's words
	}
	to := k + 1
	for to < len(p.els) && !p.els[to].strong() {
		to++
	}
	last, kind := k, scopeNone
	for _, f := range []func(int) (scope, bool){p.placeScope, p.nationalScope} {
		if s, ok := f(k); ok {
			last, kind = p.scopeEnd(s), s.kind
			break
		}
	}
	if !p.trailing(last, to) {
		return false
	}
	// after a numbered part's words a part of the force's area may be
	// the last part's alone ("including 7 women in Medway":
	// TestPartVerbPlaceLaw); another force's area or a wider one cannot
	// be the force's either way, so it is the whole list's ("12 weapons
	// including 3 air rifles and 4 flick knives in Essex":
	// TestNumberedPartsPlaceLaw)
	return !numbered || kind == scopeOther || kind == scopeWider
}

// scopeEnd is the last element that holds the words of scope s, which
// may hold an "and" of their own ("in Essex and London").
func (p *parser) scopeEnd(s scope) int {
	end := p.toks[p.els[s.el].from].start + len(s.words)
	last := s.el
	for last+1 < len(p.els) && p.toks[p.els[last+1].from].start < end {
		last++
	}
	return last
}

// segment is the part of the stretch [from, to) around element k: up to
// a comma, an "including", or an "and"/"but" that opens a clause of its
// own ("and on Tuesday", "and the busiest day", "and will continue").
func (p *parser) segment(k, from, to int) (int, int) {
	edge := func(j int) bool {
		el := p.els[j]
		if el.kind == ePunct && el.fn == "," || el.kind == eFunc && el.fn == "part" {
			return true
		}
		if el.kind == eFunc && el.fn == "coord" && j+1 < len(p.els) {
			n := p.els[j+1]
			return n.kind == eFunc && (n.fn == "det" || n.fn == "pron" || n.fn == "prep" || n.fn == "aux")
		}
		return false
	}
	a, b := k, k+1
	for a > from && !edge(a-1) {
		a--
	}
	for b < to && !edge(b) {
		b++
	}
	return a, b
}

// figureAfter reports a number at or after element j before the
// sentence's next strong stop ("a" before a noun is none).
func (p *parser) figureAfter(j int) bool {
	for ; j < len(p.els) && !p.els[j].strong(); j++ {
		if p.els[j].kind == eAmount && !p.els[j].amt.num.article {
			return true
		}
	}
	return false
}

// otherNamedAfter reports another force than the text's, or another
// body, named at or after element j before the sentence's next strong
// stop ("in a joint operation with Essex Police", "with the NCA").
func (p *parser) otherNamedAfter(j int) bool {
	to := len(p.toks)
	for k := j; k < len(p.els); k++ {
		if p.els[k].strong() {
			to = p.els[k].from
			break
		}
	}
	for i := p.els[min(j, len(p.els)-1)].from; i < to; i++ {
		if code, _ := p.forceAt(i); code != "" && code != p.force {
			return true
		}
		if kind, _ := p.actorAt(i); kind == actorBody {
			return true
		}
	}
	return false
}

// figureBefore reports a figure before element a in its clause: no
// strong sign between.
func (p *parser) figureBefore(a int) bool {
	for k := a - 1; k >= 0; k-- {
		if p.els[k].strong() {
			return false
		}
		if p.els[k].kind == eAmount {
			return true
		}
	}
	return false
}

// bareAdjunct reports words from element j to the next punctuation that
// hang on the figure before them: no verb, figure, "and" or part of
// their own ("across the region", "in Medway", "in the previous week").
func (p *parser) bareAdjunct(j int) bool {
	e := j
	for ; e < len(p.els) && p.els[e].kind != ePunct; e++ {
		el := p.els[e]
		if el.verbLike() || el.kind == eAmount || el.kind == eFunc && (el.fn == "aux" || el.fn == "part" || el.fn == "coord" || el.fn == "rel") {
			return false
		}
	}
	return e > j
}

// timeOrders put what they govern before or after the time of their
// object: "before the week of action", "in the run-up to the week".
var timeOrders = [][]string{
	{"before"}, {"after"}, {"ahead", "of"}, {"following"}, {"prior", "to"}, {"in", "advance", "of"},
	{"in", "the", "run", "up", "to"}, {"in", "the", "lead", "up", "to"}, {"during", "the", "run", "up", "to"},
	{"during", "the", "lead", "up", "to"}, {"the", "run", "up", "to"}, {"the", "lead", "up", "to"},
}

// weekHeads name the operation's week or the operation itself as the
// object of a time order.
var weekHeads = map[string]bool{"week": true, "operation": true, "crackdown": true, "campaign": true, "intensification": true}

// seasons name a part of the year: another, longer period than a week's.
var seasons = map[string]bool{"summer": true, "winter": true, "spring": true, "autumn": true}

// otherSide is the end of words from token i that put a figure outside
// the operation's week, or i if none begin there: a time order whose
// object is the week or the operation ("Before the week of action",
// "After the operation", "In the run-up to the week"), or a season
// ("Over the summer", "this winter"). "After a raid", "before noon",
// "during the week of action", "over the week" are none.
func (p *parser) otherSide(i int) int {
	toks := p.toks
	if i+1 < len(toks) && toks[i].is("the", "this", "last", "over", "in", "during", "throughout", "across", "since") && seasons[toks[i+1].norm] && strings.ToLower(toks[i+1].text) == toks[i+1].norm {
		return i + 2
	}
	for _, o := range timeOrders {
		j := i
		for _, w := range o {
			if j >= len(toks) || !toks[j].is(w) {
				j = -1
				break
			}
			j++
		}
		if j < 0 || j >= len(toks) || !toks[j].is("the", "this", "its", "our", "their") {
			continue
		}
		for e := j + 1; e < len(toks) && e <= j+4 && toks[e].kind == tWord; e++ {
			if weekHeads[toks[e].norm] && !pluralTok(toks[e]) {
				return e + 1
			}
			if funcWords[toks[e].norm] != "" {
				break
			}
		}
	}
	return i
}

// soFar reports "so far" at token i of prose that says the week is not
// over: before "this week" ("Officers arrested 12 people so far this
// week", "So far this week, ..."), outside a running total's words
// ("take the total arrests so far this week to 33" gives the week's),
// or closing the sentence after its figures ("Officers arrested 12
// people and seized 5 knives, so far.", "... 12 people so far.",
// closing21 item 10).
func (p *parser) soFar(i int) bool {
	toks := p.toks
	if i+3 < len(toks) && toks[i+2].is("this") && toks[i+3].is("week") {
		return !slices.ContainsFunc(toks[:i], func(t token) bool { return t.is("total") })
	}
	return i > 0 && endsText(toks[i+2:])
}

// sinceEnd is the token after the words that "since" at element k
// counts from: its start ("since January 2020", "since being set up in
// 2019", "since the Taskforce began"), up to a sign, a figure, a verb
// of the catalogue, a doer ("Since January officers have arrested",
// "since January by police") or a grammar word that joins or opens
// another part of the sentence, at most eight words.
func (p *parser) sinceEnd(k int) int {
	end, content := p.els[k].to, false
	for j := k + 1; j < len(p.els) && p.els[j].to-p.els[k].to <= 8; j++ {
		el := p.els[j]
		last := p.toks[el.to-1]
		month := modals[p.toks[el.from].norm] && !modal(p.toks[el.from]) // "since May 2014"
		subject := j+1 < len(p.els) && (p.els[j+1].kind == eFunc && p.els[j+1].fn == "aux" || p.els[j+1].verbLike())
		switch {
		case el.kind == eUnknown && subject && content, p.toks[el.from].is("by"):
			return end // "Since January officers have arrested", "by police"
		case el.kind == ePunct, el.kind == eAmount, el.verbLike(), last.kind != tWord && last.kind != tNum,
			el.kind == eFunc && el.fn != "prep" && el.fn != "det" && el.fn != "of" && !(j == k+1 && p.toks[el.from].is("being")) && !month:
			return end
		}
		end, content = el.to, content || el.kind != eFunc
	}
	return end
}
