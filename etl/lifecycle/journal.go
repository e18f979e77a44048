package lifecycle

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/countylines/countylines/etl/warehouse"
)

// Options are a journal's settings for one pass.
type Options struct {
	RunID  string
	Now    func() time.Time
	Log    zerolog.Logger
	Settle time.Duration     // a file must be this old (mtime) before it is taken
	Step   func(name string) // called at each named step (docs/lifecycle.md); nil in production
}

// Journal claims, records and moves the files of one pass.
type Journal struct {
	home Home
	db   *warehouse.DB
	opt  Options
	log  zerolog.Logger
	next int64           // the next file id; 0 until asked for
	held map[string]bool // recorded paths of things in the inbox that could not be moved aside
}

// New starts the journal of one pass.
func New(home Home, db *warehouse.DB, opt Options) *Journal {
	return &Journal{home: home, db: db, opt: opt, log: opt.Log, held: map[string]bool{}}
}

// File is a claimed file waiting to be judged.
type File struct {
	warehouse.FileRecord
	Path      string // on disk, in work/
	Raw       string // its name as it arrived, byte for byte
	Recovered bool   // claimed by an earlier pass that did not judge it
}

func (j *Journal) step(name string) {
	if j.opt.Step != nil {
		j.opt.Step(name)
	}
}

func (j *Journal) nextID(ctx context.Context) (int64, error) {
	if j.next == 0 {
		id, err := j.db.NextFileID(ctx)
		if err != nil {
			return 0, err
		}
		j.next = id
	}
	j.next++
	return j.next - 1, nil
}

// Ignored names are never taken: Excel's owner files, hidden files and
// transfers in progress (WinSCP, rclone, browsers).
func Ignored(name string) bool {
	lower := strings.ToLower(name)
	if strings.HasPrefix(name, "~$") || strings.HasPrefix(name, ".") {
		return true
	}
	for _, suf := range []string{".partial", ".tmp", ".filepart", ".crdownload", ".part"} {
		if strings.HasSuffix(lower, suf) {
			return true
		}
	}
	return false
}

// Places a judged file is kept in, recorded relative to the home folder.

// ArchivePath is where a loaded file is kept.
func ArchivePath(op string, id int64, sha, raw string) string {
	return "archive/" + encodePathName(op) + "/" + storedName(id, sha[:12], raw)
}

// DuplicatePath is where a file identical to a loaded one is kept.
func DuplicatePath(id int64, sha, raw string) string {
	return "archive/duplicates/" + storedName(id, sha[:12], raw)
}

// RejectedPath is where a rejected file is kept, its report beside it.
func RejectedPath(id int64, sha, raw string) string {
	return "rejected/" + storedName(id, sha[:12], raw)
}

// ReportSuffix is added to a rejected file's name to name its report.
const ReportSuffix = ".report.txt"

// ScratchDir is the folder of work/ where the workbook reader spills
// temp files during a pass; what is in it is never a return.
const ScratchDir = ".excelize"

// ---- recovery ----

// Recover finishes what earlier passes left half done, before anything new
// is taken: a judged file not yet moved is moved to its place (never
// judged again); a claimed file not yet judged is returned to be judged,
// its claim finished first if it was cut short; a file in work/ that the
// journal does not know (a pass stopped between taking it and recording
// it) is recorded as claimed and returned too.
func (j *Journal) Recover(ctx context.Context) ([]File, error) {
	open, err := j.db.OpenFiles(ctx)
	if err != nil {
		return nil, err
	}
	var files []File
	known := map[string]bool{}
	for _, rec := range open {
		if rec.State != warehouse.StateClaimed {
			j.log.Warn().Int64("file_id", rec.ID).Str("file", rec.FileName).Str("outcome", rec.Outcome).
				Msg("finishing the move of a file an interrupted pass judged")
			if err := j.Store(ctx, rec); err != nil {
				return nil, err
			}
			continue
		}
		known[rec.WorkPath] = true
		f, ok, err := j.recoverClaim(ctx, rec)
		if err != nil {
			return nil, err
		}
		if ok {
			files = append(files, f)
		}
	}
	orphans, err := j.adoptOrphans(ctx, known)
	if err != nil {
		return nil, err
	}
	files = append(files, orphans...)
	j.step("recovered")
	return files, nil
}

