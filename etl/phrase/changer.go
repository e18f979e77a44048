package phrase

import "strings"

// A word that changes what a figure means ("to date", "down on", "mean")
// is also an ordinary word of other constructions, where it changes
// nothing:
//   - "to date" after a superlative says the week was the best so far,
//     not that its figures are cumulative: "one person safeguarded during
//     Staffordshire's most successful County Lines Intensification Week
//     to date";
//   - "up on"/"down on" after a verb of their own are part of it:
//     "cracking down on county line drugs operations", "as police
//     clamped down on the gangs" compare nothing. Said straight after a
//     figure, its noun or its clause ("45 up on Operation Orochi", "45
//     arrests, up on the spring operation"), they say the figure is a
//     change, whatever it is measured from: a named operation or season
//     is as much a period as "last year".
//   - "mean" after a modal is a verb ("can only mean one thing"), but a
//     figure it takes ("could mean 40 more arrests") is a forecast, not a
//     result: there it stays a changer.
//   - "previous" between a count and a noun of people ("27 previous
//     victims") stays a changer: in a return's cell it is most often the
//     previous period's figure written beside this one ("30 (43 previous
//     men)", review15 H7), and the words cannot tell the two apart.
//   - "previously" inside a relative clause after a counted noun says
//     what the things were before ("visited 100 properties which had
//     previously been cuckooed", "12 addresses which were previously
//     targeted were visited"), when the figure's own verb stands outside
//     the clause: before the number ("visited 100 ...") or after the
//     clause ("... were visited"). With no verb but the clause's ("12
//     people who were previously arrested"), a number in the clause, or
//     no relative word between the figure and it ("12 addresses were
//     previously visited", "Previously, 12 ..."), it stays a changer.
//   - "not" in a clause of purpose after a figure, opened by "to" and a
//     verb of checking ("visited 130 vulnerable people to check they
//     were not being exploited", "helped to ensure they are not being
//     exploited"), says what the act was for, not that it was not done:
//     the clause reads as it does without "not" ("to check they were
//     being exploited"). With a number between the opener and "not" or
//     after it ("to check that 12 were not ..."), or no figure before
//     the opener, it stays a changer; so does "not" anywhere else ("12
//     people were not arrested", "did not visit 12 addresses").

// plainUse reports that the changer entry e, matched at token i over n
// tokens, is used in one of those constructions; action reports that
// the token at j is a word of what was done to the figure's thing
// ("arrested", "seized"), which makes no verb of "up on" its own; verb,
// that it is a verb of a metric (an action or an allowed verb: "made",
// "executed").
func plainUse(toks []token, i, n int, e *entry, action, verb func(j int) bool) bool {
	switch e.text {
	case "previously":
		return n == 1 && describesCounted(toks, i, verb)
	case "not":
		return n == 1 && purposeNot(toks, i)
	case "to date":
		return afterSuperlative(toks, i)
	case "up on", "down on":
		return ownVerb(toks, i, action) && !comparesWith(toks, i+n)
	case "mean":
		j := i - 1
		if j >= 0 && toks[j].is("only", "also", "just") {
			j--
		}
		return j >= 0 && modals[toks[j].norm] && !figureAfter(toks, i+n)
	}
	return false
}

// relativeWords open a relative clause after a noun.
var relativeWords = []string{"which", "who", "whom", "that", "where", "whose"}

