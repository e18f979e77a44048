package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

// The allow rule for a note beside a figure (review23 R1, R4, R6, R14,
// R15, R16): a note lets the figure load only when every word of it is
// known to leave the figure standing. The notes that say why a figure is
// not the week's count (not final, another's, a part of the week, another
// period, words.csv's note words that refuse) refuse it first, each with
// its own message; what is left is the note whose words were never judged
// ("running total", "op total", "juveniles", "+ 5", "midweek", "R12M",
// "rest to follow"), and a deny list of bad words never ends. Such a note
// refuses the figure naming its first unknown word, so that a note nobody
// taught us costs a missing figure, never a wrong one.
//
// Known to leave the figure standing:
//   - words.csv's note words whose meaning is "stands", "status" or
//     "rank" (with a capitalised name: "DS Smith"), a hedge ("estimate",
//     "best guess"), "known" (words of no weight: "in", "confirmed",
//     "as per"), and a refusing note word said not to be there ("no
//     double counting", "excl. other ops", "duplicates removed");
//   - the week's own days and dates ("Mon-Sun", "w/e 17/10/2021", "all on
//     14/10"), its own week number and year;
//   - the force's own names and the operation's ("Kent Police figure",
//     a name the return gives its operation), and a place after "in", "at", "across" or "includes"
//     ("mostly in Medway": a part of the force kept to or left out is
//     judged before, noteWhose);
//   - the words of the figure's own metric and of its label ("43 arrests");
//   - a count of the note's own, of things any metric or item counts or of
//     people (words.csv note words "counted", metrics' and items' words,
//     people's words: "incl. 7 under 18", "5 remanded", "3 from London"),
//     or of another period to compare ("30 last week", "120 YTD": note
//     words "compares"); those words without a count of the note's own
//     are not known ("juveniles", "remanded", "YTD");
//   - the figure's own number, and a number after a pointer ("see note 1",
//     "see tab 2");
//   - punctuation, and "£" "€" "&" "/" "#" "*".

// noteUnknown is the first word of note, said beside fact f of the label
// label, not known to leave the figure standing (quoted as it is written
// where it can be); "" when every word is known.
func (x *extractor) noteUnknown(note, label string, f *etl.Fact) string {
	note = pointerRef.ReplaceAllString(note, " ") // "see note 1", "see tab 2"
	note = x.withoutDenied(note)                  // "no double counting", "duplicates removed"
	if note = x.withoutStanding(note); note == "" {
		return ""
	}
	// where the people or things came from ("3 from London", "from
	// Essex, London and Merseyside"): the words of a count of the note's
	// own
	b := x.beside(note)
	origin := b != note
	noteCount := origin
	for _, t := range allowTokens(b) {
		if n, ok := tokenNumber(t.text); ok && (f.Value == nil || n != *f.Value) {
			noteCount = true // a count of the note's own
		}
	}
	for _, cl := range splitClauses(b) {
		if w := x.clauseUnknown(cl, label, f, origin, noteCount); w != "" {
			return w
		}
	}
	return ""
}

// pointerRef is a place a note points at by its number: "note 1", "tab
// 2", "sheet 3", "row 12".
var pointerRef = regexp.MustCompile(`(?i)\b(?:notes?|tabs?|sheets?|pages?|rows?|lines?|appendix|annex|ref)\.?\s*(?:no\.?\s*|#\s*)?\d+\b`)

// allowKind is how a known word leaves a figure standing.
type allowKind int

const (
	allowAlways   allowKind = iota // "in", "confirmed", the metric's own words
	allowOutcome                   // "remanded", "charged": with a count of the note's own, or "all"
	allowCompares                  // "last week", "YTD": with a count of the note's own
	allowCounted                   // "juveniles", "warrant": with a count of the note's own
)

// The kinds are in order of how much they allow: a word of two kinds
// is read as the one that allows more ("charged": what became of those
// counted, and a measure's word).

// allowWord is a known word or phrase, as noteTokens.
type allowWord struct {
	tokens []string
	kind   allowKind
}

