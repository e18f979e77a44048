// Package ingest reads .xlsx workbooks into the etl grid model. It owns
// excelize for reading: strict zip limits, raw cell values, cell types and
// number formats from the stored workbook, never from formatted text.
package ingest

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/countylines/countylines/etl"
)

// Limits bound what one workbook may cost to read. Every limit is
// checked before the work it bounds: the file's size before it is read,
// each part's declared and actual inflated size while it is inflated (see
// checkZip), before excelize sees the file.
type Limits struct {
	MaxFileSize  int64 // bytes on disk
	MaxUnzipSize int64 // all parts inflated
	MaxXMLSize   int64 // one part inflated (so excelize never spills a part to TmpDir)
	MaxRatio     int64 // one part's inflated size over its compressed size, for parts over 1 MB
	MaxParts     int   // entries in the zip
	MaxCells     int   // non-empty cells across all sheets
	MaxSheets    int
	// Deadline is how long reading one file may take; a file still being
	// read then is rejected as too slow (etl.ErrTooSlow). 0 for none.
	Deadline time.Duration
	TmpDir   string // where excelize may spill large parts; "" for the system default
}

// MaxCellChars is Excel's own limit on the text of one cell. A longer
// text cannot have been typed or saved by Excel.
const MaxCellChars = 32767

// DefaultLimits are generous for a force's return (a few hundred cells,
// 10 to 50 KB) and small enough that a hostile file cannot exhaust the
// machine: the largest file they admit reads in a few seconds.
func DefaultLimits() Limits {
	return Limits{
		MaxFileSize:  32 << 20,
		MaxUnzipSize: 64 << 20,
		MaxXMLSize:   32 << 20,
		MaxRatio:     100,
		MaxParts:     1000,
		MaxCells:     50_000, // reading and extracting 50,000 cells takes seconds; a return has hundreds
		MaxSheets:    64,
		Deadline:     30 * time.Second,
	}
}

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// errDeadline is the cause of a per-file deadline.
var errDeadline = errors.New("the per-file deadline passed")

// Read reads the workbook in r (size bytes) named name. Errors wrap
// etl.ErrNotWorkbook, etl.ErrEncrypted, etl.ErrLegacyFormat,
// etl.ErrTooLarge, etl.ErrCellTooLong or etl.ErrTooSlow where they apply,
// and name the sheet and cell as *etl.CellError where they can. When ctx
// ends, Read returns ctx's error at once, even in the middle of a file: the
// reading left behind stops at its next check of ctx and cleans up.
func Read(ctx context.Context, r io.ReaderAt, size int64, name string, lim Limits) (*etl.Workbook, error) {
	if size > lim.MaxFileSize {
		return nil, fmt.Errorf("%s: %w: %d bytes, the limit is %d", name, etl.ErrTooLarge, size, lim.MaxFileSize)
	}
	if lim.Deadline > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, lim.Deadline, errDeadline)
		defer cancel()
	}
	type result struct {
		wb  *etl.Workbook
		err error
	}
	done := make(chan result, 1)
	go func() {
		wb, err := read(ctx, r, size, name, lim)
		done <- result{wb, err}
	}()
	select {
	case res := <-done:
		if res.err != nil && ctx.Err() != nil {
			return nil, stopped(ctx, name, lim)
		}
		return res.wb, res.err
	case <-ctx.Done():
		return nil, stopped(ctx, name, lim)
	}
}

// stopped is the error of a read that ctx ended: too slow if the per-file
// deadline passed, else the caller's own cancellation.
func stopped(ctx context.Context, name string, lim Limits) error {
	if errors.Is(context.Cause(ctx), errDeadline) {
		return fmt.Errorf("%s: %w: it was still being read after %v, the limit", name, etl.ErrTooSlow, lim.Deadline)
	}
	return ctx.Err()
}

