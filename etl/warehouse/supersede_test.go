package warehouse_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/warehouse"
)

// probe10 K1: a later return for the same force and operation replaces the
// earlier one whole. For every subset of the earlier return's figures that
// the later one gives again (with other values, or none at all), the later
// return carries one warning listing exactly the figures it drops, each
// with its old value and cell, and no warning when it drops none. The
// figures it gives that the earlier did not change nothing.
func TestSupersedingReturnListsDroppedFigures(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "w.duckdb"))
	v := func(x float64) *float64 { return &x }
	full := []etl.Fact{
		{Metric: "arrests", Unit: etl.UnitPeople, Value: v(43), Qualifier: etl.Exact, Raw: "43", Sheet: "Return", Cell: "B4"},
		{Metric: "warrants", Unit: etl.UnitCount, Value: v(25), Qualifier: etl.Exact, Raw: "25", Sheet: "Return", Cell: "B5"},
		{Metric: "cash_seized", Unit: etl.UnitGBP, Value: v(5000), Qualifier: etl.Exact, Raw: "£5,000", Sheet: "Return", Cell: "B6"},
		{Metric: "drugs_seized", Item: "heroin", Unit: etl.UnitGrams, Value: v(56), Qualifier: etl.MoreThan, Raw: "over 56g", Sheet: "Return", Cell: "B7"},
		{Metric: "weapons_seized", Item: "knife", Unit: etl.UnitCount, Qualifier: etl.Unquantified, Raw: "some knives", Sheet: "Return", Cell: "B8"},
	}
	want := []string{"arrests 43 people (Return!B4)", "warrants 25 count (Return!B5)", "cash_seized 5000 gbp (Return!B6)",
		"drugs_seized heroin more_than 56 g (Return!B7)", `weapons_seized knife unquantified ("some knives") (Return!B8)`}
	extra := etl.Fact{Metric: "stop_searches", Unit: etl.UnitCount, Value: v(9), Qualifier: etl.Exact, Raw: "9", Sheet: "Return", Cell: "B9"}
	id := int64(0)
	load := func(op string, facts []etl.Fact) *etl.Return {
		t.Helper()
		id++
		r := &etl.Return{Force: "kent", Operation: op, FileName: fmt.Sprintf("kent-%d.xlsx", id), SHA256: fmt.Sprint("sha-", id), Facts: facts,
			Messages: []etl.Message{{Severity: etl.SevInfo, Code: "skipped_identity", Text: "the title"}}}
		if _, err := db.LoadReturn(ctx, r, warehouse.FileRecord{ID: id, FileName: r.FileName, SHA256: r.SHA256, RunID: "r", ReceivedAt: time.Now()}, time.Now()); err != nil {
			t.Fatal(err)
		}
		return r
	}
	for set := 0; set < 1<<len(full); set++ {
		op := "2021-10"
		if set%2 == 1 {
			op = "2022-03" // operations are independent of each other
		}
		first := load(op, full)
		// A full return replacing the last set's later one drops only
		// the figure that one added.
		for _, m := range first.Messages {
			if m.Code == warehouse.CodeFiguresDropped && (!strings.Contains(m.Text, "stop_searches 9 count (Return!B9)") || !strings.Contains(m.Text, "1 of its figures")) {
				t.Errorf("set %b: a full return replacing one with one more figure: %s", set, m.Text)
			}
		}
		var again []etl.Fact
		var dropped []string
		for k, f := range full {
			if set&(1<<k) != 0 {
				g := f
				g.Value = v(7) // another value: still given
				if f.Value == nil {
					g.Value, g.Qualifier = nil, etl.Unquantified
				}
				again = append(again, g)
			} else {
				dropped = append(dropped, want[k])
			}
		}
		later := load(op, append(again, extra))
		var got []etl.Message
		for _, m := range later.Messages {
			if m.Code == warehouse.CodeFiguresDropped {
				got = append(got, m)
			}
		}
		stored := count(t, db, fmt.Sprintf("select count(*) from messages where return_id = %d and code = '%s' and severity = 'warning'", id, warehouse.CodeFiguresDropped))
		switch {
		case len(dropped) == 0 && (len(got) != 0 || stored != 0):
			t.Errorf("set %b: drops nothing, yet warned: %v", set, got)
		case len(dropped) == 0:
		case len(got) != 1 || stored != 1:
			t.Errorf("set %b: want one warning listing %v, got %v (%d stored)", set, dropped, got, stored)
		default:
			for _, d := range dropped {
				if !strings.Contains(got[0].Text, d) {
					t.Errorf("set %b: the warning does not list %q: %s", set, d, got[0].Text)
				}
			}
			for k, w := range want {
				if set&(1<<k) != 0 && strings.Contains(got[0].Text, w) {
					t.Errorf("set %b: the warning lists %q, given again: %s", set, w, got[0].Text)
				}
			}
			if !strings.Contains(got[0].Text, fmt.Sprintf("return %d (kent-%d.xlsx)", id-1, id-1)) || !strings.Contains(got[0].Text, fmt.Sprintf("%d of its figures", len(dropped))) {
				t.Errorf("set %b: the warning does not name the return it replaces: %s", set, got[0].Text)
			}
			if strings.Contains(got[0].Text, "stop_searches") {
				t.Errorf("set %b: a figure only the new return gives is not dropped: %s", set, got[0].Text)
			}
		}
	}
}
