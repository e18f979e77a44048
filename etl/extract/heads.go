package extract

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// This file holds the words that change what a figure means, in one place,
// and the one reading of a heading that every layout uses: a column heading
// above figures, a row heading beside them in a transposed table, and the
// words and signs inside a label.

// period says which week a heading's figures are for.
type period uint8

const (
	periodNone  period = iota // the heading does not say
	periodThis                // this week's figure: "This week", "Total", "Figure", the operation's dates
	periodOther               // not this week's figure: "Last week", "YTD", "% change", "Target", other dates
)

// comparisonWords mark a column, row or label whose figures are not this
// week's: another period, a change, a goal. Normalised, whole words.
var comparisonWords = phrases(
	"previous", "prev", "prior", "last", "ly", "ytd", "fytd", "year to date", "to date", "so far",
	"target", "forecast", "baseline", "planned", "projected", "projection", "expected",
	"change", "difference", "diff", "variance", "cumulative", "running total",
	"compared", "comparison", "versus", "vs", "trend", "increase", "decrease",
)

// changeSign heads a change on another period by its sign: "+/-", "±".
var changeSign = regexp.MustCompile(`\+\s*/\s*-|±`)

// provisionalWords say a figure may still be corrected, not that it is a
// change from another period: "Figures subject to change" heads this
// week's figures (the title warning says they are provisional). "may
// change", "could change" are cut with the rest of a heading after a
// modal verb (modalVerb).
var provisionalWords = phrases("subject to change", "liable to change")

// longerWords mark a figure for a longer period than the week, which may
// hold the week ("October 2021 (month)", "Monthly return", "Total inc.
// follow-up week"): never this week's figure.
var longerWords = phrases(
	"month", "monthly", "fortnight", "fortnightly", "quarter", "quarterly", "follow up", "followup", "follow on",
	"2 week", "two week", "14 day", "28 day",
	// A stretch ending on a day of the week is longer than the week it
	// ends: "Year to 17/10/2021", "Year ending 17/10/2021", "12 mths to
	// 17/10/2021", "Rolling 12 months", "Since April", "Annual".
	"mth", "mnth", "year to", "year ending", "year end", "yr to", "yr ending", "rolling",
	"annual", "annually", "yearly", "financial year", "calendar year", "full year", "whole year", "this year", "current year",
	// a quarter or a financial year by its short name: "Q4", "FY"
	"q1", "q2", "q3", "q4", "fy",
)

// longerPeriod is a quarter, a half year or a financial year however it
// is said, with its number: "Q3", "Qtr 3", "Quarter 3", "3rd quarter",
// "Quarter three", "H2", "2nd half", "half year", "FY 21/22", "fiscal
// year", "YTD", with its year ("Q3 2021/22"). It is matched in catalog.Normalize's words, so that the
// whole match ("quarter 3") is the period's own words and its number
// is no count of a note's own.
var longerPeriod = regexp.MustCompile(`\b(?:` +
	`(?:q|qtr|quarter)\s?(?:[1-4]|one|two|three|four)|` +
	`(?:[1-4](?:st|nd|rd|th)|first|second|third|fourth|final)\s(?:qtr|quarter)|` +
	`h\s?[12]|(?:[12](?:st|nd)|first|second)\shalf|half\s?(?:year|yr)(?:ly)?|` +
	`(?:fy|fytd|ytd)(?:\s?\d{2,4}(?:\s\d{2,4})?)?|(?:financial|fiscal|fin)\s(?:year|yr)` +
	// and its year: "Q3 2021/22", "H2 2021", "Qtr 3 21/22"
	`)(?:\s(?:19|20)\d{2}(?:\s\d{2}(?:\d{2})?)?|\s\d{2}\s\d{2})?\b`)

// sinceWords open a stretch from a day up to now.
var sinceWords = phrases("since")

// weekdayWord is a day of the week by its name.
var weekdayWord = regexp.MustCompile(`(?i)\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b`)

// countedStretch is a count of weeks, days or years longer than the week,
// as readHeading's words hold it: "4 week" (of "4 weeks to 17/10/2021"),
// "10 day", "2 year", "three week", "2 wks", "3 yrs"; "" for none. "7 days", "1 week", a
// week's number ("Week 42") and a year or a day of a date before a word
// ("Oct 2021 week", "17 Oct") are no such count.
func countedStretch(words []string) string {
	for k := 0; k+1 < len(words); k++ {
		n, ok := spelledCount[words[k]]
		if !ok {
			v, err := strconv.Atoi(words[k])
			if err != nil || v > 104 {
				continue
			}
			n = v
		}
		if k > 0 && (dateish.MatchString(words[k-1]) || spelledCount[words[k-1]] > 0) {
			continue // "17 10 2021", "Oct 21 week"
		}
		switch words[k+1] {
		case "week", "wk", "wks":
			ok = n >= 2
		case "day":
			ok = n >= 8
		case "year", "yr", "yrs":
			ok = n >= 1
		default:
			ok = false
		}
		if ok {
			return words[k] + " " + words[k+1]
		}
	}
	return ""
}

// spelledCount is a count written as a word.
var spelledCount = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13}

// wholeWords before a month make the heading the month's, not the week's:
// "Whole of October 2021", "Full month".
var wholeWords = phrases("whole", "entire", "full", "all of")

// notCountWords mark a proportion or an average: not a count or an amount,
// never loaded as one.
var notCountWords = phrases("percent", "percentage", "pct", "rate", "per", "ratio", "average", "avg", "mean", "proportion")

// thisWords mark the figure for the week of the return.
var thisWords = phrases(
	"this week", "this wk", "this iw", "this operation", "this period", "this intensification week",
	"current", "current week", "total", "week total", "weekly total", "result", "figure", "number",
	"count", "actual", "iw", "intensification week",
)

// restatingWords only say again that a figure is this week's ("Warrants
// executed this week", "Stop and searches during IW", "Cash seized in
// week"): neutral, they are dropped from a label before it is matched.
// They never unblock a label with a word that changes its meaning (the
// phrase grammar's), which is refused first.
var restatingWords = longestFirst(phrases(
	"this week", "this wk", "this iw", "this intensification week", "this operation", "this period",
	"during the week of action", "during the week of intensification", "during the intensification week",
	"during intensification week", "during the iw", "during iw", "during the week", "during week", "during this week",
	"during the operation", "during the period", "in the week", "in week", "in iw", "in the iw", "this week of action",
	"within the week", "over the week", "across the week", "for the week", "for this week",
	"in the period", "in this period", "for the period", "over the period", "within the period",
))

// restatingWord is every word of restatingWords: "during", "within".
var restatingWord = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range restatingWords {
		for _, w := range p {
			m[w] = true
		}
	}
	return m
}()

// longestFirst orders phrases longest first, so that "during this week"
// is found before "this week".
func longestFirst(ps [][]string) [][]string {
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) })
	return ps
}

// withoutRestating drops restatingWords from a label; ok when it dropped
// some and words remain.
func withoutRestating(text string) (string, bool) {
	ws := strings.Fields(catalog.Normalize(text))
	dropped := false
	for _, p := range restatingWords {
		for i := 0; i+len(p) <= len(ws); {
			if strings.Join(ws[i:i+len(p)], " ") == strings.Join(p, " ") {
				ws = append(ws[:i:i], ws[i+len(p):]...)
				dropped = true
				continue
			}
			i++
		}
	}
	if !dropped || len(ws) == 0 {
		return "", false
	}
	return strings.Join(ws, " "), true
}

func phrases(s ...string) [][]string {
	out := make([][]string, len(s))
	for i, p := range s {
		out[i] = strings.Fields(catalog.Normalize(p))
	}
	return out
}

// findPhrase returns the first phrase found as whole words in words.
func findPhrase(words []string, list [][]string) string {
	for _, p := range list {
		for i := 0; i+len(p) <= len(words); i++ {
			match := true
			for j := range p {
				if words[i+j] != p[j] {
					match = false
					break
				}
			}
			if match {
				return strings.Join(p, " ")
			}
		}
	}
	return ""
}

// withoutPhrases drops every phrase of list found as whole words.
func withoutPhrases(words []string, list [][]string) []string {
	for _, p := range list {
		for i := 0; i+len(p) <= len(words); i++ {
			if slices.Equal(words[i:i+len(p)], p) {
				words = append(words[:i:i], words[i+len(p):]...)
				i--
			}
		}
	}
	return words
}

// heading is what a heading says about the figures under (or beside) it.
type heading struct {
	period   period
	word     string    // the word that decided the period, for messages
	from, to time.Time // the dates, week or month the heading names, if any
	month    bool      // from..to is a month named by its name or code, not dates
	notCount bool      // a proportion or an average
	longer   bool      // a longer period than the week (a month, a fortnight, a follow-up week)
	// noYear: from..to are days and months written without a year
	// ("18-24 Oct", "w/e 24/10"), in the year 2000 until resolve gives
	// them the operation's year.
	noYear bool
	weekNo int  // a week number ("Week 42"), resolved as an ISO week of the operation's year
	unread bool // the heading holds a date or a week number we cannot read
	// weekday: a week that ends (or, with starts, begins) on a day named
	// by its weekday alone ("Week ending Sunday", "w/c Monday"): the
	// weekday plus one, 0 for none; resolve dates it inside the operation.
	weekday int
	starts  bool
}

