package extract_test

import (
	"fmt"
	"slices"
	"strings"

	"testing"

	"github.com/countylines/countylines/etl"
)

// oneColumnRefused are headings over a column of figures that say the
// figures are not the force's own for the week: another or a longer
// period (the bound of a stretch is no week: "Year to 17/10/2021"), a
// wider area, another force, a part of the force.
var oneColumnRefused = []string{
	"Year to 17/10/2021", "4 weeks to 17/10/2021", "12 mths to 17/10/2021", "Rolling 12 months",
	"Year ending 17/10/2021", "4 weeks ending 17/10/2021", "Since April", "Financial year",
	"Year to date", "YTD", "Previous week", "Last year",
	"National", "All forces", "Regional total", "National total", "England and Wales",
	"Essex", "Essex Police",
	"Medway", "Medway district", "North Kent", "Thanet",
}

// oneColumnSaysRefused are headings that say whose the figures are in
// other words than an area's (a body that did it, figures shared with
// others) or what they are other than the week's count (not final, an
// average, a part of the week); oneColumnSaysLoaded their near misses.
var (
	oneColumnSaysRefused = []string{
		"Led by NCA", "Seized by BTP", "Multi-force", "Combined", "Other forces", "Another force",
		"Provisional", "Not validated", "Daily avg", "Average", "Per 100k", "Rate per 1,000", "11-14 Oct", "13/10/2021 - 17/10/2021",
		// review20 R22: words a value may be ("TBC", "Pending"); a day or
		// days of the week; seven days that are not the week's; shared
		// or pooled; not done
		"TBC", "To be confirmed", "TBA", "Awaiting", "Pending", "Tue 12/10", "12/10/2021", "Day 1", "Mon", "Mon-Thu",
		"Days 1-4", "10-16 Oct", "12-18 Oct", "10/10/2021 - 16/10/2021", "Multi-agency", "Shared", "Pooled", "Aggregated",
		"Anticipated", "Cancelled",
		// review21 V29: the week and a day more, not the week's count
		"10-17 Oct", "11-18 Oct",
		// closing21 item 3: a part of the week inside other words
		"Week 41 (Mon-Thu)", "Week 41 - Mon-Thu", "Mon-Thu figures", "Days 1-4 (part week)", "Kent Police (Days 1-4)",
		"Mon-Thu (4 days)",
		// closing21 item 4: a quarter, a financial year, shared across the
		// border, a change by its sign
		"Q4", "Q3", "Q4 figures", "FY", "Cross-border", "cross border", "+/-", "±",
		// review22 X18, X20: a quarter or half year however said; mutual
		// aid (another force's officers took part)
		"Qtr 3", "Quarter 3", "3rd quarter", "H2", "Half year", "2nd half", "Fiscal year", "Mutual aid",
	}
	oneColumnSaysLoaded = []string{"Recorded by Kent Police", "Seized by type", "Force wide", "This week", "Total",
		"11/10/2021", "17/10/2021", "11-17 Oct", "Week 41", "Confirmed", "Final", "Actual",
		// review21 V28: the week's seven days by their names or numbers
		"Mon-Sun", "Days 1-7", "Monday to Sunday", "Week 41 (Mon-Sun)", "Week commencing Monday 11/10/2021",
		"Mon 11 - Sun 17", "w/e 17/10/2021", "11-17 Oct 2021"}
)

// oneColumnLoaded are headings that say nothing against the force's own
// figure for the week: a measure, this week or its dates, the force.
var oneColumnLoaded = []string{
	"Total", "Number", "Figure", "Result", "Results", "Count", "This week", "Week", "Kent", "Kent Police",
	"17/10/2021", "Week ending 17/10/2021", "w/e 17/10/21", "11-17 Oct", "11/10/2021 - 17/10/2021",
	"Intensification week", "Week of action", "Qty", "No.", "Value", "", "7 days to 17/10/2021",
	"Kent total", "Force total", "All districts", "Amount", "Quantity",
}

// oneColumnMetrics are rows under the headings: a label, its metric, this
// week's figure (under "This week" when there are two columns) and the
// heading's figure, and the value each loads as.
var oneColumnMetrics = []struct {
	label, metric string
	week, other   any
	value         float64
}{
	{"Arrests", "arrests", 43, 400, 43},
	{"Warrants", "warrants", 12, 120, 12},
	{"Cash seized", "cash_seized", "£5,000", "£50,000", 5000},
	{"Weapons seized", "weapons_seized", 7, 70, 7},
}

