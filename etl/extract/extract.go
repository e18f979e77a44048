// Package extract turns a workbook's cells into facts: it finds the force,
// the operation, label/value pairs and itemised tables in whatever layout a
// person made, maps labels to the catalogue, reads the figures, and reports
// by cell address everything it could not read. It never guesses a number.
package extract

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// Options are what the extractor knows besides the workbook.
type Options struct {
	FileName         string // the name the file arrived under, a fallback for force and operation
	DefaultOperation string // the configured current operation, the last fallback; "" for none
}

// Extract reads a workbook into a return. Messages carry every problem,
// by cell; the caller loads the return unless it has errors. The force and
// the operation are found first, on every sheet, so that a column headed
// with the operation's dates is known to be this week's.
func Extract(wb *etl.Workbook, cat *catalog.Catalog, opt Options) *etl.Return {
	x := &extractor{cat: cat, opt: opt, wb: wb, ret: &etl.Return{FileName: opt.FileName},
		labels: map[string]labelRead{}, headings: map[string]heading{}, noted: map[string]int{}, senses: map[string]labelSense{}, pures: map[string]bool{},
		figureTexts: map[string]bool{}}
	rd, err := phraseReader(cat)
	if err != nil {
		x.msg(etl.SevError, "catalogue", "", "", "the reference words cannot be read: %v", err)
		return x.ret
	}
	x.rd = rd
	var grids []*grid
	for si := range wb.Sheets {
		sh := &wb.Sheets[si]
		if sh.Chart {
			x.msg(etl.SevInfo, "chart_sheet", sh.Name, "", "the sheet is a chart, which holds no cells; not read")
			continue
		}
		if sh.Hidden || sh.TemplateRole() != "" {
			x.hiddenSheet(sh)
			continue
		}
		if w := notReturnWords(sh.Name); w != "" {
			x.notReturnSheet(sh, w)
			continue
		}
		g := newGrid(sh)
		x.dateHeadings(g)
		x.yearHeadings(g)
		x.hiddenFigures(g)
		x.commentFigures(sh)
		x.struckCells(g)
		x.notesColumns(g)
		x.identity(g)
		x.pageTitles(g)
		grids = append(grids, g)
	}
	x.resolveIdentity(grids)
	grids = x.coverageOf(grids)
	x.sheets = map[string]*grid{}
	for _, g := range grids {
		x.sheets[g.sheet.Name] = g
	}
	for _, g := range grids {
		g.indexHeadings(func(text string) bool { return x.headingChange(text) != "" }) // "TBC", "Pending": a value's word, and a heading's
		x.labelValues(g)
		g.scaleNote = x.findScaleNote(g)
		x.sectionHeads(g)
		x.totalColumns(g)
		x.mergedValues(g)
		x.tables(g)
		x.headerRows(g)
		x.pairs(g)
		x.leftovers(g)
	}
	x.breakdowns()
	x.undecidedColumns()
	x.writeFootWarnings()
	x.merge()
	sortFacts(wb, x.ret.Facts)
	x.account(grids)
	x.onlyNotReturn()
	x.namedItems()
	Validate(x.ret, cat)
	return x.ret
}

type extractor struct {
	cat      *catalog.Catalog
	opt      Options
	wb       *etl.Workbook // the workbook read, whose every sheet may hold the note a mark points at
	ret      *etl.Return
	found    []found               // figures read, before merge makes one fact of each
	labels   map[string]labelRead  // readLabel's answers, by parent and text
	headings map[string]heading    // readHeading's answers, by text
	noted    map[string]int        // comparison headings already reported: the index of their message
	senses   map[string]labelSense // readLabel's answers, by text
	pures    map[string]bool       // pureHeading's answers, by text
	rd       *phrase.Reader        // the phrase grammar of the catalogue
	// figureTexts remembers which texts hold a figure
	figureTexts map[string]bool

	forceCands []cand // force candidates: labelled cells, titles, file name
	opCands    []cand
	opNames    []string // the names the return gives its operation beside an operation label: "Operation Orochi"
	dates      []datedCell
	headDates  []datedCell // this week's dates in a column heading: the week only when nothing else gives it
	headSeen   []string    // every dated column heading in the title block, for messages
	otherDates []string    // dates that are not the week (date submitted), for messages
	otherAt    [2]string   // the sheet and cell of the first of them
	twoForces  []twoForceTitle
	notReturn  []string            // sheets with figures not read because their names say they are not the return, for messages
	joint      []twoForceTitle     // titles naming two forces, or a force's regional unit, together
	sheets     map[string]*grid    // the sheets read, by name
	undecided  map[string]etl.Fact // column headings (Sheet!Cell) that left a row's two figures undecided, and the first of them
	// footWarnings are the footnote warnings of figures that load, one per
	// sheet, mark and note, written after every sheet is read.
	footWarnings []*footWarning
	noteWords    []noteWord     // words.csv's note words (noteVocab)
	standing     *regexp.Regexp // the note words that say nothing of a figure (standingWords)
	denied       *regexp.Regexp // refusing note words said not to be there (deniedWords)
}

// twoForceTitle is a title naming two forces, one on behalf of the other:
// it decides neither.
type twoForceTitle struct {
	where        string
	names, codes []string
	regional     string // the regional unit the title names beside a force ("ROCU"), if any
}

var onBehalf = regexp.MustCompile(`(?i)\bon\s+behalf\s+of\b|\bfor\s+and\s+on\s+behalf\b`)

// cand is one piece of evidence for the force or the operation.
type cand struct {
	code  string
	where string // Sheet!Cell or "file name"
	rank  int    // 0 labelled cell, 1 title text, 2 file name, 3 configured default
}

type datedCell struct {
	from, to time.Time
	where    string
	rank     int  // as cand.rank
	end      byte // 's' a start date, 'e' an end date, 0 a week or a range
}

func (x *extractor) msg(sev etl.Severity, code, sheet, cell, format string, args ...any) {
	x.ret.Messages = append(x.ret.Messages, etl.Message{Severity: sev, Code: code, Sheet: sheet, Cell: cell, Text: fmt.Sprintf(format, args...)})
}

// hiddenSheet reports a sheet that is hidden, or is the template's own
// (its lists, its guidance): it is not read. Labelled figures on it are a
// warning (they may belong to the return); any other figure it holds is
// listed as skipped. Nothing is dropped unseen.
func (x *extractor) hiddenSheet(sh *etl.Sheet) {
	g := newGrid(sh)
	n, figures := 0, false
	last := etl.Range{FromRow: 1, FromCol: 1, ToRow: 1, ToCol: 1}
	for i := range sh.Cells {
		c := &sh.Cells[i]
		last.ToRow, last.ToCol = max(last.ToRow, c.Row), max(last.ToCol, c.Col)
		figures = figures || x.holdsFigure(c)
		if c.Kind == etl.KindText && x.isLabel(c.Text) {
			if j := g.rightOf(c.Row, c.Col); j >= 0 && g.cell(j).Kind == etl.KindNumber {
				n++
			}
		}
	}
	if !figures {
		return
	}
	all := []string{"A1:" + etl.CellRef(last.ToCol, last.ToRow)}
	switch {
	case n > 0 && sh.TemplateRole() != "":
		x.refuse(etl.SevWarning, "hidden_sheet", sh.Name, "", all, "the sheet is the template's own %s sheet and was not read, but it has %d labelled figures; put them on the return sheet if they belong to the return", sh.TemplateRole(), n)
	case n > 0:
		x.refuse(etl.SevWarning, "hidden_sheet", sh.Name, "", all, "the sheet is hidden and was not read, but it has %d labelled figures; unhide it if they belong to the return", n)
	case sh.TemplateRole() != "":
		x.refuse(etl.SevInfo, "skipped_sheet", sh.Name, "", all, "the template's own %s sheet, not read", sh.TemplateRole())
	default:
		x.refuse(etl.SevInfo, "skipped_sheet", sh.Name, "", all, "the sheet is hidden and was not read; it holds no labelled figures")
	}
}

// hiddenFigures reports each hidden row and column that holds figures:
// they are not read (a person looking at the sheet does not see them), but
// nothing is dropped unseen.
func (x *extractor) hiddenFigures(g *grid) {
	type found struct {
		first string
		cells []string
		all   []string
	}
	rows, cols := map[int]*found{}, map[int]*found{}
	var rowOrder, colOrder []int
	note := func(m map[int]*found, order *[]int, k int, c *etl.Cell) {
		f, ok := m[k]
		if !ok {
			f = &found{first: c.Ref()}
			m[k] = f
			*order = append(*order, k)
		}
		if len(f.cells) < 4 {
			f.cells = append(f.cells, c.Ref()+" "+strings.TrimSpace(c.Text))
		}
		f.all = append(f.all, c.Ref())
	}
	for i := range g.sheet.Cells {
		c := g.cell(i)
		if !g.hidden(*c) || !x.holdsFigure(c) {
			continue
		}
		switch {
		case g.hiddenRow[c.Row]:
			note(rows, &rowOrder, c.Row, c)
		case g.hiddenCol[c.Col]:
			note(cols, &colOrder, c.Col, c)
		default:
			x.refuse(etl.SevWarning, "hidden_cell", g.sheet.Name, c.Ref(), []string{c.Ref()}, "%s holds %s, but its number format %q shows nothing, so it was not read; show it if it belongs to the return", c.Ref(), strings.TrimSpace(c.Text), c.NumFmt)
		}
	}
	for _, r := range rowOrder {
		f := rows[r]
		x.refuse(etl.SevWarning, "hidden_row", g.sheet.Name, f.first, f.all, "row %d is hidden and was not read, but it holds figures (%s); unhide it if they belong to the return", r, strings.Join(f.cells, ", "))
	}
	for _, c := range colOrder {
		f := cols[c]
		x.refuse(etl.SevWarning, "hidden_column", g.sheet.Name, f.first, f.all, "column %s is hidden and was not read, but it holds figures (%s); unhide it if they belong to the return", etl.ColumnName(c), strings.Join(f.cells, ", "))
	}
}

// commentFigures reports each comment (note) on a cell that gives a
// figure: comments are not read, but a figure in one is never dropped
// unseen ("43 arrests confirmed by custody", "plus €2,000 seized at Dover").
func (x *extractor) commentFigures(sh *etl.Sheet) {
	for _, cm := range sh.Comments {
		text := strings.Join(strings.Fields(cm.Text), " ")
		if !x.holdsFigure(&etl.Cell{Kind: etl.KindText, Text: text}) {
			continue
		}
		ref := etl.CellRef(cm.Col, cm.Row)
		x.refuse(etl.SevWarning, "note_figure", sh.Name, ref, []string{ref}, "the comment on %s gives a figure (%q); a figure in a comment is not loaded: put it in the cell, or in a row of its own", ref, text)
	}
}

