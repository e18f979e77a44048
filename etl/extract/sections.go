package extract

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/countylines/countylines/etl"
)

// A heading standing alone in its row ("THIS WEEK", "PREVIOUS
// INTENSIFICATION WEEK (MAY 2021)", "Year to date"), or titling one of two
// tables side by side (blockTitle), heads a section: the
// figures under it are for the period it names until the next such
// heading. A sheet whose name names a period ("Year to date", "Last IW",
// "May 2021") is for that period unless a heading on it says otherwise. A
// section or a sheet of another period is a comparison: its figures are
// reported, naming the heading, and never loaded, as a comparison column
// is. A heading that names no period ("Enforcement") ends no section: a
// part of a comparison is still a comparison.

// sectionHead is a period heading alone in its row.
type sectionHead struct {
	row, col int
	cell     int
	hd       heading
	scope    string // not "": the title names another force, a ROCU, a part of the force or figures left out, saying which
	maybe    bool   // the title's words name something other than the force or a topic, which may be a part of it
}

// sectionHeads finds the sheet's period headings that stand alone in
// their rows, top to bottom. It runs once the return's week is known.
func (x *extractor) sectionHeads(g *grid) {
	first := g.firstFigureRow()
	firstPart := x.firstBlockPart(g, first)
	partsOnly := firstPart >= 0
	var otherParts []int // later blocks titled by other parts than the first's
	for _, row := range g.rows {
		cells := g.byRow[row]
		for _, i := range cells {
			c := g.cell(i)
			if c.Kind != etl.KindText || x.holdsFigure(c) || !titleLike(c.Text) {
				continue
			}
			if len(cells) == 1 && row > first && x.titlesBlock(g, i) {
				// A table's title below the first figures, alone in the
				// labels' column: "BTP activity in Kent (not included
				// above)", "Medway district", "Week before: 4-10 Oct".
				if scope := x.otherScope(c.Text); scope != "" {
					g.sections = append(g.sections, sectionHead{row: row, col: c.Col, cell: i, scope: scope})
					continue
				}
				if hd := x.headingOf(c.Text); x.periodOf(hd) == periodOther {
					g.sections = append(g.sections, sectionHead{row: row, col: c.Col, cell: i, hd: hd})
					continue
				}
				if partsOnly && len(x.ownParts(c.Text, g.cell(firstPart).Text)) > 0 && !x.isLabel(c.Text) {
					otherParts = append(otherParts, i)
				}
				if pw := x.partWords(c.Text); len(pw) > 0 && !partsOnly && !x.isLabel(c.Text) {
					// "Medway", "Thanet activity", "Partner figures
					// (Kent County Council)": a place's or a body's
					// figures as likely as the force's; a topic title
					// ("Drugs", "Other activity") has no such word.
					scope := fmt.Sprintf("its words %s name neither the force nor what its figures are: a part of the force (a district, a team, an operation), a place or another body may be meant", quoteAll(pw))
					g.sections = append(g.sections, sectionHead{row: row, col: c.Col, cell: i, scope: scope, maybe: true})
					continue
				}
			}
			if len(cells) == 1 && row <= first && x.titlesBlock(g, i) && !g.used[i] {
				// "National", "Medway", "South East" alone over the
				// first figures: a few words that say whose they are,
				// as a column's heading would, and nothing of a period.
				if scope := x.blockScope(c.Text); scope != "" {
					g.sections = append(g.sections, sectionHead{row: row, col: c.Col, cell: i, scope: scope})
					continue
				}
			}
			if len(cells) == 1 {
				// A pure heading anywhere; in the title block, any title
				// that names a period ("Kent Police county lines figures,
				// year to date").
				if !x.pure(c.Text) && (row >= first || x.isLabel(c.Text)) {
					continue
				}
			} else if !x.blockTitle(g, i) {
				continue
			}
			hd := x.headingOf(c.Text)
			if hd.period == periodNone && !hd.dated() {
				continue
			}
			g.sections = append(g.sections, sectionHead{row: row, col: c.Col, cell: i, hd: hd})
		}
	}
	g.sheetHead = readHeading(g.sheet.Name)
	if len(otherParts) > 0 {
		// "MEDWAY" over the first figures, "THANET" over the next: every
		// block is a part's, and none is the force's whole.
		fc := g.cell(firstPart)
		titles := []string{quoteAt(g, firstPart)}
		for _, i := range otherParts {
			titles = append(titles, quoteAt(g, i))
		}
		x.msg(etl.SevError, "not_the_force_week", g.sheet.Name, fc.Ref(), "the blocks of the sheet are titled %s, which may name parts of the force (districts, teams, operations): none of them is the force's whole for the week, and parts are not added up here. Nothing is loaded: give the force's figures for the week, under the force's name or 'Summary'",
			strings.Join(titles, " and "))
	}
}

