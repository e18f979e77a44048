package pipeline_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/countylines/countylines/etl/lifecycle"
)

// TestAnyNameIsTaken is case 1: a name that is not UTF-8 (or holds a
// newline, a backslash, or is very long) is recorded in a lossless escaped
// form and never stops a pass, nor any pass after it.
func TestAnyNameIsTaken(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	long := strings.Repeat("Heddlu Dyfed–Powys ", 11) + ".xlsx" // 236 bytes
	names := map[string][]byte{
		"kent\xff\xfe.xlsx":           mustRead(t, "2021-10/2021-10_kent.xlsx"),
		"junk \x80\n\\x41 50%.xlsx":   []byte("not a workbook"),
		long:                          mustRead(t, "2021-10/2021-10_dyfed_powys.xlsx"),
		"Essex – final (v2) é '.xlsx": mustRead(t, "2021-10/2021-10_essex.xlsx"),
	}
	for n, b := range names {
		e.drop(n, b, epoch)
	}
	res := e.pass()
	if res.Run.Loaded != 3 || res.Run.Rejected != 1 {
		t.Fatalf("run: %+v", res.Run)
	}
	rows := e.query("select file_name, outcome, stored_as from files order by file_id")
	if len(rows.Rows) != len(names) {
		t.Fatalf("files: %v", rows.Rows)
	}
	for _, r := range rows.Rows {
		raw, err := lifecycle.UnescapeName(str(r[0]))
		if err != nil {
			t.Errorf("%q: %v", r[0], err)
			continue
		}
		if _, ok := names[raw]; !ok {
			t.Errorf("recorded name %q is none of the names dropped", r[0])
		}
		if _, err := os.Stat(filepath.Join(e.home.Root, str(r[2]))); err != nil {
			t.Errorf("%q kept as %q: %v", r[0], r[2], err)
		}
	}
	if got := e.query(`select count(*) from files where file_name = 'kent\xff\xfe.xlsx'`); num(got.Rows[0][0]) != 1 {
		t.Errorf("kent's name is not recorded as kent\\xff\\xfe.xlsx")
	}
	if got := e.query(`select file_name from messages where code = 'unreadable'`); len(got.Rows) != 1 || str(got.Rows[0][0]) != `junk \x80\x0a\\x41 50%.xlsx` {
		t.Errorf("the junk file's messages name it %v", got.Rows)
	}
	report, _ := filepath.Glob(filepath.Join(e.home.Rejected(), "*.report.txt"))
	if len(report) != 1 {
		t.Fatalf("reports: %v", report)
	}
	if b, _ := os.ReadFile(report[0]); !bytes.Contains(b, []byte(`junk \\x80\\x0a\\\\x41 50%.xlsx`)) {
		t.Errorf("the report does not name the file in its escaped form:\n%s", b)
	}
	// Later passes are not stopped by what came before.
	e.drop("hampshire.xlsx", mustRead(t, "2021-10/2021-10_hampshire.xlsx"), epoch)
	if res := e.pass(); res.Run.Loaded != 1 {
		t.Errorf("a later pass: %+v", res.Run)
	}
}

// TestNonFilesMovedAside is case 10: folders, symbolic links (to a return,
// to a folder, to nothing), named pipes and devices in the inbox are never
// followed or read: each is recorded as rejected with what it is, and moved
// itself into rejected/ with a report; the pass carries on.
func TestNonFilesMovedAside(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.dropSampleRange(0, 1)
	if err := e.home.Ensure(); err != nil {
		t.Fatal(err)
	}
	in := func(n string) string { return filepath.Join(e.home.Inbox(), n) }
	outside := t.TempDir()
	target := filepath.Join(outside, "kent.xlsx")
	kent := mustRead(t, "2021-10/2021-10_kent.xlsx")
	os.WriteFile(target, kent, 0o644)
	os.Mkdir(in("folder.xlsx"), 0o755)
	os.WriteFile(filepath.Join(in("folder.xlsx"), "inner.xlsx"), kent, 0o644)
	os.Symlink(target, in("link.xlsx"))
	os.Symlink(outside, in("link to a folder.xlsx"))
	os.Symlink(filepath.Join(outside, "nothing"), in("dangling.xlsx"))
	if err := syscall.Mkfifo(in("pipe.xlsx"), 0o644); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{"folder.xlsx": "a folder", "link.xlsx": "a symbolic link", "link to a folder.xlsx": "a symbolic link",
		"dangling.xlsx": "a symbolic link", "pipe.xlsx": "a named pipe"}
	if err := syscall.Mknod(in("null.xlsx"), syscall.S_IFCHR|0o600, 1<<8|3); err == nil {
		kinds["null.xlsx"] = "a device"
	} else {
		t.Logf("no device made (%v): not tested", err)
	}

	res := e.pass()
	if res.Run.Loaded != 1 || res.Run.Rejected != len(kinds) {
		t.Fatalf("run: %+v, want 1 loaded and %d rejected", res.Run, len(kinds))
	}
	if left, _ := os.ReadDir(e.home.Inbox()); len(left) != 0 {
		t.Errorf("left in the inbox: %v", left)
	}
	rows := e.query("select file_name, outcome, reason, stored_as, sha256 from files where outcome = 'rejected' order by all")
	if len(rows.Rows) != len(kinds) {
		t.Fatalf("rejected rows: %v", rows.Rows)
	}
	for _, r := range rows.Rows {
		name, reason, kept := str(r[0]), str(r[2]), filepath.Join(e.home.Root, str(r[3]))
		if !strings.Contains(reason, kinds[name]) || r[4] != nil {
			t.Errorf("%s: reason %q, sha256 %v; want it called %s, unread", name, reason, r[4], kinds[name])
		}
		if _, err := os.Lstat(kept); err != nil {
			t.Errorf("%s not kept as %s: %v", name, r[3], err)
		}
		if b, err := os.ReadFile(kept + ".report.txt"); err != nil || !strings.Contains(string(b), kinds[name]) {
			t.Errorf("%s: report %q, %v", name, b, err)
		}
	}
	if b, err := os.ReadFile(target); err != nil || !bytes.Equal(b, kent) {
		t.Errorf("the link's target was touched: %v", err)
	}
	if n := e.query("select count(*) from returns where force_code = 'kent'"); num(n.Rows[0][0]) != 0 {
		t.Error("a return was loaded through a link or from inside a folder")
	}
	if res := e.pass(); res.Run.FilesSeen != 0 {
		t.Errorf("a second pass: %+v", res.Run)
	}
}