// struckCells reports the cells struck through (how a force deletes a
// line it leaves visible) that hold figures or labels, a row at a time:
// they are not read. A label struck through takes its row's figures with
// it.
func (x *extractor) struckCells(g *grid) {
	var rows []int
	byRow := map[int][]int{}
	for i := range g.sheet.Cells {
		if !g.struck[i] {
			continue
		}
		c := g.cell(i)
		if c.Kind != etl.KindText && !x.holdsFigure(c) {
			continue
		}
		if len(byRow[c.Row]) == 0 {
			rows = append(rows, c.Row)
		}
		byRow[c.Row] = append(byRow[c.Row], i)
	}
	for _, r := range rows {
		is := byRow[r]
		var shown []string
		figures := false
		for _, i := range is {
			c := g.cell(i)
			figures = figures || x.holdsFigure(c)
			shown = append(shown, c.Ref()+" "+strings.TrimSpace(shownAs(c)))
		}
		if !figures {
			continue // struck words with no figure: nothing is lost
		}
		x.refuse(etl.SevWarning, "struck_through", g.sheet.Name, g.cell(is[0]).Ref(), g.refs(is...), "struck through (deleted) and not read: %s; if a figure is this week's, remove the strikethrough", strings.Join(shown, ", "))
	}
}

// isFigure reports whether a cell holds a number: a number cell, or text
// that reads as a quantity.
func isFigure(c *etl.Cell) bool {
	switch c.Kind {
	case etl.KindNumber:
		return true
	case etl.KindText:
		v, err := ParseText(c.Text)
		return err == nil && v.Num != nil && strings.ContainsAny(c.Text, "0123456789")
	}
	return false
}

// ---- identity: force and operation ----

// opName is an operation's own name as a return writes it beside an
// operation label: "Operation Orochi", "Op. Sceptre".
var opName = regexp.MustCompile(`(?i)^(operation|op\.?)\s+[a-z][a-z'-]*( [a-z][a-z'-]*)?$`)

// week is the return's own week for reading its cells: its operation's
// first and last days, the catalogue's name for it and the names the
// return gives it; the zero phrase.Week when the operation is not known.
func (x *extractor) week() phrase.Week {
	op, ok := x.cat.Operation(x.ret.Operation)
	if !ok {
		return phrase.Week{}
	}
	return phrase.Week{From: op.Starts, To: op.Ends, Names: append([]string{op.Name}, x.opNames...)}
}

var (
	forceLabels = setOf("force", "force name", "police force", "submitting force", "reporting force", "name of force", "force area", "heddlu", "heddlu force")
	opLabels    = setOf("operation", "operation name", "operation code", "intensification week", "national week", "reporting period", "period", "operation week", "week", "dates", "date range", "week dates", "dates of operation", "operation dates")
	startLabels = setOf("week starting", "week commencing", "week beginning", "start date", "from", "date from", "period start", "week start", "start", "w c", "wc", "dates from")
	// A single date beside these starts a seven-day week.
	weekStartLabels = setOf("week commencing", "week beginning", "w c", "wc", "week starting")
	endLabels       = setOf("week ending", "end date", "to", "date to", "period end", "week end", "end", "dates to")
	metaLabels      = setOf("contact", "contact name", "contact email", "contact phone", "contact telephone", "email", "telephone", "phone", "completed by", "name", "date completed", "date submitted", "submitted by", "role", "rank", "position", "template version", "version", "notes", "comments", "comment", "note", "date")
)

// docEventWords in a label beside a date say the date is the document's
// own (when it was prepared, due, sent or printed), not the week's:
// "Prepared on │ 14 March 2022", "Deadline for submission │ Friday 22
// October 2021".
var docEventWords = setOf("prepared", "preparation", "deadline", "due", "submitted", "submission", "completed", "completion",
	"printed", "updated", "sent", "compiled", "created", "saved", "signed", "approved", "received", "issued", "produced", "returned")

// docDateLabel reports whether a short label names a date of the document.
func docDateLabel(n string) bool {
	ws := strings.Fields(n)
	if len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if docEventWords[w] {
			return true
		}
	}
	return false
}

// dateRightOf reports whether the cell right of a label holds a date.
func dateRightOf(g *grid, c *etl.Cell) bool {
	j := g.rightOf(c.Row, c.Col)
	if j < 0 {
		return false
	}
	_, _, ok := parseDateRange(g.cell(j))
	return ok
}

func setOf(s ...string) map[string]bool {
	m := make(map[string]bool, len(s))
	for _, v := range s {
		m[catalog.Normalize(v)] = true
	}
	return m
}

func (x *extractor) identity(g *grid) {
	for i := range g.sheet.Cells {
		c := g.cell(i)
		if c.Kind != etl.KindText || g.used[i] {
			continue
		}
		label, inline := c.Text, ""
		if a, b, ok := strings.Cut(c.Text, ":"); ok && strings.TrimSpace(b) != "" {
			// "Force: Kent Police" in one cell.
			if n := catalog.Normalize(a); forceLabels[n] || opLabels[n] || startLabels[n] || endLabels[n] {
				label, inline = a, strings.TrimSpace(b)
			}
		}
		n := identityKey(label)
		where := g.sheet.Name + "!" + c.Ref()
		// value finds the cell the label describes: inline, or to the right.
		value := func() (*etl.Cell, string) {
			if inline != "" {
				return &etl.Cell{Row: c.Row, Col: c.Col, Kind: etl.KindText, Text: inline}, where
			}
			j := g.rightOf(c.Row, c.Col)
			if j < 0 {
				return nil, ""
			}
			g.skip(j, skipIdentity)
			return g.cell(j), g.sheet.Name + "!" + g.cell(j).Ref()
		}
		switch {
		case forceLabels[n]:
			if inline == "" {
				// "Force | Arrests | Warrants" is a header row, not a force.
				if j := g.rightOf(c.Row, c.Col); j >= 0 {
					if _, isForce := x.cat.MatchForce(g.cell(j).Text); !isForce && (x.isLabel(g.cell(j).Text) || identityLabel(g.cell(j).Text)) {
						x.forceColumn(g, i)
						continue
					}
				}
			}
			g.skip(i, skipIdentity)
			v, vw := value()
			if v == nil {
				continue
			}
			if f, ok := x.cat.MatchForce(v.Text); ok {
				x.forceCands = append(x.forceCands, cand{f.Code, vw, 0})
			} else if fs := x.cat.ForcesIn(v.Text); len(fs) == 1 {
				x.forceCands = append(x.forceCands, cand{fs[0].Code, vw, 0})
			} else if strings.TrimSpace(v.Text) != "" {
				x.msg(etl.SevError, "unknown_force", g.sheet.Name, v.Ref(), "%q is not a force we know; use the force's name as in the template's list", v.Text)
			}
		case opLabels[n]:
			if inline == "" {
				// "Period | Arrests | Warrants" is a header row, not a week;
				// so is "Period | Notes | Arrests": a column of notes
				// first, the metrics after it.
				if j := g.rightOf(c.Row, c.Col); j >= 0 && x.headerRowFrom(g, j) {
					if _, isOp := x.cat.MatchOperation(g.cell(j).Text); !isOp {
						x.weekColumn(g, i, n)
						continue
					}
				}
			}
			g.skip(i, skipIdentity)
			v, vw := value()
			if v == nil {
				continue
			}
			if n := strings.TrimSpace(v.Text); opName.MatchString(n) {
				x.opNames = append(x.opNames, n)
			}
			if op, ok := x.cat.MatchOperation(v.Text); ok {
				x.opCands = append(x.opCands, cand{op.Code, vw, 0})
			} else if from, to, ok := parseDateRange(v); ok {
				x.dates = append(x.dates, datedCell{from: from, to: to, where: vw})
			} else {
				x.msg(etl.SevWarning, "unknown_operation", g.sheet.Name, v.Ref(), "%q is not an operation or a date we can read", v.Text)
			}
		case startLabels[n], endLabels[n]:
			// Only a date makes this a date label: "From: London" is not.
			if inline != "" {
				if _, _, ok := parseDateText(inline); !ok {
					continue
				}
			} else if j := g.rightOf(c.Row, c.Col); j < 0 {
				continue
			} else if _, _, ok := parseDateRange(g.cell(j)); !ok {
				// "Force | Week beginning | Arrests" over "Kent Police |
				// 11/10/2021 | 31": the week heads a column of a
				// transposed return.
				if x.isLabel(g.cell(j).Text) || identityLabel(g.cell(j).Text) {
					x.weekColumn(g, i, n)
				}
				continue
			}
			g.skip(i, skipIdentity)
			v, vw := value()
			from, to, _ := parseDateRange(v)
			d := datedCell{from: from, to: to, where: vw}
			switch {
			case from.Equal(to) && weekStartLabels[n]:
				d.to = from.AddDate(0, 0, 6)
			case from.Equal(to) && startLabels[n]:
				d.end = 's'
			case from.Equal(to):
				d.end = 'e'
			}
			x.dates = append(x.dates, d)
		case metaLabels[n] && !countBesidePhone(g, c, n), docDateLabel(n) && dateRightOf(g, c):
			g.skip(i, skipIdentity)
			v, vw := value()
			if v == nil {
				continue
			}
			// A phone number, a version: not a figure. A date submitted or
			// completed: not the week, but said if the week is not given.
			if from, to, ok := parseDateRange(v); ok {
				if len(x.otherDates) == 0 {
					x.otherAt = [2]string{g.sheet.Name, v.Ref()}
				}
				x.otherDates = append(x.otherDates, fmt.Sprintf("%s (%s, beside %q)", vw, spanText(datedCell{from: from, to: to}), strings.TrimSpace(label)))
			}
		default:
			// Titles: the block above the first figures, naming the force
			// or the week. A sentence, a note or a label is not a title.
			if c.Row >= g.firstFigureRow() || x.isLabel(c.Text) || !titleLike(c.Text) {
				continue
			}
			if j := g.rightOf(c.Row, c.Col); j >= 0 && g.isFigure(j) {
				continue
			}
			x.partialWords(c.Text, g.sheet.Name, c.Ref(), "the title")
			if t, ok := x.jointTitle(c.Text); ok {
				// "Kent and Essex Police", "West Midlands ROCU": a joint or
				// regional return, not one force's.
				t.where = where
				x.joint = append(x.joint, t)
				g.because(i, skipIdentity)
			} else if fs := x.cat.ForcesIn(c.Text); len(fs) >= 2 && onBehalf.MatchString(c.Text) {
				// "Kent Police on behalf of Essex Police": the title names
				// two forces and says neither is the return's alone.
				var names, codes []string
				sort.SliceStable(fs, func(i, j int) bool { return namedAt(c.Text, fs[i]) < namedAt(c.Text, fs[j]) })
				for _, f := range fs {
					names, codes = append(names, f.Name), append(codes, f.Code)
				}
				x.twoForces = append(x.twoForces, twoForceTitle{where: where, names: names, codes: codes})
				g.because(i, skipIdentity)
			} else {
				for _, f := range fs {
					if !x.namedInPassing(c.Text, f) {
						x.forceCands = append(x.forceCands, cand{f.Code, where, 1})
						g.because(i, skipIdentity)
					}
				}
			}
			hd := x.headingOf(c.Text)
			if !hd.absolute() || hd.month {
				continue // a month, a week number, days without a year: not the week of the return
			}
			d := datedCell{from: hd.from, to: hd.to, where: where, rank: 1}
			if g.headsFigures(i) {
				// A column heading: its dates decide whether its figures
				// are this week's, and give the week only when nothing
				// else in the return does. Another week's dates there are
				// a comparison, never a second operation.
				x.headSeen = append(x.headSeen, where+" ("+spanText(d)+")")
				if x.weekHeading(g, i) {
					x.headDates = append(x.headDates, d)
				}
				continue
			}
			if x.weekHeading(g, i) {
				x.dates = append(x.dates, d)
				g.skip(i, skipIdentity)
			}
		}
	}
}

