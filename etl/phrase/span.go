package phrase

import (
	"strconv"
	"strings"

	"github.com/countylines/countylines/etl"
)

// A stretch of time said of a figure ("over two weeks", "in a month",
// "within 24 hours", "Over the course of a fortnight", "in just over a
// week", "during 14 days of action") is read by one
// reader, from the words.csv words of role stretch: the prepositions of
// when (meaning when), the words between one and the stretch ("the
// space of", "the course of", "a period of": frame), words that leave
// its length as said ("just", "only", "little": just), a count back
// from the writing ("past", "last", "previous": back), a count said as
// a word ("several", "a few", "a couple of": some), the units and
// their hours ("fortnight": hours=336), the nouns a length names as a
// stretch ("period", "window": noun), what a stretch "of" makes an
// operation ("action", "intensification": action), words that leave
// the length whole ("the whole month", "a single day": whole), words
// that make the stretch another than the week whatever its length
// ("the following week", "the festive period", "the week before":
// other) and spans named by their season or their place in the
// calendar ("the quarter", "half term", "over Christmas": season). A
// bound on the length ("more than", "under", "about") is a hedge of
// words.csv.

// weekHours is the length of the operation's week.
const weekHours = 168

// stretch is a stretch of time read at a token.
type stretch struct {
	from, to int     // its tokens
	when     bool    // after a preposition of when
	hours    float64 // its length; 0 when its count is not said ("several weeks")
	unit     float64 // the hours of its unit: 24 for days
	bound    bool    // a hedge bounds it: "more than a week", "in under two weeks"
	less     bool    // the bound is an upper one: "under", "less than", "nearly"
	the      bool    // "the two days": a stretch the text has spoken of
	named    bool    // a thing that long: "a two-day operation", "a month-long investigation"
	thing    int     // the token of that thing when named: "operation"
	action   bool    // "of action": an operation of its own
	other    bool    // another stretch than the week, whatever its length: "the following week", "the festive period"
}

// stretchWord is the words.csv stretch word at token j, its meaning and
// how many tokens it takes (the longest of up to three); "" when none.
func (r *Reader) stretchWord(toks []token, j int) (string, int) {
	for n := min(3, len(toks)-j); n >= 1; n-- {
		ws := make([]string, 0, n)
		for _, t := range toks[j : j+n] {
			if t.kind != tWord {
				break
			}
			ws = append(ws, t.norm)
		}
		if len(ws) < n {
			continue
		}
		if m, ok := r.stretch[strings.Join(ws, " ")]; ok {
			return m, n
		}
	}
	return "", 0
}

// unitHours reports a unit of time at token j and its hours: "week" 168.
func (r *Reader) unitHours(toks []token, j int) (float64, bool) {
	if j >= len(toks) || toks[j].kind != tWord {
		return 0, false
	}
	m, ok := r.stretch[toks[j].norm]
	h, found := strings.CutPrefix(m, "hours=")
	if !ok || !found {
		return 0, false
	}
	v, err := strconv.ParseFloat(h, 64)
	return v, err == nil
}

// readStretch reads a stretch of time at token i: a preposition of
// when, a frame, bounds, then its length (lengthAt). ok is false when
// none stands there.
func (p *parser) readStretch(i int) (stretch, bool) {
	r, toks := p.r, p.toks
	s := stretch{from: i}
	j := i
	m, n := r.stretchWord(toks, j)
	if m != "when" {
		return s, false
	}
	s.when = true
	j += n
	if m, n := r.stretchWord(toks, j); m == "frame" {
		j += n // "in the space of", "over the course of"
	}
	for j < len(toks) {
		if m, n := r.stretchWord(toks, j); m == "just" {
			j += n // "in just over", "in little over"
			continue
		}
		words := j // the hedge's words end before a number: "under 18" is no age here
		for words < len(toks) && toks[words].kind != tNum {
			words++
		}
		if e, n := r.lex.match(toks[:words], j); n > 0 && e.has(rHedge) {
			h, _ := e.first(rHedge)
			s.bound = true
			s.less = h.q == etl.LessThan || h.q == etl.UpTo
			j += n // "in more than", "in under", "over about"
			continue
		}
		break
	}
	end, ok := p.lengthAt(&s, j)
	if !ok {
		return s, false
	}
	s.to = end
	return s, true
}

