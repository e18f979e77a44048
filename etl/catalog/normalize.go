package catalog

import (
	"strings"
	"unicode"
)

// Normalize reduces a label to the form labels are matched in: lower case,
// "&" as "and", currency signs, brackets and punctuation dropped, runs of
// space folded, and plural "s" taken off words of four letters or more (not
// "ss"), so that "Cash Seized (£)", "cash seized" and "Cash-seized" meet.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	put := func(r rune) {
		if r == ' ' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			return
		}
		b.WriteRune(r)
		space = false
	}
	for _, r := range s {
		switch {
		case r == '&' || r == '+':
			put(' ')
			for _, c := range "and" {
				put(c)
			}
			put(' ')
		case r == '\'' || r == '’' || r == '‘':
			// "people's" → "peoples"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			put(unicode.ToLower(r))
		default:
			put(' ')
		}
	}
	words := strings.Fields(b.String())
	for i, w := range words {
		words[i] = singular(w)
	}
	return strings.Join(words, " ")
}

func singular(w string) string {
	if len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		return w[:len(w)-1]
	}
	return w
}
