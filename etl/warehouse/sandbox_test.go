package warehouse_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/warehouse"
)

// analystCopy makes a small warehouse and publishes its analyst copy,
// returning the copy's path.
func analystCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	db := open(t, filepath.Join(dir, "warehouse.duckdb"))
	dst := filepath.Join(dir, "analyst.duckdb")
	if err := db.Snapshot(context.Background(), dst); err != nil {
		t.Fatal(err)
	}
	return dst
}

func sandbox(t *testing.T, path, mem string) *warehouse.DB {
	t.Helper()
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: path, ReadOnly: true, Sandbox: true, MemoryLimit: mem, Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Issue 8, case 4: DuckDB lets SQL read and write its temp directory even
// with file access off, and that directory was <copy>.tmp/ inside the
// home. Failed before: the copy wrote x.csv there and read_csv read it.
func TestSandboxCannotReachItsTempDirectory(t *testing.T) {
	dst := analystCopy(t)
	spill := dst + ".tmp"
	if err := os.MkdirAll(spill, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(spill, "planted.csv"), []byte("a\n1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := sandbox(t, dst, "256MB")
	ctx := context.Background()
	for _, q := range []string{
		"copy (select 42 as a) to " + sqlString(filepath.Join(spill, "x.csv")),
		"select * from read_csv(" + sqlString(filepath.Join(spill, "planted.csv")) + ")",
		"set temp_directory = " + sqlString(spill),
		"set memory_limit = '100GB'",
	} {
		if _, err := db.Query(ctx, "q", q, 0); err == nil {
			t.Errorf("%s: allowed", q)
		}
	}
	if _, err := os.Stat(filepath.Join(spill, "x.csv")); err == nil {
		t.Error("the sandbox wrote into the temp directory")
	}
	tb, err := db.Query(ctx, "q", "select current_setting('temp_directory'), current_setting('threads')", 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(tb.Rows[0]); got != "[ 2]" {
		t.Errorf("temp_directory, threads = %s, want no temp directory and 2 threads", got)
	}
}

func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// A query that needs more memory than the limit stops with ErrOutOfMemory
// and spills nothing.
func TestSandboxMemoryLimit(t *testing.T) {
	dst := analystCopy(t)
	db := sandbox(t, dst, "64MB")
	_, err := db.Query(context.Background(), "q", "select count(*) from (select distinct range::varchar || 'padding' as s from range(20000000))", 0)
	if !errors.Is(err, warehouse.ErrOutOfMemory) {
		t.Fatalf("got %v, want ErrOutOfMemory", err)
	}
	entries, _ := os.ReadDir(filepath.Dir(dst))
	for _, e := range entries {
		if e.Name() != "warehouse.duckdb" && e.Name() != "analyst.duckdb" {
			t.Errorf("the query left %s in the home", e.Name())
		}
	}
}

// A syntax error gives its position apart from the text, so a caller can
// report it without quoting the query.
func TestQueryErrorPosition(t *testing.T) {
	db := open(t, "")
	_, err := db.Query(context.Background(), "q", "select 1;\nselect 2 from from t", 0)
	var qe *warehouse.QueryError
	if !errors.As(err, &qe) || !qe.Syntax || qe.Line != 2 || qe.Col != 15 || strings.Contains(qe.Summary, "LINE") {
		t.Fatalf("got %#v", err)
	}
	_, err = db.Query(context.Background(), "q", "select * from no_such_table", 0)
	if !errors.As(err, &qe) || qe.Syntax || errors.Is(err, warehouse.ErrOutOfMemory) || strings.Contains(qe.Summary, "LINE") {
		t.Fatalf("got %#v", err)
	}
}

// The live database is its owner's only and the analyst copy its group's;
// DuckDB creates files 0644 under the usual umask. Failed before: 0644.
func TestFileModes(t *testing.T) {
	dst := analystCopy(t)
	for path, want := range map[string]os.FileMode{
		filepath.Join(filepath.Dir(dst), "warehouse.duckdb"): 0o600,
		dst: 0o640,
	} {
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", filepath.Base(path), st.Mode().Perm(), want)
		}
	}
}

// A process holding the warehouse open gets a message naming the file,
// the process and what to do. Failed before: DuckDB's raw "IO Error".
func TestLockedByAnotherProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), "warehouse.duckdb")
	open(t, path).Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldWarehouse$")
	cmd.Env = append(os.Environ(), "COUNTYLINES_TEST_HOLD="+path)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); cmd.Wait() }()
	sc := bufio.NewScanner(stdout)
	for sc.Scan() && sc.Text() != "holding" {
	}
	for _, ro := range []bool{false, true} {
		_, err := warehouse.Open(context.Background(), warehouse.Options{Path: path, ReadOnly: ro})
		var le *warehouse.LockedError
		if !errors.As(err, &le) || !errors.Is(err, warehouse.ErrLocked) {
			t.Fatalf("read-only %v: got %v, want a LockedError", ro, err)
		}
		msg := err.Error()
		if le.PID != cmd.Process.Pid || !strings.Contains(msg, path) || !strings.Contains(msg, fmt.Sprintf("PID %d", cmd.Process.Pid)) ||
			!strings.Contains(msg, "close that program") {
			t.Errorf("read-only %v: %s", ro, msg)
		}
	}
}

// TestHelperHoldWarehouse is run by TestLockedByAnotherProcess in a child
// process: it holds the warehouse open (read-only with
// COUNTYLINES_TEST_HOLD_RO set) until its stdin closes.
func TestHelperHoldWarehouse(t *testing.T) {
	path := os.Getenv("COUNTYLINES_TEST_HOLD")
	if path == "" {
		t.Skip("only run as a helper process")
	}
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: path, ReadOnly: os.Getenv("COUNTYLINES_TEST_HOLD_RO") != ""})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	fmt.Println("holding")
	bufio.NewReader(os.Stdin).ReadString('\n')
}
