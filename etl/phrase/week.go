package phrase

import (
	"slices"
	"strings"
	"time"
)

// The return's own week. A return's value cell is the force's figure
// for its operation's week; words after the figure that name that week
// by its own days or dates ("43 as at 17/10/2021", "43 from Monday until
// Sunday", "43 as at Sunday 17 October") or by the return's own name
// for its operation ("43 during Operation Orochi") say only that, and
// the figure loads. The same words naming other days do not: a count up
// to a day that is not the week's last is a running count of part of it
// ("43 as at Wednesday"), "the week up to Wednesday" is another seven
// days, a date outside the week another period, a day after "from" or
// "since" with no end the start of a running count, another operation
// another's figure. Only a return's cell knows its week (Context.Week,
// from the operation the extractor found); prose and a cell of a return
// whose week is not known keep the older rule (scope.go: a day that
// bounds "the week" ends it, any other counts up to it).

// Week is the return's own week, as the extractor found it: the first
// and last days of its operation, and the names the return and the
// catalogue give the operation ("Operation Orochi", "County lines
// intensification week October 2021"). The zero Week is not known.
type Week struct {
	From, To time.Time
	Names    []string
}

// known reports a week with its days.
func (w Week) known() bool { return !w.From.IsZero() && !w.To.IsZero() && !w.To.Before(w.From) }

// dayRef is a day as a text names it: a weekday, a date, or both
// ("Sunday", "17/10/2021", "Sunday 17 October", "the 17th of October
// 2021"); fields not given are -1 or 0.
type dayRef struct {
	weekday         int // time.Weekday, -1 if not named
	day, month, yer int // 0 if not named
}

// is reports the day named is t: every part it names agrees.
func (d dayRef) is(t time.Time) bool {
	if d.weekday >= 0 && time.Weekday(d.weekday) != t.Weekday() {
		return false
	}
	if d.day > 0 && d.day != t.Day() || d.month > 0 && time.Month(d.month) != t.Month() {
		return false
	}
	return d.yer == 0 || d.yer == t.Year()
}

// within reports a dated day inside [from, to]; a weekday alone is not
// dated, and lies in any week.
func (d dayRef) within(from, to time.Time) bool {
	if d.day == 0 || d.month == 0 {
		return true
	}
	y := d.yer
	if y == 0 {
		y = to.Year()
	}
	t := time.Date(y, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
	return !t.Before(from) && !t.After(to)
}

// weekdayNum is the number of a weekday's norm, -1 if it is none.
func weekdayNum(norm string) int {
	for i, n := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		if norm == n {
			return i
		}
	}
	return -1
}

// monthNum is the number of a month's norm ("oct", "october"), 0 if none.
func monthNum(norm string) int {
	if !months[norm] {
		return 0
	}
	for i, n := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(norm, n) {
			return i + 1
		}
	}
	return 0
}

// dayAt reads a day named from token i: a weekday, then (after a comma
// or "the") a date; or a date alone. It returns the day and the token
// after it.
func (p *parser) dayAt(i int) (dayRef, int, bool) {
	toks := p.toks
	d := dayRef{weekday: -1}
	j := i
	if j < len(toks) && toks[j].kind == tWord {
		if w := weekdayNum(toks[j].norm); w >= 0 {
			d.weekday = w
			j++
		}
	}
	k := j
	if d.weekday >= 0 {
		for k < len(toks) && toks[k].is(",", "the") {
			k++
		}
	} else if k < len(toks) && toks[k].is("the") {
		k++
	}
	if e, ok := p.dateAt(k, &d); ok {
		return d, e, true
	}
	// "11-17 October", "between 11 and 17 October": the first day takes
	// the month and year of the last
	if k+2 < len(toks) && toks[k].kind == tNum && !strings.Contains(toks[k].text, ",") && toks[k].num >= 1 && toks[k].num <= 31 &&
		toks[k].num == float64(int(toks[k].num)) && (rangeWords[toks[k+1].norm] || toks[k+1].is("and")) {
		var last dayRef
		if _, ok := p.dateAt(k+2, &last); ok && last.month > 0 {
			d.day, d.month, d.yer = int(toks[k].num), last.month, last.yer
			return d, k + 1, true
		}
	}
	return d, j, d.weekday >= 0
}

