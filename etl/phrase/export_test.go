package phrase

import "github.com/countylines/countylines/etl"

// Hooks for the tests of the small parsers.

// ReadAmountForTest reads the amount at the start of text.
func (r *Reader) ReadAmountForTest(text string) (value float64, unit etl.Unit, q etl.Qualifier, rest string, ok bool) {
	toks := tokenize(text)
	a, ok := r.readAmount(toks, 0)
	if !ok {
		return 0, "", "", "", false
	}
	rest = ""
	if a.to < len(toks) {
		rest = text[toks[a.to].start:]
	}
	return a.value, a.unit, a.q, rest, true
}

// ReadNumberForTest reads the number at the start of text.
func ReadNumberForTest(text string) (float64, bool) {
	toks := tokenize(text)
	n, ok := readNumber(toks, 0, false)
	if !ok || n.to != len(toks) {
		return 0, false
	}
	return n.value, true
}

// NormForTest is the matching form of a phrase.
func NormForTest(s string) string { return normPhrase(s) }

// VerbFormsForTest is the other forms of the verb that begins a phrase.
func VerbFormsForTest(phrase string) []string { return verbForms(phrase) }

// OddNumberEveryFormForTest is OddNumber trying every form, whatever the
// text holds.
func OddNumberEveryFormForTest(text string) (string, bool) { return oddNumber(text) }

// SpokenForTest reports a fact, scoped figure or message of the reading
// whose words hold the bytes start to end of its text.
func SpokenForTest(rd Reading, start, end int) bool { return spoken(rd, start, end) }
