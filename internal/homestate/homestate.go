// Package homestate captures, as canonical text, what a home folder
// publishes and keeps, so that tests can compare two homes: a pass stopped
// and run again against one never stopped, a rebuilt warehouse against the
// one it replaced. It is for tests only.
package homestate

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/etl/warehouse"
)

// State maps what was captured (e.g. "analyst national_totals",
// "out 2021-10/national_totals.parquet", "files on disk") to its text.
type State map[string]string

// PlausibilityMessages names the plausibility warnings in a State.
const PlausibilityMessages = "plausibility messages"

// Rollups are the relations compared in the analyst copy.
var Rollups = []string{"current_facts", "national_totals", "regional_totals", "completeness", "force_league", "force_figures", "national_change"}

// Capture reads the analyst copy (every rollup, and the returns, files and
// messages tables without the columns that name a run or a time of
// loading), every Parquet file and every sheet of every workbook in out/
// (leaving out when and by which run a workbook was written), and the list
// of files in inbox/, work/, archive/ and rejected/.
func Capture(ctx context.Context, home string) (State, error) {
	s := State{}
	adb, err := warehouse.Open(ctx, warehouse.Options{Path: filepath.Join(home, "analyst.duckdb"), ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer adb.Close()
	queries := map[string]string{
		"returns":  "select return_id, operation_code, force_code, file_name, sha256, size_bytes, received_at, status, superseded_by from returns",
		"files":    "select file_id, state, file_name, sha256, size_bytes, received_at, outcome, return_id, reason, stored_as, report from files",
		"facts":    "select count(*) from facts",
		"messages": "select sha256, file_name, return_id, severity, code, sheet, cell, text from messages where code not like 'implausible%'",
		// Plausibility warnings are stamped on the returns of each pass
		// against the peers loaded by then: a replay of all at once
		// stamps them differently (docs/lifecycle.md).
		PlausibilityMessages: "select sha256, file_name, return_id, severity, code, sheet, cell, text from messages where code like 'implausible%'",
	}
	for _, r := range Rollups {
		queries[r] = "select * from " + r
	}
	for name, q := range queries {
		t, err := adb.Query(ctx, name, q+" order by all", 0)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		s["analyst "+name] = TableCSV(t)
	}
	mem, err := warehouse.Open(ctx, warehouse.Options{})
	if err != nil {
		return nil, err
	}
	defer mem.Close()
	out := filepath.Join(home, "out")
	pqs, _ := filepath.Glob(filepath.Join(out, "*", "*.parquet"))
	for _, p := range pqs {
		t, err := mem.Query(ctx, "pq", "select * from read_parquet('"+p+"') order by all", 0)
		if err != nil {
			return nil, err
		}
		s["out "+rel(out, p)] = TableCSV(t)
	}
	books, _ := filepath.Glob(filepath.Join(out, "*", "*.xlsx"))
	for _, p := range books {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		// Our own output, larger than a return may be.
		lim := ingest.DefaultLimits()
		lim.MaxCells, lim.Deadline = 10_000_000, 0
		wb, err := ingest.Read(ctx, bytes.NewReader(b), int64(len(b)), p, lim)
		if err != nil {
			return nil, err
		}
		for _, sh := range wb.Sheets {
			s["out "+rel(out, p)+" "+sh.Name] = sheetText(sh)
		}
	}
	s["files on disk"] = strings.Join(Tree(home), "\n")
	return s, nil
}

// sheetText lists a sheet's cells row by row, leaving out the rows that
// say when and by which run the workbook was written.
func sheetText(sh etl.Sheet) string {
	rows := map[int][]string{}
	var order []int
	for _, c := range sh.Cells {
		if _, ok := rows[c.Row]; !ok {
			order = append(order, c.Row)
		}
		rows[c.Row] = append(rows[c.Row], c.Ref()+"="+c.Text)
	}
	var b strings.Builder
	for _, r := range order {
		cells := rows[r]
		if strings.HasSuffix(cells[0], "=Generated") || strings.HasSuffix(cells[0], "=Run") {
			continue
		}
		b.WriteString(strings.Join(cells, "\t") + "\n")
	}
	return b.String()
}

func rel(base, p string) string {
	r, err := filepath.Rel(base, p)
	if err != nil {
		return p
	}
	return filepath.ToSlash(r)
}

// Tree lists the files (and other things) in the inbox, work/, archive/
// and rejected/, relative to the home folder; the inbox may be a link to
// a folder elsewhere.
func Tree(home string) []string {
	var out []string
	for _, d := range []string{"inbox", "work", "archive", "rejected"} {
		real, err := filepath.EvalSymlinks(filepath.Join(home, d))
		if err != nil {
			continue
		}
		filepath.WalkDir(real, func(p string, de fs.DirEntry, err error) error {
			if err == nil && !de.IsDir() {
				out = append(out, d+"/"+rel(real, p))
			}
			return nil
		})
	}
	sort.Strings(out)
	return out
}

// Diff lists each thing that differs from want, with its first differing
// line.
func (s State) Diff(want State) []string {
	keys := map[string]bool{}
	for k := range s {
		keys[k] = true
	}
	for k := range want {
		keys[k] = true
	}
	var names []string
	for k := range keys {
		names = append(names, k)
	}
	sort.Strings(names)
	var out []string
	for _, k := range names {
		if s[k] != want[k] {
			out = append(out, k+": "+firstDiff(want[k], s[k]))
		}
	}
	return out
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n want %q\n  got %q", i+1, x, y)
		}
	}
	return ""
}