func read(ctx context.Context, r io.ReaderAt, size int64, name string, lim Limits) (wb *etl.Workbook, err error) {
	head := make([]byte, 8)
	if n, _ := r.ReadAt(head, 0); n < 4 {
		return nil, fmt.Errorf("%s: %w: the file is empty or too short", name, etl.ErrNotWorkbook)
	}
	switch {
	case bytes.HasPrefix(head, zipMagic):
	case bytes.Equal(head, oleMagic):
		data := make([]byte, size)
		if _, err := r.ReadAt(data, 0); err != nil && err != io.EOF {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if bytes.Contains(data, utf16("EncryptionInfo")) {
			return nil, fmt.Errorf("%s: %w: remove the password and send it again", name, etl.ErrEncrypted)
		}
		return nil, fmt.Errorf("%s: %w", name, etl.ErrLegacyFormat)
	default:
		return nil, fmt.Errorf("%s: %w: it does not start like a zip-based .xlsx file", name, etl.ErrNotWorkbook)
	}
	defer func() {
		if p := recover(); p != nil {
			wb = nil
			err = fmt.Errorf("%s: %w: the reader failed on it (%v)", name, etl.ErrNotWorkbook, p)
		}
	}()
	if err := checkZip(ctx, r, size, lim); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	f, err := excelize.OpenReader(io.NewSectionReader(r, 0, size), excelize.Options{
		RawCellValue:      true,
		UnzipSizeLimit:    lim.MaxUnzipSize,
		UnzipXMLSizeLimit: lim.MaxXMLSize,
		TmpDir:            lim.TmpDir,
	})
	if err != nil {
		if strings.Contains(err.Error(), "size exceeds") {
			return nil, fmt.Errorf("%s: %w: %v", name, etl.ErrTooLarge, err)
		}
		return nil, fmt.Errorf("%s: %w: %v", name, etl.ErrNotWorkbook, err)
	}
	defer f.Close()
	rd := reader{ctx: ctx, f: f, name: name, lim: lim, styles: map[int]numFormat{}, looks: map[int]look{}, empty: map[string]map[string]bool{}}
	return rd.read()
}

func utf16(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for _, c := range []byte(s) {
		b = append(b, c, 0)
	}
	return b
}

type reader struct {
	ctx    context.Context
	f      *excelize.File
	name   string
	lim    Limits
	cells  int
	styles map[int]numFormat // style ID → its number format
	looks  map[int]look      // style ID → what it does to a cell's look that changes its meaning
	// fullCalc: the workbook asks to be recalculated when opened
	// (<calcPr fullCalcOnLoad="1"/>), as XlsxWriter and libxlsxwriter set
	// it when they save 0 as every formula's result.
	fullCalc bool
	calcs    int                        // formulas calculated so far, at most maxCalcs
	empty    map[string]map[string]bool // sheet → cells whose formula saved the empty text
	paths    map[string]string          // sheet → the zip path of its XML, once read
}

// maxCalcs bounds how many formulas one workbook may have calculated to
// check their saved results; a return has tens.
const maxCalcs = 2000

func (rd *reader) read() (*etl.Workbook, error) {
	wb := &etl.Workbook{Name: rd.name}
	if props, err := rd.f.GetWorkbookProps(); err == nil && props.Date1904 != nil && *props.Date1904 {
		wb.Date1904 = true
	}
	if calc, err := rd.f.GetCalcProps(); err == nil && calc.FullCalcOnLoad != nil && *calc.FullCalcOnLoad {
		rd.fullCalc = true
	}
	sheets := rd.f.GetSheetList()
	if len(sheets) == 0 {
		return nil, fmt.Errorf("%s: %w: it has no worksheets", rd.name, etl.ErrNotWorkbook)
	}
	if len(sheets) > rd.lim.MaxSheets {
		return nil, fmt.Errorf("%s: %w: %d sheets, the limit is %d", rd.name, etl.ErrTooLarge, len(sheets), rd.lim.MaxSheets)
	}
	for _, name := range sheets {
		if err := rd.ctx.Err(); err != nil {
			return nil, err
		}
		if strings.HasPrefix(rd.sheetPath(name), "xl/chartsheets/") {
			wb.Sheets = append(wb.Sheets, etl.Sheet{Name: name, Chart: true})
			continue
		}
		sh, err := rd.sheet(name, wb.Date1904)
		if err != nil {
			return nil, err
		}
		wb.Sheets = append(wb.Sheets, sh)
	}
	return wb, nil
}

func (rd *reader) cellErr(sheet, cell string, err error) error {
	return &etl.CellError{File: rd.name, Sheet: sheet, Cell: cell, Err: err}
}

func (rd *reader) sheet(name string, date1904 bool) (etl.Sheet, error) {
	sh := etl.Sheet{Name: name}
	if visible, err := rd.f.GetSheetVisible(name); err == nil {
		sh.Hidden = !visible
	}
	// Stream the raw values first: once the sheet has been decoded whole
	// (below), Rows would have to write it back out to XML to stream it.
	type rawCell struct {
		row, col int
		raw      string
	}
	var raws []rawCell
	rows, err := rd.f.Rows(name)
	if err != nil {
		return sh, rd.cellErr(name, "", fmt.Errorf("%w: %v", etl.ErrNotWorkbook, err))
	}
	zeroRows := rd.zeroHeightRows(name)
	rowNum := 0
	for rows.Next() {
		if err := rd.ctx.Err(); err != nil {
			rows.Close()
			return sh, err
		}
		rowNum++
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			rows.Close()
			return sh, rd.cellErr(name, "row "+strconv.Itoa(rowNum), fmt.Errorf("%w: %v", etl.ErrNotWorkbook, err))
		}
		if len(cols) > 0 && (rows.GetRowOpts().Hidden || zeroRows[rowNum]) {
			sh.HiddenRows = append(sh.HiddenRows, rowNum)
		}
		for i, raw := range cols {
			if err := checkLength(raw); err != nil {
				rows.Close()
				return sh, rd.cellErr(name, etl.CellRef(i+1, rowNum), err)
			}
			raws = append(raws, rawCell{rowNum, i + 1, raw})
			if len(raws) > rd.lim.MaxCells {
				rows.Close()
				return sh, fmt.Errorf("%s: %w: more than %d cells", rd.name, etl.ErrTooLarge, rd.lim.MaxCells)
			}
		}
	}
	if err := rows.Close(); err != nil {
		return sh, rd.cellErr(name, "", fmt.Errorf("%w: %v", etl.ErrNotWorkbook, err))
	}
	// GetMergeCells decodes the whole sheet, which reports damaged XML that
	// the streaming iterator silently cuts short.
	merges, err := rd.f.GetMergeCells(name)
	if err != nil {
		return sh, rd.cellErr(name, "", fmt.Errorf("%w: the sheet is damaged: %v", etl.ErrNotWorkbook, err))
	}
	for _, m := range merges {
		fc, fr, err1 := etl.ParseCellRef(m.GetStartAxis())
		tc, tr, err2 := etl.ParseCellRef(m.GetEndAxis())
		if err1 != nil || err2 != nil {
			continue
		}
		sh.Merges = append(sh.Merges, etl.Range{FromRow: fr, FromCol: fc, ToRow: tr, ToCol: tc})
	}
	// The sheet is decoded now (above), so asking each column is cheap.
	maxCol := 0
	for _, rc := range raws {
		maxCol = max(maxCol, rc.col)
	}
	zero := rd.zeroWidthCols(name)
	for col := 1; col <= maxCol; col++ {
		if visible, err := rd.f.GetColVisible(name, etl.ColumnName(col)); err == nil && !visible || zero(col) {
			sh.HiddenCols = append(sh.HiddenCols, col)
		}
	}
	if hf, err := rd.f.GetHeaderFooter(name); err == nil && hf != nil {
		for _, t := range []string{hf.FirstHeader, hf.OddHeader, hf.EvenHeader, hf.FirstFooter, hf.OddFooter, hf.EvenFooter} {
			for _, part := range pageTitleParts(t) {
				if err := checkLength(part); err != nil {
					return sh, rd.cellErr(name, "", err)
				}
				if !slices.Contains(sh.PageTitles, part) {
					sh.PageTitles = append(sh.PageTitles, part)
				}
			}
		}
	}
	comments, err := rd.f.GetComments(name)
	if err == nil {
		for _, cm := range comments {
			col, row, err := etl.ParseCellRef(cm.Cell)
			if err != nil {
				continue
			}
			text := cm.Text
			if text == "" {
				for _, run := range cm.Paragraph {
					text += run.Text
				}
			}
			if err := checkLength(text); err != nil {
				return sh, rd.cellErr(name, cm.Cell, err)
			}
			sh.Comments = append(sh.Comments, etl.Comment{Row: row, Col: col, Text: text})
		}
	}
	for i, rc := range raws {
		if i%1024 == 0 {
			if err := rd.ctx.Err(); err != nil {
				return sh, err
			}
		}
		c, ok, err := rd.cell(name, rc.row, rc.col, rc.raw, date1904)
		if err != nil {
			return sh, err
		}
		if !ok {
			continue
		}
		rd.cells++
		if rd.cells > rd.lim.MaxCells {
			return sh, fmt.Errorf("%s: %w: more than %d non-empty cells", rd.name, etl.ErrTooLarge, rd.lim.MaxCells)
		}
		sh.Cells = append(sh.Cells, c)
	}
	return sh, nil
}