// dateAt reads a date at token k into d: "17/10/2021", "17/10/21", "17
// October 2021", "17th of October", "October 17, 2021". It returns the
// token after it.
func (p *parser) dateAt(k int, d *dayRef) (int, bool) {
	toks := p.toks
	num := func(i int, lo, hi float64) bool {
		return i < len(toks) && toks[i].kind == tNum && toks[i].num >= lo && toks[i].num <= hi && toks[i].num == float64(int(toks[i].num)) && !strings.Contains(toks[i].text, ",")
	}
	year := func(i int) int {
		if num(i, 1990, 2100) && !toks[i].ordinal {
			return int(toks[i].num)
		}
		return 0
	}
	slash := func(i int) bool { return i < len(toks) && toks[i].is("/", ".", "-") }
	switch {
	case num(k, 1, 31) && slash(k+1) && num(k+2, 1, 12) && slash(k+3) && num(k+4, 0, 2100):
		y := int(toks[k+4].num)
		if y < 100 {
			y += 2000
		}
		d.day, d.month, d.yer = int(toks[k].num), int(toks[k+2].num), y
		return k + 5, true
	case num(k, 1, 31):
		m := k + 1
		if m < len(toks) && toks[m].is("of") {
			m++
		}
		if m >= len(toks) || monthNum(toks[m].norm) == 0 {
			return k, false
		}
		d.day, d.month = int(toks[k].num), monthNum(toks[m].norm)
		if y := year(m + 1); y > 0 {
			d.yer = y
			return m + 2, true
		}
		return m + 1, true
	case k < len(toks) && monthNum(toks[k].norm) > 0 && num(k+1, 1, 31):
		d.month, d.day = monthNum(toks[k].norm), int(toks[k+1].num)
		e := k + 2
		if e < len(toks) && toks[e].is(",") && year(e+1) > 0 {
			e++
		}
		if y := year(e); y > 0 {
			d.yer = y
			return e + 1, true
		}
		return e, true
	}
	return k, false
}

// startWords before a day make it the start of a stretch: "from
// Monday", "between 11 and 17 October", "beginning Monday".
var startWords = map[string]bool{
	"from": true, "between": true, "began": true, "begin": true, "beginning": true, "started": true, "start": true,
	"starting": true, "commenced": true, "commence": true, "commencing": true, "w/c": true, "launched": true, "since": true,
}

// endWords before a day make it the end of a stretch, or what a count
// runs up to: "by Sunday", "as at 17/10/2021", "up to and including
// Sunday", "the week ending Sunday", "Monday to Sunday".
var endWords = map[string]bool{
	"by": true, "until": true, "till": true, "to": true, "at": true, "of": true, "ending": true, "ended": true,
	"end": true, "finished": true, "finishing": true, "through": true, "-": true, "–": true, "w/e": true,
	"concluded": true, "closing": true,
}

// dayRole is what the words before the day at token i make it: +1 the
// end of a stretch or what a count runs to, -1 its start, 0 neither (a
// day said on its own: "on Sunday"), with the token its words begin at.
// "and" after "between" ends the stretch; "as of", "as at" count to a
// day; "up to and including", "by the end of" are one bound.
func (p *parser) dayRole(i int) (role int, first int) {
	toks := p.toks
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := toks[j]
		switch {
		case t.is("including", "inclusive", "the", ",", "close", "end"):
			continue
		case t.is("and"):
			for b := j - 1; b >= 0 && b >= j-8; b-- {
				if toks[b].is("between") {
					return +1, j
				}
			}
			if j+1 < len(toks) && toks[j+1].is("including") {
				continue // "up to and including"
			}
			return 0, -1
		case t.is("of") && j > 0 && toks[j-1].is("end", "close"):
			continue // "by the end of Sunday"
		case t.is("of", "at"):
			if j > 0 && toks[j-1].is("as") {
				return +1, j - 1 // "as of", "as at"
			}
			return 0, -1 // "at the weekend"
		case t.is("to") && j > 0 && toks[j-1].is("up"):
			return +1, j - 1
		case startWords[t.norm]:
			return -1, j
		case endWords[t.norm]:
			return +1, j
		default:
			return 0, -1
		}
	}
	return 0, -1
}

// weekDay is, for a return's cell whose week is known, the day named at
// token i when words before it make it a bound of a stretch or of a
// count, whether it is the week's own bound (its first day after
// "from", its last after "by", "to", "ending"), the token after it and
// the scope it gives when it is not: a count up to a day inside the
// week is running, any other bound is another period.
func (p *parser) weekDay(i int) (s scope, from, end int, bound, own bool) {
	if !p.cell || !p.week.known() {
		return scope{}, i, i, false, false
	}
	d, e, ok := p.dayAt(i)
	if !ok {
		return scope{}, i, i, false, false
	}
	role, w := p.dayRole(i)
	if role == 0 {
		return scope{}, i, e, false, false
	}
	wk := p.week
	words := src(p.toks, w, e)
	switch {
	case role < 0 && p.toks[w].is("since"):
		// "since Monday": a count from a day, up to whenever it was written
		return scope{scopeRunning, words, 0, ""}, w, e, true, false
	case role < 0 && d.is(wk.From) && (p.closed(w, e) || p.endsWeek(w)):
		// "from Monday until Sunday", "the week commencing Monday"
		return scope{}, w, e, true, true
	case role > 0 && d.is(wk.To) && p.endsOwnStretch(w):
		return scope{}, w, e, true, true
	case role > 0 && d.is(wk.To):
		// "in the year up to Sunday", "from April until Sunday", "30 of
		// them by Sunday": a stretch or a part that ends with the week
		// but is not it (review15 H9)
		return scope{scopePeriod, words, 0, ""}, w, e, true, false
	case role > 0 && !p.endsOtherWeek(w) && d.within(wk.From, wk.To):
		return scope{scopeRunning, words, 0, ""}, w, e, true, false
	}
	return scope{scopePeriod, words, 0, ""}, w, e, true, false
}

