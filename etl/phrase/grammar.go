package phrase

import (
	"fmt"
	"strings"

	"github.com/countylines/countylines/etl"
)

// ekind is what one element of a sentence is.
type ekind uint8

const (
	eAmount  ekind = iota // a figure: "over £2.7m", "17 wraps", "a"
	eLex                  // a word or phrase of the lexicon
	eFunc                 // a grammar word: "and", "of", "including", "were"
	eUnknown              // a word nobody taught us
	ePunct                // , ; : ( ) – …
	eSkip                 // a date or an ordinal: not a figure
)

// elem is a token, a phrase or an amount.
type elem struct {
	kind     ekind
	from, to int // tokens [from, to)
	e        *entry
	fn       string // eFunc: its class; ePunct: its sign
	amt      amount
}

// Grammar words and their classes. These are the closed word classes of
// English, part of the grammar rather than of the vocabulary.
var funcWords = map[string]string{
	"and": "coord", "or": "coord", "nor": "coord", "/": "coord",
	"plus": "sib", "as well as": "sib", "along with": "sib", "alongside": "sib", "together with": "sib",
	"in addition to": "sib", "and a further": "sib", "a further": "sib", "and another": "sib", "another": "sib",
	"with":      "with",
	"including": "part", "include": "part", "includes": "part", "included": "part", "incl": "part", "inc": "part",
	"such as": "part", "like": "part", "comprising": "part", "among them": "part", "among which": "part",
	"among whom": "part", "which included": "part", "which includes": "part", "which include": "part", "of which": "part",
	"of whom": "part", "of those": "part", "of these": "part", "of them": "part", "within this": "part",
	"from these": "part", "from those": "part", "made up of": "part", "consisting of": "part",
	"comprised of": "part", "broken down into": "part", "split into": "part",
	"of": "of", "for": "for", "in": "prep", "to": "prep", "from": "prep", "at": "prep", "by": "prep", "on": "prep",
	"into": "prep", "through": "prep", "across": "prep", "during": "prep", "within": "prep", "via": "prep",
	"than": "prep", "as": "prep", "among": "prep", "amongst": "prep", "after": "prep", "before": "prep", "over": "prep", "under": "prep",
	"about": "prep", "around": "prep", "throughout": "prep", "against": "prep", "between": "prep", "beyond": "prep", "outside": "prep",
	"was": "aux", "were": "aux", "is": "aux", "are": "aux", "be": "aux", "been": "aux", "being": "aux",
	"have": "aux", "has": "aux", "had": "aux", "will": "aux", "would": "aux", "got": "aux", "get": "aux",
	"could": "aux", "may": "aux", "might": "aux", "can": "aux", "should": "aux",
	"who": "rel", "whom": "rel", "which": "rel", "that": "rel", "where": "rel", "when": "rel",
	"while": "rel", "whilst": "rel", "because": "rel", "whose": "rel",
	"the": "det", "this": "det", "these": "det", "those": "det", "its": "det", "their": "det", "our": "det",
	"his": "det", "her": "det", "all": "det", "each": "det", "every": "det", "both": "det", "such": "det",
	"what": "what", "it": "pron", "they": "pron", "we": "pron", "he": "pron", "she": "pron", "them": "pron",
	"a": "det", "an": "det",
	"said": "say", "says": "say", "say": "say", // "Officers said crack cocaine, heroin and 12 pills were found": what was said opens a clause
}

var funcLex = func() *lexicon {
	l := &lexicon{byFirst: map[string][]*entry{}, all: map[string]*entry{}}
	for w := range funcWords {
		l.add(w, sense{})
	}
	l.sort()
	return l
}()

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
}

// ageUpward reports ages open above after a span of ages ending at
// toks[j]: "aged 16 and over", "aged 16 or above", "aged 16+": adults
// among them, so no "under 18" (review30 S2).
func ageUpward(toks []token, j int) bool {
	if j < len(toks) && toks[j].is("+") {
		return true
	}
	return j+1 < len(toks) && toks[j].is("and", "or") && toks[j+1].is("over", "above", "older", "upwards", "upward", "plus")
}

// peopleNoun is a word for people written as a plural, as the noun that
// says who is counted: "12 dealers had their phones seized", "Three
// individuals have been charged". A metric that counts things, not
// people, does not take it as its describing or allowed word: those are
// said in the singular, before the thing ("dealer phones", "individual
// charges").
func (r *Reader) peopleNoun(e *entry) *entry {
	var keep []sense
	for _, s := range e.senses {
		if (s.role == rModifier || s.role == rAllow) && r.metrics[s.metric].Unit != string(etl.UnitPeople) {
			continue
		}
		keep = append(keep, s)
	}
	if len(keep) == len(e.senses) {
		return e
	}
	return &entry{words: e.words, text: e.text, senses: keep}
}

// elements turns a sentence's tokens into elements: amounts first (a
// hedge, a number and its unit), then the longest phrase of the lexicon
// or of the grammar words at each place.
func (r *Reader) elements(toks []token) []elem {
	var out []elem
	for i := 0; i < len(toks); {
		t := toks[i]
		le, ln := r.lex.match(toks, i)
		if ln == 1 && le.has(rPerson) && plural(t) {
			le = r.peopleNoun(le)
		}
		// "a total of", "a further": an article that opens a phrase;
		// but "a quarter of a million" is one number, read below.
		if _, fk := fractionOfA(toks, i); ln > 1 && t.is("a", "an") && !le.has(rHedge) && fk == i {
			out = append(out, elem{kind: eLex, from: i, to: i + ln, e: le})
			i += ln
			continue
		}
		if fe, fn := funcLex.match(toks, i); fn > 1 && t.is("a", "an", "and") && fn >= ln {
			out = append(out, elem{kind: eFunc, from: i, to: i + fn, fn: funcWords[fe.text]})
			i += fn
			continue
		}
		// "1,5kg", "12,5 grams", "1,50kg": the number is not known,
		// never the digits after the comma (decimalCommas says so)
		if decimalComma(toks, i) {
			out = append(out, elem{kind: eUnknown, from: i, to: i + 3})
			i += 3
			continue
		}
		// "Class A and B drugs": a class letter after a class names it too.
		if e := r.classLetter(toks, i); e != nil {
			out = append(out, elem{kind: eLex, from: i, to: i + 1, e: e})
			i++
			continue
		}
		// "drug-related arrests", "gang-linked", "knife-enabled": a word
		// hyphened to one of these describes; it names nothing counted.
		if t.kind == tWord && i+1 < len(toks) && toks[i+1].glued && toks[i+1].kind == tWord && compoundTails[toks[i+1].norm] && !strings.Contains(src(toks, i, i+2), " ") {
			if e := r.lex.all["related"]; e != nil {
				out = append(out, elem{kind: eLex, from: i, to: i + 2, e: e})
				i += 2
				continue
			}
		}
		// "Class C" when the catalogue has no such class: one word
		// nobody taught us, not "class" and a hedge "c".
		if t.is("class") && ln == 0 && i+1 < len(toks) && toks[i+1].kind == tWord && len(toks[i+1].norm) == 1 {
			out = append(out, elem{kind: eUnknown, from: i, to: i + 2})
			i += 2
			continue
		}
		// "under 18", "aged 17 and under": a phrase with digits in it;
		// "three quarters of", "two thirds of": a share of the figure
		// after it, whose first word is no count ("three quarters of a
		// million" is one number).
		if _, fk := fractionOfA(toks, i); ln > 0 && containsNum(toks[i:i+ln]) || ln > 1 && le.has(rChanger) && t.kind == tWord && numberWords[t.norm] > 0 && fk == i {
			out = append(out, elem{kind: eLex, from: i, to: i + ln, e: le})
			i += ln
			continue
		}
		if end := r.ageAfterPeople(toks, i); end > i {
			// "12 men under 25": an age the catalogue has no part
			// for, whose figure is only some of the metric's people;
			// words nobody taught us, so the figure is refused
			out = append(out, elem{kind: eUnknown, from: i, to: end})
			i = end
			continue
		}
		if kind, end := r.notFigure(toks, i); kind != spanNone {
			fn := "time"
			if kind == spanWho {
				fn = "age"
			}
			if kind == spanAge {
				fn = "age"
				// "aged 15 and 16": children, as "under 18" says.
				if e := r.lex.all["under 18"]; e != nil && r.maxAge(toks[i:end]) < 18 && !ageUpward(toks, end) {
					out = append(out, elem{kind: eLex, from: i, to: end, e: e})
					i = end
					continue
				}
			}
			out = append(out, elem{kind: eSkip, from: i, to: end, fn: fn})
			i = end
			continue
		}
		// "No one was charged", "no-one": nobody, not one person; the
		// number after "no" is refused as "not" refuses it.
		if t.is("no") && noOne(toks, i) {
			if e := r.lex.all["not"]; e != nil {
				out = append(out, elem{kind: eLex, from: i, to: i + 1, e: e})
				i++
				continue
			}
		}
		if dateNumber(toks, i) || pluralNumber(t) {
			out = append(out, elem{kind: eSkip, from: i, to: i + 1})
			i++
			continue
		}
		// "a six-inch knife", "a 17 inch sword": an article before a
		// number is no figure of one.
		if a, ok := r.readAmount(toks, i); ok && a.num.article && a.unit == "" && a.to < len(toks) {
			if _, num := readNumber(toks, a.to, false); num {
				out = append(out, elem{kind: eSkip, from: i, to: a.to})
				i = a.to
				continue
			}
		}
		if a, ok := r.readAmount(toks, i); ok && a.to > i && !(a.num.article && i > 0 && toks[i-1].is("of") && a.unit == "") {
			// "a quarter of a kilo": no kilo was seized; said, not read
			a.fraction = a.fraction || a.num.article && i > 0 && toks[i-1].is("of")
			if a.num.words && a.to == a.num.to && toks[a.num.from].is("one") && a.to < len(toks) && toks[a.to].is("of") {
				// "just one of the many ways": no figure
				out = append(out, elem{kind: eSkip, from: i, to: a.to})
				i = a.to
				continue
			}
			r.readRange(toks, &a)
			r.readSpaced(toks, &a)
			out = append(out, elem{kind: eAmount, from: a.from, to: a.to, amt: a})
			i = a.to
			continue
		}
		// "an operation to target county lines gangs", "efforts to
		// increase awareness": a word that changes meaning as a noun is
		// a verb after "to" and before its object; it says nothing of
		// the figures. "Progress to target: 45" keeps it a noun.
		if ln == 1 && le.has(rChanger) && verbChangers[t.norm] && i > 0 && toks[i-1].is("to") &&
			i+1 < len(toks) && toks[i+1].kind == tWord && !toks[i+1].is("of", "for", "and", "or") {
			out = append(out, elem{kind: eUnknown, from: i, to: i + 1})
			i++
			continue
		}
		fe, fn := funcLex.match(toks, i)
		switch {
		case ln > 0 && ln >= fn && le.has(rLink):
			out = append(out, elem{kind: eFunc, from: i, to: i + ln, fn: "prep"})
			i += ln
		case ln > 0 && ln >= fn && le.has(rChanger) && plainUse(toks, i, ln, le, r.actionAt(toks), r.verbAt(toks)):
			// "the most successful week to date", "cracking down on"
			out = append(out, elem{kind: eFunc, from: i, to: i + ln, fn: "prep"})
			if le.text == "previous" || le.text == "previously" {
				// "27 previous victims": describes the people, as
				// "suspected" does
				out[len(out)-1] = elem{kind: eLex, from: i, to: i + ln, e: &entry{words: le.words, text: le.text, senses: []sense{{role: rNeutral}}}}
			}
			i += ln
		case ln > 0 && ln >= fn && !onlyHedges(le):
			// "illegal drug dealing line handsets": a describing word
			// that opens a phrase of two words, when the phrase from the
			// next word reaches further, stands alone: "illegal", then
			// "drug dealing line", not "illegal drug".
			if ln > 1 {
				if e1, n1 := r.lex.match(toks[:i+1], i); n1 == 1 && neutralOnly(e1) {
					if _, n2 := r.lex.match(toks, i+1); i+1+n2 > i+ln {
						out = append(out, elem{kind: eLex, from: i, to: i + 1, e: e1})
						i++
						continue
					}
				}
			}
			out = append(out, elem{kind: eLex, from: i, to: i + ln, e: le})
			i += ln
		case fn > 0:
			out = append(out, elem{kind: eFunc, from: i, to: i + fn, fn: funcWords[fe.text]})
			i += fn
		case ln > 0: // a hedge with no number after it: "over the week"
			out = append(out, elem{kind: eFunc, from: i, to: i + ln, fn: "prep"})
			i += ln
		case t.kind == tNum:
			out = append(out, elem{kind: eSkip, from: i, to: i + 1})
			i++
		case t.kind == tPunct || t.kind == tSym:
			out = append(out, elem{kind: ePunct, from: i, to: i + 1, fn: t.norm})
			i++
		default:
			out = append(out, elem{kind: eUnknown, from: i, to: i + 1})
			i++
		}
	}
	return out
}

