package extract

import (
	"errors"
	"sort"
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

// grid indexes one sheet's visible cells by position and remembers which
// cells the extractor has already used. Cells in hidden rows and columns
// are left out of the index: what a person cannot see is never read.
type grid struct {
	sheet     *etl.Sheet
	at        map[[2]int]int // (row, col) → index into sheet.Cells
	used      []bool
	reason    []skipReason // why a cell was passed over on purpose, for the cells that hold figures
	rows      []int        // distinct visible row numbers, ascending
	byRow     map[int][]int
	totals    []totalCol // "Total" columns of daily breakdowns
	hiddenRow map[int]bool
	hiddenCol map[int]bool
	figureRow int           // the first row holding a figure, once found
	parsed    []int8        // for each cell: 0 not yet read, 1 a value, 2 a figure too, 3 neither
	head      []int         // for each cell, the nearest cell above it in its column that is words, not a figure; -1 for none
	valueOf   map[int]bool  // lone signs where a label's figure goes ("Drugs seized | £"): no headings
	sections  []sectionHead // period headings alone in their rows (sections.go)
	sheetHead heading       // what the sheet's name says of its period
	scaleNote *scaleNote    // a scale stated once for the sheet ("All monetary values in £000s")
	struck    map[int]bool  // cells struck through, or beside a struck label: not read
	// tableAt: the itemised tables' header rows (tables.go), each with
	// its table's metric, for the rows under it the table leaves
	tableAt map[int]tableAt
}

// tableAt is an itemised table's metric, and where its header names it.
type tableAt struct {
	metric catalog.Metric
	src    string
}

// totalCol is a "Total" header at (row, col), and what the headers it
// totals are: heads maps each of their columns to its header cell.
type totalCol struct {
	row, col int
	kind     totalKind
	heads    map[int]int
	counted  bool // periods are weeks counted from 1 ("Week 1 │ Week 2"), not ISO weeks
	// partsAfter: the columns right of the Total are its parts ("Total │
	// Of which under 18"); heads holds their header cells too.
	partsAfter bool
	// missing: for a Total of days, the week's days no column names
	// ("Fri 15 Oct"): a Total of a part of the week (totalPartWeek)
	missing []string
	// dayCols: the columns whose headings name days (dayColumn)
	dayCols []int
	// others: for a Total beside another operation's column ("Op
	// Orochi │ Other ops │ Total"), the columns not this force's for the
	// operation, and what they are (opColumn: other_ops, other_forces,
	// rest)
	others map[int]string
	// ownAlone: for a Total beside one column alone, headed as the
	// force's own or this operation's ("Kent │ Total", "County lines │
	// Total"), that column; 0 for none (ownTotalDisagrees)
	ownAlone int
}

// totalKind is what the columns a Total column adds up are.
type totalKind int

const (
	totalDays     totalKind = iota // days of the week (Mon … Sun, Day 1, dates): the Total is the week's figure
	totalOther                     // headings we do not know as days, currencies, periods or parts: the Total is taken, the columns reported
	totalCurrency                  // currencies (Sterling │ Euro): the Total is no figure of any metric
	totalPeriods                   // periods (Week 1 │ Week 2): the Total is a longer period's figure
	totalParts                     // parts of the row's metric (Adults │ Children): read as the catalogue's parts
	totalPartWeek                  // days that leave some of the week out (Mon │ … │ Thu): the Total is a part of the week's figure
	totalOtherOps                  // an operation's column and another's ("Op Orochi │ Other ops", "Kent │ Other forces", "Mon … Sun │ Other"): the Total is not this force's for the operation
)

// totalFor returns the Total column that governs a label at (row, col):
// the nearest such header above it and to its right.
func (g *grid) totalFor(row, col int) (totalCol, bool) {
	best, found := totalCol{}, false
	for _, t := range g.totals {
		if t.row < row && t.col > col && (!found || t.row > best.row) {
			best, found = t, true
		}
	}
	return best, found
}

func newGrid(sh *etl.Sheet) *grid {
	g := &grid{sheet: sh, at: make(map[[2]int]int, len(sh.Cells)), used: make([]bool, len(sh.Cells)), reason: make([]skipReason, len(sh.Cells)), byRow: map[int][]int{},
		hiddenRow: map[int]bool{}, hiddenCol: map[int]bool{}}
	for _, r := range sh.HiddenRows {
		g.hiddenRow[r] = true
	}
	for _, c := range sh.HiddenCols {
		g.hiddenCol[c] = true
	}
	sort.SliceStable(sh.Cells, func(i, j int) bool {
		a, b := sh.Cells[i], sh.Cells[j]
		if a.Row != b.Row {
			return a.Row < b.Row
		}
		return a.Col < b.Col
	})
	deleted := map[int]bool{} // rows whose label is struck through: the line is deleted
	for i, c := range sh.Cells {
		if g.hidden(c) {
			g.used[i] = true
			continue
		}
		if c.Struck && c.Kind == etl.KindText && (i == 0 || sh.Cells[i-1].Row != c.Row) {
			deleted[c.Row] = true
		}
		if c.Struck || deleted[c.Row] {
			// Struck through, or beside a struck label: deleted by the
			// force, not read, reported (struckCells). It stays in the grid
			// so that the row is no blank row.
			g.used[i] = true
			if g.struck == nil {
				g.struck = map[int]bool{}
			}
			g.struck[i] = true
		}
		g.at[[2]int{c.Row, c.Col}] = i
		if len(g.byRow[c.Row]) == 0 {
			g.rows = append(g.rows, c.Row)
		}
		g.byRow[c.Row] = append(g.byRow[c.Row], i)
	}
	return g
}

// indexHeadings finds, for each cell, the nearest cell above it in its
// column that is words rather than a figure: the column's heading as a
// person reads it. Cells already used (the force, the week, notes) are
// not headings. Words a value may be ("TBC", "Pending": a figure not
// given) head the column too when says holds of them and nothing stands
// above them: they say what the figures under them are.
func (g *grid) indexHeadings(says func(text string) bool) {
	g.head = make([]int, len(g.sheet.Cells))
	for i := range g.head {
		g.head[i] = -1
	}
	last := map[int]int{} // column → the last heading seen in it
	for _, row := range g.rows {
		for _, i := range g.byRow[row] {
			c := g.cell(i)
			h, headed := last[c.Col]
			if headed {
				g.head[i] = h
			}
			// (a value word under a heading is that column's value, not
			// a heading over the heading: "Essex Police" over "TBC" over
			// "9" heads the 9)
			if !g.used[i] && c.Kind == etl.KindText && (!g.isValue(i) || !headed && !g.isFigure(i) && says(c.Text)) {
				last[c.Col] = i
			}
		}
	}
}

// covering returns the cell at (row, col), or the first cell of a merged
// range that covers it, or -1.
func (g *grid) covering(row, col int) int {
	if i := g.get(row, col); i >= 0 {
		return i
	}
	for _, m := range g.sheet.Merges {
		if m.FromRow <= row && row <= m.ToRow && m.FromCol <= col && col <= m.ToCol {
			return g.get(m.FromRow, m.FromCol)
		}
	}
	return -1
}

func (g *grid) cell(i int) *etl.Cell { return &g.sheet.Cells[i] }

// isValue is valueLike for a cell of the grid, read once.
func (g *grid) isValue(i int) bool { return g.read(i) <= 2 }

// isFigure is isFigure for a cell of the grid, read once.
func (g *grid) isFigure(i int) bool { return g.read(i) == 2 }

func (g *grid) read(i int) int8 {
	if g.parsed == nil {
		g.parsed = make([]int8, len(g.sheet.Cells))
	}
	if g.parsed[i] == 0 {
		c := g.cell(i)
		g.parsed[i] = 1
		switch c.Kind {
		case etl.KindNumber:
			g.parsed[i] = 2
		case etl.KindText:
			v, err := ParseText(c.Text)
			switch {
			case errors.Is(err, ErrForeignCurrency) && strings.ContainsAny(c.Text, "0123456789"):
				// "¥50,000": a figure, refused when read, never passed over.
			case err != nil:
				g.parsed[i] = 3
			case v.Num != nil && strings.ContainsAny(c.Text, "0123456789"):
				g.parsed[i] = 2
			}
		}
	}
	return g.parsed[i]
}

// hidden reports whether a cell is in a hidden row or column, or is a
// number whose format shows nothing (";;;").
func (g *grid) hidden(c etl.Cell) bool {
	return g.hiddenRow[c.Row] || g.hiddenCol[c.Col] || c.Invisible
}

// adjacent reports whether visible row r2 follows r1 with nothing but
// hidden rows between them: a person sees no blank row there.
func (g *grid) adjacent(r1, r2 int) bool {
	if r2 <= r1 {
		return false
	}
	for r := r1 + 1; r < r2; r++ {
		if !g.hiddenRow[r] {
			return false
		}
	}
	return true
}

// get returns the cell index at (row, col), or -1.
func (g *grid) get(row, col int) int {
	if i, ok := g.at[[2]int{row, col}]; ok {
		return i
	}
	return -1
}

// merged returns the merged range whose anchor is (row, col), if any.
func (g *grid) merged(row, col int) (etl.Range, bool) {
	for _, m := range g.sheet.Merges {
		if m.FromRow == row && m.FromCol == col {
			return m, true
		}
	}
	return etl.Range{}, false
}

// lastCol is the right-hand edge of the cell at (row, col), merges included.
func (g *grid) lastCol(row, col int) int {
	if m, ok := g.merged(row, col); ok {
		return m.ToCol
	}
	return col
}

// rightOf returns the next non-empty cell to the right of the cell at
// (row, col) in the same row, skipping past a merged label, or -1.
func (g *grid) rightOf(row, col int) int {
	edge := g.lastCol(row, col)
	for _, i := range g.byRow[row] {
		if g.sheet.Cells[i].Col > edge {
			return i
		}
	}
	return -1
}

// below returns the cell directly below (row, col), past hidden rows, if
// it is the next non-empty cell in that column, or -1.
func (g *grid) below(row, col int) int {
	last := row
	if m, ok := g.merged(row, col); ok {
		last = m.ToRow
	}
	r := last + 1
	for g.hiddenRow[r] {
		r++
	}
	return g.get(r, col)
}