// DayBound reports, for words after a figure in a return's cell whose
// week is known, a day they name as the bound of a stretch or of a count
// ("as at 17/10/2021", "up to and including Sunday", "by Wednesday"), as
// weekDay reads one: such words are the phrase reader's to judge. A day
// said on its own ("on 12/10/2021", "12/10/2021") is none.
func (r *Reader) DayBound(text string, week Week) bool {
	q := &parser{r: r, toks: tokenize(text), cell: true, week: week}
	for i := range q.toks {
		if _, _, _, bound, _ := q.weekDay(i); bound {
			return true
		}
	}
	return false
}

// endsOwnStretch reports that the words before the bound at w leave
// the week's last day the end of the week itself: the bound straight
// after the figure ("43 by Sunday", "43, as at 17/10/2021", "(as at
// Sunday)"), after "the week" ("the week to Sunday") or after the
// week's own first day ("from Monday until Sunday"). Any other words
// before it say what stretch it ends ("the year up to Sunday", "October
// up to Sunday", "from April until Sunday", "30 of them by Sunday"),
// which need not be the week.
func (p *parser) endsOwnStretch(w int) bool {
	toks := p.toks
	k := w - 1
	if toks[w].is("and") || toks[w].is("to", "until", "till", "through") && k >= 0 && !toks[k].is(",", "(") {
		if p.ownStartBefore(w) {
			return true
		}
	}
	if toks[w].is("and") {
		return false // "between 4 and 17 October": only the week's first day begins it
	}
	if k < 0 {
		return true // the bracket's first words: "(as at Sunday)"
	}
	if toks[k].is("(", ",") {
		// straight after the figure or its own words ("43 (as at
		// Sunday)", "43, by Sunday"), not after other words in the
		// bracket or clause ("43 (the NCA, as at Sunday)")
		return p.figureWordsBefore(k)
	}
	// "the week of action until Sunday", "the seven days up to and
	// including Sunday" (not "the four weeks to Sunday")
	for b := w; b >= 1 && b >= w-2; b-- {
		if p.endsWeek(b) && !(weekNouns[toks[b-1].norm] && pluralTok(toks[b-1])) {
			return true
		}
	}
	// the figure, then only its own words: "43 by Sunday", "30 arrests
	// made as of Sunday", "£5,000 seized up to Sunday"
	return p.figureWordsBefore(w)
}

// figureWordsBefore reports a figure, then only its own words, in the few
// tokens before token w: "43", "30 arrests made", "£5,000 seized".
func (p *parser) figureWordsBefore(w int) bool {
	for j := w - 1; j >= 0 && j >= w-9; j-- {
		for _, money := range []bool{false, true} {
			if n, ok := readNumber(p.toks, j, money); ok && n.to <= w && p.figureWords(n.to, w) {
				return true
			}
		}
	}
	return false
}

// figureWords reports that the tokens from i to w are all words of a
// metric (its actions, objects, items, units): what the figure before
// them counts, no stretch of time.
func (p *parser) figureWords(i, w int) bool {
	for i < w {
		e, n := p.r.lex.match(p.toks, i)
		if e == nil || n == 0 || !(e.has(rAction) || e.has(rObject) || e.has(rItem) || e.has(rUnit) || e.has(rAllow)) {
			return false
		}
		i += n
	}
	return true
}

// ownStartBefore reports the week's own first day as the start of a
// stretch in the few words before token w: "from Monday" of "from
// Monday until Sunday".
func (p *parser) ownStartBefore(w int) bool {
	for j := w - 1; j >= 0 && j >= w-8; j-- {
		if role, _ := p.dayRole(j); role < 0 {
			if _, _, _, bound, own := p.weekDay(j); bound && own {
				return true
			}
		}
	}
	return false
}

// endsOtherWeek reports words before the bound at w that make the day
// the end of a week of its own ("the week up to Wednesday", "the seven
// days to Thursday"): with the return's week known, another seven days.
func (p *parser) endsOtherWeek(w int) bool {
	for b := w; b >= 0 && b >= w-2; b-- {
		if p.endsWeek(b) {
			return true
		}
	}
	return false
}

