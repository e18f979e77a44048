package phrase

import "strings"

// Spell mends the misspelt words of a label: each word the grammar does
// not know, of five letters or more, is replaced by the one word of the
// lexicon it is a single slip away from (a letter changed, added or
// dropped, or two letters swapped: "Arests", "Moblie", "Warants"). It
// returns the mended text and whether there was anything to mend and
// every such word was mended. A word a slip away from two known words is
// not mended: that would be a guess.
func (r *Reader) Spell(text string) (string, bool) {
	toks := tokenize(text)
	var b strings.Builder
	last, mended := 0, false
	for _, el := range r.elements(toks) {
		if el.kind != eUnknown {
			continue
		}
		t := toks[el.from]
		if el.to != el.from+1 || t.kind != tWord || len([]rune(t.norm)) < 5 {
			return text, false
		}
		word, ok := r.nearWord(t.norm)
		if !ok {
			return text, false
		}
		b.WriteString(text[last:t.start])
		b.WriteString(word)
		last, mended = t.end, true
	}
	if !mended {
		return text, false
	}
	b.WriteString(text[last:])
	return b.String(), true
}

// nearWord finds the one word of the lexicon, of five letters or more and
// with the same first letter, a single slip away from w.
func (r *Reader) nearWord(w string) (string, bool) {
	found := ""
	for k := range r.lex.all {
		if strings.Contains(k, " ") || len(k) < 5 || k[0] != w[0] || !oneEdit(w, k) {
			continue
		}
		if found != "" && found != k {
			return "", false
		}
		found = k
	}
	return found, found != ""
}

// oneEdit reports whether a and b differ by at most one edit: one letter
// changed, added or dropped, or two adjacent letters swapped.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i == len(a) || a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}

// Word is a word of a text, with where it stands.
type Word struct {
	Text       string
	Start, End int // byte offsets in the text
}

// Unknown lists the words of a text the grammar does not know, wherever
// they stand. A label must have none: a reading of a phrase may leave
// trailing words aside ("18 arrests linked to a stabbing"), a label never
// fuzzes a word away ("Mobile phones seized abroad" is not Mobile phones
// seized).
func (r *Reader) Unknown(text string) []Word {
	toks := tokenize(text)
	var out []Word
	for i := 0; i < len(toks); {
		if _, n := r.lex.match(toks, i); n > 0 {
			i += n
			continue
		}
		if _, n := funcLex.match(toks, i); n > 0 {
			i += n
			continue
		}
		t := toks[i]
		if t.kind == tWord && !isDate(toks, i) && !months[t.norm] {
			if _, ok := numberWords[t.norm]; !ok && r.classLetter(toks, i) == nil {
				out = append(out, Word{Text: t.text, Start: t.start, End: t.end})
			}
		}
		i++
	}
	return out
}
