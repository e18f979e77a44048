package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// The week a return is for is known (its operation's days): a note, a
// heading or a bracket after a figure that speaks of days says either
// the week itself, or a part of it, or another stretch. The words a
// force writes its days with are data (words.csv): another spelling of a
// word the readers know (role `spelling`: "thru" through, "til" until,
// "upto" up to), and words that with a day make the figure a part of the
// week (role `week_part`: "excl." and "no data for" before a day, "to
// follow" and "missing" after one, "onwards" after the day it starts,
// "working days" alone) or say the days are in it ("incl. Sat & Sun").
// A day of the month written without its year ("until 14/10") is given
// the year that puts it nearest the week, so that it is judged as a
// date inside the week, its end, or outside it.

// weekVocab is words.csv's words of the week's days, read for regular
// expressions once for each catalogue.
type weekVocab struct {
	spell    map[string]string // "thru": "through"
	spelling *regexp.Regexp    // any of spell's words
	before   *regexp.Regexp    // a word leaving out the day after it, then the day: "excl. Sunday"
	after    *regexp.Regexp    // a day, then a word leaving it out: "Sunday to follow"
	from     *regexp.Regexp    // a day, then a word that starts the count at it: "Thursday onwards"
	includes *regexp.Regexp    // days said to be in the figure: "incl. Sat & Sun", "Sat and Sun included"
	part     *regexp.Regexp    // words naming a part of the week in themselves: "working days"
	// includesPart is such words said to be in the figure: "including
	// working days"
	includesPart *regexp.Regexp
	// partDays is part's words, normalised: "working days"
	partDays map[string]bool
}

var weekVocabs sync.Map // *catalog.Catalog: *weekVocab

// dayWords is one day or a stretch of the week's days: by their names
// ("Sunday", "Sat & Sun", "Mon-Sun"), the weekend, or their numbers
// ("days 6-7").
const dayWords = `(?:` + weekdayAlt + `(?:\s*(?:-|–|to|&|and|,)\s*` + weekdayAlt + `)*|(?:the\s+)?week-?ends?|days?\s+\d+(?:\s*(?:-|–|to|&|and)\s*\d+)?)`

// vocab is the catalogue's weekVocab.
func (x *extractor) vocab() *weekVocab {
	if v, ok := weekVocabs.Load(x.cat); ok {
		return v.(*weekVocab)
	}
	v := newWeekVocab(x.cat)
	weekVocabs.Store(x.cat, v)
	return v
}

func newWeekVocab(cat *catalog.Catalog) *weekVocab {
	v := &weekVocab{spell: map[string]string{}, partDays: map[string]bool{}}
	var spelt []string
	words := map[string][]string{}
	for _, w := range cat.Words {
		switch w.Role {
		case "spelling":
			v.spell[strings.ToLower(w.Text)] = w.Meaning
			spelt = append(spelt, w.Text)
		case "week_part":
			words[w.Meaning] = append(words[w.Meaning], w.Text)
		}
	}
	v.spelling = vocabPattern(`(?i)\b(?:` + alternation(spelt) + `)\b`)
	v.before = vocabPattern(`(?i)(?:^|[^\pL])(?:` + alternation(words["leaves_out"]) + `)\s*(?:the\s+)?(` + dayWords + `)(?:[^\pL]|$)`)
	v.after = vocabPattern(`(?i)(?:^|[^\pL])(` + dayWords + `)\s+(?:(?:figures?|data|numbers|counts?|returns?)\s+)?(?:` + alternation(words["left_out"]) + `)(?:[^\pL]|$)`)
	v.from = vocabPattern(`(?i)\b(` + weekdayAlt + `)\s+(?:` + alternation(words["from"]) + `)(?:[^\pL]|$)`)
	v.includes = vocabPattern(`(?i)(?:(?:^|[^\pL])(?:` + alternation(words["includes"]) + `)\s*(?:the\s+)?(` + dayWords + `)(?:[^\pL]|$)|(?:^|[^\pL])(` + dayWords + `)\s+(?:` + alternation(words["includes"]) + `)(?:[^\pL]|$))`)
	v.includesPart = vocabPattern(`(?i)(?:^|[^\pL])(?:` + alternation(words["includes"]) + `)\s*(?:the\s+)?(?:` + alternation(words["days"]) + `)(?:[^\pL]|$)`)
	v.part = vocabPattern(`(?i)(?:^|[^\pL])(?:` + alternation(words["days"]) + `)(?:[^\pL]|$)`)
	for _, w := range words["days"] {
		v.partDays[catalog.Normalize(w)] = true
	}
	return v
}

