package warehouse

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/duckdb/duckdb-go/v2"
)

// TestMigrationKeepsEarlierFiles opens a warehouse made by the first
// schema, with a loaded file, a duplicate of it and a rejected file, and
// checks that the journal's migration keeps each row, gives the loaded
// file its return's id and the others ids of their own, and leaves a
// rebuild pending so the next pass republishes.
func TestMigrationKeepsEarlierFiles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.duckdb")
	conn, err := duckdb.NewConnector(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw := sql.OpenDB(conn)
	body, err := migrations.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2021, 10, 20, 9, 0, 0, 0, time.UTC)
	for _, q := range []string{
		`create table schema_migrations (version integer primary key, name varchar not null, applied_at timestamptz not null)`,
		string(body),
		`insert into schema_migrations values (1, '0001_init.sql', now())`,
		`insert into returns values (7, '2021-10', 'kent', 'kent.xlsx', 'aaaa', 10, '2021-10-20 09:00:00+00', now(), 'r1', 'current', null)`,
		`insert into files values ('aaaa', 'kent.xlsx', 10, '2021-10-20 09:00:00+00', 'r1', 'loaded', 7, null, null),
			('aaaa', 'copy of kent.xlsx', 10, '2021-10-20 09:05:00+00', 'r2', 'duplicate', 7, 'identical', '/h/archive/duplicates/aaaa-copy of kent.xlsx'),
			('bbbb', 'junk.xlsx', 3, '2021-10-20 09:01:00+00', 'r1', 'rejected', null, 'not a zip', '/h/rejected/bbbb-junk.xlsx')`,
	} {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()

	db, err := Open(ctx, Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := db.Files(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id       int64
		name     string
		outcome  string
		returnID int64
	}{{7, "kent.xlsx", OutcomeLoaded, 7}, {8, "junk.xlsx", OutcomeRejected, 0}, {9, "copy of kent.xlsx", OutcomeDuplicate, 7}}
	if len(got) != len(want) {
		t.Fatalf("files after the migration: %+v", got)
	}
	for i, w := range want {
		g := got[i]
		if g.ID != w.id || g.FileName != w.name || g.Outcome != w.outcome || g.ReturnID != w.returnID || g.State != StateMoved {
			t.Errorf("file %d: %+v, want %+v, moved", i, g, w)
		}
	}
	if !got[1].ReceivedAt.Equal(at.Add(time.Minute)) {
		t.Errorf("received_at changed: %v", got[1].ReceivedAt)
	}
	if id, err := db.NextFileID(ctx); err != nil || id != 10 {
		t.Errorf("next file id %d, %v; want 10", id, err)
	}
	data, pub, err := db.Versions(ctx)
	if err != nil || data == pub {
		t.Errorf("versions after the migration: %d, %d, %v: want a rebuild pending", data, pub, err)
	}
}
