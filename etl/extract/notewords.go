package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/countylines/countylines/etl"
)

// A note's own words (reference/words.csv, role "note"): what a note
// beside a figure says of it in words the phrase grammar has no use for
// elsewhere. Each word or phrase's meaning is a qualifier the note puts
// on the figure ("best guess": approximately), "stands" for words that
// say nothing of it ("see below", whose "below" is no hedge), or why the figure is not
// the week's count as it stands ("double counted": counting some twice;
// "?": in doubt); the figure is then refused, naming the note's words.

// noteWord is one word or phrase of the note vocabulary.
type noteWord struct {
	tokens  []string // noteTokens of its text
	meaning string   // a qualifier, "stands" (says nothing of it), or why it refuses
}

// noteTokens are a note's words, lower-cased: runs of letters and digits,
// and each "?" a word of its own ("check?" is "check", "?").
func noteTokens(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// "force's": one word
		case r == '?':
			flush()
			out = append(out, "?")
		default:
			flush()
		}
	}
	flush()
	return out
}

// noteVocab is words.csv's note words, the longest first.
func (x *extractor) noteVocab() []noteWord {
	if x.noteWords != nil {
		return x.noteWords
	}
	x.noteWords = []noteWord{}
	for _, w := range x.cat.Words {
		if w.Role == "note" {
			if ts := noteTokens(w.Text); len(ts) > 0 {
				x.noteWords = append(x.noteWords, noteWord{ts, w.Meaning})
			}
		}
	}
	slices.SortStableFunc(x.noteWords, func(a, b noteWord) int { return len(b.tokens) - len(a.tokens) })
	return x.noteWords
}

