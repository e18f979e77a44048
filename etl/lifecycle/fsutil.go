package lifecycle

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
)

// copyTemp is the name a cross-device claim copies into before the copy is
// complete; a pass that finds one left by a crash removes it (the original
// is still where it came from).
const copyTemp = ".countylines-copying"

// moveFile moves src to dst. When they are on different file systems
// (EXDEV) and copying is allowed, it copies src beside dst, syncs the copy
// and its directory, renames it into place and then removes src, so that
// at every moment at least one whole copy exists. The copy keeps src's
// modification time, which is the file's received time. afterCopy, if not
// nil, is called once the copy is in place and before src is removed.
func moveFile(src, dst string, allowCopy bool, afterCopy func()) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	err := os.Rename(src, dst)
	if err == nil || !errors.Is(err, syscall.EXDEV) || !allowCopy {
		return err
	}
	if err := copyFile(src, dst); err != nil {
		return err
	}
	if afterCopy != nil {
		afterCopy()
	}
	return os.Remove(src)
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	info, err := in.Stat()
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("copy %s: not a regular file", src)
	}
	tmp := filepath.Join(filepath.Dir(dst), copyTemp)
	out, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		os.Remove(tmp)
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		os.Remove(tmp)
		return err
	}
	if err := out.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Chtimes(tmp, info.ModTime(), info.ModTime()); err != nil {
		return err
	}
	if err := os.Rename(tmp, dst); err != nil {
		return err
	}
	return SyncDir(filepath.Dir(dst))
}

// SyncDir flushes a directory's entries (a rename into it) to disk.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// WriteFileAtomic writes data to path through a synced temporary file and
// a rename, so that path holds either nothing or the whole of data.
func WriteFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// sameFile reports whether a and b are regular files with the same size,
// modification time and bytes: the two ends of a cross-device claim that
// stopped before it removed the original.
func sameFile(a, b string) bool {
	ia, err := os.Lstat(a)
	if err != nil || !ia.Mode().IsRegular() {
		return false
	}
	ib, err := os.Lstat(b)
	if err != nil || !ib.Mode().IsRegular() || ia.Size() != ib.Size() || !ia.ModTime().Equal(ib.ModTime()) {
		return false
	}
	ba, err := os.ReadFile(a)
	if err != nil {
		return false
	}
	bb, err := os.ReadFile(b)
	return err == nil && bytes.Equal(ba, bb)
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}
