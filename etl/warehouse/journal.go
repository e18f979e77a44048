package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/countylines/countylines/etl"
)

// File outcomes: what a file was judged to be.
const (
	OutcomeLoaded    = "loaded"
	OutcomeRejected  = "rejected"
	OutcomeDuplicate = "duplicate"
)

// File states of the journal (migrations/0002_journal.sql). A judged file
// waiting to be moved has its outcome as its state.
const (
	StateClaimed = "claimed"
	StateMoved   = "moved"
	StateRetaken = "retaken" // a rejected file that changed and was taken again
	StateMissing = "missing" // removed by someone else while in our hands
)

// FileRecord is one row of the files table: one file taken from the inbox
// and what became of it. Paths are relative to the home folder.
type FileRecord struct {
	ID         int64 // file_id; the return loaded from the file gets the same id
	State      string
	FileName   string // as it arrived, losslessly escaped
	SHA256     string
	Size       int64 // -1 for what is not a regular file
	ReceivedAt time.Time
	RunID      string
	Outcome    string
	ReturnID   int64
	Reason     string
	Source     string // where it was taken from
	WorkPath   string // where it waits to be judged
	StoredAs   string // where it is kept once judged
	Report     string // the report kept beside a rejected file
}

const fileColumns = `file_id, state, file_name, sha256, size_bytes, received_at, run_id, outcome, return_id,
	reason, source, work_path, stored_as, report`

func fileArgs(f FileRecord) []any {
	var rid any
	if f.ReturnID != 0 {
		rid = f.ReturnID
	}
	var sz any
	if f.Size >= 0 {
		sz = f.Size
	}
	return []any{f.ID, f.State, f.FileName, nullStr(f.SHA256), sz, f.ReceivedAt, f.RunID, nullStr(f.Outcome), rid,
		nullStr(f.Reason), nullStr(f.Source), nullStr(f.WorkPath), nullStr(f.StoredAs), nullStr(f.Report)}
}

// fileValues is fileArgs for the Appender, in the table's column order.
func fileValues(f FileRecord) []driver.Value {
	args := fileArgs(f)
	out := make([]driver.Value, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case int64:
			if i == 0 || i == 8 { // file_id, return_id: integer
				out[i] = int32(v)
				continue
			}
			out[i] = v
		default:
			out[i] = v
		}
	}
	return out
}

func scanFiles(rows *sql.Rows) ([]FileRecord, error) {
	defer rows.Close()
	var out []FileRecord
	for rows.Next() {
		var f FileRecord
		var sha, outcome, reason, source, work, stored, report sql.NullString
		var size, rid sql.NullInt64
		if err := rows.Scan(&f.ID, &f.State, &f.FileName, &sha, &size, &f.ReceivedAt, &f.RunID, &outcome, &rid,
			&reason, &source, &work, &stored, &report); err != nil {
			return nil, err
		}
		f.SHA256, f.Size, f.Outcome, f.ReturnID = sha.String, -1, outcome.String, rid.Int64
		if size.Valid {
			f.Size = size.Int64
		}
		f.Reason, f.Source, f.WorkPath, f.StoredAs, f.Report = reason.String, source.String, work.String, stored.String, report.String
		out = append(out, f)
	}
	return out, rows.Err()
}

func (d *DB) files(ctx context.Context, where string, args ...any) ([]FileRecord, error) {
	rows, err := d.db.QueryContext(ctx, "select "+fileColumns+" from files where "+where+" order by file_id", args...)
	if err != nil {
		return nil, fmt.Errorf("read the files journal: %w", err)
	}
	out, err := scanFiles(rows)
	if err != nil {
		return nil, fmt.Errorf("read the files journal: %w", err)
	}
	return out, nil
}

// NextFileID is the id the next file taken will get: above every file's
// and every return's, so that a loaded file's return can share its id.
func (d *DB) NextFileID(ctx context.Context) (int64, error) {
	var id int64
	err := d.db.QueryRowContext(ctx, `select greatest(
		(select coalesce(max(file_id), 0) from files),
		(select coalesce(max(return_id), 0) from returns)) + 1`).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("next file id: %w", err)
	}
	return id, nil
}

