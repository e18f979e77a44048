package phrase

import (
	"math"
	"strings"

	"github.com/countylines/countylines/etl"
)

// amount is a figure with what is written around its number: a hedge
// before it ("more than"), a currency ("£"), a scale ("k", "million"), a
// unit ("kg", "wraps", "pounds") and a hedge after it ("+", "or more").
// The rules compose: hedge? currency? number scale? unit? hedge-after?
type amount struct {
	value    float64 // in the unit, converted: 2.5kg is 2500 g
	unit     etl.Unit
	factor   float64 // the unit word's factor, 0 if none: 1000 for "kg"
	unitWord *entry  // the unit word, which may also name what is counted: "wraps"
	poundsOf bool    // "5 pounds of": a weight or a sum?
	fraction bool    // "a quarter of a kilo": a part of a unit, not read
	apart    bool    // "2 kilos and a half kilo", "12 and a half wraps": one quantity or two, or a part of what has none
	ranged   bool    // "£20,000-£30,000", "between 20 and 30": a range, not one figure
	spaced   bool    // "1 200": one number with a space in it, or two?
	q        etl.Qualifier
	num      number
	from, to int // tokens [from, to), hedge to hedge-after
}

// readAmount reads an amount that starts at toks[i].
func (r *Reader) readAmount(toks []token, i int) (amount, bool) {
	a := amount{q: etl.Exact, from: i}
	if i > 0 && ForeignMoney(toks[i-1].text) != "" {
		return amount{}, false // "$5,000", "¥50,000", "US$ 5,000": never pounds
	}
	j := i
	if e, n := r.lex.match(toks, j); n > 0 && !containsNum(toks[j:j+n]) {
		if s, ok := e.first(rHedge); ok {
			a.q = s.q
			j += n
			// "c." and "approx." carry a full stop.
			if j < len(toks) && toks[j].norm == "." && toks[j].glued {
				j++
			}
		}
	}
	money := false
	if j < len(toks) && toks[j].kind == tSym {
		switch toks[j].norm {
		case "£":
			a.unit, money = etl.UnitGBP, true
			j++
		case "€":
			a.unit, money = etl.UnitEUR, true
			j++
		case "$":
			return amount{}, false // no dollars in this data model
		}
	}
	n, ok := readNumber(toks, j, money)
	if !ok {
		return amount{}, false
	}
	// "two thousand and a half", "1.5 and 1/2 kilos": the part of a whole
	// not read with it; said, not read, for alone it is not the figure.
	a.fraction = afterAnd(toks, j, n, func(k int) bool { return r.unitWordAt(toks, k) })
	if !money && n.to+1 < len(toks) && fractionWords[toks[n.to].norm] > 0 && toks[n.to+1].is("of") {
		return amount{}, false // "at least one quarter of", "about two thirds of": a share (share.go)
	}
	if n.to < len(toks) && ForeignMoney(toks[n.to].text) != "" {
		return amount{}, false // "5,000 dollars", "5000 USD"
	}
	if n.article && (money || a.q != etl.Exact && !r.unitAt(toks, n.to)) {
		return amount{}, false // "over a", "£a"; but "more than a kilo"
	}
	a.num = n
	a.value = n.value
	j = n.to
	// "3 x knives": a count written as a multiplication.
	if !n.article && j+1 < len(toks) && toks[j].is("x", "×") && toks[j+1].kind == tWord {
		j++
	}
	if n.article {
		// "a machete": one only when a word follows that is no number,
		// currency or hedge: "a further £12,000" is not one of anything.
		if j >= len(toks) || toks[j].kind != tWord {
			return amount{}, false
		}
		if !r.nounFollows(toks, j) {
			return amount{}, false
		}
	}
	// A currency or unit word after the number: "ten thousand pounds",
	// "2.5 kg", "17 wraps". A longer phrase that is not a unit wins:
	// "deal lines" is no number of deals.
	if e, m := r.lex.match(toks, j); m > 0 {
		poundsOf := s0(e) == "pound" && j+m < len(toks) && toks[j+m].is("of") // "5 pounds of cannabis": weight or money?
		a.poundsOf = poundsOf
		if s, ok := e.first(rUnit); ok && !poundsOf && (a.unit == "" || a.unit == s.unit) && !(money && s.unit != a.unit) {
			a.unit = s.unit
			a.value *= s.factor
			a.factor = s.factor
			a.unitWord = e
			j += m
			// "a kilo and a half", "two ounces and a quarter": the part
			// is of the unit; but "a kilo and a half kilo" is two.
			if f, k := andFraction(toks, j, 1, true); k > j {
				if r.unitAt(toks, k) || s.unit != etl.UnitGrams {
					// "2 kilos and a half kilo": the part, said with a
					// unit of its own, is not read, and the whole alone
					// would understate what was seized; "5 wraps and a
					// half": a count has no halves
					a.apart = true
				} else {
					a.value += f * s.factor
					j = k
				}
			}
		}
	}
	// "12 and a half wraps", "two and a half knives": a whole and a part
	// only of a weight or a sum; a count has no halves.
	if n.mixed && a.unit != etl.UnitGrams && a.unit != etl.UnitGBP && a.unit != etl.UnitEUR {
		a.apart = true
	}
	// Hedges after: "20+", "£45,000 and more", "£4,500 (approx)".
	if j < len(toks) {
		if e, m := r.lex.match(toks, j); m > 0 {
			// "20+", "£15,000-plus"; but "4kg plus 740 wraps" adds a figure.
			glued := toks[j].glued
			// "£65,000 and more than 8 kilos", "and over 20 knives", "and
			// over £131,000 cash", "and over twenty knives": words of a
			// hedge that go on to a number are the next figure's hedge.
			nextHedges := j+m < len(toks) && (toks[j+m].norm == "than" || numberStarts(toks, j+m))
			if s, ok := e.first(rHedgeAfter); ok && !nextHedges && !((toks[j].norm == "+" || toks[j].norm == "plus") && !glued && !plusEnds(toks, j+m) && !(a.unit == "" && plusNoun(toks, j+m))) {
				if a.q == etl.Exact {
					a.q = s.q
				}
				j += m
			}
		} else if toks[j].norm == "(" {
			if e, m := r.lex.match(toks, j+1); m > 0 && j+1+m < len(toks) && toks[j+1+m].norm == ")" {
				if s, ok := e.first(rHedgeAfter); ok {
					if a.q == etl.Exact {
						a.q = s.q
					}
					j += m + 2
				}
			}
		}
	}
	a.value = math.Round(a.value*1e6) / 1e6
	a.to = j
	return a, true
}

