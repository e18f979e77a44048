package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// A note beside a figure, in a notes column of its row (`Measure │
// Figure │ Notes` over `Arrests │ 43 │ TBC`), is never read as a figure,
// but what it says of the figure is judged as the same words after the
// figure in its own cell are (`43 (TBC)`, `43 - Essex`): whose it is,
// for when, how sure, whether it is this metric's count at all. A note
// that says so refuses the figure, naming both cells; a hedge
// (`estimate`, `approx`) loads it approximately. Any other note in its
// row leaves it as it stands only when every word of it is known to
// leave it standing (noteUnknown, the allow rule: `see email`, `DS
// Smith`, `5 remanded`, `w/e 17/10/2021`); a word nobody taught us
// (`running total`, `juveniles`, `midweek`) refuses it, naming the word,
// as it refuses a value cell. A sentence the phrase reader reads figures
// from is judged with them.
//
// The return template's draft writes in its Notes column the sentence
// each figure was read from: a note the phrase reader reads figures from
// has been judged with them already, and only what no sentence may say
// of a figure refuses it there (not final, another body's: unless the
// sentence gives the figure itself as the force's, and names the other
// body for another figure).

// noteBeside judges the notes in the row of a figure about to be loaded
// (fact f, of label label, read from cell v): it refuses the figure,
// naming the note, and reports true; or it leaves it, hedged when a note
// hedges it.
func (x *extractor) noteBeside(g *grid, v int, label string, f *etl.Fact) bool {
	if f.Value == nil {
		return false
	}
	for _, j := range g.byRow[g.cell(v).Row] {
		n := g.cell(j)
		if j == v || g.reason[j] != skipNotes && !x.unheadedNote(g, v, j) || n.Kind != etl.KindText || isBlankText(n.Text) && !strings.Contains(n.Text, "?") { // "?" beside a figure doubts it
			continue
		}
		if w := otherCurrency(n.Text, f.Unit); w != "" {
			// "€5000", "in euros" beside a cash figure: never loaded as
			// pounds (reread28 E3)
			x.refuse(etl.SevWarning, "other_currency", g.sheet.Name, f.Cell, []string{f.Cell, n.Ref()}, "%s: %q at %s: the note %q beside it at %s names another currency (%q): it is not known to be in %s; not loaded", label, f.Raw, f.Cell, strings.TrimSpace(n.Text), n.Ref(), w, currencyName(f.Unit))
			return true
		}
		why, q, unknown := x.noteSays(n.Text, label, f, true)
		if unknown != "" {
			x.refuse(etl.SevWarning, "unreadable_value", g.sheet.Name, f.Cell, []string{f.Cell, n.Ref()}, "%s: %q at %s: the note %q beside it at %s: the word %q is not known to leave the figure standing (reference/words.csv, role note, teaches the words a note may hold); not loaded", label, f.Raw, f.Cell, strings.TrimSpace(n.Text), n.Ref(), unknown)
			return true
		}
		if why != "" {
			x.refuse(etl.SevWarning, "unreadable_value", g.sheet.Name, f.Cell, []string{f.Cell, n.Ref()}, "%s: %q at %s: the note %q beside it at %s says it is %s; not loaded", label, f.Raw, f.Cell, strings.TrimSpace(n.Text), n.Ref(), why)
			return true
		}
		if q != "" && f.Qualifier == etl.Exact {
			f.Qualifier = q
		}
	}
	for _, n := range x.notesOver(g, v) {
		if w := otherCurrency(n.words, f.Unit); w != "" && !x.currencySaid(g, v, f) {
			// "Note: cash figures are in euros" under `Cash seized │
			// 5000`; a label's or heading's own currency stands
			x.refuse(etl.SevWarning, "other_currency", g.sheet.Name, f.Cell, []string{f.Cell, n.ref}, "%s: %q at %s says no currency, and the note %q at %s, %s, names another currency (%q): it is not known to be in %s; not loaded", label, f.Raw, f.Cell, n.text, n.ref, n.of, w, currencyName(f.Unit))
			x.unFootWarn(g.sheet.Name, f.Cell)
			return true
		}
		why, q, _ := x.noteSays(n.words, label, f, false)
		if why != "" {
			x.refuse(etl.SevWarning, "unreadable_value", g.sheet.Name, f.Cell, []string{f.Cell, n.ref}, "%s: %q at %s: the note %q at %s, %s, says it is %s; not loaded", label, f.Raw, f.Cell, n.text, n.ref, n.of, why)
			x.unFootWarn(g.sheet.Name, f.Cell)
			return true
		}
		if q != "" && f.Qualifier == etl.Exact {
			f.Qualifier = q
		}
	}
	return false
}

// unheadedNote reports whether cell j is a note beside the figure at v
// in a column with no heading (`Measure │ Figure` over `Arrests │ 43 │
// incl. Essex`): words right of the figure in its row, under no words
// of their column, not yet read, with no figure right of them (not a
// label of a figure of their own: `Arrests │ 43 │ Warrants │ 21`), no
// figure themselves (`Cocaine │ 56g │ £4,500 (approx)`), and
// neither a figure nor a label of one straight under them (not the
// heading of a column of figures that starts in the next row: `Arrests │
// 22 │ │ Last week` over `Cash seized │ │ 9100 │ 8`; nor the title of a
// table beside: `Arrests │ 43 │ │ Year to date` over `… │ │ Stop and
// searches │ 400`).
// Such words are said of the figure as a notes column's are: a wrong
// figure is worse than a missing one, so they are judged, never passed
// over (review22 X6).
func (x *extractor) unheadedNote(g *grid, v, j int) bool {
	n := g.cell(j)
	if n.Col <= g.cell(v).Col || n.Kind != etl.KindText || g.used[j] || g.head[j] >= 0 || len(x.claimed(g, n)) > 0 {
		return false
	}
	if w, err := ParseText(n.Text); err == nil && w.Num != nil {
		return false // a figure of its own: `Cocaine │ 56g │ £4,500 (approx)`
	}
	if x.otherLabel(g, v, n.Text) {
		return false // its figure left blank: `Arrests │ 43 │ Cash seized (£) │`
	}
	k := g.below(n.Row, n.Col)
	return k < 0 || !g.isFigure(k) && (g.cell(k).Kind != etl.KindText || len(x.claimed(g, g.cell(k))) == 0)
}