// clauseUnknown is noteUnknown of one clause of a note.
func (x *extractor) clauseUnknown(cl, label string, f *etl.Fact, origin, noteCount bool) string {
	if strings.TrimSpace(cl) == "" || x.hedgeAlone(cl) != "" {
		return "" // "estimate", "approx."
	}
	if v, err := ParseText(cl); err == nil && v.Num != nil && (f.Value != nil && *v.Num == *f.Value || v.Qualifier == etl.Exact && bareNumber.MatchString(cl)) &&
		!(v.Qualifier == etl.Exact && remarkAfter.MatchString(cl)) {
		// "43", "approx 43"; a figure typed alone in a note ("2") is
		// named as one (note_figure); the words of a remark in brackets
		// after it are judged as the note's ("43 (min)": review28 R3)
		return ""
	}
	if m := partCounted.FindStringIndex(cl); m != nil {
		// "12 of these were for possession with intent": what a part
		// counted out of the figure was; the words that make it not the
		// week's count are judged before (noteWordsSay, noteWhen)
		cl = cl[:m[0]]
	}
	cl = x.withoutOwnNames(cl)
	weekNamed := weekMark.MatchString(cl)
	cl, other := x.withoutOwnDates(cl)
	if other != "" && !(weekNamed && countBesideDate(cl, f)) {
		return other // "up to 18/10", "extracted 14/10"
	}
	// "38 w/e 10/10/2021": another period's figure beside it
	otherCount := other != ""
	toks := allowTokens(cl)
	known := x.allowVocab(label, f)
	type seen struct {
		words  string
		kind   allowKind
		num    bool // a number not the figure's own
		figure bool // the figure's own number
	}
	var ws []seen
	counted, compares, ownCount, placed := origin, otherCount, origin, false
	for i := 0; i < len(toks); {
		t := toks[i]
		if n, ok := tokenNumber(t.text); ok && i+1 < len(toks) && timeSpanWord[toks[i+1].low] && (n == float64(x.weekDays()) && strings.HasPrefix(toks[i+1].low, "day") ||
			i >= 2 && toks[i-1].low == "within" && slices.ContainsFunc(ws, func(w seen) bool { return w.kind == allowOutcome && !w.num })) {
			// "all 7 days": the week's own length; "charged within 2
			// days": when what became of those counted came, no
			// count. Any other span ("48 hours", "3 days") may be a
			// part of the week: not known
			if n != float64(x.weekDays()) {
				ownCount = true // said of those counted, as "all charged" is
			}
			i += 2
			continue
		}
		if _, ok := tokenNumber(t.text); ok && i > 0 && ageWord[toks[i-1].low] {
			// "3 aged 12 years", "2 aged 15": who those counted were,
			// no count of the note's own
			i++
			if i < len(toks) && periodUnit[toks[i].low] {
				i++
			}
			continue
		}
		if _, ok := tokenNumber(t.text); ok && i+1 < len(toks) && periodUnit[toks[i+1].low] && i > 0 && spanBefore[toks[i-1].low] &&
			slices.ContainsFunc(ws, func(w seen) bool { return w.num }) {
			// "2 in 12 months": the stretch a count of the note's
			// own was made over, compared with the figure ("43 in
			// 12 months" beside 43, "in 12 months" are not known)
			compares = true
			i += 2
			continue
		}
		if n, ok := tokenNumber(t.text); ok {
			if n >= 1990 && n <= 2099 && len(t.text) == 4 && i+1 < len(toks) {
				if _, next := tokenNumber(toks[i+1].text); next {
					compares = true // "2020: 38": another year's figure beside it
					i++
					continue
				}
			}
			own := f.Value != nil && n == *f.Value
			if !own && t.text != "" {
				ownCount = true
			}
			ws = append(ws, seen{words: t.text, num: !own, figure: own})
			i++
			if !own && i < len(toks) && toks[i].low == "by" && (i+1 == len(toks) || toks[i+1].place && x.ownActor(toks[i+1:])) {
				// "5 by Specials", "5 by Response", "5 by Kent Police"
				// (its own name taken out): a count of the note's own
				// and who made it, the force's own (another force or
				// body is refused before: othersNamed)
				counted = true
				for i++; i < len(toks) && toks[i].place; i++ {
				}
			}
			continue
		}
		if weekdayWord.MatchString(t.low) && weekdayWord.FindString(t.low) == t.low || monthWord(t.low) || t.low == "weekend" || t.low == "weekends" {
			i++ // a day of the week: judged as a part of it before
			continue
		}
		if (t.low == "op" || t.low == "operation" || t.low == "opp") && i+1 < len(toks) && toks[i+1].place {
			// "incl. Op Venice": an operation the return does not name
			// as its own (withoutOwnNames)
			return t.text + " " + toks[i+1].text
		}
		n, exact := 0, false
		var kind allowKind
		for _, w := range known {
			if i+len(w.tokens) > len(toks) || len(w.tokens) < n || !tokensStem(toks[i:i+len(w.tokens)], w.tokens) {
				continue
			}
			// the longest; of two as long, the one written so
			// ("target", not "targeted"), then the one that allows more
			ex := tokensExact(toks[i:i+len(w.tokens)], w.tokens)
			if len(w.tokens) > n || ex && !exact || ex == exact && w.kind < kind {
				n, kind, exact = len(w.tokens), w.kind, ex
			}
		}
		if n == 0 && t.place && (origin || placed || i > 0 && placeWords[toks[i-1].low]) {
			placed = true // "mostly in Medway", "in Dover and Folkestone"
			i++
			continue
		}
		if n == 0 {
			return t.text
		}
		words := make([]string, n)
		for k := range n {
			words[k] = toks[i+k].text
		}
		if i > 0 && toks[i-1].low == "all" && (kind == allowOutcome || kind == allowCounted && noteCount) {
			// "all charged": what became of every one counted; "5
			// remanded - all adults": who they were
			kind = allowAlways
		}
		ws = append(ws, seen{words: strings.Join(words, " "), kind: kind})
		switch kind {
		case allowCounted, allowOutcome:
			counted = true
		case allowCompares:
			compares = true
		}
		i += n
	}
	for k, w := range ws {
		if w.figure && k+1 < len(ws) && (ws[k+1].kind == allowCounted || ws[k+1].kind == allowOutcome) && !ws[k+1].num && !ws[k+1].figure {
			ownCount = true // "includes 7 under 18" beside 7: a count of the note's own
		}
	}
	for _, w := range ws {
		switch {
		case w.num && !counted && !compares:
			return w.words // "+ 5", "weeks 41-42": a number of nothing known
		case (w.kind == allowCounted || w.kind == allowCompares || w.kind == allowOutcome) && !w.num && !ownCount:
			return w.words // "juveniles", "YTD": the figure's, with no count of the note's own
		}
	}
	return ""
}

// figureRenamed is the words a note writes straight after the
// figure's own number, or after who they were ("suspects"), when they
// name another measure than the figure's (otherMeasure): "43 warrants",
// "43 suspects identified" beside arrests 43, "20 found" beside
// safeguarded 20 say the figure is that measure (review26 R11). A count
// after an including word is a part of the figure ("includes 7 under
// 18" beside 7). "" for none.
func (x *extractor) figureRenamed(note, label string, f *etl.Fact) string {
	if f.Value == nil {
		return ""
	}
	toks := allowTokens(note)
	var known []allowWord
	for i, t := range toks {
		if n, ok := tokenNumber(t.text); !ok || n != *f.Value || i > 0 && includingWord[toks[i-1].low] {
			continue
		}
		for j, hop := i+1, 0; j < len(toks) && hop < 2; hop++ {
			if x.qualifiesOwn(toks[j:], f) || x.familyWord(toks[j:j+1], f, true) {
				break // "43 drug arrests", "20 children found": the figure's own noun reached
			}
			if known == nil {
				known = x.allowVocab(label, f)
			}
			n, kind := 0, allowAlways
			for _, w := range known {
				if len(w.tokens) > n && j+len(w.tokens) <= len(toks) && tokensStem(toks[j:j+len(w.tokens)], w.tokens) {
					n, kind = len(w.tokens), w.kind
				}
			}
			if o := x.otherMeasureAt(toks[j:], f); o > 0 && (n <= o || kind != allowCounted) {
				// another measure's words, unless they begin longer
				// words of who they were ("43 drug dealers")
				words := make([]string, o)
				for k := range o {
					words[k] = toks[j+k].text
				}
				return strings.Join(words, " ")
			}
			if n == 0 || kind != allowCounted {
				break // only who they were ("suspects") may stand between
			}
			j += n
		}
	}
	return ""
}

// otherMeasureAt is how many of toks, from the first, name another
// measure than f's (otherMeasure), the longest; 0 for none, and for
// words whose longest reading is the figure's own measure: "1,900 other
// drugs tablets" beside other drugs' tablets is the item's own name,
// never "other" (an item of another kind), as a press release's sentence
// the draft writes beside its figure says it.
func (x *extractor) otherMeasureAt(toks []allowToken, f *etl.Fact) int {
	for n := min(4, len(toks)); n > 0; n-- {
		words := make([]string, n)
		for k := range n {
			words[k] = toks[k].low
		}
		switch x.otherMeasure(strings.Join(words, " "), f) {
		case measureOther:
			return n
		case measureOwn:
			return 0
		}
	}
	return 0
}

