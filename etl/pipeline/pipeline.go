// Package pipeline runs one pass of the job: claim the settled files in
// the inbox, read and check each, load the good ones (one transaction
// each), reject the bad ones with a report, rebuild the rollups, write the
// outputs and publish the analyst copy.
package pipeline

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/etl/lifecycle"
	"github.com/countylines/countylines/etl/report"
	"github.com/countylines/countylines/etl/warehouse"
)

// Config is one pass's settings, already validated by the caller.
type Config struct {
	Home             string
	Settle           time.Duration // a file must be this old (mtime) before it is taken
	Grace            time.Duration // an incomplete file younger than this is put back, not rejected; 0 for 6 × Settle
	DefaultOperation string        // the configured current operation, "" for none
	Limits           ingest.Limits
	MemoryLimit      string
	Threads          int
	// PlausibilityFactor: a figure this many times its force's median or
	// beyond its peers' range is listed as implausible (a warning); 0 for
	// warehouse.DefaultPlausibilityFactor.
	PlausibilityFactor float64
}

// Deps are what a pass is given rather than finding for itself.
type Deps struct {
	Catalog    *catalog.Catalog
	CatalogSum string // a hash of the reference data; a change rebuilds everything
	Queries    fs.FS
	Log        zerolog.Logger
	Now        func() time.Time
	RunID      string
	// Progress, if set, is called after each claimed file is dealt with
	// (loaded, rejected or set aside as a duplicate).
	Progress func(done, total int)
	// Step, when set, is called at each named step of a pass
	// (docs/lifecycle.md lists them); the crash tests stop a pass there.
	Step func(name string)
}

// Result is what a pass did.
type Result struct {
	Run      warehouse.Run
	Rejected []Rejection
	Outputs  []string // paths written
	Rebuilt  bool     // rollups, outputs and analyst copy were published
	// Operations: for each operation with a return (or touched by this
	// pass), the forces returned and missing. Set when the pass completed.
	Operations []OperationSummary
}

// Rejection is a file a pass rejected and where its report is.
type Rejection struct {
	FileName string // as it arrived, escaped
	Report   string // the report's path: the home folder joined with rejected/<id>-<sha256 prefix>-<name>.report.txt
}

// rejected counts a rejection in the pass's result.
func (p *pass) rejected(rec warehouse.FileRecord) Rejection {
	r := Rejection{FileName: rec.FileName, Report: p.home.ReportPath(rec.StoredAs)}
	p.res.Run.Rejected++
	p.res.Rejected = append(p.res.Rejected, r)
	return r
}

// Home is the layout of the home folder.
type Home = lifecycle.Home

// ErrBusy means another pass holds the home folder.
var ErrBusy = errors.New("another countylines pass is running on this home folder")

// ErrChecksFailed means a data check returned rows after the rollups.
var ErrChecksFailed = errors.New("data checks failed")

type pass struct {
	cfg     Config
	deps    Deps
	home    Home
	db      *warehouse.DB
	journal *lifecycle.Journal
	log     zerolog.Logger
	res     Result
	// touched counts, per operation, the returns this pass loaded [0]
	// and rejected [1].
	touched    map[string][2]int
	rebuilding bool // a rebuild from the archive, not a pass over the inbox
}

func (p *pass) step(name string) {
	if p.deps.Step != nil {
		p.deps.Step(name)
	}
}

