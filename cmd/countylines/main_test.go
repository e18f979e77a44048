package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	return runEnv(t, nil, args...)
}

// runEnv runs a command line in-process with only the given environment.
func runEnv(t *testing.T, env map[string]string, args ...string) (string, string, error) {
	t.Helper()
	return runCtx(t, context.Background(), env, args...)
}

// runCtx is runEnv with a context: a cancelled one stops a schedule.
func runCtx(t *testing.T, ctx context.Context, env map[string]string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	io := stdio{env: func(k string) string { return env[k] }, stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	err := run(ctx, io, args)
	return out.String(), errb.String(), err
}

func TestDemoThenSQL(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	out, stderr, err := runCLI(t, "run", "--demo", "--home", home, "--log-format", "console")
	if err != nil {
		t.Fatalf("run --demo: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "44 loaded, 0 rejected") {
		t.Errorf("run output: %s", out)
	}
	// On a terminal, a line per return is short enough for an 80 to
	// 120-column window: time, level, message, file, force, facts,
	// warnings, and nothing else (probe C1: 190 to 249 characters, with
	// the archive path repeating the name and hash). The summary's
	// duration is rounded.
	loadedLine := regexp.MustCompile(`^\d\d:\d\d:\d\d INF loaded file=\S+ force=[a-z_]+ facts=\d+ warnings=\d+$`)
	loaded := 0
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if strings.Contains(line, " INF loaded ") {
			loaded++
			if len(line) > 120 || !loadedLine.MatchString(line) {
				t.Errorf("console line (%d characters): %s", len(line), line)
			}
		}
		if strings.Contains(line, "pass finished") && !regexp.MustCompile(` duration=\d+(\.\d)?s operations=2021-10:44/44 `).MatchString(line) {
			t.Errorf("console summary: %s", line)
		}
	}
	if loaded != 44 {
		t.Errorf("%d console lines for loaded returns, want 44:\n%s", loaded, stderr)
	}
	if _, err := os.Stat(filepath.Join(home, "out", "2021-10", "countylines-2021-10.xlsx")); err != nil {
		t.Error(err)
	}
	out, _, err = runCLI(t, "sql", "--home", home, "--format", "csv",
		"select metric_code, item_code, unit, value from current_facts where force_code = 'hampshire' and metric_code in ('arrests', 'assets_seized') order by all")
	if err != nil {
		t.Fatal(err)
	}
	want := "metric_code,item_code,unit,value\narrests,,people,43\nassets_seized,watch,count,3\nassets_seized,watch,gbp,\n"
	if out != want {
		t.Errorf("sql csv:\n%s\nwant\n%s", out, want)
	}
	out, _, err = runCLI(t, "sql", "--home", home, "--format", "json", "select 1 as one")
	if err != nil || !strings.Contains(out, `"one": 1`) {
		t.Errorf("sql json: %q %v", out, err)
	}
	// Analysts' SQL cannot write or reach files.
	for _, q := range []string{"create table x (a int)", "select * from read_csv('/etc/passwd')", "copy forces to '/tmp/x.csv'"} {
		if _, _, err := runCLI(t, "sql", "--home", home, q); err == nil {
			t.Errorf("%q was allowed", q)
		}
	}
	// A second demo finds the same files already loaded.
	out, _, err = runCLI(t, "run", "--demo", "--home", home)
	if err != nil || !strings.Contains(out, "0 loaded, 0 rejected, 44 duplicates") {
		t.Errorf("second demo: %q %v", out, err)
	}
}

func TestValidateAndTemplate(t *testing.T) {
	dir := t.TempDir()
	sample := filepath.Join("..", "..", "fixtures", "returns", "2021-10", "2021-10_hampshire.xlsx")
	out, _, err := runCLI(t, "validate", sample)
	if err != nil {
		t.Fatalf("validate sample: %v\n%s", err, out)
	}
	for _, want := range []string{"would be loaded", "force: hampshire", "Return!B14", "arrests", "assets_seized", "Not yet valued"} {
		if !strings.Contains(out, want) {
			t.Errorf("validate output lacks %q:\n%s", want, out)
		}
	}
	blank := filepath.Join(dir, "blank.xlsx")
	if _, _, err := runCLI(t, "template", "-o", blank); err != nil {
		t.Fatal(err)
	}
	out, _, err = runCLI(t, "validate", blank)
	if !errors.Is(err, errRejected) || exitCode(err, io.Discard) != exitRejected {
		t.Fatalf("a blank template should be rejected: %v\n%s", err, out)
	}
	if !strings.Contains(out, "would be REJECTED") || !strings.Contains(out, "no force named") {
		t.Errorf("validate blank:\n%s", out)
	}
}

func TestUsageErrors(t *testing.T) {
	home := t.TempDir()
	for _, args := range [][]string{{}, {"frobnicate"}, {"run", "--home", home, "--settle", "soon"}, {"sql", "--home", home, "--format", "xml", "select 1"},
		{"validate"}, {"run", "--home", home, "--operation", "1999-01"}, {"run", "--home", home, "extra"}, {"sql", "--home", home, "--bogus", "select 1"},
		{"sql", "--home", home}, {"template", "out.xlsx"}} {
		_, _, err := runCLI(t, args...)
		if code := exitCode(err, io.Discard); code != exitUsage {
			t.Errorf("%v: exit %d (%v), want %d", args, code, err, exitUsage)
		}
	}
}

// TestValidateCorpus runs validate on every corpus file: each prints its
// verdict and a line per fact with its Sheet!Cell address.
func TestValidateCorpus(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob(filepath.Join("..", "..", "fixtures", "corpus", "*.xlsx"))
	if err != nil || len(files) < 30 {
		t.Fatalf("corpus: %d files, %v", len(files), err)
	}
	for _, f := range files {
		out, _, err := runCLI(t, "validate", f)
		if err != nil && !errors.Is(err, errRejected) {
			t.Fatalf("%s: %v", f, err)
		}
		golden, gerr := os.ReadFile(strings.TrimSuffix(f, ".xlsx") + ".golden")
		if gerr != nil {
			t.Fatal(gerr)
		}
		rejected := strings.Contains(string(golden), "verdict: rejected")
		if rejected != strings.Contains(out, "would be REJECTED") || rejected != errors.Is(err, errRejected) {
			t.Errorf("%s: verdict disagrees with the golden file:\n%s", f, out)
		}
		// Every fact's cell, as the golden file lists them, is in the table.
		for _, line := range strings.Split(string(golden), "\n") {
			if strings.HasPrefix(line, "  ") && strings.Contains(line, "\t") {
				cell := strings.TrimSpace(strings.SplitN(line, "\t", 2)[0])
				if !strings.Contains(out, cell) {
					t.Errorf("%s: validate does not show %s:\n%s", f, cell, out)
				}
			}
		}
	}
}