// noteStarts open a note, never a title.
var noteStarts = setOf("note", "notes", "nb", "n b", "please note", "comment", "comments", "caveat", "caveats", "footnote")

// passingWords put a force named after them in passing: "joint operation
// with BTP", "arrests made on behalf of Essex Police".
var passingWords = setOf("with", "by", "behalf", "alongside", "assisted", "assist", "assistance", "supported", "support",
	"joint", "jointly", "partnership", "partner", "including", "incl", "and", "from", "via", "help", "helped",
	"conjunction", "between", "colleague", "also", "plus", "neighbouring", "led", "officer", "involving", "involved", "across", "other")

// headerRowFrom reports whether the cells of a row from cell j on are a
// transposed table's header: j is a label, or a notes column's heading
// ("Notes", "Comments") with a label after it.
func (x *extractor) headerRowFrom(g *grid, j int) bool {
	for _, k := range g.byRow[g.cell(j).Row] {
		c := g.cell(k)
		if c.Col < g.cell(j).Col {
			continue
		}
		switch {
		case c.Kind != etl.KindText:
			return false
		case x.isLabel(c.Text):
			return true
		case x.classifyHeader(c.Text).role != roleNotes:
			return false
		}
	}
	return false
}

// titleLike reports whether text could be a title: short, and not a note.
func titleLike(text string) bool {
	ws := strings.Fields(catalog.Normalize(text))
	if len(ws) == 0 || len(ws) > 16 {
		return false
	}
	return !noteStarts[ws[0]] && !(len(ws) > 1 && noteStarts[ws[0]+" "+ws[1]]) && !strings.HasPrefix(strings.TrimSpace(text), "*")
}

// namedInPassing reports whether a title names the force only after a
// word such as "with" or "on behalf of": a mention, not the return's force.
func (x *extractor) namedInPassing(text string, f catalog.Force) bool {
	ws := strings.Fields(catalog.Normalize(text))
	at := len(ws)
	for _, name := range append([]string{f.Code, f.Name}, f.Aliases...) {
		nw := strings.Fields(catalog.Normalize(name))
		for i := 0; len(nw) > 0 && i+len(nw) <= len(ws); i++ {
			if strings.Join(ws[i:i+len(nw)], " ") == strings.Join(nw, " ") && i < at {
				at = i
			}
		}
	}
	for _, w := range ws[:min(at, len(ws))] {
		if passingWords[w] {
			return true
		}
	}
	return false
}

// listing joins names as a sentence does: "A", "A and B", "A, B and C".
func listing(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// partialTitle is a word saying a return adds to or corrects another:
// "ADDITIONAL FIGURES (supplement to earlier return)", "Addendum",
// "Correction to return of 18 Oct", "Update".
var partialTitle = regexp.MustCompile(`(?i)\b(additional|supplement(?:ary|al)?|addendum|addenda|corrections?\s+to|amendments?\s+to|updated?|partial|further\s+figures|late\s+figures)\b`)

// provisionalTitle is a word saying a return's figures may still change:
// "PROVISIONAL", "Draft", "interim figures", "not yet verified".
var provisionalTitle = regexp.MustCompile(`(?i)\b(provisional|draft|interim|preliminary|unverified|unvalidated|unconfirmed|subject\s+to\s+(?:change|verification|validation|confirmation)|not\s+(?:yet\s+)?(?:final(?:ised|ized)?|verified|validated|confirmed)|(?:awaiting|pending)\s+(?:validation|verification|confirmation|sign[\s-]?off))\b`)

// titleWarnings are what a title or file name may say of the return as a
// whole, each warned once a return; the return still loads.
var titleWarnings = []struct {
	code string
	re   *regexp.Regexp
	text string
}{
	// A later return replaces the force's earlier one whole, so what that
	// one gave and this one does not stops being counted (the warehouse
	// lists those figures when it loads this one,
	// superseded_figures_dropped).
	{"partial_return", partialTitle, "this return may add to or correct only part of an earlier one. A later return from the force for the same operation replaces the earlier one whole: figures only the earlier one gave are no longer counted. Send one return with every figure"},
	{"provisional_return", provisionalTitle, "its figures may still change. They are loaded as sent and counted in the totals until the force sends the final return, which replaces this one whole"},
}

// partialWords warns when a title or file name says the return adds to
// or corrects an earlier one, or that its figures are provisional.
func (x *extractor) partialWords(text, sheet, cell, source string) {
next:
	for _, tw := range titleWarnings {
		w := tw.re.FindString(text)
		if w == "" {
			continue
		}
		for _, m := range x.ret.Messages {
			if m.Code == tw.code {
				continue next
			}
		}
		x.msg(etl.SevWarning, tw.code, sheet, cell, "%s says %q: %s", source, w, tw.text)
	}
}

// regionalUnits name a regional organised crime unit: beside a force's
// name ("West Midlands ROCU", "ROCU West Midlands") they make the title a
// region's, not the force's.
var regionalUnits = func() [][]string {
	var out [][]string
	for _, u := range []string{"ROCU", "SEROCU", "ERSOU", "EMSOU", "NERSOU", "NWROCU",
		"Regional Organised Crime Unit", "Regional Organized Crime Unit",
		"Regional Special Operations Unit", "Region Special Operations Unit"} {
		out = append(out, strings.Fields(catalog.Normalize(u)))
	}
	return out
}()

// joiners may stand between two names a title joins: "Kent and Essex
// Police", "Kent Police / Essex Police", "Kent Police & the Met".
var joiners = setOf("and", "the", "police", "constabulary", "service", "force")

// jointStarts may stand before the first name of a joint title ("Joint
// return: Devon and Cornwall Police and Dorset Police"); any other word
// that mentions a force in passing makes the names a mention.
var jointStarts = setOf("joint", "jointly", "between", "partnership")

// jointTitle reports whether a title names two forces, or a force and its
// regional unit, together: its first names, joined by nothing but "and",
// "&", "/" or a comma ("Kent and Essex Police", "Cumbria and Lancashire
// joint return", "West Midlands ROCU"). Such a return is not one force's.
// A force named after "with", "assisted by" ("Kent Police, joint operation
// with Essex Police") is a mention, not a partner; a force whose own name
// holds "and" ("Devon & Cornwall Police") is one force.
func (x *extractor) jointTitle(text string) (twoForceTitle, bool) {
	ws := strings.Fields(catalog.Normalize(text))
	type span struct {
		from, to   int
		code, name string
	}
	var spans []span
	find := func(nw []string, code, name string) {
		for i := 0; len(nw) > 0 && i+len(nw) <= len(ws); i++ {
			if slices.Equal(ws[i:i+len(nw)], nw) {
				spans = append(spans, span{i, i + len(nw), code, name})
			}
		}
	}
	for _, f := range x.cat.ForcesIn(text) {
		for _, n := range append([]string{f.Code, f.Name}, f.Aliases...) {
			find(strings.Fields(catalog.Normalize(n)), f.Code, f.Name)
		}
	}
	if len(spans) == 0 {
		return twoForceTitle{}, false
	}
	for _, u := range regionalUnits {
		find(u, "", "")
	}
	// The longest name at each place; a name inside another is part of it.
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].from != spans[j].from {
			return spans[i].from < spans[j].from
		}
		return spans[i].to > spans[j].to
	})
	var kept []span
	for _, s := range spans {
		if len(kept) == 0 || s.from >= kept[len(kept)-1].to {
			kept = append(kept, s)
		}
	}
	for _, w := range ws[:kept[0].from] {
		if passingWords[w] && !jointStarts[w] {
			return twoForceTitle{}, false
		}
	}
	var t twoForceTitle
	for k, s := range kept {
		if k > 0 {
			for _, w := range ws[kept[k-1].to:s.from] {
				if !joiners[w] {
					goto done
				}
			}
		}
		switch {
		case s.code == "" && t.regional == "":
			t.regional = strings.Join(ws[s.from:s.to], " ")
		case s.code != "" && !slices.Contains(t.codes, s.code):
			t.names, t.codes = append(t.names, s.name), append(t.codes, s.code)
		}
	}
done:
	return t, len(t.codes) >= 2 || len(t.codes) == 1 && t.regional != ""
}

// weekHeading reports whether the dates in a heading are the return's
// week. A comparison ("Previous week (4-10 Oct)") never is; in a row of
// dated column headings, only the one heading that says "this week", or
// the only one not a comparison, is.
func (x *extractor) weekHeading(g *grid, i int) bool {
	hd := x.headingOf(g.cell(i).Text)
	switch hd.period {
	case periodOther:
		return false
	case periodThis:
		return true
	}
	for _, j := range g.byRow[g.cell(i).Row] {
		if j == i || g.cell(j).Kind != etl.KindText {
			continue
		}
		if other := x.headingOf(g.cell(j).Text); other.dated() && other.period != periodOther {
			return false
		}
	}
	return true
}

// headsFigures reports whether a cell heads a column of figures: a figure
// stands below it in its column before the next blank row.
func (g *grid) headsFigures(i int) bool {
	c := g.cell(i)
	prev := c.Row
	for _, r := range g.rows {
		if r <= c.Row {
			continue
		}
		if !g.adjacent(prev, r) {
			return false
		}
		prev = r
		if j := g.get(r, c.Col); j >= 0 && isFigure(g.cell(j)) {
			return true
		}
	}
	return false
}

