package phrase

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token is made of.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, or an identifier mixing letters and digits ("u18", "b&b")
	tNum                  // digits as written: "1,234.5"
	tSym                  // £ € $ % + / ( )
	tPunct                // , ; : . – — … ! ?
)

// token is one word, number or sign of the text, with its place in it.
type token struct {
	kind       tokKind
	text       string  // as written
	norm       string  // lower case, singular: the form words are matched in
	num        float64 // the value of a tNum
	start, end int     // byte offsets in the text
	glued      bool    // no space before it: "kg" in "2.5kg", "k" in "£7k"
	ordinal    bool    // a tNum written "11th"
}

func (t token) is(norms ...string) bool {
	for _, n := range norms {
		if t.norm == n {
			return true
		}
	}
	return false
}

// quotes are dropped wherever they stand: ‘lines’, “cuckooing”, 'safeguarded'.
func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '‘', '’', '“', '”', '`', '´', '«', '»':
		return true
	}
	return false
}

// tokenize splits text into tokens. Hyphens inside words split them
// ("Twenty-five", "stop-searches"); "&" between letters stays in the word
// ("B&B"); "..." is one token; digits stuck to letters before them make an
// identifier, not a number ("A5", "81911_A5").
func tokenize(text string) []token {
	var out []token
	i := 0
	space := true
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\u00ad' || r == '\ufeff' || r == '\u2060':
			i += size
			space = true
			continue
		case isQuote(r):
			// An apostrophe inside a word is read with the word below.
			i += size
			continue
		case r >= '0' && r <= '9' || r == '.' && i+1 < len(text) && isDigit(text[i+1]) && (i == 0 || !isDigit(text[i-1])):
			j := scanNumber(text, i)
			// Digits followed by letters and digits or "_" are an identifier.
			if k := scanIdent(text, j); k > j && hasDigitOrUnderscore(text[j:k]) {
				out = append(out, wordToken(text, i, k, !space))
				i, space = k, false
				continue
			}
			n := numberValue(text[i:j])
			norm := digitGroupSeps.Replace(text[i:j])
			if f, size := utf8.DecodeRuneInString(text[j:]); fractions[f] > 0 && !strings.Contains(text[i:j], ".") {
				n += fractions[f] // "1½"
				j += size
			}
			t := token{kind: tNum, text: text[i:j], norm: norm, num: n, start: i, end: j, glued: !space}
			// Ordinals: 11th, 2nd, 23rd, 1st.
			if k := scanLetters(text, j); k > j {
				suf := strings.ToLower(text[j:k])
				if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
					t.ordinal, t.end, t.text = true, k, text[i:k]
					j = k
				} else if suf == "s" {
					// "under-18s", "1990s": the plural of a number.
					t.end, t.text = k, text[i:k]
					j = k
				}
			}
			out = append(out, t)
			i, space = j, false
			continue
		case unicode.IsLetter(r):
			j := scanWord(text, i)
			out = append(out, wordToken(text, i, j, !space))
			i, space = j, false
			continue
		case fractions[r] > 0:
			// "½ a kilo"
			out = append(out, token{kind: tNum, text: text[i : i+size], norm: text[i : i+size], num: fractions[r], start: i, end: i + size, glued: !space})
			i += size
		case r == '.' && strings.HasPrefix(text[i:], "..."):
			out = append(out, token{kind: tPunct, text: "...", norm: "…", start: i, end: i + 3, glued: !space})
			i += 3
		case r == '-' || r == '‐' || r == '‑':
			// A hyphen between two words or numbers joins them ("Twenty-five",
			// "£215,000-worth"); a spaced one is a dash.
			if !space && i+size < len(text) && !unicode.IsSpace(rune(text[i+size])) {
				i += size
				space = false
				continue
			}
			out = append(out, token{kind: tPunct, text: text[i : i+size], norm: "–", start: i, end: i + size, glued: !space})
			i += size
		case r == '&':
			out = append(out, token{kind: tWord, text: "&", norm: "and", start: i, end: i + size, glued: !space})
			i += size
		case strings.ContainsRune("£€$%+/()[]~≈<>=#", r):
			n := string(r)
			switch r {
			case '[':
				n = "("
			case ']':
				n = ")"
			}
			out = append(out, token{kind: tSym, text: text[i : i+size], norm: n, start: i, end: i + size, glued: !space})
			i += size
		default:
			n := string(r)
			switch r {
			case '—', '–', '―':
				n = "–"
			case '…':
				n = "…"
			}
			out = append(out, token{kind: tPunct, text: text[i : i+size], norm: n, start: i, end: i + size, glued: !space})
			i += size
		}
		space = false
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// scanNumber reads "1,234.5", "50272", ".5" from i: commas only before
// groups of exactly three digits.
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	// "1,200", and "1 200" with a no-break or thin space between the groups.
	for {
		n := groupSep(s, j)
		if n == 0 || !(j+n+2 < len(s) && isDigit(s[j+n]) && isDigit(s[j+n+1]) && isDigit(s[j+n+2]) && (j+n+3 == len(s) || !isDigit(s[j+n+3]))) {
			break
		}
		j += n + 3
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	return j
}