// checkLength rejects a text longer than Excel allows in one cell,
// counted as Excel counts: in UTF-16 units.
func checkLength(s string) error {
	if len(s) <= MaxCellChars {
		return nil
	}
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	if n > MaxCellChars {
		return fmt.Errorf("%w: the cell holds %d characters, and Excel allows at most %d", etl.ErrCellTooLong, n, MaxCellChars)
	}
	return nil
}

func (rd *reader) cell(sheet string, row, col int, raw string, date1904 bool) (etl.Cell, bool, error) {
	ref := etl.CellRef(col, row)
	c := etl.Cell{Row: row, Col: col, Text: raw}
	formula, err := rd.f.GetCellFormula(sheet, ref)
	if err != nil {
		return c, false, rd.cellErr(sheet, ref, err)
	}
	c.Formula = formula != ""
	if raw == "" {
		if c.Formula && rd.emptyResults(sheet)[ref] {
			// =IF(D4="","",D4) showing nothing: calculated, and blank.
			return c, false, nil
		}
		if c.Formula {
			c.Kind = etl.KindFormulaNoValue
			c.Text = "=" + formula
			return c, true, nil
		}
		return c, false, nil
	}
	lk, err := rd.look(sheet, ref)
	if err != nil {
		return c, false, err
	}
	c.Struck, c.Indent = lk.struck, lk.indent
	typ, err := rd.f.GetCellType(sheet, ref)
	if err != nil {
		return c, false, rd.cellErr(sheet, ref, err)
	}
	if c.Formula && typ != excelize.CellTypeError {
		if calc, stale := rd.checkFormula(sheet, ref, formula, raw); stale {
			c.Kind, c.Text, c.Saved, c.Calc = etl.KindFormulaStale, "="+formula, raw, calc
			return c, true, nil
		}
	}
	switch typ {
	case excelize.CellTypeSharedString, excelize.CellTypeInlineString, excelize.CellTypeFormula:
		c.Kind = etl.KindText
	case excelize.CellTypeDate:
		// <c t="d"><v>2021-10-11T00:00:00Z</v></c>: an ISO 8601 date cell.
		c.Kind = etl.KindText
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02"} {
			if t, err := time.Parse(layout, strings.TrimSpace(raw)); err == nil {
				c.Kind, c.Time = etl.KindDate, t.UTC()
				break
			}
		}
	case excelize.CellTypeBool:
		c.Kind = etl.KindBool
	case excelize.CellTypeError:
		c.Kind = etl.KindError
	default:
		n, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			// A numeric cell holding text: keep the text, the extractor reads it.
			c.Kind = etl.KindText
			return c, true, nil
		}
		c.Kind, c.Num = etl.KindNumber, n
		nf, err := rd.numFormat(sheet, ref)
		if err != nil {
			return c, false, err
		}
		if nf.date {
			t, err := excelize.ExcelDateToTime(n, date1904)
			if err == nil {
				c.Kind, c.Time = etl.KindDate, t
			}
			return c, true, nil
		}
		if nf.code == "" {
			return c, true, nil
		}
		fr := formatMeaning(nf.code, n)
		if fr.meaning {
			// What Excel shows is what the analyst reads: "€5,000", "1.2 kg", "20+".
			shown, err := rd.f.GetCellValue(sheet, ref, excelize.Options{})
			if err != nil {
				shown = ""
			}
			c.Kind, c.Text, c.NumFmt = etl.KindText, exactShown(shown, n, fr), nf.code
			return c, true, nil
		}
		if fr.empty {
			c.Invisible, c.NumFmt = true, nf.code
		}
	}
	return c, true, nil
}