// firstFigureRow is the first row of the sheet holding a figure; the rows
// above it are the title block.
func (g *grid) firstFigureRow() int {
	if g.figureRow == 0 {
		g.figureRow = math.MaxInt
		for _, row := range g.rows {
			for _, i := range g.byRow[row] {
				if g.isFigure(i) {
					g.figureRow = row
					return row
				}
			}
		}
	}
	return g.figureRow
}

// identityKey is a label's normalised form for the identity labels: the
// whole label, or one side of a bilingual one ("Wythnos yn dechrau / Week
// commencing").
// countBesidePhone says a "Phones" or "Telephones" label stands beside a
// count, not a number to ring: "Phones | 63" under Seizures is read as a
// label like any other (a fact, or a warning naming it), never passed over
// as contact details. A telephone number has at least seven digits.
func countBesidePhone(g *grid, c *etl.Cell, n string) bool {
	if n != "phone" && n != "telephone" {
		return false
	}
	j := g.rightOf(c.Row, c.Col)
	return j >= 0 && g.cell(j).Kind == etl.KindNumber && math.Abs(g.cell(j).Num) < 1e6
}

func identityKey(label string) string {
	n := catalog.Normalize(label)
	if identityLabel(label) {
		for _, p := range bilingualSeps.Split(label, -1) {
			if pn := catalog.Normalize(p); isIdentityKey(pn) {
				return pn
			}
		}
	}
	return n
}

func isIdentityKey(n string) bool {
	return forceLabels[n] || opLabels[n] || startLabels[n] || endLabels[n]
}

// identityLabel reports whether text is a label of the force or the
// week, on its own or as one side of a bilingual label.
func identityLabel(text string) bool {
	if isIdentityKey(catalog.Normalize(text)) {
		return true
	}
	for _, p := range bilingualSeps.Split(text, -1) {
		if isIdentityKey(catalog.Normalize(p)) {
			return true
		}
	}
	return false
}

// weekColumn reads the week column of a transposed return ("Week
// beginning" over "11/10/2021"): each row's dates are the week it is for.
func (x *extractor) weekColumn(g *grid, i int, n string) {
	for _, j := range g.cellsBelow(i) {
		from, to, ok := parseDateRange(g.cell(j))
		if !ok {
			return
		}
		g.skip(i, skipIdentity)
		g.skip(j, skipIdentity)
		if from.Equal(to) && weekStartLabels[n] {
			to = from.AddDate(0, 0, 6)
		}
		x.dates = append(x.dates, datedCell{from: from, to: to, where: g.sheet.Name + "!" + g.cell(j).Ref()})
	}
}

// cellsBelow lists the cells under cell i in its column, row after
// adjacent row, to the first blank row or empty cell.
func (g *grid) cellsBelow(i int) []int {
	c := g.cell(i)
	var out []int
	for r := c.Row; ; {
		next := -1
		for _, rr := range g.rows {
			if rr > r {
				next = rr
				break
			}
		}
		if next < 0 || !g.adjacent(r, next) {
			return out
		}
		r = next
		j := g.get(r, c.Col)
		if j < 0 {
			return out
		}
		out = append(out, j)
	}
}

// forceColumn reads the Force column of a transposed table ("Force |
// Arrests | Warrants" over "Kent Police | 31 | 12"): each row names its force.
func (x *extractor) forceColumn(g *grid, i int) {
	g.skip(i, skipIdentity)
	for _, j := range g.cellsBelow(i) {
		if g.cell(j).Kind != etl.KindText {
			return
		}
		v := g.cell(j)
		if x.headingOf(v.Text).period == periodOther {
			continue // "Kent Police YTD": a comparison row, which headerRows reports
		}
		g.skip(j, skipIdentity)
		if f, ok := x.cat.MatchForce(v.Text); ok {
			x.forceCands = append(x.forceCands, cand{f.Code, g.sheet.Name + "!" + v.Ref(), 0})
		} else {
			x.msg(etl.SevError, "unknown_force", g.sheet.Name, v.Ref(), "%q is not a force we know", v.Text)
		}
	}
}

var opCodeInName = regexp.MustCompile(`(20\d\d)[-_ .]?(0[1-9]|1[0-2])\b`)

func (x *extractor) resolveIdentity(grids []*grid) {
	name := strings.TrimSuffix(strings.TrimSuffix(x.opt.FileName, ".xlsx"), ".XLSX")
	spaced := strings.NewReplacer("_", " ", "-", " ", ".", " ").Replace(name)
	for _, f := range x.cat.ForcesIn(spaced) {
		x.forceCands = append(x.forceCands, cand{f.Code, "the file name", 2})
	}
	x.partialWords(spaced, "", "", "the file name")
	none := "no force named in the return; put the force's name beside a 'Force' label"
	if len(x.twoForces) > 0 {
		t := x.twoForces[0]
		none = fmt.Sprintf("no force decided: the title at %s names two forces (%s), one on behalf of the other, so it does not say whose return this is; put the force's name beside a 'Force' label", t.where, strings.Join(t.names, " and "))
	}
	if len(x.joint) > 0 {
		// A joint or regional return decides no force, whatever else
		// names one: its figures are not one force's.
		t := x.joint[0]
		sheet, cell := t.where, ""
		if k := strings.LastIndex(t.where, "!"); k >= 0 {
			sheet, cell = t.where[:k], t.where[k+1:]
		}
		names := listing(t.names)
		if t.regional != "" {
			if !strings.Contains(t.regional, " ") {
				t.regional = strings.ToUpper(t.regional) // "ROCU", "ERSOU"
			}
			x.msg(etl.SevError, "conflicting_force", sheet, cell, "the title names %s with a regional unit (%s): a regional (ROCU) return is not one force's, so it is not loaded as %s's; each force sends its own return",
				names, t.regional, names)
		} else {
			x.msg(etl.SevError, "conflicting_force", sheet, cell, "the title names %d forces together (%s): a joint return is not one force's, so it is not loaded as any one's; each force sends its own return",
				len(t.names), names)
		}
	} else {
		x.ret.Force = x.pickForce(none)
	}
	// Operation: named or dated in the return, then the file name, then the
	// configured current operation, but only for a return with no dates.
	x.dates = pairStartEnd(x.dates)
	if len(x.dates) == 0 && len(x.opCands) == 0 {
		x.dates = x.headDates
	}
	var nowhere []datedCell
	for _, d := range x.dates {
		ops := x.cat.OperationOverlapping(d.from, d.to)
		for _, op := range ops {
			x.opCands = append(x.opCands, cand{op.Code, d.where, d.rank})
		}
		if len(ops) == 0 {
			nowhere = append(nowhere, d)
		}
	}
	if len(nowhere) > 0 && len(x.opCands) == 0 {
		var ds []string
		for _, d := range nowhere {
			ds = append(ds, d.where+" ("+spanText(d)+")")
		}
		x.msg(etl.SevError, "unknown_week", "", "", "the return's dates, %s, fall in no national operation we know; if this is a new operation, add it to reference/operations.csv in the countylines home folder (operation_code,name,starts_on,ends_on) and send the return again",
			strings.Join(ds, ", "))
		return
	}
	for _, d := range nowhere {
		x.msg(etl.SevWarning, "no_operation_that_week", "", "", "the dates at %s (%s) fall in no national operation", d.where, spanText(d))
	}
	// "Kent_2022-03_return", "Kent CLIW 07.03.22": underscores part
	// words; dots and dashes may be a date's.
	under := strings.ReplaceAll(name, "_", " ")
	if m := opCodeInName.FindStringSubmatch(under); m != nil {
		if op, ok := x.cat.Operation(m[1] + "-" + m[2]); ok {
			x.opCands = append(x.opCands, cand{op.Code, "the file name", 2})
		}
	} else if from, to, ok := parseDateText(under); ok {
		for _, op := range x.cat.OperationOverlapping(from, to) {
			x.opCands = append(x.opCands, cand{op.Code, "the file name", 2})
		}
	} else if from, to, ok := parseDateText(spaced); ok {
		for _, op := range x.cat.OperationOverlapping(from, to) {
			x.opCands = append(x.opCands, cand{op.Code, "the file name", 2})
		}
	} else if op, ok := x.monthInName(spaced); ok {
		x.opCands = append(x.opCands, cand{op.Code, "the file name", 2})
	}
	if len(x.opCands) == 0 {
		x.sheetNameWeeks(grids)
	}
	if x.opt.DefaultOperation != "" && len(x.dates) == 0 {
		x.opCands = append(x.opCands, cand{x.opt.DefaultOperation, "the configured current operation", 3})
	}
	none = "no operation found: give the week's dates or the operation's name beside a label such as 'Week commencing'"
	if len(x.headSeen) > 0 {
		none = fmt.Sprintf("no operation found: the column headings %s give dates, but nothing says which is this return's week; give the week's dates beside a label such as 'Week commencing', or head this week's column 'This week'",
			strings.Join(x.headSeen, " and "))
	}
	x.ret.Operation = x.pick(x.opCands, "operation", "no_operation", none)
	if x.ret.Operation != "" && x.ret.Operation == x.opt.DefaultOperation && len(x.otherDates) > 0 {
		configured := true
		for _, c := range x.opCands {
			configured = configured && c.rank == 3
		}
		if configured {
			x.msg(etl.SevWarning, "configured_operation", x.otherAt[0], x.otherAt[1], "the return gives no week, only %s, which is not the week; it was filed under the configured current operation %s. If that is wrong, give the week's dates beside a label such as 'Week commencing' and send the return again",
				strings.Join(x.otherDates, " and "), x.ret.Operation)
		}
	}
}

// pageTitles reads a sheet's page header and footer (probe11 R3): printed
// on every page, they name the force and the week as a title does, so a
// careful reader takes them; below every cell of the return, beside the
// file name (rank 2), so a cell or a title that says otherwise decides
// and the disagreement is said.
func (x *extractor) pageTitles(g *grid) {
	if readHeading(g.sheet.Name).period == periodOther {
		return // "Last IW": its header names that week, not the return's
	}
	for _, t := range g.sheet.PageTitles {
		if !titleLike(t) {
			continue
		}
		where := fmt.Sprintf("the page header or footer of sheet %q", g.sheet.Name)
		if _, joint := x.jointTitle(t); !joint && !(onBehalf.MatchString(t)) {
			for _, f := range x.cat.ForcesIn(t) {
				if !x.namedInPassing(t, f) {
					x.forceCands = append(x.forceCands, cand{f.Code, where, 2})
				}
			}
		}
		hd := x.headingOf(t)
		switch {
		case hd.period == periodOther:
		case hd.absolute() && !hd.month:
			x.dates = append(x.dates, datedCell{from: hd.from, to: hd.to, where: where, rank: 2})
		default:
			if op, ok := x.cat.MatchOperation(t); ok {
				x.opCands = append(x.opCands, cand{op.Code, where, 2})
			} else if op, ok := x.monthInName(t); ok {
				x.opCands = append(x.opCands, cand{op.Code, where, 2})
			}
		}
	}
}

