package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// footMarks are the marks a figure or a label carries to point at a note
// elsewhere on its sheet: "43*", "£5,000 **", "43†", "43¹", "43 (1)",
// "Arrests [a]".
const footMarks = `\*{1,3}|†{1,2}|‡|[¹²³⁴⁵⁶⁷⁸⁹]|\(\d{1,2}\)|\[\d{1,2}\]|\([a-z]\)|\[[a-z]\]`

// markedFigure is a text ending with a mark: what stands before it, the
// mark.
var markedFigure = regexp.MustCompile(`^(.*?\S)\s*(` + footMarks + `)\s*$`)

// noteStart is a cell that starts with a mark and says something: the
// note the mark points at ("* provisional - custody figures not yet
// validated", "(1) includes 5 BTP arrests").
var noteStart = regexp.MustCompile(`^\s*(` + footMarks + `)\s*[-–:.)]?\s*(\pL.*)$`)

// noteAt is a note a mark points at: its sheet and its cell.
type noteAt struct {
	sheet string
	cell  *etl.Cell
}

// where names a note's cell, with its sheet when it is not on the marked
// figure's.
func (n noteAt) where(sheet string) string {
	if n.sheet == sheet {
		return n.cell.Ref()
	}
	return n.sheet + "!" + n.cell.Ref()
}

// footnote finds the notes a text's closing mark points at: the text
// without its mark, the mark, and the notes. A note on the text's own
// sheet is the one; failing that, every note that starts with the mark
// on any other sheet of the workbook ("Notes", "Footnotes", "Key"). No
// notes when the text carries no mark, or when nothing starts with it;
// a sheet whose own figures carry the mark keeps its notes to them. A
// letter in brackets that is a unit ("Heroin (g)", "56 (g)") is no mark
// (review12 M3).
func (x *extractor) footnote(g *grid, text string) (before, mark string, notes []noteAt) {
	m := markedFigure.FindStringSubmatch(text)
	if m == nil || x.unitMark(m[2]) {
		return "", "", nil
	}
	find := func(sh *etl.Sheet) []noteAt {
		var out []noteAt
		for i := range sh.Cells {
			c := &sh.Cells[i]
			if c.Kind != etl.KindText {
				continue
			}
			if n := noteStart.FindStringSubmatch(c.Text); n != nil && n[1] == m[2] && !x.unitMark(n[1]) {
				out = append(out, noteAt{sh.Name, c})
			}
		}
		return out
	}
	if own := find(g.sheet); len(own) > 0 {
		return m[1], m[2], own[:1]
	}
	// marks reports another sheet whose own figures or labels carry the
	// mark ("Arrests │ 400*" on a year-to-date sheet): its note is its
	// own figures' first (review13 L3), not this one's. A sentence that
	// ends with the mark ("Fill in every field marked *" on a Guidance
	// sheet) is neither: the sheet's notes stay every sheet's.
	marks := func(sh *etl.Sheet) bool {
		for i := range sh.Cells {
			c := &sh.Cells[i]
			if c.Kind != etl.KindText || noteStart.MatchString(c.Text) {
				continue
			}
			if o := markedFigure.FindStringSubmatch(c.Text); o != nil && o[2] == m[2] && (isFigureText(o[1]) || x.isLabel(o[1])) {
				return true
			}
		}
		return false
	}
	for i := range x.wb.Sheets {
		if sh := &x.wb.Sheets[i]; sh.Name != g.sheet.Name && !marks(sh) {
			notes = append(notes, find(sh)...)
		}
	}
	return m[1], m[2], notes
}

// isFigureText reports whether text is a figure the value reader reads
// ("400", "£5,000", "2kg").
func isFigureText(text string) bool {
	v, err := ParseText(text)
	return err == nil && v.Num != nil
}

// unitMark says a mark is a unit in brackets: "(g)", "[g]".
func (x *extractor) unitMark(mark string) bool {
	if !strings.HasPrefix(mark, "(") && !strings.HasPrefix(mark, "[") {
		return false
	}
	l := x.rd.Label(strings.Trim(mark, "()[]"), phrase.Context{})
	return l.Unit != "" || l.Scale != 1
}

