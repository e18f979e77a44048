package phrase

import (
	"sort"
	"strings"
)

// A verb is taught once, in any of its forms, and read in all of them:
// "closed" in metrics.csv reads "close", "closes", "closing" too, and
// "taken down" reads "take down", "took down", "taking down". The forms
// are made by English spelling rules; one that is already a word of the
// lexicon keeps its own meaning ("charged" makes no "charge": that is the
// object of charges).

// irregularVerbs: lemma, past, past participle.
var irregularVerbs = [][3]string{
	{"take", "took", "taken"}, {"give", "gave", "given"}, {"speak", "spoke", "spoken"},
	{"meet", "met", "met"}, {"teach", "taught", "taught"}, {"find", "found", "found"},
	{"hold", "held", "held"}, {"bring", "brought", "brought"}, {"shut", "shut", "shut"},
	{"put", "put", "put"}, {"make", "made", "made"}, {"do", "did", "done"},
	{"seek", "sought", "sought"}, {"catch", "caught", "caught"}, {"get", "got", "got"},
	{"see", "saw", "seen"}, {"lead", "led", "led"}, {"set", "set", "set"},
	{"break", "broke", "broken"}, {"keep", "kept", "kept"}, {"send", "sent", "sent"},
	{"hear", "heard", "heard"}, {"tell", "told", "told"}, {"win", "won", "won"},
	{"undertake", "undertook", "undertaken"}, {"overtake", "overtook", "overtaken"},
	{"seize", "seized", "seized"},
}

// noFormsFrom are forms that are taught but make no others: a participle
// that describes its noun ("exploited individuals": "exploiting" would
// name who exploits them).
var noFormsFrom = map[string]bool{"exploited": true, "vulnerable": true}

// notVerbForms are forms the rules would make that English uses as nouns
// of another meaning: "a meeting", "a finding", "a holding".
var notVerbForms = map[string]bool{
	"meeting": true, "finding": true, "holding": true, "building": true, "setting": true, "hearing": true,
	"training": true, "warning": true, "offering": true, "dealing": true, "housing": true, "being": true,
	"saw": true, "put": true, "set": true, "lead": true, "got": true, "did": true,
}

// verbForms returns the other forms of the verb that begins phrase, with
// the rest of the phrase kept: "taken down" gives "take down", "took
// down", "takes down", "taking down". A phrase whose first word does not
// read as a verb form gives nothing.
func verbForms(phrase string) []string {
	words := strings.Fields(strings.ToLower(phrase))
	if len(words) == 0 || noFormsFrom[words[0]] {
		return nil
	}
	w, rest := words[0], strings.Join(words[1:], " ")
	var lemmas []string
	for _, iv := range irregularVerbs {
		if w == iv[0] || w == iv[1] || w == iv[2] {
			lemmas = append(lemmas, iv[0])
		}
	}
	if lemmas == nil {
		lemmas = lemmaGuesses(w)
	}
	if lemmas == nil {
		return nil
	}
	var out []string
	seen := map[string]bool{w: true}
	add := func(f string) {
		if f == "" || seen[f] || notVerbForms[f] {
			return
		}
		seen[f] = true
		if rest != "" {
			f += " " + rest
		}
		out = append(out, f)
	}
	for _, l := range lemmas {
		for _, f := range inflect(l) {
			add(f)
		}
	}
	return out
}

// lemmaGuesses are the lemmas a regular "-ed" or "-ing" form may come
// from: "closed" close/clos, "stopped" stop, "carried" carry. A guess
// that is no word only makes forms nobody writes.
func lemmaGuesses(w string) []string {
	var base string
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ied"):
		return []string{w[:len(w)-3] + "y"}
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		base = w[:len(w)-2]
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		base = w[:len(w)-3]
	default:
		return nil
	}
	out := []string{base, base + "e"}
	if n := len(base); n > 2 && base[n-1] == base[n-2] && !strings.ContainsRune("aeiouls", rune(base[n-1])) {
		out = append(out, base[:n-1]) // stopped, referred, submitted
	}
	return out
}

// inflect gives a lemma's forms: itself, "-s", "-ed", "-ing", and its
// irregular past and participle in place of "-ed".
func inflect(l string) []string {
	n := len(l)
	if n < 2 {
		return nil
	}
	var past, ing, third string
	switch {
	case strings.HasSuffix(l, "ee"):
		past, ing, third = l+"d", l+"ing", l+"s"
	case strings.HasSuffix(l, "e"):
		past, ing, third = l+"d", l[:n-1]+"ing", l+"s"
	case strings.HasSuffix(l, "y") && !strings.ContainsRune("aeiou", rune(l[n-2])):
		past, ing, third = l[:n-1]+"ied", l+"ing", l[:n-1]+"ies"
	default:
		past, ing, third = l+"ed", l+"ing", l+"s"
		if strings.ContainsRune("sxz", rune(l[n-1])) || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "sh") {
			third = l + "es"
		}
	}
	// stop: stopped, stopping; refer: referred, referring; shut: shutting.
	doubled := n >= 3 && !strings.ContainsRune("aeiouwxy", rune(l[n-1])) && strings.ContainsRune("aeiou", rune(l[n-2])) && !strings.ContainsRune("aeiou", rune(l[n-3]))
	for _, iv := range irregularVerbs {
		if iv[0] == l {
			out := []string{l, third, iv[1], iv[2], ing}
			if doubled {
				out[4] = l + string(l[n-1]) + "ing"
			}
			return out
		}
	}
	out := []string{l, third, past, ing}
	if doubled {
		out = append(out, l+string(l[n-1])+"ed", l+string(l[n-1])+"ing")
	}
	return out
}

// addVerbForms teaches the lexicon the other forms of every action and
// allowed verb, where the form is not a word of its own already.
func (l *lexicon) addVerbForms() {
	known := map[string]bool{}
	var sources []*entry
	for n, e := range l.all {
		known[n] = true
		if e.has(rAction) || e.has(rAllow) {
			sources = append(sources, e)
		}
	}
	// Map order must not decide anything: sort the sources.
	sort.Slice(sources, func(i, j int) bool { return sources[i].text < sources[j].text })
	for _, e := range sources {
		for _, f := range verbForms(e.text) {
			if known[normPhrase(f)] {
				continue
			}
			for _, s := range e.senses {
				if s.role == rAction || s.role == rAllow {
					l.add(f, s)
				}
			}
		}
	}
}
