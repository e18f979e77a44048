package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/xuri/excelize/v2"

	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/fixtures/hostile"
	"github.com/countylines/countylines/queries"
)

// passWith runs a pass with the given context and reading limits.
func (e *env) passWith(ctx context.Context, lim ingest.Limits) (pipeline.Result, error) {
	e.runs++
	return pipeline.Run(ctx, pipeline.Config{Home: e.home.Root, Settle: 0, Limits: lim},
		pipeline.Deps{Catalog: e.cat, CatalogSum: "test", Queries: queries.FS, Log: zerolog.Nop(),
			Now: func() time.Time { return e.now }, RunID: fmt.Sprintf("run-%d", e.runs)})
}

func sample(t *testing.T, name string) []byte {
	t.Helper()
	b, err := fs.ReadFile(fixtures.Returns, "returns/2021-10/2021-10_"+name+".xlsx")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// report reads the rejection report of a file.
func (e *env) report(name string) string {
	e.t.Helper()
	m, _ := filepath.Glob(filepath.Join(e.home.Rejected(), "*-"+name+".report.txt"))
	if len(m) != 1 {
		e.t.Fatalf("reports for %s: %v", name, m)
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		e.t.Fatal(err)
	}
	return string(b)
}

// slowWorkbook has 45,000 text cells: inside every limit, and some
// seconds to read and extract.
func slowWorkbook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	pad := strings.Repeat("x", 20)
	for r := 1; r <= 4500; r++ {
		row := make([]any, 10)
		for c := range row {
			row[c] = fmt.Sprintf("%d-%d %s", r, c, pad)
		}
		cell, _ := excelize.CoordinatesToCellName(1, r)
		if err := sw.SetRow(cell, row); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Issue 8, case 6: a file over the size limit is rejected by its size,
// never read into memory. Failed before: the pass read all 200 MB of it
// (os.ReadFile) before the size check.
func TestOversizedFileNeverReadIntoMemory(t *testing.T) {
	e := newEnv(t)
	e.drop("huge.xlsx", nil, epoch)
	huge := filepath.Join(e.home.Inbox(), "huge.xlsx")
	if err := os.Truncate(huge, 200<<20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	if err := os.Chtimes(huge, epoch, epoch); err != nil {
		t.Fatal(err)
	}
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	res, err := e.passWith(context.Background(), ingest.DefaultLimits())
	runtime.ReadMemStats(&m1)
	if err != nil {
		t.Fatal(err)
	}
	if res.Run.Rejected != 1 || !strings.Contains(e.report("huge.xlsx"), "larger than a return can be") {
		t.Errorf("rejected %d: %s", res.Run.Rejected, e.report("huge.xlsx"))
	}
	if n := m1.TotalAlloc - m0.TotalAlloc; n > 64<<20 {
		t.Errorf("the pass allocated %d MB for a 200 MB file it must not read", n>>20)
	}
}

// Issue 8, case 5: a return with one enormous text cell is rejected once,
// with a report, in a pass that loads the others; it is not taken again.
// Failed before: the 20 MB cell was read into memory and the return
// loaded with an impossible cell; the 40,000-character one likewise.
func TestLongCellRejectedOnce(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	bomb, err := hostile.SetText(sample(t, "kent"), "Return", "F90", strings.Repeat("A", 20<<20))
	if err != nil {
		t.Fatal(err)
	}
	long, err := hostile.SetText(sample(t, "essex"), "Return", "F90", hostile.Words(40000))
	if err != nil {
		t.Fatal(err)
	}
	e.drop("kent.xlsx", bomb, epoch)
	e.drop("essex.xlsx", long, epoch)
	e.drop("surrey.xlsx", sample(t, "surrey"), epoch)
	res, err := e.passWith(context.Background(), ingest.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if res.Run.Loaded != 1 || res.Run.Rejected != 2 {
		t.Fatalf("loaded %d, rejected %d: want surrey loaded, two rejected", res.Run.Loaded, res.Run.Rejected)
	}
	if r := e.report("kent.xlsx"); !strings.Contains(r, "zip bomb") {
		t.Errorf("kent report:\n%s", r)
	}
	if r := e.report("essex.xlsx"); !strings.Contains(r, "Return!F90: a cell holds more text than Excel itself allows") || !strings.Contains(r, "40000 characters") {
		t.Errorf("essex report:\n%s", r)
	}
	if res := e.pass(); res.Run.FilesSeen != 0 {
		t.Errorf("the next pass took %d files again", res.Run.FilesSeen)
	}
}

// Issue 8, "limits before work": a file still being read after the
// per-file deadline is rejected as too slow and the pass carries on with
// the others. Failed before: there was no deadline.
func TestDeadlineRejectsSlowFileAndPassCarriesOn(t *testing.T) {
	e := newEnv(t)
	e.drop("slow.xlsx", slowWorkbook(t), epoch)
	e.drop("kent.xlsx", sample(t, "kent"), epoch)
	lim := ingest.DefaultLimits()
	lim.Deadline = 2 * time.Second
	res, err := e.passWith(context.Background(), lim)
	if err != nil {
		t.Fatal(err)
	}
	if res.Run.Loaded != 1 || res.Run.Rejected != 1 {
		t.Fatalf("loaded %d, rejected %d", res.Run.Loaded, res.Run.Rejected)
	}
	if r := e.report("slow.xlsx"); !strings.Contains(r, "takes far longer to read than any return should") || !strings.Contains(r, "after 2s") {
		t.Errorf("report:\n%s", r)
	}
}

// Issue 8, case 5: SIGTERM (a cancelled context) stops a pass within
// moments even in the middle of a slow file, and leaves the file in
// work/ to be taken again, not rejected. Failed before: the pass ran on
// until the whole sheet was read (the context was checked between sheets).
func TestCancelMidFile(t *testing.T) {
	e := newEnv(t)
	e.drop("slow.xlsx", slowWorkbook(t), epoch)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var cancelled time.Time
	go func() {
		// Cancel once the file is claimed and being read.
		for {
			if len(e.inWork("slow.xlsx")) > 0 {
				time.Sleep(200 * time.Millisecond)
				cancelled = time.Now()
				cancel()
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	lim := ingest.DefaultLimits()
	lim.Deadline = 0
	_, err := e.passWith(ctx, lim)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if d := time.Since(cancelled); d > 2*time.Second {
		t.Errorf("the pass ended %v after it was cancelled", d)
	}
	if m := e.inWork("slow.xlsx"); len(m) != 1 {
		t.Errorf("slow.xlsx is not in work/ to be taken again: %v", m)
	}
	if m, _ := filepath.Glob(filepath.Join(e.home.Rejected(), "*")); len(m) != 0 {
		t.Errorf("a cancelled file was rejected: %v", m)
	}
}

// inWork finds the files of a name anywhere under work/.
func (e *env) inWork(name string) []string {
	var found []string
	filepath.WalkDir(e.home.Work(), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == name {
			found = append(found, p)
		}
		return nil
	})
	return found
}

// Issue 8, case 6: excelize's temp files live in work/.excelize and what
// a killed pass left there is cleared by the next pass, never taken as a
// return. Failed before: temp files went to the system temp folder and
// a file in a folder of work/ was taken back as a return.
func TestReaderTempFilesCleared(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.pass()
	left := filepath.Join(e.home.Work(), ".excelize", "excelize-2718281828")
	if err := os.MkdirAll(filepath.Dir(left), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(left, []byte("<sst>half a shared strings table"), 0o600); err != nil {
		t.Fatal(err)
	}
	if res := e.pass(); res.Run.FilesSeen != 0 {
		t.Errorf("the pass took %d files: a temp file was taken as a return", res.Run.FilesSeen)
	}
	filepath.WalkDir(e.home.Root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Name() == filepath.Base(left) {
			t.Errorf("the leftover temp file is still in the home, at %s", p)
		}
		return nil
	})
}
