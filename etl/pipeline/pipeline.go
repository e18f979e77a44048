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
	"github.com/countylines/countylines/etl/report"
	"github.com/countylines/countylines/etl/warehouse"
)

// Config is one pass's settings, already validated by the caller.
type Config struct {
	Home             string
	Settle           time.Duration // a file must be this old (mtime) before it is taken
	DefaultOperation string        // the configured current operation, "" for none
	Limits           ingest.Limits
	MemoryLimit      string
	Threads          int
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
}

// Result is what a pass did.
type Result struct {
	Run      warehouse.Run
	Rejected []string // file names
	Outputs  []string // paths written
	Rebuilt  bool     // rollups and outputs were rebuilt
	// Operations: for each operation with a return (or touched by this
	// pass), the forces returned and missing. Set when the pass completed.
	Operations []OperationSummary
}

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

// ErrBusy means another pass holds the home folder.
var ErrBusy = errors.New("another countylines pass is running on this home folder")

// ErrChecksFailed means a data check returned rows after the rollups.
var ErrChecksFailed = errors.New("data checks failed")

type pass struct {
	cfg  Config
	deps Deps
	home Home
	db   *warehouse.DB
	log  zerolog.Logger
	res  Result
	// touched counts, per operation, the returns this pass loaded [0]
	// and rejected [1].
	touched map[string][2]int
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
	p := &pass{cfg: cfg, deps: deps, home: home, log: deps.Log.With().Str("run_id", deps.RunID).Logger()}
	p.res.Run = warehouse.Run{ID: deps.RunID, StartedAt: deps.Now(), Status: "running"}
	db, err := warehouse.Open(ctx, warehouse.Options{Path: home.Warehouse(), MemoryLimit: cfg.MemoryLimit, Threads: cfg.Threads, TempDir: filepath.Join(home.Root, "tmp")})
	if err != nil {
		return p.res, err
	}
	defer db.Close()
	p.db = db
	if err := db.StartRun(ctx, p.res.Run); err != nil {
		return p.res, err
	}
	err = p.run(ctx)
	if err == nil {
		p.res.Operations, err = p.summarise(ctx)
	}
	p.res.Run.EndedAt = deps.Now()
	switch {
	case err != nil:
		p.res.Run.Status, p.res.Run.Error = "failed", err.Error()
	case p.res.Run.Rejected > 0:
		p.res.Run.Status = "rejections"
	default:
		p.res.Run.Status = "ok"
	}
	if ferr := db.FinishRun(context.WithoutCancel(ctx), p.res.Run); ferr != nil {
		err = errors.Join(err, ferr)
	}
	return p.res, err
}

func (p *pass) run(ctx context.Context) error {
	rebuild := false
	sum, err := p.db.Meta(ctx, "reference_sum")
	if err != nil {
		return err
	}
	if sum != p.deps.CatalogSum {
		if err := p.db.LoadReference(ctx, p.deps.Catalog); err != nil {
			return err
		}
		if err := p.db.SetMeta(ctx, "reference_sum", p.deps.CatalogSum); err != nil {
			return err
		}
		rebuild = true
	}
	files, err := p.claim()
	if err != nil {
		return err
	}
	// Read and check files on every core, load them one at a time in
	// arrival order.
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
		if err := p.process(ctx, f, c); err != nil {
			return err
		}
		if p.deps.Progress != nil {
			p.deps.Progress(i+1, len(files))
		}
	}
	pruneWork(p.home.Work())
	if p.res.Run.Loaded > 0 {
		rebuild = true
	}
	if _, err := os.Stat(p.home.Analyst()); err != nil {
		rebuild = true
	}
	if !rebuild {
		if p.res.Run.FilesSeen > 0 {
			// Rejections and duplicates change no figure, but analysts
			// should see them in the files and messages tables.
			if err := p.db.Snapshot(ctx, p.home.Analyst()); err != nil {
				return err
			}
		}
		p.log.Info().Int("files", p.res.Run.FilesSeen).Msg("nothing new to load; rollups and outputs unchanged")
		return nil
	}
	p.res.Rebuilt = true
	return p.rollups(ctx)
}

// pruneWork removes the emptied work/<run> folders; one still holding a
// file (a pass stopped half-way) stays for the next pass to take back.
func pruneWork(work string) {
	dirs, err := os.ReadDir(work)
	if err != nil {
		return
	}
	for _, d := range dirs {
		if d.IsDir() {
			os.Remove(filepath.Join(work, d.Name())) // fails, harmlessly, unless empty
		}
	}
}

