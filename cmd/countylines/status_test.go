package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/countylines/countylines/etl/monitor"
)

// parseProm reads metrics.prom with Prometheus's text-format parser.
func parseProm(t *testing.T, path string) map[string]float64 {
	t.Helper()
	m, err := monitor.ReadMetrics(path)
	if err != nil {
		t.Fatalf("metrics.prom does not parse: %v", err)
	}
	return m
}

// TestStatusAfterPasses: after real passes, status.json and metrics.prom
// say what the passes did, and status --check is the health check.
func TestStatusAfterPasses(t *testing.T) {
	home := t.TempDir()
	inbox := filepath.Join(home, "inbox")
	check := func(args ...string) (string, int) {
		t.Helper()
		out, _, err := runCLI(t, append([]string{"status", "--home", home, "--check"}, args...)...)
		return out, exitCode(err, io.Discard)
	}
	if out, code := check(); code != exitFailure || !strings.Contains(out, "unhealthy: no pass has finished") {
		t.Errorf("check before any pass: %d %q", code, out)
	}
	dropSample(t, inbox, "kent", "kent.xlsx")
	dropSample(t, inbox, "dorset", "dorset.xlsx")
	os.WriteFile(filepath.Join(inbox, "junk.xlsx"), []byte("not a workbook"), 0o644)
	before := time.Now()
	if _, _, err := runCLI(t, "run", "--home", home, "--settle", "0s", "--rejected-ok"); err != nil {
		t.Fatal(err)
	}
	var st monitor.Status
	b, err := os.ReadFile(filepath.Join(home, "status.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &st); err != nil {
		t.Fatal(err)
	}
	p := st.Passes[0]
	if len(st.Passes) != 1 || p.Status != "rejections" || p.FilesSeen != 3 || p.Loaded != 2 || p.Rejected != 1 || p.Started.Before(before.Add(-time.Second)) || !p.Ended.After(p.Started) {
		t.Errorf("status.json pass: %+v", st.Passes)
	}
	if len(st.Operations) != 1 || st.Operations[0].Operation != "2021-10" || !slices.Equal(st.Operations[0].Returned, []string{"dorset", "kent"}) ||
		len(st.Operations[0].Missing) != 42 || st.Operations[0].Expected != 44 {
		t.Errorf("status.json operations: %+v", st.Operations)
	}
	m := parseProm(t, filepath.Join(home, "metrics.prom"))
	for k, v := range map[string]float64{
		"countylines_files_total{outcome=loaded}":         2,
		"countylines_files_total{outcome=rejected}":       1,
		"countylines_returns_received{operation=2021-10}": 2,
		"countylines_returns_expected{operation=2021-10}": 44,
		"countylines_passes_total{status=rejections}":     1,
		"countylines_last_pass_failed":                    0,
	} {
		if m[k] != v {
			t.Errorf("metrics.prom %s = %v, want %v", k, m[k], v)
		}
	}
	if d := m["countylines_last_pass_duration_seconds"]; d <= 0 || d != p.Duration().Seconds() {
		t.Errorf("duration %v, status.json says %v", d, p.Duration().Seconds())
	}
	if out, code := check(); code != exitOK || !strings.HasPrefix(out, "healthy: ") {
		t.Errorf("check after a pass: %d %q", code, out)
	}
	out, _, err := runCLI(t, "status", "--home", home)
	for _, w := range []string{"scheduler: not running", "health: ok", p.RunID, "2021-10: 2 of 44 forces returned, 0 rejected so far", "missing: avon_and_somerset, "} {
		if err != nil || !strings.Contains(out, w) {
			t.Errorf("status lacks %q (%v):\n%s", w, err, out)
		}
	}
	// Too old for --max-age, from the flag or the environment.
	time.Sleep(20 * time.Millisecond)
	if out, code := check("--max-age", "10ms"); code != exitFailure || !strings.Contains(out, "more than the 10ms allowed") {
		t.Errorf("check, too old: %d %q", code, out)
	}
	if _, _, err := runEnv(t, map[string]string{"COUNTYLINES_MAX_AGE": "10ms"}, "status", "--home", home, "--check"); exitCode(err, io.Discard) != exitFailure {
		t.Errorf("COUNTYLINES_MAX_AGE=10ms: %v", err)
	}
	// A failed pass makes the home unhealthy. (An unreadable warehouse
	// while archive/ holds returns is refused with exit 5: rebuild.)
	os.Remove(filepath.Join(home, "warehouse.duckdb"))
	os.Mkdir(filepath.Join(home, "warehouse.duckdb"), 0o755)
	if _, _, err := runCLI(t, "run", "--home", home, "--settle", "0s"); exitCode(err, io.Discard) != exitNeedsRebuild {
		t.Fatalf("broken warehouse: %v", err)
	}
	if out, code := check(); code != exitFailure || !strings.Contains(out, "failed") {
		t.Errorf("check after a failed pass: %d %q", code, out)
	}
	m = parseProm(t, filepath.Join(home, "metrics.prom"))
	if m["countylines_last_pass_failed"] != 1 || m["countylines_passes_total{status=failed}"] != 1 || m["countylines_returns_received{operation=2021-10}"] != 2 {
		t.Errorf("metrics after a failed pass: %v", m)
	}
}

// TestStatusRecordsEveryPass: an unreadable status.json is reported
// plainly, then set aside by the next pass with a warning naming it, and
// a fresh one started; a pass that fails before it has begun is recorded
// under the run id its log lines carry. Failed before: every pass logged
// "could not write status.json and metrics.prom" and status --check stayed
// unhealthy for good; the early failure was recorded with run_id "".
func TestStatusRecordsEveryPass(t *testing.T) {
	home := t.TempDir()
	path := filepath.Join(home, "status.json")
	if err := os.WriteFile(path, []byte(`{"passes": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"--check"}, nil} {
		out, _, err := runCLI(t, append([]string{"status", "--home", home}, args...)...)
		if exitCode(err, io.Discard) != exitFailure || !strings.Contains(out, path+" cannot be read (unexpected end of JSON input)") ||
			!strings.Contains(out, "the next pass sets it aside as status.json.corrupt-") {
			t.Errorf("status %v over an unreadable status.json: %v\n%s", args, err, out)
		}
	}
	jsonLines := func(stderr string) []map[string]any {
		var lines []map[string]any
		for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
			var m map[string]any
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatalf("not JSON: %q", l)
			}
			lines = append(lines, m)
		}
		return lines
	}
	_, stderr, err := runCLI(t, "run", "--home", home, "--settle", "0s", "--log-format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var aside string
	for _, m := range jsonLines(stderr) {
		if s, ok := m["set_aside"].(string); ok && m["level"] == "warn" {
			aside = s
		}
		if m["level"] == "error" {
			t.Errorf("an error line: %v", m)
		}
	}
	if b, err := os.ReadFile(aside); !strings.HasPrefix(aside, path+".corrupt-") || err != nil || string(b) != `{"passes": [` {
		t.Errorf("no warning naming the file set aside (%q, %v):\n%s", aside, err, stderr)
	}
	if out, _, err := runCLI(t, "status", "--home", home, "--check"); err != nil || !strings.HasPrefix(out, "healthy") {
		t.Errorf("status --check after the fresh start: %v %s", err, out)
	}
	if out, _, err := runCLI(t, "status", "--home", home); err != nil || !strings.Contains(out, "is kept as "+filepath.Base(aside)) {
		t.Errorf("status does not say status.json was started afresh: %v\n%s", err, out)
	}

	// A pass that fails before it has begun: out/ is a file.
	os.RemoveAll(filepath.Join(home, "out"))
	os.WriteFile(filepath.Join(home, "out"), []byte("x"), 0o644)
	_, stderr, err = runCLI(t, "run", "--home", home, "--settle", "0s", "--log-format", "json")
	if exitCode(err, io.Discard) != exitFailure {
		t.Fatalf("run with out/ a file: %v", err)
	}
	lines := jsonLines(stderr)
	id, _ := lines[len(lines)-1]["run_id"].(string)
	st, err := monitor.Load(home)
	if err != nil || id == "" || st.Passes[0].RunID != id || st.Passes[0].Status != monitor.StatusFailed {
		t.Errorf("the failed pass is recorded as %+v (%v), its log says run_id %q", st.Passes[0], err, id)
	}
	if out, _, _ := runCLI(t, "status", "--home", home, "--check"); !strings.Contains(out, "the last pass ("+id+", ended") {
		t.Errorf("status --check does not name the failed pass %s: %s", id, out)
	}
}