// sheetNameWeeks takes the week from the names of the sheets with figures
// ("Oct 2021", "CLIW Mar22", "IW 2022-03") when nothing in the return nor
// its file name gives it, as a careful reader does. A name that says
// another period ("Last IW", "Oct 2020 (previous)") gives none; two sheets
// naming two weeks are two candidates, which pick refuses naming both.
//
// Every sheet with figures must name a week: beside a "Summary" naming
// none, a sheet named "May 2021" may be the last operation's, kept for
// comparison, and the Summary's figures are not May's.
func (x *extractor) sheetNameWeeks(grids []*grid) {
	var cands []cand
	for _, g := range grids {
		if g.firstFigureRow() == math.MaxInt {
			continue
		}
		n := len(cands)
		if readHeading(g.sheet.Name).period != periodOther {
			name := strings.ReplaceAll(g.sheet.Name, "_", " ")
			where := fmt.Sprintf("the sheet name %q", g.sheet.Name)
			if m := opCodeInName.FindStringSubmatch(name); m != nil {
				if op, ok := x.cat.Operation(m[1] + "-" + m[2]); ok {
					cands = append(cands, cand{op.Code, where, 2})
				}
			} else if from, to, ok := parseDateText(name); ok {
				for _, op := range x.cat.OperationOverlapping(from, to) {
					cands = append(cands, cand{op.Code, where, 2})
				}
			} else if op, ok := x.monthInName(name); ok {
				cands = append(cands, cand{op.Code, where, 2})
			}
		}
		if len(cands) == n {
			return // a sheet with figures that names no week
		}
	}
	x.opCands = append(x.opCands, cands...)
}

// pairStartEnd joins a lone start date and a lone end date ("From |
// 11/10/2021", "To | 17/10/2021") into the week they bound.
func pairStartEnd(ds []datedCell) []datedCell {
	si, ei := -1, -1
	for i, d := range ds {
		switch d.end {
		case 's':
			if si >= 0 {
				return ds
			}
			si = i
		case 'e':
			if ei >= 0 {
				return ds
			}
			ei = i
		}
	}
	if si < 0 || ei < 0 || ds[ei].from.Before(ds[si].from) {
		return ds
	}
	joined := datedCell{from: ds[si].from, to: ds[ei].to, where: ds[si].where + " to " + ds[ei].where, rank: min(ds[si].rank, ds[ei].rank)}
	var out []datedCell
	for i, d := range ds {
		if i != si && i != ei {
			out = append(out, d)
		}
	}
	return append(out, joined)
}

func spanText(d datedCell) string {
	if d.from.Equal(d.to) {
		return d.from.Format("2 Jan 2006")
	}
	return d.from.Format("2 Jan 2006") + " to " + d.to.Format("2 Jan 2006")
}

var monthYear = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*'?(20\d\d|\d\d)\b`)

// monthInName finds "October 2021" or "Oct21" in a file name and the one
// operation that starts in that month.
func (x *extractor) monthInName(s string) (catalog.Operation, bool) {
	m := monthYear.FindStringSubmatch(s)
	if m == nil {
		return catalog.Operation{}, false
	}
	y, _ := strconv.Atoi(m[2])
	if y < 100 {
		y += 2000
	}
	mon := months[strings.ToLower(m[1])]
	var found []catalog.Operation
	for _, op := range x.cat.Operations {
		if op.Starts.Year() == y && op.Starts.Month() == mon {
			found = append(found, op)
		}
	}
	if len(found) != 1 {
		return catalog.Operation{}, false
	}
	return found[0], true
}

// pickForce chooses the force: a labelled force cell, then the title
// block, then the file name, in that order (issue 6 item 7). Two sources
// of the same rank that disagree reject the return, naming both; a
// lower-ranked source that names another force is a warning naming both,
// and the higher-ranked one decides.
func (x *extractor) pickForce(none string) string {
	cands := x.forceCands
	if len(cands) == 0 {
		x.msg(etl.SevError, "unknown_force", "", "", "%s", none)
		return ""
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].rank < cands[j].rank })
	best := cands[0]
	for _, c := range cands[1:] {
		if c.rank == best.rank && c.code != best.code {
			x.msg(etl.SevError, "conflicting_force", "", "", "the force is given as %s (%s) and as %s (%s); correct one of them", best.code, best.where, c.code, c.where)
			return ""
		}
	}
	source := func(c cand) string {
		switch c.rank {
		case 0:
			return "the Force cell " + c.where
		case 1:
			return "the title " + c.where
		}
		return c.where
	}
	warned := map[string]bool{}
	for _, c := range cands {
		if c.code != best.code && !warned[c.code+c.where] {
			warned[c.code+c.where] = true
			x.msg(etl.SevWarning, "force_named_elsewhere", "", "", "the force is %s, from %s; %s names %s, which was not used: if the return is %s's, correct %s",
				x.forceName(best.code), source(best), source(c), x.forceName(c.code), x.forceName(c.code), source(best))
		}
	}
	for _, t := range x.twoForces {
		if !slices.Contains(t.codes, best.code) || best.rank == 2 {
			x.msg(etl.SevWarning, "force_named_elsewhere", "", "", "the force is %s, from %s; the title %s names %s, one on behalf of the other, and was not used",
				x.forceName(best.code), source(best), t.where, strings.Join(t.names, " and "))
		}
	}
	return best.code
}

// namedAt is where a title first names a force, for listing forces in the
// order the title gives them.
func namedAt(text string, f catalog.Force) int {
	t := catalog.Normalize(text)
	at := len(t)
	for _, n := range append([]string{f.Name, f.Code}, f.Aliases...) {
		if k := strings.Index(t, catalog.Normalize(n)); k >= 0 && k < at && n != "" {
			at = k
		}
	}
	return at
}

func (x *extractor) forceName(code string) string {
	if f, ok := x.cat.Force(code); ok {
		return f.Name
	}
	return code
}

// pick chooses the best-ranked candidate. Candidates of the best rank must
// agree; a title or the file name that names only another force (or week)
// is a conflict too. A conflict rejects the file naming both.
func (x *extractor) pick(cands []cand, what, code, none string) string {
	if len(cands) == 0 {
		x.msg(etl.SevError, code, "", "", "%s", none)
		return ""
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].rank < cands[j].rank })
	best := cands[0]
	conflict := func(c cand) string {
		return fmt.Sprintf("the %s is given as %s (%s) and as %s (%s); correct one of them", what, best.code, best.where, c.code, c.where)
	}
	for _, c := range cands[1:] {
		if c.rank == best.rank && c.code != best.code {
			x.msg(etl.SevError, "conflicting_"+what, "", "", "%s", conflict(c))
			return ""
		}
	}
	for rank := best.rank + 1; rank <= 2; rank++ {
		var others []cand
		agrees := false
		for _, c := range cands {
			if c.rank != rank {
				continue
			}
			if c.code == best.code {
				agrees = true
			} else {
				others = append(others, c)
			}
		}
		if len(others) > 0 && !agrees {
			x.msg(etl.SevError, "conflicting_"+what, "", "", "%s", conflict(others[0]))
			return ""
		}
	}
	return best.code
}

// ---- total columns ----

var totalHeaders = setOf("total", "totals", "week total", "weekly total", "total for week", "total for the week", "grand total", "overall total", "whole week", "total week",
	"7 day total", "7 days total", "seven day total", "total iw", "iw total") // reread25 E5

// totalColumns finds a "Total" column header standing in a row of other
// headers (a daily breakdown: Mon, Tue, ... Total). Below it, the figure
// beside a label is taken from that column, not from the first day. What
// the headers before it are decides what the Total is (totalKind): only a
// total of days is the week's figure whatever they are.
func (x *extractor) totalColumns(g *grid) {
	for _, row := range g.rows {
		headers, total := 0, -1
		for _, i := range g.byRow[row] {
			c := g.cell(i)
			if c.Kind != etl.KindText && c.Kind != etl.KindDate {
				continue
			}
			headers++
			if c.Kind == etl.KindText && totalHeaders[catalog.Normalize(c.Text)] {
				total = c.Col
			}
		}
		if total > 0 && headers >= 3 {
			g.totals = append(g.totals, x.totalOf(g, row, total))
		}
	}
}

var (
	periodHeader = regexp.MustCompile(`(?i)^\s*(?:week|wk|iw|fortnight|month|follow[\s-]*up|intensification\s+week)\b`)
	// currencyWord is a heading of money in other currencies: "Other
	// currency", "Foreign currency", "Foreign", "FX".
	currencyWord = regexp.MustCompile(`(?i)\b(?:currenc(?:y|ies)|foreign|fx)\b`)
	currencyHead = setOf("sterling", "pounds sterling", "pounds", "gbp", "euro", "euros", "eur", "dollar", "dollars", "us dollars", "usd", "cash sterling", "cash euro", "cash euros")
)