// Run performs one pass. The error is nil when the pass completed, even if
// some files were rejected (see Result.Rejected).
func Run(ctx context.Context, cfg Config, deps Deps) (res Result, err error) {
	home := Home{Root: cfg.Home}
	if err := home.Ensure(); err != nil {
		return res, err
	}
	unlock, err := lockHome(home.Lock())
	if err != nil {
		return res, err
	}
	defer unlock()
	// excelize spills a large part of a workbook to a temp file; keep them
	// in the home, and clear what a killed pass left.
	scratch := filepath.Join(home.Work(), lifecycle.ScratchDir)
	if err := os.RemoveAll(scratch); err != nil {
		return res, fmt.Errorf("clear %s: %w", scratch, err)
	}
	if err := os.MkdirAll(scratch, 0o700); err != nil {
		return res, err
	}
	defer os.RemoveAll(scratch)
	if cfg.Limits.TmpDir == "" {
		cfg.Limits.TmpDir = scratch
	}
	p := &pass{cfg: cfg, deps: deps, home: home, log: deps.Log.With().Str("run_id", deps.RunID).Logger()}
	p.res.Run = warehouse.Run{ID: deps.RunID, StartedAt: deps.Now(), Status: "running"}
	db, err := openWarehouse(ctx, home, cfg)
	if err != nil {
		return p.res, err
	}
	defer db.Close()
	p.db = db
	p.journal = lifecycle.New(home, db, lifecycle.Options{RunID: deps.RunID, Now: deps.Now, Log: p.log, Settle: cfg.Settle, Step: deps.Step})
	if err := db.StartRun(ctx, p.res.Run); err != nil {
		return p.res, err
	}
	p.step("started")
	err = p.run(ctx)
	if err == nil {
		p.res.Operations, err = p.summarise(ctx)
	}
	if err != nil {
		return p.res, p.finish(ctx, err)
	}
	return p.res, p.publish(ctx)
}

// run takes and judges the files: the reference data first, then what an
// interrupted pass left, then the inbox.
func (p *pass) run(ctx context.Context) error {
	if err := p.reference(ctx); err != nil {
		return err
	}
	if _, err := p.db.SetPlausibilityFactor(ctx, p.cfg.PlausibilityFactor); err != nil {
		return err
	}
	recovered, err := p.journal.Recover(ctx)
	if err != nil {
		return err
	}
	claimed, asides, err := p.journal.Claim(ctx)
	if err != nil {
		return err
	}
	for _, a := range asides {
		p.rejected(a)
	}
	files := append(recovered, claimed...)
	sort.SliceStable(files, func(i, j int) bool { return files[i].ID < files[j].ID })
	p.res.Run.FilesSeen = len(files) + len(asides)

	// Read and check files on every core; judge them one at a time in the
	// order they came.
	checks := make([]chan checkedFile, len(files))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, f := range files {
		checks[i] = make(chan checkedFile, 1)
		go func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			checks[i] <- p.check(ctx, f)
		}()
	}
	for i, f := range files {
		c := <-checks[i]
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := p.judge(ctx, f, c); err != nil {
			return err
		}
		if p.deps.Progress != nil {
			p.deps.Progress(i+1, len(files))
		}
	}
	p.journal.Tidy()
	p.step("files-done")
	return nil
}

// reference loads the reference data when it changed; that changes the
// data version, so the rollups are rebuilt.
func (p *pass) reference(ctx context.Context) error {
	sum, err := p.db.Meta(ctx, "reference_sum")
	if err != nil || sum == p.deps.CatalogSum {
		return err
	}
	if err := p.db.LoadReference(ctx, p.deps.Catalog); err != nil {
		return err
	}
	return p.db.SetMeta(ctx, "reference_sum", p.deps.CatalogSum)
}

// openWarehouse opens the live database, refusing to start over: when
// archive/ holds returns, a warehouse that is missing, empty, unreadable or
// that does not know them all is an ErrNeedsRebuild, never a fresh start.
func openWarehouse(ctx context.Context, home Home, cfg Config) (*warehouse.DB, error) {
	archived, err := lifecycle.ArchivedReturns(home)
	if err != nil {
		return nil, fmt.Errorf("list the archive: %w", err)
	}
	needs := func(format string, args ...any) error {
		return needsRebuild(fmt.Sprintf("%s; run 'countylines rebuild --home %s' to rebuild it from the %d returns in archive/",
			fmt.Sprintf(format, args...), home.Root, len(archived)))
	}
	if len(archived) > 0 {
		st, err := os.Stat(home.Warehouse())
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, needs("%s is missing", home.Warehouse())
		case err == nil && st.Size() == 0:
			return nil, needs("%s is empty", home.Warehouse())
		}
	}
	db, err := warehouse.Open(ctx, warehouse.Options{Path: home.Warehouse(), MemoryLimit: cfg.MemoryLimit, Threads: cfg.Threads, TempDir: filepath.Join(home.Root, "tmp")})
	if err != nil {
		if len(archived) > 0 && !errors.Is(err, warehouse.ErrLocked) && !strings.Contains(err.Error(), "No space left") {
			return nil, needs("%s cannot be opened (%v)", home.Warehouse(), err)
		}
		return nil, err
	}
	if len(archived) > 0 {
		known, err := db.KnownSHA256(ctx)
		if err != nil {
			db.Close()
			return nil, needs("%s cannot be read (%v)", home.Warehouse(), err)
		}
		prefixes := map[string]bool{}
		for sha := range known {
			if len(sha) >= 12 {
				prefixes[sha[:12]] = true
			}
		}
		var unknown []string
		for _, a := range archived {
			if !prefixes[a.Tag] {
				unknown = append(unknown, a.Recorded)
			}
		}
		if len(unknown) > 0 {
			db.Close()
			return nil, needs("%s does not know %d archived returns (e.g. %s): it was replaced, emptied or restored from an older copy",
				home.Warehouse(), len(unknown), unknown[0])
		}
	}
	return db, nil
}

