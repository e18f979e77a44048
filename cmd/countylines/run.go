package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"time"

	"github.com/rs/zerolog"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/monitor"
	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/queries"
)

var runCommand = &command{
	name:    "run",
	summary: "one pass over the inbox: load, reject or set aside each settled file, rebuild the rollups",
	about: `Takes every file that has settled in <home>/inbox, loads each good return in
its own transaction, rejects a bad one with a report in rejected/, records an
identical resubmission as a duplicate, then rebuilds the rollups, the outputs in
out/ and the analyst copy. Writes status.json and metrics.prom in the home.
The home folder must exist unless --init (or --demo) is given.`,
	settings: []string{"home", "init", "settle", "operation", "rejected-ok", "memory-limit", "plausibility-factor", "read-timeout", "log-level", "log-format"},
	example: `countylines run --home /data
countylines run --demo --home /tmp/demo     # load the 44 sample returns into a new home`,
	exits: []int{exitOK, exitFailure, exitUsage, exitRejected, exitBusy, exitNeedsRebuild},
	new:   func(io stdio) runner { return &runCmd{stdio: io} },
}

type runCmd struct {
	stdio
	demo bool
}

func (c *runCmd) flags(fs *flag.FlagSet) {
	fs.BoolVar(&c.demo, "demo", false, "copy the shipped sample returns into the inbox first and take them at once (implies --init and --settle 0s)")
}

func (c *runCmd) run(ctx context.Context, cfg Config, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Sprintf("run takes no arguments, got %q (see countylines run --help)", args)}
	}
	if c.demo {
		cfg.Init, cfg.Settle = true, 0
	}
	p, err := newPasser(cfg, c.stderr)
	if err != nil {
		return err
	}
	if c.demo {
		n, err := copyDemo(filepath.Join(cfg.Home, "inbox"))
		if err != nil {
			return err
		}
		p.log.Info().Int("files", n).Str("inbox", filepath.Join(cfg.Home, "inbox")).Msg("copied the sample returns into the inbox")
	}
	res, err := p.pass(ctx)
	if err != nil {
		return logged{err}
	}
	r := res.Run
	fmt.Fprintf(c.stdout, "run %s: %d files, %d loaded, %d rejected, %d duplicates\n", r.ID, r.FilesSeen, r.Loaded, r.Rejected, r.Duplicates)
	for _, r := range res.Rejected {
		fmt.Fprintf(c.stdout, "  rejected: %s (report: %s)\n", r.FileName, r.Report)
	}
	if res.Rebuilt {
		fmt.Fprintf(c.stdout, "outputs: %s\nanalyst database: %s (query it with: countylines sql --home %s \"select ...\")\n",
			filepath.Join(cfg.Home, "out"), filepath.Join(cfg.Home, "analyst.duckdb"), cfg.Home)
	}
	if r.Rejected > 0 && !cfg.RejectedOK {
		return errRejected
	}
	return nil
}

// passer runs passes over one home folder: the primitive that run calls
// once and schedule calls on every tick.
type passer struct {
	cfg Config
	cat *catalog.Catalog
	sum string
	log zerolog.Logger
	now func() time.Time
}

// newPasser checks the home folder and the settings a pass needs and
// builds the logger.
func newPasser(cfg Config, stderr io.Writer) (*passer, error) {
	if err := cfg.requireHome(); err != nil {
		return nil, err
	}
	cat, sum, err := loadCatalog(cfg.Home)
	if err != nil {
		return nil, err
	}
	if err := cfg.checkOperation(cat); err != nil {
		return nil, err
	}
	return &passer{cfg: cfg, cat: cat, sum: sum, log: newLogger(stderr, cfg), now: time.Now}, nil
}