// reason is the end of the words that say what people were arrested or
// charged for ("for drug supply offences", "for possession of
// cannabis"), from j up to a comma, a coordination or a verb of a
// metric; not ok when a word there narrows a metric or a number stands
// there.
func (p *parser) reason(j int) (int, bool) {
	for ; j < len(p.els); j++ {
		el := p.els[j]
		if el.kind == eAmount {
			return 0, false // "for possession of 2kg of cocaine": a figure of its own, or not?
		}
		if el.kind == ePunct || el.kind == eFunc && (el.fn == "coord" || el.fn == "aux" || el.fn == "rel") || el.hasRole(rAction) {
			break
		}
		if el.hasRole(rModifier) || el.hasRole(rChanger) {
			return 0, false
		}
	}
	return j, true
}

// verbChangers are the words that change meaning as nouns ("target",
// "increase") and are verbs too.
var verbChangers = map[string]bool{
	"target": true, "increase": true, "decrease": true, "change": true, "drop": true,
	"rise": true, "fall": true, "forecast": true,
}

// neutralOnly reports a word that only describes: "illegal", "suspected".
func neutralOnly(e *entry) bool {
	for _, s := range e.senses {
		if s.role != rNeutral {
			return false
		}
	}
	return len(e.senses) > 0
}

func onlyAllows(e *entry) bool {
	for _, s := range e.senses {
		if s.role != rAllow {
			return false
		}
	}
	return true
}

func onlyHedges(e *entry) bool {
	for _, s := range e.senses {
		if s.role != rHedge && s.role != rHedgeAfter {
			return false
		}
	}
	return true
}

// isDate reports a number that is part of a date: a year beside a month
// or after "in"/"since", a day beside a month, digits in "11/10/2021".
func isDate(toks []token, i int) bool {
	t := toks[i]
	if t.kind != tNum {
		return false
	}
	prev, next := "", ""
	if i > 0 {
		prev = toks[i-1].norm
	}
	if i+1 < len(toks) {
		next = toks[i+1].norm
	}
	if months[prev] || months[next] {
		return true
	}
	if _, _, ok := fractionAt(toks, i); ok {
		return false
	}
	if _, _, ok := fractionAt(toks, i-2); ok && prev == "/" {
		return false
	}
	if (prev == "/" || next == "/") && !strings.Contains(t.text, ",") && t.num == float64(int(t.num)) {
		// 11/10/2021; but "children/adults" has no digits.
		if i+2 < len(toks) && next == "/" && toks[i+2].kind == tNum || i >= 2 && prev == "/" && toks[i-2].kind == tNum {
			return true
		}
	}
	if t.num >= 1990 && t.num <= 2100 && t.num == float64(int(t.num)) && !strings.Contains(t.text, ",") {
		if prev == "," && i >= 3 && toks[i-2].kind == tNum && months[toks[i-3].norm] {
			return true // "October 17, 2021": the year of a date, no count
		}
		switch prev {
		case "in", "since", "of", "from", "until", "during", "year", "to", "and", "across", "throughout":
			return true
		}
	}
	return false
}

// isAge reports an age ("aged 24 and 31"): it says who the figure is
// about, and the figure's words read on through it.
func (el elem) isAge() bool { return el.kind == eSkip && el.fn == "age" }

// meaningful reports a word that names something of some metric: an
// action, an object, a modifier, an item.
func (el elem) meaningful() bool {
	return el.kind == eLex && (el.e.has(rAction) || el.e.has(rObject) || el.e.has(rModifier) || el.e.has(rItem) || el.e.has(rItemMod) || el.e.has(rFacet))
}

// isContent reports an element that carries meaning.
func (el elem) isContent() bool { return el.kind == eLex }

// verbLike: a word that says what was done rather than what.
func (el elem) verbLike() bool {
	if el.kind != eLex {
		return false
	}
	act := false
	for _, s := range el.e.senses {
		switch s.role {
		case rAction, rAllow:
			act = true
		case rObject, rItem, rPerson, rModifier, rUnit:
			return false
		}
	}
	return act
}

func (el elem) hasRole(r role) bool { return el.kind == eLex && el.e.has(r) }

// strong boundaries end a clause.
func (el elem) strong() bool {
	if el.kind != ePunct {
		return false
	}
	switch el.fn {
	case ";", ".", ":", "–", "(", ")", "!", "?":
		return true
	}
	return false
}

// mention is one figure and the words that go with it.
type mention struct {
	el         int // the amount's element; -1 for an item named with no number
	amt        *amount
	start      int   // first element of the figure's words (its verb before it, or itself)
	end        int   // one past the last element of its right side (words and verbs)
	tailEnd    int   // one past the last element of its trailing words
	pre        []int // verbs just before it: "arrested 52 people"
	core       []int // its words: "wraps of crack cocaine", "people were arrested"
	left       []int // the words a value is of: "drugs worth £1m"
	soft       []int // trailing words, and inherited context: may complete, never overrule
	trail      []int // its trailing words before any "including": what it is, not its parts
	inherit    []int // words taken from its group or parent
	unknown    []string
	changer    []change
	valueOf    bool          // "worth", "street value": the figure is money
	valueQ     etl.Qualifier // "estimated value"
	absorbed   bool          // its words coordinate nouns under a unit or "of": "wraps of crack and heroin"
	direct     bool          // nouns coordinated straight after the number: "12 knives and bats"
	group      int
	parent     int // mention index, -1 if none
	parentMW   *mentionWords
	part       bool
	article    bool
	unitOnly   bool     // "and over 88 wraps": a unit with no object
	sibUnit    etl.Unit // the unit a sibling said for it: "500g of cocaine and 200 of heroin"
	sibFactor  float64
	verbs      []int
	given      []int        // the verb and object of the figure it was given to: "delivered 50 inputs to 2,500 pupils"
	complFrom  int          // the first element of its "to" complement, 0 if none: "visits to cuckooed addresses"
	describes  bool         // its trailing words begin with a link or "which": they say what it counts
	relTail    bool         // a link or a relative clause stands among its trailing words
	commaValue bool         // a comma stands between its value words and the nouns before them
	withValue  bool         // "with" stands between its value words and the nouns before them
	combined   bool         // a value of all the figures before it: "with a combined street value of"
	cut        bool         // its words stopped at a noun its unit cannot measure
	dropped    map[int]bool // coordinated modifiers that cancel: "children and adults"
	givenTo    bool         // its verb and what it gave stand before "to" or "for": "delivered inputs to 300 pupils"
	subset     bool         // a part of those its verb was done to: "Those arrested included 5 women"
	among      string       // "among" before a later figure of its clause: a part of it ("7 arrests were among 13")
	wider      string       // "among" before it: a wider total whose scope ("nationally", "the region") may not be the force's
	joint      string       // why its words count two kinds of different metrics in one figure: "cuckooing and welfare checks"
	running    bool         // the week's running total: "take the total arrests this week to 33"
	// verbUnknown: a word nobody taught us that is its verb, or its
	// list's or its total's: "photographed 7 knives (and 5 phones)"
	// (unknownVerb)
	verbUnknown string
	// kindsCut: the elements [from, to) of the kinds a number smaller than
	// their count is followed by, after its first kind ("three firearms|,
	// knives and axes|"); nil if none (kindsFirst)
	kindsCut []int
	// ofPeople: one past the people after "of" that say whom its things
	// were done to ("40 stop searches of men"), 0 if none
	ofPeople int
	whom     string // a word of those people, or after them, that says only some: "men", "from London"
	// twin: for an item named with no number in prose, the elements
	// [from, to) a number takes the place of in its numbered twin
	// (twins.go): "seized [a ]machete", "seized [a quantity of ]heroin";
	// nil if none
	twin []int
	// groupWord: named with no number by its metric's group word, the
	// word of its item kind ("drugs", "offensive weapons", "assets"),
	// with no item: a figure of all items (groupWords)
	groupWord bool
	// peopleVerb: for an item named with no number beside a figure, the
	// figure's verb done to people when no verb of the item's own
	// follows it ("12 people were arrested along with weapons"): no
	// verb of things, so the item is not read (peopleVerb)
	peopleVerb string
}

// parser reads one sentence.
type parser struct {
	r     *Reader
	src   string
	toks  []token
	els   []elem
	ments []*mention
	// placeEls are the amounts placeOfAct refused as where an act was
	// done ("at two schools"), with the metric they would have been,
	// for a list's later places
	placeEls map[int]int
	parts    bool // its first figure is a part of the figure before it: the figures of a parenthesis
	// after are scopes said after the words of its figures, in words read
	// apart from them: "1,250 of the 48 people arrested were women on
	// Wednesday" reads "48 people arrested" apart, with "on Wednesday"
	after []scope
	// ofTotal are the words "11 of the 40 people" after a verb, and
	// ofTotalEl the element of the total's number in the words read
	// apart: the verb counts the part, and the total is no count of it
	ofTotal   string
	ofTotalEl int
	// heads are the scopes of the line heading the list this line is
	// of ("On 3 October:"): every figure of the line's
	heads []scope
	// lastYears: the sentence before it in its paragraph told last
	// year's week ("Last year's week of action saw 30 arrests."): "this
	// year" set against it says which year's week, not a longer period
	lastYears bool
	// changer is a word of a parenthesis, or of the words it describes,
	// that makes each of its figures another time's or meaning's
	changer change
	// cell: it reads a return's value cell under its label, whose
	// figure is the week's by the return's design: a day beside it says
	// when, not a part
	cell bool
	// force is whose figures the text gives (Context.Force)
	force string
	// week is the return's own week, for a cell (Context.Week)
	week Week
	// otherBefore: a sentence before named another's person as its
	// subject or speaker ("Essex Police's Supt Smith welcomed the
	// results."), whom a pronoun speaker after it is ("She said")
	otherBefore bool
	// carried are the scopes of the figures of the last sentence before
	// it that gave any, when it gave none of the week's ("Nearly 300
	// people have been arrested since January."): a sentence that
	// refers back to it takes them (carriedScopes)
	carried []scope
}