// otherLabel reports whether text is the label of another figure than
// the one at v, its own figure left blank, not a note on this one: the
// catalogue reads it as another metric than the label left of the figure
// (`Arrests │ 43 │ Warrants │`), or it names a unit for its figures other
// than that metric's (`Arrests │ 43 │ Estimated street value (£) │`).
// Words read as the figure's own metric ("estimated arrests"), with a
// changer ("Arrests YTD"), or with no metric left of them stay notes and
// are judged.
func (x *extractor) otherLabel(g *grid, v int, text string) bool {
	c := g.cell(v)
	var own catalog.Metric
	for _, j := range g.byRow[c.Row] {
		l := g.cell(j)
		if l.Col >= c.Col || l.Kind != etl.KindText {
			continue
		}
		if o := x.readLabel(l.Text, ""); o.ok {
			own = o.lm.metric
		}
	}
	if own.Code == "" {
		return false
	}
	if why, _ := x.noteWordsSay(text); why != "" {
		return false // "all offences": a note's words that refuse, whatever metric they name
	}
	if r := x.readLabel(text, ""); r.ok {
		return r.lm.metric.Code != own.Code
	}
	l := x.rd.Label(text, phrase.Context{})
	return l.Changer == "" && l.Unit != "" && own.Unit != "varies" && string(l.Unit) != own.Unit
}

// noteOver is a note said of a figure from elsewhere than its row: the
// note a mark of its row points at, or a note of the sheet's figures
// under it.
type noteOver struct {
	ref, text string // the note's cell, as named, and its words as written
	words     string // what it says, without its mark or "Note:"
	of        string // how it is said of the figure: "which its mark points at"
}

// notesOver are the notes said of the figure at v from elsewhere than
// its row, judged as a note beside it is (noteSays): the note a mark of
// its row points at ("43*" or "Arrests*" with "* incl. Essex" below:
// footnote), and a note of the sheet's figures in a cell of its own
// under it ("Note: provisional" under the table, which covers every
// figure above it). A note above the figures is not taken as theirs: it
// may speak of one label ("Note: joint operation with BTP" over
// "Arrests (joint operation with British Transport Police)").
func (x *extractor) notesOver(g *grid, v int) []noteOver {
	var out []noteOver
	c := g.cell(v)
	for _, j := range g.byRow[c.Row] {
		// the figure's mark ("43*"), or its label's ("Arrests*")
		l := g.cell(j)
		if l.Col > c.Col || l.Kind != etl.KindText {
			continue
		}
		before, _, notes := x.footnote(g, l.Text)
		if before == "" || j == v && !strings.ContainsAny(before, "0123456789") {
			continue
		}
		for _, n := range notes {
			m := noteStart.FindStringSubmatch(n.cell.Text)
			out = append(out, noteOver{n.where(g.sheet.Name), strings.TrimSpace(n.cell.Text), affirmed(m[2]), "which a mark of its row points at"})
		}
	}
	for i := range g.sheet.Cells {
		n := g.cell(i)
		if n.Kind != etl.KindText || n.Row <= c.Row || g.reason[i] == skipNotes {
			continue
		}
		if m := sheetNote.FindStringSubmatch(n.Text); m != nil {
			out = append(out, noteOver{n.Ref(), strings.TrimSpace(n.Text), affirmed(m[1]), "said of the sheet's figures"})
		}
	}
	return out
}

// affirmed is what a note affirms of the figures it is said of: its
// clauses without those that say what the figure is not, or what to
// leave out ("Figures for this week only, not cumulative", "Mandatory
// field: do not enter year to date figures"), as noteChanger reads them,
// parted by " | " as noteSays reads a note's parts.
func affirmed(note string) string {
	var out []string
	for _, part := range noteParts.Split(note, -1) {
		if loc := noteExclusion.FindStringIndex(part); loc != nil && !noteNegation.MatchString(part[:loc[0]]) {
			part = part[:loc[0]]
		}
		if part = strings.TrimSpace(thisWeekSince.ReplaceAllString(part, "during the week")); part != "" && !noteNegation.MatchString(part) {
			out = append(out, part)
		}
	}
	return strings.Join(out, " | ")
}

var (
	// sheetNote is a note of a sheet's figures, in a cell of its own:
	// "Note: provisional", "NB - incl. Essex".
	sheetNote = regexp.MustCompile(`^\s*(?i:notes?|nb|n\.b\.?|please note)\s*[:–-]\s*(\pL.*?)\s*$`)
)

// pointing is a note that says of the figure what the note beside a
// figure above says ("as above" under `includes other ops`): it is not
// that note, so it refuses the figure, never "says nothing" (reread23
// E3). "see below" points at the sheet's notes under the table, judged
// themselves (notesOver), and still stands.
var pointing = regexp.MustCompile(`(?i)\b(?:(?:as|see)\s+above|ditto)\b`)

