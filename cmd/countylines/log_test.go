package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func dropSample(t *testing.T, inbox, force, as string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "fixtures", "returns", "2021-10", "2021-10_"+force+".xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(inbox, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(inbox, as), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestLogLines: every line of a pass is a JSON object with run_id; every
// line about a file names the file and its sha256, and the force when it
// is known; the pass ends with one summary line whose counts are the
// pass's.
func TestLogLines(t *testing.T) {
	home := t.TempDir()
	inbox := filepath.Join(home, "inbox")
	dropSample(t, inbox, "kent", "kent.xlsx")
	dropSample(t, inbox, "dorset", "dorset.xlsx")
	dropSample(t, inbox, "kent", "kent again.xlsx")
	os.WriteFile(filepath.Join(inbox, "junk.xlsx"), []byte("not a workbook"), 0o644)
	out, stderr, err := runCLI(t, "run", "--home", home, "--settle", "0s", "--log-format", "json")
	if exitCode(err, os.Stderr) != exitRejected {
		t.Fatalf("run: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "4 files, 2 loaded, 1 rejected, 1 duplicates") {
		t.Errorf("stdout: %s", out)
	}
	var summaries []map[string]any
	files := map[string]map[string]any{}
	runID := ""
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not a JSON line: %q", line)
		}
		if strings.Count(line, `"run_id"`) != 1 {
			t.Errorf("run_id missing or repeated: %s", line)
		}
		id, _ := m["run_id"].(string)
		if runID == "" {
			runID = id
		}
		if id != runID || !regexp.MustCompile(`^\d{8}T\d{6}Z-[0-9a-f]{6}$`).MatchString(id) {
			t.Errorf("run_id %q, want the pass's %q", id, runID)
		}
		if f, ok := m["file"].(string); ok && m["message"] != "not settled yet; leaving it for the next pass" {
			if sha, _ := m["sha256"].(string); len(sha) != 64 {
				t.Errorf("a file line without the file's sha256: %s", line)
			}
			files[f] = m
		}
		if m["summary"] == true {
			summaries = append(summaries, m)
		}
	}
	for _, f := range []string{"kent.xlsx", "dorset.xlsx", "kent again.xlsx"} {
		if files[f] == nil || files[f]["force"] == nil || files[f]["force"] == "" {
			t.Errorf("no line for %s with its force: %v", f, files[f])
		}
	}
	if files["junk.xlsx"] == nil {
		t.Errorf("no line for the rejected file")
	}
	if len(summaries) != 1 {
		t.Fatalf("%d summary lines, want 1", len(summaries))
	}
	s := summaries[0]
	for k, want := range map[string]float64{"files_seen": 4, "loaded": 2, "rejected": 1, "duplicates": 1} {
		if s[k] != want {
			t.Errorf("summary %s = %v, want %v", k, s[k], want)
		}
	}
	if d, _ := s["duration_s"].(float64); d <= 0 || s["status"] != "rejections" {
		t.Errorf("summary: %v", s)
	}
	ops, _ := s["operations"].([]any)
	if len(ops) != 1 {
		t.Fatalf("summary operations: %v", s["operations"])
	}
	op := ops[0].(map[string]any)
	if op["operation"] != "2021-10" || op["returned"] != 2.0 || op["expected"] != 44.0 || op["loaded"] != 2.0 {
		t.Errorf("summary operation: %v", op)
	}

	// The console form: short lines, message then file then force.
	dropSample(t, inbox, "essex", "essex.xlsx")
	_, stderr, err = runCLI(t, "run", "--home", home, "--settle", "0s", "--log-format", "console")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if strings.HasPrefix(line, "{") {
			t.Errorf("JSON in the console format: %s", line)
		}
		if strings.Contains(line, "essex.xlsx") {
			found = true
			if !regexp.MustCompile(`^\d\d:\d\d:\d\d INF loaded file=essex.xlsx force=essex facts=\d+ warnings=\d+$`).MatchString(line) || len(line) > 120 {
				t.Errorf("console line (%d chars): %s", len(line), line)
			}
		}
	}
	if !found {
		t.Errorf("no console line for essex.xlsx:\n%s", stderr)
	}
}

// TestProgress: a long pass logs how far it has got at most every
// progressEvery; a short one logs nothing.
func TestProgress(t *testing.T) {
	var b strings.Builder
	log := newLogger(&b, Config{LogFormat: "json"})
	start := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	now := start
	progress := progressLogger(log, start, func() time.Time { return now })
	for done := 1; done <= 100; done++ {
		now = start.Add(time.Duration(done) * 200 * time.Millisecond) // 20 s in all
		progress(done, 100)
	}
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		lines = append(lines, m)
	}
	// At 5, 10 and 15 s (the 100th file ends the pass: its summary says it).
	if len(lines) != 3 || lines[0]["done"] != 25.0 || lines[2]["done"] != 75.0 || lines[0]["total"] != 100.0 || lines[1]["elapsed_s"] != 10.0 {
		t.Errorf("progress lines: %v", lines)
	}
	// On a terminal: elapsed=10s, not elapsed_s=10.000000001.
	b.Reset()
	console := newLogger(&b, Config{LogFormat: "console"})
	progressLogger(console, start, func() time.Time { return start.Add(11329726288) })(5, 10)
	if !strings.HasSuffix(strings.TrimSpace(b.String()), "INF progress done=5 elapsed=11.3s total=10") {
		t.Errorf("console progress line: %q", b.String())
	}
	b.Reset()
	short := progressLogger(log, start, func() time.Time { return start.Add(time.Second) })
	for done := 1; done <= 10; done++ {
		short(done, 10)
	}
	if b.Len() != 0 {
		t.Errorf("a 1 s pass logged progress: %s", b.String())
	}
}