// right reads the words after the amount at element a, up to where they
// stop: the figure's noun phrase with its complements ("wraps of crack",
// "charges for Class A drugs", "£20,000 in cash") and the verbs after it
// ("were arrested", "seized"). absorb lets nouns coordinate ("hotels,
// B&Bs and taxi firms"); a list inside "including" does not.
func (p *parser) right(m *mention, a int, absorb bool) {
	els := p.els
	k := a + 1
	money := m.amt != nil && (m.amt.unit == etl.UnitGBP || m.amt.unit == etl.UnitEUR)
	if m.amt != nil && m.amt.unit != "" {
		m.absorbed = true
	}
	// "£20,000 in cash", "£60,000 of", "£215,000-worth of", "£X in what is suspected drugs".
	ofSum := false
	if money && k < len(els) && (els[k].fn == "prep" && p.word(k) == "in" || els[k].fn == "of") {
		ofSum = els[k].fn == "of"
		k++
	}
	if money && k < len(els) && els[k].hasRole(rValue) {
		m.valueOf = true
		k++
		if k < len(els) && els[k].fn == "of" {
			k++
		}
	}
	if m.amt != nil && m.amt.unit != "" && k < len(els) && els[k].fn == "of" {
		k++
	}
	// "£10,000 in what is suspected drugs", "300 wraps of what is believed to be crack"
	if m.amt != nil && m.amt.unit != "" && k+1 < len(els) && els[k].fn == "what" && els[k+1].fn == "aux" {
		k += 2
		for k < len(els) && (els[k].fn == "aux" || els[k].fn == "prep" && p.word(k) == "to" || els[k].hasRole(rNeutral) && !els[k].hasRole(rObject)) {
			k++
		}
	}
	var list []int
	lastKnown := 0
	sawNoun, sawVerb, afterAux := false, false, false
	sawThing := false // a noun, not only a describing word: "illegal" is none
	var coordAt []int
	for ; k < len(els); k++ {
		el := els[k]
		if el.kind == eLex && el.hasRole(rValue) && !money && m.el >= 0 {
			break // "300 wraps of heroin worth £3,000": the value is a figure of its own
		}
		// "12 school visits talking to pupils about county lines", "40
		// welfare visits checking on vulnerable people": a gerund after
		// the figure's noun, with a preposition after it, opens a clause
		// that says what the things did; the figure's words end there.
		if sawThing && !sawVerb && p.participleClause(k) {
			break
		}
		if el.verbLike() && k+1 < len(els) && els[k+1].kind == eAmount && len(list) > 0 {
			break // "delivered 15 assemblies reaching 2,000 pupils": the verb of the next figure
		}
		// "heard talks from officers": a preposition some metric allows
		// ("from" the London area) before words nobody taught us is only
		// a preposition, and the figure's words end at it.
		if el.kind == eLex && onlyAllows(el.e) && funcWords[p.word(k)] == "prep" && (k+1 >= len(els) || els[k+1].kind == eUnknown || els[k+1].kind == ePunct || els[k+1].kind == eLex && !els[k+1].meaningful()) {
			break
		}
		// "£3,200 cash from the address", "80 wraps at a cuckooed
		// property": a preposition of place before a determiner; what
		// follows says where, not what was counted.
		place := placePrep[p.word(k)] && (el.kind == eFunc && el.fn == "prep" || el.kind == eLex && funcWords[p.word(k)] == "prep") && k+1 < len(els) && els[k+1].kind == eFunc && els[k+1].fn == "det" && !(p.word(k) == "from" && afterAux)
		// "23 adults who were being exploited were safeguarded", "four
		// children and 23 adults who live in Kent had been
		// safeguarded": a clause of "who" after the figure's people
		// says who they are; the verb after it is the figure's own, as
		// with no clause between. The clause's words may complete the
		// reading, never overrule it. So does a place: "18 women at the
		// address will be arrested", "12 men and 3 women at the address
		// were charged" say where the people were, and the verb after
		// it is theirs, judged (its mood, its siblings) as with no
		// place between.
		who := k // ", who were being exploited, were safeguarded"
		if el.kind == ePunct && el.fn == "," && k+1 < len(els) {
			who = k + 1
		}
		main := -1
		if sawThing && !sawVerb && !afterAux {
			switch {
			case place:
				main = p.mainAfterPlace(k)
			case els[who].kind == eFunc && els[who].fn == "rel":
				main = p.mainAfterWho(who)
			}
		}
		if main > 0 {
			for j := k + 1; j < main; j++ {
				if els[j].kind == eLex {
					m.soft = append(m.soft, j)
					m.trail = append(m.trail, j)
				}
			}
			k = main - 1
			continue
		}
		if place {
			break // ("5 individuals were from the London area" says who they were)
		}
		// "12 National Referral Mechanism (NRM) referrals": a known word
		// in brackets within the figure's words says them again.
		if el.kind == ePunct && el.fn == "(" && len(list) > 0 && k+2 < len(els) && els[k+1].kind == eLex && els[k+2].kind == ePunct && els[k+2].fn == ")" && k+3 < len(els) && els[k+3].kind == eLex {
			list = append(list, k+1)
			lastKnown = len(list)
			k += 2
			continue
		}
		switch {
		case el.kind == eLex:
			if el.hasRole(rUnit) && !el.hasRole(rObject) && !el.hasRole(rItem) && len(list) == 0 {
				m.absorbed = true
			}
			if el.verbLike() && (sawNoun || afterAux) {
				sawVerb = true
				m.verbs = append(m.verbs, k)
			} else if !el.verbLike() {
				sawNoun = true
				sawThing = sawThing || !p.onlyDescribes(k)
			}
			list = append(list, k)
			lastKnown = len(list)
			afterAux = false
			continue
		case el.kind == eUnknown:
			// "were remanded", "cuckooed addresses discovered": an action
			// nobody taught us changes what was counted; so does a noun
			// straight after a known one: "cannabis factory".
			prevNoun := len(list) > 0 && list[len(list)-1] == k-1 && els[k-1].kind == eLex && !els[k-1].verbLike()
			// "four grams of monkey dust": what a quantity is of, when
			// nobody taught us its word, is not known; no sibling's
			// drug may stand for it.
			measuredOf := len(list) == 0 && m.amt != nil && m.amt.unit != "" && els[k-1].kind == eFunc && els[k-1].fn == "of"
			if afterAux || sawNoun && !sawVerb && participle(p.text(el)) || prevNoun && !gerund(p.text(el)) || measuredOf {
				m.unknown = append(m.unknown, p.text(el))
			}
			list = append(list, k)
			afterAux = false
			continue
		case el.kind == eFunc && el.fn == "aux":
			afterAux = true
			continue
		case el.kind == ePunct && el.fn == "…" || el.isAge():
			continue
		case el.kind == eFunc && el.fn == "of":
			// "40 stop searches of men": after the noun of things a
			// metric counts, "of" and people say whom they were done
			// to; a word of them may say only some (adjunct.go)
			if !sawVerb && m.ofPeople == 0 && len(list) > 0 && p.countedThing(list[len(list)-1]) {
				if end, narrow, ok := p.peopleAt(k + 1); ok {
					m.ofPeople, m.whom = end, narrow
				}
			}
			if k+1 < len(els) && (els[k+1].kind == eLex || els[k+1].kind == eUnknown) && !sawVerb {
				m.absorbed = m.absorbed || len(list) > 0 && els[list[len(list)-1]].hasRole(rUnit)
				continue
			}
		case el.kind == eFunc && el.fn == "with":
			// "charged with drug supply": after a verb done to people,
			// what they were charged with is the reason, passed over as
			// after "for" (not a word that narrows the metric: "charged
			// with modern slavery offences" reads on).
			// ("charged 12 suspects with drug offences and seized ...":
			// after the people a verb before the number was done to)
			active := !sawVerb && len(m.pre) > 0 && p.doneToPeople(m.pre[0]) && len(list) > 0 && (els[list[len(list)-1]].hasRole(rPerson) || els[list[len(list)-1]].hasRole(rFacet))
			if sawVerb && len(m.verbs) > 0 && p.doneToPeople(m.verbs[len(m.verbs)-1]) || active {
				if end, ok := p.reason(k + 1); ok && end > k+1 {
					k = end
					break
				}
			}
			// "charged with modern slavery offences": what the verb was for;
			// "charged with 69 offences" is a figure of its own.
			if sawVerb && k+1 < len(els) && els[k+1].kind == eLex && !p.amountBefore(k+1) {
				continue
			}
		case el.kind == eFunc && el.fn == "for":
			// "arrested 12 people for supplying drugs": after the people
			// a verb before the number was done to, "for" gives the
			// reason; its words may complete the figure, never name it.
			// The reason's words are passed over, so that they are no
			// other figure's words either.
			// ("referred 12 people for safeguarding": a word that narrows
			// a metric is no reason.)
			if len(m.pre) > 0 && len(list) > 0 && (els[list[len(list)-1]].hasRole(rPerson) || els[list[len(list)-1]].hasRole(rFacet)) {
				if end, ok := p.reason(k + 1); ok {
					k = end
					break
				}
			}
			if !sawVerb && sawNoun && k+1 < len(els) && els[k+1].kind == eLex {
				continue
			}
		case el.kind == eFunc && el.fn == "prep" && (p.word(k) == "to" || p.word(k) == "into") && !p.isLink(k):
			// "118 safeguarding visits to cuckooed addresses", "14
			// referrals to the NRM": what a noun of doing was done to.
			j := k + 1
			for j < len(els) && els[j].kind == eFunc && els[j].fn == "det" {
				j++
			}
			if !sawVerb && len(list) > 0 && els[list[len(list)-1]].kind == eLex && !els[list[len(list)-1]].verbLike() && j < len(els) && els[j].kind == eLex && !els[j].verbLike() {
				if m.complFrom == 0 {
					m.complFrom = j
				}
				k = j - 1
				continue
			}
		case el.kind == eFunc && el.fn == "coord" || el.kind == ePunct && el.fn == ",":
			if k+1 >= len(els) {
				break
			}
			next := els[k+1]
			// "cocaine, crack cocaine, and heroin": a comma before the
			// last "and" of a list is the list's; the "and" decides.
			if el.fn == "," && next.kind == eFunc && next.fn == "coord" && k+2 < len(els) && els[k+2].kind == eLex && !els[k+2].verbLike() {
				continue
			}
			if next.kind == eFunc && next.fn == "aux" && el.fn == "," || next.isAge() {
				continue // "seven people, including two juveniles, were safeguarded"; "two men, aged 24 and 31"
			}
			// "46 cuckooing and vulnerability checks": describing words
			// with no noun of their own, coordinated before another's
			// noun, count both kinds of it in one figure.
			if end, unk, why, ok := p.jointKinds(list, k, sawVerb); ok {
				m.unknown = append(m.unknown, unk...)
				if m.joint == "" {
					m.joint = why
				}
				for j := k + 1; j < end; j++ {
					list = append(list, j)
				}
				lastKnown = len(list)
				k = end - 1
				continue
			}
			last := -1
			if len(list) > 0 {
				last = list[len(list)-1]
			}
			lastVerb := last >= 0 && len(m.verbs) > 0 && m.verbs[len(m.verbs)-1] == last
			nextAmount := k+2 < len(els) && els[k+2].kind == eAmount
			// "14 were released under investigation or bailed": one
			// figure for two outcomes is no figure of the first, unless
			// the second is a word of its metric or of a kind of it
			// ("arrested or detained").
			if lastVerb && p.word(k) == "or" && !nextAmount && !(next.verbLike() && p.sameAction(els[last].e, next.e)) {
				j := k + 1 // "or on bail": the words of the other outcome
				for j+1 < len(els) && els[j].kind == eFunc && (els[j].fn == "prep" || els[j].fn == "det") {
					j++
				}
				switch {
				case els[j].kind == eUnknown:
					m.unknown = append(m.unknown, p.text(els[j]))
				case m.joint == "":
					m.joint = fmt.Sprintf("one figure for %s or %s", p.text(els[last]), p.raw(next.from, els[j].to))
				}
				for k < j {
					k++
					if els[k].kind == eLex || els[k].kind == eUnknown {
						list = append(list, k) // not "or", "on", "a": no word of a metric
					}
				}
				lastKnown = len(list)
				continue
			}
			if lastVerb && next.verbLike() && !nextAmount {
				continue // "visited and safeguarded"
			}
			if lastVerb && next.kind == eUnknown && p.word(k) == "and" && (k+2 >= len(els) || els[k+2].kind != eLex && !(els[k+2].kind == eFunc && els[k+2].fn == "aux")) {
				k++ // "charged and remanded": the figure was charged, whatever else
				continue
			}
			// "released under investigation or bailed": one figure for
			// either, and one of them nobody taught us.
			if p.word(k) == "or" && len(list) > 0 && next.kind == eUnknown {
				m.unknown = append(m.unknown, p.text(next))
				break
			}
			// "children and vulnerable adults": an adjective then a noun.
			nounNext := next.kind == eLex && (!next.verbLike() || k+2 < len(els) && els[k+2].kind == eLex && !els[k+2].verbLike())
			// "249 children and adults, 215 male and 34 female": nouns
			// that split one facet between them ("children and adults")
			// are counted by the one number, whatever follows.
			if nounNext && p.word(k) == "and" && !sawVerb && p.otherFacetValue(list, k+1) {
				coordAt = append(coordAt, k)
				continue
			}
			// "£3million of cash, cocaine and heroin": a sum "of" a list
			// of things is a sum of them all: the list stays the
			// figure's words, whatever their kinds (and is refused when
			// they are of several metrics).
			if nounNext && ofSum && (el.fn == "," && p.nounListEnds(k+1) || p.word(k) == "and" && len(coordAt) > 0) {
				// "£750 of sterling, cocaine and MDMA": a word that is a
				// unit as well as a thing stays a thing of the list.
				for _, j := range list {
					if els[j].hasRole(rUnit) && els[j].hasRole(rObject) {
						m.unknown = append(m.unknown, p.text(els[j]))
					}
				}
				coordAt = append(coordAt, k)
				continue
			}
			// "£50,000 in cash and drugs worth £20,000": the drugs have their own figure.
			// "2kg of cannabis, cash and phones": a noun that cannot be
			// measured in the figure's unit is a figure of its own.
			if nounNext && m.amt != nil && m.amt.unit != "" && !p.r.suitsUnit(next.e, m.amt.unit) {
				m.cut = true
				break
			}
			// "2kg of cannabis, cannabis plants and ...": a noun phrase
			// with a unit of its own; "£5,000 in cash and quantities of
			// cocaine": one said with a word of quantity. Each is its own.
			if nounNext && m.amt != nil && m.amt.unit != "" && p.otherUnit(k+1, m.amt.unit) || p.quantityWord(k+1) {
				m.cut = true
				break
			}
			// "held 21 people and found drugs", "arrested 44 people,
			// seized drugs": a verb of other metrics than the figure's own
			// verb opens another clause.
			// ("A total of 249 children and vulnerable adults": words
			// before the number that are no verb open no clause.)
			if len(m.pre) > 0 && p.anyVerb(m.pre) && next.verbLike() && !sawVerb && (!p.shareMetric(p.ownVerbs(m.pre, list), next.e) || k+2 < len(els) && els[k+2].kind == eLex && !els[k+2].verbLike() && p.otherObject(p.ownVerbs(m.pre, list), els[k+2].e)) {
				break // "arrested 49 people and made safeguarding visits"
			}
			// A figure of money whose nouns are said, a comma, then a noun
			// of another kind: "£150,000 in cash, various offensive
			// weapons" ("£2,000 in cash and assets" stays one figure).
			if nounNext && money && el.fn == "," && len(list) > 0 && p.hasObject(list) && p.otherFamilyAt(list, k+1) {
				m.cut = true
				break
			}
			// "46 cuckooing and vulnerability checks": words that name
			// no thing yet, "and", a word nobody taught us and a noun:
			// the "and" joins two kinds of the one noun, and one kind is
			// not known.
			if next.kind == eUnknown && !sawVerb && len(list) > 0 && !p.namesThing(list) {
				j := k + 1
				for j < len(els) && els[j].kind == eUnknown {
					j++
				}
				if j < len(els) && els[j].kind == eLex && !els[j].verbLike() && els[j].hasRole(rObject) {
					for i := k + 1; i < j; i++ {
						m.unknown = append(m.unknown, p.text(els[i]))
					}
					break
				}
			}
			// "350 vulnerable adults and young individuals": "and", words
			// nobody taught us, then a word for people, after a figure
			// that counts people: the "and" joins who is counted, and
			// what the words say of them is not known.
			if next.kind == eUnknown && !sawVerb && p.word(k) == "and" && p.namesPeople(list) {
				j := k + 1
				for j < len(els) && els[j].kind == eUnknown {
					j++
				}
				if j < len(els) && els[j].kind == eLex && !els[j].verbLike() && p.namesPeople([]int{j}) {
					for i := k + 1; i < j; i++ {
						m.unknown = append(m.unknown, p.text(els[i]))
					}
					break
				}
			}
			// "31 arrests, cocaine seized, £8,000 in cash seized": after a
			// comma, a noun of things no metric of the figure's words
			// (its nouns, or its nouns of doing) counts opens another
			// member of the list.
			if nounNext && el.fn == "," && !sawVerb && len(list) > 0 && !money && p.otherCount(list, k+1) {
				m.cut = true
				break
			}
			// "12 arrests and drugs seized", "103 stop searches and Class
			// A drugs seized": after "and", a noun of things no metric of
			// the figure's words counts, with a verb after it that is no
			// word of the figure's metrics (neither their action nor a
			// word they allow), is another member of the list with its
			// own verb ("12 knives and drugs seized", "12 arrests and
			// charges brought" stay one figure for both).
			if nounNext && p.word(k) == "and" && !sawVerb && len(list) > 0 && !money && m.amt != nil && m.amt.unit == "" &&
				p.otherCount(list, k+1) && p.otherVerbAfter(list, k+1) {
				m.cut = true
				break
			}
			// "450 school children, football supporters and train
			// passengers": a list of nouns nobody taught us goes on after
			// the figure's noun; what it counts is not known.
			if next.kind == eUnknown && !sawVerb && sawNoun && m.amt != nil && m.amt.unit == "" && p.unknownMember(k+1) {
				for j := k + 1; j < len(els) && els[j].kind == eUnknown; j++ {
					m.unknown = append(m.unknown, p.text(els[j]))
				}
				break
			}
			// "crack cocaine, heroin, 3kg of cocaine and cannabis resin":
			// a figure inside a list of nouns ends at the list's "and".
			if nounNext && p.word(k) == "and" && !sawVerb && p.inNounList(m.start) {
				break
			}
			// "five firearms and cannabis": an item of another kind than
			// the figure's own items is its own, named with no number.
			if nounNext && !m.absorbed && p.otherKind(list, k+1) {
				break
			}
			// "two firearms, ammunition and a machete": a list that goes
			// on to another counted thing is a list, not one figure.
			if nounNext && !m.absorbed && m.amt != nil && m.amt.unit == "" && p.listGoesOnToAmount(k+1) && !p.unitEnds(k+1) {
				break
			}
			// "three firearms, hunting knives, machetes and axes": a
			// number smaller than the kinds its list names counts the
			// first (kindsFirst); the reading checks it reads alone so.
			// Prose only: a return's cell under a label ("Weapons to be
			// seized │ 2 firearms, knives and axes") stays refused.
			if nounNext && !p.cell && !m.absorbed && !sawVerb && m.amt != nil && m.amt.unit == "" && m.amt.q == etl.Exact && m.amt.value >= 1 && len(list) > 0 {
				if n, end := p.kindsFirst(list, k); n > 0 && float64(n) > m.amt.value && p.doneBefore(a, end) {
					m.kindsCut = []int{k, end}
					break
				}
			}
			// "14 mobile phones, Class A and B drugs with a street value
			// of £12,000": a list of another family that goes on to its
			// value is a figure of its own.
			if nounNext && !sawVerb && len(list) > 0 && p.otherFamilyAt(list, k+1) && p.listValueFollows([]int{k + 1}, k+1) {
				break
			}
			// "46 cuckooing checks and welfare checks": two nouns of
			// different metrics after one number are no figure of either.
			if nounNext && el.kind == eFunc && !sawVerb && m.amt != nil && m.amt.unit == "" && m.joint == "" {
				m.joint = p.jointNouns(list, k)
			}
			// "cannabis: 3kg, cocaine: 500g": a noun after the number's
			// comma, before any word of its own, is the next figure's.
			if nounNext && absorb && !sawVerb && !nextAmount && !(money && p.valueFollows(k+1)) && len(list) > 0 {
				coordAt = append(coordAt, k)
				continue
			}
		}
		break
	}
	m.end = k
	// Unknown words after the last known one trail off the figure ("18
	// arrests linked to ..."); those before it stand inside it, and so
	// does one straight after the number: it is what is counted.
	if len(list) > 0 && list[0] == a+1 && els[list[0]].kind == eUnknown && lastKnown == 0 {
		lastKnown = 1
	}
	for _, k := range list[:lastKnown] {
		if els[k].kind == eUnknown {
			m.unknown = append(m.unknown, p.text(els[k]))
		} else {
			m.core = append(m.core, k)
		}
	}
	if lastKnown < len(list) {
		m.end = list[lastKnown]
	}
	if lastKnown == 0 && len(m.unknown) == 0 {
		m.end = a + 1
	}
	// Nouns coordinated under a unit or "of" are one figure for all of
	// them; straight after a number they may be a list.
	// "350 crack and heroin wraps", "12 knives and other weapons": a
	// unit or a kind's own noun after the list closes it as one figure.
	closed := false
	if n := len(m.core); n > 0 && len(coordAt) > 0 && m.core[n-1] > coordAt[len(coordAt)-1] {
		last := els[m.core[n-1]]
		closed = last.hasRole(rUnit) || last.hasRole(rObject) && !last.hasRole(rItem)
	}
	if len(coordAt) > 0 && !m.absorbed && !m.valueOf && !closed {
		m.direct = true
	}
	// "40 stop searches of people in the previous week", "... of
	// people from London": words straight after the people that the
	// figure's words did not take say when or where they were
	// ("... of people during the week before": past words that only
	// name the week; "... of people last week": a period)
	if m.ofPeople > 0 && m.whom == "" && m.end >= m.ofPeople {
		j := m.ofPeople
		for j < m.end && els[j].kind == eLex && neutralOnly(els[j].e) {
			j++
		}
		switch {
		case j < m.end && els[j].hasRole(rPeriod):
			m.whom = p.text(els[j])
		case j == m.end:
			m.whom = p.adjunctNarrows(m.end)
		}
	}
	m.unknown = dedupe(m.unknown)
	p.cancelFacets(m, len(coordAt) > 0)
	only := len(m.core) > 0
	for _, k := range m.core {
		// "304 criminals": a word that is also a person names who is
		// counted, though it may describe elsewhere ("criminal cash").
		if !els[k].hasRole(rUnit) && !els[k].hasRole(rNeutral) || els[k].hasRole(rPerson) {
			only = false
		}
	}
	m.unitOnly = only
}

