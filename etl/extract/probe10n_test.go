package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// totalOver is a row of column headings before a Total column, and what a
// careful analyst reads in them.
type totalOver struct {
	kind  string // days, currency, periods, counted (weeks counted from 1), parts
	heads []string
	this  int // for periods: the column (0-based among heads) that is this week's, -1 for none
}

// probe10NSets are the headings before a Total in a return for the week
// of 11-17 October 2021 (ISO week 41 of 2021).
var probe10NSets = []totalOver{
	{"days", []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}, -1},
	{"days", []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}, -1},
	{"days", []string{"Day 1", "Day 2", "Day 3", "Day 4", "Day 5", "Day 6", "Day 7"}, -1},
	{"days", []string{"11/10/2021", "12/10/2021", "13/10/2021", "14/10/2021", "15/10/2021", "16/10/2021", "17/10/2021"}, -1},
	// Days that leave some of the week out (review23 R19): the Total is a
	// part of the week's figure, no day's figure is the week's.
	{"partweek", []string{"Monday", "Tuesday", "Wednesday"}, -1},
	{"partweek", []string{"11/10/2021", "12/10/2021", "13/10/2021"}, -1},
	{"currency", []string{"Sterling", "Euro"}, -1},
	{"currency", []string{"£", "€"}, -1},
	{"currency", []string{"GBP", "EUR", "USD"}, -1},
	{"currency", []string{"Pounds", "Euros"}, -1},
	// Weeks counted from 1: the force's own count or ISO weeks 1 and 2?
	{"counted", []string{"Week 1", "Week 2"}, -1},
	{"counted", []string{"Week 1", "Week 2", "Week 3"}, -1},
	{"counted", []string{"Wk 1", "Wk 2"}, -1},
	// ISO weeks: week 41 is this return's week, the others are not.
	{"periods", []string{"Week 40", "Week 41"}, 1},
	{"periods", []string{"Week 41", "Week 42"}, 0},
	{"periods", []string{"Week 42", "Week 43"}, -1},
	{"periods", []string{"IW", "Follow-up"}, 0},
	{"periods", []string{"Fortnight 1", "Fortnight 2"}, -1},
	{"periods", []string{"This week", "Last week"}, 0},
	{"periods", []string{"Week ending 10/10/2021", "Week ending 17/10/2021"}, 1},
	// Days of another week, or days beyond this one: neither the Total nor a day is the week's.
	{"periods", []string{"04/10/2021", "05/10/2021", "06/10/2021"}, -1},
	{"periods", []string{"10/10/2021", "11/10/2021"}, -1},
	{"parts", []string{"Adults", "Children"}, -1},
	{"parts", []string{"Adult", "Juvenile"}, -1},
	// Neither days nor currencies, periods or parts: districts of the force.
	{"other", []string{"Medway", "Thanet"}, -1},
	{"other", []string{"North Division", "South Division", "East Division"}, -1},
}