// qualifiesOwn reports whether toks begin with words that qualify the
// figure's own noun or verb, the longest run up to and including it
// (review27 W4): "drug arrests", "drug-related arrests", "stop and
// search arrests", "heroin dealers arrested" beside arrests, "drug
// phones" beside phones, "identified and safeguarded" beside
// safeguarded. Another measure's word there names what the figure's own
// were, not another measure. No number may stand in the run ("43
// warrants and 5 arrests"), and "and" only as one phrase's ("stop and
// search") or straight before the figure's own verb ("identified and
// safeguarded"; "43 warrants and arrests" is not).
func (x *extractor) qualifiesOwn(toks []allowToken, f *etl.Fact) bool {
	for e := min(5, len(toks)); e >= 2; e-- {
		for s := 1; s < e && s <= 3; s++ {
			if !x.familyWord(toks[s:e], f, false) || !x.qualifier(toks[:s], f) {
				continue
			}
			if last := toks[s-1].low; (last == "and" || last == "or") && !x.familyVerb(toks[s:e], f) {
				continue
			}
			return true
		}
	}
	return false
}

// qualifier reports whether a run of words may qualify the figure's own
// noun: no number, and "and" or "or" inside it only as one phrase of
// another measure's ("stop and search").
func (x *extractor) qualifier(toks []allowToken, f *etl.Fact) bool {
	words := make([]string, len(toks))
	joined := false
	for k, t := range toks {
		if _, ok := tokenNumber(t.text); ok {
			return false
		}
		if linkWord[t.low] {
			return false // "20 identified as vulnerable": the figure's own word is said of something else
		}
		words[k] = t.low
		joined = joined || k < len(toks)-1 && (t.low == "and" || t.low == "or")
	}
	return !joined || x.otherMeasure(strings.Join(words, " "), f) != measureNone
}

// linkWord joins a qualifier's words to something else than the noun
// after them: "identified as vulnerable", "searched for drugs".
var linkWord = map[string]bool{"as": true, "of": true, "for": true, "by": true, "with": true, "from": true, "to": true, "in": true, "at": true, "on": true,
	"not": true, "no": true, "without": true, "excluding": true, "excl": true, "exc": true, "incl": true, "including": true, "inc": true, "plus": true, "than": true}

// familyWord reports whether toks are, all of them, a word of the
// figure's own metric, its parent's or its parts': with nouns its
// label, a synonym or an object; else also an action or a modifier.
func (x *extractor) familyWord(toks []allowToken, f *etl.Fact, nouns bool) bool {
	if x.ownItem(toks, f) {
		return true // "4 drug knives" beside weapons
	}
	return x.familyHas(toks, f, false, func(m catalog.Metric) []string {
		if nouns {
			return slices.Concat([]string{m.Label}, m.Synonyms, m.Objects)
		}
		return slices.Concat([]string{m.Label}, m.Synonyms, m.Objects, m.Actions, m.Modifiers)
	})
}

// familyVerb reports whether toks are an action word of the figure's
// own metric or its family's as written ("safeguarded", "arrested";
// not "arrests": "43 warrants and arrests").
func (x *extractor) familyVerb(toks []allowToken, f *etl.Fact) bool {
	return x.familyHas(toks, f, true, func(m catalog.Metric) []string { return m.Actions })
}

// ownItem reports whether toks name an item of the figure's own kind
// ("knives" beside weapons, "phones" beside phones).
func (x *extractor) ownItem(toks []allowToken, f *etl.Fact) bool {
	own, _ := x.cat.Metric(f.Metric)
	kind := own.ItemKind
	if p, ok := x.cat.Metric(own.Parent); ok && kind == "" {
		kind = p.ItemKind
	}
	if kind == "" {
		return false
	}
	ts := lowTokens(toks)
	for _, it := range x.cat.Items {
		if it.Kind == kind && slices.ContainsFunc(append([]string{it.Label}, it.Synonyms...), func(w string) bool { return sameWords(ts, noteTokens(w)) }) {
			return true
		}
	}
	return false
}

// lowTokens are toks' words, as noteTokens reads them.
func lowTokens(toks []allowToken) []string {
	ws := make([]string, len(toks))
	for k, t := range toks {
		ws[k] = t.low
	}
	return noteTokens(strings.Join(ws, " "))
}

// familyHas reports whether toks are one of the words of the figure's
// own metric, its parent's or its parts' that of gives, as written when
// exact, else also with a plural ending.
func (x *extractor) familyHas(toks []allowToken, f *etl.Fact, exact bool, of func(catalog.Metric) []string) bool {
	ts := lowTokens(toks)
	if len(ts) == 0 {
		return false
	}
	own, _ := x.cat.Metric(f.Metric)
	for _, m := range x.cat.Metrics {
		if m.Code != own.Code && m.Code != own.Parent && m.Parent != own.Code && (own.Parent == "" || m.Parent != own.Parent) {
			continue
		}
		if slices.ContainsFunc(of(m), func(w string) bool {
			return sameWords(ts, noteTokens(w)) && (!exact || strings.Join(ts, " ") == strings.Join(noteTokens(w), " "))
		}) {
			return true
		}
	}
	return false
}

// sameWords reports whether a note's words ts are the words ws, each
// as written or with a plural ending.
func sameWords(ts, ws []string) bool {
	if len(ws) != len(ts) {
		return false
	}
	for k := range ws {
		if t := ts[k]; t != ws[k] && t != ws[k]+"s" && t != ws[k]+"es" {
			return false
		}
	}
	return true
}

// measureSaid is what words after a figure's own number say it is.
type measureSaid int

const (
	measureNone  measureSaid = iota // no measure's words
	measureOwn                      // the figure's own, who they were, what became of them
	measureOther                    // another measure
)

// includingWord says the count after it is a part of the figure:
// "includes 7 under 18" beside 7.
var includingWord = map[string]bool{"includes": true, "including": true, "incl": true, "inc": true, "included": true, "inclusive": true, "of": true, "which": true, "whom": true}

