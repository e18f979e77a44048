package warehouse

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// JournalTables are the tables a pass can change without changing the
// data version: what became of each file, the messages of a rejection,
// the runs, and the warehouse's own meta. No rollup reads them, so a pass
// that changes only these (it rejected files or recorded duplicates)
// changes no figure and no output, only what the analyst copy shows of
// them.
var JournalTables = []string{"files", "messages", "runs", "meta"}

const metaAnalystJournal = "analyst_journal" // the journal mark of the last analyst copy published

// JournalMark is a fingerprint of what the analyst copy shows of the
// journal: every row of files and of messages, whole. Any change to
// either changes it (a file claimed, judged, moved, put back or retaken,
// a message added or removed), so a copy is never left showing less.
// The runs are left out: every pass adds one, and a pass with nothing
// new publishes nothing.
func (d *DB) JournalMark(ctx context.Context) (string, error) {
	var mark string
	err := d.db.QueryRowContext(ctx, `select
		(select count(*) || ':' || coalesce(sum(hash(f)), 0) from files as f)
		|| '/' || (select count(*) || ':' || coalesce(sum(hash(m)), 0) from messages as m)`).Scan(&mark)
	if err != nil {
		return "", fmt.Errorf("journal mark: %w", err)
	}
	return mark, nil
}

// AnalystBehind reports whether the journal changed since the analyst
// copy was last published (by MarkAnalyst): a pass stopped after its
// judgements and before that copy leaves it behind, and the next pass
// must publish it even if it finds nothing new.
func (d *DB) AnalystBehind(ctx context.Context) (bool, error) {
	mark, err := d.JournalMark(ctx)
	if err != nil {
		return false, err
	}
	published, err := d.Meta(ctx, metaAnalystJournal)
	if err != nil {
		return false, fmt.Errorf("journal mark: %w", err)
	}
	return mark != published, nil
}

// MarkAnalyst records the journal mark of the analyst copy just published.
func (d *DB) MarkAnalyst(ctx context.Context, mark string) error {
	if err := d.SetMeta(ctx, metaAnalystJournal, mark); err != nil {
		return fmt.Errorf("mark the analyst copy: %w", err)
	}
	return nil
}

// RefreshAnalyst publishes a new analyst copy when only the JournalTables
// changed since the one at dst: it copies dst's file (the rollups, facts
// and everything else in it are those of the current data version), puts
// this warehouse's JournalTables in the copy in place of its own, and
// renames it over dst, as Snapshot does. It does nothing and reports
// false when dst is not a copy this warehouse published at its present
// data version and schema (then Snapshot it is). It costs the time to
// copy a file rather than to write every table again.
func (d *DB) RefreshAnalyst(ctx context.Context, dst string) (bool, error) {
	tmp := dst + ".publishing"
	os.Remove(tmp)
	os.Remove(tmp + ".wal")
	if err := copyFile(dst, tmp); err != nil {
		os.Remove(tmp)
		if errors.Is(err, fs.ErrNotExist) {
			return false, nil
		}
		return false, fmt.Errorf("refresh the analyst copy: %w", err)
	}
	c, err := d.db.Conn(ctx)
	if err != nil {
		os.Remove(tmp)
		return false, err
	}
	defer c.Close()
	fail := func(err error) (bool, error) {
		c.ExecContext(context.WithoutCancel(ctx), "rollback")
		c.ExecContext(context.WithoutCancel(ctx), "detach database if exists analyst_snapshot")
		os.Remove(tmp)
		os.Remove(tmp + ".wal")
		if err != nil {
			return false, fmt.Errorf("refresh the analyst copy: %w", err)
		}
		return false, nil
	}
	if _, err := c.ExecContext(ctx, "attach "+quote(tmp)+" as analyst_snapshot"); err != nil {
		return fail(err)
	}
	same, err := sameVersion(ctx, c, d.name)
	if err != nil || !same {
		return fail(err)
	}
	stmts := []string{"begin transaction"}
	for _, t := range JournalTables {
		stmts = append(stmts, "delete from analyst_snapshot."+t,
			"insert into analyst_snapshot."+t+" select * from "+d.name+"."+t)
	}
	stmts = append(stmts, "commit", "detach analyst_snapshot")
	for _, s := range stmts {
		if _, err := c.ExecContext(ctx, s); err != nil {
			return fail(err)
		}
	}
	return true, publishCopy(tmp, dst)
}

// sameVersion reports whether the attached analyst copy was published by
// this database at its present data version and schema: the same data
// version and migrations, and no run this database does not know (a copy
// published by another warehouse, such as a rebuild stopped before its
// swap, is refused even at an equal data version).
func sameVersion(ctx context.Context, c *sql.Conn, live string) (bool, error) {
	q := func(db string) (string, error) {
		var v string
		err := c.QueryRowContext(ctx, `select
			coalesce((select value from `+db+`.meta where key = 'data_version'), '')
			|| '/' || (select count(*) || ':' || coalesce(max(version), 0) from `+db+`.schema_migrations)`).Scan(&v)
		return v, err
	}
	a, err := q("analyst_snapshot")
	if err != nil {
		return false, nil // not a copy this version can read as its own: write it anew
	}
	b, err := q(live)
	if err != nil {
		return false, err
	}
	if a != b {
		return false, nil
	}
	var foreign int64
	if err := c.QueryRowContext(ctx, `select count(*) from analyst_snapshot.runs
		where run_id not in (select run_id from `+live+`.runs)`).Scan(&foreign); err != nil {
		return false, err
	}
	return foreign == 0, nil
}

// copyFile copies the file src to dst, which it creates.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
