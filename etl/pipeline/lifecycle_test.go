package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
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
	t.Parallel()
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
	t.Parallel()
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
	t.Parallel()
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
	t.Parallel()
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
	t.Parallel()
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
			rebuiltPlausibility(t, e)
			if _, err := e.tryPass(); err != nil {
				t.Errorf("a pass after the rebuild: %v", err)
			}
		})
	}
}

// rebuiltPlausibility checks what a rebuild stamps as plausibility
// warnings (docs/lifecycle.md): exactly the rows of implausible_figures,
// each on the return it names, all returns judged against all peers; a
// pass stamps its new returns against the peers loaded by then, so in the
// history of TestWarehouseLostRefusesThenRebuilds the first return, loaded
// before enough peers, is stamped only by a rebuild.
func rebuiltPlausibility(t *testing.T, e *env) {
	t.Helper()
	stamped := e.query("select return_id, code, sheet, cell, text from messages where code like 'implausible%' order by all")
	rollup := e.query("select return_id, 'implausible_' || test as code, sheet, cell, message as text from implausible_figures order by all")
	if len(rollup.Rows) == 0 {
		t.Fatal("no implausible figure: the check would pass on anything")
	}
	if got, want := homestate.TableCSV(stamped), homestate.TableCSV(rollup); got != want {
		t.Errorf("plausibility warnings after a rebuild:\n%s\nwant the rows of implausible_figures:\n%s", got, want)
	}
}

// outMTimes is when each output file was last written.
func (e *env) outMTimes() map[string]time.Time {
	e.t.Helper()
	m := map[string]time.Time{}
	filepath.WalkDir(e.home.Out(), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				m[p] = info.ModTime()
			}
		}
		return nil
	})
	if len(m) == 0 {
		e.t.Fatal("no outputs")
	}
	return m
}

// clone copies the home of e, modification times included (a file's is
// its time of arrival), into a new env for t.
func (e *env) clone(t *testing.T) *env {
	t.Helper()
	c := *e
	c.t, c.home = t, pipeline.Home{Root: t.TempDir()}
	var dirs []string
	err := filepath.WalkDir(e.home.Root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(e.home.Root, p)
		to := filepath.Join(c.home.Root, rel)
		info, err := d.Info()
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
			if err := os.MkdirAll(to, info.Mode().Perm()); err != nil {
				return err
			}
			dirs = append(dirs, rel)
			return nil
		case !info.Mode().IsRegular():
			return fmt.Errorf("clone: %s is not a file or a folder", p)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(to, b, info.Mode().Perm()); err != nil {
			return err
		}
		return os.Chtimes(to, info.ModTime(), info.ModTime())
	})
	if err != nil {
		t.Fatal(err)
	}
	for i := len(dirs) - 1; i >= 0; i-- { // a folder's time after its contents
		info, err := os.Stat(filepath.Join(e.home.Root, dirs[i]))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(filepath.Join(c.home.Root, dirs[i]), info.ModTime(), info.ModTime()); err != nil {
			t.Fatal(err)
		}
	}
	return &c
}

// analystEqualsWarehouse checks the law of every pass that publishes: the
// analyst copy equals the warehouse, every table, every row.
func (e *env) analystEqualsWarehouse() {
	e.t.Helper()
	ctx := context.Background()
	db, err := warehouse.Open(ctx, warehouse.Options{Path: e.home.Warehouse(), ReadOnly: true})
	if err != nil {
		e.t.Fatal(err)
	}
	defer db.Close()
	d, err := homestate.DifferingTables(ctx, db, e.home.Analyst())
	if err != nil {
		e.t.Fatal(err)
	}
	if len(d) > 0 {
		e.t.Errorf("the analyst copy differs from the warehouse: %v", d)
	}
}

