package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"path/filepath"

	"github.com/countylines/countylines/etl/monitor"
	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/etl/warehouse"
	"github.com/countylines/countylines/queries"
)

var rebuildCommand = &command{
	name:    "rebuild",
	summary: "make a fresh warehouse from archive/ and rejected/, then republish the rollups, outputs and analyst copy",
	about: `The archive is the source of truth. rebuild reads every kept file again, in
the order the files came (their ids): the returns in archive/<operation>/ are
loaded again, so each correction supersedes as it did; archive/duplicates/ are
recorded as duplicates and rejected/ as rejected. Nothing is moved. The new
warehouse replaces the live one only once it is complete; the old one, if any,
is kept beside it as warehouse.duckdb.replaced-<run>. Run it when a pass stops
with exit 5 (the warehouse is missing, empty, unreadable or behind the
archive), or to start afresh after a change to the reading of returns.
Files waiting in work/ are taken by the next pass. While another program holds
warehouse.duckdb open (even read-only) it refuses, naming that program, and
replaces nothing. The rebuild is recorded in status.json and metrics.prom as
a pass of kind "rebuild": one that worked makes status --check healthy again.`,
	settings: []string{"home", "operation", "read-timeout", "memory-limit", "log-level", "log-format"},
	example:  "countylines rebuild --home /data",
	exits:    []int{exitOK, exitFailure, exitUsage, exitBusy},
	new:      func(io stdio) runner { return &rebuildCmd{stdio: io} },
}

type rebuildCmd struct{ stdio }

func (c *rebuildCmd) flags(fs *flag.FlagSet) {}

func (c *rebuildCmd) run(ctx context.Context, cfg Config, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Sprintf("rebuild takes no arguments, got %q (see countylines rebuild --help)", args)}
	}
	p, err := newPasser(cfg, c.stderr)
	if err != nil {
		return err
	}
	start := p.now()
	id := newRunID(start)
	res, err := pipeline.Rebuild(ctx, pipeline.Config{
		Home: cfg.Home, DefaultOperation: cfg.Operation, Limits: cfg.Limits, MemoryLimit: cfg.MemoryLimit,
	}, pipeline.Deps{Catalog: p.cat, CatalogSum: p.sum, Queries: queries.FS, Log: p.log, Now: p.now, RunID: id})
	if errors.Is(err, pipeline.ErrBusy) || errors.Is(err, warehouse.ErrLocked) {
		return err // refused, nothing done: not a rebuild for monitoring
	}
	// Monitoring sees the rebuild as a pass: one that worked makes the
	// home healthy again after the exit-5 pass that asked for it.
	status := monitor.StatusOK
	switch {
	case err != nil && ctx.Err() != nil:
		status = monitor.StatusCancelled
	case err != nil:
		status = monitor.StatusFailed
	}
	p.record(ctx, p.log.With().Str("run_id", id).Logger(), monitor.KindRebuild, id, res, status, err, start)
	if err != nil {
		return err
	}
	r := res.Run
	fmt.Fprintf(c.stdout, "rebuilt %s from the archive: %d files, %d returns loaded, %d duplicates, %d rejected\n",
		filepath.Join(cfg.Home, "warehouse.duckdb"), r.FilesSeen, r.Loaded, r.Duplicates, r.Rejected)
	fmt.Fprintf(c.stdout, "outputs: %s\nanalyst database: %s\n", filepath.Join(cfg.Home, "out"), filepath.Join(cfg.Home, "analyst.duckdb"))
	return nil
}