// totalOf reads the headers of a Total column's row between the labels'
// column (the first cell of the row) and the Total: days, currencies,
// periods, or parts of a metric. A period is a week by its number ("Week
// 41"), dates longer than a day, a word of a period ("IW", "Follow-up",
// "Fortnight 1") or a heading of this or another period ("This week",
// "Last week"); beside days ("Mon … Sun │ Last week │ Total") it is read
// with the Total by the label (a comparison reported) and decides nothing.
// Week numbers counted from 1 ("Week 1 │ Week 2 │ Total") count the
// weeks the Total adds up, not ISO weeks (countedWeeks).
func (x *extractor) totalOf(g *grid, row, total int) totalCol {
	t := totalCol{row: row, col: total, heads: map[int]int{}}
	var days, strayDays, currencies, periods, parts, others int
	var weekNos []int
	var held []dayCol // each day column's days of the week (dayColumn)
	// named, own, otherOps, rest: the columns of an operation by its
	// name, of this operation's own work, of others' (other operations,
	// other forces), of the rest (opColumn)
	var named, own, otherOps, rest []int
	// unsaid: the columns whose heading says nothing of whose figures
	// they are ("London", "NCA", "All", "Medway"); beside the force's
	// own columns or its days they are not (or not known to be) its own;
	// inside: those of them not known to be outside the force, which may
	// be a part of its own area ("Medway", "Rest of Kent")
	var unsaid, inside []int
	t.others = map[int]string{}
	seen := map[int]bool{} // the week's days a column before has named
	letters := x.letterDays(g, row, total)
	dayRow := len(letters) > 0
	for n, i := range g.byRow[row] {
		if c := g.cell(i); n > 0 && c.Col < total && (c.Kind == etl.KindDate || c.Kind == etl.KindText && x.dayColumn(c).day && !x.dayColumn(c).beyond) {
			dayRow = true
		}
	}
	for n, i := range g.byRow[row] {
		c := g.cell(i)
		if n == 0 || c.Col >= total {
			continue
		}
		t.heads[c.Col] = i
		if c.Kind != etl.KindText && c.Kind != etl.KindDate {
			continue
		}
		if c.Kind == etl.KindText && notesHeaders[catalog.Normalize(c.Text)] {
			continue // "Mon … Sun │ Notes │ Total": words, no figure the Total adds
		}
		if _, letter := letters[c.Col]; c.Kind == etl.KindText && dayRow && !letter && !x.dayColumn(c).day && g.wordsColumn(row, c.Col, total) {
			// "Mon … Sun │ Source │ Total" over "Niche", "RAG" over
			// "Green", "Lead" over "DS Smith": a column of words beside
			// the days is no figure the Total adds; the Total is
			// checked against the days (review26 W10)
			continue
		}
		dc := x.dayColumn(c)
		if wd, ok := letters[c.Col]; ok {
			dc = x.namedDays(map[time.Weekday]bool{wd: true}) // "M │ T │ W"
		}
		if c.Kind == etl.KindDate {
			dc.day = true // a date cell is a day's heading, of the week or not
		}
		var ls labelSense
		var hd heading
		if c.Kind == etl.KindText {
			ls, hd = x.sense(c.Text), x.dayHeading(c.Text)
		}
		switch {
		case c.Kind == etl.KindText && (money(ls.unit) || ls.foreign != "" || currencyHead[catalog.Normalize(c.Text)] || currencyWord.MatchString(c.Text)):
			currencies++
		case hd.oneDay() && x.periodOf(hd) == periodOther:
			strayDays++ // "04/10/2021": a day of another week
		case dc.beyond:
			strayDays++ // "Day 8", "Days 5-10": days beyond the week
		case dc.day:
			days++
			for _, d := range dc.days {
				if seen[d] {
					strayDays++ // a second Monday: two weeks' days
					break
				}
			}
			for _, d := range dc.days {
				seen[d] = true
			}
			held = append(held, dc)
			t.dayCols = append(t.dayCols, c.Col)
		case hd.dated() || hd.unread || hd.period != periodNone || periodHeader.MatchString(c.Text):
			periods++
			if hd.weekNo > 0 {
				weekNos = append(weekNos, hd.weekNo)
			}
		case x.partHeading(c.Text):
			parts++
		default:
			others++
			switch oc := x.opColumn(c.Text); oc {
			case "operation":
				named = append(named, c.Col)
			case "own":
				own = append(own, c.Col)
			case "other_ops", "other_forces":
				otherOps = append(otherOps, c.Col)
				t.others[c.Col] = oc
			case "rest":
				rest = append(rest, c.Col)
				t.others[c.Col] = oc
			default:
				unsaid = append(unsaid, c.Col)
				if x.outsideScope(c.Text) == "" {
					inside = append(inside, c.Col)
				}
			}
		}
	}
	after, ownAfter, partsAfter := x.othersAfter(g, row, total)
	if days > 0 {
		// "Mon … Sun │ Op Venetic │ Total": an operation's column or
		// the force's beside the week's days is a figure the days do not
		// make; whose week it is is not said
		unsaid = append(unsaid, named...)
		unsaid = append(unsaid, own...)
	}
	// One column beside a Total ("Week 1 │ Total") adds nothing up: the
	// Total is read as the week's figure, the column reported.
	switch {
	case currencies > 1 || currencies == 1 && others > 0:
		// "Sterling │ Euro │ Total", "Sterling │ Other currency │ Total":
		// a sum of sterling and something else is no sterling figure.
		t.kind = totalCurrency
	case strayDays > 0:
		// Days of another week, or days beyond this one ("10/10 │ 11/10
		// │ Total"): the Total is not this week's figure, nor is one day's.
		t.kind = totalPeriods
	case periods > 1 && days == 0:
		t.kind = totalPeriods
		t.counted = countedWeeks(weekNos)
	case len(otherOps) > 0 || len(rest) > 0 && len(named)+len(own)+days+periods+ownAfter > 0 || len(named) > 1 || periods > 0 && len(named)+len(own) > 0 ||
		len(unsaid) > 0 && len(named)+len(own)+days > 0 || len(after) > 0 || len(own)+len(named) > 1:
		// "Op Orochi │ Other ops │ Total", "Kent │ Other forces │
		// Total", "County lines │ Other │ Total", "Mon … Sun │ Other │
		// Total", "Op Orochi │ Op Venetic │ Total", "County lines (YTD)
		// │ Other │ Total": the Total adds figures not this force's for
		// this week's operation (other operations', work outside any,
		// other forces', another period's) to its own. Beside the
		// force's own columns or its days, a column that does not say
		// it is the force's own is not known to be ("Kent │ London │
		// Total", "CL │ All │ Total", "Mon … Sun │ Medway │ Total");
		// and a column of others after the Total is as much added
		// ("Total │ CL │ Other ops", "County lines │ Total │ Other");
		// beside the force's own column, another period's ("Kent │ YTD
		// │ Total", "Kent │ Last week │ Total") is added as much: the
		// period's column is read as any column is (review26 W13)
		t.kind = totalOtherOps
		if len(own)+len(named) > 1 {
			// "Kent │ Kent │ Total", "Intensification │ Kent │ Total",
			// "CL excluded │ CL │ Total": two columns each said to be
			// the force's own; which is the week's figure is not said
			for _, col := range append(slices.Clone(own), named...) {
				t.others[col] = "twice"
			}
		}
		if len(inside) > 0 {
			// "Kent │ Medway │ Total", "Kent │ Rest of Kent │ Total":
			// beside a column that may be a part of the force's own area,
			// a column headed with its name may be the rest of it, not
			// the whole; which holds the force's figure is not said
			// (review26 W9)
			for _, col := range append(slices.Clone(own), named...) {
				if t.others[col] == "" {
					t.others[col] = "besidePart"
				}
			}
		}
		for _, col := range unsaid {
			t.others[col] = "unsaid"
		}
		for _, i := range after {
			c := g.cell(i)
			t.heads[c.Col] = i
			t.others[c.Col] = x.opColumn(c.Text)
		}
		for _, i := range partsAfter {
			// "Total │ Under 18 │ Other ops": a part of a Total not
			// loaded is not loaded either (skipParts), and never read as
			// a label of its own (reread26 E6)
			t.heads[g.cell(i).Col] = i
			g.skip(i, skipWords)
		}
	case parts > 0 && days == 0:
		// after others': "Kent │ Juveniles │ Other forces │ Total" adds
		// other forces' figures, whatever part stands beside (review26 W1)
		t.kind = totalParts
	case others > 0:
		t.kind = totalOther
		if ones := append(slices.Clone(own), named...); others == 1 && len(ones) == 1 && periods+days+parts+currencies == 0 {
			t.ownAlone = ones[0] // "Kent │ Total": a Total of the force's own column alone
		}
	case days > 0:
		if t.missing = x.daysLeftOut(held); len(t.missing) > 0 {
			t.kind = totalPartWeek // "Mon │ Tue │ Wed │ Thu │ Total": four days' figure
		}
	}
	if t.kind == totalCurrency || t.kind == totalPeriods || t.kind == totalParts {
		for _, h := range t.heads {
			g.skip(h, skipWords) // headings, not labels: "Children" is read with the row's metric
		}
	}
	x.partsAfter(g, &t)
	return t
}

// othersAfter is the headings right of a Total column, up to a gap, that
// name others' figures by words.csv (opColumn: other_ops, other_forces,
// rest): "Total │ CL │ Other ops", "County lines │ Total │ Other"; and
// how many name the operation's own ("Other │ Total │ County lines"). A
// comparison after the Total ("Last week", "YTD") or a part of the
// metric ("Of which under 18") is neither.
func (x *extractor) othersAfter(g *grid, row, total int) (out []int, own int, parts []int) {
	last := total
	for _, i := range g.byRow[row] {
		c := g.cell(i)
		if c.Col <= total {
			continue
		}
		if c.Col > last+1 {
			break // a gap: another table's headings
		}
		last = c.Col
		if c.Kind != etl.KindText {
			continue
		}
		if x.partHeading(c.Text) {
			parts = append(parts, i)
			continue
		}
		switch x.opColumn(c.Text) {
		case "other_ops", "other_forces", "rest":
			out = append(out, i)
		case "own", "operation":
			own++
		}
	}
	return out, own, parts
}

// opColumn is what a column heading beside a Total names, by words.csv
// (role `column`): "operation" for an operation by its name ("Op
// Orochi": the word, then the name), "own" for this operation's own work
// by what it is ("County lines", "CL", "Intensification"), "other_ops"
// for other operations' figures or work outside any ("Other ops",
// "Non-op", "BAU", and the operation's own words after a word of
// leaving out, meaning `not`: "Non-CL", "Non county lines"),
// "other_forces" for other forces' ("Other forces", "Partner agencies",
// or another force by its name), "rest" for the rest ("Other", "Others":
// another's only beside the operation's, or days'), "some" for only
// some of those counted ("Local", "Kent residents", "Unknown", and the
// force's own area alone: "Within Kent", "In county"); "" for none. A
// heading that is the return's own force's name is "own", another
// force's (or any force's while the return's is not decided)
// "other_forces".
func (x *extractor) opColumn(text string) string {
	ts := noteTokens(text)
	if len(ts) == 0 {
		return ""
	}
	starts := func(ws []string) bool { return len(ts) > len(ws) && slices.Equal(ts[:len(ws)], ws) }
	var operation, own, not bool
	for _, w := range x.cat.Words {
		if w.Role != "column" {
			continue
		}
		ws := noteTokens(w.Text)
		switch w.Meaning {
		case "operation":
			operation = operation || starts(ws)
		case "not":
			not = not || starts(ws)
		case "inside":
			// the whole heading's words only (onlyColumnWords): "in" is
			// a word of many headings
		case "rest":
			if slices.Equal(ts, ws) {
				return w.Meaning
			}
		default:
			for i := 0; i+len(ws) <= len(ts); i++ {
				if !slices.Equal(ts[i:i+len(ws)], ws) {
					continue
				}
				if w.Meaning != "own" {
					return w.Meaning
				}
				own = true
			}
		}
	}
	switch {
	case not && (own || operation):
		return "other_ops" // "Non-CL", "Non-intensification"
	case operation:
		return "operation"
	case own:
		return "own"
	case not && x.onlyColumnWords(x.withoutOwnNames(text), "not"):
		return "other_forces" // "Non-Kent", "Outside Kent": the force's name said not to be
	case x.onlyColumnWords(x.withoutOwnNames(text), "inside"):
		return "some" // "Within Kent", "In county": those of the force's own area, beside those outside it
	}
	if f, ok := x.cat.MatchForce(text); ok {
		if f.Code != x.ret.Force {
			return "other_forces" // "Essex" beside "Kent", or a force when the return's is not decided
		}
		return "own"
	}
	return ""
}

