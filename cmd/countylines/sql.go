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
	"unicode/utf8"

	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/etl/warehouse"
)

var sqlCommand = &command{
	name:    "sql",
	summary: "run a read-only query against the analyst copy of the database",
	args:    "[QUERY... | -f FILE]",
	about: `Opens <home>/analyst.duckdb read-only, with file access and extensions
disabled, nothing spilled to disk, and a time, memory and thread limit,
and prints the result. A query read with -f is never quoted back in an
error (the file could be anything this process can read). The words of QUERY are joined with spaces;
quote it so the shell leaves it alone. Flags may follow the query. A query
that begins with "-" goes after "--".`,
	settings: []string{"home", "timeout", "sql-memory-limit", "sql-threads"},
	example: `countylines sql --home /data "select force_code, value from current_facts where metric_code = 'arrests'" --format csv
countylines sql -f question.sql --format json`,
	exits: []int{exitOK, exitFailure, exitUsage},
	new:   func(io stdio) runner { return &sqlCmd{stdio: io} },
}

// maxQueryBytes caps a query read from a file or standard input.
const maxQueryBytes = 1 << 20

// maxResultRows caps what one query may return: the rows are held in
// memory to be formatted, outside DuckDB's memory limit.
var maxResultRows = 1_000_000

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
		b, err := readQuery(c.stdin, "standard input")
		if err != nil {
			return err
		}
		query = b
	case c.file != "":
		b, err := readQueryFile(c.file)
		if err != nil {
			return err
		}
		query = b
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
	sb := cfg.Sandbox
	db, err := warehouse.Open(ctx, warehouse.Options{Path: path, ReadOnly: true, Sandbox: true, MemoryLimit: sb.MemoryLimit, Threads: sb.Threads})
	if err != nil {
		return err
	}
	defer db.Close()
	qctx, cancel := context.WithTimeout(ctx, sb.Timeout)
	defer cancel()
	t, err := db.Query(qctx, "result", query, maxResultRows+1)
	if err != nil {
		from := c.file
		if from == "-" {
			from = "standard input"
		}
		return queryFailed(ctx, qctx, err, from, sb)
	}
	if len(t.Rows) > maxResultRows {
		t.Rows = t.Rows[:maxResultRows]
		if err := writeTable(c.stdout, t, c.format); err != nil {
			return err
		}
		return fmt.Errorf("query: the result has more than %d rows and only the first %d were written: aggregate, or add a limit", maxResultRows, maxResultRows)
	}
	return writeTable(c.stdout, t, c.format)
}

// queryFailed says in plain words why a query stopped. A query read from
// a file is never quoted back: the file could be anything the process can
// read (sql -f /etc/shadow).
func queryFailed(ctx, qctx context.Context, err error, file string, sb Sandbox) error {
	var qe *warehouse.QueryError
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("query: interrupted: %w", ctx.Err())
	case errors.Is(qctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("query: stopped after %v, the time limit: make it cheaper (filter, aggregate) or raise --timeout", sb.Timeout)
	case errors.Is(err, warehouse.ErrOutOfMemory):
		return fmt.Errorf("query: stopped because it needs more memory than the limit of %s (--sql-memory-limit; nothing spills to disk): make it cheaper (filter, fewer columns, aggregate) or raise the limit", sb.MemoryLimit)
	case file != "" && errors.As(err, &qe) && qe.Syntax:
		where := ""
		if qe.Line > 0 {
			where = fmt.Sprintf(" (line %d", qe.Line)
			if qe.Col > 0 {
				where += fmt.Sprintf(", column %d", qe.Col)
			}
			where += ")"
		}
		return fmt.Errorf("query: %s is not valid SQL%s; its text is not shown", file, where)
	case file != "" && errors.As(err, &qe):
		return fmt.Errorf("query in %s: %s", file, qe.Summary)
	default:
		return fmt.Errorf("query: %w", err)
	}
}

// readQueryFile reads a query from a regular file of at most
// maxQueryBytes; a device, a pipe or a huge file is refused unread.
func readQueryFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return "", err
	}
	if !st.Mode().IsRegular() {
		return "", usageError{fmt.Sprintf("-f %s: not a regular file", path)}
	}
	return readQuery(f, path)
}

func readQuery(r io.Reader, name string) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxQueryBytes+1))
	if err != nil {
		return "", err
	}
	if len(b) > maxQueryBytes {
		return "", usageError{fmt.Sprintf("-f %s: a query can be at most %d bytes", name, maxQueryBytes)}
	}
	if !utf8.Valid(b) || strings.ContainsRune(string(b), 0) {
		return "", usageError{fmt.Sprintf("-f %s: not a text file", name)}
	}
	return string(b), nil
}