// readHeading classifies heading text. A word of comparison outranks
// everything ("Total last week" is last week's); a heading that names a
// period (dates, a week, a month and year, an operation's code) is decided
// later against the return's operation, whatever else it says ("May 2021
// IW" is another operation's week even though "IW" says this week).
func readHeading(text string) heading {
	var h heading
	if loc := modalVerb.FindStringIndex(text); loc != nil {
		text = text[:loc[0]] // what the figures may do says no period
	}
	raw := strings.ToLower(text)
	words := withoutPhrases(strings.Fields(catalog.Normalize(gluedSpan.ReplaceAllString(text, "$1 $2"))), provisionalWords)
	if w := findPhrase(words, notCountWords); w != "" || strings.Contains(raw, "%") {
		if w == "" {
			w = "%"
		}
		h.period, h.word, h.notCount = periodOther, w, true
	} else if w := findPhrase(words, comparisonWords); w != "" {
		h.period, h.word = periodOther, w
	} else if w := changeSign.FindString(text); w != "" {
		h.period, h.word = periodOther, w // "+/-": a change on another period
	} else if w := longerPeriod.FindString(strings.Join(words, " ")); w != "" {
		h.period, h.word, h.longer = periodOther, w, true // "Qtr 3", "H2"
	} else if w := findPhrase(words, longerWords); w != "" {
		h.period, h.word, h.longer = periodOther, w, true
	} else if w := countedStretch(words); w != "" {
		h.period, h.word, h.longer = periodOther, w, true
	} else if w := severalPeriods(text, words); w != "" {
		h.period, h.word, h.longer = periodOther, w, true
	} else if w := findPhrase(words, thisWords); w != "" {
		h.period, h.word = periodThis, w
	}
	h.from, h.to, h.month = periodNamed(text, words)
	if !h.dated() {
		h.from, h.to, h.noYear = yearlessDates(text, words)
	}
	if h.dated() && h.from.Before(h.to) && !h.month && listedDays.MatchString(text) {
		// "w/e 10/10/2021 and 17/10/2021": two weeks named by the days
		// they end on, not the days between them
		if findPhrase(words, weekEndingWords) != "" {
			h.from = h.from.AddDate(0, 0, -6)
		}
		if findPhrase(words, weekStartingWords) != "" {
			h.to = h.to.AddDate(0, 0, 6)
		}
	}
	if !h.dated() {
		if m := weekNumber.FindStringSubmatch(text); m != nil {
			if n, _ := strconv.Atoi(m[1]); n >= 1 && n <= 53 {
				h.weekNo = n
			}
		}
	}
	if !h.dated() && !strings.ContainsAny(text, "0123456789") {
		h.from, h.to, h.month, h.noYear = monthAlone(words)
		h.weekday, h.starts = boundDay(words)
	}
	if h.month && h.period != periodOther {
		if w := findPhrase(words, wholeWords); w != "" {
			h.period, h.word, h.longer = periodOther, w, true
		}
	}
	if h.period != periodOther && !h.dated() && findPhrase(words, sinceWords) != "" && !weekdayWord.MatchString(text) {
		// "Since April", "Since the start of the year": from a day
		// before the week, up to now. Dated, the date decides ("Since
		// 1 April 2021" is another period's, "Since 11/10/2021" the
		// week's); a day of the week ("Since Monday") is in it.
		h.period, h.word, h.longer = periodOther, "since", true
	}
	// Only a date-like text that says it is a week or a day is an unread
	// date: "10/12" or "3/4 kg" alone are figures, not headings.
	h.unread = !h.dated() && dateLike.MatchString(text) &&
		(findPhrase(words, weekEndingWords) != "" || findPhrase(words, weekStartingWords) != "" || weekOrMonth.MatchString(text))
	return h
}

// gluedSpan is a count glued to the unit of time it counts: "12mth",
// "3yrs" (read as "12 mth").
var gluedSpan = regexp.MustCompile(`(?i)\b(\d+)(mths?|mnths?|months?|wks?|weeks?|yrs?|years?|days?)\b`)

// severalPeriods is the words of a heading that names more than one week
// or month by their numbers or names ("Weeks 41-42", "Wk 41 & 42",
// "Oct/Nov", "October and November"): a longer stretch than the week,
// whichever of them holds it. "" for none.
func severalPeriods(text string, words []string) string {
	if loc := weekNumbers.FindStringSubmatchIndex(text); loc != nil && !dayAfter.MatchString(text[loc[1]:]) {
		// not "week 11-17 Oct 2021", "week 11/10 - 17/10": days
		m := []string{text[loc[0]:loc[1]], text[loc[2]:loc[3]], text[loc[4]:loc[5]]}
		if a, _ := strconv.Atoi(m[1]); a >= 1 {
			if b, _ := strconv.Atoi(m[2]); b > a && b <= 53 {
				return strings.TrimSpace(m[0])
			}
		}
	}
	var named []string
	for _, w := range words {
		switch {
		case monthName.MatchString(w):
			named = append(named, w)
		case !headingVocab[w] && !restatingWord[w] && w != "and" && w != "to":
			return ""
		}
	}
	if len(named) > 1 {
		return strings.Join(named, "/")
	}
	return ""
}

var (
	// weekNumbers are weeks given by their numbers: "Weeks 41-42", "Wks
	// 41 & 42", "Week 41 to 42".
	weekNumbers = regexp.MustCompile(`(?i)\b(?:weeks?|wks?)\.?\s*(?:nos?\.?\s*)?(\d{1,2})\s*(?:-|–|/|&|\+|,|\band\b|\bto\b)\s*(?:(?:week|wk)\.?\s*)?(\d{1,2})\b`)
	// dayAfter is the rest of a text after two numbers when they were
	// days: a month or another part of a date follows.
	dayAfter = regexp.MustCompile(`(?i)^(?:st|nd|rd|th)?\s*(?:[/.]\d|-?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))`)
	// listedDays are two days joined as a list, not as a range: "w/e
	// 10/10/2021 and 17/10/2021", "w/e 10/10 & w/e 17/10".
	listedDays = regexp.MustCompile(`(?i)\d\s*(?:&|\+|\band\b)\s*(?:(?:w\s*/\s*[ec]|week\s+(?:ending|commencing|starting|beginning))\.?\s*)?\d`)
	// weekNumber is a week given by its number: "Week 42", "Wk 41",
	// "Week no. 7".
	weekNumber = regexp.MustCompile(`(?i)\b(?:week|wk)\.?\s*(?:no\.?\s*|number\s*|#\s*)?(\d{1,2})\b`)
	// dateLike is a date or a week number as written, read or not: "24/10",
	// "24.10.21", "24 Oct", "Oct 24", "Week 42", "w/e 24th".
	dateLike = regexp.MustCompile(`(?i)\b\d{1,2}[/.]\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s*-?\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*\d{1,2}(?:st|nd|rd|th)?\b|\b(?:week|wk)\.?\s*(?:no\.?\s*|number\s*|#\s*)?\d|\bw\s*[/.]\s*[ec]\b\.?\s*\d`)
	// modalVerb says what a figure may or will do ("43 may change",
	// "Figures could rise", "will be updated"): "may" is no month there,
	// and "change" or "increase" after it no comparison.
	modalVerb = regexp.MustCompile(`(?i)\b(?:may|might|could|will|would|can)\s+(?:(?:well|not|still|also|yet|be|have|been)\s+)*(?:be|have|change|changed|rise|fall|increase|increased|decrease|decreased|include|differ|vary|go|need|follow|appear|grow|alter|drop|revised|updated|amended|corrected|confirmed|higher|lower|final)\b`)
	// weekOrMonth is a week or a month named in words.
	weekOrMonth = regexp.MustCompile(`(?i)\b(?:week|wk|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`)
	// dayMonth is a day and a month in digits with no year: "24/10", "24.10".
	dayMonth = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})\b([/.]\d)?`)
	// yearToken is a year as the date readers read one.
	yearToken = regexp.MustCompile(`\b20\d\d\b|'\d\d\b`)
)

// monthAlone reads a month named by its name alone, with no day or year,
// among a heading's other words or those that say a figure is a
// period's ("May", "October", "Total for Oct", "during May"): a month of
// the year 2000 until resolve gives it the operation's year.
func monthAlone(words []string) (from, to time.Time, month, noYear bool) {
	n := 0
	for _, w := range words {
		switch {
		case monthName.MatchString(w):
			from = time.Date(2000, months[w[:3]], 1, 0, 0, 0, 0, time.UTC)
			n++
		case !headingVocab[w] && !restatingWord[w]:
			return time.Time{}, time.Time{}, false, false
		}
	}
	if n != 1 {
		return time.Time{}, time.Time{}, false, false
	}
	return from, from.AddDate(0, 1, -1), true, true
}

// boundDay reads a week that ends or begins on a day named by its
// weekday alone: "Week ending Sunday", "w/e Sun", "w/c Monday". It gives
// the weekday plus one (0 for none), and whether the week starts on it.
func boundDay(words []string) (weekday int, starts bool) {
	for i, w := range words {
		d := weekdayOf(w)
		if d < 0 || i == 0 {
			continue
		}
		for _, p := range weekEndingWords {
			if len(p) <= i && slices.Equal(words[i-len(p):i], p) {
				return int(d) + 1, false
			}
		}
		for _, p := range weekStartingWords {
			if len(p) <= i && slices.Equal(words[i-len(p):i], p) {
				return int(d) + 1, true
			}
		}
	}
	return 0, false
}

// weekdayOf is the day a word names ("sunday", "sun"), or -1.
func weekdayOf(w string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if n := strings.ToLower(d.String()); w == n || w == n[:3] {
			return d
		}
	}
	return -1
}

// yearlessDates reads days and months written without a year in a heading:
// a range ("18-24 Oct", "Oct 18-24", "18/10 - 24/10") or one day that
// starts or ends a week ("w/e 24 Oct", "Week ending 24/10"). They are
// dated in the year 2000 (which has every day) until resolve gives them
// the operation's year. A single day alone ("Oct 17") may be a month and a
// year and is not read.
func yearlessDates(text string, words []string) (from, to time.Time, ok bool) {
	if !strings.ContainsAny(text, "0123456789") || yearToken.MatchString(text) {
		return
	}
	ending, starting := findPhrase(words, weekEndingWords) != "", findPhrase(words, weekStartingWords) != ""
	var ds []time.Time
	for _, m := range dayMonth.FindAllStringSubmatch(text, 3) {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if t, ok := date(2000, mo, d); ok && m[3] == "" {
			ds = append(ds, t)
		}
	}
	if len(ds) == 0 {
		if f, t, ok := wordDates(text + " 2000"); ok {
			ds = append(ds, f)
			if !t.Equal(f) {
				ds = append(ds, t)
			}
		}
	}
	switch {
	case len(ds) == 2 && !ds[1].Before(ds[0]):
		return ds[0], ds[1], true
	case len(ds) == 1 && ending:
		return ds[0].AddDate(0, 0, -6), ds[0], true
	case len(ds) == 1 && starting:
		return ds[0], ds[0].AddDate(0, 0, 6), true
	}
	return time.Time{}, time.Time{}, false
}

