package warehouse

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"syscall"
)

// CheckNotHeld returns a *LockedError when another process holds the
// database file at path open (DuckDB locks the whole file with fcntl:
// a shared lock for a read-only open, an exclusive one for a writer), and
// nil when nobody does or the file does not exist. It only asks: it opens
// the file read-only, takes no lock and writes nothing, so it can be asked
// of a file about to be replaced (a rebuild) without opening it as a
// database. Locks held by this process are not seen, and the answer holds
// only until another process opens the file.
func CheckNotHeld(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("check who holds %s: %w", path, err)
	}
	// Closing f drops every fcntl lock this process holds on the file:
	// callers never hold it open as a database at the same time.
	defer f.Close()
	lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: io.SeekStart}
	if err := syscall.FcntlFlock(f.Fd(), syscall.F_GETLK, &lk); err != nil {
		return fmt.Errorf("check who holds %s: %w", path, err)
	}
	if lk.Type == syscall.F_UNLCK {
		return nil
	}
	le := &LockedError{Path: path}
	if lk.Pid > 0 {
		le.PID = int(lk.Pid)
		le.Program, _ = os.Readlink("/proc/" + strconv.Itoa(le.PID) + "/exe")
	}
	return le
}