// N (W6, W10, S5): a Total column is this week's figure only when the
// columns it adds up are parts of this week (days) or parts of the row's
// metric. Law, for every set of headings, every row metric and every
// Total heading:
//   - over the week's days, the Total alone is loaded; over some of
//     them, nothing is loaded and a warning names the Total;
//   - over currencies, the Total is loaded as nothing and a warning names
//     it; each currency column is read in its own currency (cash: gbp and
//     eur, never their sum);
//   - over periods, the Total is loaded as nothing and a warning names it;
//     only the column whose heading names this week is loaded;
//   - over weeks counted from 1, nothing is loaded, and a warning at each
//     heading (unread_period: the force's count or ISO weeks, nothing says
//     which) names the figure under it;
//   - over parts, the Total is loaded as the row's metric, and each part
//     the catalogue has (safeguarded adults and children) as that part;
//   - over other headings (districts), the Total alone is loaded and the
//     columns are listed as its parts (skipped_parts), not as single days.
//
// No sum of two or more columns is ever loaded but a Total of days or parts.
func TestProbe10NTotalOfWhatLaw(t *testing.T) {
	t.Parallel()
	sets := probe10NSets
	rows := []string{"Arrests", "Cash seized", "Safeguarded", "Stop and searches", "Warrants executed"}
	totals := []string{"Total", "Grand total", "Week total"}
	type tc struct{ set, row, total int }
	var cases []tc
	for si := range sets {
		for ri := range rows {
			for ti := range totals {
				cases = append(cases, tc{si, ri, ti})
			}
		}
	}
	figure := func(c tc, k int) int { return 10*(k+1) + c.row }
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		s := sets[c.set]
		head := append(append([]any{"Measure"}, anys(s.heads)...), totals[c.total])
		row := []any{rows[c.row]}
		sum := 0
		for k := range s.heads {
			sum += figure(c, k)
			row = append(row, figure(c, k))
		}
		row = append(row, sum)
		b.Rows("A1", []any{kentTitle}, nil, head, row)
	})
	for i, p := range ps {
		c := cases[i]
		s := sets[c.set]
		name := fmt.Sprintf("%s row %q under %q │ %q", s.kind, rows[c.row], s.heads, totals[c.total])
		sum := 0
		for k := range s.heads {
			sum += figure(c, k)
		}
		col := func(k int) string { return fmt.Sprintf("P%d!%c4", i, rune('B'+k)) }
		totalCell := col(len(s.heads))
		var total bool
		var loaded []string
		for _, f := range p.r.Facts {
			loaded = append(loaded, f.Sheet+"!"+f.Cell)
			if f.Sheet+"!"+f.Cell == totalCell {
				total = true
				if *f.Value != float64(sum) {
					t.Errorf("%s: the Total loads as %v, want %d\n%s", name, *f.Value, sum, p.dump())
				}
			}
		}
		warned := func(cell string) bool {
			for _, m := range p.r.Messages {
				for _, ref := range m.Cells {
					if m.Severity == "warning" && m.Sheet+"!"+ref == cell {
						return true
					}
				}
			}
			return false
		}
		notTotal := func() {
			if total || !warned(totalCell) {
				t.Errorf("%s: the Total is loaded or named in no warning\n%s", name, p.dump())
			}
			for _, f := range p.r.Facts {
				if *f.Value == float64(sum) {
					t.Errorf("%s: the sum %d is loaded\n%s", name, sum, p.dump())
				}
			}
		}
		switch s.kind {
		case "days":
			if !total || len(p.r.Facts) != 1 {
				t.Errorf("%s: want the Total alone loaded\n%s", name, p.dump())
			}
		case "partweek":
			notTotal()
			if len(p.r.Facts) != 0 {
				t.Errorf("%s: some of the week's days: want nothing loaded\n%s", name, p.dump())
			}
		case "currency":
			notTotal()
			if rows[c.row] == "Cash seized" {
				p.facts(fmt.Sprintf("P%d!B4 cash_seized - gbp %d", i, figure(c, 0)), fmt.Sprintf("P%d!C4 cash_seized - eur %d", i, figure(c, 1)))
			}
		case "periods":
			notTotal()
			for k := range s.heads {
				if got := slices.Contains(loaded, col(k)); got != (k == s.this) {
					t.Errorf("%s: the figure under %q loaded %v, want %v\n%s", name, s.heads[k], got, k == s.this, p.dump())
				}
			}
		case "counted":
			notTotal()
			if len(p.r.Facts) != 0 {
				t.Errorf("%s: weeks counted from 1 say no week: want nothing loaded\n%s", name, p.dump())
			}
			for k := range s.heads {
				// Not "week 1: 4 Jan 2021 to 10 Jan 2021": nothing says these are ISO weeks.
				if !warned(col(k)) || p.message("unread_period", fmt.Sprintf("P%d!%c3", i, rune('B'+k))) == nil {
					t.Errorf("%s: the figure under %q is named in no unread_period warning at its heading\n%s", name, s.heads[k], p.dump())
				}
			}
		case "other":
			if !total || len(p.r.Facts) != 1 {
				t.Errorf("%s: want the Total alone loaded\n%s", name, p.dump())
			}
			if p.message("skipped_parts", col(0)) == nil || p.message("skipped_days", col(0)) != nil {
				t.Errorf("%s: the columns are not listed as the Total's parts (skipped_parts), or are called single days\n%s", name, p.dump())
			}
		case "parts":
			if !total {
				t.Errorf("%s: the Total is not loaded\n%s", name, p.dump())
			}
			if rows[c.row] == "Safeguarded" {
				p.facts(fmt.Sprintf("P%d!B4 safeguarded_adult - people %d", i, figure(c, 0)),
					fmt.Sprintf("P%d!C4 safeguarded_juvenile - people %d", i, figure(c, 1)),
					fmt.Sprintf("P%d!D4 safeguarded - people %d", i, sum))
			}
		}
	}
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// N3 (cb01, cb02): parts in columns right of a Total ("Total │ Of which
// under 18", "Total │ Male │ Female") are parts of the row's metric. Law,
// for every set of part headings and every row metric: the Total loads
// as the row's metric; no part's figure loads as the row's metric; each
// part's figure loads as the catalogue's part of it or is named in a
// warning; and the parts the catalogue has load as those parts.
func TestProbe10NPartsAfterTotalLaw(t *testing.T) {
	t.Parallel()
	sets := [][]string{{"Of which under 18"}, {"Under 18"}, {"Male", "Female"}, {"Children", "Adults"}, {"Juvenile", "Adult"}}
	rows := []string{"Arrests", "Safeguarded", "Cash seized", "Stop and searches", "Warrants executed"}
	metrics := []string{"arrests", "safeguarded", "cash_seized", "stop_searches", "warrants"}
	// want[set][row]: the parts the catalogue has, by column (B is the Total).
	want := map[[2]int][]string{
		{0, 0}: {"C arrests_under_18"},
		{1, 0}: {"C arrests_under_18"},
		{2, 0}: {"C arrests_male", "D arrests_female"},
		{3, 0}: {"C arrests_under_18"},
		{4, 0}: {"C arrests_under_18"},
		{3, 1}: {"C safeguarded_juvenile", "D safeguarded_adult"},
		{4, 1}: {"C safeguarded_juvenile", "D safeguarded_adult"},
	}
	type tc struct{ set, row int }
	var cases []tc
	for s := range sets {
		for r := range rows {
			cases = append(cases, tc{s, r})
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		head := append([]any{"Measure", "Total"}, anys(sets[c.set])...)
		row := []any{rows[c.row], 40 + c.row}
		for k := range sets[c.set] {
			row = append(row, 5+k)
		}
		b.Rows("A1", []any{kentTitle}, nil, head, row)
	})
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%q under Total │ %q", rows[c.row], sets[c.set])
		got := map[string]string{}
		for _, f := range p.r.Facts {
			got[f.Cell] = f.Metric
		}
		if got["B4"] != metrics[c.row] {
			t.Errorf("%s: the Total is not loaded as %s\n%s", name, metrics[c.row], p.dump())
		}
		for k := range sets[c.set] {
			cell := fmt.Sprintf("%c4", rune('C'+k))
			warned := false
			for _, m := range p.r.Messages {
				warned = warned || m.Severity == "warning" && slices.Contains(m.Cells, cell)
			}
			switch m, ok := got[cell]; {
			case ok && m == metrics[c.row]:
				t.Errorf("%s: the part at %s loads as the row's metric\n%s", name, cell, p.dump())
			case !ok && !warned:
				t.Errorf("%s: the part at %s is neither loaded nor named in a warning\n%s", name, cell, p.dump())
			}
		}
		for _, w := range want[[2]int{c.set, c.row}] {
			col, metric, _ := strings.Cut(w, " ")
			if got[col+"4"] != metric {
				t.Errorf("%s: %s4 is not loaded as %s\n%s", name, col, metric, p.dump())
			}
		}
	}
}