// otherFileSystem returns a folder on a file system other than dir's
// (tmpfs /dev/shm), or skips the test.
func otherFileSystem(t *testing.T, dir string) string {
	t.Helper()
	var a, b syscall.Stat_t
	if syscall.Stat(dir, &a) != nil || syscall.Stat("/dev/shm", &b) != nil || a.Dev == b.Dev {
		t.Skip("no second file system (/dev/shm) to put the inbox on")
	}
	other, err := os.MkdirTemp("/dev/shm", "countylines-inbox-")
	if err != nil {
		t.Skip(err)
	}
	t.Cleanup(func() { os.RemoveAll(other) })
	return other
}

// inboxElsewhere makes the home's inbox a folder on another file system.
func (e *env) inboxElsewhere() {
	e.t.Helper()
	other := otherFileSystem(e.t.(*testing.T), e.home.Root)
	if err := os.Symlink(other, e.home.Inbox()); err != nil {
		e.t.Fatal(err)
	}
}

// TestInboxOnAnotherFileSystem is case 7: files are claimed by copy, sync,
// rename and removal of the original; they keep their time of arrival.
// Something that is not a file cannot be copied: it stays, recorded once,
// with one warning per pass.
func TestInboxOnAnotherFileSystem(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var logs bytes.Buffer
	e.log = zerolog.New(&logs)
	e.inboxElsewhere()
	e.dropSampleRange(0, 3)
	e.drop("junk.xlsx", []byte("not a workbook"), epoch)
	os.Mkdir(filepath.Join(e.home.Inbox(), "folder.xlsx"), 0o755)
	for pass := 1; pass <= 2; pass++ {
		logs.Reset()
		res, err := e.tryPass()
		if err != nil {
			t.Fatalf("pass %d: %v", pass, err)
		}
		if pass == 1 && (res.Run.Loaded != 3 || res.Run.Rejected != 2) {
			t.Errorf("pass 1: %+v", res.Run)
		}
		if n := strings.Count(logs.String(), "cannot move this aside"); n != 1 {
			t.Errorf("pass %d warned %d times about the folder, want once:\n%s", pass, n, logs.String())
		}
	}
	left, _ := os.ReadDir(e.home.Inbox())
	if len(left) != 1 || left[0].Name() != "folder.xlsx" {
		t.Errorf("left in the inbox: %v, want only the folder", left)
	}
	got := e.query("select count(*), count(distinct received_at), min(received_at) from returns")
	if num(got.Rows[0][0]) != 3 || num(got.Rows[0][1]) != 1 || !got.Rows[0][2].(time.Time).Equal(epoch) {
		t.Errorf("returns and their received times: %v, want 3 received at %v", got.Rows[0], epoch)
	}
	if n := e.query("select count(*) from files where file_name = 'folder.xlsx'"); num(n.Rows[0][0]) != 1 {
		t.Errorf("the folder is recorded %v times, want once", n.Rows[0][0])
	}
}

// TestCrossDeviceClaimStopped: a pass stopped after copying a file in and
// before removing the original is finished by the next, which removes the
// original instead of taking it again as a duplicate.
func TestCrossDeviceClaimStopped(t *testing.T) {
	t.Parallel()
	u := newEnv(t)
	u.inboxElsewhere()
	u.dropMixed()
	u.pass()
	want := u.outcome()
	for _, n := range []int{1, 5} {
		e := newEnv(t)
		e.inboxElsewhere()
		e.dropMixed()
		e.crashPass("copied", n)
		e.tryPass()
		diff(t, e.outcome(), want)
	}
}
