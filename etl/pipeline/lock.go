package pipeline

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// lockHome takes an exclusive, non-blocking flock on the home folder's lock
// file, so that two passes (two containers, or cron and a manual run) never
// overlap. The lock goes with the process, so a crash cannot leave it held.
func lockHome(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, ErrBusy
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