// groupSep is the length of a thousands separator at s[j]: a comma, a
// no-break space or a thin space; 0 if none.
func groupSep(s string, j int) int {
	if j >= len(s) {
		return 0
	}
	if s[j] == ',' {
		return 1
	}
	for _, sep := range []string{"\u00a0", "\u202f", "\u2009"} {
		if strings.HasPrefix(s[j:], sep) {
			return len(sep)
		}
	}
	return 0
}

// digitGroupSeps are the separators of a number's groups of digits
// ("1,250", "1 250" with a narrow or thin space), dropped to read it.
var digitGroupSeps = strings.NewReplacer(",", "", "\u00a0", "", "\u202f", "", "\u2009", "")

// apostrophes are dropped from a word to match it.
var apostrophes = strings.NewReplacer("'", "", "’", "")

// numberValue reads the digits of a number as written, its separators
// dropped.
func numberValue(s string) float64 {
	s = digitGroupSeps.Replace(s)
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

// fractions are the vulgar fractions a quantity may be written with: "1½ kilos".
var fractions = map[rune]float64{'½': 0.5, '¼': 0.25, '¾': 0.75}

func scanLetters(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return j
}

// scanIdent reads letters, digits and underscores from i.
func scanIdent(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		j += size
	}
	return j
}

func hasDigitOrUnderscore(s string) bool {
	return strings.ContainsAny(s, "0123456789_")
}

// scanWord reads a word from i: letters and digits, an apostrophe inside
// it ("people's"), "&" between letters ("B&B").
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_':
			j += size
		case (r == '\'' || r == '’' || r == '&') && j+size < len(s):
			n, _ := utf8.DecodeRuneInString(s[j+size:])
			p, _ := utf8.DecodeLastRuneInString(s[:j])
			if !unicode.IsLetter(n) || !unicode.IsLetter(p) {
				return j
			}
			j += size
		default:
			return j
		}
	}
	return j
}

func wordToken(text string, i, j int, glued bool) token {
	w := text[i:j]
	return token{kind: tWord, text: w, norm: normWord(w), start: i, end: j, glued: glued}
}

// irregular plurals the suffix rules below would get wrong.
var irregular = map[string]string{
	"knives": "knife", "men": "man", "women": "woman", "children": "child", "wives": "wife",
	"lives": "life", "kukris": "kukri", "taxis": "taxi", "teeth": "tooth", "feet": "foot", "mice": "mouse", "police": "police",
}

// normWord is the form a word is matched in: lower case, apostrophes
// dropped, and a plural made singular by spelling rules. It need not be
// good English, only the same for the singular and the plural: both the
// text and the reference words go through it.
func normWord(w string) string {
	w = strings.ToLower(w)
	// "children's services", "people’s": the possessive is the noun.
	if n := len(w); n > 3 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	w = apostrophes.Replace(w)
	if s, ok := irregular[w]; ok {
		return s
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "sses"):
		return w[:n-2]
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return w[:n-2]
	case n >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// normPhrase is the normalised form of a phrase: its tokens' norms joined
// by single spaces. Reference words are stored in this form.
func normPhrase(s string) string {
	toks := tokenize(s)
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		parts = append(parts, t.norm)
	}
	return strings.Join(parts, " ")
}