// claimed is one file moved from the inbox into work/.
type claimed struct {
	name     string // as it arrived
	path     string // in work/
	size     int64
	received time.Time
}

// ignored names are never taken: Excel's lock files, hidden files and
// transfers in progress.
func ignored(name string) bool {
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

// claim moves every settled file from the inbox into work/<run>/, after
// first taking back anything an interrupted pass left in work/.
func (p *pass) claim() ([]claimed, error) {
	var out []claimed
	// Files left in work/ by a pass that died: take them again.
	olds, err := os.ReadDir(p.home.Work())
	if err != nil {
		return nil, err
	}
	for _, d := range olds {
		if !d.IsDir() {
			continue
		}
		dir := filepath.Join(p.home.Work(), d.Name())
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			info, err := e.Info()
			if err != nil || !info.Mode().IsRegular() {
				continue
			}
			p.log.Warn().Str("file", e.Name()).Str("left_by", d.Name()).Msg("taking back a file an interrupted pass left in work/")
			out = append(out, claimed{name: e.Name(), path: filepath.Join(dir, e.Name()), size: info.Size(), received: info.ModTime()})
		}
	}
	entries, err := os.ReadDir(p.home.Inbox())
	if err != nil {
		return nil, err
	}
	now := p.deps.Now()
	workDir := filepath.Join(p.home.Work(), p.deps.RunID)
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || ignored(name) {
			continue
		}
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		if age := now.Sub(info.ModTime()); age < p.cfg.Settle {
			p.log.Info().Str("file", name).Dur("age", age).Msg("not settled yet; leaving it for the next pass")
			continue
		}
		if err := os.MkdirAll(workDir, 0o755); err != nil {
			return nil, err
		}
		dst := filepath.Join(workDir, name)
		if err := os.Rename(filepath.Join(p.home.Inbox(), name), dst); err != nil {
			return nil, fmt.Errorf("claim %s: %w", name, err)
		}
		out = append(out, claimed{name: name, path: dst, size: info.Size(), received: info.ModTime()})
	}
	// Oldest first, so that a later correction supersedes an earlier return.
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].received.Equal(out[j].received) {
			return out[i].received.Before(out[j].received)
		}
		return out[i].name < out[j].name
	})
	p.res.Run.FilesSeen = len(out)
	return out, nil
}

// checkedFile is a claimed file read, hashed and checked, not yet loaded.
type checkedFile struct {
	sha  string
	size int64
	ret  *etl.Return
	err  error
}

// check reads, hashes and checks one file; it touches no database, so
// files are checked in parallel.
func (p *pass) check(ctx context.Context, f claimed) checkedFile {
	data, err := os.ReadFile(f.path)
	if err != nil {
		return checkedFile{err: fmt.Errorf("read %s: %w", f.name, err)}
	}
	h := sha256.Sum256(data)
	c := checkedFile{sha: hex.EncodeToString(h[:]), size: int64(len(data))}
	c.ret, c.err = Check(ctx, data, f.name, p.deps.Catalog, p.cfg.Limits, p.cfg.DefaultOperation)
	return c
}

// process loads or rejects one checked file, or records it as a duplicate.
func (p *pass) process(ctx context.Context, f claimed, c checkedFile) error {
	if c.err != nil {
		return c.err
	}
	sha := c.sha
	lc := p.log.With().Str("file", f.name).Str("sha256", sha)
	if c.ret != nil && c.ret.Force != "" {
		lc = lc.Str("force", c.ret.Force)
	}
	log := lc.Logger()
	rec := warehouse.FileRecord{SHA256: sha, FileName: f.name, Size: c.size, ReceivedAt: f.received, RunID: p.deps.RunID}

	if id, dup, err := p.db.LoadedReturn(ctx, sha); err != nil {
		return err
	} else if dup {
		dst, err := p.store(f, filepath.Join(p.home.Archive(), "duplicates"), sha)
		if err != nil {
			return err
		}
		rec.Outcome, rec.ReturnID, rec.StoredAs = warehouse.OutcomeDuplicate, id, dst
		rec.Reason = fmt.Sprintf("identical to the file already loaded as return %d", id)
		if err := p.db.RecordFile(ctx, rec, nil); err != nil {
			return err
		}
		p.res.Run.Duplicates++
		log.Info().Int64("return_id", id).Msg("duplicate of a loaded return; nothing to do")
		return nil
	}

	r := c.ret
	r.SHA256, r.Size, r.ReceivedAt = sha, c.size, f.received
	if r.Rejected() {
		p.touch(r.Operation, false)
		return p.reject(ctx, log, f, rec, r)
	}
	id, err := p.db.LoadReturn(ctx, r, rec, p.deps.Now())
	if err != nil {
		return err
	}
	dst, err := p.store(f, filepath.Join(p.home.Archive(), safeName(r.Operation)), sha)
	if err != nil {
		return err
	}
	p.res.Run.Loaded++
	p.touch(r.Operation, true)
	log.Info().Str("operation", r.Operation).Int64("return_id", id).
		Int("facts", len(r.Facts)).Int("warnings", len(r.Messages)).Str("archived_as", dst).Msg("loaded")
	return nil
}

