package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/countylines/countylines/etl"
)

// scaleNote is a scale stated once for a sheet's figures: a note in the
// title block or under the table ("All monetary values in £000s", "Note:
// cash figures are in £ thousands"), or the sheet's name ("Cash £000s").
type scaleNote struct {
	where string  // "the note at Return!A2", "the sheet name"
	text  string  // as written
	scale float64 // 1000 or a million
	money bool    // it speaks of money: it is for the money figures only
}

var (
	// noteWords say a cell states how the figures are written.
	noteWords = regexp.MustCompile(`(?i)\b(in|are|is|shown|expressed|given|stated|reported|recorded|note|notes)\b`)
	// noteNegated: "Enter values in £, not £000s" says there is no scale.
	noteNegated = regexp.MustCompile(`(?i)\b(not|never|don'?t|no)\b`)
	moneyWords  = regexp.MustCompile(`(?i)[£€]|\b(money|monetary|cash|values?|sterling|pounds|euros?|financial|worth|amounts?)\b`)
)

// findScaleNote finds a sheet's scale note, if any: the sheet's name, or
// a cell of words stating a scale, with no figure to its right nor
// directly below it (a label or a column heading with its scale, "Cash
// seized (£000s) | 5", "Value (£000s)" over figures, is read as one).
func (x *extractor) findScaleNote(g *grid) *scaleNote {
	note := func(text, where string) *scaleNote {
		ls := x.sense(text)
		if ls.scale == 1 || noteNegated.MatchString(text) {
			return nil
		}
		return &scaleNote{where: where, text: text, scale: ls.scale, money: ls.money || ls.unit != "" || moneyWords.MatchString(text)}
	}
	if n := note(g.sheet.Name, "the sheet's name"); n != nil {
		return n
	}
	for i := range g.sheet.Cells {
		c := g.cell(i)
		if c.Kind != etl.KindText || !noteWords.MatchString(c.Text) || !strings.ContainsAny(c.Text, "0£€kKmMtT") {
			continue
		}
		n := note(c.Text, "the note at "+g.sheet.Name+"!"+c.Ref())
		if n == nil {
			continue
		}
		if k := g.below(c.Row, c.Col); k >= 0 && g.isFigure(k) {
			continue
		}
		figure := false
		for _, j := range g.byRow[c.Row] {
			figure = figure || g.cell(j).Col > c.Col && g.isFigure(j)
		}
		if !figure {
			return n
		}
	}
	return nil
}

// noteRefuses refuses a figure whose scale a sheet's note would change:
// a sum of money (or, under a note that does not speak of money, any
// figure) whose label, heading or unit cell gives no scale, or another
// than the note's. "Cash seized | 5" under "All monetary values in
// £000s" is £5,000 to a reader of the sheet, and £5 to a reader of the
// cell alone: never loaded by a guess either way.
func (x *extractor) noteRefuses(g *grid, c candidate, label string, f etl.Fact) bool {
	n := g.scaleNote
	if n == nil || f.Value == nil || *f.Value == 0 || (n.money && !money(f.Unit)) || c.scale == n.scale {
		return false
	}
	x.refuse(etl.SevWarning, "scale_note", f.Sheet, f.Cell, []string{f.Cell},
		"%s: %s says %q, but %q at %s gives no scale of its own (or another): is it %s or %s?; not loaded. Put the scale in the label (\"Cash seized (£000s)\") or give the full amount",
		label, n.where, n.text, f.Raw, f.Cell, strconv.FormatFloat(*f.Value, 'f', -1, 64), strconv.FormatFloat(roundFloat(*f.Value*n.scale), 'f', -1, 64))
	return true
}