// checkedFile is a claimed file read, hashed and checked, not yet judged.
type checkedFile struct {
	sha     string
	size    int64
	ret     *etl.Return
	readErr error // why the file could not be read as a workbook, if it could not
	err     error // our own failure
}

// check reads, hashes and checks one file; it touches no database, so
// files are checked in parallel.
func (p *pass) check(ctx context.Context, f lifecycle.File) checkedFile {
	return p.checkPath(ctx, f.Path, f.FileName)
}

// checkPath reads, hashes and checks the file at path, never reading it
// whole into memory: its size is checked before anything reads it, and
// the hash is taken a block at a time.
func (p *pass) checkPath(ctx context.Context, path, name string) checkedFile {
	file, err := os.Open(path)
	if err != nil {
		return checkedFile{err: fmt.Errorf("read %s: %w", name, err)}
	}
	defer file.Close()
	st, err := file.Stat()
	if err != nil {
		return checkedFile{err: fmt.Errorf("read %s: %w", name, err)}
	}
	h := sha256.New()
	if _, err := io.Copy(h, ctxReader{ctx, file}); err != nil {
		return checkedFile{err: fmt.Errorf("read %s: %w", name, err)}
	}
	c := checkedFile{sha: hex.EncodeToString(h.Sum(nil)), size: st.Size()}
	c.ret, c.readErr, c.err = check(ctx, file, st.Size(), name, p.deps.Catalog, p.cfg.Limits, p.cfg.DefaultOperation)
	return c
}

// ctxReader stops reading when ctx ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(b []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(b)
}

// stillArriving reports whether a file that is not (yet) a whole zip is
// young enough to be a transfer that stalled past the settle window.
func (p *pass) stillArriving(f lifecycle.File, c checkedFile) bool {
	grace := p.cfg.Grace
	if grace == 0 {
		grace = 6 * p.cfg.Settle
	}
	return errors.Is(c.readErr, etl.ErrNotWorkbook) && p.deps.Now().Sub(f.ReceivedAt) < grace
}