// footnoted reads the note a figure's mark (or its label's) points at,
// on its own sheet or any other of the workbook: "Arrests │ 43*" with
// "* provisional - custody figures not yet validated" below or on a sheet
// of notes. A note saying the figures it marks are provisional or not
// final, or of another period ("Year to date figure"), refuses the
// figure, as "43 (provisional)" is refused; any other note is named in a
// warning, as it may change what the figure counts ("(1) includes 7
// under 18"), and is judged once the figure is read as a note beside it
// is (notesOver: "(1) includes 5 BTP arrests" refuses it); the figure is
// read without its mark, so the mark is never taken for a second figure
// ("43 (1)"). A mark no note starts with
// is named in a warning: never passed over in silence.
func (x *extractor) footnoted(g *grid, c candidate, m catalog.Metric) (candidate, bool) {
	v := g.cell(c.cell)
	if v.Kind != etl.KindText && c.label == "" {
		return c, true
	}
	text := v.Text
	if c.text != "" {
		text = c.text
	}
	var mark string
	var notes []noteAt
	marked := false
	if v.Kind == etl.KindText && strings.ContainsAny(text, "0123456789") {
		var before string
		if before, mark, notes = x.footnote(g, text); strings.ContainsAny(before, "0123456789") {
			marked = true
			if len(notes) > 0 {
				c.text = before
			}
		}
	}
	what := fmt.Sprintf("%s at %s", shownAs(v), v.Ref())
	if !marked && c.label != "" {
		_, mark, notes = x.footnote(g, c.label)
		marked = mark != ""
		what = fmt.Sprintf("%s at %s, whose label %q", shownAs(v), v.Ref(), c.label)
	}
	if !marked {
		return c, true
	}
	if len(notes) == 0 && strings.ContainsAny(mark, "0123456789") {
		// "43 (43)", "43 (1)" with no note: a figure restated, or two
		// figures; the restatement reader's, which says which.
		return c, true
	}
	if len(notes) == 0 {
		// "43*" with no note anywhere: the mark says something of the
		// figure nobody can read.
		x.footWarn(g.sheet.Name, mark, "", v.Ref(), m.Label+": "+what)
		return c, true
	}
	var wheres, texts []string
	cells := []string{v.Ref()}
	refused := ""
	for _, note := range notes {
		wheres = append(wheres, note.where(g.sheet.Name))
		texts = append(texts, strconv.Quote(strings.TrimSpace(note.cell.Text)))
		if note.sheet == g.sheet.Name {
			cells = append(cells, note.cell.Ref())
		}
		n := noteStart.FindStringSubmatch(note.cell.Text)
		words := strings.TrimSpace(n[2])
		if refused != "" {
			continue
		}
		if x.provisional(words) {
			refused = "which says the figure is provisional or not final; not loaded: it is loaded when the force sends the final figure"
		} else if changer := x.noteChanger(words); changer != "" {
			// "* Year to date figure", "(1) cumulative since 1 April": the
			// note says the figure is not this week's alone (review12 M3).
			refused = fmt.Sprintf("where %q says the figure is not this week's alone; not loaded", changer)
		}
	}
	of := fmt.Sprintf("of the note at %s, %s, ", strings.Join(wheres, " and "), strings.Join(texts, " and "))
	if len(notes) > 1 {
		of = fmt.Sprintf("of the notes at %s, %s (which one?), ", strings.Join(wheres, " and "), strings.Join(texts, " and "))
	}
	if refused != "" {
		x.refuse(etl.SevWarning, "unreadable_value", g.sheet.Name, v.Ref(), cells, "%s: %s carries the mark %q %s%s", m.Label, what, mark, of, refused)
		return c, false
	}
	x.footWarn(g.sheet.Name, mark, of, v.Ref(), m.Label+": "+what)
	return c, true
}

// footWarning is the warning, written once per sheet, about the figures
// of that sheet that load carrying one mark whose notes (or lack of one)
// are the same: a sheet that stars every mandatory field ("Arrests*",
// "Cash seized*", with "* Mandatory field" on a Guidance sheet) gets one
// warning naming every starred figure, not one each.
type footWarning struct {
	sheet, mark string
	of          string   // "of the note at Notes!A2, \"* Mandatory field\", ", or "" for no note
	cells       []string // the figures' cells, in the order read
	whats       []string // each figure as named: "Arrests: 43 at B3, whose label \"Arrests*\""
}

// footWarn holds the figure at cell, named what, for the footnote warning
// of its sheet, mark and notes.
func (x *extractor) footWarn(sheet, mark, of, cell, what string) {
	for _, w := range x.footWarnings {
		if w.sheet != sheet || w.mark != mark || w.of != of {
			continue
		}
		if !slices.Contains(w.cells, cell) {
			w.cells = append(w.cells, cell)
			w.whats = append(w.whats, what)
		}
		return
	}
	x.footWarnings = append(x.footWarnings, &footWarning{sheet: sheet, mark: mark, of: of, cells: []string{cell}, whats: []string{what}})
}