// closed reports a stretch from the start at token w whose end is said
// after the day ending at e: "from Monday until Sunday", "between 11 and
// 17 October". A start alone ("from Monday") may begin a running count;
// a week's ("the week commencing Monday") is seven days (endsWeek).
func (p *parser) closed(w, e int) bool {
	toks := p.toks
	if e < len(toks) && (rangeWords[toks[e].norm] || toks[e].is("and") && toks[w].is("between")) {
		return true
	}
	return false
}

// ownOperation reports the tokens from i naming the return's own
// operation ("Operation Orochi", "Op Orochi", the catalogue's name of
// the week), with the token after them.
func (p *parser) ownOperation(i int) (int, bool) {
	toks := p.toks
	if i < 0 {
		return -1, false
	}
	if i < len(toks) && toks[i].is("the") {
		i++
	}
	best := -1
	for _, n := range p.week.Names {
		nt := tokenize(n)
		// "Operation Orochi" may be written "Op Orochi" or "Orochi"
		var alts [][]token
		alts = append(alts, nt)
		if len(nt) > 1 && operationWords[nt[0].norm] {
			alts = append(alts, nt[1:])
		}
		for _, a := range alts {
			if len(a) == 0 {
				continue
			}
			for _, lead := range []int{0, 1} {
				j := i
				if lead == 1 {
					if j >= len(toks) || !operationWords[toks[j].norm] || operationWords[a[0].norm] {
						continue
					}
					j++
				}
				ok := j+len(a) <= len(toks)
				for x := 0; ok && x < len(a); x++ {
					ok = toks[j+x].norm == a[x].norm
				}
				if ok && j+len(a) > best {
					best = j + len(a)
				}
			}
		}
	}
	return best, best > i
}

// operationPreps open words that say which operation a figure is of:
// "during Operation Orochi", "as part of Op Orochi".
var operationPreps = map[string]bool{"during": true, "in": true, "throughout": true, "over": true, "under": true, "for": true, "on": true}

// ownWeekWords reports, in a return's cell whose week is known, words
// from token i (a preposition) to the end of the figure's words that
// name the return's own week or operation: "as at 17/10/2021", "from
// Monday until Sunday", "between 11 and 17 October", "during Operation
// Orochi", "as part of Op Orochi". Nothing else may follow them but the
// end of the text or a sign that ends a clause.
func (p *parser) ownWeekWords(i int) bool {
	if !p.cell || !p.week.known() || i >= len(p.toks) {
		return false
	}
	toks := p.toks
	e := -1
	t := toks[i]
	j := -1
	switch {
	case operationPreps[t.norm]:
		j = i + 1
	case t.is("as") && i+2 < len(toks) && toks[i+1].is("part") && toks[i+2].is("of"):
		j = i + 3 // "as part of"
	}
	if j >= 0 {
		if x, ok := p.ownOperation(j); ok {
			e = x
		}
	}
	if e < 0 {
		// the day after the words from i: "at 17/10/2021", "from Monday
		// until Sunday"
		for j := i + 1; j < len(toks) && j <= i+5; j++ {
			if _, _, end, bound, own := p.weekDay(j); bound {
				if !own {
					return false
				}
				e = end
				// "from Monday until Sunday": its end too
				if j2 := e; j2 < len(toks) && (rangeWords[toks[j2].norm] || toks[j2].is("and")) {
					for k := j2 + 1; k < len(toks) && k <= j2+3; k++ {
						if _, _, end2, b2, own2 := p.weekDay(k); b2 {
							if !own2 {
								return false
							}
							e = end2
							break
						}
					}
					if e == end {
						return false
					}
				}
				break
			}
		}
	}
	if e < 0 {
		return false
	}
	// nothing may follow but the end of the cell: "43 as at 17/10/2021,
	// including Essex", "…, TBC", "…, regional total" say more of the
	// figure (review15 H9)
	return endsText(toks[e:])
}

// endsText reports tokens that end a cell's text and say nothing: a
// closing bracket or a full stop, or none.
func endsText(toks []token) bool {
	for _, t := range toks {
		if !t.is(")", ".", "]") {
			return false
		}
	}
	return true
}

