package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/countylines/countylines/etl/warehouse"
	"github.com/countylines/countylines/fixtures"
)

// tree lists every path under root with its size, mode and mtime.
func tree(t *testing.T, root string) string {
	t.Helper()
	var lines []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		lines = append(lines, fmt.Sprintf("%s %d %v %d", rel, info.Size(), info.Mode(), info.ModTime().UnixNano()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// Issue 8, "done when": an analyst query that would exceed the memory
// limit or the timeout fails with a clear message, writes nothing to the
// home, and a pass run during it succeeds. Failed before: there was no
// limit, the sandbox spilled into <home>/analyst.duckdb.tmp/ and SQL could
// write there; a folder of that name then stopped the next pass's snapshot.
func TestSQLSandboxLimits(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	if _, stderr, err := runCLI(t, "run", "--demo", "--home", home); err != nil {
		t.Fatalf("run --demo: %v\n%s", err, stderr)
	}
	before := tree(t, home)
	spill := filepath.Join(home, "analyst.duckdb.tmp")

	_, _, err := runCLI(t, "sql", "--home", home, "--sql-memory-limit", "64MB",
		"select count(*) from (select distinct range::varchar || 'padding' as s from range(20000000))")
	if err == nil || !strings.Contains(err.Error(), "needs more memory than the limit of 64MB") {
		t.Errorf("memory: got %v", err)
	}
	_, _, err = runCLI(t, "sql", "--home", home, "--timeout", "300ms", "select count(*) from range(10000000000000)")
	if err == nil || !strings.Contains(err.Error(), "stopped after 300ms, the time limit") {
		t.Errorf("timeout: got %v", err)
	}
	_, _, err = runCLI(t, "sql", "--home", home, "copy (select 1 as a) to '"+filepath.Join(spill, "x.csv")+"'")
	if err == nil {
		t.Error("copy into the home's spill folder was allowed")
	}
	if after := tree(t, home); after != before {
		t.Errorf("the analyst's queries changed the home:\nbefore\n%s\nafter\n%s", before, after)
	}

	// A pass while a query runs: a duplicate in the inbox makes it publish
	// a new analyst copy over the one the query holds open. A folder where
	// DuckDB would spill must not stop it either.
	if err := os.MkdirAll(spill, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(spill, "duckdb_temp_storage-0.tmp"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	dup, err := fs.ReadFile(fixtures.Returns, "returns/2021-10/2021-10_kent.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "inbox", "kent-again.xlsx"), dup, 0o644); err != nil {
		t.Fatal(err)
	}
	// The query, in a process of its own as an analyst's would be, runs
	// until stopped (its time limit is far off), so the pass must end
	// while it still runs.
	var qout bytes.Buffer
	q := exec.Command(binary(t), "sql", "--home", home, "--timeout", "10m", "select count(*) from range(10000000000000)")
	q.Stdout, q.Stderr = &qout, &qout
	if err := q.Start(); err != nil {
		t.Fatal(err)
	}
	query := make(chan error, 1)
	go func() { query <- q.Wait() }()
	defer func() {
		q.Process.Kill()
		<-query
	}()
	time.Sleep(time.Second)
	out, stderr, err := runCLI(t, "run", "--home", home, "--settle", "0s")
	if err != nil || !strings.Contains(out, "1 duplicates") {
		t.Errorf("a pass during a query: %v\n%s\n%s", err, out, stderr)
	}
	select {
	case err := <-query:
		query <- err
		t.Errorf("the query ended (%v: %s) before the pass did: they did not overlap", err, qout.String())
	default:
		q.Process.Signal(syscall.SIGTERM)
		err := <-query
		query <- err
		if err == nil || !strings.Contains(qout.String(), "interrupted") {
			t.Errorf("the query, stopped after the pass: %v: %s", err, qout.String())
		}
	}
}

// Issue 8, minor: sql -f /etc/shadow echoed the file's first line in the
// parse error. Failed before: the error held the whole line.
func TestSQLFileNeverEchoed(t *testing.T) {
	home := emptyHome(t)
	dir := t.TempDir()
	secret := filepath.Join(dir, "shadow")
	if err := os.WriteFile(secret, []byte("root:$6$secretsalt$hashhash:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	notSQL := filepath.Join(dir, "words.sql")
	if err := os.WriteFile(notSQL, []byte("select metric_code from metrics;\nselect passwordword from from metrics"), 0o600); err != nil {
		t.Fatal(err)
	}
	binary := filepath.Join(dir, "blob")
	if err := os.WriteFile(binary, []byte("select\x00\xff\xfe"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ file, want string }{
		{secret, "is not valid SQL (line 1, column 1); its text is not shown"},
		{notSQL, "is not valid SQL (line 2, column 26)"},
		{binary, "not a text file"},
		{os.DevNull, "not a regular file"},
	} {
		_, _, err := runCLI(t, "sql", "--home", home, "-f", tt.file)
		if err == nil {
			t.Errorf("%s: no error", tt.file)
			continue
		}
		msg := err.Error()
		for _, leak := range []string{"root", "secretsalt", "daemon", "passwordword", "LINE"} {
			if strings.Contains(msg, leak) {
				t.Errorf("%s: the error quotes the file (%q): %s", tt.file, leak, msg)
			}
		}
		if !strings.Contains(msg, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.file, msg, tt.want)
		}
	}
	// Standard input is treated like a file: it may be one piped in.
	var out, errb bytes.Buffer
	err := Run(context.Background(), []string{"sql", "--home", home, "-f", "-"}, strings.NewReader("root:$6$secretsalt$x:1:::"), &out, &errb)
	if err == nil || strings.Contains(err.Error(), "secretsalt") || !strings.Contains(err.Error(), "standard input is not valid SQL (line 1, column 1)") {
		t.Errorf("standard input: %v", err)
	}
	// A query given on the command line is the analyst's own: its error
	// may show it.
	_, _, err = runCLI(t, "sql", "--home", home, "select from from")
	if err == nil || !strings.Contains(err.Error(), "LINE 1") {
		t.Errorf("inline: %v", err)
	}
}

// emptyHome is a home folder whose analyst copy holds the schema and no
// returns.
func emptyHome(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: filepath.Join(home, "warehouse.duckdb")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Snapshot(context.Background(), filepath.Join(home, "analyst.duckdb")); err != nil {
		t.Fatal(err)
	}
	return home
}

func TestSQLSandboxSettingsChecked(t *testing.T) {
	for _, args := range [][]string{
		{"--timeout", "0s"}, {"--timeout", "soon"}, {"--sql-memory-limit", "lots"}, {"--sql-threads", "0"},
	} {
		_, _, err := runCLI(t, append(append([]string{"sql", "--home", t.TempDir()}, args...), "select 1")...)
		if exitCode(err, &strings.Builder{}) != exitUsage {
			t.Errorf("%v: got %v, want a usage error", args, err)
		}
	}
}

// The rows of a result are held in memory outside DuckDB's limit: a huge
// result stops at the cap, with an error saying the output is cut short.
func TestSQLResultCapped(t *testing.T) {
	home := emptyHome(t)
	defer func(n int) { maxResultRows = n }(maxResultRows)
	maxResultRows = 5
	out, _, err := runCLI(t, "sql", "--home", home, "--format", "csv", "select range as n from range(1000)")
	if err == nil || !strings.Contains(err.Error(), "more than 5 rows and only the first 5 were written") {
		t.Errorf("got %v", err)
	}
	if out != "n\n0\n1\n2\n3\n4\n" {
		t.Errorf("output %q", out)
	}
	if _, _, err := runCLI(t, "sql", "--home", home, "select range as n from range(5)"); err != nil {
		t.Errorf("five rows: %v", err)
	}
}

// Files countylines creates (DuckDB's WAL among them, which chmod cannot
// reach) are never readable by everyone.
func TestUmaskKeepsFilesFromOthers(t *testing.T) {
	restrictUmask()
	p := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(p, nil, 0o666); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm()&0o007 != 0 {
		t.Errorf("mode %v: readable by others", st.Mode().Perm())
	}
}

// Issue 8, minor: a process holding warehouse.duckdb open made run fail
// with DuckDB's raw "IO Error: Could not set lock". Now the message names
// the file, the process and what to do. Failed before: the raw error.
func TestRunNamesTheProcessHoldingTheWarehouse(t *testing.T) {
	home := t.TempDir()
	if _, stderr, err := runCLI(t, "run", "--home", home, "--settle", "0s"); err != nil {
		t.Fatalf("first run: %v\n%s", err, stderr)
	}
	path := filepath.Join(home, "warehouse.duckdb")
	pid := holdWarehouse(t, path, false)
	_, _, err := runCLI(t, "run", "--home", home, "--settle", "0s")
	if err == nil {
		t.Fatal("run succeeded while another process held the warehouse")
	}
	msg := err.Error()
	for _, want := range []string{path, fmt.Sprintf("PID %d", pid), "close that program"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the message does not say %q: %s", want, msg)
		}
	}
	if strings.Contains(msg, "IO Error") {
		t.Errorf("DuckDB's raw error: %s", msg)
	}
	if code := exitCode(err, io.Discard); code != exitFailure {
		t.Errorf("exit %d", code)
	}
}

// holdWarehouse starts a child process (TestHelperHoldWarehouse) that
// holds the warehouse at path open, read-only if ro, and returns once it
// does, with its PID; the child lets go when the test ends.
func holdWarehouse(t *testing.T, path string, ro bool) int {
	t.Helper()
	holder := exec.Command(os.Args[0], "-test.run=^TestHelperHoldWarehouse$")
	holder.Env = append(os.Environ(), "COUNTYLINES_TEST_HOLD="+path)
	if ro {
		holder.Env = append(holder.Env, "COUNTYLINES_TEST_HOLD_RO=1")
	}
	stdin, _ := holder.StdinPipe()
	stdout, _ := holder.StdoutPipe()
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); holder.Wait() })
	sc := bufio.NewScanner(stdout)
	for sc.Scan() && sc.Text() != "holding" {
	}
	return holder.Process.Pid
}

// TestHelperHoldWarehouse is run by TestRunNamesTheProcessHoldingTheWarehouse
// in a child process: it holds the warehouse open until its stdin closes.
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