// otherMeasure is what words a note writes straight after the
// figure's own number say it is: another measure than the figure's
// (review26 R11): a word any metric's label_other says is another measure ("20
// found" beside safeguarded 20, "43 identified"), or the name of what
// another metric counts ("43 warrants", "43 offences", "43 stop and
// search", "20 referrals") or of an item of another kind ("43 knives"
// beside arrests). What became of those counted, another metric's
// action word ("43 charged", "43 cautioned"), any word of the figure's
// own metric, its parent's or its parts' ("43 arrested", "43
// juveniles"), and the name of an item of its own kind ("other drugs"
// beside other drugs' tablets) are its own.
func (x *extractor) otherMeasure(words string, f *etl.Fact) measureSaid {
	ts := noteTokens(words)
	if len(ts) == 0 {
		return measureNone
	}
	same := func(w string) bool { return sameWords(ts, noteTokens(w)) }
	exact := func(w string) bool { return strings.Join(noteTokens(w), " ") == strings.Join(ts, " ") }
	own, _ := x.cat.Metric(f.Metric)
	family := func(m catalog.Metric) bool {
		return m.Code == own.Code || m.Code == own.Parent || m.Parent == own.Code || own.Parent != "" && m.Parent == own.Parent
	}
	for _, m := range x.cat.Metrics {
		if !family(m) {
			continue
		}
		for _, w := range slices.Concat([]string{m.Label}, m.Synonyms, m.Actions, m.Objects, m.Modifiers) {
			if same(w) {
				return measureOwn // "43 arrests", "43 arrested"
			}
		}
	}
	for _, m := range x.cat.Metrics {
		if slices.ContainsFunc(m.Modifiers, same) {
			return measureOwn // "7 under 18", "43 juveniles": who they were
		}
	}
	for _, m := range x.cat.Metrics {
		if slices.ContainsFunc(m.LabelOther, same) {
			return measureOther // "20 found", "43 identified"
		}
	}
	other, became := false, false
	for _, m := range x.cat.Metrics {
		if slices.ContainsFunc(m.Actions, exact) {
			// "43 charged" beside arrests: what became of them, when
			// both count people; "43 stopped" (lines closed), "43
			// seized", "21 arrested" beside warrants: another measure
			became = became || m.Unit == "people" && own.Unit == "people"
			other = other || !became
		}
		if !family(m) && slices.ContainsFunc(slices.Concat([]string{m.Label}, m.Synonyms, m.Objects), same) {
			other = true
		}
	}
	if became {
		return measureOwn
	}
	if other {
		return measureOther
	}
	kind := own.ItemKind
	if p, ok := x.cat.Metric(own.Parent); ok && kind == "" {
		kind = p.ItemKind
	}
	said := measureNone
	for _, it := range x.cat.Items {
		if slices.ContainsFunc(append([]string{it.Label}, it.Synonyms...), same) {
			if it.Kind == kind && kind != "" {
				return measureOwn // "other drugs" beside other drugs' tablets
			}
			said = measureOther
		}
	}
	return said
}

// beforeDayEnd reports whether a bound ("to 16:00 on Sunday") holds a
// time of day before the very end of its day.
func beforeDayEnd(bound string) bool {
	for _, t := range timeOfDayAt.FindAllString(bound, -1) {
		if !dayEndTime.MatchString(t) {
			return true
		}
	}
	return false
}

// stopsEarly is the words of a note that count its figure up to a time
// before the very end of a day ("Figures to 16:00 on Sunday", "to 16:00
// on 17/10"): the week's last day, too, then leaves hours of the week
// out, as "as at 17/10 12:00" does; "" for none. "to 23:59 on Sunday",
// "to midnight on Sunday" are the week's end.
func stopsEarly(note string) string {
	for _, m := range dayBound.FindAllString(note, -1) {
		if beforeDayEnd(m) {
			return strings.TrimSpace(m)
		}
	}
	return ""
}

// countBesideDate reports whether a clause whose dates of another
// period were taken out (withoutOwnDates) is a count of its own and
// nothing else, as another period's figure given beside the figure to
// compare is ("38 w/e 10/10/2021", "w/e 10/10/2021: 38"): a number not
// the figure's own. "incl. 5 w/e 10/10/2021" (some of it another
// week's), "43 w/e 10/10/2021" (the figure itself another week's) and a
// date alone are not.
func countBesideDate(cl string, f *etl.Fact) bool {
	ts := allowTokens(cl)
	var n float64
	seen := false
	for _, t := range ts {
		if t.text == "" {
			continue
		}
		v, ok := tokenNumber(t.text)
		if !ok || seen {
			return false
		}
		n, seen = v, true
	}
	return seen && (f.Value == nil || n != *f.Value)
}

// weekMark is a note's word of a week ("w/e", "w/c", "week", "wk"): a
// count beside another week's date is another period's figure ("38 w/e
// 10/10/2021"), a count beside a day is a part of some day's ("2
// 10/10": review26 reread E4).
var weekMark = regexp.MustCompile(`(?i)\b(?:w/?e|w/?c|weeks?|wks?)\b`)

// ownActor reports whether the capitalised words at the start of toks
// are all one of the force's own actors in words.csv (role actor,
// meaning own: "Specials", "CID", "PCSOs"): "5 by Specials". Another
// operation or body ("5 by Op Venice", "5 by Titan", "5 by Probation")
// is not (reread26 E2).
func (x *extractor) ownActor(toks []allowToken) bool {
	var ws []string
	for _, t := range toks {
		if !t.place {
			break
		}
		ws = append(ws, t.low)
	}
	name := strings.Join(ws, " ")
	for _, w := range x.cat.Words {
		if w.Role == "actor" && w.Meaning == "own" && strings.EqualFold(w.Text, name) {
			return true
		}
	}
	return false
}

// timeSpanWord, after a number, makes it a span of time, not a count:
// "within 2 days", "all 7 days".
var timeSpanWord = map[string]bool{"day": true, "days": true, "hour": true, "hours": true, "hrs": true, "hr": true}

// ageWord, before a number, makes it an age: "aged 12 years".
var ageWord = map[string]bool{"aged": true, "age": true, "ages": true}

// periodUnit, after a number, makes it a stretch of time or an age: "12
// months", "15 years".
var periodUnit = map[string]bool{"year": true, "years": true, "yrs": true, "yr": true, "month": true, "months": true, "mths": true, "mth": true,
	"week": true, "weeks": true, "wks": true, "wk": true, "day": true, "days": true, "hour": true, "hours": true, "hrs": true}

// spanBefore, before a number and a unit of time, makes them the stretch
// a count was made over: "2 in 12 months".
var spanBefore = map[string]bool{"in": true, "over": true, "within": true}

