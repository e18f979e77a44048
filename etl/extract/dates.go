package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/countylines/countylines/etl"
)

var (
	// numericDate is a day, month and year, one separator between them
	// ("11/10/21", "11.10.2021"): "11/10-17/10" is two days and months,
	// not 11 Oct 2017 (reread23 E12)
	numericDate = regexp.MustCompile(`\b(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})\b`)
	// dayRangeYear is two days and months and one year after the last
	// ("11/10-17/10/21", "11.10 - 17.10.2021")
	dayRangeYear = regexp.MustCompile(`\b(\d{1,2})([/.])(\d{1,2})\s*[-–—]\s*(\d{1,2})([/.])(\d{1,2})([/.])(\d{4}|\d{2})\b`)
	isoDate      = regexp.MustCompile(`\b(20\d\d)-(\d{2})-(\d{2})\b`)
	dateToken    = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\b|\b(20\d\d)\b|\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|'(\d\d)\b`)
	months       = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
)

func date(y, m, d int) (time.Time, bool) {
	if y < 100 {
		y += 2000
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m || y < 2000 || y > 2099 {
		return time.Time{}, false
	}
	return t, true
}

// parseDateRange reads a date cell, or text holding a date or a range of
// dates in the forms people write: "11/10/2021 - 17/10/2021",
// "11.10.21 to 17.10.21", "11-17 Oct 2021", "11th to 17th October 2021",
// "October 11 to 15, 2021", "Monday 27 February - Sunday 5 March 2023".
func parseDateRange(c *etl.Cell) (time.Time, time.Time, bool) {
	switch c.Kind {
	case etl.KindDate:
		d := truncDay(c.Time)
		return d, d, true
	case etl.KindText:
		return parseDateText(c.Text)
	}
	return time.Time{}, time.Time{}, false
}

func parseDateText(s string) (time.Time, time.Time, bool) {
	var ds []time.Time
	for _, m := range isoDate.FindAllStringSubmatch(s, 2) {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if t, ok := date(y, mo, d); ok {
			ds = append(ds, t)
		}
	}
	if len(ds) == 0 {
		for _, m := range numericDate.FindAllStringSubmatch(s, 2) {
			if m[2] != m[4] {
				continue
			}
			d, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[3])
			y, _ := strconv.Atoi(m[5])
			if t, ok := date(y, mo, d); ok { // day first: these are UK returns
				ds = append(ds, t)
			}
		}
	}
	if m := dayRangeYear.FindStringSubmatch(s); len(ds) < 2 && m != nil && m[2] == m[5] && m[5] == m[7] {
		// "11/10-17/10/20", "11/10 - 17/10/20": the year after the last
		// day is the range's (reread24 E1), not this week's
		n := func(i int) int { v, _ := strconv.Atoi(m[i]); return v }
		y := n(8)
		y1 := y
		if n(6) < n(3) { // "28/12-03/01/22"
			y1--
		}
		from, ok1 := date(y1, n(3), n(1))
		to, ok2 := date(y, n(6), n(4))
		if ok1 && ok2 && !to.Before(from) {
			ds = []time.Time{from, to}
		}
	}
	switch len(ds) {
	case 1:
		return ds[0], ds[0], true
	case 2:
		if ds[1].Before(ds[0]) {
			return time.Time{}, time.Time{}, false
		}
		return ds[0], ds[1], true
	}
	return wordDates(s)
}

// wordDates reads dates whose month is a word. Days attach to the month
// nearest them; one year serves both ends.
func wordDates(s string) (time.Time, time.Time, bool) {
	type tok struct {
		kind byte // d day, y year, m month
		n    int
	}
	var toks []tok
	for _, m := range dateToken.FindAllStringSubmatch(s, -1) {
		switch {
		case m[1] != "":
			n, _ := strconv.Atoi(m[1])
			if n >= 1 && n <= 31 {
				toks = append(toks, tok{'d', n})
			}
		case m[2] != "":
			n, _ := strconv.Atoi(m[2])
			toks = append(toks, tok{'y', n})
		case m[3] != "":
			toks = append(toks, tok{'m', int(months[strings.ToLower(m[3])[:3]])})
		case m[4] != "":
			n, _ := strconv.Atoi(m[4])
			toks = append(toks, tok{'y', 2000 + n})
		}
	}
	var days, mons []int
	year := 0
	for _, t := range toks {
		switch t.kind {
		case 'd':
			days = append(days, t.n)
		case 'm':
			mons = append(mons, t.n)
		case 'y':
			if year == 0 {
				year = t.n
			}
		}
	}
	if year == 0 || len(mons) == 0 || len(mons) > 2 || len(days) == 0 || len(days) > 2 {
		return time.Time{}, time.Time{}, false
	}
	d1, d2 := days[0], days[len(days)-1]
	m1, m2 := mons[0], mons[len(mons)-1]
	y1 := year
	if m2 < m1 { // "29 December - 4 January 2025"
		y1--
	}
	from, ok1 := date(y1, m1, d1)
	to, ok2 := date(year, m2, d2)
	if !ok1 || !ok2 || to.Before(from) {
		return time.Time{}, time.Time{}, false
	}
	return from, to, true
}

func truncDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