// onlyColumnWords reports whether text, with the force's own names
// taken out, holds words and only words.csv's column words of meaning:
// of leaving out ("non", "outside", "excluding": "Non-Kent", "Outside
// Kent"), or of the force's own area ("within", "in county": "Within
// Kent").
func (x *extractor) onlyColumnWords(text, meaning string) bool {
	ts := noteTokens(text)
	if len(ts) == 0 {
		return false // the force's name alone: its own
	}
	for len(ts) > 0 {
		n := 0
		for _, w := range x.cat.Words {
			if ws := noteTokens(w.Text); w.Role == "column" && w.Meaning == meaning && len(ws) > n && len(ws) <= len(ts) && slices.Equal(ts[:len(ws)], ws) {
				n = len(ws) // the longest: "in county", not "in"
			}
		}
		if n == 0 {
			return false
		}
		ts = ts[n:]
	}
	return true
}

// namedDays is the days of the return's week that fall on the weekdays
// given, as a day column's (dayColumn).
func (x *extractor) namedDays(wds map[time.Weekday]bool) dayCol {
	dc := dayCol{day: true, count: len(wds)}
	op, known := x.cat.Operation(x.ret.Operation)
	for n := 0; known && n < days(op.Starts, op.Ends); n++ {
		if wds[op.Starts.AddDate(0, 0, n).Weekday()] {
			dc.days = append(dc.days, n)
		}
	}
	return dc
}

