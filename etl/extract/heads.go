package extract

import (
	"regexp"
	"strings"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
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
	"previous", "prev", "prior", "last", "ytd", "fytd", "year to date", "to date", "so far",
	"target", "forecast", "baseline", "planned", "projected", "projection", "expected",
	"change", "difference", "diff", "variance", "cumulative", "running total",
	"compared", "comparison", "versus", "vs", "trend", "increase", "decrease",
)

// notCountWords mark a proportion or an average: not a count or an amount,
// never loaded as one.
var notCountWords = phrases("percent", "percentage", "pct", "rate", "per", "ratio", "average", "avg", "mean", "proportion")

// qualifyingWords narrow a label to part of what the catalogue's metric
// counts ("Stop and search - negative"): such a label never matches the
// plain metric by a near match.
var qualifyingWords = phrases(
	"negative", "positive", "outstanding", "pending", "awaiting", "attempted", "failed", "unsuccessful",
	"excluding", "excl", "exc", "without", "not", "non", "nfa", "no further action",
)

// thisWords mark the figure for the week of the return.
var thisWords = phrases(
	"this week", "this wk", "this iw", "this operation", "this period", "this intensification week",
	"current", "current week", "total", "week total", "weekly total", "result", "figure", "number",
	"count", "actual", "iw", "intensification week",
)

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

// heading is what a heading says about the figures under (or beside) it.
type heading struct {
	period   period
	word     string    // the word that decided the period, for messages
	from, to time.Time // dates the heading names, if any
	notCount bool      // a proportion or an average
}

// readHeading classifies heading text. A word of comparison outranks a
// word for this week ("Total last week" is last week's); a heading with
// only dates is decided later against the return's operation.
func readHeading(text string) heading {
	var h heading
	raw := strings.ToLower(text)
	words := strings.Fields(catalog.Normalize(text))
	if w := findPhrase(words, notCountWords); w != "" || strings.Contains(raw, "%") {
		if w == "" {
			w = "%"
		}
		h.period, h.word, h.notCount = periodOther, w, true
	} else if w := findPhrase(words, comparisonWords); w != "" {
		h.period, h.word = periodOther, w
	} else if w := findPhrase(words, thisWords); w != "" {
		h.period, h.word = periodThis, w
	}
	if strings.ContainsAny(text, "0123456789") {
		if from, to, ok := parseDateText(text); ok {
			h.from, h.to = from, to
		}
	}
	return h
}

// dated reports whether the heading names dates.
func (h heading) dated() bool { return !h.from.IsZero() }

// pureHeading reports whether text says nothing but which period its
// figures are for ("Last week", "% change", "This week (11-17 Oct)",
// "Total (£)"): a heading, never a label, and the only kind of text above
// a column that decides its figures' week. A remark in a value column
// ("previous figure was wrong") is not one.
func pureHeading(text string) bool {
	h := readHeading(text)
	if h.period == periodNone && !h.dated() {
		return false
	}
	rest := dateish.ReplaceAllString(readLabel(text).text, " ")
	for _, w := range strings.Fields(catalog.Normalize(rest)) {
		if !headingVocab[w] && !isUnitWord(w) {
			return false
		}
	}
	return true
}

var (
	dateish = regexp.MustCompile(`(?i)\d{1,4}([/.-]\d{1,2}([/.-]\d{2,4})?)?(st|nd|rd|th)?|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b`)
	// headingVocab is every word a pure heading may hold.
	headingVocab = func() map[string]bool {
		m := setOf("the", "of", "to", "from", "for", "on", "in", "and", "at", "wk", "w", "c", "wc", "week", "dates", "date",
			"period", "operation", "op", "year", "month", "day", "same", "all", "figure", "no", "value", "weight", "quantity", "qty")
		for _, list := range [][][]string{comparisonWords, notCountWords, thisWords} {
			for _, p := range list {
				for _, w := range p {
					m[w] = true
				}
			}
		}
		return m
	}()
)

