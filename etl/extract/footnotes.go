package extract

import (
	"fmt"
	"regexp"
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

// footnote finds the note on a sheet that a text's closing mark points
// at: the text without its mark, the mark, and the note's cell (nil when
// the text carries no mark, or no note on the sheet starts with it).
func footnote(g *grid, text string) (before, mark string, note *etl.Cell) {
	m := markedFigure.FindStringSubmatch(text)
	if m == nil {
		return "", "", nil
	}
	for i := range g.sheet.Cells {
		c := &g.sheet.Cells[i]
		if c.Kind != etl.KindText {
			continue
		}
		if n := noteStart.FindStringSubmatch(c.Text); n != nil && n[1] == m[2] {
			return m[1], m[2], c
		}
	}
	return m[1], m[2], nil
}

// footnoted reads the note a figure's mark (or its label's) points at:
// "Arrests │ 43*" with "* provisional - custody figures not yet
// validated" below. A note saying the figures it marks are provisional or
// not final, or of another period ("Year to date figure"), refuses the figure, as "43 (provisional)" is refused; any
// other note is named in a warning, as it may change what the figure
// counts ("(1) includes 5 BTP arrests"), and the figure is read without
// its mark, so the mark is never taken for a second figure ("43 (1)").
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
	var note *etl.Cell
	if v.Kind == etl.KindText && strings.ContainsAny(text, "0123456789") {
		var before string
		if before, mark, note = footnote(g, text); note != nil && strings.ContainsAny(before, "0123456789") {
			c.text = before
		}
	}
	if note == nil && c.label != "" {
		_, mark, note = footnote(g, c.label)
	}
	if note == nil {
		return c, true
	}
	n := noteStart.FindStringSubmatch(note.Text)
	words := strings.TrimSpace(n[2])
	said := fmt.Sprintf("%s: %s at %s carries the mark %q of the note at %s, %q, ", m.Label, shownAs(v), v.Ref(), mark, note.Ref(), strings.TrimSpace(note.Text))
	refused := ""
	if phrase.Provisional(words) {
		refused = "which says the figure is provisional or not final; not loaded: it is loaded when the force sends the final figure"
	} else if l := x.rd.Label(words, phrase.Context{}); l.Changer != "" {
		// "* Year to date figure", "(1) cumulative since 1 April": the
		// note says the figure is not this week's alone (review12 M3).
		refused = fmt.Sprintf("where %q says the figure is not this week's alone; not loaded", l.Changer)
	}
	if refused != "" {
		x.refuse(etl.SevWarning, "unreadable_value", g.sheet.Name, v.Ref(), []string{v.Ref(), note.Ref()}, "%s%s", said, refused)
		return c, false
	}
	x.msg(etl.SevWarning, "footnote", g.sheet.Name, v.Ref(), "%swhich is not read with the figure: check that it does not change what the figure counts", said)
	return c, true
}
