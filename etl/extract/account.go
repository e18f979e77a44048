package extract

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// Every figure a workbook holds ends one of three ways: it is a fact; a
// warning or an error names its cell (in Message.Cells) and says why it
// was not loaded; or it was passed over on purpose (notes, the title
// block, a label whose number is part of its words, a hidden sheet) and
// an info message lists it. This file keeps that promise: account runs
// last and says what happened to every cell holding a figure that nothing
// else accounted for.

// skipReason is why a cell holding a figure was passed over on purpose.
type skipReason uint8

const (
	skipNone     skipReason = iota
	skipIdentity            // the force, the week, the title block, contact details
	skipNotes               // a cell of a notes column
	skipWords               // a label or a heading: its numbers are part of its words
	skipText                // text whose numbers give no figure of the catalogue
	skipParts               // the day-by-day figures beside a Total column
	skipTotaled             // the figures of other columns a Total adds up ("Medway │ Thanet │ Total")
)

var skipCodes = [...]struct{ code, text string }{
	skipIdentity: {"skipped_identity", "read as the return's force, week or contact details, not as figures"},
	skipNotes:    {"skipped_notes", "notes, kept but not read as figures"},
	skipWords:    {"skipped_labels", "labels and headings whose numbers are part of their words, not figures"},
	skipText:     {"skipped_text", "text with numbers in it that gives no figure of the return (instructions, remarks), not read"},
	skipParts:    {"skipped_days", "figures of single days beside a Total column, which holds the week's figure"},
	skipTotaled:  {"skipped_parts", "figures of the columns a Total column adds up (they are not days), which holds the figure"},
}

// skip marks a cell used, passed over for the reason.
func (g *grid) skip(i int, r skipReason) {
	g.used[i] = true
	g.because(i, r)
}

// because records why a cell is passed over, without marking it used.
func (g *grid) because(i int, r skipReason) {
	if g.reason[i] == skipNone {
		g.reason[i] = r
	}
}

// readers keeps the phrase reader of the last catalogue: building one
// takes longer than reading a return.
var readers struct {
	sync.Mutex
	cat *catalog.Catalog
	rd  *phrase.Reader
	err error
}

func phraseReader(cat *catalog.Catalog) (*phrase.Reader, error) {
	readers.Lock()
	defer readers.Unlock()
	if readers.cat != cat {
		readers.rd, readers.err = phrase.New(cat)
		readers.cat = cat
	}
	return readers.rd, readers.err
}

// HoldsFigure reports whether a cell's text holds a figure: the phrase
// grammar finds a number written in it (phrase.Reader.Numbers: "20+",
// "seven", "4 knives and a bat", but not a date, not "under 18", not a
// code such as "000s"), or the whole text is a nil ("nil", "none").
func HoldsFigure(rd *phrase.Reader, text string) bool {
	if len(rd.Numbers(text)) > 0 {
		return true
	}
	v, err := ParseText(text)
	return err == nil && v.Num != nil && *v.Num == 0
}

// holdsFigure is HoldsFigure for a cell, remembered by text.
func (x *extractor) holdsFigure(c *etl.Cell) bool {
	switch c.Kind {
	case etl.KindNumber:
		return true
	case etl.KindText:
		return remember(x.figureTexts, c.Text, func(t string) bool { return HoldsFigure(x.rd, t) })
	}
	return false
}

// refuse says why figures were not loaded, naming their cells.
func (x *extractor) refuse(sev etl.Severity, code, sheet, cell string, cells []string, format string, args ...any) {
	x.ret.Messages = append(x.ret.Messages, etl.Message{Severity: sev, Code: code, Sheet: sheet, Cell: cell, Cells: cells, Text: fmt.Sprintf(format, args...)})
}

// figureRefs renders the grid cells that hold figures as references.
func (x *extractor) figureRefs(g *grid, is []int) []string {
	var out []string
	for _, i := range is {
		if x.holdsFigure(g.cell(i)) {
			out = append(out, g.cell(i).Ref())
		}
	}
	return out
}

// refs renders grid cells as references.
func (g *grid) refs(is ...int) []string {
	out := make([]string, 0, len(is))
	for _, i := range is {
		out = append(out, g.cell(i).Ref())
	}
	return out
}