// ClaimFiles records files about to be taken, as claimed, in one
// transaction.
func (d *DB) ClaimFiles(ctx context.Context, recs []FileRecord, at time.Time) error {
	if len(recs) == 0 {
		return nil
	}
	rows := make([][]driver.Value, len(recs))
	for i, f := range recs {
		f.State = StateClaimed
		rows[i] = append(fileValues(f), at, nil, nil) // claimed_at, judged_at, moved_at
	}
	err := d.tx(ctx, func(c *sql.Conn) error { return appendRows(c, "files", rows) })
	if err != nil {
		return fmt.Errorf("record claims: %w", err)
	}
	return nil
}

// Retake records that a rejected file changed where it was kept and is
// taken again as next: the old row becomes retaken, kept as keptAs (the
// record of what it was, as its bytes are gone), the new one claimed.
func (d *DB) Retake(ctx context.Context, old int64, keptAs string, next FileRecord, at time.Time) error {
	err := d.tx(ctx, func(c *sql.Conn) error {
		if _, err := c.ExecContext(ctx, "update files set state = ?, stored_as = ?, moved_at = ? where file_id = ?",
			StateRetaken, keptAs, at, old); err != nil {
			return err
		}
		next.State = StateClaimed
		return insertFile(ctx, c, next, at)
	})
	if err != nil {
		return fmt.Errorf("retake file %d: %w", old, err)
	}
	return nil
}

