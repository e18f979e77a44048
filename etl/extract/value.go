package extract

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/phrase"
)

// Value is what one value cell says: a number (or none), the unit its text
// named if any, and how exact it is.
type Value struct {
	Num         *float64 // nil: reported but not quantified, or not reported
	Unit        etl.Unit // the unit the text named ("£", "kg", "wraps"); "" if none
	Qualifier   etl.Qualifier
	NotReported bool // blank, "-", "n/a", "N/K": not a figure at all, never 0
	Scaled      bool // the text gave its own thousands or millions: "50k", "£1.2m"
	// PoundWord: the unit was the bare word "pound(s)", no "£": money
	// beside cash, but beside a drug a weight too ("1 pound" of cannabis).
	PoundWord bool
}

// ErrUnreadable is returned for text that is not a figure we can read.
var ErrUnreadable = errors.New("cannot read a figure")

var notReported = map[string]bool{
	"": true, "-": true, "--": true, "–": true, "—": true, "n/a": true, "na": true, "n.a.": true, "n.a": true,
	"n/k": true, "nk": true, "not known": true, "not applicable": true, "not recorded": true,
	"not reported": true, "no data": true, "unknown": true, "#n/a": true, ".": true, "?": true,
}

var zeroWords = map[string]bool{"nil": true, "none": true, "zero": true, "nothing": true, "no": true, "nil return": true, "nought": true}

// Phrases that say something was reported but give no number.
var unquantifiedWords = []string{
	"yes", "tbc", "tba", "to be confirmed", "significant", "large", "various",
	"several", "some", "multiple", "numerous", "not yet valued", "yet to be valued", "unvalued",
	"awaiting", "pending", "not valued", "ongoing", "many", "a number of", "unquantified",
}

type qualifierForm struct {
	re *regexp.Regexp
	q  etl.Qualifier
}

// Qualifier words at the front of a figure, longest first.
var prefixQualifiers = []qualifierForm{
	{regexp.MustCompile(`^(just over|more than|in excess of|over|above|greater than|>)\s*`), etl.MoreThan},
	{regexp.MustCompile(`^(at least|a minimum of|minimum of|minimum|min\.?|no fewer than|no less than|>=|≥)\s*`), etl.AtLeast},
	{regexp.MustCompile(`^(approximately|approx\.?|around|about|circa|c\.|ca\.|roughly|estimated|est\.?|~|≈|some)\s*`), etl.Approximately},
	{regexp.MustCompile(`^(up to|no more than|a maximum of|maximum of|maximum|max\.?|<=|≤)\s*`), etl.UpTo},
	{regexp.MustCompile(`^(just under|less than|fewer than|under|below|almost|nearly|not quite|<)\s*`), etl.LessThan},
}

// hedgeStarts are the first words of prefixQualifiers: only text starting
// with one of them (or a sign) is tried against the patterns, which keeps
// reading labels cheap.
var hedgeStarts = map[string]bool{"just": true, "more": true, "in": true, "over": true, "above": true, "greater": true,
	"at": true, "a": true, "minimum": true, "min": true, "no": true, "approximately": true, "approx": true, "around": true,
	"about": true, "circa": true, "c": true, "ca": true, "roughly": true, "estimated": true, "est": true, "some": true,
	"up": true, "maximum": true, "max": true, "less": true, "fewer": true, "under": true, "below": true, "almost": true,
	"nearly": true, "not": true}

func mayStartHedge(s string) bool {
	if strings.ContainsAny(s[:min(len(s), 3)], "<>~≈≥≤") {
		return true
	}
	i := 0
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	return hedgeStarts[s[:i]]
}

