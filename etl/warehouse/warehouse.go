// Package warehouse is the only importer of duckdb-go. It owns the schema
// (forward-only numbered migrations), loads returns with the Appender in
// one transaction each, builds the rollups from SQL files, exports Parquet
// and publishes the read-only analyst copy.
package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/duckdb/duckdb-go/v2"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Options open a warehouse.
type Options struct {
	Path     string // database file; "" for an in-memory database
	ReadOnly bool
	// Sandbox is for analysts' SQL: no file access, no spilling to disk
	// (DuckDB lets SQL read and write its temp directory even with file
	// access off, so there is none), configuration locked.
	Sandbox     bool
	MemoryLimit string // e.g. "2GB"; "" for DuckDB's default
	Threads     int    // 0 for DuckDB's default
	TempDir     string // spill directory; "" for DuckDB's default; ignored in a sandbox
}

// DB is an open warehouse.
type DB struct {
	db   *sql.DB
	name string // the catalog name DuckDB gave the database
	// bumped: a load through this handle has raised the data version, so
	// it is ahead of the published version until the next MarkPublished.
	bumped bool
}

// Open opens (and for a writable database, migrates) the warehouse.
func Open(ctx context.Context, opt Options) (*DB, error) {
	dsn := opt.Path
	if opt.ReadOnly {
		dsn += "?access_mode=READ_ONLY"
	}
	settings := []string{
		"set autoinstall_known_extensions = false",
		"set allow_community_extensions = false",
	}
	if opt.MemoryLimit != "" {
		settings = append(settings, "set memory_limit = "+quote(opt.MemoryLimit))
	}
	if opt.Threads > 0 {
		settings = append(settings, "set threads = "+strconv.Itoa(opt.Threads))
	}
	switch {
	case opt.Sandbox:
		settings = append(settings, "set temp_directory = ''",
			"set enable_external_access = false", "set lock_configuration = true")
	case opt.TempDir != "":
		settings = append(settings, "set temp_directory = "+quote(opt.TempDir))
	}
	conn, err := duckdb.NewConnector(dsn, func(ex driver.ExecerContext) error {
		for _, s := range settings {
			if _, err := ex.ExecContext(ctx, s, nil); err != nil {
				return fmt.Errorf("%s: %w", s, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, openError(opt.Path, err)
	}
	db := sql.OpenDB(conn)
	d := &DB{db: db}
	if err := db.QueryRowContext(ctx, "select current_database()").Scan(&d.name); err != nil {
		db.Close()
		return nil, openError(opt.Path, err)
	}
	if opt.Path != "" && !opt.ReadOnly {
		// The live database holds every force's figures: its owner's only.
		if err := os.Chmod(opt.Path, 0o600); err != nil {
			db.Close()
			return nil, fmt.Errorf("open warehouse %q: %w", opt.Path, err)
		}
	}
	if !opt.ReadOnly {
		if err := d.migrate(ctx); err != nil {
			db.Close()
			return nil, err
		}
	}
	return d, nil
}

// ErrLocked means another process holds the database file open.
var ErrLocked = errors.New("the database file is open in another program")

// LockedError says which file is locked and by which process, in words an
// operator can act on. It wraps ErrLocked.
type LockedError struct {
	Path    string
	PID     int    // 0 when DuckDB could not tell (e.g. on a network share)
	Program string // the holder's executable, as DuckDB reports it
}

func (e *LockedError) Error() string {
	holder := "another process"
	switch {
	case e.PID > 0 && e.Program != "":
		holder = fmt.Sprintf("another process (PID %d, %s)", e.PID, e.Program)
	case e.PID > 0:
		holder = fmt.Sprintf("another process (PID %d)", e.PID)
	}
	msg := fmt.Sprintf("%s is held open by %s, so countylines cannot open it: close that program (or wait for it to finish) and run again; "+
		"analysts should query the read-only analyst copy, never the live database", e.Path, holder)
	if e.PID == 0 {
		msg += " (no PID was given: this happens when the file is on a network share, where locks are unreliable)"
	}
	return msg
}

func (e *LockedError) Unwrap() error { return ErrLocked }

// lockRe matches DuckDB's "Could not set lock on file ...: Conflicting
// lock is held in /path/to/program (PID 1234)".
var lockRe = regexp.MustCompile(`Could not set lock on file .*Conflicting lock is held in (.*?) \(PID (\d+)\)`)

// openError turns DuckDB's lock conflict into a *LockedError, which
// names the file itself.
func openError(path string, err error) error {
	m := lockRe.FindStringSubmatch(err.Error())
	if m == nil {
		return fmt.Errorf("open warehouse %q: %w", path, err)
	}
	pid, _ := strconv.Atoi(m[2])
	return &LockedError{Path: path, PID: pid, Program: m[1]}
}

// Close checkpoints nothing and closes the database.
func (d *DB) Close() error { return d.db.Close() }

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// migrate applies the numbered migrations not yet recorded in
// schema_migrations, each in its own transaction.
func (d *DB) migrate(ctx context.Context) error {
	if _, err := d.db.ExecContext(ctx, `create table if not exists schema_migrations (
		version integer primary key, name varchar not null, applied_at timestamptz not null)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	applied := false
	for _, name := range names {
		base := path.Base(name)
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with its number", base)
		}
		var n int
		if err := d.db.QueryRowContext(ctx, "select count(*) from schema_migrations where version = ?", v).Scan(&n); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		if n > 0 {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		err = d.tx(ctx, func(c *sql.Conn) error {
			if _, err := c.ExecContext(ctx, string(body)); err != nil {
				return err
			}
			_, err := c.ExecContext(ctx, "insert into schema_migrations values (?, ?, now())", v, base)
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %s: %w", base, err)
		}
		applied = true
	}
	if applied {
		// A migration's DDL is written into the database file at once
		// rather than left in the WAL to be replayed (notes/reliability.md 1.4).
		return d.Checkpoint(ctx)
	}
	return nil
}

// tx runs fn inside an explicit transaction on one pinned connection, so
// that every statement and every Appender in fn commits or rolls back
// together.
func (d *DB) tx(ctx context.Context, fn func(c *sql.Conn) error) (err error) {
	c, err := d.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	if _, err := c.ExecContext(ctx, "begin transaction"); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			// A cancelled ctx must not stop the rollback.
			if _, rbErr := c.ExecContext(context.WithoutCancel(ctx), "rollback"); rbErr != nil {
				err = errors.Join(err, fmt.Errorf("rollback: %w", rbErr))
			}
		}
	}()
	if err = fn(c); err != nil {
		return err
	}
	_, err = c.ExecContext(ctx, "commit")
	return err
}

// appendRows appends rows to table through the Appender on the pinned
// connection c, inside its transaction.
func appendRows(c *sql.Conn, table string, rows [][]driver.Value) error {
	if len(rows) == 0 {
		return nil
	}
	return c.Raw(func(dc any) error {
		a, err := duckdb.NewAppenderFromConn(dc.(driver.Conn), "", table)
		if err != nil {
			return fmt.Errorf("appender %s: %w", table, err)
		}
		for _, r := range rows {
			if err := a.AppendRow(r...); err != nil {
				a.Close()
				return fmt.Errorf("append %s: %w", table, err)
			}
		}
		if err := a.Close(); err != nil {
			return fmt.Errorf("append %s: %w", table, err)
		}
		return nil
	})
}

func nullStr(s string) driver.Value {
	if s == "" {
		return nil
	}
	return s
}

func nullInt(n int) driver.Value {
	if n == 0 {
		return nil
	}
	return int32(n)
}

func nullDate(t time.Time) driver.Value {
	if t.IsZero() {
		return nil
	}
	return t
}

// LoadReference replaces the reference tables with the catalogue.
func (d *DB) LoadReference(ctx context.Context, cat *catalog.Catalog) error {
	return d.tx(ctx, func(c *sql.Conn) error {
		for _, t := range []string{"forces", "rocu_membership", "operations", "metrics", "items"} {
			if _, err := c.ExecContext(ctx, "delete from "+t); err != nil {
				return err
			}
		}
		var forces, mem, ops, mets, its [][]driver.Value
		for _, f := range cat.Forces {
			forces = append(forces, []driver.Value{f.Code, f.Name, strings.Join(f.Aliases, "|"), nullStr(f.ONSCode),
				nullStr(f.ROCU), nullStr(f.Region), nullStr(f.Country), nullInt(f.Population), nullInt(f.PopulationYear)})
		}
		for _, m := range cat.Memberships {
			mem = append(mem, []driver.Value{m.Force, m.ROCU, nullDate(m.From), nullDate(m.To)})
		}
		for _, o := range cat.Operations {
			ops = append(ops, []driver.Value{o.Code, o.Name, o.Starts, o.Ends})
		}
		for _, m := range cat.Metrics {
			mets = append(mets, []driver.Value{m.Code, m.Label, nullStr(m.Section), m.Unit, nullStr(m.Parent),
				nullStr(m.SplitGroup), nullStr(m.ItemKind), strings.Join(m.Synonyms, "|")})
		}
		for _, it := range cat.Items {
			its = append(its, []driver.Value{it.Kind, it.Code, it.Label, strings.Join(it.Synonyms, "|")})
		}
		for _, t := range []struct {
			name string
			rows [][]driver.Value
		}{{"forces", forces}, {"rocu_membership", mem}, {"operations", ops}, {"metrics", mets}, {"items", its}} {
			if err := appendRows(c, t.name, t.rows); err != nil {
				return err
			}
		}
		return bumpDataVersion(ctx, c)
	})
}

// ReturnStatus values.
const (
	StatusCurrent    = "current"
	StatusSuperseded = "superseded"
)

var relationName = regexp.MustCompile(`^[a-z][a-z0-9_]{0,62}$`)

// Relation is one SQL file of the rollups.
type Relation struct {
	Name  string // the relation it builds (the file name)
	Layer string // the folder it sits in
	Path  string
	SQL   string
}

// Relations lists the SQL files of fsys in run order: folders by name,
// then files by name.
func Relations(fsys fs.FS) ([]Relation, error) {
	var out []Relation
	err := fs.WalkDir(fsys, ".", func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() || !strings.HasSuffix(p, ".sql") {
			return err
		}
		name := strings.TrimSuffix(path.Base(p), ".sql")
		if !relationName.MatchString(name) {
			return fmt.Errorf("query file %s: the name must be a lowercase relation name", p)
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		out = append(out, Relation{Name: name, Layer: path.Dir(p), Path: p, SQL: strings.TrimRight(strings.TrimSpace(string(b)), ";")})
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Layer != out[j].Layer {
			return out[i].Layer < out[j].Layer
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

// IsCheck reports whether the relation is a data check (under checks/):
// a query that must return no rows.
func (r Relation) IsCheck() bool {
	return r.Layer == "checks" || strings.HasSuffix(r.Layer, "/checks") || strings.HasSuffix(r.Layer, "_checks")
}

// CheckFailure is a data check that returned rows.
type CheckFailure struct {
	Name string
	Rows *etl.Table
}

// BuildRollups rebuilds every relation as a table in one transaction, then
// runs the data checks. A failing query leaves the previous rollups in
// place.
func (d *DB) BuildRollups(ctx context.Context, rels []Relation) ([]CheckFailure, error) {
	err := d.tx(ctx, func(c *sql.Conn) error {
		for _, r := range rels {
			if r.IsCheck() {
				continue
			}
			if _, err := c.ExecContext(ctx, "create or replace table "+r.Name+" as "+r.SQL); err != nil {
				return fmt.Errorf("build %s (%s): %w", r.Name, r.Path, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var failures []CheckFailure
	for _, r := range rels {
		if !r.IsCheck() {
			continue
		}
		t, err := d.Query(ctx, r.Name, r.SQL, 20)
		if err != nil {
			return nil, fmt.Errorf("check %s (%s): %w", r.Name, r.Path, err)
		}
		if len(t.Rows) > 0 {
			failures = append(failures, CheckFailure{Name: r.Name, Rows: t})
		}
	}
	return failures, nil
}

// Query runs a query and returns at most limit rows (0 for all). DuckDB's
// errors come back as *QueryError.
func (d *DB) Query(ctx context.Context, name, query string, limit int, args ...any) (*etl.Table, error) {
	rows, err := d.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, queryError(err)
	}
	defer rows.Close()
	t, err := scanTable(name, rows, limit)
	if err != nil {
		return nil, queryError(err)
	}
	return t, nil
}

// ErrOutOfMemory means a query needed more memory than the limit allows.
var ErrOutOfMemory = errors.New("the query needs more memory than the limit allows")

// QueryError is DuckDB's error for a query, taken apart so that a caller
// can report it without repeating the query's text (DuckDB quotes the
// offending line, which for a query read from a file is that file's
// content).
type QueryError struct {
	Syntax    bool   // the text is not SQL DuckDB can parse
	Summary   string // the message without DuckDB's quoted line; for a syntax error it still names the token
	Line, Col int    // where in the query, when DuckDB said (1-based; 0 if not)
	full      string
	oom       bool
}

func (e *QueryError) Error() string { return e.full }

// Is makes errors.Is(err, ErrOutOfMemory) work.
func (e *QueryError) Is(target error) bool { return target == ErrOutOfMemory && e.oom }

// queryError wraps DuckDB's error; other errors (a cancelled context)
// come back unchanged.
func queryError(err error) error {
	var de *duckdb.Error
	if !errors.As(err, &de) {
		return err
	}
	e := &QueryError{full: de.Msg, Syntax: de.Type == duckdb.ErrorTypeParser || de.Type == duckdb.ErrorTypeSyntax,
		oom: de.Type == duckdb.ErrorTypeOutOfMemory}
	e.Summary = de.Msg
	if i := strings.Index(de.Msg, "\nLINE "); i >= 0 {
		e.Summary = strings.TrimSpace(de.Msg[:i])
		// "LINE 3: <text>\n<spaces>^": the caret's offset past the prefix is the column.
		ctxt := de.Msg[i+1:]
		if m := lineRe.FindStringSubmatch(ctxt); m != nil {
			e.Line, _ = strconv.Atoi(m[1])
			// DuckDB cuts a long line down around the error ("..."), and then
			// the caret's offset is not the column.
			if nl := strings.IndexByte(ctxt, '\n'); nl >= 0 && !strings.HasPrefix(ctxt[len(m[0]):], "...") {
				if caret := strings.IndexByte(ctxt[nl+1:], '^'); caret >= len(m[0]) {
					e.Col = caret - len(m[0]) + 1
				}
			}
		}
	}
	return e
}

var lineRe = regexp.MustCompile(`^LINE (\d+): `)

func scanTable(name string, rows *sql.Rows, limit int) (*etl.Table, error) {
	cols, err := rows.ColumnTypes()
	if err != nil {
		return nil, err
	}
	t := &etl.Table{Name: name}
	for _, c := range cols {
		t.Columns = append(t.Columns, c.Name())
		t.Types = append(t.Types, c.DatabaseTypeName())
	}
	for rows.Next() {
		if limit > 0 && len(t.Rows) >= limit {
			break
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		t.Rows = append(t.Rows, vals)
	}
	return t, rows.Err()
}

// CopyParquet writes the result of query to a Parquet file at dst,
// atomically: it writes dst+".tmp" and renames it.
func (d *DB) CopyParquet(ctx context.Context, query, dst string) error {
	tmp := dst + ".tmp"
	if _, err := d.db.ExecContext(ctx, "copy ("+query+") to "+quote(tmp)+" (format parquet, compression zstd)"); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", dst, err)
	}
	if err := syncFile(tmp); err != nil {
		return err
	}
	return os.Rename(tmp, dst)
}

// Checkpoint writes the WAL into the database file.
func (d *DB) Checkpoint(ctx context.Context) error {
	if _, err := d.db.ExecContext(ctx, "checkpoint"); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	return nil
}

// Snapshot publishes a consistent read-only copy of the whole database at
// dst: it copies into dst+".tmp" and renames it over dst, so an analyst
// holding the old copy open is not disturbed and new openers see the new one.
func (d *DB) Snapshot(ctx context.Context, dst string) error {
	// Not dst+".tmp": that is the name DuckDB gives the spill folder of
	// a process that opens dst, and a folder there would stop the copy.
	tmp := dst + ".publishing"
	os.Remove(tmp)
	os.Remove(tmp + ".wal")
	if err := d.Checkpoint(ctx); err != nil {
		return err
	}
	c, err := d.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	stmts := []string{
		"attach " + quote(tmp) + " as analyst_snapshot",
		"copy from database " + d.name + " to analyst_snapshot",
		"detach analyst_snapshot",
	}
	for _, s := range stmts {
		if _, err := c.ExecContext(ctx, s); err != nil {
			c.ExecContext(context.WithoutCancel(ctx), "detach database if exists analyst_snapshot")
			os.Remove(tmp)
			return fmt.Errorf("snapshot: %w", err)
		}
	}
	return publishCopy(tmp, dst)
}

// publishCopy puts a finished analyst copy in place: synced, readable by
// the analysts' group (never by everyone), renamed over dst.
func publishCopy(tmp, dst string) error {
	if err := syncFile(tmp); err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	if err := os.Chmod(tmp, 0o640); err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	if err := os.Rename(tmp, dst); err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	return nil
}

func syncFile(p string) error {
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Meta reads a value from the meta table ("" when absent).
func (d *DB) Meta(ctx context.Context, key string) (string, error) {
	var v string
	err := d.db.QueryRowContext(ctx, "select value from meta where key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// SetMeta writes a value to the meta table.
func (d *DB) SetMeta(ctx context.Context, key, value string) error {
	_, err := d.db.ExecContext(ctx, "insert or replace into meta values (?, ?)", key, value)
	return err
}

// EngineVersion is the version of the DuckDB library linked into the
// binary (e.g. "v1.5.6") and its source id, asked of DuckDB itself.
func EngineVersion(ctx context.Context) (version, sourceID string, err error) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return "", "", err
	}
	defer db.Close()
	err = db.QueryRowContext(ctx, "select library_version, source_id from pragma_version()").Scan(&version, &sourceID)
	if err != nil {
		return "", "", fmt.Errorf("duckdb version: %w", err)
	}
	return version, sourceID, nil
}
