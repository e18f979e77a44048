// Package lifecycle keeps the promise that nothing that arrives is lost and
// nothing gets stuck: it claims files from the inbox, keeps the journal of
// what became of each (the files table), moves each to its place once it
// is judged, finishes after a crash what a pass left half done, and lists
// the archive that a rebuild replays. docs/lifecycle.md tells the story;
// etl/pipeline decides what each file is, this package where it goes.
package lifecycle

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Home is the layout of the home folder.
type Home struct{ Root string }

// Paths inside the home folder.
func (h Home) Inbox() string     { return filepath.Join(h.Root, "inbox") }
func (h Home) Work() string      { return filepath.Join(h.Root, "work") }
func (h Home) Archive() string   { return filepath.Join(h.Root, "archive") }
func (h Home) Rejected() string  { return filepath.Join(h.Root, "rejected") }
func (h Home) Out() string       { return filepath.Join(h.Root, "out") }
func (h Home) Warehouse() string { return filepath.Join(h.Root, "warehouse.duckdb") }
func (h Home) Analyst() string   { return filepath.Join(h.Root, "analyst.duckdb") }
func (h Home) Lock() string      { return filepath.Join(h.Root, ".countylines.lock") }

// Ensure creates the home folder's directories.
func (h Home) Ensure() error {
	for _, d := range []string{h.Root, h.Inbox(), h.Work(), h.Archive(), h.Rejected(), h.Out()} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("create %s: %w", d, err)
		}
	}
	return nil
}

// rel is the recorded form of a path inside the home folder: relative,
// with slashes, each part escaped as EscapeName does.
func rel(parts ...string) string {
	esc := make([]string, len(parts))
	for i, p := range parts {
		esc[i] = EscapeName(p)
	}
	return strings.Join(esc, "/")
}

// Path turns a recorded path back into the path on disk. An absolute
// path (recorded before the journal) is taken as it is.
func (h Home) Path(recorded string) (string, error) {
	if recorded == "" {
		return "", fmt.Errorf("no path recorded")
	}
	if filepath.IsAbs(recorded) {
		return recorded, nil
	}
	parts := strings.Split(recorded, "/")
	for i, p := range parts {
		raw, err := UnescapeName(p)
		if err != nil {
			return "", err
		}
		if raw == "" || raw == "." || raw == ".." {
			return "", fmt.Errorf("recorded path %q leaves the home folder", recorded)
		}
		parts[i] = raw
	}
	return filepath.Join(append([]string{h.Root}, parts...)...), nil
}

// ReportPath is the path of the report kept beside a rejected file, from
// where the file is kept (a recorded path): <stored>.report.txt.
func (h Home) ReportPath(stored string) string {
	if p, err := h.Path(stored); err == nil {
		return p + ReportSuffix
	}
	return filepath.Join(h.Root, filepath.FromSlash(stored)) + ReportSuffix
}
