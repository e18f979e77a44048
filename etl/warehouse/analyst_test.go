package warehouse_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/warehouse"
	"github.com/countylines/countylines/internal/homestate"
	"github.com/countylines/countylines/reference"
)

func differingTables(t *testing.T, db *warehouse.DB, analyst string) []string {
	t.Helper()
	d, err := homestate.DifferingTables(context.Background(), db, analyst)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// loadedWarehouse opens a warehouse at path holding the reference data and
// one return, loaded by the run r1.
func loadedWarehouse(t *testing.T, path string) *warehouse.DB {
	t.Helper()
	ctx := context.Background()
	db := open(t, path)
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.LoadReference(ctx, cat); err != nil {
		t.Fatal(err)
	}
	v := 12.0
	r := &etl.Return{Operation: "2021-10", Force: "kent", FileName: "kent.xlsx", SHA256: "aa", Size: 10, ReceivedAt: at0,
		Facts: []etl.Fact{{Metric: "arrests", Unit: "people", Value: &v, Qualifier: "exact", Raw: "12", Sheet: "S", Cell: "B2"}}}
	if err := db.StartRun(ctx, warehouse.Run{ID: "r1", StartedAt: at0}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.LoadReturn(ctx, r, warehouse.FileRecord{ID: 1, FileName: "kent.xlsx", ReceivedAt: at0, RunID: "r1", StoredAs: "archive/x"}, at0); err != nil {
		t.Fatal(err)
	}
	if err := db.FinishRun(ctx, warehouse.Run{ID: "r1", EndedAt: at0, Status: "ok", Loaded: 1}); err != nil {
		t.Fatal(err)
	}
	return db
}

var at0 = time.Date(2021, 10, 20, 9, 0, 0, 0, time.UTC)

// rejectOne records what a pass that rejects one file writes: its files
// row, its messages, its run.
func rejectOne(t *testing.T, db *warehouse.DB) {
	t.Helper()
	ctx := context.Background()
	at := at0.Add(time.Hour)
	if err := db.StartRun(ctx, warehouse.Run{ID: "r2", StartedAt: at}); err != nil {
		t.Fatal(err)
	}
	junk := warehouse.FileRecord{ID: 2, FileName: "junk.xlsx", SHA256: "bb", Size: 4, ReceivedAt: at, RunID: "r2",
		Outcome: warehouse.OutcomeRejected, Reason: "not a workbook", StoredAs: "rejected/000002-bb-junk.xlsx", Report: "fix it"}
	if err := db.RecordFile(ctx, junk, []etl.Message{{Severity: etl.SevError, Code: "unreadable", Text: "not a workbook"}}, at); err != nil {
		t.Fatal(err)
	}
	if err := db.FinishRun(ctx, warehouse.Run{ID: "r2", EndedAt: at, Status: "rejections", Rejected: 1}); err != nil {
		t.Fatal(err)
	}
}

// RefreshAnalyst's law: after a pass that changed only the journal tables,
// the refreshed analyst copy equals the live database table for table, as
// a whole new snapshot would; and it refuses (so a snapshot is taken) a
// copy of another data version, or one another warehouse published.
func TestRefreshAnalystEqualsSnapshot(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := loadedWarehouse(t, filepath.Join(dir, "w.duckdb"))
	analyst := filepath.Join(dir, "analyst.duckdb")
	if err := db.Snapshot(ctx, analyst); err != nil {
		t.Fatal(err)
	}
	if d := differingTables(t, db, analyst); len(d) > 0 {
		t.Fatalf("a snapshot differs from the database: %v", d)
	}

	// Another warehouse at the same data version (a rebuild stopped
	// before its swap) published the copy: refused.
	other := loadedWarehouse(t, filepath.Join(dir, "other.duckdb"))
	if _, err := other.Query(ctx, "run", "update runs set run_id = 'rebuild' where run_id = 'r1'", 0); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "foreign.duckdb")
	if err := other.Snapshot(ctx, foreign); err != nil {
		t.Fatal(err)
	}
	if ok, err := db.RefreshAnalyst(ctx, foreign); err != nil || ok {
		t.Errorf("refresh of a copy another warehouse published: %v %v, want refused", ok, err)
	}

	rejectOne(t, db)
	if len(differingTables(t, db, analyst)) == 0 {
		t.Fatal("the test changed nothing the analyst copy shows")
	}
	ok, err := db.RefreshAnalyst(ctx, analyst)
	if err != nil || !ok {
		t.Fatalf("refresh: %v %v", ok, err)
	}
	if d := differingTables(t, db, analyst); len(d) > 0 {
		t.Errorf("the refreshed copy differs from the database: %v", d)
	}

	// Another data version: refused.
	if _, err := db.SetPlausibilityFactor(ctx, 5); err != nil {
		t.Fatal(err)
	}
	if ok, err := db.RefreshAnalyst(ctx, analyst); err != nil || ok {
		t.Errorf("refresh over another data version: %v %v, want refused", ok, err)
	}
}

// JournalMark changes with any change to any column of files or messages,
// and with nothing else a pass with nothing new writes.
func TestJournalMarkSeesEveryChange(t *testing.T) {
	ctx := context.Background()
	db := loadedWarehouse(t, filepath.Join(t.TempDir(), "w.duckdb"))
	rejectOne(t, db)
	mark := func() string {
		m, err := db.JournalMark(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	before := mark()
	if err := db.StartRun(ctx, warehouse.Run{ID: "r3", StartedAt: at0.Add(2 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if mark() != before {
		t.Error("a run with nothing new changed the mark")
	}
	cols, err := db.Query(ctx, "cols", `select table_name, column_name, data_type from duckdb_columns()
		where database_name = current_database() and table_name in ('files', 'messages') order by all`, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(cols.Rows) < 20 {
		t.Fatalf("%d columns", len(cols.Rows))
	}
	exec := func(q string) {
		t.Helper()
		if _, err := db.Query(ctx, "x", q, 0); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec("create table files_kept as select * from files")
	exec("create table messages_kept as select * from messages")
	for _, c := range cols.Rows {
		table, col, typ := c[0].(string), c[1].(string), c[2].(string)
		// One value of the column changed (a NULL given a value), the
		// mark read, the table put back.
		var to string
		switch {
		case col == "state":
			to = "case when state = 'moved' then 'retaken' else 'moved' end"
		case col == "outcome":
			to = "case when outcome = 'rejected' then 'duplicate' else 'rejected' end"
		case typ == "VARCHAR":
			to = "coalesce(" + col + ", '') || 'x'"
		case typ == "INTEGER" || typ == "BIGINT":
			to = "coalesce(" + col + ", 0) + 1"
		case strings.HasPrefix(typ, "TIMESTAMP"):
			to = "coalesce(" + col + ", timestamptz '2000-01-01 00:00:00+00') + interval 1 second"
		default:
			t.Fatalf("%s.%s: no change written for type %s", table, col, typ)
		}
		exec("update " + table + " set " + col + " = " + to + " where rowid = (select max(rowid) from " + table + ")")
		if mark() == before {
			t.Errorf("a change to %s.%s left the mark as it was", table, col)
		}
		exec("delete from " + table)
		exec("insert into " + table + " select * from " + table + "_kept")
		if mark() != before {
			t.Fatalf("%s put back changed the mark", table)
		}
	}
	extra := "insert into messages select * from messages_kept limit 1"
	exec(extra)
	if mark() == before {
		t.Error("a message added left the mark as it was")
	}
}