// mainAfterWho is the element of the auxiliary that opens the main verb
// after a clause of "who" at element k ("23 adults who were being
// exploited were safeguarded": the second "were"), or -1: the clause
// says what its people are or did with a verb of its own and, besides,
// only words that name nothing counted (no number, age, value, period or
// word that changes meaning: "who were aged under 18", "who were
// arrested last year" are read as before; no person, facet, object or
// item but after a preposition of place and a determiner, or after
// "by" and the clause's verb: "who were found at the address", "who are
// at risk of being exploited by drugs gangs"); then a finite
// auxiliary ("of being exploited" is the clause's own), with a comma
// before it only when one stands before "who".
func (p *parser) mainAfterWho(k int) int {
	els := p.els
	if !p.toks[els[k].from].is("who") {
		return -1
	}
	commaBefore := k > 0 && els[k-1].kind == ePunct && els[k-1].fn == ","
	own := false   // the clause's own verb
	lead := false  // only the clause's auxiliaries so far
	where := false // after a preposition of place and a determiner: "at the address" says where
	for j := k + 1; j < len(els); j++ {
		el := els[j]
		// "who were arrested by the NCA": the clause's agent is
		// another force or a body by name; whether the force then charged
		// them is not clear: refused ("exploited by drugs gangs"
		// says who they are).
		if p.word(j) == "by" && own && !p.ownAgent(el.to) {
			i := el.to
			if i < len(p.toks) && p.toks[i].is("the") {
				i++
			}
			if _, other := p.agentScope(j); other || i < len(p.toks) && capitalised(p.toks[i]) {
				return -1
			}
		}
		if placePrep[p.word(j)] && j+1 < len(els) && els[j+1].kind == eFunc && els[j+1].fn == "det" || p.word(j) == "by" && own {
			where = true // ("exploited by drugs gangs": who did it to them)
		}
		switch {
		case el.kind == eAmount, el.isAge(), el.strong():
			return -1
		case el.kind == eFunc && el.fn == "aux" && own && !p.toks[el.from].is("being", "been", "be"):
			// the main verb's auxiliary: what follows it is the
			// figure's own words ("were safeguarded", "are due to be
			// charged": a word nobody taught us there refuses it)
			if commaBefore {
				return -1
			}
			return j
		case el.kind == eFunc && el.fn == "aux":
			lead = true // the clause's own auxiliary: "who were", "who had been"
		case el.kind == ePunct && el.fn == ",":
			if !commaBefore || !own || j+1 >= len(els) || els[j+1].kind != eFunc || els[j+1].fn != "aux" {
				return -1
			}
			commaBefore = false // ", who were being exploited, were"
		case el.kind == eFunc && (el.fn == "coord" || el.fn == "rel" || el.fn == "part"):
			return -1
		case el.kind == eLex && (el.hasRole(rPeriod) || el.hasRole(rChanger) || el.hasRole(rValue)):
			return -1
		case el.kind == eLex && !where && (el.hasRole(rPerson) || el.hasRole(rFacet) || el.hasRole(rObject) || el.hasRole(rItem) || el.hasRole(rItemMod) ||
			el.hasRole(rModifier) || el.hasRole(rUnit)):
			return -1
		case el.verbLike(), el.kind == eUnknown && (j == k+1 || lead):
			own = true // "who were found", "who live", "who had been living"
		}
		lead = lead && el.kind == eFunc && el.fn == "aux"
	}
	return -1
}

