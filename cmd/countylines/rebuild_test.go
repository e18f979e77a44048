package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRebuildAfterLosingTheWarehouse: with the warehouse deleted, run
// exits 5 and says to run rebuild; rebuild restores it from the archive;
// run works again.
func TestRebuildAfterLosingTheWarehouse(t *testing.T) {
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
	out, stderr, err := runCLI(t, "rebuild", "--home", home)
	if err != nil || !strings.Contains(out, "44 returns loaded") {
		t.Fatalf("rebuild: %v\n%s\n%s", err, out, stderr)
	}
	after, _, err := runCLI(t, "sql", "--home", home, "--format", "csv", "select * from national_totals order by all")
	if err != nil || after != before {
		t.Errorf("national totals after the rebuild differ (%v):\n%s\nwant\n%s", err, after, before)
	}
	if _, _, err := runCLI(t, "run", "--home", home, "--settle", "0s"); err != nil {
		t.Errorf("run after the rebuild: %v", err)
	}
}
