package phrase

import "strings"

// A word that changes what a figure means ("to date", "down on", "mean")
// is also an ordinary word of other constructions, where it changes
// nothing:
//   - "to date" after a superlative says the week was the best so far,
//     not that its figures are cumulative: "one person safeguarded during
//     Staffordshire's most successful County Lines Intensification Week
//     to date";
//   - "up on"/"down on" compare only with what follows them, a period or
//     a figure ("down on last year", "up on 2023"); "cracking down on
//     county line drugs operations" compares nothing;
//   - a noun of averages after a modal verb is a verb: "can only mean one
//     thing".

// plainUse reports that the changer entry e, matched at token i over n
// tokens, is used in one of those constructions.
func plainUse(toks []token, i, n int, e *entry) bool {
	switch e.text {
	case "to date":
		return afterSuperlative(toks, i)
	case "up on", "down on":
		return !comparesWith(toks, i+n)
	case "mean":
		j := i - 1
		if j >= 0 && toks[j].is("only", "also", "just") {
			j--
		}
		return j >= 0 && modals[toks[j].norm]
	}
	return false
}

// modals are the verbs after which a changer noun is a verb.
var modals = map[string]bool{"can": true, "could": true, "will": true, "would": true, "may": true, "might": true, "should": true, "must": true}

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
