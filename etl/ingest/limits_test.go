package ingest_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"hash/crc32"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/fixtures/hostile"
)

func unzipParts(t testing.TB, b []byte) []hostile.Part {
	t.Helper()
	parts, err := hostile.Parts(b)
	if err != nil {
		t.Fatal(err)
	}
	return parts
}

func zipParts(t testing.TB, parts []hostile.Part) []byte {
	t.Helper()
	b, err := hostile.Zip(parts)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// withText builds a workbook whose Sheet1!B2 holds text, and A2 a label.
func withText(t *testing.T, text string) []byte {
	t.Helper()
	b := build(t, func(f *excelize.File) { must(t, f.SetCellStr("Sheet1", "A2", "Notes")) })
	b, err := hostile.SetText(b, "Sheet1", "B2", text)
	must(t, err)
	return b
}

var words = hostile.Words

func allocated(fn func()) uint64 {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	fn()
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc
}

// Issue 8, case 5: a cell longer than Excel's 32,767 characters cannot
// have come from Excel; it is rejected by its cell, and one exactly at
// the limit (counted in UTF-16 units, as Excel counts) is read. Failed
// before: the 40,000-character cell was read as text.
func TestCellLongerThanExcelAllows(t *testing.T) {
	long := words(40000)
	_, err := read(t, withText(t, long), ingest.DefaultLimits())
	var ce *etl.CellError
	if !errors.Is(err, etl.ErrCellTooLong) || !errors.As(err, &ce) || ce.Sheet != "Sheet1" || ce.Cell != "B2" {
		t.Fatalf("got %v, want ErrCellTooLong at Sheet1!B2", err)
	}
	for _, ok := range []string{words(ingest.MaxCellChars), words(ingest.MaxCellChars-2) + "😀"} {
		wb, err := read(t, withText(t, ok), ingest.DefaultLimits())
		must(t, err)
		if c := cellAt(t, wb.Sheets[0], "B2"); c.Text != ok {
			t.Errorf("a text at the limit was not read whole (%d bytes of %d)", len(c.Text), len(ok))
		}
	}
	if _, err := read(t, withText(t, words(ingest.MaxCellChars-1)+"😀"), ingest.DefaultLimits()); !errors.Is(err, etl.ErrCellTooLong) {
		t.Errorf("32,766 letters and an emoji (two UTF-16 units) passed: %v", err)
	}
}

// Issue 8, cases 5 and 6: a small file inflating to far more (one huge
// repeated text cell, or a padding part) is rejected as a zip bomb before
// anything is held in memory. Failed before: both were read, the first
// with a 20 MB string in memory.
func TestZipBombRejectedBeforeReading(t *testing.T) {
	good := build(t, func(f *excelize.File) { must(t, f.SetCellStr("Sheet1", "A1", "Arrests")) })
	padded := append(unzipParts(t, good), hostile.Part{Name: "xl/media/image1.png", Data: make([]byte, 30<<20)})
	for name, b := range map[string][]byte{
		"one 20 MB text cell":  withText(t, strings.Repeat("A", 20<<20)),
		"a 30 MB padding part": zipParts(t, padded),
	} {
		t.Run(name, func(t *testing.T) {
			var err error
			n := allocated(func() { _, err = read(t, b, ingest.DefaultLimits()) })
			if !errors.Is(err, etl.ErrTooLarge) || !strings.Contains(err.Error(), "zip bomb") {
				t.Fatalf("%d bytes: got %v, want a zip bomb rejected", len(b), err)
			}
			if n > 4<<20 {
				t.Errorf("rejecting it allocated %d MB", n>>20)
			}
		})
	}
}

// Each limit of the zip itself, at its edge: declared sizes, the parts'
// total, their number, and a part that inflates to more than it declares.
func TestZipLimits(t *testing.T) {
	good := build(t, func(f *excelize.File) { must(t, f.SetCellStr("Sheet1", "A1", "Arrests")) })
	lim := ingest.DefaultLimits()
	lim.MaxXMLSize, lim.MaxUnzipSize, lim.MaxParts = 64<<10, 128<<10, 30
	big := func(n int) []byte { return []byte(words(n)) } // does not compress: only the size limits apply
	parts := unzipParts(t, good)
	tests := []struct {
		name  string
		parts []hostile.Part
		want  string
	}{
		{"a part at the limit", append(parts[:len(parts):len(parts)], hostile.Part{Name: "xl/media/a.bin", Data: big(64 << 10)}), ""},
		{"a part over the limit", append(parts[:len(parts):len(parts)], hostile.Part{Name: "xl/media/a.bin", Data: big(64<<10 + 1)}), "its part xl/media/a.bin inflates to 65537 bytes"},
		{"parts over the total", append(parts[:len(parts):len(parts)], hostile.Part{Name: "xl/media/a.bin", Data: big(60 << 10)}, hostile.Part{Name: "xl/media/b.bin", Data: big(60 << 10)}), "its parts inflate to more than 131072 bytes"},
		{"too many parts", append(parts[:len(parts):len(parts)], make([]hostile.Part, 31-len(parts))...), "parts, the limit is 30"},
	}
	for i := range tests[3].parts[len(parts):] {
		tests[3].parts[len(parts)+i] = hostile.Part{Name: "customXml/item" + string(rune('a'+i)) + ".xml"}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := read(t, zipParts(t, tt.parts), lim)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("got %v", err)
			case tt.want != "" && (!errors.Is(err, etl.ErrTooLarge) || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v, want ErrTooLarge: %s", err, tt.want)
			}
		})
	}
	t.Run("a part that inflates to more than it declares", func(t *testing.T) {
		_, err := read(t, lyingZip(t, parts, "xl/media/a.bin", bytes.Repeat([]byte("x"), 4<<20), 1000), ingest.DefaultLimits())
		if !errors.Is(err, etl.ErrTooLarge) || !strings.Contains(err.Error(), "inflates to more than the 1000 bytes it declares") {
			t.Errorf("got %v", err)
		}
	})
}