// resolve gives a heading's yearless days the year that puts them nearest
// the return's operation, and its week number the dates of that ISO week
// in the operation's year. Without an operation they stay unresolved.
func (x *extractor) resolve(h heading) (heading, bool) {
	if !h.noYear && h.weekNo == 0 && h.weekday == 0 {
		return h, true
	}
	op, ok := x.cat.Operation(x.ret.Operation)
	if !ok {
		return h, false
	}
	if h.weekday > 0 {
		// "Week ending Sunday": the seven days to the operation's last
		// Sunday ("w/c Tuesday": from its first Tuesday), then judged as
		// those dates are ("w/e 17/10/2021", "w/c 12/10/2021")
		d := int(h.weekday - 1)
		if h.starts {
			h.from = op.Starts.AddDate(0, 0, (d-int(op.Starts.Weekday())+7)%7)
			h.to = h.from.AddDate(0, 0, 6)
		} else {
			h.to = op.Ends.AddDate(0, 0, -((int(op.Ends.Weekday()) - d + 7) % 7))
			h.from = h.to.AddDate(0, 0, -6)
		}
		return h, true
	}
	if h.weekNo > 0 {
		y, _ := op.Starts.ISOWeek()
		jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		h.from = monday.AddDate(0, 0, 7*(h.weekNo-1))
		h.to = h.from.AddDate(0, 0, 6)
		return h, true
	}
	best := h
	for y := op.Starts.Year() - 1; y <= op.Starts.Year()+1; y++ {
		c := h
		c.from, c.to = h.from.AddDate(y-2000, 0, 0), h.to.AddDate(y-2000, 0, 0)
		if c.month {
			c.to = c.from.AddDate(0, 1, -1) // February has its own year's days
		}
		if best.from.Year() < 2001 || absDays(c.from.Sub(op.Starts)) < absDays(best.from.Sub(op.Starts)) {
			best = c
		}
	}
	return best, true
}