// mayEndHedge says whether text could end with one of suffixQualifiers.
func mayEndHedge(s string) bool {
	for _, e := range []string{")", "+", "approx", "approx.", "approximate", "approximately", "estimated", "estimate", "est", "est.", "rounded", "plus", "more", "over", "*"} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

var suffixQualifiers = []qualifierForm{
	// "43 (est)", "43 - estimate", "£5,000, approx.", "43 estimate*", "43: approx", "43 (rounded)".
	{regexp.MustCompile(`\s*[-–—,:;]?\s*(\(approx\.?\)|\(approximate(?:ly)?\)|\(est\.?\)|\(estimated?\)|\(an? estimate\)|\(rounded\)|approx\.?|approximate(?:ly)?|estimated?|\best\.?|\brounded|\(circa\))\s*\*?$`), etl.Approximately},
	{regexp.MustCompile(`\s*(\+|plus|or more|and over|\(at least\))$`), etl.AtLeast},
}

type unitForm struct {
	re     *regexp.Regexp
	unit   etl.Unit
	factor float64
}

// Units written after the number. Order matters: "kg" before "g".
var suffixUnits = []unitForm{
	{regexp.MustCompile(`^(kgs?|kilos?|kilograms?|kilogrammes?)\.?$`), etl.UnitGrams, 1000},
	{regexp.MustCompile(`^(mg|milligrams?)$`), etl.UnitGrams, 0.001},
	{regexp.MustCompile(`^(g|gs|gms?|grams?|grammes?|gr|grm)\.?$`), etl.UnitGrams, 1},
	{regexp.MustCompile(`^(oz|ozs|ounces?)\.?$`), etl.UnitGrams, 28.349523125},
	{regexp.MustCompile(`^(lbs?|pounds? weight)\.?$`), etl.UnitGrams, 453.59237},
	{regexp.MustCompile(`^(wraps?|deals?)$`), etl.UnitWraps, 1},
	{regexp.MustCompile(`^(plants?)$`), etl.UnitPlants, 1},
	{regexp.MustCompile(`^(tablets?|tabs?|pills?)$`), etl.UnitTablets, 1},
	{regexp.MustCompile(`^(gbp|pounds?|sterling)$`), etl.UnitGBP, 1},
	{regexp.MustCompile(`^(eur|euros?)$`), etl.UnitEUR, 1},
	// "43 people": a count of people, which agrees only with a metric
	// counted in people ("Cash seized │ 43 people" is no £43).
	{peopleWord, etl.UnitPeople, 1},
	{regexp.MustCompile(`^(x|no\.?|nos\.?|items?|in total|total)$`), "", 1},
	// "43 this week": the week the return is for, no other period.
	{regexp.MustCompile(`^\(?(this|in the|during the|for the|over the) (week|iw|intensification week)\)?$`), "", 1},
}

// containers are counts of bags, blocks or packages: a bag of cannabis may
// hold a few grams or a kilo, so no unit of the catalogue (the phrase
// grammar refuses them too: "35 bags of cannabis").
var containers = regexp.MustCompile(`^(bags?|baggies|packages?|packets?|parcels?|blocks?|bricks?|bars?|slabs?)(\s+of\b.*)?$`)

// ErrForeignCurrency is returned for a figure in a currency other than
// pounds or euros ("$5,000", "¥50,000", "5000 USD"): never read as either.
var ErrForeignCurrency = errors.New("is in a currency other than pounds or euros; only pounds and euros are loaded")

// ErrContainer is returned for a count of containers ("35 bags").
var ErrContainer = errors.New("counts containers, which may hold any weight")

// leadingMinus is a minus sign before a figure, whatever dash or minus is
// typed, with the currency sign before or after it: "-5", "−5", "–5",
// "- 5", "-£5", "£−5". $1 is the currency sign, $2 the figure.
var leadingMinus = regexp.MustCompile(`^([£€]?)\s*[-−–—‐‑‒﹣－]\s*([£€]?\s*\d.*)$`)

// remark is a bracketed aside after a figure, "43 (7 under 18)": the
// figure stands, the aside stays in the raw text.
var remark = regexp.MustCompile(`^\(([^()]*)\)$`)

// peopleWord is a word for the people a figure counts, its unit.
var peopleWord = regexp.MustCompile(`^(people|persons?|individuals?)$`)

var (
	numberRe    = regexp.MustCompile(`^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(.*)$`)
	leadingWord = regexp.MustCompile(`^([a-z]+)\.?\s*(.*)$`)
	multipliers = map[string]float64{"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mil": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9}
)

// ParseNumber reads a cell that holds a number as stored: exact, no unit.
func ParseNumber(n float64) Value {
	return Value{Num: etl.Ptr(n), Qualifier: etl.Exact}
}

// ParseText reads a figure typed as text.
func ParseText(text string) (Value, error) {
	s := strings.ToLower(strings.Join(strings.Fields(text), " "))
	s = strings.TrimRight(s, " .;:")
	if notReported[s] {
		return Value{NotReported: true}, nil
	}
	if f := phrase.ForeignMoney(s); f != "" {
		return Value{}, fmt.Errorf("%w: %q (%q) %w", ErrUnreadable, text, f, ErrForeignCurrency)
	}
	if zeroWords[s] {
		return Value{Num: etl.Ptr(0), Qualifier: etl.Exact}, nil
	}
	if m := leadingMinus.FindStringSubmatch(s); m != nil {
		// "-3" typed as text is minus three, and so is "−3" (U+2212, as
		// Word and PDFs write it), "–3", "- 3", "-£5,000", "£−5,000":
		// the checks must see the sign, never the figure without it.
		neg, err := ParseText(m[1] + m[2])
		if err != nil || neg.Num == nil || neg.Qualifier != etl.Exact {
			return Value{}, fmt.Errorf("%w in %q: a minus sign before the figure", ErrUnreadable, text)
		}
		*neg.Num = -*neg.Num
		return neg, nil
	}
	if why, odd := oddNumber(s); odd {
		// "5,00", "£1.500", "40?", "(5)", "+40", "40-", "£1/2m": two
		// readings, never the digits before the odd part.
		return Value{}, fmt.Errorf("%w: %q: %s", ErrUnreadable, text, why)
	}
	orig := s
	v := Value{Qualifier: etl.Exact}
	for _, p := range prefixQualifiers {
		if !mayStartHedge(s) {
			break
		}
		if loc := p.re.FindStringIndex(s); loc != nil && loc[1] < len(s) {
			v.Qualifier = p.q
			s = s[loc[1]:]
			break
		}
	}
	for _, p := range suffixQualifiers {
		if !mayEndHedge(s) {
			break
		}
		if loc := p.re.FindStringIndex(s); loc != nil && loc[0] > 0 {
			if v.Qualifier == etl.Exact {
				v.Qualifier = p.q
			}
			s = strings.TrimSpace(s[:loc[0]])
			break
		}
	}
	// Currency before the number.
	switch {
	case strings.HasPrefix(s, "£"):
		v.Unit, s = etl.UnitGBP, strings.TrimSpace(strings.TrimPrefix(s, "£"))
	case strings.HasPrefix(s, "€"):
		v.Unit, s = etl.UnitEUR, strings.TrimSpace(strings.TrimPrefix(s, "€"))
	case strings.HasPrefix(s, "gbp"):
		v.Unit, s = etl.UnitGBP, strings.TrimSpace(strings.TrimPrefix(s, "gbp"))
	case strings.HasPrefix(s, "eur "):
		v.Unit, s = etl.UnitEUR, strings.TrimSpace(strings.TrimPrefix(s, "eur"))
	}
	m := numberRe.FindStringSubmatch(s)
	if m == nil {
		// Words: "seven", "twenty-eight"; else unquantified phrases.
		if n, rest, ok := parseWords(s); ok {
			return finishUnit(v, n, rest, text)
		}
		if isUnquantified(orig) {
			return Value{Unit: v.Unit, Qualifier: etl.Unquantified}, nil
		}
		return Value{}, fmt.Errorf("%w in %q", ErrUnreadable, text)
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
	if err != nil || math.IsInf(n, 0) || math.IsNaN(n) {
		return Value{}, fmt.Errorf("%w in %q", ErrUnreadable, text)
	}
	rest := m[2]
	if w := leadingWord.FindStringSubmatch(rest); w != nil {
		if f, ok := multipliers[w[1]]; ok {
			n *= f
			rest = w[2]
			v.Scaled = true
		}
	}
	return finishUnit(v, n, rest, text)
}

func finishUnit(v Value, n float64, rest, text string) (Value, error) {
	rest = strings.TrimSpace(rest)
	rest = strings.TrimPrefix(rest, "of ")
	for _, p := range suffixQualifiers {
		if loc := p.re.FindStringIndex(rest); loc != nil {
			if v.Qualifier == etl.Exact {
				v.Qualifier = p.q
			}
			rest = strings.TrimSpace(rest[:loc[0]])
			break
		}
	}
	if containers.MatchString(rest) {
		return Value{}, fmt.Errorf("%w: %q %w; give the weight, or the wraps", ErrUnreadable, text, ErrContainer)
	}
	if m := remark.FindStringSubmatch(rest); m != nil && unitWord(strings.TrimSpace(m[1])) {
		// "43 (people)", "43 (kg)", "20 (wraps)" say their unit as "43
		// people", "43 kg", "20 wraps" do: never a remark passed over
		// ("Arrests │ 43 (kg)" is no count of arrests)
		rest = strings.TrimSpace(m[1])
	}
	if rest != "" {
		matched := false
		for _, u := range suffixUnits {
			if u.re.MatchString(rest) {
				if u.unit != "" {
					if v.Unit != "" && v.Unit != u.unit {
						return Value{}, fmt.Errorf("%w: %q names two units", ErrUnreadable, text)
					}
					v.PoundWord = v.Unit == "" && (rest == "pound" || rest == "pounds")
					v.Unit = u.unit
				}
				n *= u.factor
				matched = true
				break
			}
		}
		if !matched && !remark.MatchString(rest) {
			return Value{}, fmt.Errorf("%w: %q has text after the number", ErrUnreadable, text)
		}
	}
	v.Num = etl.Ptr(roundFloat(n))
	return v, nil
}

// unitWord reports whether s alone names a unit of suffixUnits: "kg",
// "wraps", "people", "euros".
func unitWord(s string) bool {
	for _, u := range suffixUnits {
		if u.unit != "" && u.re.MatchString(s) {
			return true
		}
	}
	return false
}

// roundFloat removes binary noise from unit conversions (2.5 kg is 2500 g,
// not 2499.9999999999995).
func roundFloat(n float64) float64 {
	r := math.Round(n*1e6) / 1e6
	return r
}

func isUnquantified(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, w := range unquantifiedWords {
		if s == w || strings.HasPrefix(s, w+" ") || strings.Contains(s, " "+w+" ") || strings.HasSuffix(s, " "+w) {
			return true
		}
	}
	return false
}

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"dozen": 12,
}

// parseWords reads an English number at the start of s ("twenty-eight",
// "one hundred and five", "two dozen", "a hundred") and returns what
// follows it. The words are read as English composes them: tens then
// units ("forty three"), a count of hundreds, thousands or dozens ("two
// dozen" is 24, "eleven hundred" 1,100), "and" after hundred or thousand.
// Any other run of number words ("ten ten", "one two three", "twelve
// fifty") is refused, never added up.
func parseWords(s string) (float64, string, bool) {
	words := strings.Fields(strings.ReplaceAll(s, "-", " "))
	i := 0
	at := func(ws ...string) bool { return i < len(words) && slices.Contains(ws, words[i]) }
	// below100 reads "seven", "twelve", "forty", "forty three".
	below100 := func() (float64, bool) {
		if i >= len(words) {
			return 0, false
		}
		n, ok := smallNumbers[words[i]]
		if !ok || words[i] == "a" || words[i] == "an" || words[i] == "dozen" || words[i] == "zero" {
			return 0, false
		}
		i++
		if n >= 20 && i < len(words) {
			if u, ok := smallNumbers[words[i]]; ok && u >= 1 && u <= 9 && words[i] != "a" && words[i] != "an" {
				n += u
				i++
			}
		}
		return n, true
	}
	// plus reads what may follow a hundred or a thousand ("and five",
	// "forty"): its value, or 0 with nothing read.
	plus := func(read func() (float64, bool)) float64 {
		save := i
		if at("and") {
			i++
		}
		if m, ok := read(); ok {
			return m
		}
		i = save
		return 0
	}
	// below1000 reads "forty three", "three hundred", "one hundred and
	// five"; article is "a" before hundred, thousand or dozen.
	below1000 := func(article bool) (float64, bool) {
		n := 1.0
		if !article {
			var ok bool
			if n, ok = below100(); !ok {
				return 0, false
			}
		}
		if at("hundred") {
			i++
			n = n*100 + plus(below100)
		}
		return n, true
	}
	if at("dozen") && (i+1 == len(words) || !isNumberWord(words[i+1])) {
		// "dozen" alone is twelve.
		return 12, strings.Join(words[1:], " "), true
	}
	article := false
	if at("a", "an") {
		if i+1 < len(words) && slices.Contains([]string{"hundred", "thousand", "dozen"}, words[i+1]) {
			article = true
			i++
		} else {
			return 0, "", false
		}
	}
	var total float64
	switch {
	case article && at("dozen"):
		total = 12
		i++
	case article && at("thousand"):
		i++
		total = 1000 + plus(func() (float64, bool) { return below1000(false) })
	default:
		start := i
		g, ok := below1000(article)
		if !ok {
			return 0, "", false
		}
		switch {
		case at("thousand"):
			i++
			total = g*1000 + plus(func() (float64, bool) { return below1000(false) })
		case at("dozen") && !slices.Contains(words[start:i], "hundred"):
			total = g * 12
			i++
		default:
			total = g
		}
	}
	if i < len(words) && isNumberWord(words[i]) {
		return 0, "", false // "ten ten", "one two three", "twelve fifty": no sum of words
	}
	return total, strings.Join(words[i:], " "), true
}

// oddNumber is phrase.OddNumber for a figure in digits or in words:
// "forty-three and counting" is as provisional as "43 and counting".
func oddNumber(text string) (string, bool) {
	if why, odd := phrase.OddNumber(text); odd {
		return why, true
	}
	if n, rest, ok := parseWords(strings.ToLower(strings.Join(strings.Fields(text), " "))); ok && rest != "" {
		return phrase.OddNumber(formatNum(n) + " " + rest)
	}
	return "", false
}

// isNumberWord reports a word that counts: "seven", "hundred", "dozen"
// (not the article "a").
func isNumberWord(w string) bool {
	if w == "a" || w == "an" {
		return false
	}
	_, ok := smallNumbers[w]
	return ok || w == "hundred" || w == "thousand" || w == "dozen" || w == "million"
}
