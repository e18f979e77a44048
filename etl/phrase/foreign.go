package phrase

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// foreignWords are the words and codes of money other than pounds and
// euros: "USD", "dollars", "yen", "rupees". Words that are also plain
// English ("won", "rand", "try", "real") are left out: their signs and
// codes are read instead.
var foreignWords = wordSet(
	"usd jpy inr cny rmb chf aud cad nzd hkd sgd rub krw ngn php thb vnd uah ils pln sek nok dkk czk huf bgn zar brl mxn aed sar pkr bdt lkr kes ghs egp idr myr btc xbt eth usdt",
	"dollar dollars yen yuan renminbi rupee rupees rouble roubles ruble rubles lira liras lire naira peso pesos baht hryvnia hryvnias shekel shekels franc francs kronor kroner krona krone zloty zlotys reais dirham dirhams riyal riyals rands bitcoin bitcoins crypto cryptocurrency cryptocurrencies",
)

// foreignLeads, followed by white space and one of foreignKinds, name
// such money: "foreign currency", "other cash", "overseas money",
// "non-sterling currency". "Non-sterling" (also "non sterling",
// "nonsterling") names it alone too.
var (
	foreignLeads = wordSet("foreign other overseas nonsterling")
	foreignKinds = wordSet("currency currencies cash money")
)

// wordSet is the set of the space-separated lower-case words of lists.
func wordSet(lists ...string) map[string]bool {
	set := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			set[w] = true
		}
	}
	return set
}

// ForeignMoney returns the sign, code or words of a currency other than
// pounds and euros written in text ("$", "¥", "₹", "USD", "dollars",
// "foreign currency"), as written, or "" if there is none. A figure in
// such a currency is never read as pounds or euros.
//
// Words are whole words, in any case, bounded as a regular expression's
// \b bounds them (by anything but an ASCII letter, digit or "_"); the
// first one in the text is returned. Every cell and label passes through
// here, so words are looked up in sets, not matched by a regular
// expression (which took over a quarter of the extraction's CPU).
func ForeignMoney(text string) string {
	for _, r := range text {
		if r != '£' && r != '€' && unicode.Is(unicode.Sc, r) {
			return string(r)
		}
	}
	if strings.ContainsAny(text, "\u017f\u212a") {
		// "ſ" (long s) and "K" (Kelvin sign) are no word characters for
		// \b, but match "s" and "k" in any case: the expression reads them.
		return foreignFolded().FindString(text)
	}
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := wordEnd(text, i)
		if m := foreignAt(text, i, j); m != "" {
			return m
		}
		i = j
	}
	return ""
}

// foreignAt is the foreign money named from the word text[i:j] on, or "".
func foreignAt(text string, i, j int) string {
	w := text[i:j]
	if inSet(foreignWords, w) {
		return w
	}
	lead, alone := j, false
	switch {
	case inSet(foreignLeads, w):
		alone = strings.EqualFold(w, "nonsterling")
	case strings.EqualFold(w, "non") && j < len(text) && (text[j] == '-' || text[j] == ' '):
		if k := wordEnd(text, j+1); strings.EqualFold(text[j+1:k], "sterling") {
			lead, alone = k, true
		} else {
			return ""
		}
	default:
		return ""
	}
	k := lead
	for k < len(text) && isRegexpSpace(text[k]) {
		k++
	}
	if k > lead {
		if e := wordEnd(text, k); inSet(foreignKinds, text[k:e]) {
			return text[i:e]
		}
	}
	if alone {
		return text[i:lead]
	}
	return ""
}

// foreignFolded is the regular expression of the same words, for text
// with a character that folds to an ASCII letter ("ſ", "K"). Longer words
// come first, so that "dollars" is read before "dollar".
var foreignFolded = sync.OnceValue(func() *regexp.Regexp {
	var words []string
	for w := range foreignWords {
		words = append(words, w)
	}
	sort.Slice(words, func(a, b int) bool {
		if len(words[a]) != len(words[b]) {
			return len(words[a]) > len(words[b])
		}
		return words[a] < words[b]
	})
	var leads, kinds []string
	for w := range foreignLeads {
		if w != "nonsterling" {
			leads = append(leads, w)
		}
	}
	for w := range foreignKinds {
		kinds = append(kinds, w)
	}
	sort.Strings(leads)
	sort.Slice(kinds, func(a, b int) bool { return len(kinds[a]) > len(kinds[b]) })
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(words, "|") +
		`|(?:` + strings.Join(leads, "|") + `|non[- ]?sterling)\s+(?:` + strings.Join(kinds, "|") + `)` +
		`|non[- ]?sterling)\b`)
})

// inSet reports whether w, an ASCII word, is in set in any case.
func inSet(set map[string]bool, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

// isWordByte is a character \b counts as part of a word.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// wordEnd is the end of the run of word characters from i.
func wordEnd(text string, i int) int {
	for i < len(text) && isWordByte(text[i]) {
		i++
	}
	return i
}

// isRegexpSpace is a character \s matches.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