// lengthAt reads the length of a stretch of time at token j into s and
// returns the token after it: an article, "the" or a count back ("the
// past"), a count (digits, words, "a couple of", "several"), a unit
// ("days", "a fortnight", "the month"), then a noun the length names as
// a stretch or as a thing that long ("a two-week period", "a 12-month
// investigation", "a month-long operation") and "of action".
// "one 24-hour period" is one stretch of 24 hours.
func (p *parser) lengthAt(s *stretch, j int) (int, bool) {
	r, toks := p.r, p.toks
	if j < len(toks) && toks[j].is("the", "that", "this") {
		s.the = true
		j++
	}
	if m, n := r.stretchWord(toks, j); m == "back" {
		j += n // "the past two weeks": a count back from the writing
	}
	season := false // "the quarter", "half term", "the Christmas period"
	for j < len(toks) {
		m, n := r.stretchWord(toks, j)
		switch m {
		case "whole":
			j += n // "the whole month", "the full seven days"
			continue
		case "other", "season":
			s.other = true // "the following week", "the festive period"
			season = season || m == "season"
			j += n
			continue
		}
		break
	}
	count := 0.0 // not said: "several weeks", "the weeks"
	some := false
	if m, n := r.stretchWord(toks, j); m == "some" {
		some = true
		j += n
	} else if n, ok := readNumber(toks, j, false); ok {
		count = n.value
		if n.article {
			count = 1
		}
		j = n.to
		if m, k := r.stretchWord(toks, j); m == "whole" {
			j += k // "a single day", "an entire fortnight"
		}
		if f, k := andFraction(toks, j, count, true); k > j && !n.article {
			count, j = count+f, k // "two and a half weeks"
		}
		// "one 24-hour period", "a 12-month period", "a three week
		// spell": the length is the second number's
		if m, ok := readNumber(toks, j, false); ok && !m.article && count == 1 && m.to < len(toks) && (toks[m.to].glued || n.article) {
			if _, unit := r.unitHours(toks, m.to); unit {
				n, count, j = m, m.value, m.to
			}
		}
		if toks[n.from].kind == tNum && yearNumber(toks[n.from]) {
			return j, false // "the 2021 week of action": a year's name
		}
	} else if !s.the && !season && (j >= len(toks) || !plural(toks[j])) {
		return j, false // "in week 2": no count, no "the", no plural
	}
	for {
		if m, n := r.stretchWord(toks, j); m != "action" || n == 0 || count == 0 {
			break
		}
		j++ // "the two intensification weeks"
	}
	unit, ok := r.unitHours(toks, j)
	if !ok && s.other {
		// a span named by its season, or another one named as a
		// stretch: "over the quarter", "over half term", "the
		// festive period", "the Christmas period"
		if m, n := r.stretchWord(toks, j); m == "noun" {
			return j + n, true
		}
		return j, season
	}
	if !ok {
		return j, false
	}
	u := toks[j]
	if u.is("year", "yr") && !pluralTok(u) && j+1 < len(toks) && toks[j+1].kind == tNum && (yearNumber(toks[j+1]) || toks[j+1].num <= 13) {
		return j, false // "in Year 9", "the year 2020": a school year, a year's name
	}
	if count == 0 && !some && !s.the && unit < weekHours {
		return j, false // "and within hours seized 48 knives": soon after, no length
	}
	s.unit = unit
	s.hours = count * unit
	if count == 0 && !plural(u) && s.the {
		s.hours = unit // "the month", "the week"
	}
	k := j + 1
	// a length said as a word of a thing: "a two-week period", "a
	// 12-month investigation", "a three year spell", "a month-long
	// operation"
	adjective := u.glued || count > 1 && !pluralTok(u)
	if k < len(toks) && toks[k].is("long") && toks[k].glued {
		adjective = true
		k++
	}
	if k < len(toks) && toks[k].kind == tWord {
		if m, n := r.stretchWord(toks, k); m == "noun" && !pluralTok(toks[k]) {
			k += n
		} else if adjective && funcWords[toks[k].norm] == "" {
			s.named, s.thing = true, k
			k++
		}
	}
	if k+1 < len(toks) && toks[k].is("of") {
		if m, n := r.stretchWord(toks, k+1); m == "action" {
			s.action = true
			k += 1 + n
		}
	}
	if f, e := andFraction(toks, k, max(count, 1), true); e > k && (count > 0 || s.the) {
		s.hours += f * unit // "a week and a half"
		k = e
	}
	if m, n := r.stretchWord(toks, k); m == "other" && s.the && k == j+1 {
		s.other = true // "the week before", "the month after"
		k += n
	}
	return k, true
}