// TestRejectOnlyPass is probe9's C13: a pass that only rejects files
// (a junk file, a folder) and records a duplicate changes no figure, so
// it rebuilds no rollup and rewrites no output, but the analyst copy
// shows its files, its messages and the pass itself, and equals the
// warehouse table for table; what it publishes equals a republish of
// everything from the facts; and a pass stopped after its judgements,
// before or while publishing the analyst copy, is finished by the next
// one even though that one finds nothing new.
func TestRejectOnlyPass(t *testing.T) {
	t.Parallel()
	// One home, three returns loaded, then junk, a folder and a duplicate
	// in the inbox; each case below works on a copy of it.
	base := newEnv(t)
	base.dropSampleRange(0, 3)
	base.pass()
	base.now = base.now.Add(time.Hour)
	base.drop("junk.xlsx", []byte("Force,Arrests\nKent,12\n"), epoch)
	base.drop("again.xlsx", mustRead(t, "2021-10/2021-10_avon_and_somerset.xlsx"), epoch)
	dir := filepath.Join(base.home.Inbox(), "folder.xlsx")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(dir, epoch, epoch); err != nil {
		t.Fatal(err)
	}
	setup := func(t *testing.T) *env { return base.clone(t) }
	u := setup(t)
	outs := u.outMTimes()
	u.now = u.now.Add(time.Hour)
	res := u.pass()
	if res.Rebuilt || res.Run.Rejected != 2 || res.Run.Duplicates != 1 {
		t.Errorf("the pass: %+v, rebuilt %v; want two rejections, one duplicate, nothing rebuilt", res.Run, res.Rebuilt)
	}
	for p, at := range u.outMTimes() {
		if !at.Equal(outs[p]) {
			t.Errorf("%s was written again", p)
		}
	}
	files := u.query("select file_name, outcome from files where file_name in ('junk.xlsx', 'again.xlsx', 'folder.xlsx') order by all")
	msgs := u.query("select count(*) from messages where file_name = 'junk.xlsx'")
	if len(files.Rows) != 3 || num(msgs.Rows[0][0]) == 0 {
		t.Errorf("the analyst copy shows %v and %v messages of junk.xlsx, want the three files and junk's messages", files.Rows, msgs.Rows[0][0])
	}
	runs := u.query("select status, rejected, duplicates from runs where run_id = '" + res.Run.ID + "'")
	if len(runs.Rows) != 1 || runs.Rows[0][0] != "rejections" || num(runs.Rows[0][1]) != 2 || num(runs.Rows[0][2]) != 1 {
		t.Errorf("the analyst copy shows the pass %s as %v, want finished with its rejections", res.Run.ID, runs.Rows)
	}
	u.analystEqualsWarehouse()
	want := u.outcome()

	t.Run("equals a republish of everything", func(t *testing.T) {
		u.t = t
		os.Remove(u.home.Analyst())
		if res := u.pass(); !res.Rebuilt {
			t.Fatal("a pass with no analyst copy did not republish")
		}
		diff(t, u.outcome(), want)
		u.analystEqualsWarehouse()
	})
	for _, step := range []string{"files-done", "finished", "snapshot"} {
		t.Run("stopped at "+step, func(t *testing.T) {
			e := setup(t)
			e.now = e.now.Add(time.Hour)
			e.crashPass(step, 1)
			e.pass()
			diff(t, e.outcome(), want)
			e.analystEqualsWarehouse()
		})
	}
}

// TestRollupsReadNoJournalTable: a pass that changes only the journal
// tables (warehouse.JournalTables) republishes no rollup and no output,
// which is right only while no rollup reads them. (meta is read, for the
// plausibility factor, whose every change raises the data version.)
func TestRollupsReadNoJournalTable(t *testing.T) {
	t.Parallel()
	rels, err := warehouse.Relations(queriesFS())
	if err != nil {
		t.Fatal(err)
	}
	for _, table := range warehouse.JournalTables {
		if table == "meta" {
			continue
		}
		re := regexp.MustCompile(`(?i)\b(from|join)\s+(main\.)?` + table + `\b`)
		for _, r := range rels {
			var code []string
			for _, line := range strings.Split(r.SQL, "\n") {
				code = append(code, strings.SplitN(line, "--", 2)[0])
			}
			if re.MatchString(strings.Join(code, "\n")) {
				t.Errorf("%s reads %s: a pass that only rejects files would leave it stale (raise the data version with that table's changes)", r.Path, table)
			}
		}
	}
}