// pass runs one pass and logs its summary line. Its error has been logged.
// Whatever point it stops at, even a panic, status.json records it under
// the run id its log lines carry.
func (p *passer) pass(ctx context.Context) (res pipeline.Result, err error) {
	start := p.now()
	id := newRunID(start)
	log := p.log.With().Str("run_id", id).Logger()
	defer func() {
		if r := recover(); r != nil {
			p.record(ctx, log, monitor.KindPass, id, pipeline.Result{}, monitor.StatusFailed, fmt.Errorf("panic: %v", r), start)
			panic(r) // for cron.Recover, which logs it with the stack
		}
	}()
	res, err = pipeline.Run(ctx, pipeline.Config{
		Home: p.cfg.Home, Settle: p.cfg.Settle, DefaultOperation: p.cfg.Operation, Limits: p.cfg.Limits, MemoryLimit: p.cfg.MemoryLimit,
		PlausibilityFactor: p.cfg.Plausible,
	}, pipeline.Deps{Catalog: p.cat, CatalogSum: p.sum, Queries: queries.FS, Log: p.log /* it adds run_id */, Now: p.now, RunID: id,
		Progress: progressLogger(log, start, p.now), Step: stepHook})
	dur := p.now().Sub(start)
	if errors.Is(err, pipeline.ErrBusy) {
		log.Warn().Str("home", p.cfg.Home).Msg("skipped: another pass is running on this home folder")
		return res, err
	}
	r := res.Run
	ev := log.Info()
	status := "ok"
	switch {
	case err != nil && (errors.Is(err, context.Canceled) || ctx.Err() != nil):
		ev, status = log.Warn().Err(err), "cancelled"
	case err != nil:
		ev, status = log.Error().Err(err), "failed"
	case r.Rejected > 0:
		ev, status = log.Warn(), "rejections"
	}
	// For each operation the pass touched: forces returned out of expected.
	ops := zerolog.Arr()
	for _, o := range res.Operations {
		if o.Touched {
			ops.Dict(zerolog.Dict().Str("operation", o.Operation).Int("returned", len(o.Returned)).Int("expected", o.Expected).
				Int("loaded", o.Loaded).Int("rejected", o.Rejected))
		}
	}
	ev.Bool("summary", true).Str("status", status).
		Int("files_seen", r.FilesSeen).Int("loaded", r.Loaded).Int("rejected", r.Rejected).Int("duplicates", r.Duplicates).
		Array("operations", ops).Float64("duration_s", dur.Seconds()).Msg("pass finished")
	p.record(ctx, log, monitor.KindPass, id, res, status, err, start)
	return res, err
}

// record writes a pass (or a rebuild: kind) into status.json and
// metrics.prom, and logs what went wrong doing so.
func (p *passer) record(ctx context.Context, log zerolog.Logger, kind, id string, res pipeline.Result, status string, err error, start time.Time) {
	r := res.Run
	pass := monitor.Pass{RunID: id, Kind: kind, Started: start, Ended: p.now(), Status: status,
		FilesSeen: r.FilesSeen, Loaded: r.Loaded, Rejected: r.Rejected, Duplicates: r.Duplicates}
	if err != nil {
		pass.Error = err.Error()
	}
	var ops []monitor.Operation
	rejected := map[string]int{}
	for _, o := range res.Operations {
		ops = append(ops, monitor.Operation{Operation: o.Operation, Expected: o.Expected, Returned: o.Returned, Missing: o.Missing})
		if kind == monitor.KindPass {
			rejected[o.Operation] = o.Rejected // a rebuild rejects nothing that arrived
		}
	}
	if err == nil && ops == nil {
		ops = []monitor.Operation{}
	}
	logStatusWrite(log, monitor.Record(context.WithoutCancel(ctx), p.cfg.Home, pass, ops, rejected, p.now()))
}

// logStatusWrite logs the outcome of an update of status.json: a warning
// naming the file set aside when the old one could not be read, an
// error when the update failed.
func logStatusWrite(log zerolog.Logger, err error) {
	var aside *monitor.SetAsideError
	switch {
	case errors.As(err, &aside):
		log.Warn().Str("set_aside", aside.SetAside).Str("reason", aside.Err.Error()).
			Msg("status.json could not be read: it is set aside and a fresh one started (earlier passes and totals stay in the file set aside)")
	case err != nil:
		log.Error().Err(err).Msg("could not write status.json and metrics.prom")
	}
}

// progressEvery is how often a long pass logs how far it has got.
const progressEvery = 5 * time.Second

// progressLogger logs a progress line at most every progressEvery, so a
// short pass logs none.
func progressLogger(log zerolog.Logger, start time.Time, now func() time.Time) func(done, total int) {
	last := start
	return func(done, total int) {
		t := now()
		if t.Sub(last) < progressEvery || done == total {
			return
		}
		last = t
		log.Info().Int("done", done).Int("total", total).Float64("elapsed_s", t.Sub(start).Seconds()).Msg("progress")
	}
}

// newRunID is sortable by time and unique enough for one home folder.
func newRunID(now time.Time) string {
	b := make([]byte, 3)
	rand.Read(b)
	return now.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b)
}

// copyDemo copies the embedded sample returns into the inbox. It never
// touches fixtures/ on disk.
func copyDemo(inbox string) (int, error) {
	if err := os.MkdirAll(inbox, 0o755); err != nil {
		return 0, err
	}
	n := 0
	err := fs.WalkDir(fixtures.Returns, "returns", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fixtures.Returns, p)
		if err != nil {
			return err
		}
		dst := filepath.Join(inbox, path.Base(p))
		tmp := filepath.Join(inbox, "."+path.Base(p)+".partial")
		if err := os.WriteFile(tmp, b, 0o644); err != nil {
			return err
		}
		n++
		return os.Rename(tmp, dst)
	})
	return n, err
}