// judge decides what one checked file is (loaded, rejected, a duplicate,
// or still arriving), commits that together with its load or its
// messages, and then has the journal move it to its place.
func (p *pass) judge(ctx context.Context, f lifecycle.File, c checkedFile) error {
	if c.err != nil {
		return c.err
	}
	rec := f.FileRecord
	rec.SHA256, rec.Size, rec.RunID = c.sha, c.size, p.deps.RunID
	lc := p.log.With().Str("file", rec.FileName).Str("sha256", c.sha)
	if c.ret != nil && c.ret.Force != "" {
		lc = lc.Str("force", c.ret.Force)
	}
	log := lc.Logger()
	now := p.deps.Now()

	if p.stillArriving(f, c) {
		back, err := p.journal.PutBack(ctx, f)
		if err != nil {
			return err
		}
		if back {
			p.res.Run.FilesSeen--
			log.Info().Time("received", f.ReceivedAt).Msg("not a whole workbook yet and recent: put back in the inbox, as a transfer still arriving")
			return nil
		}
	}

	// Identical bytes to the current return: nothing to do. Identical to
	// a return a later one superseded: the force sent it again, and its
	// latest word wins, so it is loaded again (resent).
	var resent *warehouse.Loaded
	if l, found, err := p.db.LoadedReturn(ctx, c.sha); err != nil {
		return err
	} else if found && l.Current {
		rec.Outcome, rec.ReturnID = warehouse.OutcomeDuplicate, l.ID
		rec.StoredAs = lifecycle.DuplicatePath(rec.ID, c.sha, f.Raw)
		rec.Reason = fmt.Sprintf("identical to the file already loaded as return %d", l.ID)
		if err := p.db.RecordFile(ctx, rec, nil, now); err != nil {
			return err
		}
		p.step("judged")
		p.res.Run.Duplicates++
		log.Info().Int64("return_id", l.ID).Msg("duplicate of a loaded return; nothing to do")
		return p.journal.Store(ctx, rec)
	} else if found {
		resent = &l
	}

	r := c.ret
	r.FileName, r.SHA256, r.Size, r.ReceivedAt = rec.FileName, c.sha, c.size, rec.ReceivedAt
	if r.Rejected() {
		rec.StoredAs = lifecycle.RejectedPath(rec.ID, c.sha, f.Raw)
		reasons := rejection(&rec, r)
		if err := p.db.RecordFile(ctx, rec, r.Messages, now); err != nil {
			return err
		}
		p.step("judged")
		p.touch(r.Operation, false)
		log.Warn().Str("report", p.rejected(rec).Report).Strs("errors", reasons).Msg("rejected")
		return p.journal.Store(ctx, rec)
	}

	if resent != nil {
		r.Messages = append(r.Messages, resentMessage(*resent))
	}
	rec.StoredAs = lifecycle.ArchivePath(r.Operation, rec.ID, c.sha, f.Raw)
	id, err := p.db.LoadReturn(ctx, r, rec, now)
	if err != nil {
		return err
	}
	p.step("judged")
	rec.Outcome, rec.ReturnID = warehouse.OutcomeLoaded, id
	p.res.Run.Loaded++
	p.touch(r.Operation, true)
	log.Info().Str("operation", r.Operation).Int64("return_id", id).
		Int("facts", len(r.Facts)).Int("warnings", len(r.Messages)).Str("archived_as", rec.StoredAs).Msg("loaded")
	for _, m := range r.Messages {
		if m.Code == warehouse.CodeFiguresDropped || m.Code == CodeResent {
			// Figures left the force's figures: say so where the
			// operator looks, not only in the messages table.
			log.Warn().Int64("return_id", id).Str("code", m.Code).Msg(m.Text)
		}
	}
	return p.journal.Store(ctx, rec)
}

// CodeResent is the warning on a return loaded again from the bytes of a
// return a later one superseded.
const CodeResent = "resent_superseded"

// resentMessage says a file has the bytes of a superseded return and is
// loaded again as the force's latest word (docs/lifecycle.md).
func resentMessage(l warehouse.Loaded) etl.Message {
	return etl.Message{Severity: etl.SevWarning, Code: CodeResent, Text: fmt.Sprintf(
		"these are the same bytes as return %d (%s), which a later return of %s for %s superseded; sent again, they are the force's latest word, so they are loaded again as its current return. If that was a mistake, send the return that should count again",
		l.ID, l.FileName, l.Force, l.Operation)}
}

// rejection fills in a rejected file's record, its reasons and its
// report, and returns the reasons.
func rejection(rec *warehouse.FileRecord, r *etl.Return) []string {
	var reasons []string
	for _, m := range r.Errors() {
		reasons = append(reasons, m.String())
	}
	rec.Outcome, rec.Reason = warehouse.OutcomeRejected, strings.Join(reasons, "; ")
	rec.Report = RejectionReport(rec.FileName, rec.SHA256, rec.ReceivedAt, r)
	return reasons
}