// spanOf reports a stretch of time at token i that is not the week
// (review23 R20, review24 V4), the token after it and the kind of scope
// it gives. The week is a stretch of seven days exactly: "over the
// seven days", "in one week", "during the week of action", "over a
// 7-day period", "over the past seven days". A shorter one is a part of
// the week (scopeDay): "across 2 days", "within 24 hours", "in under a
// week", "over the weekend"; but not hours or days "of
// action" ("Over 24 hours of action": an operation of its own), days an
// operation of that length ran ("during a two-day operation", "in a
// five-day operation from 9 to 15 October"), days the text has spoken
// of ("across the two days") or days said beside the week ("in just
// five days this week"): the week's action, as the labels of real
// releases read them (found.csv f970, f1095, f1617, f2125). A longer one,
// or one bounded above the week, is another period (scopePeriod): "Over
// two weeks", "over 10 days", "in a fortnight", "over the month",
// "throughout the year", "in more than a week", "over the course of a
// month", "during two weeks of action", "during a 12-month
// investigation", "for two weeks running" ("Two weeks ago" is another
// period by the words.csv changer "ago", as "earlier" is). A stretch
// opening the sentence with no preposition ("A two-week operation saw
// 45 arrests") names the operation and is left alone.
func (p *parser) spanOf(i int) (int, scopeKind) {
	s, ok := p.readStretch(i)
	if !ok {
		return i, scopeNone
	}
	if kind := p.stretchKind(s); kind != scopeNone {
		return s.to, kind
	}
	return i, scopeNone
}

// stretchKind is the kind of scope a stretch gives its figures:
// scopeNone for the week, scopePeriod for a longer or another one,
// scopeDay for a part of the week (spanOf).
func (p *parser) stretchKind(s stretch) scopeKind {
	if s.other {
		return scopePeriod
	}
	if s.hours == weekHours && !s.bound {
		return scopeNone
	}
	shorter := s.hours > 0 && s.hours < weekHours || s.hours == 0 && s.unit < weekHours || s.bound && s.less && s.hours <= weekHours
	if !shorter {
		return scopePeriod
	}
	switch {
	case s.action:
		return scopeNone
	case s.unit == 24 && !s.bound && (s.named || s.the || p.namesWeek()):
		return scopeNone
	}
	return scopeDay
}

// spanSubject reports a stretch of time that opens a release's sentence
// as the subject of a verb telling what it brought (words.csv stretch
// words of meaning yield: "The month saw 12 arrests", "A two-week
// operation has seen 12 arrests", "October resulted in 12 arrests"),
// the token after it and the scope it gives, as spanOf does for one
// after a preposition of when. A month by its name is another period;
// the week ("The week of action saw") and an operation with no length
// ("The operation saw") give none. Up to eight words may stand between
// the stretch and its verb ("The month-long operation in Kent saw"),
// but no number or stop.
func (p *parser) spanSubject(i int) (int, scopeKind) {
	toks := p.toks
	if i != 0 || p.cell || i >= len(toks) {
		return i, scopeNone
	}
	var s stretch
	e, ok := p.lengthAt(&s, i)
	kind := scopePeriod // "October saw"
	switch {
	case ok && s.named && !s.other && p.stretchKind(s) == scopeDay && p.operationNamed(s.thing):
		// "A 24-hour operation saw 304 arrests": the operation, as "A
		// day of action" is; "A 10-hour raid saw 12 arrests", "A
		// 12-hour shift saw ..." are one raid's, one shift's: a part
		// of the week
		return i, scopeNone
	case ok && s.named && !s.other && !s.bound && !s.action && s.hours > 0 && s.hours < weekHours && p.stretchKind(s) == scopeNone && !p.operationNamed(s.thing):
		// "A two-day raid saw 12 arrests", "A three-day crackdown in
		// Dover ...": days of one raid or another thing than the
		// operation, a part of the week, as "A 48-hour raid" is
		// (drafts27); "A two-day operation" stays the operation's
		kind = scopeDay
	case ok:
		kind = p.stretchKind(s)
	case toks[i].kind == tWord && months[toks[i].norm]:
		e = i + 1
	case toks[i].kind == tNum && yearNumber(toks[i]):
		e = i + 1 // "2021 has seen 12 arrests" (review26 W6)
		if e+1 < len(toks) && isQuote([]rune(toks[e].text)[0]) && toks[e+1].text == "s" {
			e += 2 // "2020's week of action"
		}
	default:
		return i, scopeNone
	}
	if kind == scopeNone {
		return i, scopeNone
	}
	for k := e; k < len(toks) && k < e+8; k++ {
		if toks[k].kind != tWord {
			break
		}
		if (toks[k].text == "week" || toks[k].text == "Week") && p.ownsNext(e, k) {
			// "October's week of action saw 12 arrests": the week's
			// own name, the month says which week (review26 W5; a
			// month the week is not in is otherMonth's); another
			// year's ("2020's week of action saw") is another week.
			// Only straight after the subject and its "'s": "The month
			// including the week of action saw 120 arrests", "October
			// and the week of action saw" are the longer stretch's
			// (reread27 P1)
			if toks[i].kind == tNum && !p.weeksYear(toks[i]) {
				return e, scopePeriod
			}
			return i, scopeNone
		}
		if m, n := p.r.stretchWord(toks, k); m == "yield" {
			if p.weekAfter(k + n) {
				return i, scopeNone
			}
			return e, kind
		}
	}
	return i, scopeNone
}

