package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/fixtures/hostile"
	"github.com/countylines/countylines/reference"
)

// fuzzParts are the parts FuzzWorkbookParts rewrites, chosen by index:
// the XML every reader of the workbook parses.
var fuzzParts = []string{
	"xl/worksheets/sheet1.xml",
	"xl/sharedStrings.xml",
	"xl/styles.xml",
	"xl/workbook.xml",
	"xl/_rels/workbook.xml.rels",
	"[Content_Types].xml",
	"xl/worksheets/sheet2.xml",
}

// fuzzBases are the valid workbooks whose parts are mutated: sample
// returns made from the template and corpus returns in other layouts
// (merged titles, several sheets, 1904 dates, formulas, hidden sheets).
func fuzzBases(f *testing.F) [][]hostile.Part {
	f.Helper()
	var paths []string
	for _, g := range []string{"../../fixtures/returns/*/*_kent.xlsx", "../../fixtures/returns/*/*_hampshire.xlsx", "../../fixtures/corpus/*.xlsx"} {
		m, _ := filepath.Glob(g)
		paths = append(paths, m...)
	}
	sort.Strings(paths)
	var bases [][]hostile.Part
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		parts, err := hostile.Parts(b)
		if err != nil {
			f.Fatalf("%s: %v", p, err)
		}
		bases = append(bases, parts)
	}
	if len(bases) < 3 {
		f.Fatalf("only %d workbooks to start from", len(bases))
	}
	return bases
}

// FuzzWorkbookParts is structure-aware: it takes a valid workbook apart,
// replaces one of its XML parts (sheet, shared strings, styles, workbook,
// relationships, content types) with the fuzzer's bytes, and zips it
// back, so every input reaches the XML readers; a byte-level mutation of
// the zip itself almost never survives its CRCs. Reading and extracting
// must come back as a workbook within the limits or an error wrapping one
// of the reader's sentinels: never a panic (ours or excelize's), a hang,
// a cell longer than Excel allows, or a fact naming a cell that does not
// exist.
func FuzzWorkbookParts(f *testing.F) {
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		f.Fatal(err)
	}
	bases := fuzzBases(f)
	for bi, parts := range bases {
		for pi, name := range fuzzParts {
			for _, p := range parts {
				if p.Name == name {
					f.Add(uint8(bi), uint8(pi), p.Data)
				}
			}
		}
	}
	lim := ingest.DefaultLimits()
	lim.MaxCells = 20000
	lim.Deadline = 10 * time.Second
	f.Fuzz(func(t *testing.T, base, which uint8, data []byte) {
		parts := append([]hostile.Part(nil), bases[int(base)%len(bases)]...)
		name := fuzzParts[int(which)%len(fuzzParts)]
		replaced := false
		for i := range parts {
			if parts[i].Name == name {
				parts[i].Data, replaced = data, true
			}
		}
		if !replaced {
			parts = append(parts, hostile.Part{Name: name, Data: data})
		}
		b, err := hostile.Zip(parts)
		if err != nil {
			t.Fatal(err)
		}
		wb, err := ingest.Read(context.Background(), bytes.NewReader(b), int64(len(b)), "fuzz.xlsx", lim)
		if err != nil {
			checkReadError(t, err)
			return
		}
		checkWorkbook(t, wb, lim)
		start := time.Now()
		r := extract.Extract(wb, cat, extract.Options{FileName: "fuzz.xlsx"})
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("extraction took %v", d)
		}
		cells := map[string]bool{}
		for _, sh := range wb.Sheets {
			for _, c := range sh.Cells {
				cells[sh.Name+"!"+c.Ref()] = true
			}
		}
		for _, fc := range r.Facts {
			if !cells[fc.Sheet+"!"+fc.Cell] {
				t.Fatalf("fact %+v names a cell that does not exist", fc)
			}
		}
	})
}

// checkReadError: every failure to read is one the pipeline can explain
// to a force, and none is a panic caught on the way out or a timeout.
func checkReadError(t *testing.T, err error) {
	t.Helper()
	switch {
	case errors.Is(err, etl.ErrTooSlow):
		t.Fatalf("a small workbook took too long to read: %v", err)
	case bytes.Contains([]byte(err.Error()), []byte("the reader failed on it")):
		t.Fatalf("the reader panicked: %v", err)
	}
	for _, s := range []error{etl.ErrNotWorkbook, etl.ErrTooLarge, etl.ErrCellTooLong, etl.ErrEncrypted, etl.ErrLegacyFormat} {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("an error no report can explain: %v", err)
}

// checkWorkbook: what the reader hands on is within the limits and well
// formed.
func checkWorkbook(t *testing.T, wb *etl.Workbook, lim ingest.Limits) {
	t.Helper()
	if len(wb.Sheets) == 0 || len(wb.Sheets) > lim.MaxSheets {
		t.Fatalf("%d sheets", len(wb.Sheets))
	}
	n := 0
	for _, sh := range wb.Sheets {
		for _, c := range sh.Cells {
			n++
			if c.Row < 1 || c.Row > 1048576 || c.Col < 1 || c.Col > 16384 {
				t.Fatalf("%s: a cell at row %d, column %d", sh.Name, c.Row, c.Col)
			}
			if len(c.Text) > 4*ingest.MaxCellChars {
				t.Fatalf("%s!%s: %d bytes of text", sh.Name, c.Ref(), len(c.Text))
			}
		}
	}
	if n > lim.MaxCells {
		t.Fatalf("%d cells, the limit is %d", n, lim.MaxCells)
	}
}
