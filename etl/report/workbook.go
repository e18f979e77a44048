package report

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/countylines/countylines/etl"
)

// Sheet is one rollup to write as a worksheet.
type Sheet struct {
	Table       *etl.Table
	Description string
}

// WorkbookInfo is what the contents sheet says about the workbook.
type WorkbookInfo struct {
	Title     string
	Operation string
	RunID     string
	Generated time.Time
	Notes     []string
}

type bookStyles struct {
	title, header, text, count, decimal, gbp, date, datetime, link, wrap int
}

// WriteRollups writes a workbook with a contents sheet and one sheet per
// rollup: bold frozen header, autofilter, widths fitted to the content,
// £ for money and thousands separators for counts. Text that a spreadsheet
// could take for a formula is prefixed with an apostrophe.
//
// It stops with ctx's error once ctx ends: it looks between sheets, every
// rowsPerCheck rows and at every write of the zip, so a pass cancelled on
// SIGTERM does not first spend a second making a workbook it will not
// keep (the caller throws away what was written).
func WriteRollups(ctx context.Context, w io.Writer, info WorkbookInfo, sheets []Sheet) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newBookStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", "Contents"); err != nil {
		return err
	}
	if err := contents(f, st, info, sheets); err != nil {
		return err
	}
	for _, s := range sheets {
		if err := writeSheet(ctx, f, st, s.Table); err != nil {
			return fmt.Errorf("sheet %s: %w", s.Table.Name, err)
		}
	}
	f.SetActiveSheet(0)
	// Making the zip is a good part of the work: it stops too, at the
	// next part or the next block written once ctx has ended.
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { return ctxZip{ctx, zip.NewWriter(ctxWriter{ctx, w})} })
	_, err = f.WriteTo(w)
	return err
}

// ctxZip is a zip writer that starts no part once ctx has ended.
type ctxZip struct {
	ctx context.Context
	*zip.Writer
}

func (z ctxZip) Create(name string) (io.Writer, error) {
	if err := z.ctx.Err(); err != nil {
		return nil, err
	}
	return z.Writer.Create(name)
}

// ctxWriter fails every write once ctx has ended.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(b []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(b)
}

func newBookStyles(f *excelize.File) (bookStyles, error) {
	var st bookStyles
	gbp, dec, dt := "£#,##0.00", "#,##0.##", "yyyy-mm-dd hh:mm"
	date := "yyyy-mm-dd"
	for _, sp := range []struct {
		dst *int
		s   *excelize.Style
	}{
		{&st.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14, Color: "1F3864"}}},
		{&st.header, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F3864"}}, Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&st.text, &excelize.Style{}},
		{&st.count, &excelize.Style{NumFmt: 3}},
		{&st.decimal, &excelize.Style{CustomNumFmt: &dec}},
		{&st.gbp, &excelize.Style{CustomNumFmt: &gbp}},
		{&st.date, &excelize.Style{CustomNumFmt: &date}},
		{&st.datetime, &excelize.Style{CustomNumFmt: &dt}},
		{&st.link, &excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"}}},
		{&st.wrap, &excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}},
	} {
		id, err := f.NewStyle(sp.s)
		if err != nil {
			return st, err
		}
		*sp.dst = id
	}
	return st, nil
}