// placeWords, before a capitalised name, make it a place where the
// figure's work was done: "in Medway", "at Dover", "incl. Medway".
// partCounted is a count of a part of the figure, and what follows it: "12
// of these were ...", "3 of them ...", "of which 5 ...". partHead is the
// count without what follows it.
var (
	partCounted = regexp.MustCompile(partCount + `.*$`)
	partHead    = regexp.MustCompile(partCount)
)

const partCount = `(?i)\b(?:\d+\s+of\s+(?:these|them|those|which)|of\s+(?:these|them|which)\s+\d+)\b`

// partWhen is the words a note gives a part counted out of the figure
// that put the part in another period than the week ("3 of these were
// last week", "of which 5 were before the week", "3 of them on
// 10/10/2021", "2 of these were in September"): the figure holds
// another period's; "" for none. Such words are a note word that
// compares or holds another period's (words.csv: "last week", "YTD",
// "carried over"), a time order whose object is the week (the phrase
// reader's OutsideWeek), or a date or a month outside the week. What
// else a part was ("12 of these were for possession with intent", "3 of
// them on Sunday") is none (R4/R6).
func (x *extractor) partWhen(note string) string {
	loc := partHead.FindStringIndex(note)
	if loc == nil {
		return ""
	}
	rest := note[loc[1]:]
	ts := noteTokens(rest)
	for _, w := range x.noteVocab() {
		if w.meaning == "compares" || w.meaning == "holding figures of another period" {
			if p := findPhrase(ts, [][]string{w.tokens}); p != "" {
				return p
			}
		}
	}
	if w := x.rd.OutsideWeek(rest); w != "" {
		return w
	}
	if _, other := x.withoutOwnDates(rest); other != "" {
		return other
	}
	wk := x.week()
	for _, t := range ts {
		if m := monthOf(t); m > 0 && (wk.From.IsZero() || m != wk.From.Month() && m != wk.To.Month()) {
			return t
		}
	}
	return ""
}

// addedCount is the words of a note that add a count of its own to the
// figure beside it ("plus 5 juveniles", "+ 5 under 18", "a further 5",
// "5 more"): the figure is not the whole count, or the note's count is
// another figure's; "" for none. The adding words are words.csv's
// (meaning addition: "further", "additional", "extra", "more"; a
// hedge_after meaning at_least, "plus", "+", before the count). A count
// after an including word in its clause is a part of the figure
// ("incl. 5 juveniles plus 2 adults"), and "plus" after the figure
// alone hedges it ("43 plus") (R4/R6).
func (x *extractor) addedCount(note string) string {
	adds := func(w string, before bool) bool {
		for _, cw := range x.cat.Words {
			if strings.EqualFold(cw.Text, w) && (cw.Meaning == "addition" || before && cw.Role == "hedge_after" && cw.Meaning == string(etl.AtLeast)) {
				return true
			}
		}
		return false
	}
	for _, cl := range splitClauses(note) {
		toks := allowTokens(cl)
		lead := 0 // the clause's joining words before its first number
		for lead < len(toks) && addingJoin[toks[lead].low] {
			lead++
		}
		for i, t := range toks {
			if includingWord[t.low] {
				break
			}
			if _, ok := tokenNumber(t.text); !ok {
				continue
			}
			if i > 0 && i == lead && partHead.FindStringIndex(cl) == nil {
				// "and 5 juveniles", "also 5 juveniles": the note goes on
				// from the figure with a count of its own (review28 R2)
				return toks[i-1].text + " " + t.text
			}
			if i > 0 && adds(toks[i-1].low, true) {
				return toks[i-1].text + " " + t.text
			}
			if i+1 < len(toks) && adds(toks[i+1].low, false) {
				return t.text + " " + toks[i+1].text
			}
		}
	}
	return ""
}

// bareNumber is a note that is a number and nothing else: "2", "1,200".
var bareNumber = regexp.MustCompile(`^\s*\d[\d,]*(?:\.\d+)?\s*$`)

var placeWords = map[string]bool{"in": true, "at": true, "across": true, "around": true, "near": true, "over": true, "about": true, "above": true, "below": true, "under": true, "includes": true, "including": true, "incl": true, "inc": true, "within": true, "mostly": true, "mainly": true, "all": true}

// allowToken is a word of a note as the allow rule reads it.
type allowToken struct {
	text, low string
	place     bool // a capitalised word: a place's or a person's name, or a clause's first word
}

// allowTokens are a clause's words: runs of letters and digits (a number
// with its commas and point: "5,000"), and each sign that is no
// punctuation a word of its own ("+", "%", "="); "£", "€", "&", "/", "#",
// "*" and an apostrophe are passed over.
func allowTokens(s string) []allowToken {
	var out []allowToken
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || (rs[j] == ',' || rs[j] == '.') && j > i && j+1 < len(rs) && unicode.IsDigit(rs[j-1]) && unicode.IsDigit(rs[j+1]) || rs[j] == '\'' || rs[j] == '’') {
				j++
			}
			w := strings.TrimRight(string(rs[i:j]), "'’")
			out = append(out, allowToken{text: w, low: strings.ToLower(strings.NewReplacer("'", "", "’", "").Replace(w)), place: unicode.IsUpper(r) && !isAllUpperWord(w)})
			i = j
		case unicode.IsSpace(r) || unicode.IsPunct(r) && !strings.ContainsRune("%?", r) || strings.ContainsRune("£€&/#*", r):
			i++
		default:
			out = append(out, allowToken{text: string(r), low: string(r)})
			i++
		}
	}
	return out
}

// isAllUpperWord reports whether w is written in capitals ("RAG",
// "R12M"): a code, not a name.
func isAllUpperWord(w string) bool {
	return strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// tokenNumber is the number a token is: "43", "5,000", "2.5".
func tokenNumber(t string) (float64, bool) {
	if t == "" || !unicode.IsDigit(rune(t[0])) {
		return 0, false
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(t, ",", ""), 64)
	return n, err == nil
}

// tokensStem reports whether a note's words are a known phrase's, each
// word as written or in another form of it ("juveniles", "juvenile";
// "remanded", "remand").
func tokensStem(ts []allowToken, ws []string) bool {
	for k, w := range ws {
		if ts[k].low != w && stem(ts[k].low) != stem(w) {
			return false
		}
	}
	return true
}

// tokensExact reports whether a note's words are a known phrase's as
// written.
func tokensExact(ts []allowToken, ws []string) bool {
	for k, w := range ws {
		if ts[k].low != w {
			return false
		}
	}
	return true
}

// stem is a word without an ending that only makes it plural, past or a
// participle: "arrests", "arrested", "arresting": "arrest".
func stem(w string) string {
	for _, suf := range []string{"ies", "ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			w = strings.TrimSuffix(w, suf)
			if suf == "ies" {
				w += "y"
			}
			return strings.TrimSuffix(w, "e")
		}
	}
	return strings.TrimSuffix(w, "e")
}