// otherDate is, in prose whose week is known (a release's), a date at
// token i that puts a figure outside the week, with the tokens of its
// words (and the words before it that bound it) and the scope it gives:
// a date outside the week ("On 3 October", "w/e 10/10/2021", "since 1
// October" in a release of 11-17 October) is another period; a date
// inside it said on its own ("On 12 October") one day of it, as "On
// Tuesday" is. A date inside the week that bounds a stretch is the
// week's own only as the week's own bound: its first day as a start
// ("from 11 October", "the week of 11 October", "which began on 11
// October"), its last as an end ("the week ending 17 October", "which
// ended on 17 October", "between 11 and 17 October"). Any other bound
// inside it makes a part of the week ("between 11 and 14 October",
// "from 12 October", "by 14 October", "the seven days to 14 October"):
// its other bound, when it has one, is judged at its own token. A date
// the release was written or spoken on ("In a statement on 21 October,
// the force said ...") is no such date. A return's cell has its own
// reading of days (weekDay).
func (p *parser) otherDate(i int) (from, end int, kind scopeKind, ok bool) {
	if p.cell || !p.week.known() {
		return i, i, scopeNone, false
	}
	j := i - 1
	for j >= 0 && p.toks[j].is(",", "the") {
		j--
	}
	if j >= 0 && weekdayNum(p.toks[j].norm) >= 0 {
		return i, i, scopeNone, false // "Sunday 17 October": judged at its weekday
	}
	d, e, ok := p.dayAt(i)
	if !ok || d.day == 0 || d.month == 0 || p.tellersDay(i) {
		return i, i, scopeNone, false
	}
	role, w := p.proseDayRole(i)
	switch {
	case role != 0:
	case e < len(p.toks) && rangeWords[p.toks[e].norm]:
		// "11-14 October", "(11/10/2021 - 17/10/2021)": a start when
		// its end follows it
		role, w = -1, i
	case p.dayOfRange(i):
		role, w = +1, i
	}
	if w < 0 {
		w = i
	}
	if !d.within(p.week.From, p.week.To) {
		return w, e, scopePeriod, true
	}
	if role > 0 && d.is(p.week.To) {
		// "in the year to 17 October", "the 28 days to 17 October":
		// a longer stretch that ends with the week
		if from := p.longerStart(w); from < w {
			return from, e, scopePeriod, true
		}
	}
	switch {
	case role < 0 && d.is(p.week.From), role > 0 && d.is(p.week.To):
		return i, i, scopeNone, false // the week's own bound
	case role > 0 && (runningWords[p.toks[w].norm] || p.toks[w].is("as")):
		return w, e, scopeRunning, true // "by 14 October", "as of 14 October"
	case role != 0:
		return w, e, scopeDay, true // "from 12 October", "between 11 and 14 October"
	}
	return i, e, scopeDay, true
}

// monthPreps before a month name say when: "in May", "since March",
// "during June".
var monthPreps = map[string]bool{
	"in": true, "during": true, "since": true, "from": true, "until": true, "till": true, "through": true, "throughout": true,
	"over": true, "across": true, "between": true, "before": true, "after": true, "of": true, "by": true, "the": true,
}

// weeksYear reports a year number that is the year of the week the
// text tells of ("Officers arrested 12 people - 2021" in a release of
// 11-17 October 2021); with no week known, no year is.
func (p *parser) weeksYear(t token) bool {
	y := int(t.num)
	return p.week.known() && yearNumber(t) && (y == p.week.From.Year() || y == p.week.To.Year())
}

// otherMonth is, in prose whose week is known, a month named with no
// day at token i ("in May", "May's week of action", "the week of
// action in May 2021", "the March 2021 week of action") that the week
// does not fall in, or a year before a noun of a period that is not the
// week's ("the 2020 week of action"), with the tokens of its words:
// another period. A month's name is written with its capital, and said
// as a month (after a word of when or "the", with "'s", before a year
// or a period's noun): "May" alone is the modal. A month with its day
// is a date, judged at its day (otherDate); the week's own month ("In
// October's week of action") says which week it was.
func (p *parser) otherMonth(i int) (from, end int, ok bool) {
	toks := p.toks
	if p.cell || i >= len(toks) {
		return i, i, false
	}
	t := toks[i]
	noun := func(j int) bool { return j < len(toks) && periodNouns[toks[j].norm] }
	if !p.week.known() {
		return p.monthNoWeek(i, noun)
	}
	if t.kind == tNum && yearNumber(t) && noun(i+1) && i > 0 && toks[i-1].is("the", "last", "this") {
		// "the 2020 week of action"
		y := int(t.num)
		if y == p.week.From.Year() || y == p.week.To.Year() {
			return i, i, false
		}
		return i, i + 1, true
	}
	m := monthNum(t.norm)
	if m == 0 || t.kind != tWord || t.text[:1] != strings.ToUpper(t.text[:1]) {
		return i, i, false
	}
	num := func(j int) bool {
		return j >= 0 && j < len(toks) && toks[j].kind == tNum && toks[j].num >= 1 && toks[j].num <= 31 && !yearNumber(toks[j])
	}
	if num(i-1) || i > 1 && toks[i-1].is("of") && num(i-2) || num(i+1) {
		return i, i, false // "3 May", "the 3rd of May", "May 3": a date
	}
	e, y := i+1, 0
	if e < len(toks) && toks[e].is(",") && e+1 < len(toks) && yearNumber(toks[e+1]) {
		e++
	}
	if e < len(toks) && yearNumber(toks[e]) {
		y = int(toks[e].num)
		e++
	} else {
		e = i + 1
	}
	w := i
	if i > 0 && monthPreps[toks[i-1].norm] {
		w = i - 1
	}
	possessive := strings.ToLower(t.text) != t.norm
	if w == i && y == 0 && !possessive && !noun(e) {
		return i, i, false // "May officers ...": the modal
	}
	for _, d := range []time.Time{p.week.From, p.week.To} {
		if time.Month(m) == d.Month() && (y == 0 || y == d.Year()) {
			// the week's own month: said of an operation ("In October's
			// week of action", "the October week of action", "the
			// crackdown in October") it says which week it was; said of
			// the figures alone ("In October, officers arrested 120
			// people") it may be the month's, a longer period than the
			// week (closing21 item 9)
			if w < i && !possessive && !noun(e) && !p.namesOperation() {
				return w, e, true
			}
			return i, i, false
		}
	}
	return w, e, true
}