// Law: the heading over a column of figures is judged the same whether it
// stands alone over the only value column or beside another. Alone
// (`Metric │ H`), a heading naming another or a longer period, a wider
// area, another force or a part of the force refuses the figure with a
// message at the figure or the heading naming the heading's words (or,
// for another force named where a title may stand, the return is
// rejected naming the heading's cell); any other heading loads it. Beside
// a `This week` column (`Metric │ This week │ H`), the H figure is never
// loaded and is named; this week's figure loads when H refuses, and when
// H loads either this week's figure loads or both are named
// (two_figures), as before. With and without a Force cell above.
func TestOneColumnHeadingLaw(t *testing.T) {
	t.Parallel()
	oneColumnLaw(t, oneColumnRefused, oneColumnLoaded)
}

// TestOneColumnHeadingSaysLaw is TestOneColumnHeadingLaw over headings
// whose other words say whose or what the figures are: "Led by NCA",
// "Combined", "Provisional", "Daily avg", "11-14 Oct" (a part of the
// week) never head the force's week's count.
func TestOneColumnHeadingSaysLaw(t *testing.T) {
	t.Parallel()
	oneColumnLaw(t, oneColumnSaysRefused, oneColumnSaysLoaded)
}

// oneColumnLaw is the law of TestOneColumnHeadingLaw over headings to
// refuse and headings to load.
func oneColumnLaw(t *testing.T, refused, loaded []string) {
	t.Helper()
	type tc struct {
		head      string
		refuse    bool
		metric    int
		two       bool
		forceCell bool
	}
	var cases []tc
	for _, list := range []struct {
		heads  []string
		refuse bool
	}{{refused, true}, {loaded, false}} {
		for _, ix := range every(len(list.heads), len(oneColumnMetrics), 2, 2) {
			cases = append(cases, tc{list.heads[ix[0]], list.refuse, ix[1], ix[2] == 1, ix[3] == 1})
		}
	}
	law[tc]{
		what:  "one column's heading",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%q over %s (two columns %v, Force cell %v)", c.head, oneColumnMetrics[c.metric].label, c.two, c.forceCell)
		},
		sheet: func(c tc, b *lawBook) {
			m := oneColumnMetrics[c.metric]
			force := []any{}
			if c.forceCell {
				force = []any{"Force", "Kent Police"}
			}
			if c.two {
				b.Rows("A1", []any{"Kent Police - County lines intensification week 11-17 October 2021"}, force,
					[]any{"Metric", "This week", c.head}, []any{m.label, m.week, m.other})
				return
			}
			b.Rows("A1", []any{"Kent Police - County lines intensification week 11-17 October 2021"}, force,
				[]any{"Metric", c.head}, []any{m.label, m.week})
		},
		holds: func(c tc, p probe, v *verdict) {
			m := oneColumnMetrics[c.metric]
			head, cell := "B3", "B4"
			if c.two {
				head, cell = "C3", "C4"
			}
			// atHead: the return is rejected by an error naming the
			// heading's cell ("the force is given as kent (P0!A1) and as
			// essex (P0!B3)").
			atHead := false
			for _, msg := range p.r.Messages {
				atHead = atHead || msg.Severity == etl.SevError && strings.Contains(msg.Text, "!"+head+")")
			}
			// named: a message at the figure or its heading names the
			// heading's words, or lists the figure, or atHead.
			named := func(cell string) bool {
				if atHead {
					return true
				}
				for _, msg := range p.r.Messages {
					if msg.Severity != etl.SevWarning && msg.Severity != etl.SevError {
						continue
					}
					if (msg.Cell == cell || msg.Cell == head) && (c.head == "" || strings.Contains(msg.Text, c.head)) {
						return true
					}
					for _, mc := range msg.Cells {
						if mc == cell {
							return true
						}
					}
				}
				return false
			}
			loaded := func(cell string) bool {
				return len(p.factsAt(cell)) > 0 && !p.r.Rejected()
			}
			if c.two {
				// The heading's figure is never loaded and always named.
				if loaded(cell) {
					v.wrong("loaded %s under %q", lineOf(&p.factsAt(cell)[0]), c.head)
				} else if !named(cell) {
					v.wrong("%s under %q refused with no message naming it or the heading", cell, c.head)
				}
				f := p.value(m.metric)
				week := f != nil && f.Cell == "B4" && *f.Value == m.value && !p.r.Rejected()
				switch {
				case c.refuse && !week && !atHead:
					v.wrong("want this week's %v loaded from B4", m.value)
				case !c.refuse && !week && !named("B4"):
					v.wrong("this week's B4 neither loaded nor named")
				}
				return
			}
			switch {
			case c.refuse && loaded(cell):
				v.wrong("loaded %s under %q", lineOf(&p.factsAt(cell)[0]), c.head)
			case c.refuse && !named(cell):
				v.wrong("%s under %q refused with no message at it or the heading naming %q", cell, c.head, c.head)
			case !c.refuse:
				f := p.value(m.metric)
				v.want(f != nil && f.Cell == cell && *f.Value == m.value && !p.r.Rejected(), "want %s %v loaded from %s", m.metric, m.value, cell)
			}
		},
	}.run(t)
}