// noteSays is what a note beside fact f says of it: why it refuses it
// ("" for not), or the hedge it puts on it. A note the draft wrote holds
// sentences parted by " | ".
func (x *extractor) noteSays(note, label string, f *etl.Fact, allow bool) (why string, q etl.Qualifier, unknown string) {
	for _, part := range strings.Split(note, " | ") {
		if m := pointing.FindString(part); m != "" {
			return fmt.Sprintf("pointing at another note (%q), not read as said of this figure", m), "", ""
		}
		written := part
		part = x.withoutDenied(part) // "no double counting", "duplicates removed"
		if strings.Trim(part, " ,;:-–—.") == "" {
			continue
		}
		part = x.withoutStanding(part) // "see below": no hedge
		if part == "" {
			continue
		}
		if x.provisional(part) {
			// "nearly complete", "almost all in": not final, never "less than"
			return "provisional or not final: it is loaded when the force sends the final figure", "", ""
		}
		if w := x.figureRenamed(part, label, f); w != "" {
			// "43 warrants" beside arrests 43 (review26 R11)
			return fmt.Sprintf("another measure than the figure's: it gives the figure as %q", w), "", ""
		}
		if w := x.partWhen(part); w != "" {
			// "3 of these were last week"
			return fmt.Sprintf("holding figures of another period: a part of it is said to be %q", w), "", ""
		}
		rd := x.rd.Read(part, phrase.Context{Force: x.ret.Force, Week: x.week()})
		if w := x.addedCount(part); w != "" && !readsFigure(rd.Facts, f) {
			// "plus 5 juveniles": a count beside the figure's, not in
			// it (a sentence giving the figure itself gives what it
			// adds as another figure: "..., and the NCA arrested 3 more")
			return fmt.Sprintf("not the whole count: the note adds %q to it", w), "", ""
		}
		// a sentence that gives the figure itself as the force's names a
		// body for another figure when it does so in that figure's
		// clause ("Officers arrested 12 people; the NCA also arrested
		// 3"): the body is judged in the rest of the sentence ("Officers
		// arrested 43 people in an NCA-led operation; Essex Police seized
		// 3 knives" names the NCA for the 43)
		judged := part
		if slices.ContainsFunc(rd.Facts, func(fc phrase.Fact) bool {
			return fc.Metric == f.Metric && fc.Item == f.Item && fc.Value != nil && *fc.Value == *f.Value
		}) {
			judged = x.withoutOthersAsides(withoutOthersClauses(part, rd.Scoped, *f.Value))
		}
		if why := x.othersNamed(x.beside(judged)); why != "" {
			// "4 arrested on behalf of Essex Police", "with BTP"
			return "another's, or holds another's, not the force's own: " + why, "", ""
		}
		for _, sc := range rd.Scoped {
			if sc.Value != nil && *sc.Value == *f.Value && (sc.Metric == "" || sc.Metric == f.Metric) {
				// "43 arrests last year" beside 43: the figure, said of another
				return fmt.Sprintf("%s (%q)", sc.Kind.Describe(), sc.Words), "", ""
			}
		}
		if other := otherValue(rd.Facts, f); other != "" {
			// "Officers arrested 40 people." beside 43: the note
			// gives the figure as another number
			return fmt.Sprintf("not itself: the note gives it as %q", other), "", ""
		}
		if readsFigure(rd.Facts, f) || len(rd.Facts) > 0 && len(rd.Messages) == 0 && len(rd.Scoped) == 0 {
			// a sentence read as a release's sentence is, giving the
			// figure itself (or, in another unit, its row's other
			// figure: "265 wraps of heroin" beside £20,000 of heroin),
			// or other figures only with every word of it read as
			// theirs (the reader refuses a figure beside a word it
			// does not know, as the allow rule does: "43 arrested,
			// including seven Under 18." beside 12 warrants), is
			// judged with its figures; a
			// stretch of the week's days the phrase reader leaves as
			// the week's ("arrested 43 people between Monday and
			// Thursday") is a part of it, as in a note of words
			if w := x.weekPart(judged); w != "" {
				return fmt.Sprintf("for a part of the week (%q), not the whole of it", w), "", ""
			}
			if why, _ := x.noteWordsSay(judged); why != "" {
				return why, "", "" // "43 arrests incl. other ops" (review23 R4)
			}
			if w := x.runningInside(judged); w != "" {
				// "43 arrests until 14/10" (review23 R6)
				return fmt.Sprintf("counted up to a day inside the week (%q): a part of the week, not the whole of it", w), "", ""
			}
			for _, fc := range rd.Facts {
				if fc.Metric == f.Metric && fc.Item == f.Item && fc.Value != nil && *fc.Value == *f.Value && fc.Qualifier != etl.Exact {
					q = fc.Qualifier
				}
			}
			if h := x.clauseHedge(part, f); h != "" && q == "" {
				q = h // "estimated; 3 charged"
			}
			continue
		}
		wq, why := etl.Qualifier(""), ""
		if why, wq = x.wordNoteSays(part, f); why != "" {
			return why, "", ""
		}
		if allow {
			if w := x.noteUnknown(written, label, f); w != "" {
				return "", "", w
			}
		}
		if wq != "" {
			q = wq
		}
	}
	return "", q, ""
}