// checkFormula says whether the saved result raw of the formula at ref
// cannot be trusted, and what the formula calculates to when that is
// known and differs. The saved result is what Excel showed when the file
// was saved, so it is the figure; excelize's own calculation is only a
// check of it, never loaded: its maintainers do not claim it agrees with
// Excel everywhere (qax-os/excelize#1611), and it can return "" with no
// error when it fails (#1936, #1807). So:
//   - a number saved, and a different number calculated: stale (Excel
//     saved without recalculating, or a writer saved a placeholder);
//   - the workbook asks to be recalculated on opening (fullCalcOnLoad):
//     the saved result stands only if the calculation gives it exactly;
//     anything else, including a formula excelize cannot calculate, is
//     stale;
//   - otherwise (a text result, a formula that cannot be checked), the
//     saved result stands.
func (rd *reader) checkFormula(sheet, ref, formula, raw string) (string, bool) {
	if !checkable(formula) || rd.calcs >= maxCalcs {
		return "", rd.fullCalc
	}
	rd.calcs++
	calc, err := rd.f.CalcCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		return "", rd.fullCalc
	}
	saved, err1 := strconv.ParseFloat(raw, 64)
	got, err2 := strconv.ParseFloat(calc, 64)
	switch {
	case err1 == nil && err2 == nil:
		if closeEnough(saved, got) {
			return "", false
		}
		return calc, true
	case rd.fullCalc:
		if calc == raw && calc != "" {
			return "", false
		}
		return calc, true
	}
	return "", false
}