// account says what happened to every cell holding a figure that no fact
// and no message accounts for: passed over on purpose (an info message
// per reason and sheet), or, for anything else, a warning: never a silent
// drop.
func (x *extractor) account(grids []*grid) {
	type at struct {
		sheet    string
		col, row int
	}
	facts := map[at]bool{}
	for _, f := range x.ret.Facts {
		if c, r, err := etl.ParseCellRef(f.Cell); err == nil {
			facts[at{f.Sheet, c, r}] = true
		}
	}
	covered := map[string][]etl.Range{}
	for _, m := range x.ret.Messages {
		for _, ref := range m.Cells {
			if r, ok := etl.ParseRange(ref); ok {
				covered[m.Sheet] = append(covered[m.Sheet], r)
			}
		}
	}
	isCovered := func(sheet string, c *etl.Cell) bool {
		for _, r := range covered[sheet] {
			if r.FromRow <= c.Row && c.Row <= r.ToRow && r.FromCol <= c.Col && c.Col <= r.ToCol {
				return true
			}
		}
		return false
	}
	// unreadValue warns that a cell beside a label was not read as its
	// figure, and why.
	unreadValue := func(sheet string, g *grid, c *etl.Cell, why string) {
		x.refuse(etl.SevWarning, "unreadable_value", sheet, c.Ref(), []string{c.Ref()}, "%s at %s!%s, beside %q, was not read as a figure: %s; not loaded", shown(c), sheet, c.Ref(), x.labelBeside(g, c), why)
	}
	for _, g := range grids {
		name := g.sheet.Name
		groups := map[skipReason][]int{}
		lone := map[int][]int{} // figures beside no label, by column
		for i := range g.sheet.Cells {
			c := g.cell(i)
			worded := c.Kind == etl.KindText && g.valueOf[i] && wordedFigure(c.Text)
			if !worded && !x.holdsFigure(c) || facts[at{name, c.Col, c.Row}] || isCovered(name, c) {
				continue
			}
			switch {
			case worded && x.labelBeside(g, c) != "":
				// "Arrests | 43 so far": the label's value, not a remark.
				unreadValue(name, g, c, x.periodWhy(c.Text, whyUnread(c.Text)))
			case g.reason[i] != skipNone:
				groups[g.reason[i]] = append(groups[g.reason[i]], i)
			case c.Kind == etl.KindText && leadingCount.MatchString(c.Text) && x.labelBeside(g, c) != "":
				// "Arrests | 43 in the year up to Sunday": a count beside a
				// label, with words read as a heading's: never passed over.
				unreadValue(name, g, c, x.periodWhy(c.Text, "its words are read as a heading's, not a figure's"))
			case c.Kind == etl.KindText && !g.hidden(*c) && prose(c.Text) && len(x.rd.Read(c.Text, phrase.Context{}).Facts) == 0:
				groups[skipText] = append(groups[skipText], i)
			case c.Kind == etl.KindText && x.labelBeside(g, c) != "":
				// "Cash seized | £5.000,00": the label is read, the figure not.
				unreadValue(name, g, c, whyUnread(c.Text))
			default:
				lone[c.Col] = append(lone[c.Col], i)
			}
		}
		for _, col := range slices.Sorted(maps.Keys(lone)) {
			is := lone[col]
			if len(is) < loneColumn {
				for _, i := range is {
					c := g.cell(i)
					x.refuse(etl.SevWarning, "unread_figure", name, c.Ref(), []string{c.Ref()}, "%s at %s!%s was not read as a figure of the return: %s; not loaded", shown(c), name, c.Ref(), noLabelWhy(c))
				}
				continue
			}
			// A column of references or row numbers ("Ref 1" ... "Ref
			// 3000"): one warning naming every cell, not one each.
			c := g.cell(is[0])
			x.refuse(etl.SevWarning, "unread_figure", name, c.Ref(), g.refs(is...), "%d cells of column %s hold numbers beside no label we read (%s); none was read as a figure of the return; not loaded",
				len(is), etl.ColumnName(col), listCells(g, is))
		}
		for r := skipIdentity; r <= skipTotaled; r++ {
			if is := groups[r]; len(is) > 0 {
				x.refuse(etl.SevInfo, skipCodes[r].code, name, g.cell(is[0]).Ref(), g.refs(is...), "%s: %s", skipCodes[r].text, listCells(g, is))
			}
		}
	}
}

// periodWhy is why a value cell's words were not read: another period,
// when its words read as a heading of one ("43 so far", "43 total
// 17/10/2020"), else why.
func (x *extractor) periodWhy(text, why string) string {
	if hd := readHeading(text); hd.period == periodOther {
		return "its words say it is " + x.otherPeriod(hd) + ", not this week's figure"
	}
	return why
}

// prose reports text of two words or more besides its numbers: a
// sentence or a remark, not a figure standing alone ("38%", "£400").
func prose(text string) bool {
	words := 0
	for _, f := range strings.Fields(text) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			words++
		}
	}
	return words >= 2
}

// listCells names up to four cells with their text, and how many more.
func listCells(g *grid, is []int) string {
	var parts []string
	for k, i := range is {
		if k == 4 {
			parts = append(parts, fmt.Sprintf("and %d more", len(is)-k))
			break
		}
		parts = append(parts, g.cell(i).Ref()+" "+shown(g.cell(i)))
	}
	return strings.Join(parts, ", ")
}

// shown is a cell as a person sees it, quoted when it is words.
// labelBeside returns the label left of a cell in its row, when it reads
// as a metric's, else "".
func (x *extractor) labelBeside(g *grid, c *etl.Cell) string {
	var left *etl.Cell
	for _, j := range g.byRow[c.Row] {
		if d := g.cell(j); d.Col < c.Col && d.Kind == etl.KindText && !g.isValue(j) {
			left = d
		}
	}
	if left == nil || !x.isLabel(left.Text) {
		return ""
	}
	return strings.TrimSpace(left.Text)
}

// whyUnread says why a text beside a label is not a figure we read.
func whyUnread(text string) string {
	if why, odd := phrase.OddNumber(text); odd {
		return why
	}
	return "it is not one figure in a form we read (a range, two sums, a number with other words)"
}

func shown(c *etl.Cell) string {
	if c.Kind == etl.KindText {
		t := strings.TrimSpace(c.Text)
		if r := []rune(t); len(r) > 60 {
			t = string(r[:57]) + "..."
		}
		return fmt.Sprintf("%q", t)
	}
	return shownAs(c)
}

// loneColumn is how many figures beside no label in one column are said
// in one warning rather than one each.
const loneColumn = 5

// noLabelWhy says why a figure beside no label was not read: a sentence
// or a list of figures with their words in one cell ("During the week
// officers made 43 arrests", "43 arrests, 25 warrants") holds its labels
// itself, and countylines draft reads such text; a bare figure has none.
func noLabelWhy(c *etl.Cell) string {
	words := 0
	for _, w := range strings.Fields(c.Text) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 && len(w) >= 2 {
			words++
		}
	}
	if c.Kind == etl.KindText && words >= 1 && len(strings.Fields(c.Text)) >= 2 {
		return "the words in the cell are not read as labels of a return (to read press-release text, run countylines draft on it and check the draft return it writes)"
	}
	return "no label we read stands beside it"
}