// describesCounted reports that token i stands in a relative clause said
// of a counted noun, whose figure's verb stands outside the clause (see
// plainUse): scanning back from i in its sentence, words only, then a
// relative word, then a number before it in the sentence; no number from
// i to the sentence's end; and a verb of the catalogue (verbAt) either among
// the four tokens before that number (its verb: "visited more than
// 100") or after the clause, as a finite verb "were"/"was" and a verb
// ("... were visited", "... were later charged").
func describesCounted(toks []token, i int, action func(j int) bool) bool {
	rel := -1
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		if t.kind == tNum || t.kind == tSym || sentenceEnd(t) {
			return false
		}
		if t.kind == tWord && t.is(relativeWords...) {
			rel = k
			break
		}
		if _, ok := readNumber(toks, k, false); ok && !toks[k].is("a", "an") {
			return false
		}
	}
	if rel < 1 {
		return false
	}
	num := -1
	for k := rel - 1; k >= 0 && !sentenceEnd(toks[k]); k-- {
		if k > 0 && toks[k-1].is("aged", "age") {
			continue // "people aged 17 and under": an age, not the figure
		}
		if n, ok := readNumber(toks, k, false); ok && !n.article {
			num = k
			break
		}
	}
	if num < 0 {
		return false
	}
	// "a dozen": the article opens the figure
	if num > 0 && toks[num-1].is("a", "an") {
		if n, ok := readNumber(toks, num-1, false); ok && n.to > num {
			num--
		}
	}
	finite := -1
	for k := i + 1; k < len(toks) && !sentenceEnd(toks[k]); k++ {
		if _, ok := readNumber(toks, k, false); ok && !toks[k].is("a", "an", "one") || toks[k].kind == tSym {
			return false
		}
		if finite < 0 && k > i+1 && toks[k].is("were", "was") {
			v := k + 1
			for v < len(toks) && toks[v].is(verbFillers...) {
				v++
			}
			if v < len(toks) && action(v) {
				finite = k
			}
		}
	}
	if finite >= 0 {
		return true
	}
	for k := num - 1; k >= 0 && k >= num-4 && !sentenceEnd(toks[k]) && toks[k].norm != ","; k-- {
		if toks[k].kind == tWord && action(k) {
			return true
		}
	}
	return false
}

// checkVerbs are the verbs of checking that open a clause of purpose
// after "to": what follows is what the act was to find or make sure of.
var checkVerbs = []string{"check", "ensure", "confirm", "establish", "verify", "see", "determine", "assess", "reassure", "satisfy"}

// purposeNot reports that "not" at token i stands in a clause of purpose
// after a figure (see plainUse): back from i in its sentence, words only,
// to "to" and a verb of checking ("to check", "to make sure"), and a
// number before that in the sentence; no number from i to the
// sentence's end.
func purposeNot(toks []token, i int) bool {
	open := -1
	for k := i - 1; k > 0 && !sentenceEnd(toks[k]); k-- {
		if toks[k].kind == tNum || toks[k].kind == tSym {
			return false
		}
		if _, ok := readNumber(toks, k, false); ok && !toks[k].is("a", "an", "one") {
			return false
		}
		if toks[k-1].is("to") && (toks[k].is(checkVerbs...) || toks[k].is("make") && k+1 < i && toks[k+1].is("sure")) {
			open = k - 1
			break
		}
	}
	if open < 1 {
		return false
	}
	for k := i + 1; k < len(toks) && !sentenceEnd(toks[k]); k++ {
		if _, ok := readNumber(toks, k, false); ok && !toks[k].is("a", "an", "one") || toks[k].kind == tSym {
			return false
		}
	}
	for k := open - 1; k >= 0 && !sentenceEnd(toks[k]); k-- {
		if n, ok := readNumber(toks, k, false); ok && !n.article {
			return true
		}
	}
	return false
}

// sentenceEnd reports a token that ends a sentence or a clause of a list:
// ".", ";", ":", "!", "?".
func sentenceEnd(t token) bool {
	return t.kind == tPunct && (t.norm == "." || t.norm == ";" || t.norm == ":" || t.norm == "!" || t.norm == "?")
}

// figureAfter reports a number in the clause from token i: what a modal
// "mean" takes ("could mean 40 more arrests") is a forecast. "One thing"
// counts nothing.
func figureAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && toks[k].kind != tPunct; k++ {
		if toks[k].kind == tNum || toks[k].kind == tSym {
			return true
		}
		if _, ok := readNumber(toks, k, false); ok && !(toks[k].is("one") && k+1 < len(toks) && toks[k+1].is("thing")) {
			return true
		}
	}
	return false
}