// wordNoteSays is what a note of words, no sentence the phrase reader
// reads figures from, says of fact f beside it: why it refuses it ("" for
// not), or the hedge it puts on it (noteSays).
func (x *extractor) wordNoteSays(part string, f *etl.Fact) (why string, q etl.Qualifier) {
	if why := x.daysPart(part); why != "" {
		// "excl. Sunday", "Thursday onwards", "6 days"
		return why, ""
	}
	if why := x.otherWeekNumber(part); why != "" {
		return why, "" // "Week 42" beside week 41's figure
	}
	if x.runningInside(part) != "" {
		// "up to Thursday", "until Wed": as "43 (up to Thursday)" is
		return fmt.Sprintf("counted up to a day inside the week (%q): a part of the week, not the whole of it", strings.TrimSpace(part)), ""
	}
	if w := stopsEarly(part); w != "" {
		// "Figures to 16:00 on Sunday": hours of the week's last day
		// left out (notes26)
		return fmt.Sprintf("counted up to a time before the end of the day (%q): a part of the week, not the whole of it", w), ""
	}
	if why, wq := x.noteWordsSay(part); why != "" {
		return why, "" // "double counted", "includes other ops", "?"
	} else if why := x.noteYear(part); why != "" {
		return why, "" // "includes 2020"
	} else if wq != "" && !countInNote(part) && len(x.rd.Numbers(part)) == 0 {
		q = wq // "best guess", "estimate only"; beside counts, clauseHedge's
	}
	if v, err := ParseText(part); err == nil && v.Num != nil && v.Qualifier != "" && v.Qualifier != etl.Exact {
		if *v.Num != *f.Value {
			// "around 40" beside 43: the note gives the figure as another
			return fmt.Sprintf("not exactly itself: the note gives it as %q", part), ""
		}
		q = v.Qualifier // "approx 43" beside 43
		return "", q
	}
	if rest, ok := withoutFigure(part, f.Raw); ok {
		// "43 in 2020": when the note says the figure itself is of
		if w, _ := x.noteWhen(rest); w != "" {
			return w, ""
		}
	}
	if w := phrase.NotDoneIn(part); w != "" {
		return fmt.Sprintf("not done yet (%q)", w), ""
	}
	if w := x.noteWhose(part); w != "" {
		return w, ""
	}
	if bare := figureWords.ReplaceAllString(part, ""); bare != part {
		part = bare // "2020 figure", "figure is for two weeks", "figure is an estimate"
		if w, _ := x.noteWhen(part); w != "" {
			return w, ""
		}
	}
	if partialNote.MatchString(part) {
		return fmt.Sprintf("a part of the figure (%q), not the whole of it", strings.TrimSpace(part)), ""
	}
	if w := x.weekPart(part); w != "" {
		return fmt.Sprintf("for a part of the week (%q), not the whole of it", w), ""
	}
	if hd, ok := x.longerPeriod(part); ok {
		return x.otherPeriod(hd), "" // "per 100k population", "daily average", "Q4", "rolling 12 months"
	}
	if bare := withoutPeriodCounts(part); bare != part && !countInNote(bare) && len(x.rd.Numbers(bare)) == 0 {
		// "last 12 months": the 12 counts the months, not a figure
		if w, _ := x.noteWhen(bare); w != "" {
			return w, ""
		}
	}
	if countInNote(part) || len(x.rd.Numbers(part)) > 0 {
		// "5 remanded", "incl. 7 under 18", "30 last week": said of a
		// count of its own; a hedge in a clause of no number hedges
		// the figure ("5 remanded, estimate")
		if h := x.clauseHedge(part, f); h != "" {
			q = h
		}
		return "", q
	}
	if w, _ := x.noteWhen(part); w != "" {
		return w, ""
	}
	if l := x.rd.Label(part, phrase.Context{}); l.Changer != "" && !leavesOut.MatchString(l.Changer+" them") {
		// "excluding duplicates": what it leaves out is noteWhose's to judge
		return fmt.Sprintf("not the week's count: its word %q changes what the figure is (another period, a rate, a part, a figure still to do)", l.Changer), ""
	} else if x.rd.DayBound(x.weekWords(part), x.week()) {
		// "up to Sunday", "as at 17/10/2021": the week's own end, no hedge
	} else if h := x.hedgeAlone(part); h != "" {
		q = h // "plus": the hedge of "43 plus" (review28 R3)
	} else if h := x.noteHedge(part); h != "" {
		q = h // "estimate"
	}
	return "", q
}

// noteClauses part a note's clauses: "5 remanded, estimate",
// "estimated; 3 charged", "estimate - 7 days".
var noteClauses = regexp.MustCompile(`\s*[,;]\s*|\s+[-–—]\s+`)

// splitClauses is a note's clauses (noteClauses), a comma between
// digits being a number's own ("over £5,000, 5 remanded").
func splitClauses(note string) []string {
	var out []string
	from := 0
	for _, m := range noteClauses.FindAllStringIndex(note, -1) {
		if m[1]-m[0] == 1 && note[m[0]] == ',' && m[0] > 0 && m[1] < len(note) && isDigit(note[m[0]-1]) && isDigit(note[m[1]]) {
			continue
		}
		out = append(out, note[from:m[0]])
		from = m[1]
	}
	return append(out, note[from:])
}

// clauseHedge is the hedge a clause of a note with no number puts on
// the figure beside the note ("5 remanded, estimate", "approx, incl. 7
// under 18"): the figures the note gives are counts of their own, but
// its hedge is said of the figure; "" for none. Only a hedge standing
// alone as the clause is said of the figure (hedgeAlone): a hedge word
// in a clause with other words is a preposition with its own object
// ("over the weekend", "around Medway", "up to date") or an adverb of
// another word ("nearly all adults", "almost immediately"), never the
// figure's (review23 R17). A clause that is the figure hedged puts its
// hedge on it ("over 43, 5 remanded"), and one holding the figure's own
// number is judged without it ("best guess 43"); a hedge on a number of
// the note's own is that count's ("estimated 5 remanded").
func (x *extractor) clauseHedge(note string, f *etl.Fact) etl.Qualifier {
	var q etl.Qualifier
	for _, cl := range splitClauses(note) {
		if v, err := ParseText(cl); err == nil && v.Num != nil && f.Value != nil && *v.Num == *f.Value && v.Qualifier != "" && v.Qualifier != etl.Exact {
			q = v.Qualifier // "over 43, 5 remanded"
			continue
		}
		if rest, ok := withoutFigure(cl, f.Raw); ok {
			cl = rest
		}
		if len(x.rd.Numbers(cl)) == 0 && !countInNote(cl) {
			if h := x.hedgeAlone(cl); h != "" {
				q = h
			}
		}
	}
	return q
}

// hedgeAlone is the hedge a clause is when it is nothing but a hedge of
// an estimate ("estimate", "approx.", "estimated", "best guess",
// "estimate only"): what a figure before it would carry ("43 approx",
// "43 - estimate") or a note word of words.csv with a qualifier for its
// meaning, the whole clause; "" for any other clause.
func (x *extractor) hedgeAlone(clause string) etl.Qualifier {
	ts := noteTokens(clause)
	if len(ts) == 0 {
		return ""
	}
	if v, err := ParseText("1 " + strings.TrimSpace(clause)); err == nil && v.Num != nil && *v.Num == 1 && v.Qualifier == etl.Approximately {
		return v.Qualifier // "approx", "estimated", "(est)"
	}
	for _, w := range x.noteVocab() {
		if q := etl.Qualifier(w.meaning); slices.Equal(w.tokens, ts) && slices.Contains(noteQualifiers, q) {
			return q // "best guess", "estimate only"
		}
	}
	for _, w := range x.cat.Words {
		if q := etl.Qualifier(w.Meaning); (w.Role == "hedge_after" || w.Role == "hedge" && q == etl.AtLeast) && slices.Equal(noteTokens(w.Text), ts) && slices.Contains(noteQualifiers, q) {
			// "43 or so", "43 give or take": a hedge said after a figure
			// (R13); "43 at least", "43, at least", "plus": a floor said
			// before a figure said after it, or alone (review28 R3). A
			// bound or an estimate said before a figure is a preposition
			// or a word of place after it ("43 below", "43 as above",
			// "43 over", "43 some"), no hedge of it (review29 R3)
			return q
		}
	}
	return ""
}