// checkable says whether a formula's result can be checked by calculating
// it again: not when it reads another workbook ([1]Sheet1!A1) or a value
// that changes each time it is calculated.
func checkable(formula string) bool {
	if strings.Contains(formula, "[") {
		return false
	}
	up := strings.ToUpper(formula)
	for _, fn := range []string{"NOW(", "TODAY(", "RAND(", "RANDBETWEEN(", "RANDARRAY(", "OFFSET(", "INDIRECT(", "CELL(", "INFO("} {
		if strings.Contains(up, fn) {
			return false
		}
	}
	return true
}

// closeEnough compares a saved and a calculated result, allowing for the
// last digits of a float (Excel saves 15 significant digits).
func closeEnough(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d <= 1e-9*max(1, a, -a, b, -b)
}

// numFormat returns the number format of a cell's style, read once per style.
func (rd *reader) numFormat(sheet, ref string) (numFormat, error) {
	id, err := rd.f.GetCellStyle(sheet, ref)
	if err != nil {
		return numFormat{}, rd.cellErr(sheet, ref, err)
	}
	if id == 0 {
		return numFormat{}, nil
	}
	if nf, ok := rd.styles[id]; ok {
		return nf, nil
	}
	st, err := rd.f.GetStyle(id)
	var nf numFormat
	if err == nil && st != nil {
		switch {
		case st.CustomNumFmt != nil:
			nf.code = *st.CustomNumFmt
			nf.date = IsDateFormat(nf.code)
		case isBuiltinDate(st.NumFmt):
			nf.date = true
		case st.NumFmt == 9:
			nf.code = "0%"
		case st.NumFmt == 10:
			nf.code = "0.00%"
		}
		// The other built-in formats only round, group digits or show a
		// currency that depends on the reader's locale (5-8, 41-44): the
		// number stands as stored.
	}
	rd.styles[id] = nf
	return nf, nil
}

// look is what a cell's style does to its look that a reader takes as
// meaning: a font struck through (a deleted line), a label indented (a
// part of the row above).
type look struct {
	struck bool
	indent int
}

// look reads a cell's style for what changes its meaning.
func (rd *reader) look(sheet, ref string) (look, error) {
	id, err := rd.f.GetCellStyle(sheet, ref)
	if err != nil {
		return look{}, rd.cellErr(sheet, ref, err)
	}
	if id == 0 {
		return look{}, nil
	}
	if l, ok := rd.looks[id]; ok {
		return l, nil
	}
	var l look
	if st, err := rd.f.GetStyle(id); err == nil && st != nil {
		l.struck = st.Font != nil && st.Font.Strike
		if st.Alignment != nil && st.Alignment.Indent > 0 {
			l.indent = st.Alignment.Indent
		}
	}
	rd.looks[id] = l
	return l, nil
}

func isBuiltinDate(id int) bool {
	return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)
}

// IsDateFormat reports whether a custom number format shows a date or time:
// it has d, m, y, h or s outside quoted text, escapes and [colour] blocks.
func IsDateFormat(format string) bool {
	// Only the first section (positive numbers) decides.
	inQuote, inBracket := false, false
	for i := 0; i < len(format); i++ {
		ch := format[i]
		switch {
		case inQuote:
			if ch == '"' {
				inQuote = false
			}
		case inBracket:
			if ch == ']' {
				inBracket = false
			}
		case ch == '"':
			inQuote = true
		case ch == '[':
			// [h], [mm], [ss] are elapsed times.
			if i+1 < len(format) && strings.ContainsRune("hHmMsS", rune(format[i+1])) {
				return true
			}
			inBracket = true
		case ch == '\\' || ch == '_' || ch == '*':
			i++
		case ch == ';':
			return false
		case strings.ContainsRune("dDmMyYhHsS", rune(ch)):
			return true
		}
	}
	return false
}