// monthNoWeek is otherMonth with no week known: one month said of the
// figures alone ("In October, police arrested 18 people", "During
// August, officers made 12 arrests") is the month's, a longer period
// than any week, as the week's own month is (closing21 item 9). Said of
// an operation ("In October's week of action", "the crackdown in
// October"), with a day ("3 October"), as "May" the modal, or as the
// stretch of months a page's operation ran ("between November and
// March", found.csv f211), it is not.
func (p *parser) monthNoWeek(i int, noun func(int) bool) (from, end int, ok bool) {
	toks := p.toks
	t := toks[i]
	m := monthNum(t.norm)
	if m == 0 || t.kind != tWord || t.text[:1] != strings.ToUpper(t.text[:1]) || i == 0 || !toks[i-1].is("in", "during", "throughout") {
		return i, i, false
	}
	num := func(j int) bool {
		return j >= 0 && j < len(toks) && toks[j].kind == tNum && toks[j].num >= 1 && toks[j].num <= 31 && !yearNumber(toks[j])
	}
	if num(i + 1) {
		return i, i, false // "on May 3": a date
	}
	e := i + 1
	if e+1 < len(toks) && toks[e].is(",") && yearNumber(toks[e+1]) {
		e++
	}
	if e < len(toks) && yearNumber(toks[e]) {
		e++
	} else {
		e = i + 1
	}
	if strings.ToLower(t.text) != t.norm || noun(e) || p.namesOperation() {
		return i, i, false
	}
	if e+1 < len(toks) && toks[e].is("to", "and", "until", "till", "–", "-") && monthNum(toks[e+1].norm) != 0 {
		return i, i, false // "in November to March": a stretch of months, which may be the operation's (found.csv f211)
	}
	return i - 1, e, true
}

// monthSpan is the end of a stretch from one month to another that
// opens the sentence at token i ("Between July and September 2024",
// "From July 2024 to March 2025", "July to September 2024", "In
// July-September", "During July and August"), or from one month on
// ("From July,"), or i if none: months, a longer
// period than any week, whose figures are that period's. A month with
// its day is a date ("Between May 13 and 20": otherDate's; after a
// first month with none, "Between July and September 12", the stretch
// is months all the same), and a
// stretch of months after the figures ("... between November and
// March", found.csv f211) may be the operation's (monthNoWeek).
func (p *parser) monthSpan(i int) int {
	toks := p.toks
	if i != 0 {
		return i
	}
	first := i + 1
	switch {
	case toks[i].is("between", "from", "in", "during", "over", "throughout", "across"):
	case monthNum(toks[i].norm) != 0:
		// "July to September 2024, ...", "July-September 2024: 400
		// arrests": the stretch with no word before it
		first = i
	default:
		return i
	}
	day := func(j int) bool {
		return j < len(toks) && toks[j].kind == tNum && toks[j].num >= 1 && toks[j].num <= 31 && !yearNumber(toks[j])
	}
	month := func(j int, dayOK bool) (m, y, e int) {
		if j >= len(toks) || toks[j].kind != tWord || toks[j].text[:1] != strings.ToUpper(toks[j].text[:1]) || day(j+1) && !dayOK {
			return 0, 0, j
		}
		m, e = monthNum(toks[j].norm), j+1
		if day(e) {
			e++ // "Between July and September 12": months still
		}
		if e+1 < len(toks) && toks[e].is(",") && yearNumber(toks[e+1]) {
			e++
		}
		if e < len(toks) && yearNumber(toks[e]) {
			y = int(toks[e].num)
			e++
		}
		return m, y, e
	}
	m1, y1, j := month(first, false)
	if m1 != 0 && toks[i].is("from") && (j >= len(toks) || !toks[j].is("and", "to", "until", "till", "through", "–", "-") && !(toks[j].glued && monthNum(toks[j].norm) != 0)) {
		// "From July, officers arrested 400 people", "From July
		// onwards: ...": from a month to the time of telling, longer
		// than any week
		if j < len(toks) && toks[j].is("onwards", "onward") {
			j++
		}
		return j
	}
	if m1 == 0 || j >= len(toks) {
		return i
	}
	second := j + 1
	switch {
	case toks[j].is("and", "to", "until", "till", "through", "–", "-"):
	case toks[j].glued && monthNum(toks[j].norm) != 0:
		second = j // "July-September": the hyphen joins them
	default:
		return i
	}
	m2, y2, e := month(second, true)
	if m2 == 0 || m1 == m2 && y1 == y2 {
		return i
	}
	return e
}

