package extract_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/reference"
)

// A law over generated sheets: the shared helper of the law tests.
//
// A law is a list of cases, how each case's sheet is written, and what
// must hold of what the extractor reads from it. law.run writes one real
// .xlsx (the fixtures generator, in memory) with a sheet per case, reads
// it back with ingest from a reader, extracts each sheet on its own as a
// return (one catalogue for the whole test binary), checks each case,
// reports each wrong case with what was read, and logs the count:
//
//	func TestRestatedFigureLaw(t *testing.T) {
//		t.Parallel()
//		cases := []restated{...}
//		law[restated]{
//			what:  "restated figures",
//			cases: cases,
//			name:  func(c restated) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
//			sheet: func(c restated, b *lawBook) {
//				b.Rows("A1", []any{kentTitle}, nil, []any{c.label, c.text}, phonesRow)
//			},
//			holds: func(c restated, p probe, v *verdict) {
//				if at := p.factsAt("B3"); !c.agree && len(at) > 0 {
//					v.wrong("the readings disagree: want nothing loaded")
//				}
//				v.want(p.phonesLoaded(), "the phones below it are not loaded")
//			},
//		}.run(t)
//	}
//
// holds states every assertion of the law; a case is wrong when it
// records anything, and the test fails naming the case, what is wrong and
// the facts and messages read. run returns what each sheet read, in case
// order, for checks over several cases at once.
//
// The closing checks most laws share are methods of probe: factsAt (the
// facts of a cell), value (a metric's fact), warnedAt (a warning or error
// about a cell), namesCell (any message naming a cell, alone or in a
// range), listed (the facts as "name value"), phonesLoaded (the control
// row phonesRow under the case loads), refused (a `label │ value` case
// at A3:B3 loads nothing from either, a warning names one, the phones
// load). kentTitle is the usual first row. pairLaw and valueLaw write
// `label │ value` sheets, and refusedBeside checks refused over them.
type law[C any] struct {
	what  string                         // what the cases are, for the log: "restated figures"
	cases []C                            // every case, each written on a sheet of its own
	name  func(c C) string               // a case, as a failure names it
	sheet func(c C, b *lawBook)          // writes the case's sheet (already added and selected)
	holds func(c C, p probe, v *verdict) // records what is wrong with what the sheet read
}

// lawBook is the fixtures generator's workbook, as a law's sheet writes it.
type lawBook = fixtures.Book

// verdict collects what is wrong with one case.
type verdict struct{ wrongs []string }

// wrong records what is wrong: a format and its arguments.
func (v *verdict) wrong(format string, args ...any) {
	v.wrongs = append(v.wrongs, fmt.Sprintf(format, args...))
}

// want records what is wrong unless ok.
func (v *verdict) want(ok bool, format string, args ...any) {
	if !ok {
		v.wrong(format, args...)
	}
}

// failed reports whether anything is recorded.
func (v *verdict) failed() bool { return len(v.wrongs) > 0 }

// report fails the test if anything is recorded, naming the case, what
// is wrong and what the sheet read; it says whether it did.
func (v *verdict) report(t *testing.T, name string, p probe) bool {
	t.Helper()
	if v.failed() {
		t.Errorf("%s: %s\n%s", name, strings.Join(v.wrongs, "; "), p.dump())
	}
	return v.failed()
}

// run checks the law on every case; see law.
func (l law[C]) run(t *testing.T) []probe {
	t.Helper()
	ps := sheetBook(t, extract.Options{}, len(l.cases), func(i int, b *fixtures.Book) { l.sheet(l.cases[i], b) })
	bad := 0
	for i, p := range ps {
		var v verdict
		l.holds(l.cases[i], p, &v)
		if v.report(t, l.name(l.cases[i]), p) {
			bad++
		}
	}
	t.Logf("%s: %d cases, %d wrong", l.what, len(l.cases), bad)
	return ps
}

// phonesRow is a control row written under a case: whatever the case
// does, the phones below it load (phonesLoaded).
var phonesRow = []any{"Mobile phones seized", "1,149"}