// emptyResults returns the cells of a sheet whose formula saved the empty
// text as its result: <c t="str"><f>IF(D4="","",D4)</f><v></v></c> (or
// <v/>), as Excel and LibreOffice save a formula that shows nothing. Such
// a cell was calculated and is blank; only a formula with no <v> at all
// was never calculated. excelize reads both as "", so the sheet's own XML
// decides; it is only read for a sheet that has such a formula.
func (rd *reader) emptyResults(sheet string) map[string]bool {
	if got, ok := rd.empty[sheet]; ok {
		return got
	}
	got := map[string]bool{}
	rd.empty[sheet] = got
	path := rd.sheetPath(sheet)
	if path == "" {
		return got
	}
	data, ok := rd.f.Pkg.Load(path)
	b, _ := data.([]byte)
	if !ok || len(b) == 0 {
		return got
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	var ref, typ string
	inCell, hasF, hasV, vText := false, false, false, false
	for {
		tok, err := dec.Token()
		if err != nil {
			return got
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "c":
				inCell, hasF, hasV, vText, ref, typ = true, false, false, false, "", ""
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "r":
						ref = a.Value
					case "t":
						typ = a.Value
					}
				}
			case "f":
				hasF = inCell
			case "v":
				hasV = inCell
			}
		case xml.CharData:
			if hasV && len(bytes.TrimSpace(t)) > 0 {
				vText = true
			}
		case xml.EndElement:
			if t.Name.Local == "c" {
				if hasF && hasV && !vText && typ == "str" && ref != "" {
					got[strings.ToUpper(ref)] = true
				}
				inCell = false
			}
		}
	}
}