// publish makes the rollups, outputs and analyst copy equal a rebuild from
// the current facts. It rebuilds them whenever the data version moved past
// the version last published (by this pass or one that stopped before it
// published), records the pass as finished, and then publishes the
// analyst copy, so that analysts see the pass finished, with its counts.
// A pass that changed only the journal (it rejected files or recorded
// duplicates, which change no figure), or that follows one stopped before
// it published the analyst copy, rebuilds nothing and republishes only
// the journal's tables in the analyst copy.
func (p *pass) publish(ctx context.Context) error {
	data, published, err := p.db.Versions(ctx)
	if err != nil {
		return p.finish(ctx, err)
	}
	_, statErr := os.Stat(p.home.Analyst())
	pending := data != published || statErr != nil
	behind, err := p.db.AnalystBehind(ctx)
	if err != nil {
		return p.finish(ctx, err)
	}
	if pending {
		if err := p.rollups(ctx); err != nil {
			return p.finish(ctx, err)
		}
	}
	if err := p.finish(ctx, nil); err != nil {
		return err
	}
	if !pending && !behind {
		p.log.Info().Int("files", p.res.Run.FilesSeen).Msg("nothing new to load; rollups and outputs unchanged")
		return nil
	}
	p.step("finished")
	mark, err := p.db.JournalMark(ctx)
	if err != nil {
		return p.finish(ctx, err)
	}
	refreshed := false
	if !pending {
		if refreshed, err = p.db.RefreshAnalyst(ctx, p.home.Analyst()); err != nil {
			return p.finish(ctx, err)
		}
	}
	if !refreshed {
		if err := p.db.Snapshot(ctx, p.home.Analyst()); err != nil {
			return p.finish(ctx, err)
		}
	}
	p.step("snapshot")
	if err := p.db.MarkAnalyst(ctx, mark); err != nil {
		return p.finish(ctx, err)
	}
	if !pending {
		p.log.Info().Str("analyst", p.home.Analyst()).Msg("no figure changed; the analyst copy shows the files and messages of this pass")
		return nil
	}
	if err := p.db.MarkPublished(ctx, data); err != nil {
		return p.finish(ctx, err)
	}
	p.res.Rebuilt = true
	p.step("published")
	p.log.Info().Int("outputs", len(p.res.Outputs)).Str("analyst", p.home.Analyst()).Int64("data_version", data).Msg("rollups rebuilt and published")
	return nil
}

// finish records the pass's outcome in runs and returns err.
func (p *pass) finish(ctx context.Context, err error) error {
	p.res.Run.EndedAt = p.deps.Now()
	switch {
	case err != nil:
		p.res.Run.Status, p.res.Run.Error = "failed", err.Error()
	case p.rebuilding:
		p.res.Run.Status = "rebuilt"
	case p.res.Run.Rejected > 0:
		p.res.Run.Status = "rejections"
	default:
		p.res.Run.Status = "ok"
	}
	if ferr := p.db.FinishRun(context.WithoutCancel(ctx), p.res.Run); ferr != nil {
		return errors.Join(err, ferr)
	}
	return err
}

// Check reads and extracts one workbook without touching the database: a
// file that cannot be read comes back as a return with an error message,
// so every bad input gets a report. The error is for our own failures.
func Check(ctx context.Context, r io.ReaderAt, size int64, name string, cat *catalog.Catalog, lim ingest.Limits, defaultOp string) (*etl.Return, error) {
	ret, _, err := check(ctx, r, size, name, cat, lim, defaultOp)
	return ret, err
}

// check is Check that also says why a file could not be read.
func check(ctx context.Context, r io.ReaderAt, size int64, name string, cat *catalog.Catalog, lim ingest.Limits, defaultOp string) (*etl.Return, error, error) {
	start := time.Now()
	wb, err := ingest.Read(ctx, r, size, name, lim)
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		return unreadable(name, err), err, nil
	}
	// The extractor takes no context: it runs aside, so that the per-file
	// deadline (which covers reading and extracting) and a cancelled pass
	// need not wait for it. An abandoned extraction ends on its own, and
	// MaxCells bounds how long that can take.
	done := make(chan *etl.Return, 1)
	go func() { done <- safeExtract(wb, cat, extract.Options{FileName: name, DefaultOperation: defaultOp}) }()
	var expired <-chan time.Time
	if lim.Deadline > 0 {
		t := time.NewTimer(lim.Deadline - time.Since(start))
		defer t.Stop()
		expired = t.C
	}
	select {
	case ret := <-done:
		return ret, nil, nil
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	case <-expired:
		err := fmt.Errorf("%s: %w: it was still being read after %v, the limit", name, etl.ErrTooSlow, lim.Deadline)
		return unreadable(name, err), err, nil
	}
}

