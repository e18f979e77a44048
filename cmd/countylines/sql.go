package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/etl/warehouse"
)

var sqlCommand = &command{
	name:    "sql",
	summary: "run a read-only query against the analyst copy of the database",
	args:    "[QUERY... | -f FILE]",
	about: `Opens <home>/analyst.duckdb read-only, with file access and extensions
disabled, and prints the result. The words of QUERY are joined with spaces;
quote it so the shell leaves it alone. Flags may follow the query. A query
that begins with "-" goes after "--".`,
	settings: []string{"home"},
	example: `countylines sql --home /data "select force_code, value from current_facts where metric_code = 'arrests'" --format csv
countylines sql -f question.sql --format json`,
	exits: []int{exitOK, exitFailure, exitUsage},
	new:   func(io stdio) runner { return &sqlCmd{stdio: io} },
}

type sqlCmd struct {
	stdio
	format string
	file   string
}

func (c *sqlCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "format", "table", "output `FORMAT`: table, csv or json")
	fs.StringVar(&c.file, "f", "", "read the query from `FILE` (- for standard input)")
}

func (c *sqlCmd) run(ctx context.Context, cfg Config, args []string) error {
	switch c.format {
	case "table", "csv", "json":
	default:
		return usageError{fmt.Sprintf("format: %q is not table, csv or json", c.format)}
	}
	query := strings.Join(args, " ")
	if c.file != "" && query != "" {
		return usageError{"sql: give a query or -f FILE, not both"}
	}
	switch {
	case c.file == "-":
		b, err := io.ReadAll(c.stdin)
		if err != nil {
			return err
		}
		query = string(b)
	case c.file != "":
		b, err := os.ReadFile(c.file)
		if err != nil {
			return err
		}
		query = string(b)
	}
	if strings.TrimSpace(query) == "" {
		return usageError{"sql: give a query, or -f FILE (see countylines sql --help)"}
	}
	if err := cfg.requireHome(); err != nil {
		return err
	}
	path := pipeline.Home{Root: cfg.Home}.Analyst()
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("no analyst database at %s yet: run 'countylines run --home %s' first", path, filepath.Clean(cfg.Home))
	}
	db, err := warehouse.Open(ctx, warehouse.Options{Path: path, ReadOnly: true, Sandbox: true})
	if err != nil {
		return err
	}
	defer db.Close()
	t, err := db.Query(ctx, "result", query, 0)
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	return writeTable(c.stdout, t, c.format)
}