// noteHedge is the hedge a note's words put on the figure beside them
// ("estimate", "approx."), as its label's words or as the same words in
// brackets after a figure would; "" for none.
func (x *extractor) noteHedge(words string) etl.Qualifier {
	if l := x.rd.Label(words, phrase.Context{}); l.Qualifier != "" && l.Qualifier != etl.Exact {
		return l.Qualifier
	}
	if v, err := ParseText("1 (" + words + ")"); err == nil && v.Num != nil && v.Qualifier != etl.Exact && v.Qualifier != "" {
		return v.Qualifier
	}
	return ""
}

// withoutOthersClauses is sentence without the clauses of the figures it
// gives as another body's (Scoped, other) whose value is not v: each
// from the join before it (";", "and", "while", "whereas", "but") to
// its figure's end.
func withoutOthersClauses(sentence string, scoped []phrase.Scoped, v float64) string {
	var cuts [][2]int
	for _, sc := range scoped {
		if sc.Kind != phrase.ScopeOther || sc.Value == nil || *sc.Value == v || sc.Start > len(sentence) || sc.End > len(sentence) {
			continue
		}
		from := -1
		for _, j := range clauseJoins.FindAllStringIndex(sentence[:sc.Start], -1) {
			from = j[0]
		}
		if from >= 0 {
			cuts = append(cuts, [2]int{from, sc.End})
		}
	}
	slices.SortFunc(cuts, func(a, b [2]int) int { return b[0] - a[0] })
	for _, c := range cuts {
		if c[1] <= len(sentence) && c[0] < c[1] {
			sentence = sentence[:c[0]] + " " + sentence[c[1]:]
		}
	}
	return sentence
}

// clauseJoins join a clause of its own to a sentence.
var clauseJoins = regexp.MustCompile(`(?i);|,?\s+(?:and|while|whereas|but)\s+`)

// noteWhose is why a note's words say its figure is not the force's own
// as a whole: another force, a ROCU, a wider area or a region, figures
// shared with others (namedScope, valueScopeWord), or a part of the
// force the note keeps to or leaves out ("Medway only", "excludes
// Medway"); "" for none.
func (x *extractor) noteWhose(note string) string {
	note = x.beside(note)
	if why := x.namedScope(note); why != "" {
		return "not the force's own: " + why
	}
	if w := x.valueScopeWord(note); w != "" {
		return fmt.Sprintf("a wider area's or shared with others (%q), not the force's own", w)
	}
	if m := onlyNote.FindStringSubmatch(note); m != nil {
		if why := x.headingScope(m[1] + m[2]); why != "" {
			return fmt.Sprintf("only a part (%q): %s", strings.TrimSpace(note), why)
		}
	}
	if m := namesNote.FindStringSubmatch(note); m != nil {
		// "Dover and Folkestone", "in Medway and Swale": places and
		// nothing else, as a one-column heading naming them is a part
		if why := x.headingScope(m[1]); why != "" {
			return fmt.Sprintf("only a part (%q): %s", strings.TrimSpace(note), why)
		}
	}
	if m := leavesOut.FindStringSubmatch(note); m != nil {
		for _, w := range strings.Fields(x.withoutOwnNames(m[1])) {
			if w = strings.Trim(w, ".,;:()"); w != "" && strings.ToLower(w) != w && x.headingScope(w) != "" {
				return fmt.Sprintf("without a part (%q): the force's whole figure is not given", strings.TrimSpace(note))
			}
		}
	}
	return ""
}

// beside is a note without the words that name others beside the force
// and not as whose the figure is: where the people or things counted
// came from ("3 from London", "all from Essex"); unless the note speaks
// of the figures themselves ("figures from Essex Police"), or the words
// after "from", "with" or "alongside" name a force, a ROCU or another
// body (originNamesOthers: "from Essex Police", "with the NCA", "with
// BTP"), whose the figure then is, or holds: those are judged. A joint
// or shared figure says so in its own words ("joint with Essex":
// valueScopeWord).
//
// Where the people lived or had links is theirs, not whose the figure
// is, whatever force's area it names: "with links to Essex" (a name
// that is only an area's, as after "from"), "with Essex addresses", "2
// with Merseyside links", "from the Met area" (the origin phrase's name
// followed by whereaboutsWord); "from Essex, London and Merseyside" (a
// list of areas).
func (x *extractor) beside(note string) string {
	if sourceWords.MatchString(note) {
		return note
	}
	var b strings.Builder
	last := 0
	for _, ix := range linksPhrase.FindAllStringSubmatchIndex(note, -1) {
		m, name := note[ix[0]:ix[1]], note[ix[2]:ix[3]]
		b.WriteString(note[last:ix[0]])
		if x.originNamesOthers("from "+name) || !x.areasOnly(name) || !phraseEnds.MatchString(note[ix[1]:]) {
			// "links to Essex Police", "links to the NCA"; "linked to
			// Essex Operation", "linked to Essex op", "ties to Medway
			// only": the names are not only where people had links
			b.WriteString(m)
		} else {
			b.WriteString(" ")
		}
		last = ix[1]
	}
	b.WriteString(note[last:])
	note, last = b.String(), 0
	b.Reset()
	for _, ix := range originPhrase.FindAllStringIndex(note, -1) {
		m := note[ix[0]:ix[1]]
		b.WriteString(note[last:ix[0]])
		if x.originNamesOthers(m) && !(x.whereabouts(m, note[ix[1]:]) && !x.namesBody(m)) || x.helpFrom(note[:ix[0]], m) || opOrigin.MatchString(m) {
			// "from Op X": an operation, judged as one ("incl. 2
			// from Op X" is not where people came from)
			b.WriteString(m)
		} else {
			b.WriteString(" ")
		}
		last = ix[1]
	}
	b.WriteString(note[last:])
	return b.String()
}