// unFootWarn takes back the figure at cell from the footnote warnings
// held: it was refused after all, and no warning says it loads.
func (x *extractor) unFootWarn(sheet, cell string) {
	for _, w := range x.footWarnings {
		if i := slices.Index(w.cells, cell); w.sheet == sheet && i >= 0 {
			w.cells = slices.Delete(w.cells, i, i+1)
			w.whats = slices.Delete(w.whats, i, i+1)
		}
	}
	x.footWarnings = slices.DeleteFunc(x.footWarnings, func(w *footWarning) bool { return len(w.cells) == 0 })
}

// writeFootWarnings writes the footnote warnings held: one figure's as
// it always was, several figures' as one warning at the first naming
// every one of them.
func (x *extractor) writeFootWarnings() {
	for _, w := range x.footWarnings {
		switch {
		case len(w.cells) == 1 && w.of == "":
			x.msg(etl.SevWarning, "footnote", w.sheet, w.cells[0], "%s carries the mark %q, and no note of its own starts with it on its sheet or on another sheet whose figures carry no such mark: check what it says of the figure", w.whats[0], w.mark)
		case len(w.cells) == 1:
			x.msg(etl.SevWarning, "footnote", w.sheet, w.cells[0], "%s carries the mark %q %swhich is not read with the figure: check that it does not change what the figure counts", w.whats[0], w.mark, w.of)
		case w.of == "":
			x.msg(etl.SevWarning, "footnote", w.sheet, w.cells[0], "%d figures at %s carry the mark %q, and no note of their own starts with it on their sheet or on another sheet whose figures carry no such mark: check what it says of them (%s)", len(w.cells), strings.Join(w.cells, ", "), w.mark, strings.Join(w.whats, "; "))
		default:
			x.msg(etl.SevWarning, "footnote", w.sheet, w.cells[0], "%d figures at %s carry the mark %q %swhich is not read with them: check that it does not change what they count (%s)", len(w.cells), strings.Join(w.cells, ", "), w.mark, w.of, strings.Join(w.whats, "; "))
		}
	}
	x.footWarnings = nil
}

// noteParts part a note into its clauses: "Figures for this week only,
// not cumulative", "Mandatory field: do not enter year to date figures".
var noteParts = regexp.MustCompile(`\s*(?:[,;:.–—]|\s-\s|\bbut\b)\s*`)

// noteNegation opens or stands in a clause that says what the figure is
// not, or what it leaves out: "not cumulative", "do not enter year to
// date figures", "excluding those for other offences".
var noteNegation = regexp.MustCompile(`(?i)\b(?:not|no|never|don't|do not|excluding|excludes?|except|other than|without)\b`)

// noteExclusion opens what a clause leaves out: "except BTP", "excluding
// those for other offences". Its scope is the words after it, not the
// clause: "Year to date total except BTP" is still a year to date total.
var noteExclusion = regexp.MustCompile(`(?i)\b(?:excluding|excludes?|except|other than|without)\b`)

// thisWeekSince is "since" the start of the week itself: the week, not
// another period ("Include arrests made since the start of the week").
var thisWeekSince = regexp.MustCompile(`(?i)\bsince the (?:start|beginning) of (?:the|this) (?:\w+ )?week\b`)

// noteChanger is the word of a note that says the figures it marks are of
// another period or measure ("Year to date figure", "cumulative since 1
// April"), or "". Only a clause that says so counts: a clause that
// negates a changer or leaves something out ("not cumulative", "do not
// enter year to date figures", "excluding those for other offences")
// affirms the week or defines what the figure counts, and "since the
// start of the week" is the week (review13 L3). Such a note is named in
// a warning, not refused.
func (x *extractor) noteChanger(words string) string {
	for _, part := range noteParts.Split(words, -1) {
		if loc := noteExclusion.FindStringIndex(part); loc != nil && !noteNegation.MatchString(part[:loc[0]]) {
			// "Year to date total except BTP": what it leaves out follows
			// the word; the words before it still say what the figure is
			part = part[:loc[0]]
		}
		if part == "" || noteNegation.MatchString(part) {
			continue
		}
		part = thisWeekSince.ReplaceAllString(part, "during the week")
		if l := x.rd.Label(part, phrase.Context{}); l.Changer != "" {
			return l.Changer
		}
	}
	return ""
}