// unreadable is the return of a file that could not be read: one error
// message, at the cell the error names if it names one.
func unreadable(name string, err error) *etl.Return {
	m := etl.Message{Severity: etl.SevError, Code: "unreadable", Text: unreadableText(name, err)}
	var ce *etl.CellError
	if errors.As(err, &ce) {
		m.Sheet, m.Cell = ce.Sheet, ce.Cell
	}
	return &etl.Return{FileName: name, Messages: []etl.Message{m}}
}

// safeExtract turns a fault in the extractor into a rejection of that one
// file, so that one odd workbook cannot stop every force's return loading.
func safeExtract(wb *etl.Workbook, cat *catalog.Catalog, opt extract.Options) (r *etl.Return) {
	defer func() {
		if p := recover(); p != nil {
			r = &etl.Return{FileName: opt.FileName, Messages: []etl.Message{{
				Severity: etl.SevError, Code: "internal_fault",
				Text: fmt.Sprintf("countylines failed while reading this file (%v); this is a fault in countylines, not in the return: please send the file to the countylines maintainers", p),
			}}}
		}
	}()
	return extract.Extract(wb, cat, opt)
}

func unreadableText(name string, err error) string {
	// The sentence, then the reader's detail once: without the file's
	// name or the cell (the report and the message name them) and
	// without the reader's own words for what the sentence says.
	detail := func(sentence string, sentinel error) string {
		var ce *etl.CellError
		if errors.As(err, &ce) {
			err = ce.Err
		}
		d := strings.TrimPrefix(err.Error(), name+": ")
		d = strings.Replace(d, sentinel.Error()+": ", "", 1)
		if d == sentinel.Error() {
			return sentence
		}
		return sentence + ": " + d
	}
	switch {
	case errors.Is(err, etl.ErrEncrypted):
		return "the workbook is password-protected; remove the password and send it again"
	case errors.Is(err, etl.ErrLegacyFormat):
		return "the file is in the old Excel 97-2003 (.xls) format; open it in Excel and save it as .xlsx"
	case errors.Is(err, etl.ErrTooLarge):
		return detail("the file is larger than a return can be", etl.ErrTooLarge)
	case errors.Is(err, etl.ErrCellTooLong):
		return detail("a cell holds more text than Excel itself allows in one cell, so the file was not made by Excel as it is", etl.ErrCellTooLong)
	case errors.Is(err, etl.ErrTooSlow):
		return detail("the file takes far longer to read than any return should", etl.ErrTooSlow)
	default:
		return detail("the file could not be read as an Excel .xlsx workbook", etl.ErrNotWorkbook)
	}
}

// RejectionReport is the plain-English report written beside a rejected file.
func RejectionReport(name, sha string, received time.Time, r *etl.Return) string {
	var b strings.Builder
	fmt.Fprintf(&b, "countylines could not load %q.\n\n", name)
	fmt.Fprintf(&b, "Received: %s\nSHA-256:  %s\n\n", received.UTC().Format("2006-01-02 15:04:05 MST"), sha)
	b.WriteString("What must be fixed:\n")
	for _, m := range r.Errors() {
		b.WriteString("  - " + where(m) + m.Text + "\n")
	}
	var warns []etl.Message
	for _, m := range r.Messages {
		if m.Severity == etl.SevWarning {
			warns = append(warns, m)
		}
	}
	if len(warns) > 0 {
		b.WriteString("\nAlso worth checking (these alone would not stop the file loading):\n")
		for _, m := range warns {
			b.WriteString("  - " + where(m) + m.Text + "\n")
		}
	}
	b.WriteString("\nCorrect the file and put it in the inbox again. Nothing from this file has been loaded.\n")
	b.WriteString("You can check a file before sending it with: countylines validate FILE.xlsx\n")
	return b.String()
}

