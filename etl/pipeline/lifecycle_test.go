package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/etl/warehouse"
	"github.com/countylines/countylines/internal/homestate"
)

// crashed is what a pass stopped at a step panics with.
type crashed struct{ step string }

// crashPass runs a pass that stops dead at the n-th time it reaches step,
// as a kill -9 would: nothing after that point runs (the deferred close of
// the database and the lock stand in for the kernel's).
func (e *env) crashPass(step string, n int) {
	e.t.Helper()
	e.runs++
	seen := 0
	stopped := false
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(crashed); !ok {
					panic(r)
				}
				stopped = true
			}
		}()
		pipeline.Run(context.Background(), pipeline.Config{Home: e.home.Root, Settle: e.settle, Limits: defaultLimits()},
			pipeline.Deps{Catalog: e.cat, CatalogSum: "test", Queries: queriesFS(), Log: e.log,
				Now: e.clock, RunID: fmt.Sprintf("run-%d", e.runs),
				Step: func(name string) {
					if name == step {
						if seen++; seen == n {
							panic(crashed{step})
						}
					}
				}})
	}()
	if !stopped {
		e.t.Fatalf("the pass never reached step %q %d times", step, n)
	}
}

// dropMixed drops six of the sample returns (Hampshire among them), a copy
// of Hampshire's under another name, a file that is not a workbook and a
// truncated workbook: files of every outcome, few enough to be quick.
func (e *env) dropMixed() {
	e.t.Helper()
	e.dropSampleRange(12, 18)
	good := mustRead(e.t, "2021-10/2021-10_hampshire.xlsx")
	e.drop("zz copy of hampshire.xlsx", good, epoch)
	e.drop("junk.xlsx", []byte("Force,Arrests\nKent,12\n"), epoch)
	e.drop("truncated.xlsx", good[:len(good)/2], epoch)
}

func mustRead(t testing.TB, p string) []byte {
	t.Helper()
	b, err := fs.ReadFile(samplesFS(), "returns/"+p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// outcome is everything a pass publishes or keeps, as canonical text.
type outcome = homestate.State

func (e *env) outcome() outcome {
	e.t.Helper()
	o, err := homestate.Capture(context.Background(), e.home.Root)
	if err != nil {
		e.t.Fatal(err)
	}
	return o
}

func diff(t *testing.T, got, want outcome) {
	t.Helper()
	for _, d := range got.Diff(want) {
		t.Errorf("differs from an uninterrupted run: %s", d)
	}
}

var uninterruptedOnce struct {
	sync.Once
	o outcome
}

// uninterrupted is the outcome of one pass over dropMixed's files (made
// once: every path in it is relative to the home folder).
func uninterrupted(t *testing.T) outcome {
	t.Helper()
	uninterruptedOnce.Do(func() {
		e := newEnv(t)
		e.dropMixed()
		if _, err := e.tryPass(); err != nil {
			t.Fatal(err)
		}
		uninterruptedOnce.o = e.outcome()
	})
	if uninterruptedOnce.o == nil {
		t.Fatal("no uninterrupted outcome")
	}
	return uninterruptedOnce.o
}

// dropSampleRange drops the sample returns from the i-th to before the
// j-th, in name order.
func (e *env) dropSampleRange(i, j int) {
	e.t.Helper()
	names, err := fs.Glob(samplesFS(), "returns/*/*.xlsx")
	if err != nil || len(names) != 44 {
		e.t.Fatalf("samples: %d, %v", len(names), err)
	}
	sort.Strings(names)
	for _, n := range names[i:j] {
		b, err := fs.ReadFile(samplesFS(), n)
		if err != nil {
			e.t.Fatal(err)
		}
		e.drop(filepath.Base(n), b, epoch)
	}
}

// TestCrashAfterCommitBeforeArchive is issue 6's "kill -9 between commit
// and archive" and issue 8's case 3: the rerun must finish the move, not
// record the loaded file again as a duplicate, and must publish what an
// uninterrupted run publishes.
func TestCrashAfterCommitBeforeArchive(t *testing.T) {
	want := uninterrupted(t)
	for _, n := range []int{1, 4, 6} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			e := newEnv(t)
			e.dropMixed()
			e.crashPass("judged", n)
			e.pass()
			diff(t, e.outcome(), want)
			dups := e.query("select file_name from files where outcome = 'duplicate'")
			if len(dups.Rows) != 1 {
				t.Errorf("duplicates recorded: %v, want only the copy of hampshire", dups.Rows)
			}
		})
	}
}