func absDays(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

var (
	weekEndingWords   = phrases("week ending", "w e", "we", "week end", "ending")
	weekStartingWords = phrases("week commencing", "week beginning", "week starting", "w c", "wc", "commencing", "beginning", "starting")
	// headingMonth is a month named by its name and a year in a heading:
	// "May 2021", "Sept 2020", "Oct '21", "Oct-21" (as Excel shows mmm-yy);
	// never "Marijuana 20" or "Oct 17", which may be a day.
	headingMonth = regexp.MustCompile(`(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\.?\s*(20\d\d|'\d\d)|-(\d\d))\b`)
	// opCode is an operation's code, year and month: "2021-05".
	opCode = regexp.MustCompile(`\b(20\d\d)[-/.](0[1-9]|1[0-2])\b`)
	// monthName is a normalised word that is a month's name: "may", "oct", "sept".
	monthName = regexp.MustCompile(`^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$`)
)

// periodNamed returns the span of days a heading names: its dates ("11/10/2021
// - 17/10/2021", "17-23 May 2021"), the week a single date starts or ends
// ("Week ending 23/05/2021"), or a month by its name and year ("May 2021",
// "Oct 2021 IW") or by an operation's code ("2021-05"). Zero times for none.
func periodNamed(text string, words []string) (from, to time.Time, month bool) {
	if !strings.ContainsAny(text, "0123456789") {
		return
	}
	if from, to, ok := parseDateText(text); ok {
		if from.Equal(to) {
			switch {
			case findPhrase(words, weekEndingWords) != "":
				from = to.AddDate(0, 0, -6)
			case findPhrase(words, weekStartingWords) != "":
				to = from.AddDate(0, 0, 6)
			}
		}
		return from, to, false
	}
	if from, to, ok := longPeriod(text); ok {
		return from, to, true
	}
	y, mon := 0, time.Month(0)
	if m := opCode.FindStringSubmatch(text); m != nil {
		y, _ = strconv.Atoi(m[1])
		n, _ := strconv.Atoi(m[2])
		mon = time.Month(n)
	} else if m := headingMonth.FindStringSubmatch(text); m != nil {
		y, _ = strconv.Atoi(strings.TrimPrefix(m[2]+m[3], "'")) // "May 2021", "May '21", "May-21" (Excel's mmm-yy)
		if y < 100 {
			y += 2000
		}
		mon = months[strings.ToLower(m[1])[:3]]
	}
	if y == 0 {
		return
	}
	from = time.Date(y, mon, 1, 0, 0, 0, 0, time.UTC)
	return from, from.AddDate(0, 1, -1), true
}

var (
	// financialYear is "2020/21", "2020-21", "FY 2020-21", "FY20/21",
	// "2020/2021": April to March.
	financialYear = regexp.MustCompile(`(?i)(?:\bfy\s*'?(\d\d)\s*[/-]\s*(\d\d)\b)|\b(20\d\d)\s*[/-]\s*(20\d\d|\d\d)\b`)
	// monthSpan is "Jan-Sep 2021", "January to September 2021".
	monthSpan = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:-|–|to|until)\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(20\d\d|'\d\d)\b`)
	// calendarYear is a year alone: "Arrests 2019", "in 2021"; never the
	// year of an Act ("Modern Slavery Act 2015").
	calendarYear = regexp.MustCompile(`(?i)(\bact\s+)?\b(20\d\d)\b`)
)

// longPeriod reads a period longer than a week that a heading or label
// names: a financial year, a span of months, a year alone.
func longPeriod(text string) (from, to time.Time, ok bool) {
	if m := financialYear.FindStringSubmatch(text); m != nil {
		a, b := m[1], m[2]
		if a == "" {
			a, b = m[3], m[4]
		}
		y1, _ := strconv.Atoi(a)
		y2, _ := strconv.Atoi(b)
		if y1 < 100 {
			y1 += 2000
		}
		if y2%100 == (y1+1)%100 && (y2 < 100 || y2 == y1+1) {
			from = time.Date(y1, time.April, 1, 0, 0, 0, 0, time.UTC)
			return from, from.AddDate(1, 0, -1), true
		}
	}
	if m := monthSpan.FindStringSubmatch(text); m != nil {
		y, _ := strconv.Atoi(strings.TrimPrefix(m[3], "'"))
		if y < 100 {
			y += 2000
		}
		m1, m2 := months[strings.ToLower(m[1])], months[strings.ToLower(m[2])]
		if m1 < m2 {
			from = time.Date(y, m1, 1, 0, 0, 0, 0, time.UTC)
			return from, time.Date(y, m2+1, 0, 0, 0, 0, 0, time.UTC), true
		}
	}
	if yearText.MatchString(text) {
		// A year alone ("1995" as well as "2020"): a heading typed as a
		// number (yearHeadings).
		y, _ := strconv.Atoi(strings.TrimSpace(text))
		from = time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
		return from, from.AddDate(1, 0, -1), true
	}
	if !headingMonth.MatchString(text) && !opCode.MatchString(text) {
		for _, m := range calendarYear.FindAllStringSubmatch(text, -1) {
			if m[1] == "" {
				y, _ := strconv.Atoi(m[2])
				from = time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
				return from, from.AddDate(1, 0, -1), true
			}
		}
	}
	return time.Time{}, time.Time{}, false
}

// dated reports whether the heading names a period of days, or a week by
// its number.
func (h heading) dated() bool { return !h.from.IsZero() || h.weekNo > 0 || h.weekday > 0 }

// oneDay reports whether the heading names a single day ("12/10/2021"):
// a day of a week, not a week or a longer period.
func (h heading) oneDay() bool { return !h.from.IsZero() && h.from.Equal(h.to) && h.weekNo == 0 }

// absolute reports whether the heading's dates stand without the
// operation's year: dates with a year, not a week number or a day range
// without one.
func (h heading) absolute() bool { return !h.from.IsZero() && !h.noYear && h.weekNo == 0 }

// pureHeading reports whether text says nothing but which period its
// figures are for and what unit or scale they are in ("Last week", "%
// change", "This week (11-17 Oct)", "May 2021", "Total (£)", "£000s",
// "Value (€)"): a heading, never a label, and the only kind of text above
// a column that decides its figures' week, scale and currency. A remark in
// a value column ("previous figure was wrong") is not one.
//
// A text that opens with a count and then a word of no date or span of
// time is a figure, whatever its other words: "43 up to and including
// Sunday 17/10/2021" beside Arrests is the week's 43 with the day it runs
// to, not a heading dated 17/10/2021, and so is "43 (up to Sunday
// 17/10/2021), regional total" ("12 months to 17/10/2021", "11 to 17
// October", "17 Oct 2021", "11 (Mon) to 17 (Sun) Oct" stay headings).
func pureHeading(text string) bool {
	if m := leadingCount.FindStringSubmatch(text); m != nil {
		if w := catalog.Normalize(m[1] + m[2]); !spanWords[w] && (w == "up" || !headingVocab[w]) && !dateish.MatchString(w) {
			return false
		}
	}
	h := readHeading(text)
	ls := readSigns(text)
	if h.period == periodNone && !h.dated() && !h.unread && ls.unit == "" && ls.scale == 1 && ls.foreign == "" && ls.oddScale == "" {
		return false
	}
	// moneyFigure needs a digit, and taking the scales out adds none.
	if hasDigit(text) && moneyFigure.MatchString(scaleOdd.ReplaceAllString(scaleMillions.ReplaceAllString(scaleThousands.ReplaceAllString(text, " "), " "), " ")) {
		return false // "£5,000 and €2,000": amounts of money, not a heading's sign
	}
	rest := dateish.ReplaceAllString(ls.text, " ")
	for _, w := range strings.Fields(catalog.Normalize(rest)) {
		if !headingVocab[w] && !isUnitWord(w) {
			return false
		}
	}
	return true
}

var (
	// leadingCount is a count that opens a text, no year, with the word
	// after it or opening a bracket after it.
	leadingCount = regexp.MustCompile(`^\s*(?:[1-9]\d{0,2}(?:,\d{3})*|0)(?:\s+([A-Za-z]+)|\s*\(\s*([A-Za-z]+))`)
	// spanWords after a number say a span of time or join two days: "12
	// months to", "11 to 17 October", "1st of".
	spanWords = setOf("day", "days", "week", "weeks", "wk", "wks", "month", "months", "mth", "mths", "mnth", "mnths", "year", "years", "yr", "yrs",
		"to", "and", "until", "till", "through", "thru", "of", "st", "nd", "rd", "th")
	dateish = regexp.MustCompile(`(?i)\d{1,4}([/.-]\d{1,2}([/.-]\d{2,4})?)?(st|nd|rd|th)?|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b`)
	// headingVocab is every word a pure heading may hold.
	headingVocab = func() map[string]bool {
		m := setOf("the", "of", "to", "from", "for", "on", "in", "and", "at", "wk", "w", "c", "wc", "week", "dates", "date",
			"period", "operation", "op", "year", "month", "day", "same", "all", "figure", "no", "value", "weight", "quantity", "qty",
			"ending", "commencing", "beginning", "starting", "end", "we", "e", "fy", "financial", "calendar", "quarter", "months",
			"inc", "incl", "including", "wk", "wks", "yr", "yrs", "no", "number",
			// whose figure a comparison is: "Force average", "National average"
			"force", "national", "regional", "region", "peer", "group", "msg", "england", "wales", "uk")
		m["since"] = true
		m["q"] = true // "Q4" without its number (dateish): a quarter
		// the other words of longerPeriod: "Qtr 3", "H2", "Half year",
		// "Fiscal year", "YTD"
		for _, w := range []string{"qtr", "h", "half", "fiscal", "fin", "ytd", "fytd"} {
			m[w] = true
		}
		for _, list := range [][][]string{comparisonWords, notCountWords, thisWords, longerWords, wholeWords} {
			for _, p := range list {
				for _, w := range p {
					m[w] = true
				}
			}
		}
		return m
	}()
)

// periodOf decides a heading's period for this return. A word of
// comparison decides it; else a heading that names a period is this
// week's when the period overlaps the return's operation and another
// period's when it does not; else its words decide, or nothing does.
func (x *extractor) periodOf(h heading) period {
	if h.period == periodOther || !h.dated() && !h.unread {
		return h.period
	}
	op, ok := x.cat.Operation(x.ret.Operation)
	if !ok {
		return h.period
	}
	if h.unread {
		// "w/e 24th", "Week 60": a date we cannot read may be another
		// week's; its figures are not taken as this week's.
		return periodOther
	}
	h, _ = x.resolve(h)
	if h.to.Before(op.Starts) || h.from.After(op.Ends) {
		return periodOther
	}
	if h.month && h.noYear {
		// "October" with no year: another month is another period, and
		// so is the operation's own month unless the heading says it is
		// the week ("October IW", "Total for October").
		if h.period == periodThis {
			return periodThis
		}
		return periodOther
	}
	// A period that holds the week but is longer is a cumulative figure,
	// not this week's: dates spanning more than the week and a day ("1-31
	// October", "11-24 October"), a year, a financial year, months. A
	// month named by its name ("October 2021") is how forces title the
	// week.
	long := h.to.Sub(h.from) > op.Ends.Sub(op.Starts)+24*time.Hour
	if h.month {
		long = h.to.Sub(h.from) > 40*24*time.Hour
	}
	if h.weekNo > 0 || !h.month && !h.oneDay() {
		// A week by its number, or days that are not the operation's
		// ("w/e 13/05/2019" in a return for Monday 13 to Monday 20 May
		// 2019), are this week's when they hold most of the operation's
		// days: a week that shares a day or two with it is another.
		few := 2*daysHeld(h, op) <= days(op.Starts, op.Ends)
		long = few || long && h.weekNo == 0
	}
	if long || partOfWeek(h, op) {
		return periodOther
	}
	return periodThis
}

// partOfWeek reports dates that lie inside the operation's week and
// leave some of its days out ("11-14 Oct", "13/10/2021 - 17/10/2021"): a
// part of the week's count, never the week's. Dates that stand out of the
// week at one end and hold most of it ("w/e 13/05/2019" over a
// Monday-to-Monday week) are the week counted another way; one day, a
// week by its number or its weekday, and a month are judged as such.
func partOfWeek(h heading, op catalog.Operation) bool {
	if h.from.IsZero() || h.oneDay() || h.month || h.weekNo > 0 || h.weekday > 0 || h.from.Before(op.Starts) || h.to.After(op.Ends) {
		return false
	}
	return daysHeld(h, op) < min(7, days(op.Starts, op.Ends))
}

// remember answers f(text) once per text: labels and headings repeat
// across the rows and layouts that each look at them.
func remember[T any](m map[string]T, text string, f func(string) T) T {
	if v, ok := m[text]; ok {
		return v
	}
	v := f(text)
	m[text] = v
	return v
}

// sense is readSigns, remembered.
func (x *extractor) sense(text string) labelSense { return remember(x.senses, text, readSigns) }

// pure is pureHeading, remembered.
func (x *extractor) pure(text string) bool { return remember(x.pures, text, pureHeading) }

// headingOf is readHeading, remembered.
func (x *extractor) headingOf(text string) heading { return remember(x.headings, text, readHeading) }

// headingCells lists the pure headings over the column a value cell is
// in, nearest first: the nearest cell above it that is words rather than
// a figure, when it is a heading, and the headings stacked over that one
// in the two rows above it ("This week" merged over "No. | £"), up to a
// blank row or a cell the force or the week was read from. nearest is the
// nearest cell of words above, heading or not; -1 for none. A lone sign
// that is a label's value ("Drugs seized | £") is passed over: it is no
// heading.
func (x *extractor) headingCells(g *grid, i int) (cells []int, nearest int) {
	h := g.head[i]
	for h >= 0 && g.valueOf[h] {
		h = g.head[h]
	}
	if h < 0 {
		return nil, -1
	}
	if x.pure(g.cell(h).Text) {
		cells = append(cells, h)
	}
	c := g.cell(h)
	for r := c.Row - 1; r >= c.Row-2 && r >= 1; r-- {
		if g.hiddenRow[r] {
			continue
		}
		j := g.covering(r, c.Col)
		if j < 0 {
			if len(g.byRow[r]) == 0 {
				break // a blank row: the heading block ends
			}
			continue
		}
		if g.valueOf[j] {
			continue
		}
		if g.used[j] {
			break
		}
		if g.cell(j).Kind == etl.KindText && x.pure(g.cell(j).Text) {
			cells = append(cells, j)
		}
	}
	return cells, h
}

// columnHeading finds what the headings over a value cell's column say
// about its week: the nearest one that says anything about it. It returns
// that heading's cell index, or the nearest cell of words above for a
// column whose headings do not say, or -1 for a column with no heading.
func (x *extractor) columnHeading(g *grid, i int) (heading, int) {
	cells, nearest := x.headingCells(g, i)
	for _, j := range cells {
		if hd := x.headingOf(g.cell(j).Text); hd.period != periodNone || hd.dated() || hd.unread {
			return hd, j
		}
	}
	// Words over the column that are no pure heading but name a date or a
	// week ("Kent figures w/e 24/10/2021"): the figures under them are not
	// taken as unheaded, as long as no blank row and no label stands
	// between.
	if nearest >= 0 && g.cell(nearest).Kind == etl.KindText && !x.isLabel(g.cell(nearest).Text) && g.block(g.cell(nearest).Row, g.cell(i).Row) {
		if hd := x.headingOf(g.cell(nearest).Text); hd.dated() || hd.unread {
			return hd, nearest
		}
	}
	return heading{}, nearest
}

// block reports whether rows r1 to r2 stand in one block: no blank row
// that is not hidden between them.
func (g *grid) block(r1, r2 int) bool {
	for r := r1 + 1; r < r2; r++ {
		if len(g.byRow[r]) == 0 && !g.hiddenRow[r] {
			return false
		}
	}
	return true
}

// columnSense finds what the headings over a value cell's column say about
// its unit and scale ("This week (£000s)", "Value (€)", "£k"): the nearest
// heading that says anything about them, and its cell; -1 for none.
func (x *extractor) columnSense(g *grid, i int) (labelSense, int) {
	cells, _ := x.headingCells(g, i)
	for _, j := range cells {
		if ls := x.sense(g.cell(j).Text); ls.unit != "" || ls.scale != 1 || ls.foreign != "" || ls.oddScale != "" {
			return ls, j
		}
	}
	return labelSense{scale: 1}, -1
}

// loneSign reports whether text is nothing but a currency, a unit, a
// scale or a per cent sign: "£", "(€)", "GBP", "£000s", "£k", "%", "kg".
func loneSign(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || isUnitWord(t) {
		return t != ""
	}
	ls := readSigns(t)
	rest := strings.Trim(ls.text, "()% ")
	if rest != "" && !isUnitWord(rest) {
		return false
	}
	return ls.unit != "" || ls.scale != 1 || ls.foreign != "" || ls.oddScale != "" || strings.Contains(t, "%")
}

// labelValues finds the lone signs that stand where a label's figure goes
// ("Drugs seized | £", "Cash seized | £000s", "Arrests | %"): the first
// cell of words to the left of the sign, past figures, reads as a metric
// (read, or refused), and no other cell of the row is a heading. Such a
// sign is that label's value, a figure left blank: it heads no column,
// and the figures of other labels below it take nothing from it. A sign
// in a header row ("Drugs | This week | £"), beside words that are no
// label ("Item | £", "Drug type | £") still heads its column. "Drugs | £"
// over "Heroin | 500" is no table: £500 of heroin, or 500 grams with the
// drugs' value left blank? Refused for want of a unit, never guessed.
func (x *extractor) labelValues(g *grid) {
	g.valueOf = map[int]bool{}
	for _, row := range g.rows {
		cells := g.byRow[row]
		for k, i := range cells {
			c := g.cell(i)
			if g.used[i] || c.Kind != etl.KindText || !loneSign(c.Text) && !x.unreadFigure(c.Text) && !wordedFigure(c.Text) {
				continue
			}
			label := -1
			for l := k - 1; l >= 0; l-- {
				j := cells[l]
				if g.isValue(j) || g.cell(j).Kind == etl.KindText && loneSign(g.cell(j).Text) {
					continue
				}
				label = j
				break
			}
			if label < 0 || g.used[label] || g.cell(label).Kind != etl.KindText {
				continue
			}
			if r := x.readLabel(g.cell(label).Text, ""); !r.ok && r.why == nil && r.changer == "" {
				continue
			}
			header := false
			for _, j := range cells {
				if j != i && j != label && g.cell(j).Kind == etl.KindText && x.pure(g.cell(j).Text) && !loneSign(g.cell(j).Text) {
					header = true
				}
			}
			if !header {
				g.valueOf[i] = true
			}
		}
	}
}

// unreadFigure reports whether text is a figure we cannot read ("£1/2
// million", "£5.000,00", "40?"): digits, no date or heading, no label.
// Beside a label it is that label's value, reported as such, and never
// a heading whose "million" scales the figures below it.
func (x *extractor) unreadFigure(text string) bool {
	if !strings.ContainsAny(text, "0123456789") {
		return false
	}
	if _, err := ParseText(text); err == nil {
		return false
	}
	if _, odd := phrase.OddNumber(text); odd {
		return true // "£1/2 million" would read as a heading dated 1 February
	}
	// Only text that starts as a figure does ("£5,000-£6,000"): a heading
	// with a scale ("Street value (£000s)") is a heading.
	return figureStart.MatchString(text) && !x.pure(text) && !x.isLabel(text)
}

var figureStart = regexp.MustCompile(`^\s*[£€]?\s*\d`)

// wordedFigure reports whether text is a figure followed by words that
// read as a heading's ("43 so far", "43 to date", "43 cumulative", "43 -
// previous 38"): beside a label it is that label's value, read or
// refused there, never a heading over the figures of the rows below. A
// date ("11/10/2021", "11-17 Oct"), a week number or a scale ("000s")
// still heads a column.
func wordedFigure(text string) bool {
	if !figureStart.MatchString(text) || !strings.ContainsFunc(text, unicode.IsLetter) {
		return false
	}
	if m := restated.FindStringSubmatch(text); m != nil {
		// "2kg (11/10-17/10)", "£5,000 (2021: £3,000)": an amount with
		// its unit, and a date or a note in brackets after it, is a
		// value, not a heading dated by its bracket.
		if v, err := ParseText(m[1]); err == nil && v.Num != nil && v.Unit != "" {
			return true
		}
	}
	h := readHeading(text)
	if h.dated() || h.unread {
		return false
	}
	ls := readSigns(text)
	return ls.scale == 1 && ls.oddScale == ""
}

// comparisonColumn notes, once per heading, that a column's (or a row's)
// figures are a comparison and were not read; cells are figures of it
// that were skipped, which the note lists, and so does the heading itself
// when it holds a figure.
func (x *extractor) comparisonColumn(g *grid, head int, hd heading, cells ...int) {
	if head < 0 {
		return
	}
	c := g.cell(head)
	code := "comparison_column"
	if hd.unread {
		code = "unread_period"
	}
	fresh := x.noteOnce(g, code, g.sheet.Name+"!"+c.Ref(), c.Ref(), func() string {
		return fmt.Sprintf("the figures headed %q are %s; not loaded", strings.TrimSpace(c.Text), x.otherPeriod(hd))
	}, cells...)
	if fresh && x.holdsFigure(c) {
		k := x.noted[g.sheet.Name+"!"+c.Ref()]
		x.ret.Messages[k].Cells = append([]string{c.Ref()}, x.ret.Messages[k].Cells...)
	}
}

// otherPeriod says what figures of another period are.
func (x *extractor) otherPeriod(hd heading) string {
	switch {
	case hd.notCount:
		return "a proportion or average (" + hd.word + "), not a count"
	case hd.longer:
		return "for a longer period than the week (" + hd.word + ")"
	case hd.unread:
		return "for a date or week we cannot read, which may not be this return's week; write it as 'Week ending 17/10/2021' or 'This week'"
	case hd.month && x.holdsWeek(hd):
		return x.monthWhy(hd)
	case hd.period != periodOther:
		// Decided by the period the heading names.
		hd, _ = x.resolve(hd)
		if op, ok := x.cat.Operation(x.ret.Operation); ok && partOfWeek(hd, op) {
			return "for " + spanText(datedCell{from: hd.from, to: hd.to}) + ", a part of the week, not the whole of it"
		}
		what := "for another week or period (" + spanText(datedCell{from: hd.from, to: hd.to}) + ")"
		if hd.weekNo > 0 {
			what = fmt.Sprintf("for another week (week %d: %s)", hd.weekNo, spanText(datedCell{from: hd.from, to: hd.to}))
		}
		if op, ok := x.cat.Operation(x.ret.Operation); ok {
			what += ", not this return's week (" + spanText(datedCell{from: op.Starts, to: op.Ends}) + ")"
		}
		return what
	}
	return "a comparison (" + hd.word + ")"
}

// holdsWeek reports a heading's period that holds the return's week
// ("October" for 11-17 October 2021).
func (x *extractor) holdsWeek(hd heading) bool {
	op, ok := x.cat.Operation(x.ret.Operation)
	hd, _ = x.resolve(hd)
	return ok && !hd.from.After(op.Starts) && !hd.to.Before(op.Ends)
}

// monthWhy says what figures of a month or a year that holds the week
// are.
func (x *extractor) monthWhy(hd heading) string {
	hd, _ = x.resolve(hd)
	return "for a longer period than the week (" + spanText(datedCell{from: hd.from, to: hd.to}) + ")"
}

// noteOnce says a comparison warning once per key (a heading, a sheet),
// at cell, and lists on it the figures of cells; fresh when it was said
// now.
func (x *extractor) noteOnce(g *grid, code, key, cell string, text func() string, cells ...int) (fresh bool) {
	k, ok := x.noted[key]
	if !ok {
		x.msg(etl.SevWarning, code, g.sheet.Name, cell, "%s", text())
		k = len(x.ret.Messages) - 1
		x.noted[key] = k
	}
	for _, i := range cells {
		if x.holdsFigure(g.cell(i)) {
			x.ret.Messages[k].Cells = append(x.ret.Messages[k].Cells, g.cell(i).Ref())
		}
	}
	return !ok
}

// ---- words and signs inside a label ----

// labelSense is what the signs inside a label say about its figure. The
// words are the phrase grammar's (labels.go): a word that changes the
// meaning ("previous", "negative", "rate") is one of its words.
type labelSense struct {
	text    string   // the label with the signs taken out
	unit    etl.Unit // £ or € named in the label
	scale   float64  // (£000s), (£k), (thousands): the figure is in thousands
	money   bool     // the scale is of money ("£000s"): it scales only amounts of money
	foreign string   // a currency we do not load ("$", "USD", "dollars"), as written
	// oddScale is a scale written in a way we do not read ("£100s",
	// "(£0000s)"), as written: its figures are refused, never read unscaled.
	oddScale string
}

// apos is an apostrophe as typed or as Word curls it: "£'000", "£’000".
const apos = "[‘’'`]"

var (
	// The ways forces write "in thousands" ("£000s", "£'000", "£,000",
	// "£ 000", "£000's", "(000s)", "('000)", "'000", "£k", "(£ x 1000)",
	// "thousands") and "in millions" ("£m", "£mn", "£000,000",
	// "millions"); an apostrophe may be typed or curly.
	scaleThousands = regexp.MustCompile(`(?i)(?:[£€]\s*` + apos + `?\s*,?000` + apos + `?s?\b|\(\s*` + apos + `?\s*,?000` + apos + `?s?\s*\)|(?:^|\s)` + apos + `,?000` + apos + `?s?\b|(?:[£€]\s*|\b)thousands?\b|[£€]\s*k\b|[£€]?\s*(?:\bx|×)\s*[£€]?\s*1,?000\b)`)
	scaleMillions  = regexp.MustCompile(`(?i)(?:[£€]\s*` + apos + `?\s*,?000,000` + apos + `?s?\b|\(\s*` + apos + `?\s*,?000,000` + apos + `?s?\s*\)|[£€]\s*m(?:n|s|illions?)?\b|\bmillions?\b|[£€]?\s*(?:\bx|×)\s*[£€]?\s*1,?000,000\b)`)
	// scaleOdd is a scale written with figures that is neither of those:
	// "£100s", "(£0000s)", "£'00", "(00s)", "(£10,000s)". Refused, never
	// read as no scale.
	scaleOdd = regexp.MustCompile(`(?i)(?:[£€]\s*` + apos + `?\s*,?\d[\d,]*` + apos + `?s\b|[£€]\s*` + apos + `,?\d+|\(\s*[£€]?\s*` + apos + `?,?0+` + apos + `?s?\s*\)|[£€]\s*(?:\bx|×)\s*\d[\d,]*\b|(?:\bx|×)\s*[£€]\s*\d[\d,]*\b)`)
	// bareScale is zeros at the end of a label, after its words, with no
	// sign or bracket: "Cash seized 000s", "Cash seized ,000", "Cash
	// seized 000,000". Not a figure: "5 000" is preceded by a digit.
	bareScale     = regexp.MustCompile(`(^|[^\d\s,.])\s+(,?00+(?:,000)*` + apos + `?s?)\s*$`)
	euroSign      = regexp.MustCompile(`(?i)€|\beur\b|\beuros?\b`)
	poundSign     = regexp.MustCompile(`(?i)£|\bgbp\b|\bsterling\b`)
	dollarSign    = regexp.MustCompile(`(?i)(?:\bus)?\$|\busd\b|\bdollars?\b`)
	emptyBrackets = regexp.MustCompile(`\(\s*\)`)
	moneyFigure   = regexp.MustCompile(`(?i)[£€$]\s*\d|\d\s*(?:[£€]|\b(?:gbp|eur|euros?|pounds?)\b)`)
)

// mayNameDollars reports whether text (lower, lower-cased) holds what
// dollarSign needs: "$", "usd" or "dollar", or "ſ", which it reads as s.
func mayNameDollars(text, lower string) bool {
	return strings.Contains(text, "$") || strings.Contains(lower, "usd") || strings.Contains(lower, "dollar") || strings.ContainsRune(text, '\u017f')
}

// mayScaleMillions reports whether text holds what scaleMillions needs: a
// sign, "000" (every scale of figures, "x 1,000,000" too) or "million".
func mayScaleMillions(text, lower string) bool {
	return strings.ContainsAny(text, "£€") || strings.Contains(lower, "000") || strings.Contains(lower, "million")
}

// mayScaleThousands reports whether text holds what scaleThousands needs:
// a sign, "000" or "thousand".
func mayScaleThousands(text, lower string) bool {
	return strings.ContainsAny(text, "£€") || strings.Contains(lower, "000") || strings.Contains(lower, "thousand")
}

// mayScaleOdd reports whether text holds what scaleOdd needs: a sign, or
// a bracket and a zero ("(00s)").
func mayScaleOdd(text string) bool {
	return strings.ContainsAny(text, "£€") || strings.Contains(text, "(") && strings.Contains(text, "0")
}

// hasDigit reports whether text holds a digit \d matches.
func hasDigit(text string) bool { return strings.ContainsAny(text, "0123456789") }

// readSigns takes the signs out of a label: "Street value (£000s)",
// "Cash seized (€)", "Charged (%)", "Deal lines closed (YTD)".
func readSigns(text string) labelSense {
	s := labelSense{text: text, scale: 1}
	t := text
	// The patterns run only where their signs or words could be.
	lower := strings.ToLower(text)
	signs := strings.ContainsAny(text, "£€")
	euro := signs || strings.Contains(lower, "eur")
	pound := signs || strings.Contains(lower, "gbp") || strings.Contains(lower, "sterling")
	if mayNameDollars(text, lower) {
		if m := dollarSign.FindString(t); m != "" {
			s.foreign = strings.TrimSpace(m)
			t = dollarSign.ReplaceAllString(t, " ")
		}
	}
	if m := phrase.ForeignMoney(t); m != "" && s.foreign == "" {
		// "Cash seized (¥)", "Cash seized - foreign currency".
		s.foreign = m
		t = strings.ReplaceAll(t, m, " ")
	}
	switch {
	case euro && euroSign.MatchString(t):
		s.unit = etl.UnitEUR
	case pound && poundSign.MatchString(t):
		s.unit = etl.UnitGBP
	}
	// The scales' expressions run only where their signs, zeros or words
	// are. t is text with signs replaced by spaces: it holds no sign, word
	// or "000" that text does not.
	if mayScaleMillions(text, lower) {
		// Millions first: "£000,000" is no "£000" followed by ",000".
		if m := scaleMillions.FindString(t); m != "" {
			s.scale, s.money = 1e6, strings.ContainsAny(m, "£€")
			t = scaleMillions.ReplaceAllString(t, " ")
		}
	}
	if s.scale == 1 && mayScaleThousands(text, lower) {
		if m := scaleThousands.FindString(t); m != "" {
			s.scale, s.money = 1e3, strings.ContainsAny(m, "£€")
			t = scaleThousands.ReplaceAllString(t, " ")
		}
	}
	if mayScaleOdd(text) {
		if m := scaleOdd.FindString(t); m != "" {
			s.oddScale = strings.TrimSpace(m)
			t = scaleOdd.ReplaceAllString(t, " ")
		}
	}
	if s.scale == 1 && s.oddScale == "" && strings.Contains(t, "00") {
		if m := bareScale.FindStringSubmatch(t); m != nil {
			switch strings.TrimLeft(strings.TrimRight(m[2], "‘’'`sS"), ",") {
			case "000":
				s.scale = 1e3
			case "000,000":
				s.scale = 1e6
			default:
				s.oddScale = m[2]
			}
			t = bareScale.ReplaceAllString(t, "$1")
		}
	}
	if euro || pound {
		t = euroSign.ReplaceAllString(poundSign.ReplaceAllString(t, " "), " ")
	}
	s.text = strings.Join(strings.Fields(emptyBrackets.ReplaceAllString(t, " ")), " ")
	return s
}

// A column's heading may say whose its figures are as well as which week
// they are for: a wider area ("National", "All forces", "Regional
// total"), another force ("Essex Police"), a part of the force ("Medway",
// "North Kent", "Medway district"). Such a heading never says the
// force's own figure, whether it stands over one column of figures or
// beside others: the figure it would give is refused, naming the heading
// and its words (not_the_force_week), never loaded as the force's.

// areaWords in a column heading name a wider area than a force's, beside
// scopeWords: "England and Wales", "UK", "MSG", "Most similar group",
// "Forces". The force's own names are taken out first ("South Wales").
var areaWords = regexp.MustCompile(`(?i)\b(?:england|wales|uk|united kingdom|great britain|country[- ]?wide|msg|most similar (?:group|forces)|peer group|forces)\b`)

// columnScope says whose a value cell's column heading gives figures for
// when that is not the force as a whole, and which heading cell says so:
// the pure headings over the column, and the nearest words above it when
// they head the column (headsColumn); then the heading over the table's
// labels (corner) by the words that say for certain that its figures are
// none of the force's (outsideScope), another period's or changed: a word
// nobody taught us there ("Metric", "Indicator"), or a part's word
// ("District" over `Medway`, `Swale`), names what the labels are. -1 and
// "" for the force's own.
func (x *extractor) columnScope(g *grid, i int) (int, string) {
	for _, j := range x.columnWords(g, i) {
		if why := x.headingScope(g.cell(j).Text); why != "" {
			return j, why
		}
		if why := x.headingChange(g.cell(j).Text); why != "" {
			return j, why
		}
	}
	if j := x.corner(g, i); j >= 0 {
		// `Kent (YTD) │ Last week │ Total` over `Arrests │ 20 │ 300`:
		// the heading over the labels says what the table's figures
		// are, as one over their column does (ret28 H2)
		t := g.cell(j).Text
		if why := x.outsideScope(t); why != "" {
			return j, "over the table's labels, " + why
		}
		if why := x.headingChange(t); why != "" {
			return j, "over the table's labels, " + why
		}
		if hd := x.headingOf(t); x.periodOf(hd) == periodOther {
			return j, "over the table's labels, it says they are " + x.otherPeriod(hd)
		}
	}
	return -1, ""
}

// corner is the heading over the labels column of the table a value
// cell i stands in: the cell of words in the row of the heading nearest
// over i's column, in the column of the first cell of i's row (its
// label); -1 for none, or when that cell is i's own heading (a title
// across the table).
func (x *extractor) corner(g *grid, i int) int {
	_, near := x.headingCells(g, i)
	row := g.byRow[g.cell(i).Row]
	if near < 0 || len(row) == 0 {
		return -1
	}
	l := g.cell(row[0])
	if l.Col >= g.cell(i).Col || l.Kind != etl.KindText {
		return -1
	}
	j := g.covering(g.cell(near).Row, l.Col)
	if j < 0 || j == near || g.cell(j).Kind != etl.KindText || g.valueOf[j] {
		return -1
	}
	return j
}

// headingChange says what a column heading's words make its figures
// other than the week's plain count, as the same words after a figure
// would ("43 (pending)", "43 (provisional)", "43 per 100k"): not final
// yet (phrase.Provisional), a rate or an average, or a word the grammar
// reads as changing a figure's meaning ("Pending", "Per 100k", "Daily
// avg"); "" for none. Pure headings of the week ("This week", "11-17
// Oct") are decided by their period.
func (x *extractor) headingChange(text string) string {
	if why := x.notWholeWeek(text); why != "" {
		return why
	}
	if x.pure(text) {
		return ""
	}
	if x.provisional(text) {
		// "Figure (nearly final)": words.csv spells it "not final"
		return fmt.Sprintf("it says its figures are provisional or not final (%q): they are loaded when the force sends the final figures", strings.TrimSpace(text))
	}
	if hd := x.headingOf(text); hd.notCount || hd.longer && !leadingFigure.MatchString(text) {
		// "Figure over 2 weeks", "Over 2 weeks": a longer stretch with
		// words no pure heading holds ("12 monthly visits" opens with a
		// count of its own)
		return "it says they are " + x.otherPeriod(hd)
	}
	if cut := hedgeTailCut(text); cut != text {
		// "Month at least", "October at least": the heading's name
		// without its hedge is another period's (reread25 E7)
		if hd := x.headingOf(cut); hd.notCount || hd.longer || hd.month && x.periodOf(hd) == periodOther {
			return "it says they are " + x.otherPeriod(hd)
		}
	}
	if m := boundTail.FindString(text); m != "" && x.headingHedge(text) == "" {
		return fmt.Sprintf("its last words %q bound its figures in a way not read: not the exact count", strings.TrimSpace(m))
	}
	if l := x.rd.Label(text, phrase.Context{}); l.Changer != "" {
		return fmt.Sprintf("its word %q changes what its figures are (another period, a rate, a figure still to do)", l.Changer)
	}
	if w := x.addedWord(text, catalog.Metric{}); w != "" {
		// "Later", "Further", "Additional" over the figures (ret29 N5)
		return fmt.Sprintf("its word %q says its figures are more than a count not given, or made later", w)
	}
	if why, _ := x.noteWordsSay(strings.ReplaceAll(text, "?", " ")); why != "" {
		// "Figure (double counted)", "Incl. other ops": a note's words,
		// said of every figure under them ("?" asks in a form's heading)
		return "it says its figures are " + why
	}
	return ""
}

// notWholeWeek says why a heading's days are not the return's week: a
// part of it by its days' names or numbers ("Mon-Thu", "Day 1", "Days
// 1-4"), one day by its day and month ("Tue 12/10") or by its date inside
// the week, not at its start or end ("12/10/2021"), or seven days that
// leave one of the week's out ("10-16 Oct", "12-18 Oct": another week's
// count, with days the operation did not have); "" for none. A heading
// holding the whole week and a day more ("10-17 Oct") is the week. The
// force's own names are passed over: a transposed table's row heading
// "Kent Mon-Thu" is judged as "Mon-Thu".
func (x *extractor) notWholeWeek(text string) string {
	named := strings.Trim(x.withoutOwnNames(text), " -–—:,") // a row's "Kent Mon-Thu", "Kent - Day 1"
	op, opOK := x.cat.Operation(x.ret.Operation)
	if w := x.weekPart(named); w != "" {
		return fmt.Sprintf("it names a part of the week (%q), not the whole of it", w)
	}
	if why := x.daysPart(named); why != "" {
		return "it says its figures are " + why // "Kent - 6 days", "Thursday onwards"
	}
	counted := named
	if x.headingOf(text).dated() {
		// a dated heading ("11th - 17th October") is judged by its dates,
		// and by the words left beside them ("11/10/21 - 17/10/21 until
		// Wed", "w/e 17/10/21 (thru Thursday)": reread23 E17)
		counted = headingDates.ReplaceAllString(named, " ")
	}
	// the words in brackets or after a dash are judged apart from the
	// heading's name: "Figure (up to Sunday)" is counted to the week's
	// own end, as "up to Sunday" is, "Figure (up to Thursday)" inside it
	parts := []string{counted}
	if asides := headingAside.FindAllStringSubmatch(counted, -1); len(asides) > 0 {
		parts = []string{headingAside.ReplaceAllString(counted, " ")}
		for _, m := range asides {
			parts = append(parts, m[1]+m[2])
		}
	}
	for _, p := range parts {
		if why := x.countedInside(strings.Trim(p, "()[] -–—,:")); why != "" {
			return "it says its figures are " + why // "Kent (up to Thursday)": daysPart's words are judged above
		}
		if w := partialWord.FindString(p); w != "" {
			// "Figure (up to Sunday) partial", "Figure partial": the
			// week's end beside it does not make a part of the count the
			// week's (reread24 E3, E11)
			return fmt.Sprintf("it says its figures are only a part of the count (%q)", w)
		}
	}
	if named != strings.TrimSpace(text) {
		// the words after the force's own name: "Kent (rolling 12
		// months)", "Kent (approx, Q3)"
		if hd := x.headingOf(named); hd.longer || hd.notCount {
			return "it says they are " + x.otherPeriod(hd)
		}
	}
	hd := x.headingOf(text)
	if !hd.dated() && dayNote.MatchString(named) {
		return fmt.Sprintf("it names one day (%q), not the week", named)
	}
	if !opOK || hd.from.IsZero() || hd.month || hd.weekNo > 0 || hd.weekday > 0 || hd.period == periodOther || hd.notCount {
		return ""
	}
	r, ok := x.resolve(hd)
	if !ok || r.to.Before(op.Starts) || r.from.After(op.Ends) {
		return ""
	}
	if r.oneDay() {
		if r.from.After(op.Starts) && r.from.Before(op.Ends) {
			return "it names one day inside the week (" + spanText(datedCell{from: r.from, to: r.to}) + "), not the week"
		}
		return ""
	}
	week := days(op.Starts, op.Ends)
	if held := daysHeld(r, op); held < min(7, week) && days(r.from, r.to) <= 7 {
		return "its days (" + spanText(datedCell{from: r.from, to: r.to}) + ") leave out some of the week's, and may hold others: not the week's count"
	} else if held == week && days(r.from, r.to) > week && days(r.from, r.to) <= week+6 {
		// "10-17 Oct", "11-18 Oct": the week and days more, whose
		// figures may be in the count
		return "its days (" + spanText(datedCell{from: r.from, to: r.to}) + ") are the week and more: not the week's count"
	}
	return ""
}

// headingDates is the dates of a dated heading, and the words that make
// them a week's: "11/10/21 - 17/10/21", "11th - 17th October 2021",
// "w/e 17/10/21", "week ending".
var headingDates = regexp.MustCompile(`(?i)\b\d{1,4}(?:st|nd|rd|th)?(?:\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{2,4})?)?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|\bw\s*/\s*[ec]\b\.?|\bweek\s+(?:ending|commencing|starting|beginning)\b|[-–—]`)

// wholeWeekDays reports whether days named by the week's days' names or
// numbers are the whole of the operation's week: "Mon-Sun", "Days 1-7"
// of a week from Monday to Sunday ("Tue-Mon" is seven days, not its).
func wholeWeekDays(text string, op catalog.Operation) bool {
	m := dayStretch.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	if m[1] != "" {
		first, _ := strconv.Atoi(m[1])
		last, _ := strconv.Atoi(m[2])
		return first == 1 && last == days(op.Starts, op.Ends)
	}
	from, to := weekdayOf(strings.ToLower(m[3])[:3]), weekdayOf(strings.ToLower(m[4])[:3]) // "Tues", "Sunday": "tue", "sun"
	return days(op.Starts, op.Ends) == 7 && from == op.Starts.Weekday() && to == op.Ends.Weekday()
}

// dayStretch is a stretch of days from one to another, by their numbers
// ("Days 1-7") or their names ("Mon-Sun", "Monday to Sunday").
var dayStretch = regexp.MustCompile(`(?i)^\s*\(?\s*(?:days?\s+(\d+)\s*(?:-|–|to)\s*(\d+)|(` + weekdayAlt + `)\s*(?:-|–|to)\s*(` + weekdayAlt + `))\s*\)?\s*\.?\s*$`)

// columnHedge is the hedge the words heading a value cell's column put on
// its figures ("Estimated", "Approx"), as a label's would: "" for none.
func (x *extractor) columnHedge(g *grid, i int) etl.Qualifier {
	for _, j := range x.columnWords(g, i) {
		if q := x.headingHedge(g.cell(j).Text); q != "" {
			return q
		}
	}
	return ""
}

// headingHedge is the hedge a heading's words put on the figures under
// them or, a transposed table's row heading, beside them ("Estimated",
// "Kent (est.)", "Kent ~"): "" for none.
func (x *extractor) headingHedge(t string) etl.Qualifier {
	if t = x.withoutStanding(x.vocab().spelled(t)); t == "" {
		return "" // "see below": no hedge "below"
	}
	// A bound at a day ("up to Sunday", "as at 17/10/2021") is a time,
	// no hedge: a day inside the week is a part of it (notWholeWeek), the
	// week's last day the week (reread23 E16). The words beside it are
	// judged alone ("Estimated (up to Sunday)").
	bound := func(w string) bool { return x.rd.DayBound(x.weekWords(w), x.week()) }
	// With a bound, the words left beside it and the heading's dates are
	// still read: "11/10/21 - 17/10/21 approx", "Figure (up to Sunday)
	// nearly" (reread24 E2, E3)
	said := []string{t}
	if bound(t) {
		said = []string{
			strings.Trim(boundDates.ReplaceAllString(t, " "), " -–—:,()"),
			strings.Trim(headingAside.ReplaceAllString(t, " "), " -–—:,()"),
		}
		// and the words on each side of a bracket and in it: "Figure
		// (up to Sunday) at least", "Figure (up to Sunday) (nearly)"
		for _, w := range headingAside.Split(t, -1) {
			said = append(said, strings.Trim(w, " -–—:,()"))
		}
		for _, m := range headingAside.FindAllStringSubmatch(t, -1) {
			said = append(said, m[1]+m[2])
		}
	}
	for _, w := range said {
		if w = x.withoutStanding(w); w == "" || bound(w) {
			continue
		}
		if q := x.rd.Label(w, phrase.Context{}).Qualifier; q != "" {
			return q
		}
		// "Estimate": the hedge the words would put on a figure they
		// followed ("43 (estimate)"); after the force's own names ("Kent -
		// estimate")
		if _, q := x.noteWordsSay(w); q != "" {
			return q // "Figure (best guess)"
		}
		if q := trailingHedge(w); q != "" {
			return q // "Figure at least", "Figure (up to Sunday) minimum"
		}
		if q := trailingAfter(w); q != "" {
			return q // "Figure plus", "Figure +", "Figure or more"
		}
	}
	ws := []string{t, strings.Trim(x.withoutOwnNames(t), " -–—:,()"), strings.TrimSpace(headingAside.ReplaceAllString(t, " "))}
	for _, m := range headingAside.FindAllStringSubmatch(t, -1) {
		ws = append(ws, m[1]+m[2]) // "Figure (estimate only)", "Figure - estimate"
	}
	ws = append(ws, said...)
	for _, w := range ws {
		if w = x.withoutStanding(w); w == "" || bound(w) {
			continue // "Figure (see below)", "Figure (up to Sunday)"
		}
		if v, err := ParseText("1 (" + strings.TrimSpace(w) + ")"); err == nil && v.Num != nil && v.Qualifier != etl.Exact && v.Qualifier != "" {
			return v.Qualifier
		}
	}
	return ""
}

// trailingHedge is the hedge a heading's last words put on its figures
// as they would before a figure ("Figure at least": "at least 43";
// "Figure minimum", "Figure approx.", "Minimum" in brackets after a
// heading's bound); "" for none. Only words that with
// a figure after them read as that figure hedged and nothing else are
// one: "Under 18" is none ("under 18 1" is no figure).
func trailingHedge(w string) etl.Qualifier {
	ws := strings.Fields(w)
	for k := 1; k <= 3 && k <= len(ws); k++ {
		tail := strings.Trim(strings.Join(ws[len(ws)-k:], " "), "()")
		if v, err := ParseText(tail + " 1"); err == nil && v.Num != nil && *v.Num == 1 && v.Unit == "" && v.Qualifier != etl.Exact && v.Qualifier != "" {
			return v.Qualifier
		}
	}
	return ""
}

// trailingAfter is the hedge a heading's last words put on its figures
// as they would after a figure ("Figure plus": "43 plus"; "Figure or
// more": "43 or more"; "Figure +"); "" for none.
func trailingAfter(w string) etl.Qualifier {
	ws := strings.Fields(strings.ReplaceAll(w, "+", " + "))
	for k := 1; k <= 3 && k <= len(ws); k++ {
		tail := strings.Trim(strings.Join(ws[len(ws)-k:], " "), "()")
		if v, err := ParseText("1 " + tail); err == nil && v.Num != nil && *v.Num == 1 && v.Unit == "" && v.Qualifier != etl.Exact && v.Qualifier != "" {
			return v.Qualifier
		}
	}
	return ""
}

// hedgeTailCut is a heading without its last words that hedge its
// figures (trailingHedge, trailingAfter): "October at least" is
// "October"; the heading itself when none do.
func hedgeTailCut(w string) string {
	ws := strings.Fields(w)
	for k := min(3, len(ws)-1); k >= 1; k-- {
		tail := strings.Join(ws[len(ws)-k:], " ")
		if trailingHedge(tail) != "" || trailingAfter(tail) != "" {
			return strings.Join(ws[:len(ws)-k], " ")
		}
	}
	return w
}

// boundDates is a heading's dates with the word that joins them or
// bounds a count at them: "11/10/2021 to 17/10/2021", "up to 17/10"
// (taken out, "figures up to 17/10" leaves no "up to" to read as a hedge).
var boundDates = regexp.MustCompile(`(?i)(?:\b(?:up\s+to|until|till|thru|through|as\s+(?:at|of)|to|and|by)\s+)?(?:` + headingDates.String() + `)`)

// partialWord says a heading's figures are a part of the count.
// "Figure (partly)", "Figure in part", "Figure part" (reread25 E7).
var partialWord = regexp.MustCompile(`(?i)\bpartial(?:ly)?\b|\bpartly\b|\bin\s+part\b|\bpart\W*$`)

// boundTail is a heading's last words that bound its figures in a way
// the value reader does not read after a heading's name ("Figure at
// most", "Figure less", "Figure (or fewer)"): no figure under them is the
// exact count (review25 W18).
var boundTail = regexp.MustCompile(`(?i)\b(?:at\s+most|at\s+the\s+most|no\s+more\s+than|or\s+less|or\s+fewer|or\s+more|or\s+over|less|fewer|plus)\W*$|\+\W*$`)

// headingAside is the words a heading puts after its name, in brackets
// or after a dash: "Figure (estimate only)", "Figure - estimate".
var headingAside = regexp.MustCompile(`\(([^()]*)\)|\s[-–—]\s+(.+)$`)

// columnWords are the cells heading a value cell's column whose words
// say what or whose its figures are: the pure headings over it, and the
// nearest words above it when they head it (headsColumn); never a
// label's value above ("7, regional total"), read as that label's.
func (x *extractor) columnWords(g *grid, i int) []int {
	cells, nearest := x.headingCells(g, i)
	if nearest >= 0 && !slices.Contains(cells, nearest) && x.headsColumn(g, nearest, i) {
		cells = append([]int{nearest}, cells...)
	}
	return slices.DeleteFunc(cells, func(j int) bool { return g.used[j] || x.figureHeld(g.cell(j)) })
}

// figureHeld reports a cell of words above a column that holds a figure
// of its own, and so heads nothing: not a rate's heading with its base
// ("Per 100k"), nor a longer period's ("Q4"), which a value reader
// would read as a figure.
func (x *extractor) figureHeld(c *etl.Cell) bool {
	hd := x.headingOf(c.Text)
	whole := strings.TrimSpace(c.Text)
	return x.holdsFigure(c) && !hd.notCount && !hd.longer && x.weekPart(c.Text) == "" && (x.daysSaid(c.Text) == "" || leadingFigure.MatchString(c.Text) && dayCount.FindString(whole) != whole) // "Per 100k", "Day 1", "Q4", "up to 14/10", "4 of 7 days": no figures; "43 from 11/10/2021" is one
}

// headsColumn reports whether cell h, words above value cell i that are
// no pure heading, heads i's column: a few words, not read as a value or
// holding a figure, no blank row between them, no label, no figure in
// h's row and no label or force or week label to h's left ("Officer in
// charge │ DS Smith" over "Arrests │ 43" gives a name, not the heading of
// 43).
func (x *extractor) headsColumn(g *grid, h, i int) bool {
	c := g.cell(h)
	if c.Kind != etl.KindText || g.used[h] || x.figureHeld(c) || len(strings.Fields(c.Text)) > 8 ||
		!g.block(c.Row, g.cell(i).Row) || x.isLabel(c.Text) {
		return false // a label's value ("7, TBC", "In Maidstone, £20,000 was seized"), a remark, a label
	}
	for _, k := range g.byRow[c.Row] {
		o := g.cell(k)
		if g.isFigure(k) {
			return false
		}
		if o.Col < c.Col && o.Kind == etl.KindText && (identityLabel(o.Text) || formField.MatchString(o.Text) || x.readLabel(o.Text, "").ok) {
			return false
		}
	}
	return true
}

// formField is a field of the return's form whose value is a person or
// a detail, not a column heading: "Completed by │ DS Jones", "Contact
// name │ Jane Smith", "Email:".
var formField = regexp.MustCompile(`(?i)\bby\b|:\s*$|\bnames?\b|\bcontact\b|\bofficers?\b|\be-?mail\b|\btel\b|\btelephone\b|\bphone no\b|\bauthor\b|\bsigned\b|\bowner\b|\bspoc\b|\brank\b|\bref(?:erence)?\b|\bcollar\b|\bdepartment\b`)

// headingScope says whose a column heading's figures are when that is
// not the return's force as a whole; "" for the force's own, a period or
// a measure ("Kent", "Kent Police", "Total", "Qty", "This week").
func (x *extractor) headingScope(text string) string {
	if x.ret.Force == "" || wholeForce.MatchString(text) || correctionHeading(text) {
		return ""
	}
	if why := x.namedScope(text); why != "" {
		return why
	}
	if w := x.valueScopeWord(text); w != "" {
		// "Multi-agency", "Shared", "Cross-border": as after a figure
		return fmt.Sprintf("it says its figures are a wider area's or shared with others (%q)", w)
	}
	if why := x.othersHeading(text); why != "" {
		return why
	}
	rest := x.withoutOwnNames(text)
	var pw []string
	for _, w := range x.partWords(rest) {
		// A word ending "ed" says what was done to the figures
		// ("Confirmed", "Validated", "Recorded"): no place's name.
		if !measureWords[w] && !columnMeasures[w] && !headingVocab[w] && !isUnitWord(w) && !strings.HasSuffix(w, "ed") && !weekdayWord.MatchString(w) {
			pw = append(pw, w)
		}
	}
	if len(pw) > 0 {
		return fmt.Sprintf("its words %s name neither the force nor what its figures are: a part of the force (a district, a team, an operation), a place or another body may be meant", quoteAll(pw))
	}
	return ""
}

// othersHeading says what a column heading's words.csv column words
// (opColumn) make its figures when they are not the force's whole:
// others' ("Outside Kent", "Out of county", "Other ops"), the rest
// ("Other", "Others"), or only some of those counted, by where they live
// or were found or by what is not known of them ("Local", "Kent
// residents", "Within Kent", "Unknown", "N/K"). Beside a Total these say
// what the Total adds; alone over the labels' figures they name no whole
// (review29 S3: `Measure │ Outside Kent` over `Arrests │ 30` loaded
// arrests 30). "" for none.
func (x *extractor) othersHeading(text string) string {
	switch x.opColumn(text) {
	case "other_ops", "other_forces":
		return fmt.Sprintf("it names others' figures (%q): other forces', other operations' or work outside the force's area, not the force's own", strings.TrimSpace(text))
	case "rest":
		return fmt.Sprintf("it names the rest of some figures (%q), not the force's whole", strings.TrimSpace(text))
	case "some":
		return fmt.Sprintf("it names only some of those counted (%q: by where they live or were found, or what is not known of them), not the force's whole", strings.TrimSpace(text))
	}
	return ""
}

// namedScope is headingScope by the words that name whose the figures
// are for certain: another force, a ROCU, a part by a district's word
// (otherScope), a wider area, a region, figures shared with others;
// not a word nobody taught us, which may name a part or a topic.
func (x *extractor) namedScope(text string) string {
	if why := x.otherScope(text); why != "" {
		return why
	}
	return x.widerScope(x.withoutOwnNames(text))
}

// outsideScope is namedScope but for a part of the force: the words say
// the figures are, or hold, some that are not the force's at all
// (another force's, a ROCU's, a wider area's, a region's, shared with
// others). A total over a row so headed is not the force's own.
func (x *extractor) outsideScope(text string) string {
	if x.ret.Force == "" || wholeForce.MatchString(text) || correctionHeading(text) {
		return ""
	}
	if why := x.otherBody(text); why != "" {
		return why
	}
	return x.widerScope(x.withoutOwnNames(text))
}

// widerScope is namedScope by the words of rest (the heading with the
// force's own names blanked out) that name a wider area, a region or
// figures shared with others.
func (x *extractor) widerScope(rest string) string {
	if w := x.scopeWord(rest); w != "" {
		return fmt.Sprintf("it names a wider area than the force's, or figures shared with others (%q)", w)
	}
	if w := areaWords.FindString(rest); w != "" {
		return fmt.Sprintf("it names a wider area than the force's (%q)", w)
	}
	if r := x.regionIn(rest); r != "" {
		return fmt.Sprintf("it names a region (%s), a wider area than the force's", r)
	}
	return ""
}

// regionIn is a region of the catalogue's forces that text names ("South
// East", "North West"), as the catalogue writes it, or "".
func (x *extractor) regionIn(text string) string {
	words := " " + catalog.Normalize(text) + " "
	for _, f := range x.cat.Forces {
		if r := catalog.Normalize(f.Region); r != "" && strings.Contains(words, " "+r+" ") {
			return f.Region
		}
	}
	return ""
}

// wholeForce is a heading over the force's every part: "All districts",
// "All areas", "Force wide".
var wholeForce = regexp.MustCompile(`(?i)\ball\s+(?:districts|divisions|areas|bcus|lpas|sectors|boroughs)\b`)

// columnMeasures are the short ways a column heading names what its
// figures measure, beside measureWords: "Amt", "Nos", "Sum", "Vol".
var columnMeasures = setOf("amt", "nos", "num", "no", "nbr", "nmbr", "tot", "ttl", "cnt", "val", "wt", "sum", "tally",
	"vol", "volume", "est", "estimate", "approx", "qty", "quantity", "amount", "weight", "total", "totals")

// withoutOwnNames is text with the return's force's names and area names,
// and the names the return gives its operation, blanked out: "Kent and
// Medway" names the whole force, not Medway.
func (x *extractor) withoutOwnNames(text string) string {
	f, ok := x.cat.Force(x.ret.Force)
	if !ok {
		return text
	}
	names := append(append(append([]string{f.Name, f.Code}, f.Aliases...), f.Areas...), x.opNames...)
	sort.SliceStable(names, func(a, b int) bool { return len(names[a]) > len(names[b]) })
	text = strings.Join(strings.Fields(strings.ReplaceAll(text, "&", " and ")), " ") // "Kent & Medway"
	lower := strings.ToLower(text)
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" && strings.Contains(lower, strings.ToLower(n)) {
			ws := strings.Fields(n)
			for k := range ws {
				ws[k] = regexp.QuoteMeta(ws[k])
			}
			text = regexp.MustCompile(`(?i)\b`+strings.Join(ws, `\s+`)+`\b`).ReplaceAllString(text, " ")
		}
	}
	return text
}

// othersColumn reports whether a value cell's column heading names
// another force, a wider area or a part of the force (columnScope).
func (x *extractor) othersColumn(g *grid, i int) bool {
	head, _ := x.columnScope(g, i)
	return head >= 0
}

// notOwnColumn refuses a figure about to be loaded when its column's
// heading names another force, a wider area or a part of the force
// (columnScope): one warning per heading, naming it, its words and each
// figure. It reports whether it refused.
func (x *extractor) notOwnColumn(g *grid, i int) bool {
	head, why := x.columnScope(g, i)
	if head < 0 {
		return false
	}
	t := g.cell(head)
	if _, ok := x.undecided[g.sheet.Name+"!"+t.Ref()]; ok {
		return false // a row's two figures left it undecided: undecidedColumns names its figures
	}
	x.noteOnce(g, "not_the_force_week", g.sheet.Name+"!"+t.Ref(), t.Ref(), func() string {
		return fmt.Sprintf("the figures headed %q at %s are not the force's own for the week: %s; not loaded", strings.TrimSpace(t.Text), t.Ref(), why)
	}, i)
	return true
}