func (j *Journal) recoverClaim(ctx context.Context, rec warehouse.FileRecord) (File, bool, error) {
	work, err := j.home.Path(rec.WorkPath)
	if err != nil {
		return File{}, false, err
	}
	var src string
	if rec.Source != "" {
		if src, err = j.home.Path(rec.Source); err != nil {
			return File{}, false, err
		}
	}
	f := File{FileRecord: rec, Path: work, Raw: filepath.Base(work), Recovered: true}
	log := j.log.With().Int64("file_id", rec.ID).Str("file", rec.FileName).Logger()
	switch {
	case exists(work):
		if src != "" && sameFile(src, work) {
			// A cross-device claim copied the file and stopped before it
			// removed the original.
			if err := os.Remove(src); err != nil {
				return File{}, false, fmt.Errorf("finish the claim of %s: %w", rec.FileName, err)
			}
			log.Warn().Str("source", rec.Source).Msg("removed the original of a file an interrupted pass had copied in")
		}
		log.Warn().Msg("taking back a file an interrupted pass claimed and did not judge")
	case src != "" && exists(src):
		if err := j.move(src, work, true); err != nil {
			log.Warn().Err(err).Msg("could not finish an interrupted claim; the file stays where it is")
			return File{}, false, j.forget(ctx, rec.ID)
		}
		log.Warn().Msg("finished the claim of a file an interrupted pass had started to take")
		j.step("claimed")
	default:
		log.Warn().Str("source", rec.Source).Msg("a claimed file is gone from work/ and from where it came from; it was never judged, so nothing is recorded for it")
		return File{}, false, j.forget(ctx, rec.ID)
	}
	j.dropOldReport(rec.Source)
	return f, true, nil
}

func (j *Journal) forget(ctx context.Context, id int64) error {
	return j.db.ForgetFile(ctx, id)
}

// dropOldReport removes the report of a rejected file that was taken again.
func (j *Journal) dropOldReport(source string) {
	if !strings.HasPrefix(source, "rejected/") {
		return
	}
	if p, err := j.home.Path(source); err == nil {
		os.Remove(p + ReportSuffix)
	}
}

// adoptOrphans records as claimed the files in work/ that no journal row
// names, oldest first.
func (j *Journal) adoptOrphans(ctx context.Context, known map[string]bool) ([]File, error) {
	var found []File
	root := j.home.Work()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			return nil
		}
		if d.IsDir() {
			if p == filepath.Join(root, ScratchDir) {
				return filepath.SkipDir // the reader's temp files, never a return
			}
			return nil
		}
		if d.Name() == copyTemp {
			// A cross-device copy cut short; the original is still there.
			os.Remove(p)
			return nil
		}
		r, err := filepath.Rel(j.home.Root, p)
		if err != nil {
			return err
		}
		parts := strings.Split(filepath.ToSlash(r), "/")
		recorded := rel(parts...)
		if known[recorded] {
			return nil
		}
		info, err := d.Info()
		if err != nil || !info.Mode().IsRegular() {
			j.log.Warn().Str("path", recorded).Msg("something that is not a file is in work/; left alone")
			return nil
		}
		found = append(found, File{FileRecord: warehouse.FileRecord{
			State: warehouse.StateClaimed, FileName: EscapeName(d.Name()), Size: info.Size(),
			ReceivedAt: info.ModTime(), RunID: j.opt.RunID, WorkPath: recorded,
		}, Path: p, Raw: d.Name(), Recovered: true})
		return nil
	})
	if err != nil || len(found) == 0 {
		return nil, err
	}
	sort.SliceStable(found, func(a, b int) bool {
		return olderFirst(found[a].ReceivedAt, found[a].Raw, found[b].ReceivedAt, found[b].Raw)
	})
	recs := make([]warehouse.FileRecord, len(found))
	for i := range found {
		id, err := j.nextID(ctx)
		if err != nil {
			return nil, err
		}
		found[i].ID = id
		recs[i] = found[i].FileRecord
		j.log.Warn().Str("file", found[i].FileName).Str("path", found[i].WorkPath).Msg("taking back a file an interrupted pass left in work/ unrecorded")
	}
	if err := j.db.ClaimFiles(ctx, recs, j.opt.Now()); err != nil {
		return nil, err
	}
	return found, nil
}