// numberStarts reports that a number starts at toks[i], in digits or
// words, or after a currency sign ("£131,000", "€450,000"); an article
// is no number here ("and over a kilo" names no figure of its own).
func numberStarts(toks []token, i int) bool {
	money := false
	if i < len(toks) && toks[i].kind == tSym && (toks[i].norm == "£" || toks[i].norm == "€") {
		i, money = i+1, true
	}
	n, ok := readNumber(toks, i, money)
	return ok && !n.article
}

// plusEnds reports that a spaced "plus" after a number, at toks[j-1],
// adds no figure: nothing that could be one follows it, only the end, a
// sign or a grammar word that goes on with the clause ("£26,000 plus –
// and it's still increasing", "20 plus were arrested", "£26,000 plus in
// proceeds of crime").
func plusEnds(toks []token, j int) bool {
	if j >= len(toks) {
		return true
	}
	t := toks[j]
	if t.norm == "(" || t.norm == "–" {
		// "£26,000 plus (and it's still rising)": a remark with no
		// number; "£5,000 plus (2 knives)" names another figure
		for k := j + 1; k < len(toks) && toks[k].norm != ")" && toks[k].norm != "–"; k++ {
			if toks[k].kind == tNum {
				return false
			}
		}
		return true
	}
	if t.kind == tPunct {
		return true
	}
	switch funcWords[t.norm] {
	case "prep", "aux", "rel", "coord":
		return true
	}
	return false
}

// plusNoun reports a word straight after a spaced "plus" that follows a
// number with no unit, and that is no grammar word nor a number: the
// number's own noun, so "plus" is a hedge ("20 plus people were
// arrested"), not a sibling ("4kg plus 740 wraps", "20 plus a knife").
func plusNoun(toks []token, j int) bool {
	if j >= len(toks) || toks[j].kind != tWord {
		return false
	}
	if _, ok := funcWords[toks[j].norm]; ok {
		return false
	}
	if _, ok := numberWords[toks[j].norm]; ok {
		return false
	}
	return true
}

func containsNum(toks []token) bool {
	for _, t := range toks {
		if t.kind == tNum {
			return true
		}
	}
	return false
}

