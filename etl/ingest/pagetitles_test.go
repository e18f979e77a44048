package ingest_test

import (
	"fmt"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/countylines/countylines/etl/ingest"
)

// The page header and footer are read as their words: each part (left,
// centre, right) once, Excel's codes (fonts, sizes, colours, styles) and
// fields (page, pages, date, time, file, sheet, picture) removed, "&&" an
// ampersand; a part of fields and "Page … of …" alone gives nothing.
func TestPageTitles(t *testing.T) {
	for _, c := range []struct {
		header, footer, want string
	}{
		{"&CKent Police", "", "[Kent Police]"},
		{`&L&"Arial,Bold"&14Kent Police&RPage &P of &N`, "&CKent Police", "[Kent Police]"},
		{"&LWeek 11-17 Oct 2021&CKent Police&R&D &T", "&L&F&C&A&RPage &P", "[Week 11-17 Oct 2021 Kent Police]"},
		{"&KFF0000&BBedfordshire && Luton&B", "&L&G", "[Bedfordshire & Luton]"},
		{"&CPage &P of &N", "&R&P/&N", "[]"},
		{"", "", "[]"},
	} {
		b := build(t, func(f *excelize.File) {
			must(t, f.SetCellValue("Sheet1", "A1", "x"))
			must(t, f.SetHeaderFooter("Sheet1", &excelize.HeaderFooterOptions{OddHeader: c.header, OddFooter: c.footer}))
		})
		wb, err := read(t, b, ingest.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(wb.Sheets[0].PageTitles); got != c.want {
			t.Errorf("header %q footer %q: got %s, want %s", c.header, c.footer, got, c.want)
		}
	}
}
