package warehouse_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/warehouse"
	"github.com/countylines/countylines/reference"
)

func open(t *testing.T, path string) *warehouse.DB {
	t.Helper()
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func count(t *testing.T, db *warehouse.DB, q string) int64 {
	t.Helper()
	tb, err := db.Query(context.Background(), "n", q, 0)
	if err != nil {
		t.Fatal(err)
	}
	return tb.Rows[0][0].(int64)
}

func TestMigrationsOnceAndReference(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.duckdb")
	db := open(t, path)
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := db.LoadReference(ctx, cat); err != nil {
		t.Fatal(err)
	}
	if err := db.LoadReference(ctx, cat); err != nil { // replaces, never duplicates
		t.Fatal(err)
	}
	if n := count(t, db, "select count(*) from forces"); n != 44 {
		t.Errorf("%d forces", n)
	}
	db.Close()
	db = open(t, path) // reopening applies no migration twice
	files, err := filepath.Glob(filepath.Join("migrations", "*.sql"))
	if err != nil || len(files) < 2 {
		t.Fatalf("migrations: %v %v", files, err)
	}
	if n := count(t, db, "select count(*) from schema_migrations"); n != int64(len(files)) {
		t.Errorf("%d migrations recorded, %d files", n, len(files))
	}
	// 0100 seeds the plausibility factor once; reopening keeps one row.
	if n := count(t, db, "select count(*) from meta where key = 'plausibility_factor'"); n != 1 {
		t.Errorf("%d plausibility_factor rows", n)
	}
}

func ret(force string, facts ...etl.Fact) *etl.Return {
	return &etl.Return{FileName: force + ".xlsx", SHA256: force + "-sha", Force: force, Operation: "2021-10",
		ReceivedAt: time.Unix(1634000000, 0), Facts: facts}
}

func TestLoadReturnIsOneTransaction(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "w.duckdb"))
	ctx := context.Background()
	good := etl.Fact{Metric: "arrests", Unit: etl.UnitPeople, Value: etl.Ptr(4), Qualifier: etl.Exact, Raw: "4", Sheet: "S", Cell: "B2"}
	if _, err := db.LoadReturn(ctx, ret("kent", good), warehouse.FileRecord{SHA256: "kent-sha", FileName: "kent.xlsx", RunID: "r1", ReceivedAt: time.Now()}, time.Now()); err != nil {
		t.Fatal(err)
	}
	// A fact with no unit breaks a NOT NULL constraint half-way: nothing of
	// that return may remain, and Kent's earlier return must stay current.
	bad := good
	bad.Unit = ""
	_, err := db.LoadReturn(ctx, ret("kent", good, bad), warehouse.FileRecord{SHA256: "kent-2", FileName: "kent2.xlsx", RunID: "r2", ReceivedAt: time.Now()}, time.Now())
	if err == nil {
		t.Fatal("a fact with no unit was loaded")
	}
	if n := count(t, db, "select count(*) from returns"); n != 1 {
		t.Errorf("%d returns after a failed load, want 1", n)
	}
	if n := count(t, db, "select count(*) from returns where status = 'current'"); n != 1 {
		t.Errorf("the earlier return lost its current status")
	}
	if n := count(t, db, "select count(*) from facts"); n != 1 {
		t.Errorf("%d facts after a failed load, want 1", n)
	}
	if n := count(t, db, "select count(*) from files"); n != 1 {
		t.Errorf("%d file records after a failed load, want 1", n)
	}
}
