package phrase

import (
	"regexp"
	"strings"
)

// oddForms are ways of writing a number that have two readings, or that
// say something a count does not: the grammar's number reader would take
// the digits before them and drop the rest (`5,00` as 5, `40?` as 40
// exact, `£1/2m` as £1). Each is refused with its reason. The value
// reader (etl/extract ParseText) and a figure cell read by the grammar
// both ask OddNumber first, so the two agree.
var oddForms = []struct {
	re  *regexp.Regexp
	why string
}{
	{regexp.MustCompile(`\d\.\d{3},\d`), "continental separators (5.000,00): which is the decimal point?"},
	{regexp.MustCompile(`\d,(\d{1,2}|\d{4,})(\D|$)`), "a comma that is no thousands separator: continental decimals (5,00 for 5.00), or a slip?"},
	{regexp.MustCompile(`[£€]\s*\d{1,3}\.\d{3}(\D|$)`), "three decimals in a sum of money: 1,500 typed continental style, or a slip for 1.50?"},
	{regexp.MustCompile(`\d\s*\?`), "a question mark: a figure the force is unsure of"},
	{regexp.MustCompile(`^\s*\+\s*[£€]?\s*\d`), "a plus sign before the figure: a change (\"40 more\"), not a count"},
	{regexp.MustCompile(`^\s*\(\s*[£€]?\s*\d[\d,.]*\s*\)\s*$`), "a figure in brackets: a negative, as in accounts?"},
	{regexp.MustCompile(`\d\s*[-–—]\s*$`), "a dash after the figure: a range cut short, or \"or fewer\"?"},
	{regexp.MustCompile(`[£€]\s*\d[\d,.]*\s*/\s*[£€]?\s*\d`), "a fraction or two sums (£1/2m: half a million, or £1?)"},
	{regexp.MustCompile(`\d\s*/\s*\d+\s*(k|m|mn|bn|million|thousand)\b`), "a fraction with a scale (1/2m): half a million, or 1?"},
	{regexp.MustCompile(`(?i)^\s*[~≈<>]?\s*[£€]?\s*\d[\d,.]*\s*(?:[a-z]{1,8}\.?\s*)?[-–—,:;/]?\s*[(\[]?\s*` + provisional), unconfirmed},
	{regexp.MustCompile(`(?i)^\s*[(\[]?\s*` + provisional + `\.?\s*[)\]]?\s*[-–—:,]?\s*[~≈<>]?\s*[£€]?\s*\d`), unconfirmed},
	{regexp.MustCompile(`(?i)^\s*[~≈<>]?\s*[£€]?\s*\d[\d,.]*\s*(?:[a-z]{1,8}\.?\s*)?[-–—,:;/]?\s*[(\[]?\s*` + notFinal), stillCounting},
}

// notFinal is the wording that says a count was still going on when it
// was written: "43 and counting", "43 - more expected", "43 at time of
// writing", "43 (so far)", "40 (to be revised)". It is refused as a
// provisional figure is: the figure is a floor that the force has not
// closed, and the force will send the final one.
const notFinal = `(?:and counting|still counting|and rising|(?:with |and )?more (?:expected|to come|to follow|anticipated|likely|pending|awaited)|(?:correct )?(?:at|as at|as of) (?:the )?time of (?:writing|reporting|submission|return)|so far|as (?:it )?stands|(?:at|as of) (?:this|the) (?:time|moment)|(?:not|not yet) (?:complete|finalised|finalized|closed)|incomplete|(?:still )?ongoing|still (?:rising|coming in|being (?:counted|collated|updated|processed)))\b`

const stillCounting = "words say the count was not finished when it was written (more may follow): it is loaded when the force sends the final figure"

// Provisional reports whether words say a figure is not yet the
// figure: provisional, to be confirmed, not final, more expected (a
// footnote "* provisional - not yet validated" read for the figures
// marked with its star).
func Provisional(words string) bool {
	return provisionalWords.MatchString(words)
}

var provisionalWords = regexp.MustCompile(`(?i)(?:^|[^a-z])(?:` + provisional + `|` + notFinal + `|more (?:\pL+ )?(?:expected|to come|to follow|anticipated|awaited)|figures? (?:are |is )?(?:not (?:yet )?(?:final|validated|verified|confirmed)|subject to (?:change|validation|revision)))`)

// provisional is the wording that says a figure is not yet the figure:
// "to be confirmed", "TBC", "provisional", "awaiting confirmation",
// "subject to change", "draft". Such a figure is refused, not loaded as
// exact nor hedged: no qualifier of the catalogue says "may change", an
// approximately would say the force guessed, and the force will send the
// confirmed figure (as "43 (TBC)" has always been refused).
const provisional = `(?:tbc|tba|tbv|to be (?:confirmed|verified|agreed|validated|finalised|finalized|revised|updated|amended|corrected)|provisional(?:ly)?|prov\b|unconfirmed|unverified|unvalidated|not (?:yet )?(?:confirmed|verified|validated|final)|awaiting (?:confirmation|verification|validation|sign[- ]?off)|pending|subject to (?:change|confirmation|verification|validation|audit|revision)|draft|interim|may (?:change|be revised)|figure not final)\b`

const unconfirmed = "words say the figure is provisional or not yet confirmed: it is loaded when the force confirms it"

// OddNumber reports whether text writes a number in a form with two
// readings, and why; such a figure is not loaded.
func OddNumber(text string) (string, bool) {
	// Every form holds a digit: most labels have none and are not tried.
	if !strings.ContainsAny(text, "0123456789") {
		return "", false
	}
	return oddNumber(text)
}

// oddNumber is OddNumber trying every form.
func oddNumber(text string) (string, bool) {
	for _, f := range oddForms {
		if f.re.MatchString(text) {
			return f.why, true
		}
	}
	return "", false
}

// NamingNumber is a number written after a word that names a stretch of
// time or a stage by its number ("in week 5", "day 3", "phase 2"), with
// that word: a name, never a count of the things beside it ("2 knives
// and axes in week 5" is no 5 axes). A week said by a word before it
// ("last week 18", "this week 43") is no name but the figure of that
// week, the aside reader's. "" if there is none.
func NamingNumber(text string) string {
	for _, loc := range namingNumber.FindAllStringIndex(text, -1) {
		before := strings.Fields(strings.ToLower(text[:loc[0]]))
		if len(before) > 0 && weekSaid[strings.Trim(before[len(before)-1], "(,;:")] {
			continue
		}
		return text[loc[0]:loc[1]]
	}
	return ""
}

var namingNumber = regexp.MustCompile(`(?i)\b(?:week|wk|day|phase|stage|wave|round|tranche|quarter|period|month)\s*(?:no\.?\s*|number\s*|#\s*)?\d+\b`)

// weekSaid are the words before "week", "day" that say which one it is.
var weekSaid = map[string]bool{
	"last": true, "previous": true, "prior": true, "this": true, "that": true, "the": true, "same": true, "each": true,
	"per": true, "a": true, "every": true, "following": true, "next": true, "first": true, "final": true,
}
