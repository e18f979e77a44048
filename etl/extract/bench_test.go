package extract_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/reference"
)

// BenchmarkReadAndExtract reads and extracts every corpus and sample
// return (81 files), as validate does, without the process start.
func BenchmarkReadAndExtract(b *testing.B) {
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		b.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "corpus", "*.xlsx"))
	samples, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "returns", "*", "*.xlsx"))
	var files [][]byte
	for _, p := range append(paths, samples...) {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
	}
	for b.Loop() {
		for _, data := range files {
			wb, err := ingest.Read(context.Background(), bytes.NewReader(data), int64(len(data)), "return.xlsx", ingest.DefaultLimits())
			if err != nil {
				b.Fatal(err)
			}
			extract.Extract(wb, cat, extract.Options{FileName: "return.xlsx"})
		}
	}
}