// Law: a figure's own words never take it past its column's heading.
// Alone under a heading naming a wider area, another force, a part of
// the force or another period (`Metric │ National` over `Arrests │ 43
// (w/e 17/10/2021)`), a figure with a note of the week, a footnote mark
// or the force's own name after it is refused as the bare figure is,
// with a message at the figure or the heading (or the return is rejected
// naming the heading, for another force where a title may stand); under a
// heading that says nothing against it, it loads.
func TestOneColumnNotedFigureLaw(t *testing.T) {
	t.Parallel()
	type tc struct{ head, value string }
	values := []string{"43", "43 (w/e 17/10/2021)", "43*", "43 - Kent Police", "43 (Kent Police)"}
	heads := []string{"National", "All forces", "Regional total", "Essex Police", "Medway", "Thanet", "Year to 17/10/2021", "Last year", "Total", "This week"}
	refused := func(h string) bool { return h != "Total" && h != "This week" }
	var cases []tc
	for _, h := range heads {
		for _, v := range values {
			cases = append(cases, tc{h, v})
		}
	}
	law[tc]{
		what:  "a noted figure under one column's heading",
		cases: cases,
		name:  func(c tc) string { return fmt.Sprintf("%q over Arrests │ %q", c.head, c.value) },
		sheet: func(c tc, b *lawBook) {
			b.Rows("A1", []any{"Kent Police - County lines intensification week 11-17 October 2021"}, nil,
				[]any{"Metric", c.head}, []any{"Arrests", c.value})
		},
		holds: func(c tc, p probe, v *verdict) {
			loaded := len(p.factsAt("B4")) > 0 && !p.r.Rejected()
			if !refused(c.head) {
				f := p.value("arrests")
				v.want(f != nil && f.Cell == "B4" && *f.Value == 43 && !p.r.Rejected(), "want arrests 43 loaded from B4")
				return
			}
			if loaded {
				v.wrong("loaded %s under %q", lineOf(&p.factsAt("B4")[0]), c.head)
				return
			}
			named := false
			for _, msg := range p.r.Messages {
				named = named || (msg.Severity == etl.SevWarning || msg.Severity == etl.SevError) && (msg.Cell == "B4" || msg.Cell == "B3" || slices.Contains(msg.Cells, "B4") || strings.Contains(msg.Text, "!B3)"))
			}
			v.want(named, "B4 under %q refused with no message at it or the heading", c.head)
		},
	}.run(t)
}

// Law: a heading that hedges the figures under it (`Metric │
// Estimated`) hedges each of them as the same word in a label would: the
// figure loads approximately, never exact; a heading of a measure or the
// week (`Total`, `This week`) leaves it exact. Over every metric of
// oneColumnMetrics, with and without a Force cell.
func TestOneColumnHedgeLaw(t *testing.T) {
	t.Parallel()
	heads := []struct {
		head string
		q    etl.Qualifier
	}{
		{"Estimated", etl.Approximately}, {"Estimate", etl.Approximately}, {"Approx.", etl.Approximately},
		{"Approximately", etl.Approximately}, {"Est.", etl.Approximately}, {"Rounded", etl.Approximately},
		{"Total", etl.Exact}, {"This week", etl.Exact}, {"Number", etl.Exact},
	}
	type tc struct{ head, metric, force int }
	var cases []tc
	for _, ix := range every(len(heads), len(oneColumnMetrics), 2) {
		cases = append(cases, tc{ix[0], ix[1], ix[2]})
	}
	law[tc]{
		what:  "a heading's hedge",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%q over %s (Force cell %v)", heads[c.head].head, oneColumnMetrics[c.metric].label, c.force == 1)
		},
		sheet: func(c tc, b *lawBook) {
			m := oneColumnMetrics[c.metric]
			force := []any{}
			if c.force == 1 {
				force = []any{"Force", "Kent Police"}
			}
			b.Rows("A1", []any{kentTitle}, force, []any{"Metric", heads[c.head].head}, []any{m.label, m.week})
		},
		holds: func(c tc, p probe, v *verdict) {
			m, want := oneColumnMetrics[c.metric], heads[c.head].q
			f := p.value(m.metric)
			v.want(f != nil && f.Cell == "B4" && f.Value != nil && *f.Value == m.value && f.Qualifier == want, "want %s %v %s loaded from B4, got %s", m.metric, m.value, want, lineOf(f))
		},
	}.run(t)
}