// workingDays reports whether normalised words are words.csv's words of
// the working days and nothing else ("weekdays", "working days"): Monday
// to Friday.
func (v *weekVocab) workingDays(norm string) bool { return v.partDays[norm] }

// withoutAdded is text without the days it says are in the figure
// beside the rest ("incl. Sat & Sun", "Sat and Sun included"). A stretch
// of days before "inclusive" or "included" is kept to be judged: the
// words say its ends are in it, and it is still the figure's days
// ("Mon-Thu inclusive", "Monday to Sunday inclusive"); so are days the
// figure includes "only" ("incl. Mon-Thu only"): they are all of it.
func (v *weekVocab) withoutAdded(text string) string {
	var out strings.Builder
	last := 0
	for _, m := range v.includes.FindAllStringSubmatchIndex(text, -1) {
		stretch := m[4] >= 0 && daysFromTo.MatchString(text[m[4]:m[5]])
		if stretch || onlyAfter.MatchString(text[m[1]:]) {
			continue
		}
		out.WriteString(text[last:m[0]])
		out.WriteString(" ")
		last = m[1]
	}
	out.WriteString(text[last:])
	return out.String()
}

// daysFromTo is a stretch from one day to another ("Mon-Thu", "Monday
// to Sunday", "days 1-4"), not days listed ("Sat & Sun").
var daysFromTo = regexp.MustCompile(`(?i)` + weekdayAlt + `\s*(?:-|–|to|until|till|through)\s*` + weekdayAlt + `|days?\s+\d+\s*(?:-|–|to)\s*\d+`)

// onlyAfter is "only" said next: the days named before are all the
// figure's.
var onlyAfter = regexp.MustCompile(`(?i)^[\s,.)]*only\b`)

// alternation is words for a regular expression, one of them: the
// longest first, any space between words as any space.
func alternation(words []string) string {
	if len(words) == 0 {
		return `\x00` // matches nothing in a cell's words
	}
	words = slices.Clone(words)
	slices.SortFunc(words, func(a, b string) int { return len(b) - len(a) })
	var alts []string
	for _, w := range words {
		alts = append(alts, strings.ReplaceAll(regexp.QuoteMeta(w), " ", `\s+`))
	}
	return strings.Join(alts, "|")
}

// weekWords is text in the words the readers know for days: the short
// names of the days in full ("until Wed": "until wednesday"), another
// spelling as the word ("thru": "through"), and a day of the month
// without a year with the year that puts it nearest the week ("14/10":
// "14/10/2021").
func (x *extractor) weekWords(text string) string {
	v := x.vocab()
	text = v.spelled(text)
	if op, ok := x.cat.Operation(x.ret.Operation); ok {
		text = yearless.ReplaceAllStringFunc(text, func(m string) string {
			s := yearless.FindStringSubmatch(m)
			d, _ := strconv.Atoi(s[2])
			mo, _ := strconv.Atoi(s[3])
			best, near := 0, time.Duration(1<<62)
			for _, y := range []int{op.Starts.Year() - 1, op.Starts.Year(), op.Starts.Year() + 1} {
				t, ok := date(y, mo, d)
				if !ok {
					continue
				}
				gap := t.Sub(op.Starts)
				if t.After(op.Ends) {
					gap = t.Sub(op.Ends)
				} else if !t.Before(op.Starts) {
					gap = 0
				}
				if gap < 0 {
					gap = -gap
				}
				if gap < near {
					best, near = y, gap
				}
			}
			if best == 0 {
				return m
			}
			return fmt.Sprintf("%s%d/%d/%d%s", s[1], d, mo, best, s[4])
		})
	}
	return fullDays(x.ownStretch(x.withoutDayEnd(text)))
}

