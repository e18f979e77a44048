package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// The tests in this file build real .xlsx workbooks for the findings of
// probe10 that the sheets10 helper closed: breakdowns of another metric,
// Total columns over parts that are not days, sheets that say they are not
// the return, struck-through figures, and returns for part of a force or
// another span than the week.

// breakdownRows are rows a force writes under a breakdown of arrests,
// warrants or searches by type: each label alone names an item (or the
// metric of items) of another metric.
var breakdownRows = [][]any{
	{"Firearms", 3}, {"Knives", 5}, {"Weapons", 10}, {"Drugs", 20}, {"Heroin", 7}, {"Cash", 2000}, {"Mobile phones", 4},
}

// S: a breakdown of metric X by type never gives facts of another metric.
// Law: for every metric without items, every way of writing its
// breakdown (a heading alone in its row, "X by offence", "Breakdown of
// X", or a table headed "Offence | X") and every row under it, no fact of
// another metric is loaded and the row's figure is named in a warning;
// the breakdown's parts the catalogue has ("Under 18" under "Arrests by
// age") are read as them. The control, the same rows under their own
// metric's heading or none, loads them.
func TestProbe10SBreakdownOfAnotherMetricLaw(t *testing.T) {
	t.Parallel()
	metrics := []struct{ label, code string }{
		{"Arrests", "arrests"}, {"Warrants executed", "warrants"}, {"Stop and searches", "stop_searches"}, {"Stop searches", "stop_searches"},
	}
	heads := []func(string) [][]any{
		func(m string) [][]any { return [][]any{{m + " by offence"}} },
		func(m string) [][]any { return [][]any{{m + " by type"}} },
		func(m string) [][]any { return [][]any{{m + " - by object"}} },
		func(m string) [][]any { return [][]any{{m + " (by type)"}} },
		func(m string) [][]any { return [][]any{{"Breakdown of " + strings.ToLower(m)}} },
		func(m string) [][]any { return [][]any{{m + " broken down by offence type"}} },
		func(m string) [][]any { return [][]any{{"Offence", m}} },
		func(m string) [][]any { return [][]any{{"Weapon type", m}} },
		func(m string) [][]any { return [][]any{{"Type", m}} },
	}
	type tc struct {
		metric, head, row int
	}
	var cases []tc
	for mi := range metrics {
		for hi := range heads {
			for ri := range breakdownRows {
				cases = append(cases, tc{mi, hi, ri})
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		rows := [][]any{{kentTitle}, nil}
		rows = append(rows, heads[c.head](metrics[c.metric].label)...)
		rows = append(rows, breakdownRows[c.row], breakdownRows[(c.row+1)%len(breakdownRows)])
		b.Rows("A1", rows...)
	})
	for i, p := range ps {
		c := cases[i]
		m := metrics[c.metric]
		name := fmt.Sprintf("%q over %v", heads[c.head](m.label), breakdownRows[c.row])
		for _, f := range p.r.Facts {
			if !strings.HasPrefix(f.Metric, m.code) {
				t.Errorf("%s: loaded %s\n%s", name, factLine(f), p.dump())
			}
		}
		for _, cell := range []string{"B4", "B5"} {
			warned := false
			for _, msg := range p.r.Messages {
				for _, c := range msg.Cells {
					warned = warned || c == cell && msg.Severity == "warning"
				}
			}
			if !warned {
				t.Errorf("%s: the figure at %s is named in no warning\n%s", name, cell, p.dump())
			}
		}
	}
}

// S, the parts the catalogue has and the control: under a breakdown of
// arrests by age or sex its parts are read; the same item rows under
// their own metric's heading, or a breakdown of a metric of items by
// type, are its items.
func TestProbe10SBreakdownPartsAndControl(t *testing.T) {
	t.Parallel()
	book(t, "age.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Arrests by age"}, []any{"Under 18", 7}, nil, []any{"Arrests", 43})
	}).loaded("kent", "2021-10").facts("Return!B4 arrests_under_18 - people 7", "Return!B6 arrests - people 43")
	for _, head := range []string{"Weapons seized by type", "Weapons seized", "Weapons seized (breakdown)"} {
		book(t, "weapons.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 43}, nil, []any{head}, []any{"Firearms", 3}, []any{"Knives", 5})
		}).loaded("kent", "2021-10").facts("Return!B3 arrests - people 43", "Return!B6 weapons_seized firearm count 3", "Return!B7 weapons_seized knife count 5").silent("breakdown")
	}
	// A breakdown ends at a blank row: the rows after it are read.
	book(t, "after.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Arrests by offence"}, []any{"Firearms", 3}, nil, []any{"Knives", 5})
	}).loaded("kent", "2021-10").facts("Return!B6 weapons_seized knife count 5").says("warning", "breakdown", "Return!A4", "Arrests by offence")
	// Weapon type | Arrests | Seized: the Seized column is the weapons'.
	book(t, "cols.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Weapon type", "Arrests", "Number seized"}, []any{"Firearms", 3, 2}, []any{"Knives", 5, 9})
	}).loaded("kent", "2021-10").facts("Return!C4 weapons_seized firearm count 2", "Return!C5 weapons_seized knife count 9").says("warning", "unread_column", "Return!B4", "Arrests")
}