func contents(f *excelize.File, st bookStyles, info WorkbookInfo, sheets []Sheet) error {
	const sh = "Contents"
	set := func(ref string, v any, style int) error {
		if err := f.SetCellValue(sh, ref, v); err != nil {
			return err
		}
		return f.SetCellStyle(sh, ref, ref, style)
	}
	if err := set("A1", safeText(info.Title), st.title); err != nil {
		return err
	}
	meta := [][2]string{
		{"Operation", info.Operation},
		{"Generated", info.Generated.UTC().Format("2006-01-02 15:04 MST")},
		{"Run", info.RunID},
	}
	row := 3
	for _, m := range meta {
		if err := set(fmt.Sprintf("A%d", row), m[0], st.text); err != nil {
			return err
		}
		if err := set(fmt.Sprintf("B%d", row), safeText(m[1]), st.text); err != nil {
			return err
		}
		row++
	}
	for _, n := range info.Notes {
		if err := set(fmt.Sprintf("A%d", row), safeText(n), st.text); err != nil {
			return err
		}
		row++
	}
	row++
	for i, h := range []string{"Sheet", "Rows", "What it shows"} {
		ref, _ := excelize.CoordinatesToCellName(i+1, row)
		if err := set(ref, h, st.header); err != nil {
			return err
		}
	}
	for _, s := range sheets {
		row++
		a := fmt.Sprintf("A%d", row)
		if err := set(a, s.Table.Name, st.link); err != nil {
			return err
		}
		if err := f.SetCellHyperLink(sh, a, s.Table.Name+"!A1", "Location"); err != nil {
			return err
		}
		if err := set(fmt.Sprintf("B%d", row), len(s.Table.Rows), st.count); err != nil {
			return err
		}
		if err := set(fmt.Sprintf("C%d", row), safeText(s.Description), st.wrap); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(sh, "A", "A", 24); err != nil {
		return err
	}
	if err := f.SetColWidth(sh, "B", "B", 12); err != nil {
		return err
	}
	return f.SetColWidth(sh, "C", "C", 100)
}

// money columns take the £ format when the row's unit is gbp.
var moneyColumns = map[string]bool{"value": true, "previous_value": true, "change": true, "per_100k": true,
	"compared_value": true, "compared_previous_value": true, "all_forces_value": true, "all_forces_previous_value": true}

// rowsPerCheck is how many rows writeSheet writes between two looks at
// its context: a few milliseconds' work.
const rowsPerCheck = 256

func writeSheet(ctx context.Context, f *excelize.File, st bookStyles, t *etl.Table) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	name := sheetName(t.Name)
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	unitCol := -1
	widths := make([]int, len(t.Columns))
	for i, c := range t.Columns {
		if c == "unit" {
			unitCol = i
		}
		ref, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := f.SetCellStr(name, ref, c); err != nil {
			return err
		}
		widths[i] = len(c) + 3
	}
	last, _ := excelize.CoordinatesToCellName(len(t.Columns), 1)
	if err := f.SetCellStyle(name, "A1", last, st.header); err != nil {
		return err
	}
	for r, row := range t.Rows {
		if r%rowsPerCheck == rowsPerCheck-1 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		gbpRow := unitCol >= 0 && fmt.Sprint(row[unitCol]) == "gbp"
		for c, v := range row {
			ref, _ := excelize.CoordinatesToCellName(c+1, r+2)
			val, style, width := cellValue(st, t.Columns[c], v, gbpRow)
			if val == nil {
				continue
			}
			if err := f.SetCellValue(name, ref, val); err != nil {
				return err
			}
			if style != st.text {
				if err := f.SetCellStyle(name, ref, ref, style); err != nil {
					return err
				}
			}
			widths[c] = max(widths[c], width)
		}
	}
	for i, w := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(name, col, col, float64(min(w+2, 60))); err != nil {
			return err
		}
	}
	if err := f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	lastRow, _ := excelize.CoordinatesToCellName(len(t.Columns), max(len(t.Rows)+1, 2))
	return f.AutoFilter(name, "A1:"+lastRow, nil)
}

// cellValue chooses the typed value, style and display width of one cell.
func cellValue(st bookStyles, col string, v any, gbpRow bool) (any, int, int) {
	switch x := v.(type) {
	case nil:
		return nil, st.text, 0
	case string:
		s := safeText(x)
		return s, st.text, utf8.RuneCountInString(s)
	case bool:
		return x, st.text, 5
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 {
			return x, st.date, 10
		}
		return x, st.datetime, 16
	case float64:
		style := st.decimal
		if gbpRow && moneyColumns[col] {
			style = st.gbp
		}
		return x, style, len(fmt.Sprintf("%.2f", x)) + 3
	case float32:
		return cellValue(st, col, float64(x), gbpRow)
	case int64, int32, int, int16, int8, uint64, uint32, uint16, uint8:
		style := st.count
		if gbpRow && moneyColumns[col] {
			style = st.gbp
		}
		s := fmt.Sprint(x)
		return x, style, len(s) + len(s)/3 + 1
	case *big.Int:
		return cellValue(st, col, x.Int64(), gbpRow)
	default:
		s := safeText(fmt.Sprint(x))
		return s, st.text, utf8.RuneCountInString(s)
	}
}

// safeText prefixes text that a spreadsheet would read as a formula
// (OWASP: = + - @ tab CR) with an apostrophe.
func safeText(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// sheetName makes a valid Excel sheet name: at most 31 characters and none
// of : \ / ? * [ ].
func sheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '_'
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) > 31 {
		s = string([]rune(s)[:31])
	}
	return s
}