// weekAfter reports the week said as when, after a subject's verb of
// what it brought and in its clause (no sign between): "A month of
// planning led to 12 arrests during the week of action", "Months of
// work led to 12 arrests this week" (review26 W5): the figure is the
// week's, the subject stretch what led to it. After a comma ("The
// month saw 120 arrests, 12 of them during the week of action") it is
// a part's.
//
// The week must be said of the clause's one figure and end the clause:
// with a second number before it ("The month saw 120 arrests and 12
// during the week of action", "... including 12 this week"), words after
// it ("throughout the week of action and beyond"), or a bound before it
// ("up to this week", "by this week": a running count) the subject's
// stretch stays the figure's (review27 W12).
func (p *parser) weekAfter(j int) bool {
	toks := p.toks
	nums := 0
	for ; j < len(toks) && toks[j].kind != tPunct; j++ {
		if toks[j].kind == tNum {
			nums++
		}
		end := -1
		if s, ok := p.readStretch(j); ok && !s.other && !s.bound && s.hours == weekHours && p.stretchKind(s) == scopeNone {
			end = s.to
		} else if toks[j].is("this") && j+1 < len(toks) && toks[j+1].text == "week" {
			end = j + 2
		}
		if end < 0 {
			continue
		}
		closes := end >= len(toks) || toks[end].kind == tPunct
		bounded := j > 0 && toks[j-1].is("to", "by", "until", "till", "including", "and")
		return nums == 1 && closes && !bounded
	}
	return false
}

// operationNamed reports the thing a stretch names as that long, at
// token k, to be an operation (words.csv stretch meaning operation:
// "operation", "crackdown"; or action: "intensification"), it or a word
// of its name up to the verb ("a 24-hour police operation", "a 48-hour
// multi-agency county lines operation", "a 12-hour drugs and weapons
// operation": its name may run over "and" and a hyphen, not over
// another function word, a sign or the verb; review27 W2).
func (p *parser) operationNamed(k int) bool {
	toks := p.toks
	for j := k; j < len(toks); j++ {
		t := toks[j]
		if t.kind != tWord {
			if t.text == "-" && j > k && t.glued {
				continue // "multi-agency"
			}
			break
		}
		if fw := funcWords[t.norm]; fw != "" && !(t.is("and") && j > k) {
			break
		}
		m, _ := p.r.stretchWord(toks, j)
		if m == "operation" || m == "action" {
			return true // "a 24-hour intensification"
		}
		if m == "yield" {
			break
		}
	}
	return false
}

// bareStretch reports another stretch than the week ("the following
// week", "the next week", "the week after", "the previous month")
// said with no preposition of when, opening a clause: at the
// sentence's start or after a comma, a semicolon, "and", "then" or
// "but". It returns the token after it, i when none. "The week",
// "that week", "the same week" are the week's own.
func (p *parser) bareStretch(i int) int {
	toks := p.toks
	if p.cell || i >= len(toks) || !toks[i].is("the") {
		return i
	}
	var s stretch
	e, ok := p.lengthAt(&s, i)
	if !ok || !s.other {
		return i
	}
	if i > 0 && !toks[i-1].is(",", ";", "and", "then", "but", "–") && !p.closesClause(e) {
		return i
	}
	return e
}

// closesClause reports token e ends a clause: the words' end, or a
// stop, comma or semicolon ("... and seized 5 knives the week after.").
func (p *parser) closesClause(e int) bool {
	return e >= len(p.toks) || p.toks[e].is(".", ",", ";", "!", "?")
}

// spanEnd is the token after spanOf's stretch at token i, i when none.
func (p *parser) spanEnd(i int) int {
	e, _ := p.spanOf(i)
	return e
}

// hoursSpan reports a stretch of hours shorter than the week at token j
// (its length only, as lengthAt reads it: "24 hours", "48 hrs", "a
// 24-hour period", "one 24-hour window"), and the token after it (j
// when none). Hours "of action" are an operation of their own, as "one
// day of action" is.
func (p *parser) hoursSpan(j int) int {
	var s stretch
	e, ok := p.lengthAt(&s, j)
	if !ok || s.unit != 1 || s.hours <= 0 || s.hours >= weekHours || s.action || s.the || s.named || s.other {
		return j
	}
	return e
}

// spanSubjectEnd is the token after spanSubject's stretch at token i, i
// when none.
// ownsNext reports token k straight after the subject ending before
// token e, or after its possessive "'s" ("October's week").
func (p *parser) ownsNext(e, k int) bool {
	toks := p.toks
	if k == e {
		return true
	}
	return k == e+2 && isQuote([]rune(toks[e].text)[0]) && toks[e+1].text == "s"
}

func (p *parser) spanSubjectEnd(i int) int {
	e, _ := p.spanSubject(i)
	return e
}