// every lists every choice of one index below each of n, the last
// changing fastest, as nested loops over the ranges would: a law's cases
// over every combination of its lists.
func every(n ...int) [][]int {
	out := [][]int{nil}
	for _, k := range n {
		var next [][]int
		for _, ix := range out {
			for i := 0; i < k; i++ {
				next = append(next, append(append([]int(nil), ix...), i))
			}
		}
		out = next
	}
	return out
}

// pairSheet writes a `label │ value` case at A3:B3 under kentTitle, with
// phonesRow below.
func pairSheet(c [2]string, b *lawBook) {
	b.Rows("A1", []any{kentTitle}, nil, []any{c[0], c[1]}, phonesRow)
}

// lineOf is a fact as factLine writes it, or "none".
func lineOf(f *etl.Fact) string {
	if f == nil {
		return "none"
	}
	return factLine(*f)
}

// phonesLoaded reports whether phonesRow's figure loaded.
func (p probe) phonesLoaded() bool {
	ph := p.value("mobile_phones_seized")
	return ph != nil && ph.Value != nil && *ph.Value == 1149
}

// refused records what is wrong unless a `label │ value` case written at
// A3:B3 over phonesRow is refused: nothing loaded from A3 or B3, a warning
// or error naming one of them, and the phones below loaded.
func (p probe) refused(v *verdict) {
	for _, f := range p.r.Facts {
		if f.Cell == "B3" || f.Cell == "A3" {
			v.wrong("loaded %s", factLine(f))
		}
	}
	if !v.failed() {
		v.want(p.warnedAt("B3") != nil || p.warnedAt("A3") != nil, "no message names A3 or B3")
	}
	v.want(p.phonesLoaded(), "the phones below it are not loaded")
}

// loadsOrRefused records what is wrong unless a `label │ value` case
// written at A3:B3 over phonesRow loads metric at want, or, want 0, is
// refused (see refused); the phones below load either way.
func (p probe) loadsOrRefused(v *verdict, metric string, want float64) {
	if want == 0 {
		p.refused(v)
		return
	}
	f := p.value(metric)
	v.want(f != nil && f.Value != nil && *f.Value == want, "want %s %v loaded", metric, want)
	v.want(p.phonesLoaded(), "the phones below it are not loaded")
}

// namesCell reports whether a message names the cell, alone or as an end
// of a range ("C5", "C3:C5", "A1:C5").
func (p probe) namesCell(cell string) bool {
	for _, m := range p.r.Messages {
		for _, mc := range m.Cells {
			if mc == cell || strings.HasPrefix(mc, cell+":") || strings.HasSuffix(mc, ":"+cell) {
				return true
			}
		}
	}
	return false
}

var (
	catOnce sync.Once
	catMain *catalog.Catalog
	catErr  error
)

// mainCatalog is the embedded catalogue, loaded once for the test binary:
// the extractor keeps one phrase reader for the last catalogue it was
// given, and building one takes longer than reading a small return.
func mainCatalog(t testing.TB) *catalog.Catalog {
	t.Helper()
	catOnce.Do(func() { catMain, catErr = catalog.Load(reference.FS) })
	if catErr != nil {
		t.Fatal(catErr)
	}
	return catMain
}

// lawLimits are the pipeline's limits without its per-file deadline. A
// law states what is read, not how fast: the deadline is wall-clock time,
// and on shared cores a small generated workbook can miss it while other
// tests run (TestNoteAllowLaw did, under load 18). The deadline itself is
// tested in etl/ingest and etl/pipeline.
func lawLimits() ingest.Limits {
	lim := ingest.DefaultLimits()
	lim.Deadline = 0
	return lim
}

// readBook writes a generated workbook in memory and reads it back as the
// pipeline would.
func readBook(t *testing.T, name string, lim ingest.Limits, build func(b *fixtures.Book)) *etl.Workbook {
	t.Helper()
	wb, err := buildAndRead(name, lim, build)
	if err != nil {
		t.Fatal(err)
	}
	return wb
}

// buildAndRead is readBook for a goroutine, which must not call t.Fatal.
func buildAndRead(name string, lim ingest.Limits, build func(b *fixtures.Book)) (*etl.Workbook, error) {
	data, err := fixtures.BuildCorpus(fixtures.CorpusReturn{Name: name, Build: build})
	if err != nil {
		return nil, err
	}
	return ingest.Read(context.Background(), bytes.NewReader(data), int64(len(data)), name, lim)
}