// blockTitle reports whether a pure period heading that shares its row
// with other cells titles the block under it, as one of two tables side
// by side does ("This week" over A:B, "Year to date" over D:E, on one row
// or beside another table's figures): nothing stands to its right (past
// its merge), and under it stands a label or a table's header words,
// not a figure nor another heading ("This week" over "No. │ £" is a
// column heading).
func (x *extractor) blockTitle(g *grid, i int) bool {
	c := g.cell(i)
	if !x.pure(c.Text) {
		return false
	}
	if r := g.rightOf(c.Row, c.Col); r >= 0 && g.cell(r).Col == g.lastCol(c.Row, c.Col)+1 {
		return false
	}
	k := g.below(c.Row, c.Col)
	if k < 0 || g.cell(k).Row != c.Row+1 {
		return false
	}
	under := g.cell(k)
	return under.Kind == etl.KindText && !g.isValue(k) && !x.pure(under.Text)
}

// firstBlockPart finds the title of their own the sheet's first figures
// stand under when it may name a part of the force ("MEDWAY" over
// Medway's rows, "THANET" over Thanet's below); -1 for none. Then no block
// of the sheet is the force's whole to set the others against, and a figure two
// parts repeat is refused as such (inParts).
func (x *extractor) firstBlockPart(g *grid, first int) int {
	for k := len(g.rows) - 1; k >= 0; k-- {
		row := g.rows[k]
		if row >= first || len(g.byRow[row]) != 1 {
			continue
		}
		i := g.byRow[row][0]
		c := g.cell(i)
		if c.Kind != etl.KindText || isBlankText(c.Text) || x.isLabel(c.Text) {
			continue
		}
		if x.titlesBlock(g, i) && len(x.partWords(c.Text)) > 0 {
			return i
		}
		return -1
	}
	return -1
}

// titlesBlock reports whether a cell alone in its row titles the block
// under it: the next row holds words in its column (a label, or a
// header row's first heading), not a figure.
func (x *extractor) titlesBlock(g *grid, i int) bool {
	c := g.cell(i)
	k := g.below(c.Row, c.Col)
	if k < 0 || g.cell(k).Row != c.Row+1 {
		return false
	}
	under := g.cell(k)
	return under.Kind == etl.KindText && !g.isValue(k) && !x.holdsFigure(under)
}

var (
	// rocuWords name a regional organised crime unit, which reports its
	// own figures.
	rocuWords = regexp.MustCompile(`(?i)\b(?:[a-z]*rocus?|regional organi[sz]ed crime units?|ersou|emsou|nersou|tarian)\b`)
	// leftOutWords say a block's figures are not part of the return's.
	leftOutWords = regexp.MustCompile(`(?i)\b(?:not (?:included|counted|part of)|excluded|excluding these)\b`)
)

// otherScope says whom a block's title gives figures for when that is
// not the return's force as a whole: another force ("BTP activity in
// Kent", "Activity by Essex officers"), a ROCU ("SEROCU activity"), a
// part of the force ("Medway district"), or figures the title says are
// left out ("(not included above)"). "" for a topic ("Drugs") or the
// force itself.
func (x *extractor) otherScope(text string) string {
	if why := x.otherBody(text); why != "" {
		return why
	}
	if w := partOfForceWords.FindString(text); w != "" {
		return fmt.Sprintf("it names a part of the force (%q)", w)
	}
	return ""
}