// monthWord reports whether w names a month: "oct", "october".
func monthWord(w string) bool { return monthOf(w) > 0 }

// monthOf is the month w names ("oct", "october", "sept"), 0 for none.
func monthOf(w string) time.Month {
	for k, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if w == m || len(w) >= 3 && strings.HasPrefix(m, w) || w == "sept" && m == "september" {
			return time.Month(k + 1)
		}
	}
	return 0
}

// allowVocab is the words known to leave a figure standing beside fact
// f of label: words.csv's note words that do (noteVocab's "stands",
// "status", "rank", "known", the hedges; "counted" and "compares" with a
// count of the note's own), the figure's own metric's and label's words,
// and the words of what any metric or item counts or of people (with a
// count of the note's own).
func (x *extractor) allowVocab(label string, f *etl.Fact) []allowWord {
	var out []allowWord
	add := func(text string, kind allowKind) {
		if ts := noteTokens(text); len(ts) > 0 {
			out = append(out, allowWord{ts, kind})
		}
	}
	for _, w := range x.noteVocab() {
		switch {
		case w.meaning == "counted":
			out = append(out, allowWord{w.tokens, allowCounted})
		case w.meaning == "compares":
			out = append(out, allowWord{w.tokens, allowCompares})
		case w.meaning == "outcome":
			out = append(out, allowWord{w.tokens, allowOutcome})
		case standingMeaning(w.meaning) || slices.Contains(noteQualifiers, etl.Qualifier(w.meaning)):
			out = append(out, allowWord{w.tokens, allowAlways})
		}
	}
	for _, w := range x.cat.Words {
		switch {
		case w.Role == "person":
			add(w.Text, allowCounted)
		case w.Role == "hedge" || w.Role == "hedge_after" || w.Role == "neutral" && w.Meaning == "":
			// "roughly", "approximate"; "local", "total": words of no
			// weight of their own (a hedge of the figure is read
			// before, noteHedge; of the note's own count, its count's)
			add(w.Text, allowAlways)
		}
	}
	for _, m := range x.cat.Metrics {
		kind := allowCounted
		if m.Code == f.Metric {
			kind = allowAlways
		}
		for _, s := range append(append(append([]string{m.Label}, m.Synonyms...), m.Actions...), m.Objects...) {
			add(s, kind)
		}
		for _, s := range m.Allows {
			add(s, allowCounted) // "5 warrants executed": with a count of the note's own
		}
		for _, s := range m.Modifiers {
			add(s, min(kind, allowCounted)) // "under 18", "juvenile": a part, unless the metric's own
		}
	}
	for _, it := range x.cat.Items {
		kind := allowCounted
		if it.Code == f.Item && f.Item != "" {
			kind = allowAlways
		}
		for _, s := range append([]string{it.Label}, it.Synonyms...) {
			add(s, kind)
		}
	}
	add(x.withoutOwnNames(label), allowAlways)
	for _, w := range noteTokens(x.withoutOwnNames(label)) {
		add(w, allowAlways)
	}
	return out
}

// standingMeaning reports whether a note word of this meaning leaves the
// figure beside it standing: it says nothing of it ("see below"), gives
// its status ("Green") or who gave it ("DS Smith"), is a word of no
// weight ("in", "confirmed"), or counts or compares something of the
// note's own ("remanded", "last week").
func standingMeaning(m string) bool {
	switch m {
	case "stands", "status", "rank", "known", "counted", "compares", "outcome":
		return true
	}
	return false
}

// negator says that what follows is not in the figure: "no", "excl.".
var negator = map[string]bool{"no": true, "none": true, "nil": true, "excl": true, "excluding": true, "excludes": true, "excluded": true, "exc": true, "without": true, "not": true}

// turnsRound, in the two words before a denial or just after it, may
// turn it round or limit it: a second negation ("not excluding other
// ops", "not none out of force"), a word that leaves some of it there
// ("mostly other ops excluded", "not all duplicates removed").
var turnsRound = map[string]bool{"no": true, "none": true, "nil": true, "excl": true, "excluding": true, "excludes": true, "excluded": true,
	"exc": true, "without": true, "not": true, "never": true, "cannot": true, "cant": true, "nor": true, "neither": true, "dont": true,
	"doesnt": true, "didnt": true, "isnt": true, "wasnt": true, "arent": true, "werent": true, "mostly": true, "mainly": true,
	"largely": true, "partly": true, "partially": true, "just": true, "only": true, "some": true, "most": true, "half": true,
	"all": true, "except": true, "but": true, "where": true, "if": true, "when": true, "unless": true}

// withoutDenied is s without words.csv's refusing note words said not
// to be there (deniedWords), each taken out only when the negator stands
// directly before the note word (or "removed" directly after it), nothing
// in the two words before it in its clause turns it round ("not
// excluding other ops", "mostly other ops excluded", "not all
// duplicates removed"), and its clause ends after it ("no double
// counting checks done", "other ops excluded mostly", "excl duplicates
// other ops included" keep their note words).
func (x *extractor) withoutDenied(s string) string {
	var b strings.Builder
	from := 0
	for _, m := range x.deniedWords().FindAllStringIndex(s, -1) {
		before := s[:m[0]]
		if cs := noteClauses.Split(before, -1); len(cs) > 0 {
			before = cs[len(cs)-1]
		}
		bt := noteTokens(before)
		turned := false
		for k := len(bt) - 1; k >= 0 && k >= len(bt)-2; k-- {
			turned = turned || turnsRound[bt[k]]
		}
		after := strings.TrimLeft(s[m[1]:], " ")
		if turned || after != "" && !clauseEnd.MatchString(after) || limits(firstToken(noteTokens(after))) {
			continue
		}
		b.WriteString(s[from:m[0]])
		b.WriteString(" ")
		from = m[1]
	}
	b.WriteString(s[from:])
	return b.String()
}

// limits reports whether w leaves some of a denial there ("other ops
// excluded, mostly"): a word of turnsRound that is no negator.
func limits(w string) bool {
	return turnsRound[w] && !negator[w]
}

// deniedOf are the words a negator may deny a note word of: "no figures
// carried over".
var deniedOf = map[string]bool{"figures": true, "figure": true, "data": true, "numbers": true}

// clauseEnd is the start of what follows a clause: its punctuation, or
// a dash between words.
var clauseEnd = regexp.MustCompile(`^(?:[,;.|:)]|[-–—]\s)`)

