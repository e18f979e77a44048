package phrase

import (
	"regexp"
	"unicode"
)

// foreignWords are the words and codes of money other than pounds and
// euros: "USD", "dollars", "yen", "rupees", "foreign currency". Words
// that are also plain English ("won", "rand", "try", "real") are left
// out: their signs and codes are read instead.
var foreignWords = regexp.MustCompile(`(?i)\b(?:usd|jpy|inr|cny|rmb|chf|aud|cad|nzd|hkd|sgd|rub|krw|ngn|php|thb|vnd|uah|ils|pln|sek|nok|dkk|czk|huf|bgn|zar|brl|mxn|aed|sar|pkr|bdt|lkr|kes|ghs|egp|idr|myr|btc|xbt|eth|usdt|dollars?|yen|yuan|renminbi|rupees?|roubles?|rubles?|liras?|lire|naira|pesos?|baht|hryvnias?|shekels?|francs?|kronor|kroner|krona|krone|zlotys?|zloty|reais|dirhams?|riyals?|rands|bitcoins?|crypto(?:currenc(?:y|ies))?|(?:foreign|other|non[- ]?sterling|overseas)\s+(?:currenc(?:y|ies)|cash|money)|non[- ]?sterling)\b`)

// ForeignMoney returns the sign, code or words of a currency other than
// pounds and euros written in text ("$", "¥", "₹", "USD", "dollars",
// "foreign currency"), as written, or "" if there is none. A figure in
// such a currency is never read as pounds or euros.
func ForeignMoney(text string) string {
	for _, r := range text {
		if r != '£' && r != '€' && unicode.Is(unicode.Sc, r) {
			return string(r)
		}
	}
	return foreignWords.FindString(text)
}
