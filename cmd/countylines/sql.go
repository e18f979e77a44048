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

type sqlCmd struct {
	env            func(string) string
	stdin          io.Reader
	stdout, stderr io.Writer
}

func (c *sqlCmd) Run(ctx context.Context, args []string) error {
	cfg := defaultConfig(c.env)
	fset := flag.NewFlagSet("sql", flag.ContinueOnError)
	fset.SetOutput(c.stderr)
	fset.StringVar(&cfg.Home, "home", cfg.Home, "home folder")
	format := fset.String("format", "table", "output format: table, csv or json")
	file := fset.String("f", "", "read the query from FILE (- for standard input)")
	if err := fset.Parse(args); err != nil {
		return usageFromFlag(err)
	}
	switch *format {
	case "table", "csv", "json":
	default:
		return usageError{fmt.Sprintf("format: %q is not table, csv or json", *format)}
	}
	query := strings.Join(fset.Args(), " ")
	switch {
	case *file == "-":
		b, err := io.ReadAll(c.stdin)
		if err != nil {
			return err
		}
		query = string(b)
	case *file != "":
		b, err := os.ReadFile(*file)
		if err != nil {
			return err
		}
		query = string(b)
	}
	if strings.TrimSpace(query) == "" {
		return usageError{"sql: give a query, or -f FILE"}
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
	return writeTable(c.stdout, t, *format)
}
