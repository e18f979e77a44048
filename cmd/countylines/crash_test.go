package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/countylines/countylines/etl/warehouse"
	"github.com/countylines/countylines/internal/homestate"
)

// crashSamples are the sample returns a crash pass takes: eight (Hampshire
// and Kent, which the duplicates copy, among them) keep every step of a
// pass exercised at a fifth of the cost of all 44.
var crashSamples = []string{"avon_and_somerset", "bedfordshire", "cambridgeshire", "cheshire", "cleveland", "cumbria", "hampshire", "kent"}

// crashPoints are where TestCrashAnywhere kills a pass: each is a step
// (docs/lifecycle.md) and the time it is reached. The inputs are the eight
// sample returns, which come first by name, then junk.xlsx (9th,
// rejected), "kent copy \xff.xlsx" (10th, a duplicate with a name that is
// not UTF-8), truncated.xlsx (11th, rejected) and "zz copy of
// hampshire.xlsx" (12th, a duplicate).
var crashPoints = []string{
	"started#1",         // the run is recorded as running, nothing else
	"recovered#1",       // nothing to recover yet
	"claims-recorded#1", // every claim recorded, no file moved
	"claimed#1",         // one file in work/, 11 still in the inbox
	"claimed#12",        // every file in work/, none judged
	"judged#1",          // the first return committed, not moved
	"moved#1",           // ... moved, not yet recorded as moved
	"judged#4",
	"marked#4",
	"judged#9", // junk's rejection committed, no report, not moved
	"reported#1",
	"moved#9",
	"judged#10", // a duplicate committed, not moved
	"judged#12",
	"marked#12", // every file in its place
	"files-done#1",
	"rollups#1",  // rollups built, no outputs
	"outputs#1",  // outputs written, the run not finished
	"finished#1", // the run recorded as finished, no analyst copy
	"snapshot#1", // the analyst copy published, not recorded as published
}

// TestCrashAnywhere kills a real `countylines run` (SIGKILL, from inside,
// at a named step) at each crash point of a pass over the sample returns
// plus junk, truncated and duplicate files, runs it again, and checks that
// the home equals one where the pass was never stopped: the same current
// facts, rollups, returns, files rows (one per file, the same outcome, no
// extra duplicates), messages and outputs; every file in exactly one
// place; the stopped pass recorded as interrupted and the last one as
// finished in the analyst copy. Skipped with -short: it runs 41 passes.
func TestCrashAnywhere(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 41 passes")
	}
	bin := binary(t)
	inputs := crashInputs(t)
	base := newCrashHome(t, inputs)
	trace := filepath.Join(t.TempDir(), "trace")
	if code, out := runBinary(t, bin, base, "COUNTYLINES_CRASH_TRACE="+trace); code != exitRejected {
		t.Fatalf("the uninterrupted pass: exit %d\n%s", code, out)
	}
	b, _ := os.ReadFile(trace)
	steps := strings.Fields(string(b))
	for _, p := range crashPoints {
		if !slices.Contains(steps, p) {
			t.Fatalf("the pass never reaches %s (steps: %v)", p, steps)
		}
	}
	want, err := homestate.Capture(context.Background(), base)
	if err != nil {
		t.Fatal(err)
	}
	for _, point := range crashPoints {
		t.Run(point, func(t *testing.T) {
			t.Parallel()
			home := newCrashHome(t, inputs)
			if code, out := runBinary(t, bin, home, "COUNTYLINES_CRASH_AT="+point); code != -int(syscall.SIGKILL) {
				t.Fatalf("the pass to kill at %s: exit %d\n%s", point, code, out)
			}
			if code, out := runBinary(t, bin, home); code != exitOK && code != exitRejected {
				t.Fatalf("the pass after the kill: exit %d\n%s", code, out)
			}
			got, err := homestate.Capture(context.Background(), home)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range got.Diff(want) {
				t.Errorf("differs from the uninterrupted pass: %s", d)
			}
			checkJournal(t, home, slices.Index(crashPoints, point) < slices.Index(crashPoints, "finished#1"))
		})
	}
}

// checkJournal: every row of the journal is finished and names a file that
// is there, every kept file has its row, and the runs are recorded right:
// the killed pass as interrupted if it was killed before it recorded its
// end, the last one as finished, with its counts.
func checkJournal(t *testing.T, home string, interrupted bool) {
	t.Helper()
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: filepath.Join(home, "analyst.duckdb"), ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	files, err := db.Files(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	recorded := map[string]bool{}
	for _, f := range files {
		if f.State != warehouse.StateMoved {
			t.Errorf("file %d (%s) is %s", f.ID, f.FileName, f.State)
		}
		recorded[f.StoredAs] = true
		if _, err := os.Lstat(filepath.Join(home, f.StoredAs)); err != nil {
			t.Errorf("file %d: %v", f.ID, err)
		}
	}
	for _, p := range homestate.Tree(home) {
		if !strings.HasSuffix(p, ".report.txt") && !recorded[p] {
			t.Errorf("%s has no row", p)
		}
	}
	runs, err := db.Query(context.Background(), "runs", "select status, files_seen from runs order by started_at, run_id", 0)
	if err != nil {
		t.Fatal(err)
	}
	first := "rejections"
	if interrupted {
		first = "interrupted"
	}
	if len(runs.Rows) != 2 || runs.Rows[0][0] != first || (runs.Rows[1][0] != "ok" && runs.Rows[1][0] != "rejections") || runs.Rows[1][1] == nil {
		t.Errorf("runs in the analyst copy: %v, want the killed pass %s and the last finished with its counts", runs.Rows, first)
	}
}

// crashInputs are the files every crash home starts with.
func crashInputs(t *testing.T) map[string][]byte {
	t.Helper()
	in := map[string][]byte{}
	for _, force := range crashSamples {
		name := "2021-10_" + force + ".xlsx"
		b, err := os.ReadFile(filepath.Join("..", "..", "fixtures", "returns", "2021-10", name))
		if err != nil {
			t.Fatal(err)
		}
		in[name] = b
	}
	in["junk.xlsx"] = []byte("Force,Arrests\nKent,12\n")
	in["kent copy \xff.xlsx"] = in["2021-10_kent.xlsx"]
	hants := in["2021-10_hampshire.xlsx"]
	in["truncated.xlsx"] = hants[:len(hants)/2]
	in["zz copy of hampshire.xlsx"] = hants
	return in
}

var crashEpoch = time.Date(2021, 10, 20, 9, 0, 0, 0, time.UTC)

func newCrashHome(t *testing.T, inputs map[string][]byte) string {
	t.Helper()
	home := t.TempDir()
	inbox := filepath.Join(home, "inbox")
	if err := os.Mkdir(inbox, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, b := range inputs {
		p := filepath.Join(inbox, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(p, crashEpoch, crashEpoch)
	}
	return home
}

// runBinary runs one pass; the exit code is minus the signal's number for
// a process killed by a signal.
func runBinary(t *testing.T, bin, home string, env ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(bin, "run", "--home", home, "--settle", "0s", "--log-level", "warn")
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0, out.String()
	case errors.As(err, &ee):
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return -int(ws.Signal()), out.String()
		}
		return ee.ExitCode(), out.String()
	default:
		t.Fatal(err)
		return 0, ""
	}
}
