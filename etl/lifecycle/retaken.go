package lifecycle

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/warehouse"
)

// RetakenDir is the folder of archive/ that keeps, for each rejected file
// that changed where it lay and was taken again, the record of what it was
// when it was rejected: its bytes are gone (the writer finished them), so
// this record is what a rebuild gives back as its row of the files table.
const RetakenDir = "retaken"

// retakenSuffix ends the name of a retaken file's record:
// archive/retaken/<the name it was kept under in rejected/>.json.
const retakenSuffix = ".json"

// Retaken is the record of a rejected file taken again: its row of the
// files table as it was judged, and the messages of its rejection.
type Retaken struct {
	File      warehouse.FileRecord
	Messages  []etl.Message
	RetakenAs int64 // the id of the file it became
}

// retakenPath is where the record of a rejected file kept at stored (a
// recorded path in rejected/) is kept, as a recorded path.
func (j *Journal) retakenPath(stored string) (string, error) {
	p, err := j.home.Path(stored)
	if err != nil {
		return "", err
	}
	return rel("archive", RetakenDir, filepath.Base(p)+retakenSuffix), nil
}

// keepRetaken writes the record of a rejected file about to be taken
// again, before its row says so: a pass stopped between the two takes
// the file again and writes the same record.
func (j *Journal) keepRetaken(recorded string, r Retaken) error {
	p, err := j.home.Path(recorded)
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	if err := WriteFileAtomic(p, append(b, '\n')); err != nil {
		return fmt.Errorf("keep the record of %s: %w", r.File.FileName, err)
	}
	return nil
}

// ReadRetaken reads the record of a retaken file (a Kept whose Outcome is
// warehouse.StateRetaken).
func ReadRetaken(path string) (Retaken, error) {
	var r Retaken
	b, err := os.ReadFile(path)
	if err != nil {
		return r, err
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("read %s: %w", path, err)
	}
	return r, nil
}
