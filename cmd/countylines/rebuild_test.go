package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/monitor"
)

// TestRebuildAfterLosingTheWarehouse: with the warehouse deleted, run
// exits 5 and says to run rebuild; rebuild restores it from the archive;
// run works again.
func TestRebuildAfterLosingTheWarehouse(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	if _, stderr, err := runCLI(t, "run", "--demo", "--home", home); err != nil {
		t.Fatalf("run --demo: %v\n%s", err, stderr)
	}
	before, _, err := runCLI(t, "sql", "--home", home, "--format", "csv", "select * from national_totals order by all")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(home, "warehouse.duckdb")); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := runCLI(t, "run", "--home", home, "--settle", "0s")
	if code := exitCode(err, io.Discard); code != exitNeedsRebuild || !strings.Contains(stderr+err.Error(), "countylines rebuild") {
		t.Fatalf("run over a deleted warehouse: exit %d, %v\n%s", code, err, stderr)
	}
	// Monitoring sees the failure; a rebuild that works clears it
	// (probe C3: it stayed unhealthy until the next pass).
	check := func() (string, int) {
		out, _, err := runCLI(t, "status", "--home", home, "--check")
		return out, exitCode(err, io.Discard)
	}
	metrics := func() map[string]float64 { return parseProm(t, filepath.Join(home, "metrics.prom")) }
	if out, code := check(); code != exitFailure || !strings.Contains(out, "countylines rebuild") || metrics()["countylines_last_pass_failed"] != 1 {
		t.Errorf("status --check after exit 5: %d %s", code, out)
	}
	filesBefore := metrics()["countylines_files_total{outcome=loaded}"]
	out, stderr, err := runCLI(t, "rebuild", "--home", home)
	if err != nil || !strings.Contains(out, "44 returns loaded") {
		t.Fatalf("rebuild: %v\n%s\n%s", err, out, stderr)
	}
	if out, code := check(); code != exitOK || !strings.HasPrefix(out, "healthy: the last rebuild (") {
		t.Errorf("status --check after the rebuild: %d %s", code, out)
	}
	m := metrics()
	// A rebuild reads again files already counted: the files metrics are
	// those of the last pass over the inbox (the refused one), not 44 more.
	if m["countylines_last_pass_failed"] != 0 || m["countylines_passes_total{status=ok}"] != 2 || m["countylines_files_total{outcome=loaded}"] != filesBefore ||
		m["countylines_last_pass_files{outcome=loaded}"] != 0 {
		t.Errorf("metrics after the rebuild (files loaded before it: %v): %v", filesBefore, m)
	}
	st, err := monitor.Load(home)
	if err != nil || st.Passes[0].Kind != monitor.KindRebuild || st.Passes[0].Status != monitor.StatusOK || st.Passes[0].Loaded != 44 ||
		len(st.Operations) != 1 || len(st.Operations[0].Returned) != 44 {
		t.Errorf("status.json after the rebuild: %+v %v", st, err)
	}
	if out, _, _ := runCLI(t, "status", "--home", home); !strings.Contains(out, "rebuild ok") {
		t.Errorf("status does not show the rebuild:\n%s", out)
	}
	after, _, err := runCLI(t, "sql", "--home", home, "--format", "csv", "select * from national_totals order by all")
	if err != nil || after != before {
		t.Errorf("national totals after the rebuild differ (%v):\n%s\nwant\n%s", err, after, before)
	}
	if _, _, err := runCLI(t, "run", "--home", home, "--settle", "0s"); err != nil {
		t.Errorf("run after the rebuild: %v", err)
	}
}

// probe9 C8: rebuild while another process holds warehouse.duckdb (as a
// writer or a reader) refuses, with the message run gives, naming the
// process, and renames nothing from under it. Failed before: rebuild
// exited 0 and moved the held file to warehouse.duckdb.replaced-<run>.
func TestRebuildRefusesWhileWarehouseHeld(t *testing.T) {
	home := t.TempDir()
	if _, stderr, err := runCLI(t, "run", "--home", home, "--settle", "0s"); err != nil {
		t.Fatalf("first run: %v\n%s", err, stderr)
	}
	path := filepath.Join(home, "warehouse.duckdb")
	for _, ro := range []bool{false, true} {
		t.Run(fmt.Sprintf("read-only=%v", ro), func(t *testing.T) {
			before, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			pid := holdWarehouse(t, path, ro)
			_, _, err = runCLI(t, "rebuild", "--home", home)
			if err == nil {
				t.Fatal("rebuild succeeded while another process held the warehouse")
			}
			msg := err.Error()
			for _, want := range []string{path, fmt.Sprintf("PID %d", pid), "close that program"} {
				if !strings.Contains(msg, want) {
					t.Errorf("the message does not say %q: %s", want, msg)
				}
			}
			if code := exitCode(err, io.Discard); code != exitFailure {
				t.Errorf("exit %d", code)
			}
			after, err := os.Stat(path)
			if err != nil || !os.SameFile(before, after) {
				t.Errorf("warehouse.duckdb was replaced under the process holding it (%v)", err)
			}
			if left, _ := filepath.Glob(filepath.Join(home, "warehouse.*.*")); len(left) > 0 {
				t.Errorf("rebuild left %v", left)
			}
		})
	}
	if out, stderr, err := runCLI(t, "rebuild", "--home", home); err != nil {
		t.Errorf("rebuild once nobody holds the warehouse: %v\n%s\n%s", err, out, stderr)
	}
}