// TestCrashBeforePublishing is case 2: a pass stopped after its loads but
// before the rollups, outputs and analyst copy were published leaves them
// stale unless the next pass, finding nothing new, publishes them.
func TestCrashBeforePublishing(t *testing.T) {
	u := newEnv(t)
	u.dropSampleRange(0, 3)
	u.pass()
	u.dropSampleRange(3, 6)
	u.pass()
	want := u.outcome()

	e := newEnv(t)
	e.dropSampleRange(0, 3)
	e.pass()
	e.dropSampleRange(3, 6)
	e.crashPass("files-done", 1)
	e.pass()
	diff(t, e.outcome(), want)
	if n := e.query("select count(*) from returns"); num(n.Rows[0][0]) != 6 {
		t.Errorf("the analyst copy shows %v returns, want 6", n.Rows[0][0])
	}
}

// TestCrashRejectingKeepsReport is case 3's second half: a rejected file is
// never left in rejected/ without its report or without its files row.
func TestCrashRejectingKeepsReport(t *testing.T) {
	want := uninterrupted(t)
	// The samples come first (by name), then junk.xlsx and truncated.xlsx:
	// stop after junk's rejection is committed, after its report is
	// written, and after it is moved.
	for _, at := range []struct {
		step string
		n    int
	}{{"judged", 7}, {"reported", 1}, {"moved", 7}} {
		t.Run(fmt.Sprint(at.step, at.n), func(t *testing.T) {
			e := newEnv(t)
			e.dropMixed()
			e.crashPass(at.step, at.n)
			e.pass()
			diff(t, e.outcome(), want)
			e.checkRejectedHaveReports()
		})
	}
}

func (e *env) checkRejectedHaveReports() {
	e.t.Helper()
	entries, _ := os.ReadDir(e.home.Rejected())
	rows := e.query("select stored_as from files where outcome = 'rejected'")
	recorded := map[string]bool{}
	for _, r := range rows.Rows {
		recorded[filepath.Base(str(r[0]))] = true
	}
	for _, en := range entries {
		name := en.Name()
		if strings.HasSuffix(name, ".report.txt") {
			continue
		}
		if _, err := os.Stat(filepath.Join(e.home.Rejected(), name+".report.txt")); err != nil {
			e.t.Errorf("rejected/%s has no report", name)
		}
		if !recorded[name] {
			e.t.Errorf("rejected/%s has no files row", name)
		}
	}
}

// TestStoredAsAndRunStatus is the two minor cases: files.stored_as names
// where every file is kept, and a killed pass does not stay "running".
func TestStoredAsAndRunStatus(t *testing.T) {
	e := newEnv(t)
	e.dropMixed()
	e.crashPass("judged", 3)
	e.pass()
	rows := e.query("select file_name, outcome, stored_as from files order by all")
	for _, r := range rows.Rows {
		p := str(r[2])
		if p == "" {
			t.Errorf("%s (%s): stored_as is NULL", r[0], r[1])
			continue
		}
		if !filepath.IsAbs(p) {
			p = filepath.Join(e.home.Root, p)
		}
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s (%s): stored_as %s: %v", r[0], r[1], r[2], err)
		}
	}
	runs := e.query("select run_id, status, files_seen, loaded from runs order by run_id")
	if len(runs.Rows) != 2 {
		t.Fatalf("runs: %v", runs.Rows)
	}
	if got := str(runs.Rows[0][1]); got != "interrupted" {
		t.Errorf("the killed pass is %q in runs, want interrupted", got)
	}
	// The analyst copy shows the pass that published it as finished, with
	// its counts.
	if got := str(runs.Rows[1][1]); got != "rejections" || runs.Rows[1][2] == nil || num(runs.Rows[1][3]) != 3 {
		t.Errorf("the analyst copy shows the last pass as %v, want finished with rejections and 3 loaded", runs.Rows[1])
	}
}

func (e *env) rebuild() pipeline.Result {
	e.t.Helper()
	e.runs++
	res, err := pipeline.Rebuild(context.Background(), pipeline.Config{Home: e.home.Root, Limits: defaultLimits()},
		pipeline.Deps{Catalog: e.cat, CatalogSum: "test", Queries: queriesFS(), Log: nopLog(), Now: e.clock, RunID: fmt.Sprintf("run-%d", e.runs)})
	if err != nil {
		e.t.Fatalf("rebuild: %v", err)
	}
	return res
}