// firstToken is ts's first word ("" for none).
func firstToken(ts []string) string {
	if len(ts) == 0 {
		return ""
	}
	return ts[0]
}

// withoutOwnDates is a note's clause without the week's own dates, week
// number and year ("w/e 17/10/2021", "11-17 Oct", "all on 14/10", "Week
// 41", "2021 return", "Mon-Sun"), and the first date in it that is not
// one of the week's days ("up to 18/10"; "" for none): a date the
// reader cannot put inside the week is not known to leave the figure
// standing.
func (x *extractor) withoutOwnDates(cl string) (string, string) {
	wk := x.week()
	op, opOK := x.cat.Operation(x.ret.Operation)
	other := ""
	cl = dayBound.ReplaceAllStringFunc(cl, func(m string) string {
		// a time of day at the bound ("as at 17/10 23:59", "to 23:59
		// on Sunday", "to 17/10 midnight") says when on that day the
		// count stopped: the bound without it is the week's own end
		// only when it counts to no day inside the week ("to 16:00 on
		// Thursday", "to 23:59 on 14/10" refuse; the judges before saw
		// the bound with its time), and only at the very end of the
		// day ("to 16:00 on Sunday" leaves 8 hours of the week out)
		day := strings.Join(strings.Fields(timeOfDayAt.ReplaceAllString(m, " ")), " ")
		if day != strings.Join(strings.Fields(m), " ") && x.runningInside(day) != "" {
			return m
		}
		if beforeDayEnd(m) {
			return m // "to 16:00 on Sunday": stopsEarly's
		}
		if x.rd.DayBound(x.weekWords(day), wk) {
			return " " // "up to Sunday", "as at 17/10": the week's own end
		}
		return m
	})
	cl = noteDate.ReplaceAllStringFunc(cl, func(m string) string {
		if d, ok := dayOfMonth(m, wk.From); ok && !wk.From.IsZero() && !d.Before(wk.From) && !d.After(wk.To) {
			return " " // "14/10", "on 14/10/2021"
		}
		r, ok := x.resolve(x.headingOf(m))
		if ok && !wk.From.IsZero() && !r.from.IsZero() && !r.from.Before(wk.From) && !r.to.After(wk.To) {
			return " "
		}
		if other == "" {
			other = strings.TrimSpace(m)
		}
		return " "
	})
	cl = weekdayOrdinal.ReplaceAllStringFunc(cl, func(m string) string {
		// "Monday 11th to Sunday 17th": a day of the week with its day
		// of the month is the week's own when the week has that day
		// on that weekday
		sm := weekdayOrdinal.FindStringSubmatch(m)
		d, _ := strconv.Atoi(sm[2])
		for t := wk.From; !wk.From.IsZero() && !t.After(wk.To); t = t.AddDate(0, 0, 1) {
			if t.Day() == d && strings.HasPrefix(strings.ToLower(t.Weekday().String()), strings.ToLower(sm[1][:3])) {
				return " "
			}
		}
		if other == "" {
			other = strings.TrimSpace(m)
		}
		return " "
	})
	cl = noteWeekNo.ReplaceAllStringFunc(cl, func(m string) string {
		if x.otherWeekNumber(m) == "" && opOK {
			return " "
		}
		return m
	})
	cl = weekPartIn.ReplaceAllStringFunc(cl, func(m string) string {
		if opOK && wholeWeekDays(m, op) {
			return " "
		}
		return m
	})
	cl = yearWord.ReplaceAllStringFunc(cl, func(m string) string {
		if y, _ := strconv.Atoi(m); !wk.From.IsZero() && (y == wk.From.Year() || y == wk.To.Year()) {
			return " "
		}
		return m
	})
	return cl, other
}

var (
	// noteDate is a date or a stretch of dates in a note, with a "w/e"
	// or "week ending" before it: "14/10", "w/e 17/10/2021", "11-17 Oct",
	// "11th October 2021", "11/10 - 17/10".
	noteDate = regexp.MustCompile(`(?i)(?:\b(?:w/?[ec]|week\s+(?:ending|commencing|beginning|starting))\.?\s*)?(?:` + oneDate + `)(?:\s*(?:-|–|to)\s*(?:` + oneDate + `))?`)
	// dayBound is a count up to a day: "up to Sunday", "until Sun
	// 17/10", "as at 17/10/2021".
	// A time of day may stand before the day ("to 16:00 on Sunday") or
	// after it ("as at 17/10 23:59", "to Sunday midnight").
	dayBound = regexp.MustCompile(`(?i)\b(?:up\s*to(?:\s+and\s+including)?|until|till|til|thru|through|as\s+(?:at|of)|to)\s+(?:(?:` + timeOfDay + `)\s+(?:on\s+)?)?(?:` + weekdayAlt + `(?:\s+(?:` + oneDate + `|\d{1,2}(?:st|nd|rd|th)\b))?|(?:` + oneDate + `))(?:\s*,?\s*(?:at\s+)?(?:` + timeOfDay + `))?`)
	// dayEndTime is a time of day at the very end of its day: "23:59",
	// "2359hrs", "24:00", "11.59pm", "midnight".
	dayEndTime = regexp.MustCompile(`(?i)\b(?:23[:.]?59|24[:.]?00|11[:.]59\s*pm|midnight)(?:\s*(?:hrs|hours|h))?\b`)
	// timeOfDayAt is a time of day with the words that put it there:
	// "16:00 on", "at 23:59", "midnight".
	timeOfDayAt = regexp.MustCompile(`(?i)(?:\bat\s+)?(?:` + timeOfDay + `)(?:\s+on\b)?`)
	// weekdayOrdinal is a day of the week with its day of the month:
	// "Monday 11th", "Sun 17th".
	weekdayOrdinal = regexp.MustCompile(`(?i)\b(` + weekdayAlt + `)\s+(\d{1,2})(?:st|nd|rd|th)\b`)
	// yearWord is a year: "2021".
	yearWord = regexp.MustCompile(`\b(?:19|20)\d\d\b`)
)

// timeOfDay is a time of a day: "23:59", "16.00", "2359hrs", "4pm",
// "midnight", "noon".
const timeOfDay = `\b(?:[01]?\d|2[0-4])[:.][0-5]\d(?:\s*(?:hrs|hours|h|am|pm))?\b|\b(?:[01]\d|2[0-4])[0-5]\d\s*(?:hrs|hours|h)\b|\b(?:1[0-2]|0?[1-9])\s*(?:am|pm)\b|\b(?:midnight|midday|noon)\b`

