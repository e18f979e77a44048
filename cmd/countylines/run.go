package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"time"

	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/queries"
)

type runCmd struct {
	env            func(string) string
	stdout, stderr io.Writer
}

func (c *runCmd) Run(ctx context.Context, args []string) error {
	cfg := defaultConfig(c.env)
	fset := flag.NewFlagSet("run", flag.ContinueOnError)
	fset.SetOutput(c.stderr)
	fset.StringVar(&cfg.Home, "home", cfg.Home, "home folder (inbox, archive, outputs, database)")
	demo := fset.Bool("demo", false, "copy the shipped sample returns into the inbox first, and take them at once")
	settle := cfg.bindSettle(fset, c.env)
	fset.StringVar(&cfg.Operation, "operation", cfg.Operation, "current operation code, used for returns that name no operation")
	if err := fset.Parse(args); err != nil {
		return usageFromFlag(err)
	}
	if fset.NArg() > 0 {
		return usageError{fmt.Sprintf("run takes no arguments, got %q", fset.Args())}
	}
	if *demo {
		*settle = "0s"
	}
	cat, sum, err := loadCatalog(cfg.Home)
	if err != nil {
		return err
	}
	if err := cfg.validate(*settle, cat); err != nil {
		return err
	}
	log := newLogger(c.stderr, cfg.LogLevel)
	if *demo {
		n, err := copyDemo(filepath.Join(cfg.Home, "inbox"))
		if err != nil {
			return err
		}
		log.Info().Int("files", n).Str("inbox", filepath.Join(cfg.Home, "inbox")).Msg("copied the sample returns into the inbox")
	}
	res, err := pipeline.Run(ctx, pipeline.Config{
		Home: cfg.Home, Settle: cfg.Settle, DefaultOperation: cfg.Operation, Limits: cfg.Limits, MemoryLimit: cfg.MemoryLimit,
	}, pipeline.Deps{Catalog: cat, CatalogSum: sum, Queries: queries.FS, Log: log, Now: time.Now, RunID: newRunID(time.Now())})
	if err != nil {
		return err
	}
	r := res.Run
	fmt.Fprintf(c.stdout, "run %s: %d files, %d loaded, %d rejected, %d duplicates\n", r.ID, r.FilesSeen, r.Loaded, r.Rejected, r.Duplicates)
	for _, name := range res.Rejected {
		fmt.Fprintf(c.stdout, "  rejected: %s (report in %s)\n", name, filepath.Join(cfg.Home, "rejected"))
	}
	if res.Rebuilt {
		fmt.Fprintf(c.stdout, "outputs: %s\nanalyst database: %s (query it with: countylines sql --home %s \"select ...\")\n",
			filepath.Join(cfg.Home, "out"), filepath.Join(cfg.Home, "analyst.duckdb"), cfg.Home)
	}
	if r.Rejected > 0 {
		return errRejected
	}
	return nil
}

func usageFromFlag(err error) error {
	if err == flag.ErrHelp {
		return err
	}
	return usageError{err.Error()}
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