// spelled is text with words.csv's other spellings written as the words
// the readers know ("thru": "through"; "figures to": "to", the return's
// own figures counted to a day are counted to it).
func (v *weekVocab) spelled(text string) string {
	return v.spelling.ReplaceAllStringFunc(text, func(w string) string {
		return v.spell[strings.Join(strings.Fields(strings.ToLower(w)), " ")]
	})
}

// provisional reports whether text says its figures are provisional or
// not final, in the words the readers know (phrase.Provisional) or in
// words.csv's other spellings of them (role `spelling`, `not final`:
// "nearly complete", "almost all in"). Such words are never a hedge: an
// unfinished count is no "less than" (review26 R1).
func (x *extractor) provisional(text string) bool {
	return phrase.Provisional(text) || phrase.Provisional(x.vocab().spelled(text))
}

// notFinal is the first of text's words that words.csv spells "not
// final" ("nearly complete", "almost all in"), as written; "" for none.
func (v *weekVocab) notFinal(text string) string {
	for _, m := range v.spelling.FindAllString(text, -1) {
		if v.spell[strings.Join(strings.Fields(strings.ToLower(m)), " ")] == "not final" {
			return m
		}
	}
	return ""
}

// withoutDayEnd is text without a time at the very end of the week's
// last day after its date ("as at 17/10/2021 23:59", "to 17/10/2021
// midnight"): the whole of the last day is in the figure, so the date
// alone says as much. A time of any other day, or an earlier time of the
// last day ("as at 17/10/2021 12:00"), is left to be judged (review23 R7).
func (x *extractor) withoutDayEnd(text string) string {
	op, ok := x.cat.Operation(x.ret.Operation)
	if !ok {
		return text
	}
	return dayEnd.ReplaceAllStringFunc(text, func(m string) string {
		s := dayEnd.FindStringSubmatch(m)
		d, _ := strconv.Atoi(s[2])
		mo, _ := strconv.Atoi(s[3])
		y, _ := strconv.Atoi(s[4])
		if t, ok := date(y, mo, d); !ok || t.Format("2006-01-02") != op.Ends.Format("2006-01-02") {
			return m
		}
		return s[1]
	})
}

// dayEnd is a date with a time at the end of its day after it:
// "17/10/2021 23:59", "17/10/2021 at 2359hrs", "17/10/2021 midnight".
var dayEnd = regexp.MustCompile(`(?i)\b((\d{1,2})/(\d{1,2})/(\d{4}))\s*,?\s*(?:at\s+)?(?:23[:.]?59(?::59)?|24[:.]?00|midnight)(?:\s*(?:hrs|hours|h))?\b`)

// ownStretch is text with a stretch from the week's first day to its
// last, by their names and perhaps their days of the month ("Mon 11/10
// - Sun 17/10", "Monday 11th to Sunday 17th", "Monday to Sunday"),
// written "the week": the words of a count up to a day are then judged
// on what else is said ("Monday to Sunday inclusive" is the week).
func (x *extractor) ownStretch(text string) string {
	op, ok := x.cat.Operation(x.ret.Operation)
	if !ok || days(op.Starts, op.Ends) != 7 {
		return text
	}
	return dayToDay.ReplaceAllStringFunc(text, func(m string) string {
		s := dayToDay.FindStringSubmatch(m)
		same := func(day, date string, t time.Time) bool {
			if weekdayOf(strings.ToLower(day)[:3]) != t.Weekday() {
				return false
			}
			n, err := strconv.Atoi(date)
			return err != nil || n == t.Day()
		}
		if same(s[1], s[2], op.Starts) && same(s[3], s[4], op.Ends) {
			return "the week"
		}
		return m
	})
}

// dayToDay is a stretch from one day to another by their names, each
// perhaps with its day of the month and its month ("Mon 11/10 - Sun
// 17/10", "Monday 11th Oct to Sunday 17th Oct").
var dayToDay = regexp.MustCompile(`(?i)\b(` + weekdayAlt + `)(?:\s*(\d{1,2})(?:st|nd|rd|th)?(?:\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{2,4})?|\s+[a-z]{3,9}\.?(?:\s+\d{4})?)?)?\s*(?:-|–|to|until|till|through)\s*(` + weekdayAlt + `)(?:\s*(\d{1,2})(?:st|nd|rd|th)?(?:\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{2,4})?|\s+[a-z]{3,9}\.?(?:\s+\d{4})?)?)?\b`)