// namesOperation reports a sentence that names the operation or its
// week (weekHeads): "the crackdown this month", "the operation, which
// took place earlier this month".
func (p *parser) namesOperation() bool {
	return slices.ContainsFunc(p.toks, func(t token) bool { return weekHeads[t.norm] })
}

// monthBeforeWeek reports the month at token i (otherMonth's words end
// at token e) before the week's: a telling then ("In May, Kent Police
// revealed that officers had arrested 30 people") tells figures of
// before the week. A month later in the week's year, or a later year,
// may tell the week's.
func (p *parser) monthBeforeWeek(i, e int) bool {
	m := monthNum(p.toks[i].norm)
	y := p.week.From.Year()
	if e-1 > i && yearNumber(p.toks[e-1]) {
		y = int(p.toks[e-1].num)
	}
	return m > 0 && (y < p.week.From.Year() || y == p.week.From.Year() && time.Month(m) < p.week.From.Month())
}

// proseDayRole is dayRole for a date of prose, which also says a bound
// with "on" after a verb of starting or ending ("which began on 11
// October", "ended on 17 October") and the start of a week by "the week
// of 11 October".
func (p *parser) proseDayRole(i int) (role int, first int) {
	if role, w := p.dayRole(i); role != 0 {
		return role, w
	}
	toks := p.toks
	j := i - 1
	if j >= 2 && toks[j-1].is("/") && toks[j-2].is("w") && toks[j].is("e", "c") {
		// "w/e 17/10/2021", "w/c 11/10/2021"
		if toks[j].is("c") {
			return -1, j - 2
		}
		return +1, j - 2
	}
	if j >= 0 && toks[j].is("of") && j > 0 && weekNouns[toks[j-1].norm] {
		return -1, j - 1 // "the week of 11 October"
	}
	if j >= 1 && toks[j].is("on") {
		switch v := toks[j-1].norm; {
		case startWords[v] && toks[j-1].kind == tWord && !toks[j-1].is("from", "between", "since"):
			return -1, j - 1
		case toks[j-1].is("ended", "finished", "concluded", "closed", "end", "finish", "conclude"):
			return +1, j - 1
		}
	}
	return 0, -1
}

// anotherVerbsDate reports the date of the scope at element k (one
// otherDate gave) said in a clause of another verb than its figures'
// after them, in the stretch from element from: a relative clause
// ("12 people, who will appear at court on 3 November", "5 knives,
// which will be destroyed on 1 December", "the week of action that
// ended on 10 October"), or a clause or phrase after the figure whose
// verb is no action of the reader's: a future or a modal ("and a further
// week of action will take place on 7 March"), a participle after an
// auxiliary ("and were bailed to return on 8 November") or one that
// opens a phrase ("a man wanted for a stabbing on 3 October"). The date
// is that verb's, and the figures before the clause keep their week; a
// clause with an action of the reader's in it ("including a man
// arrested on 3 October", "12 people were arrested and charged on 3
// October") or no figure before it ("On 3 October, ...") is the
// figures'. It returns the element the clause opens at.
func (p *parser) anotherVerbsDate(k, from int) (int, bool) {
	els := p.els
	other := false
	for j := k - 1; j >= from; j-- {
		el := els[j]
		switch {
		case el.verbLike() && !other && !p.futureBefore(j):
			return 0, false // "including a man arrested on 3 October"
		case el.verbLike():
			other = true // "will take place on 7 March"
		case el.kind == eAmount:
			return j + 1, other
		case el.kind == eFunc && el.fn == "rel":
			return j, p.figureBefore(j) && !p.periodBefore(j)
		case (el.kind == eFunc && (el.fn == "coord" || el.fn == "part") || el.kind == ePunct && el.fn == ",") && other:
			return j, p.figureBefore(j)
		case p.otherVerb(j):
			other = true
		}
	}
	return 0, false
}