// whereabouts reports whether the words after an origin phrase make its
// names where people lived or had links: "with Essex addresses", "2 with
// Merseyside links", "from the Met area" (not "with Essex area
// officers").
func (x *extractor) whereabouts(phrase, after string) bool {
	if whereaboutsWord.MatchString(after) {
		return true
	}
	prep, _, _ := strings.Cut(strings.TrimSpace(phrase), " ")
	return strings.EqualFold(prep, "from") && areaWord.MatchString(after)
}

// helpFrom reports whether an origin phrase after "from" gives where
// officers or help came from, when it names another force: "with
// officers from Essex", "with help from the Met area" (theirs, or
// joint), not where the people counted came from.
func (x *extractor) helpFrom(before, phrase string) bool {
	prep, name, _ := strings.Cut(strings.TrimSpace(phrase), " ")
	if !strings.EqualFold(prep, "from") || !helpWord.MatchString(before) {
		return false
	}
	for _, f := range x.cat.ForcesIn(name) {
		if f.Code != x.ret.Force {
			return true
		}
	}
	return false
}

// namesBody reports whether an origin phrase names, after its first
// word, a ROCU or a body that is no police force.
func (x *extractor) namesBody(phrase string) bool {
	_, name, _ := strings.Cut(strings.TrimSpace(phrase), " ")
	return rocuWords.MatchString(name) || x.rd.BodyIn(name) != ""
}

// withoutOthersAsides is a sentence that gives a figure itself as the
// force's without the words in it that name another force, or body, for
// what is not that figure: another's further figure in a clause of its
// own ("Officers arrested 12 people, with Essex Police arresting a
// further 3"), a person wanted by another force ("including a man
// wanted by the Met"), a dog lent by one ("with drugs dogs from Essex
// Police"). Who helped make the figure ("with the help of BTP", "with
// Essex Police assisting") and a share of it ("with Essex Police
// arresting 3 of them") stay, and are judged.
func (x *extractor) withoutOthersAsides(sentence string) string {
	sentence = furtherClause.ReplaceAllString(sentence, " ")
	for _, re := range []*regexp.Regexp{wantedBy, dogsFrom} {
		sentence = re.ReplaceAllStringFunc(sentence, func(m string) string {
			sub := re.FindStringSubmatch(m)
			if x.namesBody("by "+sub[2]) || len(x.cat.ForcesIn(sub[2])) == 0 {
				return m // "a man wanted by the NCA", "a dog from Border Force"
			}
			return sub[1] + " "
		})
	}
	return sentence
}

// originNamesOthers reports whether an origin phrase ("from Essex
// Police", "with the NCA") names, after its first word, a ROCU, a body
// that is no police force (words.csv's actors of meaning body), or
// another force of the catalogue: with "with" or "alongside" by any of
// its names ("with Essex"); with "from" by a name that is not only its
// area's ("from Essex Police", "from the Met", "from BTP", not "from
// Essex", where the people came from).
func (x *extractor) originNamesOthers(phrase string) bool {
	if x.namesBody(phrase) {
		return true
	}
	prep, name, _ := strings.Cut(strings.TrimSpace(phrase), " ")
	words := " " + catalog.Normalize(name) + " "
	for _, f := range x.cat.ForcesIn(name) {
		if f.Code == x.ret.Force {
			continue
		}
		if !strings.EqualFold(prep, "from") {
			return true
		}
		full := catalog.Normalize(f.Name)
		for _, n := range append([]string{f.Name}, f.Aliases...) {
			k := catalog.Normalize(n)
			if k != "" && strings.Contains(words, " "+k+" ") && !strings.HasPrefix(full, k+" ") {
				return true // a name of the force, not its area's: "Essex Police", "the Met", "BTP"
			}
		}
	}
	return false
}

// areasOnly reports whether name is nothing but forces' areas: "Essex",
// "Essex and Merseyside", "the West Midlands" (the start of a force's
// own name, as after "from"), not "Essex Operation" or "Medway".
func (x *extractor) areasOnly(name string) bool {
	words := " " + catalog.Normalize(name) + " "
	for _, f := range x.cat.ForcesIn(name) {
		full := catalog.Normalize(f.Name)
		for _, n := range append([]string{f.Name}, f.Aliases...) {
			if k := catalog.Normalize(n); k != "" && strings.HasPrefix(full, k+" ") {
				words = strings.ReplaceAll(words, " "+k+" ", " ")
			}
		}
	}
	for _, w := range strings.Fields(words) {
		if w != "the" && w != "and" && w != "or" && w != "&" {
			return false
		}
	}
	return true
}