// sheetPath is the zip path of a sheet's XML (xl/worksheets/…, or
// xl/chartsheets/… for a chart sheet), from the workbook's list of sheets
// and its relationships, read once; "" if it cannot be found.
func (rd *reader) sheetPath(sheet string) string {
	if rd.paths != nil {
		return rd.paths[sheet]
	}
	rd.paths = map[string]string{}
	load := func(name string) []byte {
		v, _ := rd.f.Pkg.Load(name)
		b, _ := v.([]byte)
		return b
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(load("xl/workbook.xml"), &wb) != nil || xml.Unmarshal(load("xl/_rels/workbook.xml.rels"), &rels) != nil {
		return ""
	}
	for _, s := range wb.Sheets {
		for _, r := range rels.Rels {
			if r.ID == s.ID {
				path := "xl/" + r.Target
				if strings.HasPrefix(r.Target, "/") {
					path = strings.TrimPrefix(r.Target, "/")
				}
				rd.paths[s.Name] = path
			}
		}
	}
	return rd.paths[sheet]
}

// zeroHeightRowRE is a row of height 0 (<row r="4" ht="0" customHeight="1">).
var zeroHeightRowRE = regexp.MustCompile(`<row\b[^>]*?\sht="0(?:\.0*)?"[^>]*>`)

var rowNumberRE = regexp.MustCompile(`\sr="([0-9]+)"`)

// zeroHeightRows reads the sheet's own XML for rows of height 0, as
// unseen as hidden ones; excelize's row iterator does not tell a height
// of 0 from no height given.
func (rd *reader) zeroHeightRows(sheet string) map[int]bool {
	v, _ := rd.f.Pkg.Load(rd.sheetPath(sheet))
	b, _ := v.([]byte)
	if !bytes.Contains(b, []byte(`ht="0`)) {
		return nil
	}
	rows := map[int]bool{}
	for _, m := range zeroHeightRowRE.FindAll(b, -1) {
		if r := rowNumberRE.FindSubmatch(m); r != nil {
			if n, err := strconv.Atoi(string(r[1])); err == nil {
				rows[n] = true
			}
		}
	}
	return rows
}

// zeroWidthCols reads the sheet's column widths from its own XML: a
// column of width 0 (<col width="0" customWidth="1"/>) is as unseen as a
// hidden one, but excelize reads a width of 0 as "not set".
func (rd *reader) zeroWidthCols(sheet string) func(col int) bool {
	none := func(int) bool { return false }
	v, _ := rd.f.Pkg.Load(rd.sheetPath(sheet))
	b, _ := v.([]byte)
	i := bytes.Index(b, []byte("<cols>"))
	j := bytes.Index(b, []byte("</cols>"))
	if i < 0 || j < i {
		return none
	}
	var cols struct {
		Col []struct {
			Min   int      `xml:"min,attr"`
			Max   int      `xml:"max,attr"`
			Width *float64 `xml:"width,attr"`
		} `xml:"col"`
	}
	if xml.Unmarshal(b[i:j+len("</cols>")], &cols) != nil {
		return none
	}
	return func(col int) bool {
		for _, c := range cols.Col {
			if c.Min <= col && col <= c.Max && c.Width != nil && *c.Width == 0 {
				return true
			}
		}
		return false
	}
}

// numFormat is what a cell's number format does to the number it shows.
type numFormat struct {
	code string // the format, "" for General and the built-in formats that change nothing
	date bool
}

// formatMeaning reads the section of a number format that shows n: what
// the number is multiplied by to be shown (1/1000 for `#,##0,`, 100 for
// `0%`); whether the format changes what the number means (words, a
// currency, a unit or a hedge around it: `0.0 "kg"`, `[$€-x-euro2] #,##0`,
// `0"+"`; a scale; a percentage), not just rounds, groups digits or
// brackets a negative; whether the section shows nothing (`;;;`); and the
// text it puts before and after the number.
func formatMeaning(code string, n float64) (f formatRead) {
	f.mult = 1
	sec := formatSection(code, n)
	if strings.TrimSpace(sec) == "" {
		f.empty = strings.Contains(code, ";")
		return f
	}
	digits := false
	lit := func(t string) {
		if meaningful(t) {
			f.meaning = true
		}
		if digits {
			f.after += t
		} else {
			f.before += t
		}
	}
	for i := 0; i < len(sec); i++ {
		ch := sec[i]
		switch {
		case ch == '"':
			j := strings.IndexByte(sec[i+1:], '"')
			if j < 0 {
				j = len(sec) - i - 1
			}
			lit(sec[i+1 : i+1+j])
			i += j + 1
		case ch == '\\':
			if i+1 < len(sec) {
				_, size := utf8.DecodeRuneInString(sec[i+1:])
				lit(sec[i+1 : i+1+size])
				i += size
			}
		case ch == '_' || ch == '*':
			if i+1 < len(sec) {
				_, size := utf8.DecodeRuneInString(sec[i+1:])
				if ch == '_' {
					lit(" ")
				}
				i += size
			}
		case ch == '[':
			j := strings.IndexByte(sec[i:], ']')
			if j < 0 {
				j = len(sec) - i
			}
			// [$€-x-euro2], [$$-409], [$£-809]: a currency sign; [$-409]
			// only a locale; [Red], [>=1000]: nothing shown.
			if inner := sec[i+1 : i+j]; strings.HasPrefix(inner, "$") {
				sign, _, _ := strings.Cut(inner[1:], "-")
				lit(sign)
			}
			i += j
		case ch == '%':
			f.mult *= 100
			lit("%")
		case ch == '0' || ch == '#' || ch == '?':
			digits = true
		case ch == ',':
			next := byte(0)
			if i+1 < len(sec) {
				next = sec[i+1]
			}
			if digits && next != '0' && next != '#' && next != '?' {
				f.mult /= 1000
				f.meaning = true
			}
		case ch == '.' && i+1 < len(sec) && strings.IndexByte("0#?", sec[i+1]) >= 0:
		case (ch == 'E' || ch == 'e') && i+1 < len(sec) && (sec[i+1] == '+' || sec[i+1] == '-'):
			i++
		case len(sec)-i >= 7 && strings.EqualFold(sec[i:i+7], "general"):
			digits = true
			i += 6
		case ch == '@':
		default:
			_, size := utf8.DecodeRuneInString(sec[i:])
			lit(sec[i : i+size])
			i += size - 1
		}
	}
	return f
}

// formatRead is what formatMeaning found.
type formatRead struct {
	mult           float64
	meaning, empty bool
	before, after  string
}

// meaningful says whether literal text in a number format changes what
// the number means: a letter, a currency sign, a plus or a comparison,
// not spaces, brackets, dashes or a slash.
func meaningful(s string) bool {
	for _, r := range s {
		// £ too: "£5,000" shown under "Cash seized (£000s)" is a full
		// amount under a thousands label, and "£43" beside Arrests money
		// beside a count, whether the £ was typed or put there by the
		// format. A cell's figure never depends on which.
		if unicode.IsLetter(r) || unicode.Is(unicode.Sc, r) || strings.ContainsRune("+~<>≈%", r) {
			return true
		}
	}
	return false
}

// formatSection returns the section of a number format that shows n:
// the first whose condition n meets (`[>=1000]£0,"k"`), else positive;
// negative; zero.
func formatSection(code string, n float64) string {
	var secs []string
	start, inQuote := 0, false
	for i := 0; i < len(code); i++ {
		switch code[i] {
		case '"':
			inQuote = !inQuote
		case '\\':
			if !inQuote {
				i++
			}
		case ';':
			if !inQuote {
				secs = append(secs, code[start:i])
				start = i + 1
			}
		}
	}
	secs = append(secs, code[start:])
	conditional := false
	for i, s := range secs {
		if i >= 3 {
			break
		}
		op, v, ok := condition(s)
		if !ok {
			if conditional {
				return s // the section after the conditions: everything else
			}
			continue
		}
		conditional = true
		if meets(n, op, v) {
			return s
		}
	}
	if conditional {
		return ""
	}
	switch {
	case n < 0 && len(secs) > 1:
		return secs[1]
	case n == 0 && len(secs) > 2:
		return secs[2]
	}
	return secs[0]
}

var conditionRE = regexp.MustCompile(`\[(<=|>=|<>|<|>|=)\s*(-?[0-9.]+)\]`)

func condition(sec string) (string, float64, bool) {
	m := conditionRE.FindStringSubmatch(sec)
	if m == nil {
		return "", 0, false
	}
	v, err := strconv.ParseFloat(m[2], 64)
	return m[1], v, err == nil
}

func meets(n float64, op string, v float64) bool {
	switch op {
	case "<":
		return n < v
	case "<=":
		return n <= v
	case ">":
		return n > v
	case ">=":
		return n >= v
	case "=":
		return n == v
	case "<>":
		return n != v
	}
	return false
}

var shownNumberRE = regexp.MustCompile(`[0-9][0-9,]*(\.[0-9]+)?`)

// exactShown puts the number's own digits in the text Excel shows for it
// (shown, from excelize's formatter), where the format rounds them away:
// `#,##0,` shows 5500 as "6", read here as "5.5" (thousands), so a scale
// applies to the number as stored. When the number shown is not the
// stored one at all (excelize's formatter does not apply every format as
// Excel does: it shows 5000 as "£0.0m" under
// `[>=1000000]£0.0,,"m";[>=1000]£0,"k";£0`), the text is rebuilt from the
// format's own words around the number: "£5k".
func exactShown(shown string, n float64, f formatRead) string {
	want := math.Abs(n * f.mult)
	want, _ = strconv.ParseFloat(strconv.FormatFloat(want, 'g', 15, 64), 64)
	exact := strconv.FormatFloat(want, 'f', -1, 64)
	rebuilt := func() string {
		sign := ""
		if n < 0 && !strings.Contains(f.before+f.after, "(") {
			sign = "-"
		}
		return strings.TrimSpace(sign + f.before + exact + f.after)
	}
	loc := shownNumberRE.FindStringIndex(shown)
	if loc == nil {
		return rebuilt()
	}
	digits := strings.ReplaceAll(shown[loc[0]:loc[1]], ",", "")
	got, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		return rebuilt()
	}
	if got == want {
		return shown
	}
	decimals := 0
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		decimals = len(digits) - i - 1
	}
	p := math.Pow(10, float64(decimals))
	if math.Abs(math.Round(want*p)/p-got) > 1e-9*max(1, got) {
		return rebuilt()
	}
	return shown[:loc[0]] + exact + shown[loc[1]:]
}