// yearless is a day and a month without a year: "14/10", "(14/10)"; not
// "14/10/2021", "1/2 kg" is one too (a half is judged as such a date is:
// refused, never loaded as the week's).
var yearless = regexp.MustCompile(`(^|[^\d/.])(\d{1,2})/(\d{1,2})([^\d/]|$)`)

// daysPart says why words beside a figure, in a note, a heading or a
// bracket after it, make it a part of the return's week, in other words
// than the readers'; "" for none (the week, or words of something
// else). Each stretch of days is judged: "Mon-Sun excl. Sat-Sun" leaves
// two days out of the week it names first.
func (x *extractor) daysPart(text string) string {
	op, ok := x.cat.Operation(x.ret.Operation)
	if !ok {
		return ""
	}
	v := x.vocab()
	spelt := v.spelled(text)
	if m := v.before.FindStringSubmatch(spelt); m != nil && !wholeWeekDays(m[1], op) {
		return fmt.Sprintf("for a part of the week: it leaves out %q", strings.TrimSpace(m[0]))
	}
	if m := v.after.FindStringSubmatch(spelt); m != nil && !wholeWeekDays(m[1], op) {
		return fmt.Sprintf("for a part of the week: %q", strings.TrimSpace(m[0]))
	}
	if m := v.from.FindStringSubmatch(spelt); m != nil && weekdayOf(strings.ToLower(m[1])[:3]) != op.Starts.Weekday() {
		return fmt.Sprintf("counted from a day inside the week (%q): a part of the week, not the whole of it", strings.TrimSpace(m[0]))
	}
	if m := v.part.FindString(v.includesPart.ReplaceAllString(spelt, " ")); m != "" {
		// "working days only"; not "including working days"
		return fmt.Sprintf("for a part of the week (%q), not the whole of it", strings.TrimSpace(m))
	}
	week := days(op.Starts, op.Ends)
	for _, m := range dayCount.FindAllStringSubmatch(spelt, -1) {
		if m[1] != "" {
			continue // "charged within 2 days": how soon, not which days
		}
		n, err := strconv.Atoi(m[2])
		if err != nil {
			n = int(smallNumbers[strings.ToLower(m[2])])
		}
		if n > 0 && n < week {
			return fmt.Sprintf("for %q, not the week's %d days", strings.TrimSpace(m[0]), week)
		}
	}
	return ""
}

// daysSaid says why words beside a figure make it a part of the week:
// daysPart's words, or a count up to a day inside the week as the phrase
// reader reads it in the readers' words (weekWords: "thru Thursday", "up
// to 14/10"); "" for none.
func (x *extractor) daysSaid(text string) string {
	if why := x.daysPart(text); why != "" {
		return why
	}
	return x.countedInside(strings.Trim(text, "()[] "))
}

// countedInside says why text counts its figures up to a day inside the
// week (runningInside); "" for none. daysSaid is daysPart's words, then
// these.
func (x *extractor) countedInside(text string) string {
	if w := x.runningInside(text); w != "" {
		return fmt.Sprintf("counted up to a day inside the week (%q): a part of the week, not the whole of it", w)
	}
	return ""
}

// runningInside is the words by which text counts its figures up to a
// day inside the week, as the phrase reader reads them in the readers'
// words (weekWords: "thru Thursday", "up to 14/10"); "" for none.
func (x *extractor) runningInside(text string) string {
	return x.rd.RunningIn(x.weekWords(text), x.week())
}

// dayCount is a number of days: "6 days", "four days", "4 of 7 days",
// "4/7 days".
var dayCount = regexp.MustCompile(`(?i)(\b(?:within|after)\s+)?\b(\d+|one|two|three|four|five|six|seven)\s*(?:(?:of|out\s+of|/)\s*(?:7|seven)\s*)?days?\b`)

