package warehouse

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/countylines/countylines/etl"
)

// CodeFiguresDropped is the warning on a return that supersedes one whose
// figures it does not all give again: those figures leave the force's
// figures, and the message lists them with their old values.
const CodeFiguresDropped = "superseded_figures_dropped"

// droppedFigures is the warning, if any, that the return r, superseding
// the force's current return for its operation, does not give figures the
// earlier one gave (by metric, item and unit): those figures are no
// longer counted anywhere, and nothing else would say so. It reads
// through c, inside the load's transaction, before the earlier return is
// marked superseded.
func droppedFigures(ctx context.Context, c *sql.Conn, r *etl.Return) (*etl.Message, error) {
	var prevID int64
	var prevFile string
	err := c.QueryRowContext(ctx, `select return_id, file_name from returns
		where force_code = ? and operation_code = ? and status = ? order by return_id desc limit 1`,
		r.Force, r.Operation, StatusCurrent).Scan(&prevID, &prevFile)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the return it supersedes: %w", err)
	}
	given := map[string]bool{}
	for _, f := range r.Facts {
		given[f.Key()] = true
	}
	rows, err := c.QueryContext(ctx, `select metric_code, coalesce(item_code, ''), unit, value, qualifier,
		coalesce(raw, ''), coalesce(sheet, ''), coalesce(cell, '')
		from facts where return_id = ? order by metric_code, item_code nulls first, unit`, prevID)
	if err != nil {
		return nil, fmt.Errorf("read the figures of return %d: %w", prevID, err)
	}
	defer rows.Close()
	var gone []string
	for rows.Next() {
		var f etl.Fact
		var unit, qual string
		var v sql.NullFloat64
		if err := rows.Scan(&f.Metric, &f.Item, &unit, &v, &qual, &f.Raw, &f.Sheet, &f.Cell); err != nil {
			return nil, fmt.Errorf("read the figures of return %d: %w", prevID, err)
		}
		f.Unit, f.Qualifier = etl.Unit(unit), etl.Qualifier(qual)
		if v.Valid {
			f.Value = &v.Float64
		}
		if !given[f.Key()] {
			gone = append(gone, figureText(f))
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read the figures of return %d: %w", prevID, err)
	}
	if len(gone) == 0 {
		return nil, nil
	}
	return &etl.Message{Severity: etl.SevWarning, Code: CodeFiguresDropped, Text: fmt.Sprintf(
		"this return replaces return %d (%s), %s's return for %s, but does not give %d of its figures, which are no longer in %s's figures or any total: %s. A later return replaces the earlier one whole: if this one adds to it (a supplement, a correction of some figures), send one return with every figure",
		prevID, prevFile, r.Force, r.Operation, len(gone), r.Force, strings.Join(gone, "; "))}, nil
}

// figureText is a fact as a message names it: "arrests 43 people
// (Return!B4)", "drugs_seized heroin more_than 56 g (Return!B7)".
func figureText(f etl.Fact) string {
	var b strings.Builder
	b.WriteString(f.Metric)
	if f.Item != "" {
		b.WriteString(" " + f.Item)
	}
	if f.Qualifier != etl.Exact && f.Qualifier != "" && f.Value != nil {
		b.WriteString(" " + string(f.Qualifier))
	}
	if f.Value != nil {
		b.WriteString(" " + strconv.FormatFloat(*f.Value, 'f', -1, 64) + " " + string(f.Unit))
	} else {
		b.WriteString(fmt.Sprintf(" unquantified (%q)", f.Raw))
	}
	if f.Cell != "" {
		b.WriteString(" (" + f.Sheet + "!" + f.Cell + ")")
	}
	return b.String()
}
