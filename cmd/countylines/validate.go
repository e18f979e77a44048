package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/pipeline"
)

var validateCommand = &command{
	name:     "validate",
	summary:  "check returns without loading anything: every fact with its cell, every warning and error",
	args:     "FILE...",
	settings: []string{"operation", "read-timeout"},
	example:  "countylines validate 2021-10_hampshire.xlsx",
	exits:    []int{exitOK, exitFailure, exitUsage, exitRejected},
	exitText: map[int]string{
		exitOK:       "every file would be loaded",
		exitRejected: "a file would be rejected (validate loads, moves and writes nothing)",
	},
	new: func(io stdio) runner { return &validateCmd{stdio: io} },
}

type validateCmd struct{ stdio }

func (c *validateCmd) flags(fs *flag.FlagSet) {}

func (c *validateCmd) run(ctx context.Context, cfg Config, args []string) error {
	if len(args) == 0 {
		return usageError{"validate: name one or more .xlsx files (see countylines validate --help)"}
	}
	cat, _, err := loadCatalog("")
	if err != nil {
		return err
	}
	if err := cfg.checkOperation(cat); err != nil {
		return err
	}
	rejected := 0
	for _, path := range args {
		r, err := validateFile(ctx, path, cat, cfg)
		if err != nil {
			return err
		}
		printReturn(c.stdout, path, r)
		if r.Rejected() {
			rejected++
		}
	}
	if rejected > 0 {
		fmt.Fprintf(c.stdout, "%d of %d files would be rejected\n", rejected, len(args))
		return errRejected
	}
	return nil
}

func printReturn(w io.Writer, path string, r *etl.Return) {
	verdict := "would be loaded"
	if r.Rejected() {
		verdict = "would be REJECTED"
	}
	fmt.Fprintf(w, "%s: %s\n  force: %s  operation: %s  facts: %d\n\n", path, verdict, orDash(r.Force), orDash(r.Operation), len(r.Facts))
	if len(r.Facts) > 0 {
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  cell\tmetric\titem\tunit\tvalue\tqualifier\tas written")
		for _, f := range r.Facts {
			v := "(not quantified)"
			if f.Value != nil {
				v = formatValue(*f.Value)
			}
			fmt.Fprintf(tw, "  %s!%s\t%s\t%s\t%s\t%s\t%s\t%s\n", f.Sheet, f.Cell, f.Metric, orDash(f.Item), f.Unit, v, f.Qualifier, f.Raw)
		}
		tw.Flush()
		fmt.Fprintln(w)
	}
	for _, m := range r.Messages {
		fmt.Fprintf(w, "  %s\n", m)
	}
	if len(r.Messages) > 0 {
		fmt.Fprintln(w)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// validateFile checks one file without reading it whole into memory: its
// size is checked before it is read.
func validateFile(ctx context.Context, path string, cat *catalog.Catalog, cfg Config) (*etl.Return, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return pipeline.Check(ctx, f, st.Size(), filepath.Base(path), cat, cfg.Limits, cfg.Operation)
}
