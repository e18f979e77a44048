package phrase

import (
	"math"
	"strings"
)

// number is a count as written: digits ("1,149", "2.5"), words
// ("twenty-five", "ten thousand", "a dozen") or an article ("a machete").
type number struct {
	value    float64
	from, to int  // tokens [from, to)
	article  bool // "a"/"an": one, but only if a noun follows
	words    bool // written in words
	frac     bool // begins with a part of a whole: "half a", "a half", "a quarter of a"
	mixed    bool // a whole and a part said "and": "2 and a half", "one and a quarter"
}

var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// scales multiply what comes before them. "k", "m" and "bn" count only
// stuck to the digits ("£7.6k", "£2.7m") or after a currency sign.
var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
	"k": 1e3, "m": 1e6, "mn": 1e6, "mil": 1e6, "bn": 1e9,
}

// pluralScale reports a word of a scale in the plural and "of" at
// toks[i]: "dozens of", "tens of", "hundreds of", "thousands of" say
// many and name no number.
func pluralScale(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].is("of") {
		return false
	}
	t := toks[i]
	return t.kind == tWord && (longScale(t.norm) || t.norm == "dozen" || t.norm == "ten") && t.norm != strings.ToLower(t.text)
}

// shortScale reports an abbreviated scale ("k", "m", "bn"), which scales
// only a number glued to it or after a currency sign.
func shortScale(norm string) bool {
	return norm == "k" || norm == "m" || norm == "mn" || norm == "bn" || norm == "mil"
}

// longScale reports a scale written as a word ("thousand", "million").
func longScale(norm string) bool {
	_, ok := scales[norm]
	return ok && !shortScale(norm)
}

// readNumber reads a number at toks[i]. money says a currency sign came
// just before, so "£2 m" may scale.
func readNumber(toks []token, i int, money bool) (number, bool) {
	if i >= len(toks) {
		return number{}, false
	}
	t := toks[i]
	switch {
	case t.kind == tNum && !t.ordinal && !code(t):
		if v, to, ok := fractionAt(toks, i); ok {
			return number{value: v, from: i, to: to, frac: true}, true // "1/2 kilo"
		}
		// "2 1/2 kg": a whole number and a fraction of a unit after it
		// are one number, never the fraction alone (500 g)
		// ... but only where a figure begins: a number the word before
		// numbers ("week 41 1/2 kg", "at 10 1/2 kg") is no whole part,
		// and the fraction after it is read alone
		if v, to, ok := fractionAt(toks, i+1); ok && t.num == math.Trunc(t.num) && t.num >= 1 && !toks[i+1].glued && !money && !numberOfWordBefore(toks, i) {
			return number{value: t.num + v, from: i, to: to, mixed: true}, true
		}
		n := number{value: t.num, from: i, to: i + 1}
		// "2 and a half kg"; but never after a sum of money: "£4,500 and
		// a half kilo of cocaine" is two things, not £4,500.50
		if f, to := andFraction(toks, i+1, t.num, false); to > i+1 && !money {
			n.value, n.to, n.mixed = t.num+f, to, true
			if s, j, ok := readScale(toks, to, money); ok && !shortScale(toks[to].norm) {
				n.value *= s
				n.to = j
			}
			return n, true
		}
		if f, j, ok := readScale(toks, i+1, money); ok {
			n.value *= f
			n.to = j
		}
		return n, !math.IsInf(n.value, 0) && !math.IsNaN(n.value)
	case t.kind == tWord:
		n, ok := readNumberWords(toks, i)
		if !ok || n.article || n.frac {
			return n, ok
		}
		if f, to := andFraction(toks, n.to, n.value, false); to > n.to && plainWords(toks[n.from:n.to]) {
			// "one and a half kilos", "one and a half thousand pounds"
			n.value, n.to, n.mixed = n.value+f, to, true
			if to < len(toks) && toks[to].kind == tWord && toks[to].text == strings.ToLower(toks[to].text) {
				if longScale(toks[to].norm) || toks[to].norm == "dozen" {
					s := scales[toks[to].norm]
					if toks[to].norm == "dozen" {
						s = 12
					}
					n.value *= s
					n.to = to + 1
				}
			}
		}
		return n, ok
	}
	return number{}, false
}

// plainWords reports a number written in number words alone ("twenty
// two"), without "dozen" or a scale: "a dozen and a half" is eighteen,
// not twelve and a half.
func plainWords(toks []token) bool {
	for _, t := range toks {
		if _, ok := numberWords[strings.ToLower(t.text)]; !ok {
			return false
		}
	}
	return true
}

// mixedFractions are the parts a whole number is said "and" ("one and a
// half", "two and three quarters"): halves and quarters, whose values
// are exact.
var mixedFractions = []struct {
	words []string
	value float64
}{
	{[]string{"a", "half"}, 0.5}, {[]string{"one", "half"}, 0.5},
	{[]string{"a", "quarter"}, 0.25}, {[]string{"one", "quarter"}, 0.25},
	{[]string{"three", "quarter"}, 0.75},
}