// otherWeekNumber says why a note naming a week by its number names
// another week than the return's ("Week 42" beside week 41's figures);
// "" for none.
func (x *extractor) otherWeekNumber(text string) string {
	op, ok := x.cat.Operation(x.ret.Operation)
	if !ok {
		return ""
	}
	_, from := op.Starts.ISOWeek()
	_, to := op.Ends.ISOWeek()
	weeks := (days(op.Starts, op.Ends) + 6) / 7
	for _, ix := range noteWeekNo.FindAllStringSubmatchIndex(text, -1) {
		if lw := lastWeek.FindStringIndex(text[:ix[0]]); lw != nil && !includedBefore.MatchString(text[:lw[0]]) && ix[2] < 0 {
			continue // "last week 38": last week's figure, 38; no week 38
		}
		m := make([]string, len(ix)/2)
		for k := range m {
			if ix[2*k] >= 0 {
				m[k] = text[ix[2*k]:ix[2*k+1]]
			}
		}
		n, _ := strconv.Atoi(m[2])
		if m[1] != "" || m[3] != "" || m[4] != "" {
			// the operation's own weeks counted from 1 ("week 1 of 1",
			// "op week 1", "week 1 of the operation"): its only week is
			// its first, and a count of its weeks must be its own
			of, _ := strconv.Atoi(m[3])
			if n >= 1 && n <= weeks && (m[3] == "" || of == weeks) {
				continue
			}
			return fmt.Sprintf("for another week of the operation (%q): the operation has %d week(s)", strings.TrimSpace(m[0]), weeks)
		}
		if n != from && n != to {
			return fmt.Sprintf("for another week (%q): the return's is week %d", strings.TrimSpace(m[0]), from)
		}
	}
	return ""
}

// lastWeek ends the words before "week 38" that make it last week's
// figure: "last week 38", "previous wk: 38".
var lastWeek = regexp.MustCompile(`(?i)\b(?:last|previous|prev|prior|preceding)\s*$`)

// noteWeekNo is a week by its number: "Week 42", "wk 42", "week no. 42";
// counting the operation's own weeks, with "op" before it (group 1) or
// the count of its weeks ("week 1 of 1": group 3) or the operation
// (group 4: "week 1 of the operation", "week 2 of intensification")
// after it.
var noteWeekNo = regexp.MustCompile(`(?i)(\b(?:op|operation|operational|intensification|iw)\.?\s+)?\b(?:week|wk)\.?\s*(?:no\.?\s*|number\s*|#\s*)?(\d{1,2})\b(?:\s*(?:of|/)\s*(\d{1,2})\b|\s+(of\s+(?:the\s+)?(?:op|operation|intensification|iw|week\s+of\s+action)\b))?`)

// withoutPeriodCounts is a note without the numbers that count a longer
// period's units ("rolling 12 months", "last 2 years": "rolling months",
// "last years"): they are no count of the note's own.
func withoutPeriodCounts(note string) string {
	return periodCount.ReplaceAllStringFunc(note, func(m string) string {
		if w := periodCount.FindStringSubmatch(m); readHeading(w[1]).longer {
			return w[1] + w[2]
		}
		return m
	})
}

// periodCount is a number and the word after it at the end of the
// words or of a clause: "12 months", "12 months)".
var periodCount = regexp.MustCompile(`\b\d+\s+(\pL+)(\s*(?:$|[),;.]))`)

// longerPeriod is how words beside a figure say it is of another period
// than the week or no count ("per 100k population", "Q4", "rolling 12
// months", "Q3 21/22"), when they say nothing else with a number: a
// number counting the period's own units or naming it is none.
func (x *extractor) longerPeriod(words string) (heading, bool) {
	hd := x.headingOf(words)
	return hd, hd.notCount || hd.longer && len(x.rd.Numbers(strings.ReplaceAll(catalog.Normalize(withoutPeriodCounts(words)), hd.word, " "))) == 0
}

// leadingFigure is words that begin with a figure: "43 from 11/10/2021".
var leadingFigure = regexp.MustCompile(`^\s*[£$€]?\d`)