// history builds a home over three passes: some returns; more with a
// duplicate, junk, a truncated file and a symbolic link; then a corrected Hampshire whose
// file is dated before the return it corrects (it supersedes it because it
// came later, whatever its date says).
func history(t *testing.T) *env {
	e := newEnv(t)
	e.dropSampleRange(0, 3)
	e.pass()
	e.now = e.now.Add(time.Hour)
	e.dropMixed()
	if err := os.Symlink("nowhere", filepath.Join(e.home.Inbox(), "link.xlsx")); err != nil {
		t.Fatal(err)
	}
	e.tryPass()
	e.now = e.now.Add(time.Hour)
	e.drop("hampshire corrected.xlsx", hampshireWith(t, e.cat, 50), epoch.Add(-time.Hour))
	e.tryPass()
	return e
}

const plausibility = "analyst " + homestate.PlausibilityMessages

// without is o without the named parts.
func without(o outcome, parts ...string) outcome {
	o = maps.Clone(o)
	for _, p := range parts {
		delete(o, p)
	}
	return o
}

// TestWarehouseLostRefusesThenRebuilds is case 8: a pass that finds the
// warehouse deleted, emptied, unreadable or replaced while archive/ holds
// returns refuses to run (nothing moved, nothing published), and
// `rebuild` restores from the archive exactly what was there: every
// rollup, the returns and files tables, the messages (but the plausibility
// warnings, stamped per pass: docs/lifecycle.md), every output.
func TestWarehouseLostRefusesThenRebuilds(t *testing.T) {
	e := history(t)
	want := e.outcome()
	if n := e.query("select value from national_totals where metric_code = 'arrests'"); len(n.Rows) != 1 {
		t.Fatalf("national arrests: %v", n.Rows)
	}
	hants := e.query("select file_name from returns where force_code = 'hampshire' and status = 'current'")
	if len(hants.Rows) != 1 || str(hants.Rows[0][0]) != "hampshire corrected.xlsx" {
		t.Fatalf("the correction should be current: %v", hants.Rows)
	}

	lose := map[string]func(string) error{
		"deleted":    os.Remove,
		"empty":      func(p string) error { return os.WriteFile(p, nil, 0o600) },
		"unreadable": func(p string) error { return os.WriteFile(p, []byte(strings.Repeat("not a database ", 1000)), 0o600) },
		"replaced": func(p string) error {
			if err := os.Remove(p); err != nil {
				return err
			}
			db, err := warehouse.Open(context.Background(), warehouse.Options{Path: p})
			if err != nil {
				return err
			}
			return db.Close()
		},
	}
	for _, how := range []string{"deleted", "empty", "unreadable", "replaced"} {
		t.Run(how, func(t *testing.T) {
			e.t = t
			os.Remove(e.home.Warehouse() + ".wal")
			if err := lose[how](e.home.Warehouse()); err != nil {
				t.Fatal(err)
			}
			e.drop("late.xlsx", mustRead(t, "2021-10/2021-10_kent.xlsx"), epoch)
			_, err := e.tryPass()
			if !errors.Is(err, pipeline.ErrNeedsRebuild) || !strings.Contains(err.Error(), "countylines rebuild") {
				t.Fatalf("a pass over a %s warehouse: %v, want ErrNeedsRebuild saying to run countylines rebuild", how, err)
			}
			if w := repeatedWords(err.Error(), 3); w != "" {
				t.Errorf("the error says %q twice: %v", w, err)
			}
			// Nothing published over the outputs. (The home holds what the
			// rebuild of the case before made, with its own plausibility
			// stamps, docs/lifecycle.md.)
			diff(t, without(e.outcome(), "files on disk", plausibility), without(want, "files on disk", plausibility))
			if _, err := os.Stat(filepath.Join(e.home.Inbox(), "late.xlsx")); err != nil {
				t.Errorf("the refused pass took a file: %v", err)
			}
			os.Remove(filepath.Join(e.home.Inbox(), "late.xlsx"))

			res := e.rebuild()
			if res.Run.Status != "rebuilt" {
				t.Errorf("rebuild run: %+v", res.Run)
			}
			diff(t, without(e.outcome(), plausibility), without(want, plausibility))
			if _, err := e.tryPass(); err != nil {
				t.Errorf("a pass after the rebuild: %v", err)
			}
		})
	}
}
