package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/countylines/countylines/etl/lifecycle"
	"github.com/countylines/countylines/etl/warehouse"
)

// Rebuild makes a fresh warehouse from the archive, the source of truth,
// and republishes everything. It replays every kept file in the order the
// files came (their ids): each file in archive/<operation>/ is read and
// loaded again, so supersession happens as it did; each in
// archive/duplicates/ is recorded as a duplicate; each in rejected/ is
// recorded as rejected, with its messages when it still fails the same
// way; each record in archive/retaken/ (a rejected file that changed and
// was taken again) as the row it was. Nothing is moved. The new warehouse replaces the old one only when
// it is complete; the old one (if any) is kept beside it as
// warehouse.duckdb.replaced-<run>. Files waiting in work/ are left to the
// next pass, which takes them as it takes any file the journal does not
// know.
func Rebuild(ctx context.Context, cfg Config, deps Deps) (Result, error) {
	home := Home{Root: cfg.Home}
	if err := home.Ensure(); err != nil {
		return Result{}, err
	}
	unlock, err := lockHome(home.Lock())
	if err != nil {
		return Result{}, err
	}
	defer unlock()
	// The live warehouse is renamed aside at the end: never from under a
	// process that holds it (asked again just before the rename).
	if err := warehouse.CheckNotHeld(home.Warehouse()); err != nil {
		return Result{}, err
	}
	kept, err := lifecycle.ListKept(home)
	if err != nil {
		return Result{}, fmt.Errorf("list the archive: %w", err)
	}
	fresh := filepath.Join(home.Root, "warehouse.rebuild.duckdb")
	for _, p := range []string{fresh, fresh + ".wal"} {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return Result{}, fmt.Errorf("rebuild: %w", err)
		}
	}
	p := &pass{cfg: cfg, deps: deps, home: home, log: deps.Log.With().Str("run_id", deps.RunID).Logger()}
	p.res.Run = warehouse.Run{ID: deps.RunID, StartedAt: deps.Now(), Status: "running"}
	db, err := warehouse.Open(ctx, warehouse.Options{Path: fresh, MemoryLimit: cfg.MemoryLimit, Threads: cfg.Threads, TempDir: filepath.Join(home.Root, "tmp")})
	if err != nil {
		return p.res, fmt.Errorf("rebuild: %w", err)
	}
	defer db.Close()
	p.db = db
	p.journal = lifecycle.New(home, db, lifecycle.Options{RunID: deps.RunID, Now: deps.Now, Log: p.log, Step: deps.Step})
	p.rebuilding = true
	if err := db.StartRun(ctx, p.res.Run); err != nil {
		return p.res, err
	}
	p.log.Info().Int("files", len(kept)).Msg("rebuilding the warehouse from archive/ and rejected/")
	if err := p.reference(ctx); err != nil {
		return p.res, p.finish(ctx, err)
	}
	if err := p.replayAll(ctx, kept); err != nil {
		return p.res, p.finish(ctx, err)
	}
	if p.res.Operations, err = p.summarise(ctx); err != nil {
		return p.res, p.finish(ctx, err)
	}
	if err := p.publish(ctx); err != nil {
		return p.res, err
	}
	if err := db.Checkpoint(ctx); err != nil {
		return p.res, err
	}
	if err := db.Close(); err != nil {
		return p.res, fmt.Errorf("rebuild: %w", err)
	}
	if err := p.swapWarehouse(fresh); err != nil {
		return p.res, err
	}
	p.log.Info().Int("loaded", p.res.Run.Loaded).Int("duplicates", p.res.Run.Duplicates).Int("rejected", p.res.Run.Rejected).
		Str("warehouse", home.Warehouse()).Msg("warehouse rebuilt from the archive")
	return p.res, nil
}

func (p *pass) replayAll(ctx context.Context, kept []lifecycle.Kept) error {
	var next int64 = 1
	for _, k := range kept {
		if k.ID >= next {
			next = k.ID + 1
		}
	}
	p.res.Run.FilesSeen = len(kept)
	for _, k := range kept {
		if err := ctx.Err(); err != nil {
			return err
		}
		id := k.ID
		if id == 0 { // kept before files had ids
			id, next = next, next+1
		}
		if err := p.replay(ctx, k, id); err != nil {
			return fmt.Errorf("replay %s: %w", k.Recorded, err)
		}
	}
	return nil
}