func olderFirst(ta time.Time, a string, tb time.Time, b string) bool {
	if !ta.Equal(tb) {
		return ta.Before(tb)
	}
	return a < b
}

// ---- claims ----

// Claim takes every settled file from the inbox into work/<run>/<id>/,
// oldest first, recording each as claimed before it is moved. It also
// takes again each rejected file that changed in rejected/ since it was
// judged (a writer that stalled past the settle window finishing its
// file), and moves aside, without following or reading them, the things in
// the inbox that are not files, each recorded as rejected with its reason:
// those come back as asides.
func (j *Journal) Claim(ctx context.Context) (files []File, asides []warehouse.FileRecord, err error) {
	entries, err := os.ReadDir(j.home.Inbox())
	if err != nil {
		return nil, nil, err
	}
	now := j.opt.Now()
	type cand struct {
		raw  string
		info fs.FileInfo
	}
	var regular, others []cand
	for _, e := range entries {
		raw := e.Name()
		if Ignored(raw) || j.held[rel("inbox", raw)] {
			continue
		}
		info, err := e.Info() // lstat: a symlink is never followed
		if err != nil {
			continue // gone since the listing
		}
		if !info.Mode().IsRegular() {
			others = append(others, cand{raw, info})
			continue
		}
		if age := now.Sub(info.ModTime()); age < j.opt.Settle {
			j.log.Info().Str("file", EscapeName(raw)).Dur("age", age).Msg("not settled yet; leaving it for the next pass")
			continue
		}
		regular = append(regular, cand{raw, info})
	}
	sort.SliceStable(regular, func(a, b int) bool {
		return olderFirst(regular[a].info.ModTime(), regular[a].raw, regular[b].info.ModTime(), regular[b].raw)
	})
	recs := make([]warehouse.FileRecord, 0, len(regular))
	for _, c := range regular {
		id, err := j.nextID(ctx)
		if err != nil {
			return nil, nil, err
		}
		recs = append(recs, warehouse.FileRecord{
			ID: id, State: warehouse.StateClaimed, FileName: EscapeName(c.raw), Size: c.info.Size(),
			ReceivedAt: c.info.ModTime(), RunID: j.opt.RunID,
			Source: rel("inbox", c.raw), WorkPath: rel("work", j.opt.RunID, strconv.FormatInt(id, 10), c.raw),
		})
	}
	if len(recs) > 0 {
		if err := j.db.ClaimFiles(ctx, recs, now); err != nil {
			return nil, nil, err
		}
		j.step("claims-recorded")
	}
	for i, rec := range recs {
		f, ok, err := j.take(ctx, rec, filepath.Join(j.home.Inbox(), regular[i].raw), regular[i].raw)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			files = append(files, f)
		}
	}
	retaken, err := j.retake(ctx, now)
	if err != nil {
		return nil, nil, err
	}
	files = append(files, retaken...)
	for _, c := range others {
		rec, err := j.moveAside(ctx, c.raw, c.info)
		if err != nil {
			return nil, nil, err
		}
		asides = append(asides, rec)
	}
	return files, asides, nil
}

// take moves one recorded claim into work/.
func (j *Journal) take(ctx context.Context, rec warehouse.FileRecord, src, raw string) (File, bool, error) {
	work, err := j.home.Path(rec.WorkPath)
	if err != nil {
		return File{}, false, err
	}
	if err := j.move(src, work, true); err != nil {
		j.log.Warn().Str("file", rec.FileName).Err(err).Msg("could not take the file; it stays where it is for the next pass")
		return File{}, false, j.forget(ctx, rec.ID)
	}
	j.step("claimed")
	return File{FileRecord: rec, Path: work, Raw: raw}, true, nil
}