// letterDays reads the headings of a Total's row before it as the
// week's days by their initials ("M │ T │ W │ T │ F │ S │ S"): each a
// letter alone, in the week's order from its first day. A "T" or an "S"
// alone is two days' initial; only in that order does it say which. It
// maps each column to its weekday; nil when the headings are not so.
func (x *extractor) letterDays(g *grid, row, total int) map[int]time.Weekday {
	op, ok := x.cat.Operation(x.ret.Operation)
	if !ok {
		return nil
	}
	out := map[int]time.Weekday{}
	for n, i := range g.byRow[row] {
		c := g.cell(i)
		if n == 0 || c.Col >= total {
			continue
		}
		if c.Kind == etl.KindText && notesHeaders[catalog.Normalize(c.Text)] {
			continue
		}
		wd := (op.Starts.Weekday() + time.Weekday(len(out))) % 7
		if c.Kind != etl.KindText || !strings.EqualFold(strings.Trim(c.Text, " ."), wd.String()[:1]) {
			return nil
		}
		out[c.Col] = wd
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// dayCol is what a column heading beside a Total says of the return's
// week's days (dayColumn).
type dayCol struct {
	day bool // the heading names days: by name, number or date
	// days: the week's days it names, as offsets from the week's first
	// day; nil when the week is not known
	days []int
	// count: how many days it names; a day's name is one day even where
	// the week has two of it ("Mon" in a week from Monday to Monday)
	count int
	// beyond: it names days outside the week ("Day 8", "Days 5-10", a
	// date of another week)
	beyond bool
}

// dayColumn reads a column heading beside a Total as days of the
// return's week: by name ("Mon", "Mon-Wed", "Thursday", "Weekend",
// "Weekdays", words.csv role week_part meaning days), by number ("Day
// 3", "Days 1-4") or by date ("12/10", "12-10", "12.10", "12/10/2021", a
// date cell). It is the one reader of a day column: whether it is one,
// which days it names and whether they leave the week.
func (x *extractor) dayColumn(c *etl.Cell) dayCol {
	op, known := x.cat.Operation(x.ret.Operation)
	week := 0
	if known {
		week = days(op.Starts, op.Ends)
	}
	on := func(t time.Time) dayCol {
		if !known {
			return dayCol{day: true, count: 1}
		}
		if n := days(op.Starts, t) - 1; n >= 0 && n < week {
			return dayCol{day: true, days: []int{n}, count: 1}
		}
		return dayCol{day: true, beyond: true, count: 1}
	}
	named := x.namedDays
	if c.Kind == etl.KindDate {
		return on(c.Time)
	}
	if c.Kind != etl.KindText {
		return dayCol{}
	}
	if m := dayNumbers.FindStringSubmatch(c.Text); m != nil {
		from := dayNumber(m[1])
		to := from
		if m[2] != "" {
			to = dayNumber(m[2])
		}
		if from < 1 || to < from || to > 7 && !known {
			return dayCol{day: true, beyond: true, count: to - from + 1}
		}
		dc := dayCol{day: true, count: to - from + 1}
		for n := from; n <= to && known; n++ {
			if n > week {
				dc.beyond = true
				break
			}
			dc.days = append(dc.days, n-1)
		}
		return dc
	}
	if m := dayNames.FindStringSubmatch(c.Text); m != nil {
		from := weekdayOf(strings.ToLower(m[1])[:3])
		to := from
		if m[2] != "" {
			to = weekdayOf(strings.ToLower(m[2])[:3])
		}
		wds := map[time.Weekday]bool{}
		for d := from; ; d = (d + 1) % 7 {
			wds[d] = true
			if d == to {
				break
			}
		}
		return named(wds)
	}
	if m := dayAbbrev.FindStringSubmatch(c.Text); m != nil {
		for d := time.Sunday; d <= time.Saturday; d++ {
			if strings.EqualFold(d.String()[:2], m[1]) {
				return named(map[time.Weekday]bool{d: true})
			}
		}
	}
	if m := dayOrdinal.FindStringSubmatch(c.Text); m != nil {
		// "11th": the day of the week's month(s) with that number
		if !known {
			return dayCol{day: true, count: 1}
		}
		n, _ := strconv.Atoi(m[1])
		for d := 0; d < week; d++ {
			if t := op.Starts.AddDate(0, 0, d); t.Day() == n {
				return on(t)
			}
		}
		return dayCol{day: true, beyond: true, count: 1}
	}
	switch norm := strings.Trim(catalog.Normalize(c.Text), " ."); {
	case weekendWords.MatchString(norm):
		return named(map[time.Weekday]bool{time.Saturday: true, time.Sunday: true})
	case x.vocab().workingDays(norm):
		return named(map[time.Weekday]bool{time.Monday: true, time.Tuesday: true, time.Wednesday: true, time.Thursday: true, time.Friday: true})
	}
	if hd := x.dayHeading(c.Text); hd.oneDay() {
		if r, ok := x.resolve(hd); ok {
			return on(r.from)
		}
		return dayCol{day: true, count: 1}
	}
	return dayCol{}
}

// dayHeading is a column heading as headingOf reads it, a day and month
// alone ("12/10", "12-10", "12.10") with the year that puts it nearest
// the week (weekWords): a day of this week or of another. A day and
// month by a dash or a point is one only in a month of the week: "18-24"
// and "10-11" are more often ages or counts than days.
func (x *extractor) dayHeading(text string) heading {
	hd := x.headingOf(text)
	if hd.dated() {
		return hd
	}
	m := yearlessAlone.FindStringSubmatch(text)
	if m == nil {
		return hd
	}
	if m[2] != "/" {
		op, ok := x.cat.Operation(x.ret.Operation)
		mo, _ := strconv.Atoi(m[3])
		if !ok || mo != int(op.Starts.Month()) && mo != int(op.Ends.Month()) {
			return hd
		}
	}
	return x.headingOf(x.weekWords(m[1] + "/" + m[3]))
}

// yearlessAlone is a day and month alone: "12/10", " 12/10 ", "12-10",
// "12.10".
var yearlessAlone = regexp.MustCompile(`^\s*(\d{1,2})([/.-])(\d{1,2})\s*$`)

// dayNumbers is a day column's heading by the days' numbers ("Day 3",
// "Days 1-4", "Days 5 to 10").
// "D1 … D7", "Day one … Day seven" too (reread25 E5).
var dayNumbers = regexp.MustCompile(`(?i)^\s*(?:days?|d)\s*(\d+|` + dayWordNumbers + `)(?:\s*(?:-|–|to)\s*(\d+|` + dayWordNumbers + `))?(?:[^\pL\d]|$)`)

// dayWordNumbers is a day's number in words: "Day one".
const dayWordNumbers = `one|two|three|four|five|six|seven|eight|nine|ten`

// dayAbbrev is a day's two-letter name alone ("Mo", "Tu", "Su"), and
// dayOrdinal a day of the month alone ("11th", "17th"): a day column's
// heading beside other days (reread25 E5).
var (
	dayAbbrev  = regexp.MustCompile(`(?i)^\s*(mo|tu|we|th|fr|sa|su)\.?\s*$`)
	dayOrdinal = regexp.MustCompile(`(?i)^\s*(\d{1,2})(?:st|nd|rd|th)\s*$`)
)

// dayNumber is a day's number in figures or words ("3", "three").
func dayNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return int(smallNumbers[strings.ToLower(s)])
}

// dayNames is a day column's heading by the days' names ("Mon", "Mon
// 11/10", "Mon-Wed", "Thursday to Sunday").
var dayNames = regexp.MustCompile(`(?i)^\s*(` + weekdayAlt + `)(?:\s*(?:-|–|to)\s*(` + weekdayAlt + `))?(?:[^\pL\d]|$)`)

// weekendWords is a heading of the weekend's days: "Weekend", "the
// weekend", "Weekends", "Week-end".
var weekendWords = regexp.MustCompile(`^(?:the )?week ?-?ends?$`)

// daysLeftOut is the days of the return's week that no day column
// before a Total names ("Fri 15 Oct"), and the days a column names only
// one of ("Mon 13 May or Mon 20 May": "Mon" in a week of two Mondays):
// the Total of the columns is then a part of the week's figure. None
// when the week is not known, or a column's days cannot be told: the
// Total is then read as before.
func (x *extractor) daysLeftOut(held []dayCol) []string {
	op, ok := x.cat.Operation(x.ret.Operation)
	if !ok {
		return nil
	}
	day := func(n int) string { return op.Starts.AddDate(0, 0, n).Format("Mon 2 Jan") }
	seen := map[int]bool{}
	var out []string
	for _, h := range held {
		if len(h.days) == 0 {
			return nil
		}
		for _, n := range h.days {
			seen[n] = true
		}
		if h.count < len(h.days) {
			var ds []string
			for _, n := range h.days {
				ds = append(ds, day(n))
			}
			out = append(out, fmt.Sprintf("%s (one heading for %d days)", strings.Join(ds, " or "), len(h.days)))
		}
	}
	var left []string
	for n := 0; n < days(op.Starts, op.Ends); n++ {
		if !seen[n] {
			left = append(left, day(n))
		}
	}
	return append(left, out...)
}

// partsAfter reads the headers right of a Total column when each names a
// part of a metric ("Total │ Of which under 18", "Total │ Male │
// Female"): the Total is the metric, and those columns its parts, read
// with the row's metric (arrests_under_18), never as labels of their own.
func (x *extractor) partsAfter(g *grid, t *totalCol) {
	var after []int
	for _, i := range g.byRow[t.row] {
		c := g.cell(i)
		if c.Col <= t.col {
			continue
		}
		if c.Kind != etl.KindText || !x.partHeading(c.Text) {
			return
		}
		after = append(after, i)
	}
	for _, i := range after {
		t.heads[g.cell(i).Col] = i
		g.skip(i, skipWords)
	}
	t.partsAfter = len(after) > 0
}

// partHeading reports whether a heading names a part of a metric:
// "Children", "Under 18", "Male" (a part the grammar reads, whether or not
// the catalogue has it for the row's metric).
func (x *extractor) partHeading(text string) bool {
	r := x.readLabel(text, "")
	return r.why != nil && r.why.code == "child_without_parent" || r.ok && r.lm.metric.Parent != ""
}

// countedWeeks reports whether the week numbers of a Total's columns run
// 1, 2, … n: weeks counted from the first (an intensification week and a
// follow-up week), which may be ISO weeks 1 and 2 or this operation's
// weeks. Nothing says which, so none is taken as this week's.
func countedWeeks(nos []int) bool {
	if len(nos) < 2 {
		return false
	}
	for k, n := range slices.Sorted(slices.Values(nos)) {
		if n != k+1 {
			return false
		}
	}
	return true
}

// wordsColumn reports whether the column col under a heading in row
// holds words and no figure in the rows below, down to the first row
// with neither that column nor the Total column total: "Source" over
// "Niche", "RAG" over "Green". A cell with a digit in it is no word.
func (g *grid) wordsColumn(row, col, total int) bool {
	words := false
	for _, r := range g.rows {
		if r <= row {
			continue
		}
		i, t := g.get(r, col), g.get(r, total)
		if i < 0 && t < 0 {
			break
		}
		if i < 0 {
			continue
		}
		c := g.cell(i)
		if c.Kind != etl.KindText || strings.ContainsAny(c.Text, "0123456789") || g.isFigure(i) {
			return false
		}
		words = words || strings.TrimSpace(c.Text) != ""
	}
	return words
}

// ---- notes ----

var notesHeaders = setOf("notes", "note", "comments", "comment", "remarks", "additional information", "additional info",
	"further information", "notes comments", "comments notes", "details", "context", "narrative")

// notesColumns marks the cells under a "Notes" or "Comments" header as
// notes: kept in the file, never read as figures. A header stands in a
// row of headers: "Notes" first in its row is a label ("Notes | text").
// A figure alone in a notes cell is said to be skipped.
func (x *extractor) notesColumns(g *grid) {
	for i := range g.sheet.Cells {
		c := g.cell(i)
		if g.used[i] || c.Kind != etl.KindText || !notesHeaders[catalog.Normalize(c.Text)] || g.byRow[c.Row][0] == i {
			continue
		}
		g.used[i] = true
		for j := range g.sheet.Cells {
			d := g.cell(j)
			if d.Col != c.Col || d.Row <= c.Row || g.used[j] {
				continue
			}
			g.skip(j, skipNotes)
			if g.isFigure(j) {
				x.refuse(etl.SevWarning, "note_figure", g.sheet.Name, d.Ref(), []string{d.Ref()}, "%s stands in the %q column, which is not read as figures; not loaded (put it in the figure column if it is one)", shownAs(d), strings.TrimSpace(c.Text))
			} else if label, val, ok := noteFigure(d); ok {
				x.refuse(etl.SevWarning, "note_figure", g.sheet.Name, d.Ref(), []string{d.Ref()}, "the note %q gives a figure (%s: %s); a figure in a note is not loaded: put it in its own row", strings.TrimSpace(d.Text), strings.TrimSpace(label), val)
			}
		}
	}
}

// noteFigure finds a labelled figure in a note ("Under 18: 7", "Cash: £500
// seized"), which is never read as a fact but must not pass unseen.
func noteFigure(c *etl.Cell) (label, val string, ok bool) {
	if c.Kind != etl.KindText {
		return "", "", false
	}
	if label, val, ok := splitInline(c.Text); ok && strings.ContainsAny(val, "0123456789") {
		return label, val, true
	}
	if label, val, _, ok := splitFigureWords(c.Text); ok {
		return label, val, true
	}
	return "", "", false
}

// leftovers reports every figure left unread: a label we do not know with
// a figure beside it, "Label: figure" in one cell, a number beside no
// label. Never a silent drop, never a guess.
func (x *extractor) leftovers(g *grid) {
	x.rowNumbers(g)
	for _, row := range g.rows {
		for _, i := range g.byRow[row] {
			c := g.cell(i)
			if g.used[i] {
				continue
			}
			g.used[i] = true
			switch {
			case c.Kind == etl.KindText:
				if label, val, ok := splitInline(c.Text); ok && strings.ContainsAny(val, "0123456789") {
					x.unreadLabel(g, c, c, label, val)
				} else if j := g.rightOf(c.Row, c.Col); j >= 0 && !g.used[j] && g.isFigure(j) {
					g.used[j] = true
					x.unreadLabel(g, c, g.cell(j), c.Text, shownAs(g.cell(j)))
				} else if g.isFigure(i) {
					x.refuse(etl.SevWarning, "unread_figure", g.sheet.Name, c.Ref(), []string{c.Ref()}, "the figure %q at %s!%s stands beside no label we read; not loaded", c.Text, g.sheet.Name, c.Ref())
				} else if label, val, words, ok := splitFigureWords(c.Text); ok && !noteStarts[catalog.Normalize(label)] {
					x.unreadLabel(g, c, c, label, val+" "+words) // "Officers deployed: 120 (approx. 40 from Essex)"
				}
			case c.Kind == etl.KindNumber:
				x.refuse(etl.SevWarning, "unread_figure", g.sheet.Name, c.Ref(), []string{c.Ref()}, "the figure %s at %s!%s stands beside no label we read; not loaded", formatNum(c.Num), g.sheet.Name, c.Ref())
			}
		}
	}
}

// rowNumbers reports a column counting the rows it stands in (probe11
// M9): whole numbers going up by one, row after row, each left of words
// ("1 │ Arrests │ 43", "2 │ Warrants executed │ 25"), three or more. They
// number the rows, they are no figures: one info naming every cell, not a
// warning each, never loaded.
func (x *extractor) rowNumbers(g *grid) {
	byCol := map[int][]int{}
	for _, row := range g.rows {
		for _, i := range g.byRow[row] {
			c := g.cell(i)
			if g.used[i] || c.Kind != etl.KindNumber || c.Num != math.Trunc(c.Num) {
				continue
			}
			if j := g.rightOf(c.Row, c.Col); j >= 0 && g.cell(j).Col == c.Col+1 && g.cell(j).Kind == etl.KindText && !isBlankText(g.cell(j).Text) {
				byCol[c.Col] = append(byCol[c.Col], i)
			}
		}
	}
	for _, col := range slices.Sorted(maps.Keys(byCol)) {
		is := byCol[col]
		for k := 0; k < len(is); {
			end := k + 1
			for end < len(is) && g.cell(is[end]).Row == g.cell(is[end-1]).Row+1 && g.cell(is[end]).Num == g.cell(is[end-1]).Num+1 {
				end++
			}
			if run := is[k:end]; len(run) >= 3 {
				for _, i := range run {
					g.used[i] = true
				}
				c := g.cell(run[0])
				x.refuse(etl.SevInfo, "row_numbers", g.sheet.Name, c.Ref(), g.refs(run...), "%s to %s hold %s to %s, one more on each row beside the row's words: row numbers, not figures; not loaded",
					c.Ref(), g.cell(run[len(run)-1]).Ref(), formatNum(c.Num), formatNum(g.cell(run[len(run)-1]).Num))
			}
			k = end
		}
	}
}

// unreadLabel says why a label with a figure was not read; v is the cell
// of the figure (c itself for "Label: figure" in one cell). The grammar
// says why: the word it does not know, the word that changes the meaning.
func (x *extractor) unreadLabel(g *grid, c, v *etl.Cell, label, shown string) {
	lr := x.readLabel(label, "")
	label = strings.TrimSpace(label)
	cells := []string{v.Ref()}
	switch {
	case lr.notCount:
		x.refuse(etl.SevWarning, "not_a_count", g.sheet.Name, c.Ref(), cells, "%q is a proportion or an average (%s), not a count; %s not loaded", label, strings.ToLower(lr.changer), shown)
	case lr.changer != "":
		x.refuse(etl.SevWarning, "qualified_label", g.sheet.Name, c.Ref(), cells, "%q is not this week's plain figure (%s); %s not loaded", label, lr.says(), shown)
	default:
		x.refuse(etl.SevWarning, "unrecognised_label", g.sheet.Name, c.Ref(), cells, "unrecognised label %q at %s!%s, value %s (%s); not loaded", label, g.sheet.Name, c.Ref(), shown, whyNot(lr))
	}
}

func shownAs(c *etl.Cell) string {
	if c.Kind == etl.KindNumber {
		return formatNum(c.Num)
	}
	return c.Text
}

// isWhole reports whether v is a whole number.
func isWhole(v float64) bool { return v == math.Trunc(v) }

// sortFacts puts facts in reading order: sheet, row, column.
func sortFacts(wb *etl.Workbook, facts []etl.Fact) {
	order := map[string]int{}
	for i, sh := range wb.Sheets {
		order[sh.Name] = i
	}
	pos := func(f etl.Fact) (int, int, int) {
		c, r, _ := etl.ParseCellRef(f.Cell)
		return order[f.Sheet], r, c
	}
	sort.SliceStable(facts, func(i, j int) bool {
		si, ri, ci := pos(facts[i])
		sj, rj, cj := pos(facts[j])
		if si != sj {
			return si < sj
		}
		if ri != rj {
			return ri < rj
		}
		return ci < cj
	})
}