// replay records one kept file in the fresh warehouse, where it is.
func (p *pass) replay(ctx context.Context, k lifecycle.Kept, id int64) error {
	now := p.deps.Now()
	rec := warehouse.FileRecord{
		ID: id, State: warehouse.StateMoved, FileName: lifecycle.EscapeName(k.Raw), Size: -1, ReceivedAt: k.Received,
		RunID: p.deps.RunID, WorkPath: k.Recorded, StoredAs: k.Recorded,
	}
	log := p.log.With().Str("file", rec.FileName).Str("kept_as", k.Recorded).Logger()
	if k.Outcome == warehouse.StateRetaken {
		// A rejected file taken again: its bytes are gone, its record says
		// what it was.
		r, err := lifecycle.ReadRetaken(k.Path)
		if err != nil {
			return err
		}
		was := r.File
		was.ID, was.State, was.RunID, was.StoredAs = id, warehouse.StateRetaken, p.deps.RunID, k.Recorded
		return p.db.RecordFile(ctx, was, r.Messages, now)
	}
	if !k.Regular {
		rec.Outcome = warehouse.OutcomeRejected
		rec.Reason, rec.Report = lifecycle.NotAFile(rec.FileName, k.Mode)
		p.res.Run.Rejected++
		return p.db.RecordFile(ctx, rec, nil, now)
	}
	c := p.checkPath(ctx, k.Path, rec.FileName)
	if c.err != nil {
		return c.err
	}
	rec.SHA256, rec.Size = c.sha, c.size
	r := c.ret
	r.FileName, r.SHA256, r.Size, r.ReceivedAt = rec.FileName, rec.SHA256, rec.Size, rec.ReceivedAt
	rejectedAsBefore := func() error {
		rejection(&rec, r)
		p.res.Run.Rejected++
		return p.db.RecordFile(ctx, rec, r.Messages, now)
	}

	if k.Outcome == warehouse.OutcomeRejected {
		if r.Rejected() {
			return rejectedAsBefore()
		}
		// This version would load it: it stays rejected (loading it now
		// would change the figures behind the analysts' backs), with its
		// report as it was.
		report, _ := os.ReadFile(k.Path + lifecycle.ReportSuffix)
		rec.Outcome, rec.Report = warehouse.OutcomeRejected, string(report)
		rec.Reason = "rejected before the warehouse was rebuilt; this version of countylines would load it: put it in the inbox again to load it"
		log.Warn().Msg(rec.Reason)
		p.res.Run.Rejected++
		return p.db.RecordFile(ctx, rec, nil, now)
	}
	// As a pass judges: identical to the current return, a duplicate;
	// identical to a superseded one, loaded again. A file kept as a
	// duplicate of a superseded return (by a version before the resent
	// rule) stays one: loading it now would change the figures behind
	// the analysts' backs.
	var resent *warehouse.Loaded
	if l, found, err := p.db.LoadedReturn(ctx, rec.SHA256); err != nil {
		return err
	} else if found && (l.Current || k.Outcome == warehouse.OutcomeDuplicate) {
		rec.Outcome, rec.ReturnID = warehouse.OutcomeDuplicate, l.ID
		rec.Reason = fmt.Sprintf("identical to the file already loaded as return %d", l.ID)
		if k.Outcome != warehouse.OutcomeDuplicate {
			log.Warn().Int64("return_id", l.ID).Msg("an archived return is identical to one loaded before it; recorded as a duplicate")
		}
		p.res.Run.Duplicates++
		return p.db.RecordFile(ctx, rec, nil, now)
	} else if found {
		resent = &l
	}
	if r.Rejected() {
		log.Warn().Msg("an archived return is rejected by this version of countylines; it is recorded as rejected and left where it is")
		return rejectedAsBefore()
	}
	if k.Outcome == warehouse.OutcomeDuplicate {
		log.Warn().Msg("a file kept as a duplicate matches no loaded return; loading it")
	}
	if resent != nil {
		r.Messages = append(r.Messages, resentMessage(*resent))
	}
	if _, err := p.db.LoadReturn(ctx, r, rec, now); err != nil {
		return err
	}
	p.res.Run.Loaded++
	p.touch(r.Operation, true)
	return nil
}

// swapWarehouse puts the rebuilt warehouse in place of the live one,
// keeping the old one (and its WAL) beside it.
func (p *pass) swapWarehouse(fresh string) error {
	live := p.home.Warehouse()
	if err := warehouse.CheckNotHeld(live); err != nil {
		return fmt.Errorf("rebuild: the rebuilt warehouse is left as %s: %w", fresh, err)
	}
	for _, suffix := range []string{"", ".wal"} {
		if _, err := os.Lstat(live + suffix); err == nil {
			kept := live + ".replaced-" + p.deps.RunID + suffix
			if err := os.Rename(live+suffix, kept); err != nil {
				return fmt.Errorf("rebuild: keep the old warehouse: %w", err)
			}
			p.log.Warn().Str("kept_as", kept).Msg("the old warehouse is kept beside the rebuilt one; remove it when you no longer need it")
		}
	}
	if _, err := os.Lstat(fresh + ".wal"); err == nil {
		if err := os.Rename(fresh+".wal", live+".wal"); err != nil {
			return fmt.Errorf("rebuild: %w", err)
		}
	}
	if err := os.Rename(fresh, live); err != nil {
		return fmt.Errorf("rebuild: %w", err)
	}
	return lifecycle.SyncDir(p.home.Root)
}