// retake takes again the rejected files whose size or modification time
// changed since they were judged, once they have settled. What each was
// when it was rejected is kept in archive/retaken/ (its bytes are gone),
// and its row, now retaken, names that record.
func (j *Journal) retake(ctx context.Context, now time.Time) ([]File, error) {
	kept, err := j.db.KeptRejections(ctx)
	if err != nil {
		return nil, err
	}
	var files []File
	for _, old := range kept {
		p, err := j.home.Path(old.StoredAs)
		if err != nil {
			continue
		}
		info, err := os.Lstat(p)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		mtime := info.ModTime()
		if info.Size() == old.Size && mtime.Truncate(time.Microsecond).Equal(old.ReceivedAt.Truncate(time.Microsecond)) {
			continue
		}
		if now.Sub(mtime) < j.opt.Settle {
			continue
		}
		raw, err := UnescapeName(old.FileName)
		if err != nil {
			raw = old.FileName
		}
		id, err := j.nextID(ctx)
		if err != nil {
			return nil, err
		}
		rec := warehouse.FileRecord{
			ID: id, State: warehouse.StateClaimed, FileName: old.FileName, Size: info.Size(), ReceivedAt: mtime,
			RunID: j.opt.RunID, Source: old.StoredAs, WorkPath: rel("work", j.opt.RunID, strconv.FormatInt(id, 10), raw),
		}
		record, err := j.retakenPath(old.StoredAs)
		if err != nil {
			return nil, err
		}
		msgs, err := j.db.RejectionMessages(ctx, old)
		if err != nil {
			return nil, err
		}
		was := old
		was.State, was.StoredAs = warehouse.StateRetaken, record
		if err := j.keepRetaken(record, Retaken{File: was, Messages: msgs, RetakenAs: id}); err != nil {
			return nil, err
		}
		if err := j.db.Retake(ctx, old.ID, record, rec, now); err != nil {
			return nil, err
		}
		j.log.Info().Str("file", old.FileName).Str("kept_as", old.StoredAs).Int64("was_file_id", old.ID).
			Msg("a rejected file changed since it was judged; taking it again")
		j.step("claims-recorded")
		f, ok, err := j.take(ctx, rec, p, raw)
		if err != nil {
			return nil, err
		}
		if ok {
			j.dropOldReport(old.StoredAs)
			files = append(files, f)
		}
	}
	return files, nil
}

// KindOf names what a non-file is, for its record and its stored name.
func KindOf(m fs.FileMode) (tag, words string) {
	switch {
	case m&fs.ModeDir != 0:
		return "dir", "a folder"
	case m&fs.ModeSymlink != 0:
		return "symlink", "a symbolic link"
	case m&fs.ModeNamedPipe != 0:
		return "fifo", "a named pipe"
	case m&fs.ModeSocket != 0:
		return "socket", "a socket"
	case m&fs.ModeDevice != 0:
		return "device", "a device"
	default:
		return "other", "not a regular file"
	}
}

// NotAFile is the reason and the report of something in the inbox that is
// not a file, named name (escaped).
func NotAFile(name string, m fs.FileMode) (reason, report string) {
	_, words := KindOf(m)
	reason = fmt.Sprintf("%q in the inbox is %s, not a file: countylines takes only files, and never opens or follows anything else", name, words)
	report = fmt.Sprintf("countylines did not take %q.\n\n%s.\n\nPut each return in the inbox as a file of its own.\n", name, strings.ToUpper(reason[:1])+reason[1:])
	return reason, report
}

