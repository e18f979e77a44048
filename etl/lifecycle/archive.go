package lifecycle

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Kept is a file kept in archive/ or rejected/, as its name and place
// describe it: the archive is the source of truth a rebuild replays.
type Kept struct {
	Path     string // on disk
	Recorded string // relative to the home folder, as the journal records it
	Outcome  string // loaded, duplicate, rejected or retaken (a record in archive/retaken/): what its place says it was
	ID       int64  // its file id; 0 for a file kept before ids
	Tag      string // the first 12 hex digits of its SHA-256, or the kind of a non-file
	Raw      string // the name it arrived with
	Received time.Time
	Regular  bool
	Mode     fs.FileMode
}

// ArchivedReturns lists the loaded returns in archive/<operation>/.
func ArchivedReturns(h Home) ([]Kept, error) {
	ops, err := os.ReadDir(h.Archive())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []Kept
	for _, op := range ops {
		if !op.IsDir() || op.Name() == "duplicates" || op.Name() == RetakenDir {
			continue
		}
		k, err := listKept(h, filepath.Join("archive", op.Name()), "loaded")
		if err != nil {
			return nil, err
		}
		out = append(out, k...)
	}
	return out, nil
}

// ListKept lists every kept file in the order the files came: those kept
// before ids by received time (they all came before the others), then by
// id.
func ListKept(h Home) ([]Kept, error) {
	out, err := ArchivedReturns(h)
	if err != nil {
		return nil, err
	}
	for _, d := range []struct{ dir, outcome string }{
		{"archive/duplicates", "duplicate"}, {"rejected", "rejected"}, {"archive/" + RetakenDir, "retaken"},
	} {
		k, err := listKept(h, d.dir, d.outcome)
		if err != nil {
			return nil, err
		}
		out = append(out, k...)
	}
	sort.SliceStable(out, func(a, b int) bool {
		x, y := out[a], out[b]
		if (x.ID == 0) != (y.ID == 0) {
			return x.ID == 0
		}
		if x.ID != y.ID {
			return x.ID < y.ID
		}
		return olderFirst(x.Received, x.Raw, y.Received, y.Raw)
	})
	return out, nil
}

func listKept(h Home, dir, outcome string) ([]Kept, error) {
	entries, err := os.ReadDir(filepath.Join(h.Root, filepath.FromSlash(dir)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []Kept
	for _, e := range entries {
		name := e.Name()
		if strings.HasSuffix(name, ReportSuffix) || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".tmp") {
			continue
		}
		parsed := name
		if outcome == "retaken" {
			// The record of a retaken file: <its name in rejected/>.json.
			var ok bool
			if parsed, ok = strings.CutSuffix(name, retakenSuffix); !ok {
				continue
			}
		}
		pn, ok := parseStoredName(parsed)
		if !ok {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		if pn.Legacy {
			// Kept before names carried ids: <sha12>-<name>, the name
			// made safe (its original spelling is lost).
			pn.Raw = name[13:]
		}
		out = append(out, Kept{
			Path: filepath.Join(h.Root, filepath.FromSlash(dir), name), Recorded: dir + "/" + EscapeName(name),
			Outcome: outcome, ID: pn.ID, Tag: pn.Tag, Raw: pn.Raw, Received: info.ModTime(), Regular: info.Mode().IsRegular(), Mode: info.Mode(),
		})
	}
	return out, nil
}