// Check reads and extracts one workbook without touching the database: a
// file that cannot be read comes back as a return with an error message,
// so every bad input gets a report. The error is for our own failures.
func Check(ctx context.Context, data []byte, name string, cat *catalog.Catalog, lim ingest.Limits, defaultOp string) (*etl.Return, error) {
	wb, err := ingest.Read(ctx, bytes.NewReader(data), int64(len(data)), name, lim)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		r := &etl.Return{FileName: name}
		m := etl.Message{Severity: etl.SevError, Code: "unreadable", Text: unreadableText(name, err)}
		var ce *etl.CellError
		if errors.As(err, &ce) {
			m.Sheet, m.Cell = ce.Sheet, ce.Cell
		}
		r.Messages = append(r.Messages, m)
		return r, nil
	}
	return safeExtract(wb, cat, extract.Options{FileName: name, DefaultOperation: defaultOp}), nil
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
	switch {
	case errors.Is(err, etl.ErrEncrypted):
		return "the workbook is password-protected; remove the password and send it again"
	case errors.Is(err, etl.ErrLegacyFormat):
		return "the file is in the old Excel 97-2003 (.xls) format; open it in Excel and save it as .xlsx"
	case errors.Is(err, etl.ErrTooLarge):
		return "the file is larger than a return can be: " + err.Error()
	default:
		return "the file could not be read as an Excel .xlsx workbook: " + strings.TrimPrefix(err.Error(), name+": ")
	}
}

// reject moves the file to rejected/ with a plain-text report beside it,
// and records it with its messages.
func (p *pass) reject(ctx context.Context, log zerolog.Logger, f claimed, rec warehouse.FileRecord, r *etl.Return) error {
	dst, err := p.store(f, p.home.Rejected(), rec.SHA256)
	if err != nil {
		return err
	}
	report := RejectionReport(f.name, rec.SHA256, f.received, r)
	if err := writeFileAtomic(dst+".report.txt", []byte(report)); err != nil {
		return err
	}
	var reasons []string
	for _, m := range r.Errors() {
		reasons = append(reasons, m.String())
	}
	rec.Outcome, rec.StoredAs, rec.Reason = warehouse.OutcomeRejected, dst, strings.Join(reasons, "; ")
	if err := p.db.RecordFile(ctx, rec, r.Messages); err != nil {
		return err
	}
	p.res.Run.Rejected++
	p.res.Rejected = append(p.res.Rejected, f.name)
	log.Warn().Str("report", dst+".report.txt").Strs("errors", reasons).Msg("rejected")
	return nil
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

var unsafeChars = regexp.MustCompile(`[^A-Za-z0-9._ -]+`)

// safeName makes a file or folder name from untrusted text: no separators,
// no dot-dot, at most 100 characters.
func safeName(s string) string {
	s = unsafeChars.ReplaceAllString(s, "_")
	s = strings.Trim(s, ". ")
	if s == "" {
		s = "unnamed"
	}
	if len(s) > 100 {
		s = s[:100]
	}
	return s
}

// store moves a claimed file into dir as <sha12>-<name>, so two files of
// the same name never overwrite each other.
func (p *pass) store(f claimed, dir, sha string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	dst := filepath.Join(dir, sha[:12]+"-"+safeName(f.name))
	if err := os.Rename(f.path, dst); err != nil {
		return "", fmt.Errorf("move %s: %w", f.name, err)
	}
	return dst, nil
}

func writeFileAtomic(path string, data []byte) error {
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
	if err := p.db.Snapshot(ctx, p.home.Analyst()); err != nil {
		return err
	}
	p.log.Info().Int("outputs", len(p.res.Outputs)).Str("analyst", p.home.Analyst()).Msg("rollups rebuilt and published")
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
	if err := report.WriteRollups(&b, info, sheets); err != nil {
		return nil, fmt.Errorf("write workbook: %w", err)
	}
	xlsx := filepath.Join(dir, "countylines-"+op+".xlsx")
	if err := writeFileAtomic(xlsx, b.Bytes()); err != nil {
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