// moveAside records something in the inbox that is not a file as rejected
// and moves it, itself and never what it holds or points to, into
// rejected/ with a report beside it.
func (j *Journal) moveAside(ctx context.Context, raw string, info fs.FileInfo) (warehouse.FileRecord, error) {
	id, err := j.nextID(ctx)
	if err != nil {
		return warehouse.FileRecord{}, err
	}
	tag, _ := KindOf(info.Mode())
	name := EscapeName(raw)
	reason, report := NotAFile(name, info.Mode())
	rec := warehouse.FileRecord{
		ID: id, FileName: name, Size: -1, ReceivedAt: info.ModTime(), RunID: j.opt.RunID,
		Outcome: warehouse.OutcomeRejected, Reason: reason,
		Source: rel("inbox", raw), WorkPath: rel("inbox", raw), StoredAs: "rejected/" + storedName(id, tag, raw),
		Report: report,
	}
	if err := j.db.RecordFile(ctx, rec, nil, j.opt.Now()); err != nil {
		return rec, err
	}
	j.log.Warn().Str("file", name).Str("kind", tag).Str("report", j.home.ReportPath(rec.StoredAs)).Msg("not a file; moving it aside to rejected/")
	j.step("judged")
	return rec, j.Store(ctx, rec)
}

// ---- moves ----

// Store puts a judged file in its place, after its judgement has been
// committed: it writes a rejected file's report, moves the file, and
// records it as moved. Every step can be repeated, so a pass that finds
// the file already moved (a crash came between the move and the record)
// just records it. Something that is not a file and cannot be moved is
// left where it is, with a warning on every pass.
func (j *Journal) Store(ctx context.Context, rec warehouse.FileRecord) error {
	src, err := j.home.Path(rec.WorkPath)
	if err != nil {
		return err
	}
	dst, err := j.home.Path(rec.StoredAs)
	if err != nil {
		return err
	}
	log := j.log.With().Int64("file_id", rec.ID).Str("file", rec.FileName).Str("sha256", rec.SHA256).Logger()
	if rec.Report != "" {
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := WriteFileAtomic(dst+ReportSuffix, []byte(rec.Report)); err != nil {
			return fmt.Errorf("write the report on %s: %w", rec.FileName, err)
		}
		j.step("reported")
	}
	info, err := os.Lstat(src)
	switch {
	case err == nil:
		if err := j.move(src, dst, info.Mode().IsRegular()); err != nil {
			if !info.Mode().IsRegular() {
				log.Warn().Err(err).Str("path", rec.WorkPath).Msg("cannot move this aside; it stays in the inbox, recorded as rejected")
				j.held[rec.WorkPath] = true
				return nil
			}
			return fmt.Errorf("move %s to %s: %w", rec.FileName, rec.StoredAs, err)
		}
		j.step("moved")
	case exists(dst):
		// Moved before the pass stopped.
	default:
		log.Error().Str("work_path", rec.WorkPath).Str("stored_as", rec.StoredAs).
			Msg("a judged file is neither where it was nor where it was going: someone removed it")
		return j.db.SetFileState(ctx, rec.ID, warehouse.StateMissing, j.opt.Now())
	}
	if err := j.db.SetFileState(ctx, rec.ID, warehouse.StateMoved, j.opt.Now()); err != nil {
		return err
	}
	j.step("marked")
	return nil
}

// PutBack returns a claimed file to the inbox unjudged, for the next pass:
// a file still being written. It reports false, and leaves the file, if a
// file of that name has arrived in the inbox since.
func (j *Journal) PutBack(ctx context.Context, f File) (bool, error) {
	dst := filepath.Join(j.home.Inbox(), f.Raw)
	if exists(dst) {
		return false, nil
	}
	if err := j.move(f.Path, dst, true); err != nil {
		return false, fmt.Errorf("put back %s: %w", f.FileName, err)
	}
	j.step("put-back")
	return true, j.forget(ctx, f.ID)
}

// move moves a file (copying it across file systems if allowed).
func (j *Journal) move(src, dst string, allowCopy bool) error {
	return moveFile(src, dst, allowCopy, func() { j.step("copied") })
}

// Tidy removes the emptied folders of work/.
func (j *Journal) Tidy() {
	runs, err := os.ReadDir(j.home.Work())
	if err != nil {
		return
	}
	for _, r := range runs {
		if !r.IsDir() {
			continue
		}
		dir := filepath.Join(j.home.Work(), r.Name())
		if ids, err := os.ReadDir(dir); err == nil {
			for _, id := range ids {
				if id.IsDir() {
					os.Remove(filepath.Join(dir, id.Name())) // fails, harmlessly, unless empty
				}
			}
		}
		os.Remove(dir)
	}
}