// andFraction reads "and a half", "and a quarter", "and three quarters"
// at toks[j] after a whole number whole: the part it adds, and where it
// ends; else j. After a number, a part with "of" after it is a share of
// something ("12 and a quarter of them"), not the number's; after a unit
// (unit) it is not: "a kilo and a half of cocaine".
func andFraction(toks []token, j int, whole float64, unit bool) (float64, int) {
	if j >= len(toks) || !toks[j].is("and") || whole != math.Trunc(whole) || whole < 1 {
		return 0, j
	}
	if v, to, ok := fractionAt(toks, j+1); ok && (v == 0.5 || v == 0.25 || v == 0.75) {
		return v, to // "1 and 1/2 kilos"
	}
	for _, f := range mixedFractions {
		k := j + 1
		for _, w := range f.words {
			if k >= len(toks) || toks[k].kind != tWord || !toks[k].is(w) {
				k = -1
				break
			}
			k++
		}
		if k < 0 || !unit && k < len(toks) && toks[k].is("of") {
			continue
		}
		return f.value, k
	}
	return 0, j
}

// afterAnd reports a number at toks[i] that begins with a part of a
// whole ("a half", "half a") after "and" and a number or a word of a
// unit: the tail of a quantity ("two thousand and a half", "5 wraps and
// a half") whose whole was not read with it. Alone it would say the
// part for the whole: it is not read.
func afterAnd(toks []token, i int, n number, unitWord func(int) bool) bool {
	if !n.frac || i < 2 || !toks[i-1].is("and") {
		return false
	}
	p := toks[i-2]
	if p.kind == tNum && i >= 3 && toks[i-3].kind == tSym {
		return false // "£4,500 and a half kilo": the half kilo is no part of a sum
	}
	if p.kind == tNum || p.kind == tWord && (numberWords[p.norm] > 0 || scales[p.norm] > 0 || p.norm == "dozen") {
		return true
	}
	return unitWord(i - 2)
}

// readScale reads "thousand", "million", "k", "m" after a number.
func readScale(toks []token, i int, money bool) (float64, int, bool) {
	if i >= len(toks) || toks[i].kind != tWord {
		return 0, i, false
	}
	f, ok := scales[toks[i].norm]
	if !ok || toks[i].norm == "hundred" && toks[i].text != "hundred" {
		return 0, i, false // "3 hundred"; but "hundreds" is no scale
	}
	if shortScale(toks[i].norm) && !toks[i].glued && !money {
		return 0, i, false
	}
	if shortScale(toks[i].norm) && i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].glued && (toks[i+1].start == toks[i].end || !money) {
		// "5mg" is not 5 million g, nor "a 5m-long tunnel" 5 million;
		// but a sum's "£2m-worth" is £2 million's worth
		return 0, i, false
	}
	return f, i + 1, true
}

// fractionOfA reads "a quarter of a", "three quarters of an", "a third
// of a" at j when a scale word follows: the fraction, and where the
// scale begins; else j.
func fractionOfA(toks []token, j int) (float64, int) {
	if j+3 >= len(toks) || !toks[j+2].is("of") || !toks[j+3].is("a", "an") || j+4 >= len(toks) || !toks[j+4].is("thousand", "million", "billion") {
		return 0, j
	}
	switch {
	case toks[j].is("a", "one") && toks[j+1].is("quarter"):
		return 0.25, j + 4
	case toks[j].is("three") && toks[j+1].text != "" && strings.EqualFold(toks[j+1].text, "quarters"):
		return 0.75, j + 4
	}
	return 0, j
}

// readNumberWords reads "twenty-five", "one hundred and five", "ten
// thousand", "a dozen", "a hundred", and "a"/"an" alone as an article.
func readNumberWords(toks []token, i int) (number, bool) {
	n := number{from: i, to: i, words: true}
	var total, cur float64
	seen := false
	j := i
	if toks[j].is("half") && j+1 < len(toks) && toks[j+1].is("a", "an") {
		// "half a kilo", "half a million"
		cur, seen, n.frac = 0.5, true, true
		j += 2
		n.to = j
	} else if f, k := fractionOfA(toks, j); k > j {
		// "a quarter of a million", "three quarters of a million": a
		// part of the scale after it ("a quarter of a kilo" is said, not
		// read: no scale follows, and the number ends unread)
		cur, seen, n.frac = f, true, true
		j = k
		n.to = j
	} else if toks[j].is("a") && j+1 < len(toks) && toks[j+1].is("half") {
		// "a half kilo"
		cur, seen, n.frac = 0.5, true, true
		j += 2
		n.to = j
	} else if toks[j].is("a", "an") {
		if j+1 < len(toks) && toks[j+1].kind == tWord && isOneOf(strings.ToLower(toks[j+1].text), "dozen", "hundred", "thousand", "million") {
			// "a dozen"; "an dozens" is an article and a word, not a number
			cur, seen = 1, true
			j++
		} else {
			return number{value: 1, from: i, to: i + 1, article: true, words: true}, true
		}
	}
	for ; j < len(toks); j++ {
		w := toks[j]
		if w.kind != tWord {
			break
		}
		if v, ok := numberWords[strings.ToLower(w.text)]; ok { // "nines" is no number
			// "twenty five" adds, "five twenty" does not read as one number.
			if seen && math.Mod(cur, 100) != 0 && !(math.Mod(cur, 10) == 0 && cur < 100 && v < 10) {
				break
			}
			cur += v
			seen = true
			n.to = j + 1
			continue
		}
		if w.norm != strings.ToLower(w.text) {
			break // "dozens", "hundreds": no number
		}
		switch w.norm {
		case "dozen":
			if !seen {
				cur = 1
			}
			cur *= 12
			seen = true
			n.to = j + 1
			continue
		case "hundred":
			if !seen {
				return number{}, false
			}
			cur *= 100
			n.to = j + 1
			continue
		case "thousand", "million", "billion":
			if !seen {
				return number{}, false
			}
			total += cur * scales[w.norm]
			cur = 0
			n.to = j + 1
			continue
		case "and":
			if seen && j+1 < len(toks) && toks[j+1].kind == tWord {
				if _, ok := numberWords[toks[j+1].norm]; ok && n.to == j && isScaleWord(toks[j-1].norm) {
					continue
				}
			}
		}
		break
	}
	if !seen {
		return number{}, false
	}
	n.value = total + cur
	return n, true
}

