package pipeline_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestStalledWriterIsNotRejected is case 9: a transfer that stalls longer
// than the settle window leaves a file that is not yet a whole zip. While
// it is younger than the grace period (6 × settle) it is put back in the
// inbox, unrecorded, and taken when it is whole; only an older one is
// rejected.
func TestStalledWriterIsNotRejected(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.settle = 10 * time.Second
	kent := mustRead(t, "2021-10/2021-10_kent.xlsx")
	e.now = epoch.Add(time.Hour)
	e.drop("kent.xlsx", kent[:len(kent)/3], e.now.Add(-15*time.Second)) // settled, but 15s old
	e.drop("old junk.xlsx", kent[:len(kent)/3], e.now.Add(-2*time.Minute))
	res := e.pass()
	if res.Run.Rejected != 1 || res.Run.FilesSeen != 1 {
		t.Errorf("first pass: %+v, want only the old file rejected", res.Run)
	}
	if _, err := os.Stat(filepath.Join(e.home.Inbox(), "kent.xlsx")); err != nil {
		t.Fatalf("the young incomplete file is not back in the inbox: %v", err)
	}
	if n := e.query("select count(*) from files where file_name = 'kent.xlsx'"); num(n.Rows[0][0]) != 0 {
		t.Errorf("the file put back is recorded")
	}
	// The writer wakes up and finishes.
	e.now = e.now.Add(30 * time.Second)
	e.drop("kent.xlsx", kent, e.now.Add(-time.Second))
	if res := e.pass(); res.Run.FilesSeen != 0 {
		t.Errorf("a file still being written was taken: %+v", res.Run)
	}
	e.now = e.now.Add(20 * time.Second)
	if res := e.pass(); res.Run.Loaded != 1 {
		t.Errorf("the finished file: %+v, want it loaded", res.Run)
	}
	rows := e.query("select file_name, outcome from files order by file_id")
	if len(rows.Rows) != 2 || str(rows.Rows[0][1]) != "rejected" || str(rows.Rows[1][1]) != "loaded" {
		t.Errorf("files: %v", rows.Rows)
	}
}

// TestChangedRejectedFileIsTakenAgain is case 9's other half: a file
// rejected while incomplete that is then finished where it lies, in
// rejected/, is taken again once it has settled; its old report goes, its
// old row says it was retaken.
func TestChangedRejectedFileIsTakenAgain(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.settle = 10 * time.Second
	kent := mustRead(t, "2021-10/2021-10_kent.xlsx")
	e.now = epoch.Add(time.Hour)
	e.drop("kent.xlsx", kent[:len(kent)/3], e.now.Add(-10*time.Minute))
	if res := e.pass(); res.Run.Rejected != 1 {
		t.Fatalf("first pass: %+v", res.Run)
	}
	kept := e.query("select stored_as from files")
	p := filepath.Join(e.home.Root, str(kept.Rows[0][0]))
	if _, err := os.Stat(p + ".report.txt"); err != nil {
		t.Fatal(err)
	}
	// Unchanged, it stays rejected, pass after pass.
	e.now = e.now.Add(time.Minute)
	if res := e.pass(); res.Run.FilesSeen != 0 {
		t.Errorf("an unchanged rejected file was taken again: %+v", res.Run)
	}
	// The writer finishes it in rejected/.
	if err := os.WriteFile(p, kent, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(p, e.now.Add(-time.Second), e.now.Add(-time.Second))
	if res := e.pass(); res.Run.FilesSeen != 0 {
		t.Errorf("a rejected file still changing was taken: %+v", res.Run)
	}
	e.now = e.now.Add(20 * time.Second)
	if res := e.pass(); res.Run.Loaded != 1 {
		t.Fatalf("the finished file: %+v, want it loaded", res.Run)
	}
	rows := e.query("select file_name, state, outcome from files order by file_id")
	if len(rows.Rows) != 2 || str(rows.Rows[0][1]) != "retaken" || str(rows.Rows[1][2]) != "loaded" {
		t.Errorf("files: %v", rows.Rows)
	}
	if left, _ := os.ReadDir(e.home.Rejected()); len(left) != 0 {
		t.Errorf("left in rejected/: %v", left)
	}
	if n := e.query("select count(*) from returns where force_code = 'kent'"); num(n.Rows[0][0]) != 1 {
		t.Errorf("kent's return is not loaded")
	}
}

// TestRebuildKeepsRetakenFiles is probe9's B3: a stalled writer's file is
// rejected while half written, finished where it lies in rejected/, and
// taken again (its first row becomes retaken). The warehouse is then lost
// and rebuilt: the files table (the retaken row among them, with its
// messages) must come back as it was.
func TestRebuildKeepsRetakenFiles(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.settle = time.Second
	kent := mustRead(t, "2021-10/2021-10_kent.xlsx")
	e.now = epoch.Add(time.Hour)
	e.dropSampleRange(0, 2)
	e.drop("stall.xlsx", kent[:len(kent)/2], e.now.Add(-8*time.Second)) // older than the grace period
	if res := e.pass(); res.Run.Rejected != 1 || res.Run.Loaded != 2 {
		t.Fatalf("first pass: %+v", res.Run)
	}
	kept := e.query("select stored_as from files where file_name = 'stall.xlsx'")
	p := filepath.Join(e.home.Root, str(kept.Rows[0][0]))
	if err := os.WriteFile(p, kent, 0o644); err != nil { // the writer finishes
		t.Fatal(err)
	}
	os.Chtimes(p, e.now.Add(2*time.Second), e.now.Add(2*time.Second))
	e.now = e.now.Add(time.Minute)
	if res := e.pass(); res.Run.Loaded != 1 {
		t.Fatalf("the finished file: %+v, want it loaded", res.Run)
	}
	if n := e.query("select count(*) from files where state = 'retaken'"); num(n.Rows[0][0]) != 1 {
		t.Fatalf("no retaken row")
	}
	want := e.outcome()

	os.Remove(e.home.Warehouse())
	os.Remove(e.home.Warehouse() + ".wal")
	e.rebuild()
	diff(t, without(e.outcome(), plausibility), without(want, plausibility))
}