// otherBody is otherScope by the words that say the figures are none of
// the force's, not even a part's: another force, a ROCU, figures left out.
func (x *extractor) otherBody(text string) string {
	if w := leftOutWords.FindString(text); w != "" {
		return fmt.Sprintf("it says %q", w)
	}
	return x.othersNamed(text)
}

// othersNamed is otherBody by the names in text of another force, a
// ROCU or another body than a police force.
func (x *extractor) othersNamed(text string) string {
	for _, f := range x.cat.ForcesIn(text) {
		if f.Code != x.ret.Force {
			return "it names another force (" + f.Name + ")"
		}
	}
	if w := rocuWords.FindString(text); w != "" {
		return "it names a regional organised crime unit (" + w + ")"
	}
	if w := x.rd.BodyIn(text); w != "" {
		return "it names another body than the force (" + w + ")" // "Incl NCA", "NCA activity"
	}
	return ""
}

// blockScope says whose the figures under a title of a few words (three
// at most) are when it names no period and its words say for certain
// they are not the force's as a whole (namedScope): "National",
// "Regional total", "South East", "All forces"; "" for a topic, the force
// itself, a longer title (the return's own: "National county lines week
// - Kent Police"), or a word nobody taught us ("Medway" over the first
// figures is judged with the blocks after it: firstBlockPart).
func (x *extractor) blockScope(text string) string {
	if x.ret.Force == "" || len(strings.Fields(text)) > 3 || x.isLabel(text) || wholeForce.MatchString(text) {
		return ""
	}
	if hd := x.headingOf(text); hd.period == periodOther || hd.dated() || hd.unread {
		return ""
	}
	return x.namedScope(text)
}

// sectionOf says what period the section a cell stands in is for: the
// nearest period heading alone in its row above the cell, at its column or
// to its left; else the sheet's name. head is that heading's cell, -1 for
// the sheet's name.
func (x *extractor) sectionOf(g *grid, i int) (hd heading, head int, p period) {
	c := g.cell(i)
	best := -1
	for k, s := range g.sections {
		if s.row < c.Row && s.col <= c.Col && (best < 0 || s.row > g.sections[best].row || s.row == g.sections[best].row && s.col > g.sections[best].col) {
			best = k
		}
	}
	if best >= 0 {
		s := g.sections[best]
		return s.hd, s.cell, x.periodOf(s.hd)
	}
	return g.sheetHead, -1, x.periodOf(g.sheetHead)
}

// comparisonSheet notes, once per sheet, that a sheet named for another
// period was not read as this week's; cells are figures of it skipped.
func (x *extractor) comparisonSheet(g *grid, hd heading, cells ...int) {
	x.noteOnce(g, "comparison_column", "sheet\x00"+g.sheet.Name, "", func() string {
		return fmt.Sprintf("the sheet's name %q says its figures are %s; not loaded (head them 'This week' if they are this week's)", strings.TrimSpace(g.sheet.Name), x.otherPeriod(hd))
	}, cells...)
}

// inComparison reports a value cell that stands in a section or on a
// sheet of another period, and notes it.
func (x *extractor) inComparison(g *grid, i int) bool {
	hd, head, p := x.sectionOf(g, i)
	if head >= 0 {
		for _, s := range g.sections {
			if s.cell == head && s.scope != "" {
				t := g.cell(head)
				x.noteOnce(g, "not_the_force_week", g.sheet.Name+"!"+t.Ref(), t.Ref(), func() string {
					if s.maybe {
						return fmt.Sprintf("the figures under the title %q at %s may not be the force's own for the week: %s; not loaded. If they are the force's, title the block with what they are (\"Drugs\", \"Enforcement\") or remove the title", strings.TrimSpace(t.Text), t.Ref(), s.scope)
					}
					return fmt.Sprintf("the figures under the title %q at %s are not the force's own for the week: %s; not loaded", strings.TrimSpace(t.Text), t.Ref(), s.scope)
				}, i)
				return true
			}
		}
	}
	if p != periodOther {
		return false
	}
	if head < 0 {
		x.comparisonSheet(g, hd, i)
	} else {
		x.comparisonColumn(g, head, hd, i)
	}
	return true
}