func isOneOf(s string, ws ...string) bool {
	for _, w := range ws {
		if s == w {
			return true
		}
	}
	return false
}

func isScaleWord(s string) bool { return s == "hundred" || s == "thousand" || s == "million" }

// massWords may follow a fraction written with a slash.
var massWords = map[string]bool{"kilo": true, "kg": true, "kilogram": true, "kilogramme": true, "ounce": true, "oz": true, "gram": true, "g": true, "tonne": true}

// fractionAt reads "1/2" or "3/4" before a unit of mass ("1/2 kilo",
// "3/4 oz"): a part of a unit, not a date.
func fractionAt(toks []token, i int) (float64, int, bool) {
	if i < 0 || i+3 >= len(toks) {
		return 0, 0, false
	}
	a, s, b := toks[i], toks[i+1], toks[i+2]
	if a.kind != tNum || s.norm != "/" || b.kind != tNum || !s.glued || !b.glued || a.ordinal || b.ordinal {
		return 0, 0, false
	}
	if a.num != math.Trunc(a.num) || b.num != math.Trunc(b.num) || a.num < 1 || a.num >= b.num || b.num > 16 {
		return 0, 0, false
	}
	if !massWords[toks[i+3].norm] || !terminating(b.num) {
		return 0, 0, false
	}
	return a.num / b.num, i + 3, true
}

// terminating reports a denominator whose fractions are written exactly
// in decimals: a power of 2 times a power of 5 ("1/4 kilo" is 250 g;
// "2/3 kilos" is no exact weight, and is not read: inexactFractions).
func terminating(den float64) bool {
	d := int(den)
	for d > 1 && d%2 == 0 {
		d /= 2
	}
	for d > 1 && d%5 == 0 {
		d /= 5
	}
	return d == 1
}

// numberOfWordBefore reports a number that belongs to the words before
// it, not a figure that begins there: the number of a thing it names
// ("week 41", "day 3", "raid 2", "address 4", "number 7"), the object of
// a preposition of time or place ("at 10", "on 3", "to 17", "between 11
// and 17", "11-17"), a day or year of a date ("17 October 2021"). Such a
// number is never the whole part of a mixed number after it: "During
// week 41 1/2 kg of cocaine was seized" is half a kilo, not 41.5 kg.
func numberOfWordBefore(toks []token, i int) bool {
	if dateNumber(toks, i) || yearNumber(toks[i]) {
		return true
	}
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if p.kind == tNum || p.is("#") || p.is("–", "-", "—", "/") && i >= 2 && toks[i-2].kind == tNum {
		return true // "11-17 1/2 kg"; a dash that starts a line is no range
	}
	if p.is("to", "at") && i >= 2 && toks[i-2].is("up", "close", "amounting", "amounted", "came", "come", "equal", "stood", "standing", "in") {
		// "up to 2 1/2 kg", "amounting to", "came to", "stood at",
		// "weighing in at": a hedge or a link, and the figure begins
		return false
	}
	if p.is("and", "&") {
		// "between 11 and 17", "from 11 to 17": the end of a range
		for k := i - 2; k >= 0 && k >= i-4; k-- {
			if toks[k].is("between", "from") {
				return true
			}
		}
		return false
	}
	return p.is(numberingWords...)
}

// numberingWords are the words a number after them belongs to: nouns it
// numbers (the naming words of namingNumber and things a release numbers
// one by one) and prepositions of time and place, whose object is a
// time, date or place and never a figure ("at 10", "on 3", "to 17").
var numberingWords = []string{
	"week", "wk", "day", "phase", "stage", "wave", "round", "tranche", "quarter", "period", "month", "year",
	"raid", "address", "warrant", "operation", "property", "house", "flat", "room", "cell", "unit", "block",
	"junction", "number", "no", "no.", "page", "item", "case", "incident", "team", "officer",
	"at", "on", "in", "to", "until", "till", "by", "from", "between", "since", "before", "after",
}
