package phrase

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Number is a number a text writes, in digits or in words.
type Number struct {
	Value      float64
	Text       string // as written: "1,250", "seven", "2.5kg" gives "2.5"
	Start, End int    // byte offsets in the text
}

// Numbers lists the numbers a text writes, as the grammar reads them: a
// date, a year beside a month, an ordinal, a number inside a phrase the
// grammar knows ("under 18"), a code written with a leading zero ("000s",
// a telephone number), digits hyphened to a word ("template-1"), the
// number of an item in a list ("1. Arrests") and an article ("a machete")
// are not numbers. It is what "a cell holding a
// figure" means wherever every figure of a workbook must be accounted for.
func (r *Reader) Numbers(text string) []Number {
	toks := tokenize(text)
	var out []Number
	for _, el := range r.elements(toks) {
		if el.kind != eAmount || el.amt.num.article {
			continue
		}
		n := el.amt.num
		if listNumber(toks, n.from, n.to) || inName(text, toks[n.from]) {
			continue
		}
		start, end := toks[n.from].start, toks[n.to-1].end
		out = append(out, Number{Value: n.value, Text: text[start:end], Start: start, End: end})
	}
	return out
}

// listNumber reports the number of an item in a list: digits that begin
// the text and are followed by "." or ")" and then words: "1. Arrests",
// "2) Warrants".
func listNumber(toks []token, from, to int) bool {
	if from != 0 || to != 1 || toks[0].kind != tNum || strings.ContainsAny(toks[0].text, ".,") {
		return false
	}
	return to+1 < len(toks) && (toks[to].norm == "." || toks[to].norm == ")") && toks[to+1].kind == tWord
}

// inName reports digits joined by a hyphen to the word before them: part
// of a name or a code ("countylines-template-1", "Covid-19"), not a count.
func inName(text string, t token) bool {
	if t.kind != tNum || t.start < 2 || text[t.start-1] != '-' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:t.start-1])
	return unicode.IsLetter(r)
}

// code reports digits written with a leading zero, "000s" or "01234
// 567890": a scale marker or a code, not a count. "0" and "0.5" are numbers.
func code(t token) bool {
	return t.kind == tNum && len(t.norm) > 1 && t.norm[0] == '0' && !strings.Contains(t.norm, ".")
}