var (
	// originPhrase is where the people or things counted came from, or
	// who was with the force: "from London", "from the West Midlands and
	// Essex", "with BTP".
	originPhrase = regexp.MustCompile(`\b(?i:from|with|alongside)\s+` + namesAfter)
	// opOrigin is an origin phrase that names an operation: "from Op
	// X", "with Operation Venice".
	opOrigin = regexp.MustCompile(`(?i)^(?:from|with|alongside)\s+(?:the\s+)?(?:op|opp|opn|operation)\b`)
	// namesAfter are the names an origin phrase gives, one or a list:
	// "the West Midlands and Essex", "Essex, London and Merseyside".
	namesAfter = `(?:(?i:the)\s+)?\p{Lu}[\pL'-]*(?:\s+(?:\p{Lu}[\pL'-]*|and|&|or)|,\s+(?:(?:and|or)\s+)?\p{Lu}[\pL'-]*)*`
	// linksPhrase is where the people had links, said of them: "with
	// links to Essex", "having connections with London" (not "linked to
	// Essex", which may be the work's: "4 linked to Essex").
	linksPhrase = regexp.MustCompile(`\b(?i:with|having|ha(?:ve|s|d))\s+(?i:links?|connections?|ties)\s+(?i:to|with)\s+(` + namesAfter + `)`)
	// whereaboutsWord, after an origin phrase's names, makes them where
	// people lived or had links: "with Essex addresses", "from the Met
	// area".
	// phraseEnds is what may follow a phrase's names for them to be
	// all it says: the note's end or a stop ("links to Essex.", "links to
	// Essex; 3 remanded"), not "links to Essex op".
	phraseEnds      = regexp.MustCompile(`^\s*(?:$|[.,;:)])`)
	whereaboutsWord = regexp.MustCompile(`^\s+(?i:addresses|address|links|connections|ties|postcodes?)\b`)
	areaWord        = regexp.MustCompile(`^\s+(?i:areas?)\b`)
	// helpWord, before "from", is who or what came to help: "officers
	// from Essex", "help from Merseyside", "aid from Essex".
	helpWord = regexp.MustCompile(`(?i)\b(?:officers?|colleagues|help|aid|support|assistance|detectives?|teams?|units?|staff|resources|specialists|personnel|squads?)\s*$`)
	// furtherClause is another's further figure in a clause of its own
	// after a sentence's figure: ", with Essex Police arresting a
	// further 3", ", with the NCA seizing two more".
	furtherClause = regexp.MustCompile(`,?\s+(?i:with)\s+` + namesAfter + `\s+\pL+ing\s+(?:(?i:a\s+further|another|an?\s+(?:additional|extra|further))\s+(?:[\d,]+|\pL+)|(?:[\d,]+|\pL+)\s+(?i:more|others))\b`)
	// wantedBy is a person wanted by another: "a man wanted by the Met".
	wantedBy = regexp.MustCompile(`(\b(?i:an?|one)\s+(?:[\pL-]+\s+){0,2}?(?i:man|woman|boy|girl|teenager|person|suspect|youth|male|female))\s+(?i:wanted\s+by)\s+(` + namesAfter + `)`)
	// dogsFrom is a dog lent by another, and no one else: "with drugs
	// dogs from Essex Police", "with the help of a dog from the Met".
	dogsFrom = regexp.MustCompile(`(\b)(?i:with|using)\s+(?i:the\s+(?:help|assistance|support)\s+of\s+)?(?i:(?:an?|the|two|three|four|\d+)\s+)?(?i:(?:drugs?|sniffer|search|detection|police)\s+)?(?i:dogs?)\s+(?i:from)\s+(` + namesAfter + `)`)
	// sourceWords say a note names where the figure itself came from,
	// whose it is: "figure from Essex Police", "data supplied by".
	sourceWords = regexp.MustCompile(`(?i)\b(?:figures?|data|returns?|numbers|stats|statistics|totals?|counts?|submission|submitted|provided|supplied|reported|recorded)\b`)
	// onlyNote keeps a figure to what the words name: "Medway only",
	// "only Medway".
	onlyNote = regexp.MustCompile(`(?i)^\s*(?:only\s+(.+?)|(.+?)\s+only)\s*\.?\s*$`)
	// namesNote is a note of names alone, after "in" or "across" or not:
	// "Dover and Folkestone", "in Medway & Swale".
	namesNote = regexp.MustCompile(`^\s*(?:(?i:in|across|at)\s+)?(\p{Lu}[\pL'-]*(?:(?:\s+|\s*,\s*)(?:(?i:and|&)\s+)?\p{Lu}[\pL'-]*|\s*&\s*\p{Lu}[\pL'-]*)*)\s*\.?\s*$`)
	// partialNote says the figure is only a part of the count: "partial",
	// "partial figure", "part data". (Not taught in words.csv: there the
	// phrase reader would read a release's "- a partial result" otherwise
	// and draft its figures: TestReleaseTailSaysLaw.)
	partialNote = regexp.MustCompile(`(?i)^\s*(?:partial(?:ly)?|part)(?:\s+(?:figures?|data|returns?|counts?|totals?|only))?\s*\.?\s*$`)
	// figureWords speak of the figure only to say what it is: "figure
	// is for", "figure is an", "2020 figure".
	figureWords = regexp.MustCompile(`(?i)^\s*(?:the\s+|this\s+)?(?:figures?|numbers?|total)\s+(?:is|are|was|were)\s+(?:(?:an?|the)\s+)?|\s+(?:figures?|numbers?|total)\s*\.?\s*$`)
	// leavesOut leaves out of a figure what follows: "excludes Medway",
	// "excl. Medway", "not including Swale".
	leavesOut = regexp.MustCompile(`(?i)\b(?:excludes|excluding|excluded|excl\.?|exc\.?|except|not including|minus|less)\s+(.+)$`)
	// weekPartIn is a stretch of the week's days inside other words: two
	// days by their names ("Mon-Thu figures", "covers Mon-Thu"), days by
	// their numbers ("(Days 1-4)"), "part week", a few days only.
	weekPartIn = regexp.MustCompile(`(?i)\b(?:` + weekdayAlt + `\s*(?:-|–|to|&|and)\s*` + weekdayAlt + `|days?\s+\d+(?:\s*(?:-|–|to|&|and)\s*\d+)?|part[- ]week|[1-6]\s+days?\s+only)\b`)
	// betweenDays is a stretch of days a sentence gives as "between
	// Monday and Thursday": Monday to Thursday ("on Monday and Sunday"
	// is two days).
	betweenDays = regexp.MustCompile(`(?i)\bbetween\s+(` + weekdayAlt + `)\s+and\s+(` + weekdayAlt + `)`)
	// weekParts name a part of the week by its days: "Mon-Thu", "Day 1",
	// "Days 1-4", "part week", "weekdays only", "over the weekend"
	// (review25 W6: the hedge reader read "over" as more_than).
	weekParts = regexp.MustCompile(`(?i)^\s*(?:part[- ]week\s*)?\(?\s*((?:on\s+)?` + weekdayAlt + `(?:\s*(?:-|–|to|&|and)\s*` + weekdayAlt + `)?|days?\s+\d+(?:\s*(?:-|–|to|&|and)\s*\d+)?|week\s?days?|(?:(?:over|at|during|across|for|on|in|throughout)\s+(?:the\s+)?)?weekends?|part[- ]week|first \w+ days)(?:\s+only)?\s*\)?\s*\.?\s*$`)
)

