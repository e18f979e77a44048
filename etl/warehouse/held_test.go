package warehouse_test

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/warehouse"
)

// hold starts a child process holding the database at path open
// (read-only if ro) until the test ends.
func hold(t *testing.T, path string, ro bool) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldWarehouse$")
	cmd.Env = append(os.Environ(), "COUNTYLINES_TEST_HOLD="+path)
	if ro {
		cmd.Env = append(cmd.Env, "COUNTYLINES_TEST_HOLD_RO=1")
	}
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); cmd.Wait() })
	sc := bufio.NewScanner(stdout)
	for sc.Scan() && sc.Text() != "holding" {
	}
	return cmd
}

// CheckNotHeld sees a writer and a reader in another process, names it
// as opening the file would, and changes nothing; a file nobody holds, or
// none, is free.
func TestCheckNotHeld(t *testing.T) {
	path := filepath.Join(t.TempDir(), "warehouse.duckdb")
	if err := warehouse.CheckNotHeld(path); err != nil {
		t.Errorf("a missing file: %v", err)
	}
	open(t, path).Close()
	if err := warehouse.CheckNotHeld(path); err != nil {
		t.Errorf("a file nobody holds: %v", err)
	}
	for _, ro := range []bool{false, true} {
		t.Run(fmt.Sprintf("read-only=%v", ro), func(t *testing.T) {
			before, _ := os.Stat(path)
			child := hold(t, path, ro)
			err := warehouse.CheckNotHeld(path)
			var le *warehouse.LockedError
			if !errors.As(err, &le) || !errors.Is(err, warehouse.ErrLocked) {
				t.Fatalf("got %v, want a LockedError", err)
			}
			msg := err.Error()
			if le.PID != child.Process.Pid || le.Program == "" || !strings.Contains(msg, path) ||
				!strings.Contains(msg, fmt.Sprintf("PID %d", child.Process.Pid)) || !strings.Contains(msg, "close that program") {
				t.Errorf("%+v: %s", le, msg)
			}
			after, _ := os.Stat(path)
			if !after.ModTime().Equal(before.ModTime()) || after.Size() != before.Size() {
				t.Errorf("the check changed the file")
			}
		})
	}
	if err := warehouse.CheckNotHeld(path); err != nil {
		t.Errorf("after the holders left: %v", err)
	}
}
