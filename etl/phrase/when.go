package phrase

import (
	"strconv"
	"strings"

	"github.com/countylines/countylines/etl"
)

// Numbers that are no figure: an age ("aged 24 and 31", "a 17-year-old"),
// a span of time ("over 7 days", "a 24-hour period", "two weeks"), a clock
// time ("10pm"), or a date ("10 and 16 October", "October 10-16"). A
// release is full of them, and each one read as a count would be a wrong
// number.

// timeWords after a number make it a span or a time of day.
var timeWords = map[string]bool{
	"second": true, "minute": true, "min": true, "hour": true, "hr": true, "day": true, "night": true,
	"week": true, "wk": true, "weekend": true, "fortnight": true, "month": true, "year": true, "yr": true,
	"am": true, "pm": true, "oclock": true, "decade": true, "century": true,
}

// spanKind says what a stretch of numbers that is no figure is.
type spanKind uint8

const (
	spanNone spanKind = iota
	spanAge           // "aged 24 and 31": says who, the figure's words read through it
	spanWho           // "aged over 15", "Year 9": says who, but not whether under 18
	spanTime          // "over 7 days", "10pm": says when, it ends the figure's words
)

// ageAfterPeople is the end of a hedge and a number straight after a
// word for people, with no noun of their own ("12 men under 25", "12
// women over 30 were arrested"): the people's age, no count; i if none.
// Not "under 18", a phrase of the lexicon's read before it.
func (r *Reader) ageAfterPeople(toks []token, i int) int {
	if i == 0 || !toks[i].is("under", "over", "above", "below") {
		return i
	}
	if pe, pn := r.lex.match(toks, i-1); pn != 1 || !pe.has(rPerson) && !pe.has(rFacet) {
		return i
	}
	n, ok := readNumber(toks, i+1, false)
	if !ok || n.article || n.value > 100 || n.value != float64(int(n.value)) {
		return i
	}
	if r.lex.all[toks[i].norm+" "+strconv.Itoa(int(n.value))] != nil {
		return i // "under eighteen": the lexicon's "under 18", in words
	}
	if n.to < len(toks) && toks[n.to].kind == tWord && funcWords[toks[n.to].norm] == "" {
		return i // "12 men over 3 days", "over 30 arrests"
	}
	return n.to
}

// notFigure reads an age, a span of time or a clock time that starts at
// toks[i], and returns what it is and where it ends.
func (r *Reader) notFigure(toks []token, i int) (spanKind, int) {
	t := toks[i]
	// "aged 24 and 31", "aged between 14 and 17", "ages of 15 to 17"
	if t.is("aged", "age") {
		j := i + 1
		if t.is("age") {
			if j >= len(toks) || !toks[j].is("of") {
				return spanNone, i
			}
			j++
		}
		older := false
		if j < len(toks) && toks[j].is("between", "from") {
			j++
		} else if e, n := r.lex.match(toks, j); n > 0 && e.has(rHedge) && !containsNum(toks[j:j+n]) {
			s, _ := e.first(rHedge)
			older = s.q != etl.LessThan && s.q != etl.UpTo
			j += n // "aged over 25"
		}
		if end, ok := numberList(toks, j); ok {
			end = yearsOld(toks, end)
			if older {
				return spanWho, end
			}
			return spanAge, end
		}
		return spanNone, i
	}
	// "Year 9 pupils", "years 10 and 11", "Key Stage 3": a school year
	// says who, like an age.
	if t.is("year", "yr", "stage") && i+1 < len(toks) && toks[i+1].kind == tNum && toks[i+1].num <= 13 {
		if end, ok := numberList(toks, i+1); ok {
			return spanWho, end
		}
	}
	// "a 17-year-old", "two 16 year olds", "aged 15 years"
	j := i
	if e, n := r.lex.match(toks, j); n > 0 && e.has(rHedge) && !containsNum(toks[j:j+n]) {
		j += n // "over 7 days", "almost two weeks"
	}
	n, ok := readNumber(toks, j, false)
	if !ok || n.article {
		return spanNone, i
	}
	k := n.to
	// "7-10 days", "two or three weeks"
	if end, ok := numberList(toks, j); ok {
		k = end
	}
	if k >= len(toks) {
		return spanNone, i
	}
	if end := yearsOld(toks, k); end > k {
		return spanAge, end
	}
	// "one 24-hour period", "two 12-hour shifts": a count of stretches
	// of time said as one word ("24-hour") is a span of time too
	if toks[k].kind == tNum && !toks[k].glued {
		if kind, end := r.notFigure(toks, k); kind == spanTime && end-1 > k && toks[end-1].glued {
			return spanTime, end
		}
	}
	if timeWords[toks[k].norm] && !(toks[k].is("year", "yr") && k+1 < len(toks) && toks[k+1].kind == tNum) {
		return spanTime, k + 1 // but "300 Year 9 pupils" is pupils of a school year
	}
	return spanNone, i
}

