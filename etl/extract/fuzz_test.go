package extract_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/etl/ingest"
)

// FuzzExtractGrid drives the extractor with arbitrary cell text laid out
// as rows of tab-separated cells: every layout rule sees hostile labels,
// values, dates and units. It must never panic or hang, and every fact it
// returns must name a cell that exists.
func FuzzExtractGrid(f *testing.F) {
	cat := mainCatalog(f)
	for _, s := range []string{
		"Force\tHampshire Constabulary\nArrests\t43\n\tof which under 18\t7",
		"Drug type\tWeight (kg)\tWraps\tStreet value (£)\nHeroin\t2.5\t265\t£20,000\nTotal\t\t\t20000",
		"Measure\tTotal\tComments\nCash seized\tmore than £33,000\tsee notes\nWeapons seized - knuckleduster\t2",
		"Week commencing\t11/10/2021\nArestiadau / Arrests\tseven\nSafeguarded\t49\nAdult males\t28",
		"Force\tArrests\tWarrants\nKent\t12\t4",
		"Drugs seized\nHeroin\t56g\nCrack\t17 wraps",
	} {
		f.Add(s, "return.xlsx")
	}
	// Seed with every corpus return, laid out as text.
	corpus, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "corpus", "*.xlsx"))
	for _, p := range corpus {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		wb, err := ingest.Read(context.Background(), bytes.NewReader(b), int64(len(b)), filepath.Base(p), ingest.DefaultLimits())
		if err != nil {
			continue
		}
		f.Add(gridText(wb.Sheets[0]), filepath.Base(p))
	}
	f.Fuzz(func(t *testing.T, text, name string) {
		wb := gridWorkbook(text)
		start := time.Now()
		r := extract.Extract(wb, cat, extract.Options{FileName: name})
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("extraction took %v: a hang in the making", d)
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
			if fc.Value == nil && fc.Qualifier != etl.Unquantified {
				t.Fatalf("fact %+v has no value but is not unquantified", fc)
			}
		}
	})
}

// gridText renders a sheet as rows of tab-separated cell text.
func gridText(sh etl.Sheet) string {
	var lines [][]string
	for _, c := range sh.Cells {
		for len(lines) < c.Row {
			lines = append(lines, nil)
		}
		row := lines[c.Row-1]
		for len(row) < c.Col {
			row = append(row, "")
		}
		row[c.Col-1] = c.Text
		lines[c.Row-1] = row
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.Join(l, "\t")
	}
	return strings.Join(out, "\n")
}

// gridWorkbook lays text out as cells: rows by newline, columns by tab.
// A cell that parses as a plain number becomes a number cell.
func gridWorkbook(text string) *etl.Workbook {
	sh := etl.Sheet{Name: "Sheet1"}
	for r, line := range strings.Split(text, "\n") {
		if r >= 200 {
			break
		}
		for c, v := range strings.Split(line, "\t") {
			if v == "" || c >= 50 {
				continue
			}
			cell := etl.Cell{Row: r + 1, Col: c + 1, Kind: etl.KindText, Text: v}
			if n, err := parseFloat(v); err == nil {
				cell.Kind, cell.Num = etl.KindNumber, n
			}
			sh.Cells = append(sh.Cells, cell)
		}
	}
	return &etl.Workbook{Name: "fuzz.xlsx", Sheets: []etl.Sheet{sh}}
}

// FuzzReadWorkbook feeds arbitrary bytes, seeded with the sample returns,
// through the reader and the extractor: a hostile file must come back as
// an error or a return, never a panic.
func FuzzReadWorkbook(f *testing.F) {
	cat := mainCatalog(f)
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "returns", "*", "*.xlsx"))
	corpus, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "corpus", "*.xlsx"))
	for _, p := range corpus {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for i, p := range seeds {
		if i%8 != 0 {
			continue
		}
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(b)
		}
	}
	lim := ingest.DefaultLimits()
	lim.MaxCells = 20000
	f.Fuzz(func(t *testing.T, data []byte) {
		wb, err := ingest.Read(context.Background(), bytes.NewReader(data), int64(len(data)), "fuzz.xlsx", lim)
		if err != nil {
			return
		}
		extract.Extract(wb, cat, extract.Options{FileName: "fuzz.xlsx"})
	})
}