// pageCode is one formatting code of a page header or footer: a part
// ("&L", "&C", "&R"), a font ("&\"Arial,Bold\"", "&12"), a colour
// ("&KFF0000"), a style ("&B"), a field ("&P" page, "&N" pages, "&D"
// date, "&T" time, "&F" file, "&A" sheet, "&Z" path, "&G" picture).
var pageCode = regexp.MustCompile(`&(?:"[^"]*"|\d+|K[0-9A-Fa-f]{6}|K\d{2}[+-]\d{3}|[LCRBIUSEXYPNDTFAZGH])`)

// pageTitleParts are the words of a page header or footer, one text per
// part (left, centre, right), formatting codes and fields removed; none
// for a part that holds only fields ("Page &P of &N").
func pageTitleParts(s string) []string {
	var out []string
	for _, part := range pagePart.Split(strings.ReplaceAll(s, "&&", "\x00"), -1) {
		t := strings.ReplaceAll(pageCode.ReplaceAllString(part, " "), "\x00", "&")
		t = strings.Join(strings.Fields(t), " ")
		if pageFieldWords.ReplaceAllString(t, "") != "" {
			out = append(out, t)
		}
	}
	return out
}

var (
	pagePart       = regexp.MustCompile(`&[LCR]`)
	pageFieldWords = regexp.MustCompile(`(?i)\b(?:page|of)\b|[\s\-/]`)
)