// modals are the verbs after which a verb stands in its base form.
var modals = map[string]bool{"can": true, "could": true, "will": true, "would": true, "may": true, "might": true, "should": true, "must": true}

// modal reports a modal verb at token t; "May" written with a capital
// is the month ("Since May 2014").
func modal(t token) bool { return modals[t.norm] && !(t.is("may") && capitalised(t)) }

// ownVerb reports a verb straight before token i that "up"/"down" is
// the particle of, and no word of what was done to a figure's thing
// ("45 people arrested down on ..."): a present participle ("cracking
// down on"), a base form after "to" or a modal ("to crack down on"), or
// a past form whose clause holds no figure before it ("as police clamped
// down on"; not "12 warrants were executed up on May": the figure's own
// verb, the figure a change).
func ownVerb(toks []token, i int, action func(j int) bool) bool {
	j := i - 1
	if j < 0 || toks[j].kind != tWord || action(j) {
		return false
	}
	w := toks[j].norm
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ing"):
		return true
	case j > 0 && (toks[j-1].is("to") || modals[toks[j-1].norm]):
		return true
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		for k := j - 1; k >= 0 && toks[k].kind != tPunct && !toks[k].is(clauseOpeners...); k-- {
			if toks[k].kind == tNum || toks[k].kind == tSym || toks[k].is("were", "was", "been", "are", "is", "be") {
				return false
			}
		}
		return true
	}
	return false
}

// clauseOpeners open a clause of their own inside a sentence: "45 people
// were arrested as police clamped down on the gangs".
var clauseOpeners = []string{"as", "when", "while", "whilst", "after", "before", "because", "since", "where", "and", "but"}

// afterSuperlative reports a superlative before token i in its clause,
// after a determiner or a possessive: "its most successful week", "the
// biggest haul", "Staffordshire's best".
func afterSuperlative(toks []token, i int) bool {
	for j := i - 1; j > 0; j-- {
		t := toks[j]
		if t.kind == tNum || t.kind == tPunct && t.norm != "’" && t.norm != "'" {
			return false
		}
		if t.kind != tWord || !superlative(t.norm) {
			continue
		}
		b := toks[j-1]
		if b.kind == tWord && (funcWords[b.norm] == "det" || strings.HasSuffix(b.text, "'s") || strings.HasSuffix(b.text, "’s")) {
			return true
		}
	}
	return false
}

// superlative reports "most", "best" and the superlatives of short
// adjectives ("biggest", "largest", "highest", "busiest").
func superlative(w string) bool {
	switch w {
	case "most", "best", "worst", "biggest", "largest", "highest", "greatest", "strongest", "busiest", "finest", "toughest", "widest", "heaviest":
		return true
	}
	return false
}

// comparesWith reports that what follows token i is what a change is
// measured from: a number or year, a period ("last year", "the previous
// week"), or "the same".
func comparesWith(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	t := toks[i]
	if t.kind == tNum || t.kind == tSym {
		return true
	}
	if t.is("the", "a", "its", "their") && i+1 < len(toks) {
		t = toks[i+1]
	}
	if t.kind == tNum || t.kind == tSym { // "down on the 60 of last year"
		return true
	}
	return t.is("last", "previous", "prior", "same", "this", "that", "week", "year", "month", "corresponding", "earlier")
}

// verbAt reports the word at j as a verb of the catalogue: an action or
// an allowed word of a metric ("executed", "made", "carried out") that
// is no noun of a thing or of people.
func (r *Reader) verbAt(toks []token) func(j int) bool {
	return func(j int) bool {
		e, n := r.lex.match(toks, j)
		return n > 0 && (elem{kind: eLex, e: e}).verbLike()
	}
}

// actionAt reports the word at j as one of what was done to a figure's
// thing in the catalogue ("arrested", "seized", "closed").
func (r *Reader) actionAt(toks []token) func(j int) bool {
	return func(j int) bool {
		e, n := r.lex.match(toks, j)
		return n > 0 && e.has(rAction)
	}
}