// numberList reads numbers joined by "and", "to", "or", a comma or a
// hyphen from toks[j]: "24 and 31", "14-17", "15, 16 and 17". It ends
// after the last number.
func numberList(toks []token, j int) (int, bool) {
	n, ok := readNumber(toks, j, false)
	if !ok || n.article {
		return j, false
	}
	end := n.to
	for end < len(toks) {
		k := end
		if toks[k].is("and", "to", "or", ",", "–") {
			k++
		} else if !(toks[k].kind == tNum && toks[k].glued) {
			break
		}
		m, ok := readNumber(toks, k, false)
		if !ok || m.article {
			break
		}
		end = m.to
	}
	return end, true
}

// yearsOld reads "year old", "years old", "-year-olds" at toks[k].
func yearsOld(toks []token, k int) int {
	if k+1 < len(toks) && toks[k].is("year", "yr") && toks[k+1].is("old") {
		return k + 2
	}
	return k
}

// dateNumber reports a number that is part of a date or a range of dates:
// a day or year beside a month ("12 October", "October 2021"), the first
// day of a range ("10 and 16 October", "10-16 October"), the last day of
// one ("October 10-16", "October 10 to 16"), digits in "11/10/2021".
func dateNumber(toks []token, i int) bool {
	if isDate(toks, i) {
		return true
	}
	month := func(k int) bool { return k >= 0 && k < len(toks) && months[toks[k].norm] }
	num := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].kind == tNum }
	joiner := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].is("and", "to", "–", "until", "till") }
	// "10 and 16 October", "10-16 October"
	if joiner(i+1) && num(i+2) && month(i+3) || num(i+1) && toks[i+1].glued && month(i+2) {
		return true
	}
	// "October 10 to 16", "October 10-16"
	if joiner(i-1) && num(i-2) && month(i-3) || num(i-1) && toks[i].glued && month(i-2) {
		return true
	}
	return false
}

// pluralNumber reports digits written as a plural: "the 1990s", "in
// their 20s". The plural of a number is never a count.
func pluralNumber(t token) bool {
	return t.kind == tNum && strings.HasSuffix(strings.ToLower(t.text), "s") && !t.ordinal
}

// maxAge is the oldest age a span names; 0 if it names none. An age
// said as a bound below ("aged under 18", "aged below eighteen", "aged
// less than 18") names ages under its number, not the number itself.
func (r *Reader) maxAge(toks []token) float64 {
	max, below := 0.0, false
	for j := 0; j < len(toks); j++ {
		if e, n := r.lex.match(toks, j); n > 0 && e.has(rHedge) && !containsNum(toks[j:j+n]) {
			s, _ := e.first(rHedge)
			below = s.q == etl.LessThan
			j += n - 1
			continue
		}
		if n, ok := readNumber(toks, j, false); ok && !n.article {
			v := n.value
			if below {
				v -= 0.5
			}
			if v > max {
				max = v
			}
			j = n.to - 1
		}
		below = false
	}
	return max
}

// longSpan reports a span of months or years ("five months", "the past
// two years", "12 months"), said in the plural: figures said in its sentence are that span's,
// not the week's. Weeks and days are not: a release may report a week of
// action run over two ("12 County Lines thanks to two weeks of activity").
func longSpan(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	// plural, as a stretch of time is said: "a 12-month investigation"
	// names a thing, not when the figures were
	last := strings.ToLower(toks[len(toks)-1].text)
	switch strings.TrimSuffix(last, "s") {
	case "month", "year", "yr", "decade":
		return strings.HasSuffix(last, "s")
	case "centurie":
		return true
	}
	return false
}

// periodOf reports a time element that is a length of months or years
// said of a stretch of time ("over the two-year period", "across a
// 12-month period", found.csv f1761): figures said in its sentence are
// that stretch's, as "over the past two years" makes them. Said of a
// thing ("a two-year investigation", "a 12-month operation") it says
// how long the thing ran, not when the figures were; a length of days
// or weeks ("across a seven-day period", found.csv f1070) may be the
// week's own.
func (p *parser) periodOf(el elem) bool {
	if el.to >= len(p.toks) || p.r.stretch[p.toks[el.to].norm] != "noun" || pluralTok(p.toks[el.to]) {
		return false
	}
	last := strings.ToLower(p.toks[el.to-1].text)
	return last == "month" || last == "year" || last == "yr" || last == "decade"
}