// TableCSV renders a table as CSV, numbers in their shortest form and
// times in UTC.
func TableCSV(t *etl.Table) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Write(t.Columns)
	for _, r := range t.Rows {
		cells := make([]string, len(r))
		for i, v := range r {
			switch x := v.(type) {
			case nil:
				cells[i] = ""
			case float64:
				cells[i] = strconv.FormatFloat(x, 'f', -1, 64)
			case time.Time:
				cells[i] = x.UTC().Format(time.RFC3339Nano)
			default:
				cells[i] = fmt.Sprint(x)
			}
		}
		w.Write(cells)
	}
	w.Flush()
	return b.String()
}

// DifferingTables compares every table of the database db with the same
// table of the analyst copy at analyst, rows as multisets (their count and
// the sum of their whole-row hashes), and lists those that differ and
// those one has and the other has not. The meta rows a pass writes only
// after it published the copy (which copy it published, which data
// version) are left out.
func DifferingTables(ctx context.Context, db *warehouse.DB, analyst string) ([]string, error) {
	if _, err := db.Query(ctx, "attach", "attach '"+strings.ReplaceAll(analyst, "'", "''")+"' as analyst_compared (read_only)", 0); err != nil {
		return nil, err
	}
	defer db.Query(context.WithoutCancel(ctx), "detach", "detach analyst_compared", 0)
	tables, err := db.Query(ctx, "tables", `select coalesce(l.table_name, r.table_name), l.table_name is not null and r.table_name is not null
		from (select table_name from duckdb_tables() where database_name = current_database()) as l
		full join (select table_name from duckdb_tables() where database_name = 'analyst_compared') as r using (table_name)
		order by 1`, 0)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, row := range tables.Rows {
		name := row[0].(string)
		if row[1] != true {
			out = append(out, name+" (in one only)")
			continue
		}
		where := ""
		if name == "meta" {
			where = " where key not in ('analyst_journal', 'published_version')"
		}
		sum := func(db string) string {
			return fmt.Sprintf("(select count(*) || ' rows, ' || coalesce(sum(hash(x)), 0) from %s%s as x%s)", db, name, where)
		}
		t, err := db.Query(ctx, "n", "select "+sum("")+", "+sum("analyst_compared."), 0)
		if err != nil {
			return nil, fmt.Errorf("compare %s: %w", name, err)
		}
		if live, copied := t.Rows[0][0].(string), t.Rows[0][1].(string); live != copied {
			out = append(out, fmt.Sprintf("%s (warehouse %s, analyst copy %s)", name, strings.SplitN(live, ",", 2)[0], strings.SplitN(copied, ",", 2)[0]))
		}
	}
	return out, nil
}