// periodOf decides a heading's period for this return: a heading with only
// dates is this week's when they overlap the return's operation, another
// period's when they do not.
func (x *extractor) periodOf(h heading) period {
	if h.period != periodNone || !h.dated() {
		return h.period
	}
	op, ok := x.cat.Operation(x.ret.Operation)
	if !ok {
		return periodNone
	}
	if !h.from.After(op.Ends) && !h.to.Before(op.Starts) {
		return periodThis
	}
	return periodOther
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

// sense is readLabel, remembered.
func (x *extractor) sense(text string) labelSense { return remember(x.senses, text, readLabel) }

// pure is pureHeading, remembered.
func (x *extractor) pure(text string) bool { return remember(x.pures, text, pureHeading) }

// headingOf is readHeading, remembered.
func (x *extractor) headingOf(text string) heading { return remember(x.headings, text, readHeading) }

// columnHeading finds the heading of the column a value cell is in: the
// nearest cell above it that is words rather than a figure, or a merged
// heading over that one ("This week" spanning "No. | £"). It returns the
// heading's cell index, or -1 for a column with no heading.
func (x *extractor) columnHeading(g *grid, i int) (heading, int) {
	h := g.head[i]
	if h < 0 {
		return heading{}, -1
	}
	if t := g.cell(h).Text; x.pure(t) {
		return x.headingOf(t), h
	}
	c := g.cell(h)
	for r := c.Row - 1; r >= c.Row-2 && r >= 1; r-- {
		if j := g.covering(r, c.Col); j >= 0 && g.cell(j).Kind == etl.KindText && x.pure(g.cell(j).Text) {
			return x.headingOf(g.cell(j).Text), j
		}
	}
	return heading{}, h
}

// comparisonColumn notes, once per heading, that a column's figures are a
// comparison and were not read.
func (x *extractor) comparisonColumn(g *grid, head int, hd heading) {
	if head < 0 || x.noted[g.sheet.Name+"!"+g.cell(head).Ref()] {
		return
	}
	x.noted[g.sheet.Name+"!"+g.cell(head).Ref()] = true
	what := "a comparison (" + hd.word + ")"
	if hd.word == "" {
		what = "another week's figures"
	}
	if hd.notCount {
		what = "a proportion or average (" + hd.word + "), not a count"
	}
	x.msg(etl.SevWarning, "comparison_column", g.sheet.Name, g.cell(head).Ref(), "the figures headed %q are %s; not loaded", strings.TrimSpace(g.cell(head).Text), what)
}

// ---- words and signs inside a label ----

// labelSense is what the signs and qualifying words inside a label say
// about its figure.
type labelSense struct {
	text     string   // the label with the signs taken out, for matching
	unit     etl.Unit // £ or € named in the label
	scale    float64  // (£000s), (£k), (thousands): the figure is in thousands
	money    bool     // the scale is of money ("£000s"): it scales only amounts of money
	notCount string   // %, rate, per...: not a count; the word
	other    string   // a word of comparison or qualification; the word
}

var (
	scaleThousands = regexp.MustCompile(`(?i)(?:[£€]\s*'?000'?s?\b|\(\s*'?000'?s?\s*\)|\bthousands?\b|[£€]\s*k\b)`)
	scaleMillions  = regexp.MustCompile(`(?i)(?:[£€]\s*m(?:n|s|illions?)?\b|\bmillions?\b)`)
	euroSign       = regexp.MustCompile(`(?i)€|\beur\b|\beuros?\b`)
	poundSign      = regexp.MustCompile(`(?i)£|\bgbp\b|\bsterling\b`)
	emptyBrackets  = regexp.MustCompile(`\(\s*\)`)
)

// readLabel takes the signs out of a label: "Street value (£000s)",
// "Cash seized (€)", "Charged (%)", "Deal lines closed (YTD)".
func readLabel(text string) labelSense {
	s := labelSense{text: text, scale: 1}
	t := text
	// The patterns run only where their signs or words could be.
	lower := strings.ToLower(text)
	signs := strings.ContainsAny(text, "£€")
	euro := signs || strings.Contains(lower, "eur")
	pound := signs || strings.Contains(lower, "gbp") || strings.Contains(lower, "sterling")
	switch {
	case euro && euroSign.MatchString(t):
		s.unit = etl.UnitEUR
	case pound && poundSign.MatchString(t):
		s.unit = etl.UnitGBP
	}
	if signs || strings.Contains(lower, "000") || strings.Contains(lower, "thousand") {
		if m := scaleThousands.FindString(t); m != "" {
			s.scale, s.money = 1e3, strings.ContainsAny(m, "£€")
			t = scaleThousands.ReplaceAllString(t, " ")
		}
	}
	if s.scale == 1 && (signs || strings.Contains(lower, "million")) {
		if m := scaleMillions.FindString(t); m != "" {
			s.scale, s.money = 1e6, strings.ContainsAny(m, "£€")
			t = scaleMillions.ReplaceAllString(t, " ")
		}
	}
	if euro || pound {
		t = euroSign.ReplaceAllString(poundSign.ReplaceAllString(t, " "), " ")
	}
	if strings.Contains(t, "%") {
		s.notCount = "%"
	}
	words := strings.Fields(catalog.Normalize(t))
	if s.notCount == "" {
		s.notCount = findPhrase(words, notCountWords)
	}
	if s.other = findPhrase(words, comparisonWords); s.other == "" {
		s.other = findPhrase(words, qualifyingWords)
	}
	s.text = strings.Join(strings.Fields(emptyBrackets.ReplaceAllString(t, " ")), " ")
	return s
}
