package warehouse

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/countylines/countylines/etl"
)

// DefaultPlausibilityFactor is how many times a figure may stand above
// (or below) its force's median over previous operations, or its peers'
// range per 100,000 people, before it is listed as implausible.
const DefaultPlausibilityFactor = 10.0

const (
	metaPlausibilityFactor   = "plausibility_factor"
	metaPlausibilityRecorded = "plausibility_recorded_through" // the last return_id whose warnings were recorded
)

// SetPlausibilityFactor records the factor the implausible_figures rollup
// uses (0 for DefaultPlausibilityFactor). A change moves the data version,
// so the next publish rebuilds the rollups; it reports whether it changed.
func (d *DB) SetPlausibilityFactor(ctx context.Context, factor float64) (changed bool, err error) {
	if factor == 0 {
		factor = DefaultPlausibilityFactor
	}
	if math.IsNaN(factor) || math.IsInf(factor, 0) || factor <= 1 {
		return false, fmt.Errorf("plausibility factor %v: must be a number above 1", factor)
	}
	v := strconv.FormatFloat(factor, 'f', -1, 64)
	err = d.tx(ctx, func(c *sql.Conn) error {
		var old string
		err := c.QueryRowContext(ctx, "select value from meta where key = ?", metaPlausibilityFactor).Scan(&old)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if changed = old != v; !changed {
			return nil
		}
		if _, err := c.ExecContext(ctx, "insert or replace into meta values (?, ?)", metaPlausibilityFactor, v); err != nil {
			return err
		}
		return bumpDataVersion(ctx, c)
	})
	if err != nil {
		return false, fmt.Errorf("plausibility factor: %w", err)
	}
	return changed, nil
}

// RecordPlausibility adds the implausible_figures rows of every return not
// yet assessed (loaded since the last call) to the messages of that
// return, as warnings stamped with runID, and returns how many it added.
// Call it after BuildRollups, so that peers loaded in the same pass count.
// The warnings change no figure; implausible_figures itself, rebuilt on
// every pass, stays the complete view as later returns arrive.
func (d *DB) RecordPlausibility(ctx context.Context, runID string) (int, error) {
	var added int64
	err := d.tx(ctx, func(c *sql.Conn) error {
		var have int
		if err := c.QueryRowContext(ctx, `select count(*) from duckdb_tables()
			where database_name = current_database() and table_name = 'implausible_figures'`).Scan(&have); err != nil {
			return err
		}
		if have == 0 {
			return nil // the rollups define no plausibility relation
		}
		var through int64
		if err := c.QueryRowContext(ctx, `select coalesce(max(try_cast(value as bigint)), 0) from meta where key = ?`,
			metaPlausibilityRecorded).Scan(&through); err != nil {
			return err
		}
		res, err := c.ExecContext(ctx, `insert into messages (sha256, file_name, run_id, return_id, severity, code, sheet, cell, text)
			select r.sha256, r.file_name, ?, p.return_id, ?, 'implausible_' || p.test, p.sheet, p.cell, p.message
			from implausible_figures as p
			inner join returns as r on r.return_id = p.return_id
			where p.return_id > ?
			order by p.return_id, p.metric_code, p.item_code nulls first, p.unit, p.test`,
			runID, string(etl.SevWarning), through)
		if err != nil {
			return err
		}
		if added, err = res.RowsAffected(); err != nil {
			return err
		}
		_, err = c.ExecContext(ctx, `insert or replace into meta
			select ?, coalesce(max(return_id), ?)::varchar from returns`, metaPlausibilityRecorded, through)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("record plausibility warnings: %w", err)
	}
	return int(added), nil
}
