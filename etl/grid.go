package etl

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// CellKind is what a workbook cell holds, decided from the cell's stored
// type and number format, never from its formatted text.
type CellKind uint8

// The kinds of cell a reader hands to the extractor.
const (
	KindText           CellKind = iota // a string
	KindNumber                         // a number, Num holds it
	KindDate                           // a number with a date format, Time holds it
	KindBool                           // TRUE/FALSE
	KindError                          // #DIV/0! and friends
	KindFormulaNoValue                 // a formula whose result was never calculated
	KindFormulaStale                   // a formula whose saved result is not to be trusted (see Cell.Calc)
)

// Cell is one non-empty cell of a sheet.
type Cell struct {
	Row, Col int // 1-based
	Kind     CellKind
	Text     string // the raw text: the string, or the number as stored
	Num      float64
	Time     time.Time
	Formula  bool // the value is a formula's cached result
	// Calc is, for a KindFormulaStale cell, what the formula calculates to
	// when that differs from the saved result (Text is then the formula,
	// Saved the saved result); "" when the saved result cannot be checked
	// and the workbook says its saved results are placeholders.
	Calc, Saved string
	// NumFmt is the cell's number format when it changes what the number
	// means (a unit, a currency, a hedge, a scale, a percentage): Text is
	// then what Excel shows, read as the analyst reads it, and Num the
	// number stored. Invisible is a number whose format shows nothing
	// (";;;"): like a cell in a hidden row, it is reported, not read.
	NumFmt    string
	Invisible bool
	Struck    bool // the cell's font is struck through: how a force deletes a line it leaves visible
	Indent    int  // the cell's alignment indent (levels): how a breakdown row is set under its parent
}

// Ref is the cell's A1 address.
func (c Cell) Ref() string { return CellRef(c.Col, c.Row) }

// Range is a rectangle of cells, such as a merged title.
type Range struct {
	FromRow, FromCol, ToRow, ToCol int
}

// Sheet is the non-empty cells of one worksheet, in row then column order.
// Cells in hidden rows and columns are kept, so that what a person cannot
// see can be reported; the extractor never reads them as figures.
type Sheet struct {
	Name       string
	Hidden     bool
	Cells      []Cell
	Merges     []Range
	HiddenRows []int // 1-based, ascending: rows hidden or filtered out, that hold cells
	HiddenCols []int // 1-based, ascending: hidden columns that hold cells
	// Chart is a chart sheet: it holds no cells and is not read.
	Chart bool
	// Comments are the cells' comments (notes), which are never read as
	// figures but are reported when they give one.
	Comments []Comment
	// PageTitles are the texts of the page header and footer printed on
	// each page (left, centre and right parts, formatting codes removed,
	// each once), which may name the force and the week.
	PageTitles []string
}

// Comment is the comment (note) on one cell.
type Comment struct {
	Row, Col int
	Text     string
}

// TemplateMarker begins the text of a cell the return template puts on
// each sheet of its own (the drop-down lists, the guidance), followed by
// the sheet's role. Such a sheet is never part of the return, whoever
// saved the file and whether or not it is still hidden: Gnumeric, for
// one, unhides the lists sheet, whose 44 force names would otherwise be
// read as 44 forces.
const TemplateMarker = "countylines template sheet: "

// TemplateRole is the role the template gave the sheet ("lists",
// "guidance"), or "" for a sheet that is not the template's own.
func (s *Sheet) TemplateRole() string {
	for _, c := range s.Cells {
		if c.Kind == KindText && strings.HasPrefix(c.Text, TemplateMarker) {
			return strings.TrimSpace(strings.TrimPrefix(c.Text, TemplateMarker))
		}
	}
	return ""
}

// Workbook is what a reader found in one file.
type Workbook struct {
	Name     string // file name, for messages
	Date1904 bool
	Sheets   []Sheet
}

// CellRef renders a 1-based column and row as an A1 address.
func CellRef(col, row int) string {
	return ColumnName(col) + strconv.Itoa(row)
}

// ColumnName renders a 1-based column number as letters: 1 → A, 27 → AA.
func ColumnName(col int) string {
	if col < 1 {
		return "?"
	}
	var b []byte
	for col > 0 {
		col--
		b = append([]byte{byte('A' + col%26)}, b...)
		col /= 26
	}
	return string(b)
}

// ParseCellRef turns "C7" into column 3, row 7.
func ParseCellRef(ref string) (col, row int, err error) {
	ref = strings.ToUpper(strings.TrimSpace(ref))
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
		if col > 16384 {
			return 0, 0, fmt.Errorf("cell reference %q: column out of range", ref)
		}
	}
	if i == 0 || i == len(ref) {
		return 0, 0, fmt.Errorf("cell reference %q: want letters then digits", ref)
	}
	row, err = strconv.Atoi(ref[i:])
	if err != nil || row < 1 || row > 1048576 {
		return 0, 0, fmt.Errorf("cell reference %q: row out of range", ref)
	}
	return col, row, nil
}