// oneDate is a day of a month: "14/10", "14/10/2021", "14.10.21",
// "14th Oct", "11-17 October 2021".
const oneDate = `\b\d{1,2}(?:st|nd|rd|th)?\s*/\s*\d{1,2}(?:\s*[/.]\s*\d{2,4})?\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?\b`

// numericDay is a day of a month by its numbers: "14/10", "14/10/21",
// "14.10.2021".
var numericDay = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)?\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{2,4}))?$`)

// dayOfMonth is the day a date alone in a note names ("14/10"), a date
// without its year given the year nearest near.
func dayOfMonth(text string, near time.Time) (time.Time, bool) {
	m := numericDay.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil || near.IsZero() {
		return time.Time{}, false
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	if d < 1 || d > 31 || mo < 1 || mo > 12 {
		return time.Time{}, false
	}
	if m[3] != "" {
		y, _ := strconv.Atoi(m[3])
		if y < 100 {
			y += 2000
		}
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		return t, t.Day() == d
	}
	best := time.Time{}
	for y := near.Year() - 1; y <= near.Year()+1; y++ {
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if best.IsZero() || absDays(t.Sub(near)) < absDays(best.Sub(near)) {
			best = t
		}
	}
	return best, best.Day() == d
}

// deniedWords matches words.csv's refusing note words said not to be in
// the figure, with the words that say so: "no double counting", "excl.
// other ops", "none out of force", "no figures carried over",
// "duplicates removed" (review23 R5). They are taken out of a note
// before it is judged, so that neither their words nor a hedge in them
// ("carried over": "over") is read as said of the figure.
func (x *extractor) deniedWords() *regexp.Regexp {
	if x.denied != nil {
		return x.denied
	}
	var alts []string
	for _, w := range x.noteVocab() {
		if standingMeaning(w.meaning) || slices.Contains(noteQualifiers, etl.Qualifier(w.meaning)) || w.tokens[0] == "?" {
			continue
		}
		ts := make([]string, len(w.tokens))
		for k, t := range w.tokens {
			ts[k] = regexp.QuoteMeta(t)
		}
		alts = append(alts, strings.Join(ts, `[^\pL\pN]+`))
	}
	slices.SortFunc(alts, func(a, b string) int { return len(b) - len(a) })
	if len(alts) == 0 {
		x.denied = regexp.MustCompile(`$^`)
		return x.denied
	}
	p := `(?:` + strings.Join(alts, "|") + `)`
	// "no." is a number ("No. incl other ops"): only the short forms of
	// "excluding" take a point
	x.denied = vocabPattern(`(?i)\b(?:(?:(?:excl|exc)\.?|no|none|nil|excluding|excludes|excluded|without|not)\s+(?:(?:figures?|data|numbers)\s+)?` + p + `(?:\s+(?:included|counted|includes))?|` + p + `\s+(?:removed|excluded|resolved|answered|deducted))\b`)
	return x.denied
}

// asideAllowed judges the words in brackets after a figure the value
// reader read alone from its cell ("43 (includes other ops)", "43 (2
// wks)", "43 (plus 5 from last week)") as a note beside it is judged
// (noteSays with the allow rule: review23 R16): words that say it is not
// the week's count refuse it with their reason, a word not known to
// leave it standing refuses it naming the word, and a hedge hedges it.
// Only what the cell's other readers leave is judged: a unit in brackets
// ("43 (kg)") and the week itself ("43 (this week)") are the value
// reader's, and a cell whose aside a reader has already taken off (the
// week's dates, the force's own name, a footnote's mark, the figure
// restated: c.text) or the grammar read as parts ("43 (7 under 18)",
// readSentence) never comes here with it. It reports whether it refused
// the figure.
func (x *extractor) asideAllowed(g *grid, c candidate, label string, f *etl.Fact) bool {
	v := g.cell(c.cell)
	text := v.Text
	if c.text != "" {
		text = c.text
	}
	if v.Kind != etl.KindText || f.Value == nil {
		return false
	}
	if w := otherCurrency(text, f.Unit); w != "" {
		// "5000 (€)", "5000 (in €)" read as pounds: the cell names
		// another currency beside them (reread28 E3)
		x.refuse(etl.SevWarning, "other_currency", g.sheet.Name, f.Cell, []string{f.Cell}, "%s: %q at %s names another currency (%q): %s is not known to be in %s; not loaded", label, v.Text, f.Cell, w, formatNum(*f.Value), currencyName(f.Unit))
		return true
	}
	in := valueAside(text)
	if in == "" {
		return false
	}
	why, q, unknown := x.noteSays(in, label, f, true)
	if unknown != "" {
		x.refuse(etl.SevWarning, "unreadable_value", g.sheet.Name, f.Cell, []string{f.Cell}, "%s: %q at %s: the words in brackets %q: the word %q is not known to leave the figure standing (reference/words.csv, role note, teaches the words a note may hold); not loaded", label, v.Text, f.Cell, in, unknown)
		return true
	}
	if why != "" {
		x.refuse(etl.SevWarning, "unreadable_value", g.sheet.Name, f.Cell, []string{f.Cell}, "%s: %q at %s: the words in brackets %q say it is %s; not loaded", label, v.Text, f.Cell, in, why)
		return true
	}
	if q != "" && f.Qualifier == etl.Exact {
		f.Qualifier = q
	}
	return false
}

// valueAside is the words in the brackets after the figure of a value
// cell the value reader read alone ("43 (includes other ops)":
// "includes other ops"), "" for none or for what the value reader
// reads itself: a unit ("56 (g)", "20 (wraps)") or the week ("43 (this
// week)").
func valueAside(text string) string {
	at := strings.IndexAny(text, "([")
	if at <= 0 || !strings.ContainsAny(text[:at], "0123456789") {
		return ""
	}
	end := strings.LastIndexAny(text, ")]")
	if end < at {
		end = len(text)
	}
	in := strings.TrimSpace(text[at+1 : end])
	if in == "" || unitWord(in) {
		return ""
	}
	for _, u := range suffixUnits {
		if u.unit == "" && u.re.MatchString(strings.ToLower("("+in+")")) {
			return "" // "(this week)", "(in total)"
		}
	}
	return in
}

// remarkAfter is a figure with a remark of words in brackets after it,
// "43 (min)", which ParseText passes over (remark).
var remarkAfter = regexp.MustCompile(`\(\s*[^()\s][^()]*\)\s*$`)

// addingJoin are the words that join a note to the figure before it as
// more of it: "and 5 juveniles", "also 5 juveniles" (addedCount).
var addingJoin = map[string]bool{"and": true, "also": true}
