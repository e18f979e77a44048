package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/ingest"
)

func read(t *testing.T, b []byte, lim ingest.Limits) (*etl.Workbook, error) {
	t.Helper()
	return ingest.Read(context.Background(), bytes.NewReader(b), int64(len(b)), "test.xlsx", lim)
}

func build(t *testing.T, fn func(f *excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	fn(f)
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func cellAt(t *testing.T, sh etl.Sheet, ref string) etl.Cell {
	t.Helper()
	col, row, err := etl.ParseCellRef(ref)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range sh.Cells {
		if c.Row == row && c.Col == col {
			return c
		}
	}
	t.Fatalf("no cell %s on %s", ref, sh.Name)
	return etl.Cell{}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestCellKinds(t *testing.T) {
	b := build(t, func(f *excelize.File) {
		ukDate := "dd/mm/yyyy"
		dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &ukDate})
		must(t, err)
		builtin14, err := f.NewStyle(&excelize.Style{NumFmt: 14})
		must(t, err)
		gbp := "£#,##0"
		money, err := f.NewStyle(&excelize.Style{CustomNumFmt: &gbp})
		must(t, err)
		must(t, f.SetCellStr("Sheet1", "A1", "Arrests"))
		must(t, f.SetCellInt("Sheet1", "B1", 43))
		must(t, f.SetCellFloat("Sheet1", "B2", 44480, -1, 64)) // 11 Oct 2021
		must(t, f.SetCellStyle("Sheet1", "B2", "B2", dateStyle))
		must(t, f.SetCellFloat("Sheet1", "B3", 45750, -1, 64)) // 3 Apr 2025, shown US-style by excelize
		must(t, f.SetCellStyle("Sheet1", "B3", "B3", builtin14))
		must(t, f.SetCellInt("Sheet1", "B4", 50272))
		must(t, f.SetCellStyle("Sheet1", "B4", "B4", money))
		must(t, f.SetCellFormula("Sheet1", "B5", "SUM(B1:B1)")) // never calculated
		must(t, f.SetCellBool("Sheet1", "B6", true))
		must(t, f.SetCellStr("Sheet1", "B7", "20+"))
		must(t, f.MergeCell("Sheet1", "D1", "F1"))
		_, err = f.NewSheet("Lists")
		must(t, err)
		must(t, f.SetCellStr("Lists", "A1", "x"))
		must(t, f.SetSheetVisible("Lists", false))
	})
	wb, err := read(t, b, ingest.DefaultLimits())
	must(t, err)
	if len(wb.Sheets) != 2 || wb.Sheets[0].Hidden || !wb.Sheets[1].Hidden {
		t.Fatalf("sheets: %+v", wb.Sheets)
	}
	sh := wb.Sheets[0]
	if c := cellAt(t, sh, "A1"); c.Kind != etl.KindText || c.Text != "Arrests" {
		t.Errorf("A1: %+v", c)
	}
	if c := cellAt(t, sh, "B1"); c.Kind != etl.KindNumber || c.Num != 43 {
		t.Errorf("B1: %+v", c)
	}
	if c := cellAt(t, sh, "B2"); c.Kind != etl.KindDate || !c.Time.Equal(time.Date(2021, 10, 11, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("B2: %+v", c)
	}
	if c := cellAt(t, sh, "B3"); c.Kind != etl.KindDate || !c.Time.Equal(time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("B3 (built-in format 14): %+v", c)
	}
	if c := cellAt(t, sh, "B4"); c.Kind != etl.KindText || c.Text != "£50,272" || c.Num != 50272 || c.NumFmt != "£#,##0" {
		t.Errorf("B4 (a pounds format is no date; the cell is read as Excel shows it): %+v", c)
	}
	if c := cellAt(t, sh, "B5"); c.Kind != etl.KindFormulaNoValue || c.Text != "=SUM(B1:B1)" {
		t.Errorf("B5 (formula with no cached value): %+v", c)
	}
	if c := cellAt(t, sh, "B6"); c.Kind != etl.KindBool {
		t.Errorf("B6: %+v", c)
	}
	if c := cellAt(t, sh, "B7"); c.Kind != etl.KindText || c.Text != "20+" {
		t.Errorf("B7: %+v", c)
	}
	if len(sh.Merges) != 1 || sh.Merges[0] != (etl.Range{FromRow: 1, FromCol: 4, ToRow: 1, ToCol: 6}) {
		t.Errorf("merges: %+v", sh.Merges)
	}
}

func TestDate1904(t *testing.T) {
	b := build(t, func(f *excelize.File) {
		yes := true
		must(t, f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}))
		st, err := f.NewStyle(&excelize.Style{NumFmt: 14})
		must(t, err)
		must(t, f.SetCellFloat("Sheet1", "A1", 45750, -1, 64))
		must(t, f.SetCellStyle("Sheet1", "A1", "A1", st))
	})
	wb, err := read(t, b, ingest.DefaultLimits())
	must(t, err)
	if c := cellAt(t, wb.Sheets[0], "A1"); !wb.Date1904 || !c.Time.Equal(time.Date(2029, 4, 4, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("1904 date: %v %+v", wb.Date1904, c)
	}
}

func TestUnreadable(t *testing.T) {
	good := build(t, func(f *excelize.File) { must(t, f.SetCellStr("Sheet1", "A1", "x")) })
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...)
	encrypted := append(append([]byte{}, ole...), []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")...)
	small := ingest.DefaultLimits()
	small.MaxFileSize = 100
	tests := []struct {
		name string
		data []byte
		lim  ingest.Limits
		want error
	}{
		{"empty", nil, ingest.DefaultLimits(), etl.ErrNotWorkbook},
		{"csv", []byte("force,arrests\nkent,3\n"), ingest.DefaultLimits(), etl.ErrNotWorkbook},
		{"xls", ole, ingest.DefaultLimits(), etl.ErrLegacyFormat},
		{"encrypted", encrypted, ingest.DefaultLimits(), etl.ErrEncrypted},
		{"truncated zip", good[:len(good)/2], ingest.DefaultLimits(), etl.ErrNotWorkbook},
		{"too big", good, small, etl.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := read(t, tt.data, tt.lim)
			if !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
}

func TestIsDateFormat(t *testing.T) {
	for f, want := range map[string]bool{
		"dd/mm/yyyy": true, "d mmm yy": true, "[h]:mm": true, "yyyy-mm-dd hh:mm": true,
		"£#,##0.00": false, "#,##0": false, `0.00" days"`: false, "[Red]#,##0": false, "0%": false, "General": false,
	} {
		if got := ingest.IsDateFormat(f); got != want {
			t.Errorf("IsDateFormat(%q) = %v, want %v", f, got, want)
		}
	}
}

// TestHiddenRowsAndColumns checks the reader reports which rows and columns
// are hidden, with rows left blank between them, and keeps their cells.
func TestHiddenRowsAndColumns(t *testing.T) {
	b := build(t, func(f *excelize.File) {
		for _, ref := range []string{"A1", "B1", "C1", "A2", "A3", "C3", "A5", "B5", "E7"} {
			must(t, f.SetCellStr("Sheet1", ref, ref))
		}
		must(t, f.SetRowVisible("Sheet1", 2, false))
		must(t, f.SetRowVisible("Sheet1", 5, false))
		must(t, f.SetColVisible("Sheet1", "C", false))
		must(t, f.SetColVisible("Sheet1", "D", false)) // hidden but empty
	})
	wb, err := read(t, b, ingest.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	sh := wb.Sheets[0]
	if got := fmt.Sprint(sh.HiddenRows); got != "[2 5]" {
		t.Errorf("hidden rows %s, want [2 5]", got)
	}
	if got := fmt.Sprint(sh.HiddenCols); got != "[3 4]" {
		t.Errorf("hidden columns %s, want [3 4]", got)
	}
	if c := cellAt(t, sh, "C3"); c.Text != "C3" {
		t.Errorf("the hidden cell C3 reads %q", c.Text)
	}
}