// weekdayAlt is a day of the week by its name or a short form of it.
const weekdayAlt = `(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?`

// fullDays is text with the short names of the days of the week written
// in full ("until Wed": "until Wednesday"), as the phrase reader knows
// them.
func fullDays(text string) string {
	return shortDay.ReplaceAllStringFunc(text, func(d string) string {
		return strings.ToLower(weekdayOf(strings.ToLower(d[:3])).String())
	})
}

// shortDay is a day of the week by a short name: "Wed", "Thurs.".
var shortDay = regexp.MustCompile(`(?i)\b(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\b\.?`)

// weekPart is the words of a note or heading that name a part of the
// week by its days: the whole of it ("Mon-Thu", "Day 1", "Weekend"), or
// a stretch of days inside other words ("Mon-Thu figures", "Week 41
// (Mon-Thu)", "Kent Police (Days 1-4)", "4 days only"); "" for none. A
// stretch that is the operation's whole week ("Mon-Sun", "Days 1-7" of
// a week from Monday to Sunday; "between Monday and Sunday") is no part
// of it.
func (x *extractor) weekPart(text string) string {
	text = betweenDays.ReplaceAllString(text, "$1 to $2")
	op, ok := x.cat.Operation(x.ret.Operation)
	if weekParts.MatchString(text) {
		if ok && wholeWeekDays(text, op) {
			return ""
		}
		return strings.TrimSpace(text)
	}
	// days said to be in the figure are no part of it ("incl. Sat &
	// Sun"); every other stretch is judged, not the first alone
	// ("Mon-Sun excl. Sat-Sun")
	text = x.vocab().withoutAdded(text)
	for _, w := range weekPartIn.FindAllString(text, -1) {
		if !(ok && wholeWeekDays(w, op)) {
			return w
		}
	}
	return ""
}

// withoutFigure is a note without the figure's own number, said in it
// with or without its currency sign ("43 in 2020" beside 43, "£5000 or
// so" beside 5000), and whether it held it.
func withoutFigure(note, raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return note, false
	}
	re := regexp.MustCompile(`(^|[\s(])[£€]?` + regexp.QuoteMeta(raw) + `($|[\s),;:]|\.(?:\s|$))`)
	out := re.ReplaceAllString(note, "$1 $2")
	return strings.TrimSpace(out), out != note
}

// otherValue is the words of a figure a sentence beside fact f reads as
// f's own measure (its metric, item and unit) with another number, when
// it reads none with f's number ("Officers arrested 40 people." beside
// 43): the sentence gives the figure as another, and says it is not
// what the cell holds. "" when it reads f's number, or no figure of f's
// measure (a sentence of other figures: "3 were charged").
// readsFigure reports whether a note's reading, as the phrase reader
// reads a release's sentence (every refusal of another period, a part,
// another force applied), gives fact f itself: its metric and item (a
// figure of all items said as one kind: "Officers seized 7 knives"
// beside 7 weapons), and in its measure exactly its value.
func readsFigure(facts []phrase.Fact, f *etl.Fact) bool {
	return slices.ContainsFunc(facts, func(fc phrase.Fact) bool {
		if fc.Metric != f.Metric || fc.Item != f.Item && f.Item != "" || fc.Value == nil {
			return false // of all items, the figure may be said as its kind: 7 weapons as "7 knives"
		}
		return !sameMeasure(fc.Unit, f.Unit) || *fc.Value == *f.Value
	})
}

func otherValue(facts []phrase.Fact, f *etl.Fact) string {
	other := ""
	for _, fc := range facts {
		if fc.Metric != f.Metric || fc.Item != f.Item || !sameMeasure(fc.Unit, f.Unit) || fc.Value == nil {
			continue
		}
		if *fc.Value == *f.Value {
			return ""
		}
		if other == "" {
			other = fc.Text
		}
	}
	return other
}

// sameMeasure reports whether two units measure alike: the same unit, or
// a count of people and a count of things, which one metric may count
// either way.
func sameMeasure(a, b etl.Unit) bool {
	count := func(u etl.Unit) bool { return u == etl.UnitPeople || u == etl.UnitCount }
	return a == b || count(a) && count(b)
}

// currencySaid reports whether the currency of money figure f, read
// from cell v, is said anywhere but by its metric: in its own text
// ("£5000"), a label left of it in its row ("Cash seized (£)"), or a
// heading over its column ("Pounds", "Sterling", "€").
func (x *extractor) currencySaid(g *grid, v int, f *etl.Fact) bool {
	if saysCurrency(f.Raw) {
		return true
	}
	c := g.cell(v)
	for _, j := range g.byRow[c.Row] {
		if l := g.cell(j); l.Col < c.Col && l.Kind == etl.KindText && saysCurrency(l.Text) {
			return true
		}
	}
	heads, near := x.headingCells(g, v)
	if near >= 0 {
		heads = append(heads, near)
	}
	return slices.ContainsFunc(heads, func(j int) bool { return g.cell(j).Kind == etl.KindText && saysCurrency(g.cell(j).Text) })
}

// otherCurrency is the words of a note that name a currency other than
// the money figure's own unit u ("€5000", "in euros", "USD" beside
// pounds; "$" beside euros), as the signs of a label are read
// (readSigns); "" for none, or for a figure not of money. A note in
// euros beside a figure in pounds gives it in euros, or holds euros
// beside it: either way the figure is not known to be pounds.
func otherCurrency(note string, u etl.Unit) string {
	if !money(u) {
		return ""
	}
	s := readSigns(note)
	switch {
	case s.foreign != "":
		return s.foreign
	case u == etl.UnitGBP && s.unit == etl.UnitEUR:
		return euroSign.FindString(note)
	}
	return ""
}
