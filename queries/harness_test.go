package queries_test

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"strconv"
	"testing"
	"testing/fstest"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/etl/warehouse"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/queries"
	"github.com/countylines/countylines/reference"
)

// testOperations adds to the shipped operations one that starts before
// Kent moved from SEROCU to ERSOU (7 September 2018), which the shipped
// list does not reach back to.
const testOperations = "operation_code,name,starts_on,ends_on\n" +
	"2018-05,Test operation May 2018 (tests only),2018-05-14,2018-05-20\n"

// wh is a real warehouse (in-memory DuckDB) fed with real .xlsx returns
// through the same reading and extraction as a pass.
type wh struct {
	t   *testing.T
	cat *catalog.Catalog
	db  *warehouse.DB
	n   int
}

func newWH(t *testing.T) *wh {
	t.Helper()
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	if err := cat.Extend(fstest.MapFS{"operations.csv": {Data: []byte(testOperations)}}); err != nil {
		t.Fatal(err)
	}
	db, err := warehouse.Open(context.Background(), warehouse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.LoadReference(context.Background(), cat); err != nil {
		t.Fatal(err)
	}
	return &wh{t: t, cat: cat, db: db}
}

// op returns an operation of the catalogue.
func (w *wh) op(code string) catalog.Operation {
	w.t.Helper()
	o, ok := w.cat.Operation(code)
	if !ok {
		w.t.Fatalf("no operation %s", code)
	}
	return o
}

// force returns a force of the catalogue.
func (w *wh) force(code string) catalog.Force {
	w.t.Helper()
	f, ok := w.cat.Force(code)
	if !ok {
		w.t.Fatalf("no force %s", code)
	}
	return f
}

// returnRows lays out a simple return: the force, the week, then one row
// per figure (label, value[, value...]).
func (w *wh) returnRows(force, op string, figures [][]any) [][]any {
	w.t.Helper()
	rows := [][]any{
		{"Force", w.force(force).Name},
		{"Week commencing", w.op(op).Starts.Format("02/01/2006")},
	}
	return append(rows, figures...)
}

// load writes a return as a real .xlsx workbook, reads and extracts it as
// a pass does, checks that it lands for the force and operation intended,
// and loads it. Figures are rows under the header: label, value.
func (w *wh) load(force, op string, figures ...[]any) *etl.Return {
	w.t.Helper()
	w.n++
	name := fmt.Sprintf("%s_%s_%d.xlsx", op, force, w.n)
	data, err := fixtures.BuildCorpus(fixtures.CorpusReturn{Name: name, Build: func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", w.returnRows(force, op, figures)...)
	}})
	if err != nil {
		w.t.Fatal(err)
	}
	ctx := context.Background()
	r, err := pipeline.Check(ctx, bytes.NewReader(data), int64(len(data)), name, w.cat, ingest.DefaultLimits(), "")
	if err != nil {
		w.t.Fatal(err)
	}
	if r.Rejected() || r.Force != force || r.Operation != op {
		w.t.Fatalf("%s: read as force %q operation %q, messages %v", name, r.Force, r.Operation, r.Messages)
	}
	r.SHA256 = fmt.Sprintf("sha-%d", w.n)
	r.ReceivedAt = time.Date(2024, 1, 1, 0, 0, w.n, 0, time.UTC)
	rec := warehouse.FileRecord{SHA256: r.SHA256, FileName: name, ReceivedAt: r.ReceivedAt, RunID: "test"}
	if _, err := w.db.LoadReturn(ctx, r, rec, r.ReceivedAt); err != nil {
		w.t.Fatal(err)
	}
	return r
}

// build rebuilds every relation of queries/ and fails the test if a data
// check returns rows.
func (w *wh) build() {
	w.t.Helper()
	rels, err := warehouse.Relations(queries.FS)
	if err != nil {
		w.t.Fatal(err)
	}
	failures, err := w.db.BuildRollups(context.Background(), rels)
	if err != nil {
		w.t.Fatal(err)
	}
	for _, f := range failures {
		w.t.Errorf("data check %s returned %v", f.Name, f.Rows.Rows)
	}
}

func (w *wh) rows(q string, args ...any) [][]any {
	w.t.Helper()
	t, err := w.db.Query(context.Background(), "q", q, 0, args...)
	if err != nil {
		w.t.Fatalf("%s: %v", q, err)
	}
	return t.Rows
}

// fmtv renders a value from a query as text: NULL, a number without
// trailing zeros, or the text.
func fmtv(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case float64:
		return strconv.FormatFloat(math.Round(x*1e9)/1e9, 'f', -1, 64)
	case int64, int32, int:
		return fmt.Sprint(x)
	case bool:
		return strconv.FormatBool(x)
	default:
		return fmt.Sprint(x)
	}
}

// line renders a row as values joined by |.
func line(r []any) string {
	s := ""
	for i, v := range r {
		if i > 0 {
			s += "|"
		}
		s += fmtv(v)
	}
	return s
}