// nounFollows reports whether a noun of the catalogue follows an article
// within a few words: "a hunting knife", "a vulnerable person"; not "a
// further £12,000", "a street value of".
func (r *Reader) nounFollows(toks []token, j int) bool {
	unitSeen := false
	for n := 0; j < len(toks) && n < 4; n++ {
		t := toks[j]
		if t.kind == tNum || t.kind == tSym || t.kind == tPunct {
			return false
		}
		// "a week of action to disrupt county lines", "a crackdown
		// that closed 12 lines": a verb after "to" or a word that opens
		// a clause is no noun of the article's; its noun came before
		if n > 0 && t.is("to", "that", "which", "who") {
			return false
		}
		// "a crackdown saw county lines disrupted", "a week of action is
		// disrupting county lines", "a crackdown as officers shut down
		// county lines": a past form with no "-ed", an auxiliary or a
		// word that opens a clause after the article's words is the
		// clause's, not the article's noun (review30 S3)
		if n > 0 && (clauseVerb(t.norm) || t.is("as", "while", "when", "whereas", "after")) {
			return false
		}
		e, m := r.lex.match(toks, j)
		if t.is("of") || m > 0 && strings.HasSuffix(e.text, " of") {
			// "a number of weapons", "a quantity of drugs": the article
			// counts the number, not the weapons; "a kilo of" counts a kilo.
			return unitSeen
		}
		if m == 0 {
			j++ // an adjective nobody taught us
			continue
		}
		if e.has(rUnit) && !e.has(rObject) {
			unitSeen = true
		}
		if e.has(rValue) || e.has(rHedge) || e.has(rChanger) {
			return false
		}
		// "a crackdown disrupted county lines": a word of doing in the
		// past after the article's own words is the clause's verb, not
		// its noun ("a seized knife": straight after the article, its
		// word, and the knife after it, count)
		// "a crackdown shut down county lines", "a crackdown targeting
		// county lines": a phrasal verb or an "-ing" is a verb too
		if n > 0 && e.has(rAction) && !e.has(rObject) && (participle(t.norm) || gerund(t.norm) || m > 1) {
			return false
		}
		if e.has(rObject) || e.has(rItem) || e.has(rPerson) || e.has(rModifier) || e.has(rAction) {
			return true
		}
		j += m
	}
	return false
}

func s0(e *entry) string {
	if e == nil {
		return ""
	}
	return e.text
}

// unitAt reports a unit word at toks[j]: "kilo" in "more than a kilo".
func (r *Reader) unitAt(toks []token, j int) bool {
	e, n := r.lex.match(toks, j)
	return n > 0 && e.has(rUnit) && !e.has(rObject)
}

// unitWordAt reports a word of a unit ending at toks[j]: "kilos",
// "wraps", "pounds".
func (r *Reader) unitWordAt(toks []token, j int) bool {
	for k := j; k >= 0 && k > j-3; k-- {
		if e, n := r.lex.match(toks, k); n > 0 && k+n == j+1 && e.has(rUnit) {
			return true
		}
	}
	return false
}

// readRange widens an amount to a range when a second number follows it
// as its other end: "£20,000-£30,000", "20 to 30", "1-2kg", "between 20
// and 30". A range is one figure, and not one number: it is not read.
func (r *Reader) readRange(toks []token, a *amount) {
	j := a.to
	if j >= len(toks) {
		return
	}
	switch {
	case (toks[j].kind == tNum || toks[j].norm == "£" || toks[j].norm == "€") && toks[j].glued:
	case toks[j].is("to", "–"):
		j++
	case toks[j].is("and") && a.from > 0 && toks[a.from-1].is("between"):
		j++
	default:
		return
	}
	b, ok := r.readAmount(toks, j)
	if !ok || b.num.article {
		return
	}
	a.ranged = true
	a.to = b.to
	if a.unit == "" {
		a.unit, a.unitWord, a.factor = b.unit, b.unitWord, b.factor
	}
}

// readSpaced widens an amount whose digits are followed, after a space,
// by exactly three more: "1 200 wraps" may be 1,200 wraps, or 1 and 200.
// It is not read either way.
func (r *Reader) readSpaced(toks []token, a *amount) {
	j := a.to
	if a.num.to-a.num.from != 1 || a.to != a.num.to || a.unit != "" || j >= len(toks) {
		return
	}
	t, u := toks[a.num.from], toks[j]
	if t.kind != tNum || len(t.text) > 3 || strings.ContainsAny(t.text, ".,") || u.kind != tNum || u.glued || len(u.text) != 3 || strings.ContainsAny(u.text, ".,") {
		return
	}
	b, ok := r.readAmount(toks, j)
	if !ok {
		return
	}
	a.spaced = true
	a.to = b.to
	a.unit, a.unitWord, a.factor = b.unit, b.unitWord, b.factor
}