// lyingZip adds a part whose header declares fewer bytes than it holds.
func lyingZip(t *testing.T, parts []hostile.Part, name string, data []byte, declared uint64) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, p := range parts {
		w, err := zw.Create(p.Name)
		must(t, err)
		_, err = w.Write(p.Data)
		must(t, err)
	}
	var comp bytes.Buffer
	fw, err := zipDeflate(&comp)
	must(t, err)
	_, err = fw.Write(data)
	must(t, err)
	must(t, fw.Close())
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(data),
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: declared})
	must(t, err)
	_, err = w.Write(comp.Bytes())
	must(t, err)
	must(t, zw.Close())
	return b.Bytes()
}

// blockingReaderAt answers the first reads (the file's signature) and then
// blocks, as a read from a hung network share does.
type blockingReaderAt struct {
	data    []byte
	free    int
	release chan struct{}
}

func (b *blockingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if b.free > 0 {
		b.free--
		return bytes.NewReader(b.data).ReadAt(p, off)
	}
	<-b.release
	return 0, io.ErrUnexpectedEOF
}

// readStuck reads a file that hangs after its signature, and returns what
// Read said, failing the test if Read does not return at all.
func readStuck(t *testing.T, ctx context.Context, lim ingest.Limits) error {
	t.Helper()
	good := build(t, func(f *excelize.File) { must(t, f.SetCellStr("Sheet1", "A1", "Arrests")) })
	r := &blockingReaderAt{data: good, free: 1, release: make(chan struct{})}
	defer close(r.release)
	done := make(chan error, 1)
	go func() {
		_, err := ingest.Read(ctx, r, int64(len(good)), "stuck.xlsx", lim)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(20 * time.Second):
		t.Fatal("Read did not return while the file hung")
		return nil
	}
}

// Issue 8, case 5 and "what to build": a file still being read after the
// per-file deadline is rejected as too slow; a cancelled context (SIGTERM)
// ends Read at once even mid-file, and is not mistaken for a slow file.
// Failed before: Read waited for the hung read for ever.
func TestDeadlineAndCancelMidFile(t *testing.T) {
	lim := ingest.DefaultLimits()
	lim.Deadline = 50 * time.Millisecond
	if err := readStuck(t, context.Background(), lim); !errors.Is(err, etl.ErrTooSlow) || !strings.Contains(err.Error(), "after 50ms") {
		t.Errorf("deadline: got %v, want ErrTooSlow", err)
	}
	lim.Deadline = 0
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	if err := readStuck(t, ctx, lim); !errors.Is(err, context.Canceled) || errors.Is(err, etl.ErrTooSlow) {
		t.Errorf("cancel: got %v, want context.Canceled", err)
	}
}

// A file that is slow for its size alone (many cells, all within the
// limits) is stopped by the deadline too, not only one blocked on a read.
func TestDeadlineOnABusyFile(t *testing.T) {
	b := build(t, func(f *excelize.File) {
		for r := 1; r <= 2000; r++ {
			must(t, f.SetSheetRow("Sheet1", "A"+itoa(r), &[]any{r, r, r, r, r, r, r, r, r, r}))
		}
	})
	lim := ingest.DefaultLimits()
	lim.Deadline = time.Millisecond
	if _, err := read(t, b, lim); !errors.Is(err, etl.ErrTooSlow) {
		t.Errorf("got %v, want ErrTooSlow", err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func zipDeflate(w io.Writer) (io.WriteCloser, error) {
	return flate.NewWriter(w, flate.DefaultCompression)
}