// standingWords matches words.csv's note words whose meaning is
// "stands": words that say nothing of the figure beside them, taken out
// of a note before it is judged ("see below" is no hedge "below").
func (x *extractor) standingWords() *regexp.Regexp {
	if x.standing != nil {
		return x.standing
	}
	var alts, ranks []string
	for _, w := range x.noteVocab() {
		if w.meaning == "stands" || w.meaning == "rank" {
			ts := make([]string, len(w.tokens))
			for i, t := range w.tokens {
				ts[i] = regexp.QuoteMeta(t)
			}
			if w.meaning == "rank" {
				ranks = append(ranks, strings.Join(ts, `[^\pL\pN]+`))
			} else {
				alts = append(alts, strings.Join(ts, `[^\pL\pN]+`))
			}
		}
	}
	slices.SortFunc(alts, func(a, b string) int { return len(b) - len(a) })
	if len(ranks) > 0 {
		// an officer by rank and name, who gave or checked the figure:
		// "DS Smith", "per PC J. Jones", "by DC Khan"; the name is
		// written with a capital, a rank alone is no name
		slices.SortFunc(ranks, func(a, b string) int { return len(b) - len(a) })
		alts = append([]string{`(?:(?:as\s+)?per\s+|by\s+)?(?:` + strings.Join(ranks, "|") + `)\.?\s+(?-i:(?:[A-Z]\.?\s*){0,2}[A-Z][a-z][\pL'’-]*)`}, alts...)
	}
	x.standing = vocabPattern(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
	if len(alts) == 0 {
		x.standing = regexp.MustCompile(`$^`)
	}
	return x.standing
}

// withoutStanding is note without the words that say nothing of the
// figure beside it (standingWords).
func (x *extractor) withoutStanding(note string) string {
	// "Yes", "Green", "Niche" as the whole note or a whole clause of it:
	// a status, or the system the figure came from ("Niche - estimate");
	// "Green Team" is a team's
	var kept []string
	for _, cl := range noteClauses.Split(note, -1) {
		if !slices.ContainsFunc(x.noteVocab(), func(w noteWord) bool {
			return w.meaning == "status" && slices.Equal(w.tokens, noteTokens(cl))
		}) {
			kept = append(kept, cl)
		}
	}
	if len(kept) == 0 {
		return ""
	}
	if k := strings.Join(kept, " - "); k != note && len(kept) < len(noteClauses.Split(note, -1)) {
		note = k
	}
	if !x.standingWords().MatchString(note) {
		return strings.TrimSpace(note)
	}
	return strings.Trim(x.standingWords().ReplaceAllString(note, " "), " -–—:,;.") // "see below - estimate"
}

// noteQualifiers are the qualifiers a note word may put on a figure.
var noteQualifiers = []etl.Qualifier{etl.MoreThan, etl.AtLeast, etl.Approximately, etl.UpTo, etl.LessThan}

// noteWordsSay is what the note vocabulary says of a figure beside note:
// why it refuses it, naming the words ("" for not), or the qualifier it
// puts on it. The longest phrase at each place is taken. A phrase after
// "from" says where the people or things came from, not of the figure
// ("3 from out of force").
func (x *extractor) noteWordsSay(note string) (why string, q etl.Qualifier) {
	ts := noteTokens(note)
	if w := x.partlyOwn(ts); w != "" {
		return fmt.Sprintf("not of county lines only: only partly the operation's own (the note's words %q)", w), ""
	}
	vocab := x.noteVocab()
	for i := 0; i < len(ts); {
		n := 1
		for _, w := range vocab {
			if i+len(w.tokens) > len(ts) || !slices.Equal(ts[i:i+len(w.tokens)], w.tokens) || i > 0 && ts[i-1] == "from" && w.tokens[0] != "from" && strings.HasPrefix(w.meaning, "made outside") {
				// after "from", out of force is where people came
				// from ("3 from out of force"); other ops, all crime,
				// one day are still the figure's ("5 from other ops")
				continue
			}
			words := strings.Join(w.tokens, " ")
			if standingMeaning(w.meaning) || deniedIn(ts, i, len(w.tokens)) {
				// "see below": says nothing of the figure; a rank
				// without a name (standingWords) is no note's word;
				// "no double counting", "excl. other ops",
				// "duplicates removed": said not to be there
			} else if qq := etl.Qualifier(w.meaning); slices.Contains(noteQualifiers, qq) {
				q = qq
			} else if why == "" {
				why = fmt.Sprintf("%s (the note's words %q)", w.meaning, words)
			}
			n = len(w.tokens)
			break
		}
		i += n
	}
	if why != "" {
		return why, ""
	}
	return "", q
}

// noteYear is why a note's year refuses the figure beside it: a year
// other than the week's says the note speaks of another year
// ("includes 2020"); "" for none.
func (x *extractor) noteYear(note string) string {
	// "2020: 38", "2020: £3,000": another year's figure given beside
	// it to compare (the allow rule's "compares"), not the figure's year
	for _, m := range slices.Backward(yearFigure.FindAllStringIndex(note, -1)) {
		if !includedBefore.MatchString(note[:m[0]]) { // "incl. 2020: 5" is 2020's in it (reread26 E3)
			note = note[:m[0]] + " " + note[m[1]:]
		}
	}
	if y := x.otherYear(noteTokens(note)); y != "" {
		return fmt.Sprintf("of another year (the note's words %q), not the week's", y)
	}
	return ""
}

// includedBefore ends the words before a figure that put it in the
// figure the note is beside: "incl.", "plus", "and", "+".
var includedBefore = regexp.MustCompile(`(?i)(?:\b(?:incl|inc|includes?|including|included|plus|and|with|also)\.?|\+)\s*$`)

// yearFigure is a year and, after a colon, a figure given for it:
// "2020: 38", "2020: £3,000"; not "2020-2021", "2020: 2021".
var yearFigure = regexp.MustCompile(`\b(?:19|20)\d\d\s*:\s*(?:[£€]\s*\d[\d,]*|\d{1,3}(?:,\d{3})+|\d{1,3}|\d{5,})(?:\.\d+)?\b`)

// otherYear is the first of a note's words that is a year (1990–2099)
// neither the week's first day's nor its last day's; "" for none, or
// when the week is not known.
func (x *extractor) otherYear(ts []string) string {
	wk := x.week()
	if wk.From.IsZero() {
		return ""
	}
	for _, t := range ts {
		if len(t) != 4 {
			continue
		}
		y, err := strconv.Atoi(t)
		if err != nil || y < 1990 || y > 2099 || y == wk.From.Year() || y == wk.To.Year() {
			continue
		}
		return t
	}
	return ""
}

// deniedIn reports whether the note words ts[i:i+n] are said not to be
// in the figure: after "no", "none", "excl.", "without", "not", or
// before "removed", "excluded",
// "resolved" ("duplicates removed", "query resolved").
//
// The negator stands directly before the note word, the two words
// before the denial turn nothing round (turnsRound: "not excluding other
// ops", "mostly other ops excluded") and nothing follows it but another
// denial or the note's end ("no double counting checks done", "other ops
// excluded mostly" are not denials).
func deniedIn(ts []string, i, n int) bool {
	start, end := i, i+n
	switch {
	case i > 0 && negator[ts[i-1]] || i > 1 && deniedOf[ts[i-1]] && negator[ts[i-2]]:
		start = i - 1
		if !negator[ts[i-1]] {
			start = i - 2 // "no figures carried over"
		}
		if end < len(ts) && (ts[end] == "included" || ts[end] == "counted" || ts[end] == "includes") {
			end++ // "no other ops included"
		}
	case end < len(ts) && undone[ts[end]]:
		end++ // "duplicates removed"
	default:
		return false
	}
	for k := start - 1; k >= 0 && k >= start-2; k-- {
		if turnsRound[ts[k]] {
			return false
		}
	}
	return end == len(ts) || negator[ts[end]]
}

// undone, after a note word, says it is no longer so: "duplicates
// removed", "query resolved".
var undone = setOf("removed", "excluded", "resolved", "answered", "deducted")

// partlyWord, before the words that name what the operation counts,
// says the figure is only partly that: "mostly county lines", "mainly
// CL", "largely CL-related" (review25 W6).
var partlyWord = map[string]bool{"mostly": true, "mainly": true, "largely": true, "predominantly": true, "primarily": true, "chiefly": true,
	"principally": true, "partly": true, "partially": true, "majority": true, "most": true, "generally": true}

// partlyOwn is the words of a note (noteTokens) that say the figure
// beside it is only partly the operation's own: a partlyWord straight
// before words.csv's words of role column, meaning own ("county lines",
// "CL", "intensification"): "mostly county lines", "mainly CL" (the
// rest is something else: not the week's county lines figure); "" for
// none. A place after such a word ("mostly in Medway") is no part of
// what the figure counts, and is judged elsewhere.
func (x *extractor) partlyOwn(ts []string) string {
	for i := 0; i+1 < len(ts); i++ {
		if !partlyWord[ts[i]] {
			continue
		}
		for _, w := range x.cat.Words {
			if w.Role != "column" || w.Meaning != "own" {
				continue
			}
			if own := noteTokens(w.Text); len(own) > 0 && i+1+len(own) <= len(ts) && slices.Equal(ts[i+1:i+1+len(own)], own) {
				return strings.Join(ts[i:i+1+len(own)], " ")
			}
		}
	}
	return ""
}