// irregularPast are past forms of verbs with no "-ed".
var irregularPast = map[string]bool{"began": true, "begun": true, "ran": true, "held": true, "set": true, "due": true, "sent": true, "brought": true, "taken": true, "given": true}

// futureBefore reports a future or modal auxiliary before the verb at
// element j: "will take place", "will be destroyed".
func (p *parser) futureBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if el := p.els[k]; el.kind == eFunc && el.fn == "aux" {
			if modals[p.toks[el.from].norm] { // a future or what may be: no figure a release gives for its week
				return true
			}
			continue
		}
		break
	}
	return false
}

// otherVerb reports element j a verb that is no action of the reader's
// (verbLike is): a future or modal auxiliary, "due", a past participle
// after an auxiliary ("were bailed", "have been released", "was used")
// or a phrase opened by one ("wanted for", "used in").
func (p *parser) otherVerb(j int) bool {
	el := p.els[j]
	t := p.toks[el.from]
	if el.kind == eFunc && el.fn == "aux" {
		return modals[t.norm]
	}
	if t.kind != tWord || t.text != strings.ToLower(t.text) {
		return false
	}
	past := strings.HasSuffix(t.norm, "ed") || irregularPast[t.norm]
	if !past {
		return false
	}
	if t.norm == "due" || el.to-el.from > 1 && el.kind == eFunc || el.to-el.from > 1 && p.toks[el.to-1].kind == tWord && funcWords[p.toks[el.to-1].norm] == "prep" {
		return true // "due in court", "wanted for", "used in"
	}
	// "were bailed", "have been released under investigation or bailed"
	return j > 0 && p.els[j-1].kind == eFunc && (p.els[j-1].fn == "aux" || p.els[j-1].fn == "coord")
}

// periodNouns name a stretch of time or the operation a figure's words
// may put it in: a relative clause after one says when that stretch was.
var periodNouns = map[string]bool{
	"week": true, "operation": true, "period": true, "day": true, "month": true, "year": true, "campaign": true,
	"crackdown": true, "action": true, "intensification": true, "fortnight": true, "blitz": true, "initiative": true,
}

// periodBefore reports the words before the relative word at element j
// name a stretch of time or an operation the figure was in ("during
// the week of action, which ended on 17 October", "in an operation
// which began on 3 October", "during the seven-day operation, which
// began on 11 October"): the clause's date says when that was, the
// figure's own time. After a comparison ("more than in the week of
// action that ended on 10 October") the stretch is another's.
func (p *parser) periodBefore(j int) bool {
	toks := p.toks
	named := false
	for i := p.els[j].from - 1; i >= 0 && i >= p.els[j].from-8; i-- {
		t := toks[i]
		switch {
		case t.is(","):
		case periodNouns[t.norm]:
			named = true
		case t.is("during", "in", "over", "throughout", "across", "within", "under", "for"):
			for b := i - 1; b >= 0 && b >= i-3; b-- {
				if toks[b].is("than", "compared", "against", "from", "unlike") {
					return false
				}
			}
			return named
		case t.kind == tNum || t.is(";", ":", "(", ")", "than"):
			return false
		}
	}
	return false
}

// lastClause is the element the clause before element b opens at: the
// "and" before a verb of the reader's after the last figure ("seized 5
// knives and made 43 arrests"), or 0 when the figure's clause is the
// sentence's first.
func (p *parser) lastClause(b int) int {
	els := p.els
	fig := false
	for j := b - 1; j > 0; j-- {
		el := els[j]
		if el.strong() {
			return j + 1
		}
		if el.kind == eAmount {
			fig = true
		}
		if fig && el.kind == eFunc && el.fn == "coord" && j+1 < len(els) && els[j+1].verbLike() && p.figureBefore(j) {
			return j
		}
	}
	return 0
}

// longerStart is the token of the noun of a stretch longer than the week
// named in the few words before the bound at token w ("the year to",
// "the four weeks to", "the 28 days to", "the month ending"), or w if
// there is none: "the week to" and "the seven days to" name the week.
func (p *parser) longerStart(w int) int {
	toks := p.toks
	for b := w - 1; b >= 0 && b >= w-3; b-- {
		t := toks[b]
		switch {
		case t.kind != tWord:
			if t.kind != tNum {
				return w
			}
		case t.is("year", "month", "fortnight", "quarter") || weekNouns[t.norm] && pluralTok(t):
			return b
		case t.is("day") && pluralTok(t):
			if b > 0 && (toks[b-1].is("seven") || toks[b-1].kind == tNum && toks[b-1].num == 7) {
				return w
			}
			return b
		}
	}
	return w
}