func insertFile(ctx context.Context, c *sql.Conn, f FileRecord, at time.Time) error {
	_, err := c.ExecContext(ctx, "insert into files ("+fileColumns+", claimed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		append(fileArgs(f), at)...)
	return err
}

// judgeFile writes a file's judgement on c, inside its transaction: the
// claimed row is updated, or a row is inserted for a file that had none
// (a rebuild, or something in the inbox that is not a file). A rebuild
// records files already in their place (moved) or retaken as they were.
func judgeFile(ctx context.Context, c *sql.Conn, f FileRecord, at time.Time) error {
	if f.State == "" || f.State == StateClaimed {
		f.State = f.Outcome
	}
	res, err := c.ExecContext(ctx, `update files set state = ?, file_name = ?, sha256 = ?, size_bytes = ?, received_at = ?,
		run_id = ?, outcome = ?, return_id = ?, reason = ?, source = ?, work_path = ?, stored_as = ?, report = ?, judged_at = ?
		where file_id = ?`, append(fileArgs(f)[1:], at, f.ID)...)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n > 0 {
		return err
	}
	if err := insertFile(ctx, c, f, at); err != nil {
		return err
	}
	_, err = c.ExecContext(ctx, "update files set judged_at = ? where file_id = ?", at, f.ID)
	return err
}

// OpenFiles lists the files the journal has not finished with: claimed and
// not yet judged, or judged and not yet moved, in the order they came.
func (d *DB) OpenFiles(ctx context.Context) ([]FileRecord, error) {
	return d.files(ctx, "state in (?, ?, ?, ?)", StateClaimed, OutcomeLoaded, OutcomeRejected, OutcomeDuplicate)
}

// KeptRejections lists the rejected files kept in rejected/.
func (d *DB) KeptRejections(ctx context.Context) ([]FileRecord, error) {
	return d.files(ctx, "state = ? and outcome = ? and sha256 is not null", StateMoved, OutcomeRejected)
}

// Files lists the whole journal.
func (d *DB) Files(ctx context.Context) ([]FileRecord, error) {
	return d.files(ctx, "true")
}

// SetFileState moves a judged file's row on: moved once it is in its place,
// missing if it was found in neither place.
func (d *DB) SetFileState(ctx context.Context, id int64, state string, at time.Time) error {
	if _, err := d.db.ExecContext(ctx, "update files set state = ?, moved_at = ? where file_id = ?", state, at, id); err != nil {
		return fmt.Errorf("mark file %d %s: %w", id, state, err)
	}
	return nil
}

// ForgetFile deletes a claimed file's row: the file was put back, or left
// the inbox before it could be taken.
func (d *DB) ForgetFile(ctx context.Context, id int64) error {
	if _, err := d.db.ExecContext(ctx, "delete from files where file_id = ? and state = ?", id, StateClaimed); err != nil {
		return fmt.Errorf("forget file %d: %w", id, err)
	}
	return nil
}

// KnownSHA256 lists the hash of every file the journal has read.
func (d *DB) KnownSHA256(ctx context.Context) (map[string]bool, error) {
	rows, err := d.db.QueryContext(ctx, "select distinct sha256 from files where sha256 is not null union select sha256 from returns")
	if err != nil {
		return nil, fmt.Errorf("read known files: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out[s] = true
	}
	return out, rows.Err()
}

func messageRows(sha, file, runID string, returnID int64, msgs []etl.Message) [][]driver.Value {
	var rid driver.Value
	if returnID != 0 {
		rid = int32(returnID)
	}
	out := make([][]driver.Value, 0, len(msgs))
	for _, m := range msgs {
		out = append(out, []driver.Value{sha, file, runID, rid, string(m.Severity), m.Code, nullStr(m.Sheet), nullStr(m.Cell), m.Text})
	}
	return out
}

// RejectionMessages lists the messages recorded with a rejected file's
// judgement. (Messages name no file id: they are found by the file's hash,
// name and the pass that judged it.)
func (d *DB) RejectionMessages(ctx context.Context, f FileRecord) ([]etl.Message, error) {
	rows, err := d.db.QueryContext(ctx, `select severity, code, coalesce(sheet, ''), coalesce(cell, ''), text from messages
		where sha256 = ? and file_name = ? and run_id = ? and return_id is null order by rowid`, f.SHA256, f.FileName, f.RunID)
	if err != nil {
		return nil, fmt.Errorf("read the messages of %q: %w", f.FileName, err)
	}
	defer rows.Close()
	var out []etl.Message
	for rows.Next() {
		var m etl.Message
		var sev string
		if err := rows.Scan(&sev, &m.Code, &m.Sheet, &m.Cell, &m.Text); err != nil {
			return nil, fmt.Errorf("read the messages of %q: %w", f.FileName, err)
		}
		m.Severity = etl.Severity(sev)
		out = append(out, m)
	}
	return out, rows.Err()
}

// Loaded is a return loaded before from a file with the same bytes.
type Loaded struct {
	ID        int64
	FileName  string
	Force     string
	Operation string
	Current   bool // false: a later return of the force superseded it
}

// LoadedReturn finds the return already loaded from a file with this
// hash: the current one if one is, else the last one loaded.
func (d *DB) LoadedReturn(ctx context.Context, sha string) (Loaded, bool, error) {
	var l Loaded
	err := d.db.QueryRowContext(ctx, `select return_id, file_name, force_code, operation_code, status = ? from returns
		where sha256 = ? order by status = ? desc, return_id desc limit 1`, StatusCurrent, sha, StatusCurrent).
		Scan(&l.ID, &l.FileName, &l.Force, &l.Operation, &l.Current)
	if errors.Is(err, sql.ErrNoRows) {
		return Loaded{}, false, nil
	}
	if err != nil {
		return Loaded{}, false, fmt.Errorf("look up %s: %w", sha, err)
	}
	return l, true, nil
}

// LoadReturn loads a return, its facts and its messages and records its
// file as loaded, in one transaction. The first load through this handle
// raises the data version in its transaction; later ones need not, as the
// version stays ahead of the published one until MarkPublished.
// The return takes its file's id (a new one if file.ID is 0). The force's
// earlier current return for the same operation becomes superseded; if
// the new return does not give every figure the earlier one gave, a
// warning listing them (CodeFiguresDropped) is added to r.Messages and
// loaded with it. It returns the new return's id.
func (d *DB) LoadReturn(ctx context.Context, r *etl.Return, file FileRecord, loadedAt time.Time) (int64, error) {
	id := file.ID
	bump := !d.bumped
	var msgs []etl.Message
	err := d.tx(ctx, func(c *sql.Conn) error {
		if id == 0 {
			if err := c.QueryRowContext(ctx, `select greatest((select coalesce(max(file_id), 0) from files),
				(select coalesce(max(return_id), 0) from returns)) + 1`).Scan(&id); err != nil {
				return err
			}
		}
		msgs = r.Messages
		dropped, err := droppedFigures(ctx, c, r)
		if err != nil {
			return err
		}
		if dropped != nil {
			msgs = append(slices.Clip(msgs), *dropped)
		}
		if _, err := c.ExecContext(ctx, `update returns set status = ?, superseded_by = ?
			where force_code = ? and operation_code = ? and status = ?`,
			StatusSuperseded, id, r.Force, r.Operation, StatusCurrent); err != nil {
			return fmt.Errorf("supersede: %w", err)
		}
		if err := appendRows(c, "returns", [][]driver.Value{{int32(id), r.Operation, r.Force, r.FileName, r.SHA256, r.Size,
			r.ReceivedAt, loadedAt, file.RunID, StatusCurrent, nil}}); err != nil {
			return err
		}
		facts := make([][]driver.Value, 0, len(r.Facts))
		for _, f := range r.Facts {
			var v driver.Value
			if f.Value != nil {
				v = *f.Value
			}
			facts = append(facts, []driver.Value{int32(id), f.Metric, nullStr(f.Item), string(f.Unit), v, string(f.Qualifier), f.Raw, f.Sheet, f.Cell})
		}
		if err := appendRows(c, "facts", facts); err != nil {
			return err
		}
		if err := appendRows(c, "messages", messageRows(r.SHA256, r.FileName, file.RunID, id, msgs)); err != nil {
			return err
		}
		file.ID, file.ReturnID, file.Outcome = id, id, OutcomeLoaded
		if err := judgeFile(ctx, c, file, loadedAt); err != nil {
			return err
		}
		if bump {
			return bumpDataVersion(ctx, c)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("load return %q: %w", r.FileName, err)
	}
	d.bumped = true
	r.Messages = msgs
	return id, nil
}

// RecordFile records a file judged rejected or a duplicate, with the
// messages that explain it, in one transaction.
func (d *DB) RecordFile(ctx context.Context, file FileRecord, msgs []etl.Message, at time.Time) error {
	err := d.tx(ctx, func(c *sql.Conn) error {
		if err := appendRows(c, "messages", messageRows(file.SHA256, file.FileName, file.RunID, 0, msgs)); err != nil {
			return err
		}
		return judgeFile(ctx, c, file, at)
	})
	if err != nil {
		return fmt.Errorf("record file %q: %w", file.FileName, err)
	}
	return nil
}

// ---- the data version ----

func bumpDataVersion(ctx context.Context, c *sql.Conn) error {
	_, err := c.ExecContext(ctx, `insert or replace into meta
		select 'data_version', cast(coalesce(max(cast(value as bigint)), 0) + 1 as varchar) from meta where key = 'data_version'`)
	return err
}

// Versions returns the data version and the version last published. A
// rebuild of the rollups, outputs and analyst copy is pending while they
// differ.
func (d *DB) Versions(ctx context.Context) (data, published int64, err error) {
	get := func(key string) (int64, error) {
		v, err := d.Meta(ctx, key)
		if err != nil || v == "" {
			return 0, err
		}
		return strconv.ParseInt(v, 10, 64)
	}
	if data, err = get("data_version"); err != nil {
		return 0, 0, fmt.Errorf("data version: %w", err)
	}
	if published, err = get("published_version"); err != nil {
		return 0, 0, fmt.Errorf("published version: %w", err)
	}
	return data, published, nil
}

// MarkPublished records that the rollups, outputs and analyst copy of data
// version v are published.
func (d *DB) MarkPublished(ctx context.Context, v int64) error {
	if err := d.SetMeta(ctx, "published_version", strconv.FormatInt(v, 10)); err != nil {
		return fmt.Errorf("mark published: %w", err)
	}
	d.bumped = false
	return nil
}

// ---- runs ----

// Run is one pass of the job as recorded in the runs table.
type Run struct {
	ID                                      string
	StartedAt, EndedAt                      time.Time
	FilesSeen, Loaded, Rejected, Duplicates int
	Status                                  string
	Error                                   string
}

// StartRun records a pass as running. A pass still recorded as running
// died without finishing (passes never overlap): it becomes interrupted.
func (d *DB) StartRun(ctx context.Context, r Run) error {
	err := d.tx(ctx, func(c *sql.Conn) error {
		if _, err := c.ExecContext(ctx, "update runs set status = 'interrupted', ended_at = ? where status = 'running'", r.StartedAt); err != nil {
			return err
		}
		_, err := c.ExecContext(ctx, "insert into runs (run_id, started_at, status) values (?, ?, 'running')", r.ID, r.StartedAt)
		return err
	})
	if err != nil {
		return fmt.Errorf("start run: %w", err)
	}
	return nil
}

// FinishRun records the outcome of a pass.
func (d *DB) FinishRun(ctx context.Context, r Run) error {
	_, err := d.db.ExecContext(ctx, `update runs set ended_at = ?, files_seen = ?, loaded = ?, rejected = ?,
		duplicates = ?, status = ?, error = ? where run_id = ?`,
		r.EndedAt, r.FilesSeen, r.Loaded, r.Rejected, r.Duplicates, r.Status, nullStr(r.Error), r.ID)
	if err != nil {
		return fmt.Errorf("finish run: %w", err)
	}
	return nil
}