// mainAfterPlace is the finite auxiliary straight after a place said at
// element k after the figure's people ("at the address", "at a property
// in the town centre"), or -1: only a preposition of place, articles,
// "of" and words that name nothing counted (no number, sign, clause,
// period, value or word that changes meaning) stand between.
func (p *parser) mainAfterPlace(k int) int {
	els := p.els
	for j := k + 1; j < len(els); j++ {
		el := els[j]
		switch {
		case el.kind == eFunc && el.fn == "aux":
			return j // what follows is the figure's own ("are due to be charged")
		case el.kind == eFunc && (el.fn == "det" || el.fn == "of" || el.fn == "prep" && placePrep[p.word(j)]):
		case el.kind == eUnknown:
		case el.kind == eLex && !el.verbLike() && !el.strong() && !el.isAge() && !el.hasRole(rPeriod) && !el.hasRole(rChanger) && !el.hasRole(rValue):
		default:
			return -1
		}
	}
	return -1
}

// otherCount reports a noun phrase at element j whose things are of no
// family the words ks name, by their nouns or their nouns of doing
// ("arrests").
func (p *parser) otherCount(ks []int, j int) bool {
	var np []int
	for ; j < len(p.els) && p.els[j].kind == eLex && !p.els[j].verbLike(); j++ {
		np = append(np, j)
	}
	a, b := p.families(ks), p.families(np)
	for _, k := range ks {
		if p.els[k].kind != eLex {
			continue
		}
		for _, s := range p.els[k].e.senses {
			if s.role == rAction {
				a[p.r.top(s.metric)] = true
			}
		}
	}
	return disjointFamilies(a, b)
}

// otherVerbAfter reports a noun phrase from element j, its nouns
// coordinated or not ("Class A and B drugs"), then auxiliaries, then a
// verb that says nothing of the words ks: neither an action nor a word
// allowed of any metric of the families they count (their things, or
// their nouns of doing): "12 arrests and drugs seized"; not "12 arrests
// and charges brought" (brought is allowed of arrests), nor "12 knives
// and phones seized" (knives are seized). The figure's noun is in the
// plural, words its metric allows after it or not ("7 arrests made and
// drugs seized"; not "110 vehicle and individual stop and searches":
// "vehicle" describes the noun after it), and a noun of doing in the
// noun phrase is no verb ("24 arrests and drugs seizures being made").
func (p *parser) otherVerbAfter(ks []int, j int) bool {
	els := p.els
	last := len(ks) - 1 // "7 arrests made and drugs seized": the noun before a word the metric allows
	for last > 0 && els[ks[last]].kind == eLex && onlyAllows(els[ks[last]].e) {
		last--
	}
	if last < 0 || !actNoun(p.toks, els[ks[last]].to) {
		return false
	}
	// "Class A and B drugs"; not "50 computers and mobile phones and
	// checking on ...": a verb after another "and" is another act's
	noun := func(j int) bool {
		return j < len(els) && els[j].kind == eLex && (!els[j].verbLike() || actNoun(p.toks, els[j].to))
	}
	for j < len(els) && (noun(j) || els[j].kind == eFunc && els[j].fn == "coord" && noun(j+1)) {
		j++
	}
	for j < len(els) && els[j].kind == eFunc && els[j].fn == "aux" {
		j++
	}
	if j >= len(els) || els[j].kind != eLex || !els[j].verbLike() {
		return false
	}
	own := p.families(ks)
	for _, k := range ks {
		if els[k].kind == eLex {
			for _, s := range els[k].e.senses {
				if s.role == rAction {
					own[p.r.top(s.metric)] = true
				}
			}
		}
	}
	for _, s := range els[j].e.senses {
		if (s.role == rAction || s.role == rAllow) && own[p.r.top(s.metric)] {
			return false
		}
	}
	return len(own) > 0
}

// doneToPeople reports a verb at element k that is the action of a
// metric counted in people: "charged", "arrested".
func (p *parser) doneToPeople(k int) bool {
	el := p.els[k]
	if el.kind != eLex {
		return false
	}
	for _, s := range el.e.senses {
		if s.role == rAction && p.r.metrics[s.metric].Unit == string(etl.UnitPeople) {
			return true
		}
	}
	return false
}

// namesThing reports a word among ks that names what is counted: an
// object, an item, a person or a unit.
func (p *parser) namesThing(ks []int) bool {
	for _, k := range ks {
		if p.els[k].kind == eLex && (p.els[k].hasRole(rObject) || p.els[k].hasRole(rItem) || p.els[k].hasRole(rPerson) || p.els[k].hasRole(rUnit)) {
			return true
		}
	}
	return false
}

// namesPeople reports a word for people among elements ks: "people",
// or one that says who they are ("adults", "men").
func (p *parser) namesPeople(ks []int) bool {
	for _, k := range ks {
		if p.els[k].kind == eLex && (p.els[k].hasRole(rPerson) || p.els[k].hasRole(rFacet)) {
			return true
		}
	}
	return false
}

// cancelFacets drops modifiers that together cover a facet: "children
// and adults" is everyone, so neither narrows the figure.
func (p *parser) cancelFacets(m *mention, coordinated bool) {
	if !coordinated {
		return
	}
	// "20 vulnerable people and children": a word for people of any
	// age or sex beside one that narrows them is everyone too.
	everyone := false
	for _, k := range m.core {
		if p.els[k].hasRole(rPerson) && !p.els[k].hasRole(rFacet) {
			everyone = true
		}
	}
	// "12 adult men and women": a phrase made of words of two facets
	// ("adult man") coordinated with another value of one of them
	// splits what the other says; not read.
	facetsOf := func(e *entry) map[string]string {
		out := map[string]string{}
		for _, w := range e.words {
			if fe := p.r.lex.all[w]; fe != nil {
				for _, s := range fe.senses {
					if s.role == rFacet {
						name, val, _ := strings.Cut(s.meaning, "=")
						out[name] = val
					}
				}
			}
		}
		return out
	}
	for _, k := range m.core {
		el := p.els[k]
		if el.kind != eLex || len(el.e.words) < 2 || el.e.has(rFacet) {
			continue
		}
		mine := facetsOf(el.e)
		if len(mine) < 2 {
			continue
		}
		for _, j := range m.core {
			if j == k || p.els[j].kind != eLex {
				continue
			}
			for name, val := range facetsOf(p.els[j].e) {
				if v, ok := mine[name]; ok && v != val {
					m.unknown = append(m.unknown, p.text(el))
				}
			}
		}
	}
	byFacet := map[string]map[string][]int{}
	for _, k := range m.core {
		el := p.els[k]
		for _, s := range el.e.senses {
			if s.role == rFacet {
				name, val, _ := strings.Cut(s.meaning, "=")
				if byFacet[name] == nil {
					byFacet[name] = map[string][]int{}
				}
				byFacet[name][val] = append(byFacet[name][val], k)
			}
		}
	}
	for name, vals := range byFacet {
		if !everyone && (len(vals) < 2 || len(vals) < len(p.r.facets[name])) {
			continue
		}
		for _, ks := range vals {
			for _, k := range ks {
				if m.dropped == nil {
					m.dropped = map[int]bool{}
				}
				m.dropped[k] = true
			}
		}
	}
}

// pre reads the verbs just before the amount at element a, back to floor:
// "arrested 52 people", "Seizure of over £2.5m", "engaged with 460 people".
func (p *parser) pre(m *mention, a, floor int) {
	els := p.els
	k := a - 1
	var got []int
	toFor := k >= floor && (p.word(k) == "to" || p.word(k) == "for")
	for ; k >= floor; k-- {
		el := els[k]
		switch {
		case el.kind == eLex && (el.hasRole(rAction) || el.hasRole(rAllow) || el.hasRole(rNeutral)) && !el.hasRole(rValue):
			if el.hasRole(rObject) || el.hasRole(rItem) || el.hasRole(rPerson) {
				if !el.hasRole(rAction) {
					break
				}
			}
			got = append(got, k)
			continue
		case el.kind == eFunc && el.fn == "aux":
			continue
		case el.kind == eFunc && (el.fn == "prep" && !placeWords[p.word(k)] && p.word(k) != "as" || el.fn == "of" || el.fn == "with" || el.fn == "for") && len(got) == 0 && k == a-1:
			// "delivered inputs to 300 pupils", "held assemblies for 2,000
			// pupils": a verb, what it gave, "to" or "for".
			if p.word(k) == "to" || p.word(k) == "for" {
				j := k - 1
				var np []int
				for ; j >= floor && len(np) < 3 && p.els[j].kind == eLex && !p.els[j].verbLike(); j-- {
					np = append(np, j)
				}
				if len(np) > 0 && j >= floor && p.els[j].verbLike() {
					got = append(got, np...)
					k = j + 1
					m.givenTo = true
				}
			}
			continue
		case el.kind == eFunc && el.fn == "coord" && len(got) > 0 && k-1 >= floor && els[k-1].verbLike():
			continue
		case el.kind == ePunct && el.fn == "…":
			continue
		}
		break
	}
	// "NRM referrals were made for 12 people": the verb's own object
	// stands before it, and the figure is what it was made for.
	if toFor && len(got) > 0 && k+1 < a && els[got[len(got)-1]].verbLike() {
		j := got[len(got)-1] - 1
		for j >= floor && els[j].kind == eFunc && els[j].fn == "aux" {
			j--
		}
		var np []int
		for ; j >= floor && len(np) < 3 && els[j].kind == eLex && !els[j].verbLike(); j-- {
			np = append(np, j)
		}
		if len(np) > 0 && j < got[len(got)-1]-1 && (j < floor || els[j].strong() || els[j].kind == ePunct) {
			got = append(got, np...)
		}
	}
	m.pre = got
	m.start = a
	if len(got) > 0 {
		m.start = got[len(got)-1]
	}
}

// leftValue reads the words a money figure is the value of, when they
// come first: "cocaine worth £176,780", "drugs with a street value of
// over £70,000", "cash totalling £183,976".
func (p *parser) leftValue(m *mention, a, floor, listFloor int) bool {
	els := p.els
	k := a - 1
	skip := func(k int) bool {
		el := els[k]
		return el.fn == "of" || el.fn == "det" || el.fn == "with" || el.fn == "aux" || el.kind == ePunct && (el.fn == "," || el.fn == "…") ||
			el.fn == "prep" && (p.word(k) == "to" || p.word(k) == "at" || p.hedge(k) != "") ||
			el.kind == eLex && !el.hasRole(rValue) && (el.hasRole(rHedge) || el.hasRole(rNeutral) && !el.hasRole(rObject) && !el.hasRole(rItem))
	}
	onlyOf, sawOf := true, false
	for k >= floor && skip(k) {
		if combinedWords[p.word(k)] {
			m.combined = true
		}
		if q := p.hedge(k); q != "" {
			m.valueQ = q
		} else if els[k].fn == "of" {
			sawOf = true
		} else {
			onlyOf = false
		}
		k--
	}
	if k < floor {
		return false
	}
	if !els[k].hasRole(rValue) {
		// "cash of £30,000", "a cash seizure of over £30,000": the sum
		// is of the nouns "of" ties it to.
		if !sawOf || !onlyOf || els[k].kind != eLex || els[k].verbLike() {
			return false
		}
	} else {
		if s, ok := els[k].e.first(rValue); ok && s.meaning != "" {
			m.valueQ = qualifiers[s.meaning]
		}
		k--
		// "with a", "with an estimated", "to the", "estimated to be", "believed to be".
		for k >= floor && skip(k) {
			if combinedWords[p.word(k)] {
				m.combined = true
			}
			if els[k].kind == ePunct && els[k].fn == "," {
				m.commaValue = true // "..., 500g of heroin, worth £100,000": of the list?
			}
			if els[k].fn == "with" {
				m.withValue = true // "131g of crack and 74g of heroin with a value of £19,800"
			}
			if q := p.hedge(k); q != "" {
				m.valueQ = q
			}
			k--
		}
	}
	var got []int
	unknown := []string{}
	coord := false
	explicit := m.combined // "combined", "total": said of all before
	byVerb := false
	for ; k >= floor; k-- {
		el := els[k]
		if el.kind == eLex && !el.verbLike() {
			got = append(got, k)
			continue
		}
		// "drugs were seized with an estimated value of": a value said
		// of a clause is of everything its verb was said of.
		if len(got) == 0 && (el.verbLike() || el.fn == "aux") {
			m.combined = true
			byVerb = true
			continue
		}
		if el.kind == eUnknown && len(got) > 0 {
			// an unknown word inside the list ("heroin, crystal meth and cannabis")
			if k-1 >= floor && (els[k-1].kind == eLex || els[k-1].kind == eUnknown || els[k-1].fn == "coord" || els[k-1].fn == ",") {
				unknown = append(unknown, p.text(el))
				continue
			}
			// one straight before the nouns says what kind they are:
			// "Class C drugs", "synthetic drugs"
			if k+1 == got[len(got)-1] {
				unknown = append(unknown, p.text(el))
			}
			break
		}
		// "heroin, crack, and cocaine worth": a comma before the list's
		// "and" is the list's.
		if el.fn == "coord" && len(got) > 0 && k-2 >= listFloor && els[k-1].kind == ePunct && els[k-1].fn == "," && (els[k-2].kind == eLex || els[k-2].kind == eUnknown) {
			k--
		}
		// "3 knives, heroin and cocaine worth £40,000": a noun of another
		// family before a comma is a figure of its own, not of the list.
		if el.kind == ePunct && el.fn == "," && len(got) > 0 && k-1 >= listFloor && els[k-1].kind == eLex && p.otherFamilyAt(got, k-1) {
			break
		}
		if (el.fn == "coord" || el.kind == ePunct && el.fn == ",") && len(got) > 0 && k-1 >= listFloor && (els[k-1].kind == eLex || els[k-1].kind == eUnknown) {
			coord = true
			continue
		}
		break
	}
	if len(got) == 0 {
		return false
	}
	// "..., cash seized to the value of £2,500": nouns that open their
	// own list member are the subject of the verb, and the value is theirs
	// alone; "1kg of cocaine were seized with a value of" is the figures'.
	if byVerb && !explicit && (k < floor || els[k].kind == ePunct || els[k].strong()) {
		m.combined = false
	}
	m.left = got
	m.valueOf = true
	m.absorbed = true
	m.unknown = append(m.unknown, unknown...)
	m.start = got[len(got)-1]
	p.cancelFacets(&mention{core: got}, coord)
	return true
}