func where(m etl.Message) string {
	if w := m.Where(); w != "" {
		return w + ": "
	}
	return ""
}

// ---- rollups and outputs ----

var opCodeRe = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

func (p *pass) rollups(ctx context.Context) error {
	rels, err := warehouse.Relations(p.deps.Queries)
	if err != nil {
		return err
	}
	failures, err := p.db.BuildRollups(ctx, rels)
	if err != nil {
		return err
	}
	if len(failures) > 0 {
		var names []string
		for _, f := range failures {
			names = append(names, f.Name)
			p.log.Error().Str("check", f.Name).Int("rows", len(f.Rows.Rows)).Msg("data check failed")
		}
		return fmt.Errorf("%w: %s", ErrChecksFailed, strings.Join(names, ", "))
	}
	if n, err := p.db.RecordPlausibility(ctx, p.deps.RunID); err != nil {
		return err
	} else if n > 0 {
		p.log.Warn().Int("warnings", n).Msg("implausible figures in the returns loaded: see the messages and implausible_figures")
	}
	p.step("rollups")
	ops, err := p.db.Query(ctx, "ops", "select distinct operation_code from returns order by 1", 0)
	if err != nil {
		return err
	}
	for _, row := range ops.Rows {
		op := fmt.Sprint(row[0])
		if !opCodeRe.MatchString(op) {
			return fmt.Errorf("operation code %q is not safe as a folder name", op)
		}
		paths, err := WriteOutputs(ctx, p.db, rels, filepath.Join(p.home.Out(), op), op, report.WorkbookInfo{
			Title:     "County lines intensification week: national and regional figures",
			Operation: op, RunID: p.deps.RunID, Generated: p.deps.Now(),
		})
		if err != nil {
			return err
		}
		p.res.Outputs = append(p.res.Outputs, paths...)
	}
	p.step("outputs")
	return nil
}

// Published lists the relations written as outputs: everything but the
// reference layer and the checks, the rollups first and the staging
// relations (the facts behind them) last.
func Published(rels []warehouse.Relation) []warehouse.Relation {
	var out, staging []warehouse.Relation
	for _, r := range rels {
		switch {
		case r.IsCheck() || strings.Contains(r.Layer, "reference"):
		case strings.Contains(r.Layer, "staging"):
			staging = append(staging, r)
		default:
			out = append(out, r)
		}
	}
	return append(out, staging...)
}

// WriteOutputs writes one operation's workbook and Parquet files into dir.
func WriteOutputs(ctx context.Context, db *warehouse.DB, rels []warehouse.Relation, dir, op string, info report.WorkbookInfo) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var sheets []report.Sheet
	var paths []string
	for _, r := range Published(rels) {
		q := "select * from " + r.Name + " where operation_code = '" + op + "' order by all"
		t, err := db.Query(ctx, r.Name, q, 0)
		if err != nil {
			return nil, fmt.Errorf("output %s: %w", r.Name, err)
		}
		sheets = append(sheets, report.Sheet{Table: t, Description: Description(r.SQL)})
		pq := filepath.Join(dir, r.Name+".parquet")
		if err := db.CopyParquet(ctx, q, pq); err != nil {
			return nil, err
		}
		paths = append(paths, pq)
	}
	var b bytes.Buffer
	if err := report.WriteRollups(ctx, &b, info, sheets); err != nil {
		return nil, fmt.Errorf("write workbook: %w", err)
	}
	xlsx := filepath.Join(dir, "countylines-"+op+".xlsx")
	if err := lifecycle.WriteFileAtomic(xlsx, b.Bytes()); err != nil {
		return nil, err
	}
	return append(paths, xlsx), nil
}

// Description is the leading comment of a SQL file, as one line.
func Description(sql string) string {
	var parts []string
	for _, line := range strings.Split(sql, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "--") {
			break
		}
		parts = append(parts, strings.TrimSpace(strings.TrimPrefix(line, "--")))
	}
	return strings.Join(parts, " ")
}