// copulas tie a figure's words before them to its number after them.
var copulas = map[string]bool{"was": true, "were": true, "is": true, "are": true, "stood at": true, "numbered": true,
	"totalled": true, "totaled": true, "amounted to": true, "came to": true, "reached a total of": true}

// compoundTails make a describing word of the word hyphened before them.
var compoundTails = map[string]bool{"related": true, "linked": true, "based": true, "enabled": true, "associated": true, "connected": true, "focused": true}

// src is the text from token i up to token j, without the text around.
func src(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && !toks[k].glued {
			b.WriteString(" ")
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// placeWords say where: "inputs in 95 schools" counts schools, not inputs.
var placeWords = map[string]bool{"in": true, "at": true, "across": true, "within": true, "throughout": true, "from": true, "during": true}

// combinedWords say a value is of all that comes before it.
var combinedWords = map[string]bool{"combined": true, "total": true, "overall": true, "collective": true, "joint": true}

// bare reports a figure with no noun of its own: no unit, no word but
// verbs ("Officers seized 12", "knives and 12").
func (p *parser) bare(m *mention) bool {
	if m.amt == nil || m.amt.unit != "" || m.amt.unitWord != nil {
		return false
	}
	return p.bareOf(m)
}

// bareOf reports a figure whose own words hold no noun, only verbs.
func (p *parser) bareOf(m *mention) bool {
	for _, k := range m.core {
		if p.els[k].kind == eLex && !p.els[k].verbLike() {
			return false
		}
	}
	return true
}

// comparesAt reports element k ending a comparison's head: "than" with
// a verb of what is compared after it ("more than were recorded a year
// ago", "fewer than were seen"), or a second "as" after "as many",
// "as much", "as few" ("twice as many as a year ago") or after "the
// same" ("the same as", "the same number as"). Anything else says when:
// "more than a year ago", "more than a year previously" (nothing
// compared stands after "than"; review23 R22), "as recently as a year
// ago", "as early as", "as far back as", "the same day as a year ago"
// (lost24: the words between the two "as" are no amount).
func (p *parser) comparesAt(k int) bool {
	el := p.els[k]
	for i := el.from; i < el.to; i++ {
		if p.toks[i].is("than") {
			if i+1 < el.to {
				return false
			}
			end := k + 1
			for end < len(p.els) && !p.els[end].strong() && !(p.els[end].kind == ePunct && p.els[end].fn == ",") {
				end++
			}
			return p.verbIn(k+1, end)
		}
		if p.toks[i].is("as") && i > 0 {
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				if p.toks[j].is("as") {
					return p.toks[j+1].is("many", "much", "few")
				}
				if p.toks[j].is("same") {
					return j == i-1 || j == i-2 && p.toks[i-1].is("number", "level", "total", "figure", "amount", "rate")
				}
			}
		}
	}
	return false
}

// otherPeriodChanger reports a changer of words.csv meaning another
// period's figure ("a year ago", "previously").
func otherPeriodChanger(e *entry) bool {
	s, ok := e.first(rChanger)
	return ok && s.meaning == "a figure of another period"
}

// tail reads the trailing words after the figure up to the next figure or
// a strong boundary: they may complete it ("69 referrals were made to the
// National Referral Mechanism") but never overrule it.
func (p *parser) tail(m *mention, limit int) {
	k := m.end
	// "12 phones linked to county lines", "12 phones which were used as
	// deal lines": trailing words that say what the things counted are.
	if k < limit && k < len(p.els) && (p.isLink(k) || p.els[k].kind == eFunc && p.els[k].fn == "rel" && (p.word(k) == "which" || p.word(k) == "that")) {
		m.describes = true
	}
	parts := false
	// "Officers seized knives and 12 in the car", "seized 12 in the
	// boot of a car", "near the van": after a figure with no noun of
	// its own, a place (a preposition of place, placePrep, before a
	// determiner) names where, not what: its words do not give the
	// number its noun.
	// So does a phrase of when or why ("seized 12 as part of a
	// crackdown on county lines", "£5,000 was seized during a week of
	// action against drug gangs"): the crackdown's words are not the
	// things counted.
	where := false
	// "12 people, twice as many as a year ago", "this week, more than a
	// year ago": another period said after a comparison set off by a
	// comma is what the figure is compared with, not when it was
	// (reread22 X13)
	comma, compared := false, false
	bare := p.bare(m)
	nounless := bare || m.amt != nil && m.amt.unit != "" && m.amt.unitWord == nil && p.bareOf(m) // "£5,000 was seized as part of ..."
	// "Three were involved in arrests", "Three forces were involved in
	// the operation, which has seen warrants executed": a figure with
	// no noun whose own verb is a link ("were involved in") counts those
	// the link ties to what follows, not what follows (recall29 W2)
	j := k
	for j < limit && j < len(p.els) && p.els[j].kind == eFunc && p.els[j].fn == "aux" {
		j++
	}
	linked := bare && j < limit && j < len(p.els) && j > 0 && p.isLink(j) && p.els[j-1].kind == eFunc && p.els[j-1].fn == "aux"
	for ; k < limit && k < len(p.els); k++ {
		el := p.els[k]
		if el.strong() || el.kind == eAmount {
			break
		}
		if linked && el.kind == eFunc && el.fn == "coord" && k+1 < len(p.els) && (p.els[k+1].kind == eFunc && p.els[k+1].fn == "aux" || p.els[k+1].verbLike()) {
			linked = false // "Twelve were wanted for drug offences and were arrested": its own verb again
		}
		where = where || bare && placePrep[p.word(k)] && k+1 < len(p.els) && p.els[k+1].kind == eFunc && p.els[k+1].fn == "det"
		where = where || nounless && p.whenOrWhy(k)
		if el.kind == eFunc && el.fn == "part" {
			parts = true // "14 weapons including knives": what follows are its parts
		}
		if parts && el.kind == ePunct && k+1 < len(p.els) && (p.els[k+1].kind == eFunc && p.els[k+1].fn == "aux" || p.els[k+1].verbLike()) {
			parts = false // "12 people, including children, were safeguarded"
		}
		if !parts && (p.isLink(k) || el.kind == eFunc && el.fn == "rel") {
			m.relTail = true
		}
		comma = comma || el.kind == ePunct && el.fn == ","
		compared = compared || comma && p.comparesAt(k)
		if el.kind == eLex {
			if el.hasRole(rChanger) && !(compared && otherPeriodChanger(el.e)) {
				m.changer = append(m.changer, p.changeOf(el))
			}
			// "12 people, including children": what the total includes
			// is a part of it, never a word that narrows it.
			if !parts && !where && !linked {
				m.soft = append(m.soft, k)
				m.trail = append(m.trail, k)
			}
		}
	}
	m.tailEnd = k
}

// jointKinds reads "A and B N" at the coordination at element k, when
// the figure's words so far (list) are describing words with no noun of
// their own ("46 cuckooing and vulnerability checks", "46 cuckooing and
// welfare checks"): the figure counts A N and B N together. It returns
// the end of "B N", the words of B nobody taught us, and, when A N and
// B N are kinds of different metrics neither of which is a kind of the
// other, why the figure is no figure of either.
func (p *parser) jointKinds(list []int, k int, sawVerb bool) (end int, unknown []string, why string, ok bool) {
	els := p.els
	if sawVerb || len(list) == 0 || els[k].kind != eFunc || els[k].fn != "coord" {
		return 0, nil, "", false
	}
	var a []*entry
	for _, j := range list {
		el := els[j]
		if el.kind != eLex || !el.hasRole(rModifier) || el.verbLike() || el.hasRole(rObject) || el.hasRole(rItem) || el.hasRole(rPerson) || el.hasRole(rUnit) || el.hasRole(rFacet) {
			return 0, nil, "", false
		}
		a = append(a, el.e)
	}
	var b []*entry
	head := -1
	for j := k + 1; j < len(els) && head < 0; j++ {
		el := els[j]
		switch {
		case el.kind == eUnknown:
			unknown = append(unknown, p.text(el))
		case el.kind == eLex && el.hasRole(rObject) && !el.hasRole(rItem) && !el.hasRole(rPerson):
			head = j
			b = append(b, el.e)
		case el.kind == eLex && !el.verbLike() && !el.hasRole(rItem) && !el.hasRole(rPerson) && !el.hasRole(rUnit):
			b = append(b, el.e)
		default:
			return 0, nil, "", false
		}
	}
	if head < 0 {
		return 0, nil, "", false
	}
	if len(unknown) > 0 {
		return head + 1, unknown, "", true
	}
	ma, mb := p.bestMetric(append(append([]*entry{}, a...), els[head].e)), p.bestMetric(b)
	if ma >= 0 && ma == mb || ma >= 0 && mb >= 0 && (p.r.descends(ma, mb) || p.r.descends(mb, ma)) {
		return head + 1, nil, "", true
	}
	return head + 1, nil, fmt.Sprintf("one figure for %s and %s together", p.raw(els[list[0]].from, els[k].from), p.raw(els[k+1].from, els[head].to)), true
}

// bestMetric is the one metric that fits the words es best, or -1.
func (p *parser) bestMetric(es []*entry) int {
	cs := p.r.candidates(words{hard: es, within: -1})
	if len(cs) == 0 || len(cs) > 1 && cs[0].score == cs[1].score {
		return -1
	}
	return cs[0].metric
}

// jointNouns says why "A N and B N" at the coordination at element k is
// no figure of A N's metric ("46 cuckooing checks and welfare checks":
// welfare checks are another metric's, though a cuckooing check may be a
// welfare check), or "" when the two are of one metric, one is a kind of
// the other, or either names an item, a person or a facet (lists and
// groups of people are read elsewhere).
func (p *parser) jointNouns(list []int, k int) string {
	els := p.els
	var a, b []*entry
	for _, j := range list {
		if els[j].kind != eLex {
			return ""
		}
		a = append(a, els[j].e)
	}
	end := k + 1
	for end < len(els) && els[end].kind == eLex && !els[end].verbLike() {
		b = append(b, els[end].e)
		end++
	}
	for _, es := range [][]*entry{a, b} {
		if !has(es, rObject) || has(es, rItem, rItemMod, rPerson, rFacet, rUnit) {
			return ""
		}
	}
	ma, mb := p.bestMetric(a), p.bestMetric(b)
	if ma < 0 || mb < 0 || ma == mb || p.r.descends(mb, ma) || p.r.descends(ma, mb) {
		return ""
	}
	return fmt.Sprintf("one figure for %s and %s together", p.raw(els[list[0]].from, els[k].from), p.raw(els[k+1].from, els[end-1].to))
}

// otherUnit reports a unit other than u in the noun phrase at element j:
// "cannabis plants" after "2kg of cannabis,".
func (p *parser) otherUnit(j int, u etl.Unit) bool {
	for ; j < len(p.els) && p.els[j].kind == eLex && !p.els[j].verbLike(); j++ {
		if s, ok := p.els[j].e.first(rUnit); ok && s.unit != u {
			return true
		}
	}
	return false
}

// otherKind reports an item at element j of a kind none of the items
// among the elements ks is: "cannabis" after "five firearms and".
func (p *parser) otherKind(ks []int, j int) bool {
	kinds := map[string]bool{}
	for _, k := range ks {
		if p.els[k].kind != eLex {
			continue
		}
		for _, s := range p.els[k].e.senses {
			if s.role == rItem {
				kinds[p.r.items[s.item].Kind] = true
			}
			// "19 weapons and heroin": an object whose metric counts
			// items names their kind.
			if s.role == rObject && p.r.metrics[s.metric].ItemKind != "" {
				kinds[p.r.metrics[s.metric].ItemKind] = true
			}
		}
	}
	el := p.els[j]
	if len(kinds) == 0 || el.kind != eLex || !el.hasRole(rItem) {
		return false
	}
	for _, s := range el.e.senses {
		if s.role == rItem && kinds[p.r.items[s.item].Kind] {
			return false
		}
	}
	return true
}

// unknownMember reports words nobody taught us at element j that a list
// goes on after: "football supporters and train passengers".
func (p *parser) unknownMember(j int) bool {
	for j < len(p.els) && p.els[j].kind == eUnknown {
		j++
	}
	return j+1 < len(p.els) && (p.els[j].kind == eFunc && p.els[j].fn == "coord" || p.els[j].kind == ePunct && p.els[j].fn == ",") && (p.els[j+1].kind == eUnknown || p.els[j+1].kind == eLex && !p.els[j+1].verbLike())
}

// ownVerbs are the words that say what a figure's verb did: its verbs'
// actions before it and its own nouns of doing ("made 11 arrests":
// arrests), else its verbs before it ("made").
func (p *parser) ownVerbs(pre, list []int) []int {
	var out []int
	for _, k := range append(append([]int{}, pre...), list...) {
		if p.els[k].hasRole(rAction) {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return pre
	}
	return out
}

// otherFacetValue reports a noun phrase at element j with a value of a
// facet (age, sex) that a word at elements ks has another value of:
// "adults" after "children".
func (p *parser) otherFacetValue(ks []int, j int) bool {
	have := map[string]string{}
	for _, k := range ks {
		if p.els[k].kind != eLex {
			continue
		}
		for _, s := range p.els[k].e.senses {
			if s.role == rFacet {
				name, val, _ := strings.Cut(s.meaning, "=")
				have[name] = val
			}
		}
	}
	if len(have) == 0 {
		return false
	}
	for ; j < len(p.els) && p.els[j].kind == eLex; j++ {
		for _, s := range p.els[j].e.senses {
			if s.role == rFacet {
				name, val, _ := strings.Cut(s.meaning, "=")
				if v, ok := have[name]; ok && v != val {
					return true
				}
			}
		}
	}
	return false
}

// nounListEnds reports a list of nouns from element j that ends with
// "and" and a noun, no number in it: "cocaine and heroin".
func (p *parser) nounListEnds(j int) bool {
	and := false
	for ; j < len(p.els); j++ {
		el := p.els[j]
		switch {
		case el.kind == eLex && !el.verbLike():
		case el.kind == ePunct && el.fn == "," && !and:
		case el.kind == eFunc && el.fn == "coord" && p.word(j) == "and" && !and:
			and = true
		default:
			return and && p.els[j-1].kind == eLex
		}
	}
	return and && p.els[j-1].kind == eLex
}

// anyVerb reports a word that says what was done at elements ks.
func (p *parser) anyVerb(ks []int) bool {
	for _, k := range ks {
		if p.els[k].verbLike() {
			return true
		}
	}
	return false
}

// otherObject reports a noun e that counts things of no metric the
// verbs at elements ks speak for: "safeguarding visits" after "arrested".
func (p *parser) otherObject(ks []int, e *entry) bool {
	named := false
	for _, b := range e.senses {
		if b.role != rObject {
			continue
		}
		named = true
		for _, k := range ks {
			if p.els[k].kind != eLex {
				continue
			}
			for _, a := range p.els[k].e.senses {
				if (a.role == rAction || a.role == rAllow) && a.metric == b.metric {
					return false
				}
			}
		}
	}
	return named
}

// otherFamilyAt reports a noun phrase at element j whose objects and
// items are of no family the elements ks count.
func (p *parser) otherFamilyAt(ks []int, j int) bool {
	var np []int
	for ; j < len(p.els) && p.els[j].kind == eLex && !p.els[j].verbLike(); j++ {
		np = append(np, j)
	}
	return p.disjoint(ks, np)
}

// shareMetric reports whether e speaks for a metric that one of the
// verbs at elements ks speaks for: "safeguarded ... and vulnerable".
func (p *parser) shareMetric(ks []int, e *entry) bool {
	for _, k := range ks {
		if p.els[k].kind != eLex {
			continue
		}
		for _, a := range p.els[k].e.senses {
			for _, b := range e.senses {
				if (a.role == rAction || a.role == rAllow) && (b.role == rAction || b.role == rAllow) && a.metric == b.metric {
					return true
				}
			}
		}
	}
	return false
}

// sameAction reports a verb b that says what verb a says: an action of
// a's metric or of a kind of it, or a word that metric allows beside its
// action ("spoken with or safeguarded").
func (p *parser) sameAction(a, b *entry) bool {
	verb := func(s sense) bool { return s.role == rAction || s.role == rAllow }
	for _, x := range a.senses {
		for _, y := range b.senses {
			if verb(x) && verb(y) && (x.role == rAction || y.role == rAction) && (x.metric == y.metric || p.r.descends(y.metric, x.metric)) {
				return true
			}
		}
	}
	return false
}

// inNounList reports a figure starting at element start that follows an
// item and a comma: "heroin, 3kg of cocaine".
func (p *parser) inNounList(start int) bool {
	return start >= 2 && p.els[start-1].kind == ePunct && p.els[start-1].fn == "," && p.els[start-2].hasRole(rItem)
}

// valueFollows reports a noun phrase from element j followed by a value
// of its own: "drugs worth £20,000", "drugs £20,000"; not "drugs and
// £16,000 in cash", whose sum is the next noun's.
func (p *parser) valueFollows(j int) bool {
	for j < len(p.els) && p.els[j].kind == eLex && !p.els[j].verbLike() && !p.els[j].hasRole(rValue) {
		j++
	}
	for j < len(p.els) && (p.els[j].kind == eFunc && (p.els[j].fn == "with" || p.els[j].fn == "det" || p.els[j].fn == "aux") || p.els[j].kind == eLex && (p.els[j].hasRole(rNeutral) || p.els[j].verbLike()) && !p.els[j].hasRole(rValue)) {
		j++ // "drugs with an estimated value of", "cash seized to the value of"
	}
	return j < len(p.els) && (p.els[j].kind == eAmount || p.els[j].hasRole(rValue))
}

// unitEnds reports a noun phrase from element j that ends with a unit:
// "heroin wraps" in "430 cocaine and heroin wraps, 800 pills": the unit
// closes the nouns before it into one figure.
func (p *parser) unitEnds(j int) bool {
	last := -1
	for ; j < len(p.els) && p.els[j].kind == eLex && !p.els[j].verbLike(); j++ {
		last = j
	}
	return last >= 0 && p.els[last].hasRole(rUnit)
}

// quantityWord reports a word of quantity with no number at element j:
// "quantities of", "a quantity of", "some", "a number of".
func (p *parser) quantityWord(j int) bool {
	if j < len(p.els) && p.els[j].kind == eFunc && p.els[j].fn == "det" {
		j++
	}
	if j >= len(p.els) {
		return false
	}
	switch p.word(j) {
	case "some", "numerous", "various", "several", "multiple":
		return true // "three laptops, numerous sets of scales"
	}
	return p.quantityNoun(j)
}

// quantityNoun reports a noun of quantity at element j: "quantity of",
// "large amount of", "number of".
func (p *parser) quantityNoun(j int) bool {
	if j < 0 || j >= len(p.els) {
		return false
	}
	el := p.els[j]
	if el.kind != eLex || !el.hasRole(rNeutral) {
		return false
	}
	t := el.e.text
	return strings.HasSuffix(t, "quantity of") || strings.HasSuffix(t, "amount of") || strings.HasSuffix(t, "number of")
}

// quantityEnd reads words of quantity that give no number from element
// j, before things named with no number, and returns the element after
// them (-1 if there are none): "some", "a quantity of", a describing
// word and a noun of quantity ("a large number of", "a significant
// amount of"), a scale in the plural and "of" ("dozens of", "hundreds
// of"), one after another ("tens of thousands of", "hundreds of
// thousands of"), or a word of quantity before a scale ("several
// thousand"), and after it a unit and "of" ("hundreds of wraps of") or a
// sum's unit, "worth" and "of" ("thousands of pounds worth of",
// "several thousand pounds' worth of"). No number is read in them: the
// things after them are named with no number.
func (p *parser) quantityEnd(j int) int {
	els := p.els
	of := func(x int) bool { return x < len(els) && els[x].kind == eFunc && els[x].fn == "of" }
	// "hundreds of", "tens of": many, and no number
	many := func(x int) bool {
		return x < len(els) && els[x].kind == eUnknown && els[x].to-els[x].from == 1 && pluralScale(p.toks, els[x].from) && of(x+1)
	}
	// "thousand" after "several": a scale with no number of its own
	scale := func(x int) bool {
		if x >= len(els) || els[x].kind != eUnknown || els[x].to-els[x].from != 1 {
			return false
		}
		return longScale(p.toks[els[x].from].norm)
	}
	x := j
	if x < len(els) && els[x].kind == eFunc && els[x].fn == "det" {
		x++
	}
	if x >= len(els) {
		return -1
	}
	switch {
	case many(x), p.quantityWord(x) && scale(x+1) && x+2 < len(els) && els[x+2].hasRole(rUnit):
		if many(x) {
			for many(x) {
				x += 2
			}
		} else {
			x += 2
		}
		y := x
		if y < len(els) && els[y].hasRole(rUnit) {
			y++
			if y < len(els) && els[y].hasRole(rValue) && p.word(y) == "worth" {
				y++
			}
			if of(y) {
				x = y + 1
			}
		}
	case p.quantityWord(x):
		x++
	case (els[x].kind == eUnknown || els[x].kind == eLex && els[x].hasRole(rNeutral)) && els[x].to-els[x].from == 1 && p.quantityNoun(x+1):
		x += 2
	default:
		return -1
	}
	return x
}

// listGoesOnToAmount reports a list of nouns from element j that goes on,
// before its clause ends, to a figure: "ammunition and a machete".
func (p *parser) listGoesOnToAmount(j int) bool {
	for ; j < len(p.els); j++ {
		el := p.els[j]
		switch {
		case el.kind == eAmount:
			return true
		case el.kind == eLex && !el.verbLike(), el.kind == eFunc && el.fn == "coord", el.kind == ePunct && el.fn == ",":
		default:
			return false
		}
	}
	return false
}

// kindsFirst is the number of kinds of item a list names, its first kind
// in the figure's words list and the others from element k on ("three
// firearms, hunting knives, machetes and axes" names four), and one past
// the list's last kind; 0 when it is no such list. Each kind named is
// one thing at least, so a number smaller than the kinds cannot count
// them all: it counts the first, and the others are named with no
// number. The list runs over item names (and words that only describe)
// joined by commas and "and", all of one kind of item (weapons, assets),
// each named once: a later name of the first kind ("one knife, axes and
// blades": more knives than one?) makes it none; a kind the catalogue
// holds apart ("BB guns", "zombie knives") is another kind. It
// must end at the sentence's end, a stop, a verb or a preposition: "or",
// a word nobody taught us, brackets or a dash after it (may be said of
// all) make it none.
func (p *parser) kindsFirst(list []int, k int) (int, int) {
	first := -1
	for _, j := range list {
		if p.els[j].kind != eLex {
			continue
		}
		if s, ok := p.els[j].e.first(rItem); ok {
			if first >= 0 {
				return 0, 0 // "two lock knives and flick knives, ...": two kinds already
			}
			first = s.item
		}
	}
	if first < 0 {
		return 0, 0
	}
	kind := p.r.items[first].Kind
	seen := map[int]bool{first: true}
	end, named := 0, false
	for j := k; j < len(p.els); j++ {
		el := p.els[j]
		switch {
		case el.kind == eLex && !el.verbLike() && el.e.has(rItem):
			s, _ := el.e.first(rItem)
			if seen[s.item] || p.r.items[s.item].Kind != kind {
				return 0, 0
			}
			seen[s.item] = true
			end, named = j+1, true
		case el.kind == eLex && p.onlyDescribes(j) && end != j:
			// "hunting knives": a describing word before its noun
		case el.kind == eFunc && el.fn == "coord" && p.word(j) == "and", el.kind == ePunct && el.fn == ",":
		case el.kind == eFunc && el.fn == "aux" && !pastAux[p.word(j)]:
			return 0, 0 // "are seized", "could be seized": not done in the week
		case el.kind == ePunct && (el.fn == "." || el.fn == ";"), el.kind == eLex && el.verbLike(),
			el.kind == eLex && p.onlyDescribes(j), // "during the week", straight after the last kind
			el.kind == eFunc && (el.fn == "aux" || el.fn == "prep" || el.fn == "sib"):
			if !named || end != j && !(end == j-1 && p.els[j-1].kind == ePunct && p.els[j-1].fn == ",") {
				return 0, 0
			}
			return len(seen), end
		default:
			return 0, 0
		}
	}
	if !named || end != len(p.els) {
		return 0, 0
	}
	return len(seen), end
}

// pastAux are the auxiliaries of what was done: "were seized", "have seized".
var pastAux = map[string]bool{"was": true, "were": true, "have": true, "has": true, "had": true, "been": true}

// doneBefore reports whether the words of the sentence before the number
// at element a, back to its start or a stop, say plainly that the force
// did it: every verb of a metric's action past ("seized", "found", "have
// discovered and seized") or a participle after a comma ("..., seizing"),
// every auxiliary past; no proper name nobody taught us (a capital letter
// past the sentence's first word, or an acronym: "The NCA", "Border Force
// officers", "The Home Office said") but the force's own; and the word
// straight before the verb, when nobody taught it us, one of the force's
// own people ("officers", "police"); no word nobody taught us that ends
// as a past verb ("handed in", "surrendered"); and a verb at all, before
// the number or after the list at end ("were seized"). "Members of the
// public handed in", "Officers routinely seize" do not say so.
func (p *parser) doneBefore(a, end int) bool {
	from := a
	for from > 0 && !(p.els[from-1].kind == ePunct && p.els[from-1].fn != ",") {
		from--
	}
	own := func(el elem) bool {
		if agentWords[p.toks[el.from].norm] && el.to == el.from+1 {
			return true
		}
		code, end := p.forceAt(el.from)
		return code != "" && code == p.force && end >= el.to
	}
	verb := -1
	for j := from; j < a; j++ {
		el := p.els[j]
		switch {
		case el.kind == eUnknown && (own(el) || p.inOpener(j)):
		case el.kind == eUnknown:
			for t := el.from; t < el.to; t++ {
				w := p.toks[t].text
				if strings.HasSuffix(w, "ed") {
					return false // a verb nobody taught us: "handed in", "surrendered"
				}
				if w == strings.ToLower(w) {
					continue
				}
				// a capital by place: "Specialist officers"
				if t != 0 || w == strings.ToUpper(w) || t+1 >= len(p.toks) || p.toks[t+1].text != strings.ToLower(p.toks[t+1].text) {
					return false
				}
			}
		case el.kind == eFunc && el.fn == "aux":
			if !pastAux[p.word(j)] {
				return false
			}
			if verb < 0 {
				verb = j
			}
		case el.kind == eLex && el.e.has(rAction):
			w := strings.ToLower(p.toks[el.to-1].text)
			comma := j > 0 && p.els[j-1].kind == ePunct && p.els[j-1].fn == ","
			if !strings.HasSuffix(w, "ed") && !pastForms[w] && !(comma && strings.HasSuffix(w, "ing")) {
				return false
			}
			if verb < 0 {
				verb = j
			}
		}
	}
	if verb < 0 {
		// no verb before it: "Two firearms, knives and axes were
		// seized", a metric's own verb after the list's auxiliaries
		// ("were used": no)
		j := end
		for j < len(p.els) && p.els[j].kind == eFunc && p.els[j].fn == "aux" {
			j++
		}
		return j > end && j < len(p.els) && p.els[j].kind == eLex && p.els[j].e.has(rAction)
	}
	return verb == from || p.els[verb-1].kind != eUnknown || own(p.els[verb-1])
}

// pastForms are the irregular past forms of the verbs of seizing and finding.
var pastForms = map[string]bool{"found": true, "took": true, "taken": true, "seized": true, "got": true, "brought": true, "caught": true, "made": true}

// isLink reports a link word at element k: "linked to", "used for".
func (p *parser) isLink(k int) bool {
	el := p.els[k]
	if el.kind != eFunc {
		return false
	}
	e, n := p.r.lex.match(p.toks, el.from)
	return n == el.to-el.from && e.has(rLink)
}

func (p *parser) text(el elem) string {
	if el.from >= el.to {
		return ""
	}
	return p.raw(el.from, el.to)
}

// raw is the text of tokens [from, to) as written.
func (p *parser) raw(from, to int) string {
	if from >= to || from >= len(p.toks) {
		return ""
	}
	return p.src[p.toks[from].start:p.toks[to-1].end]
}

func (p *parser) word(k int) string {
	if k < 0 || k >= len(p.els) {
		return ""
	}
	el := p.els[k]
	if el.to-el.from != 1 {
		return ""
	}
	return p.toks[el.from].norm
}

func dedupe(s []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range s {
		if !seen[strings.ToLower(x)] {
			seen[strings.ToLower(x)] = true
			out = append(out, x)
		}
	}
	return out
}

// gerund reports a word that reads as an -ing form: "operating".
func gerund(w string) bool {
	w = strings.ToLower(w)
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// participle reports a word that reads as a past participle: "discovered".
func participle(w string) bool {
	w = strings.ToLower(w)
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// clauseVerb reports a word that can only be a clause's verb, never
// part of a noun after an article: an irregular past form of the
// package's lists ("saw", "took", "found", "taken") or an auxiliary
// ("is", "has", "were").
func clauseVerb(w string) bool {
	return pastAux[w] || w == "is" || w == "are" || w == "will" || w == "would" || pastWords[w] || irregularPast[w] || pastForms[w]
}

// amountBefore reports an amount from k to the end of the clause.
func (p *parser) amountBefore(k int) bool {
	for ; k < len(p.els); k++ {
		el := p.els[k]
		if el.kind == eAmount {
			return true
		}
		if el.strong() || el.kind == ePunct && el.fn == "," {
			return false
		}
	}
	return false
}

// leftLabel reads the words a bare figure belongs to when they stand
// before it as a label: "Cannabis: 3kg", "cocaine (1kg)", "Heroin (g): 56",
// and, when the figure ends the clause, "Guns found 3".
func (p *parser) leftLabel(m *mention, a, floor int) bool {
	els := p.els
	k := a - 1
	sep := k >= floor && els[k].kind == ePunct && (els[k].fn == ":" || els[k].fn == "(" || els[k].fn == "–" || els[k].fn == "=")
	// "cocaine weighing 2kg", "seizures of cannabis totalling 4kg"
	if !sep && k >= floor && (els[k].kind == eFunc && p.linkWord(k) || els[k].hasRole(rValue) && !p.valueImpliesMoney(k)) {
		sep = true
	}
	// "The total of vulnerable adults safeguarded was 27", "the number
	// of arrests stood at 45": what comes before a copula is the figure's.
	if !sep && k >= floor && copulas[strings.ToLower(p.text(els[k]))] && (els[k].kind == eFunc || els[k].hasRole(rValue)) {
		sep = true
	}
	if sep && els[k].fn == "(" && (a+1 >= len(els) || els[a+1].kind != ePunct || els[a+1].fn != ")") {
		return false
	}
	if !sep {
		// no sign between: only a figure that ends its clause, or one
		// the next label and figure follow ("Cocaine 1.2kg Heroin 500g")
		for j := a + 1; j < len(els); j++ {
			if els[j].strong() || els[j].kind == ePunct && els[j].fn == "," || j+1 < len(els) && els[j].hasRole(rItem) && els[j+1].kind == eAmount {
				break
			}
			return false
		}
		k++
	}
	k--
	var got []int
	var unknown []string
	subject := false
	for ; k >= floor; k-- {
		el := els[k]
		switch {
		case el.kind == eLex && !el.hasRole(rChanger):
			if el.hasRole(rPeriod) {
				m.changer = append(m.changer, p.changeOf(el)) // "Arrests for the previous week: 12": a label's period is another column
			}
			got = append(got, k)
			continue
		case sep && len(got) > 0 && (el.fn == "coord" || el.kind == ePunct && el.fn == ",") && k-1 >= floor && els[k-1].kind == eLex && !els[k-1].verbLike():
			continue // "cocaine and heroin (2kg)": the label is the whole list
		case el.kind == eUnknown && subjectBefore(els, got):
			// "Officers seized cocaine (2kg)": words before the verb of
			// the label are who did it, not the label.
			subject = true
		case el.kind == eUnknown:
			unknown = append(unknown, p.text(el))
			continue
		case el.kind == eFunc && (el.fn == "of" || el.fn == "det" || el.fn == "aux") && len(got) > 0:
			continue
		case el.kind == eFunc && (el.fn == "prep" || el.fn == "for") && len(got) > 0 && sep:
			continue // "Referrals into the NRM: 14", "Visits to cuckooed addresses: 9"
		case el.kind == ePunct && (el.fn == "(" || el.fn == ")") && sep:
			continue // "Crack (wraps): 44"
		}
		break
	}
	bound := k < floor || subject || els[k].strong() || els[k].kind == ePunct && els[k].fn == "," || els[k].kind == eFunc && (els[k].fn == "coord" || els[k].fn == "sib" || els[k].fn == "part")
	if len(got) == 0 || !bound || !sep && len(unknown) > 0 {
		return false
	}
	m.unknown = append(m.unknown, unknown...)
	m.pre = nil
	m.left = got
	m.start = got[len(got)-1]
	return true
}

// subjectBefore reports a label's words (at elements got, read right to
// left) that begin with a verb: what stands before it is its subject.
func subjectBefore(els []elem, got []int) bool {
	return len(got) > 0 && els[got[len(got)-1]].verbLike() && els[got[len(got)-1]].hasRole(rAction)
}

// hedge is the qualifier of a hedge word standing with no number after
// it ("estimated to be worth"), or "".
func (p *parser) hedge(k int) etl.Qualifier {
	el := p.els[k]
	e, n := p.r.lex.match(p.toks, el.from)
	if n != el.to-el.from {
		return ""
	}
	if s, ok := e.first(rHedge); ok {
		return s.q
	}
	return ""
}

// classLetter reads "B" in "Class A and B" as "Class B", when the
// catalogue knows that class.
func (r *Reader) classLetter(toks []token, i int) *entry {
	t := toks[i]
	if t.kind != tWord || len(t.norm) != 1 || i < 3 {
		return nil
	}
	if !toks[i-1].is("and", "or", ",", "/") || !toks[i-3].is("class") {
		return nil
	}
	e, ok := r.lex.all["class "+t.norm]
	if !ok || !e.has(rItem) {
		return nil
	}
	return e
}

// linkWord reports "weighing": a word that ties what comes before to the figure after.
func (p *parser) linkWord(k int) bool {
	t := strings.ToLower(p.text(p.els[k]))
	return strings.HasPrefix(t, "weighing")
}

// valueImpliesMoney reports a value word that can only be money ("worth",
// "street value"), not one that totals any amount ("totalling").
func (p *parser) valueImpliesMoney(k int) bool {
	t := strings.ToLower(p.text(p.els[k]))
	return !strings.HasPrefix(t, "total") && !strings.HasPrefix(t, "amounting")
}

// noOne reports "no one" or "no-one" at toks[i].
func noOne(toks []token, i int) bool {
	j := i + 1
	if j < len(toks) && toks[j].norm == "-" && toks[j].glued {
		j++
	}
	return j < len(toks) && toks[j].is("one")
}
