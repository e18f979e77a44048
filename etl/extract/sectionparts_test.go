package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// probe11 R12: a metric's section holding its parts and their total
// ("Arrests │ Adults │ 35", "│ Juveniles │ 8", "│ Total │ 43"; or
// "Arrests" on a row of its own over "Adults │ 35"...) loaded the parts
// but not the total ("unrecognised label Total"), so national arrests
// missed the force's 43 while its under-18 arrests counted; the first
// part beside the section's name was read as its figure ("cannot read
// Adults"). Law: in every layout (the section's name merged down its rows,
// not merged, with or without a header row, or alone on the row above
// the parts), the Total row is the section's metric, each part the
// catalogue holds is read as that part, and a part it does not hold is
// warned, its figure named; nothing else is loaded.
func TestSectionPartsAndTotalLaw(t *testing.T) {
	t.Parallel()
	sections := []struct {
		label  string
		parts  [2]string
		want   string   // the facts, as metric value
		unheld []string // the cells of parts the catalogue does not hold, by part index
	}{
		{"Arrests", [2]string{"Adults", "Juveniles"}, "arrests_under_18 8, arrests 43", []string{"0"}},
		{"Arrests", [2]string{"Male", "Female"}, "arrests_male 35, arrests_female 8, arrests 43", nil},
		{"Vulnerable people safeguarded", [2]string{"Adults", "Juveniles"}, "safeguarded_adult 35, safeguarded_juvenile 8, safeguarded 43", nil},
		{"Vulnerable people safeguarded", [2]string{"Adults", "Under 18"}, "safeguarded_adult 35, safeguarded_juvenile 8, safeguarded 43", nil},
	}
	totals := []string{"Total", "TOTAL", "Totals", "Grand total"}
	layouts := []string{"merged", "unmerged", "header", "title row"}
	type tc struct{ section, total, layout int }
	var cases []tc
	for _, ix := range every(len(sections), len(totals), len(layouts)) {
		cases = append(cases, tc{ix[0], ix[1], ix[2]})
	}
	law[tc]{
		what:  "sections of parts and their total",
		cases: cases,
		name: func(c tc) string {
			s := sections[c.section]
			return fmt.Sprintf("%s over %v and %q (%s)", s.label, s.parts, totals[c.total], layouts[c.layout])
		},
		sheet: func(c tc, b *lawBook) {
			s, total := sections[c.section], totals[c.total]
			switch layouts[c.layout] {
			case "title row":
				b.Rows("A1", []any{kentTitle}, nil, []any{s.label}, []any{s.parts[0], 35}, []any{s.parts[1], 8}, []any{total, 43})
			default:
				b.Rows("A1", []any{kentTitle})
				if layouts[c.layout] == "header" {
					b.Rows("A2", []any{"Section", "Measure", "Result"})
				}
				b.Rows("A3", []any{s.label, s.parts[0], 35}, []any{nil, s.parts[1], 8}, []any{nil, total, 43})
				if layouts[c.layout] == "merged" {
					b.Merge("A3", "A5")
				}
			}
		},
		holds: func(c tc, p probe, v *verdict) {
			s := sections[c.section]
			got := strings.Join(p.listed(func(f etl.Fact) string { return f.Metric }), ", ")
			if got != s.want || p.r.Rejected() {
				v.wrong("loaded %q, want %q", got, s.want)
				return
			}
			if len(s.unheld) > 0 {
				// the figure 35 of the part the catalogue does not hold is named in a warning
				named := false
				for _, m := range p.r.Messages {
					for _, cell := range m.Cells {
						named = named || m.Severity == etl.SevWarning && strings.HasSuffix(cell, "35") || m.Severity == etl.SevWarning && (cell == "C3" || cell == "B4")
					}
				}
				v.want(named, "the unheld part's figure is named in no warning")
			}
		},
	}.run(t)
}

// The control: words with a number beside a label ("Under 5", "Over
// 40", "£5,000 plus €2,000") are its value as ever, never a part's label.
func TestHedgedValueIsNoSubLabel(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ label, value, want string }{
		{"Arrests", "Under 5", "Return!B3 arrests - people 5 less_than"},
		{"Arrests", "Over 40", "Return!B3 arrests - people 40 more_than"},
		{"Vulnerable people safeguarded", "over 40", "Return!B3 safeguarded - people 40 more_than"},
	} {
		book(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{c.label, c.value})
		}).loaded("kent", "2021-10").facts(c.want).silent("child_without_parent")
	}
}

// review12 W8: a Total under sub-labels that are periods or comparisons
// ("Previous IW │ 30", "This IW │ 43", "Total │ 73"; "This week", "Last
// week"; "Week 1", "Week 2") sums weeks, and was loaded as this week's
// figure; so was "Arrests │ Total │ 43 │ 400" under "Measure │ This week
// │ YTD" (400, right of the YTD column). Law: in every layout, whatever
// the total's label, the Total's figure is never loaded as the metric's,
// and a message names its cell; nothing above it is summed.
func TestSectionTotalOfPeriodsIsNoFigureLaw(t *testing.T) {
	t.Parallel()
	subs := [][2]string{
		{"Previous IW", "This IW"}, {"This week", "Last week"}, {"Last week", "This week"},
		{"Week 1", "Week 2"}, {"Previous week", "Current week"}, {"Target", "Actual"},
		{"Week 1", "Juveniles"}, {"Adults", "Last week"},
	}
	totals := []string{"Total", "Grand total"}
	layouts := []string{"merged", "unmerged", "header", "title row", "total first"}
	type tc struct {
		sub, total, layout int
		extra              string // the Total in the This week column, this heading right of it
	}
	var cases []tc
	for _, ix := range every(len(subs), len(totals), len(layouts)) {
		cases = append(cases, tc{sub: ix[0], total: ix[1], layout: ix[2]})
	}
	// Two more: the Total word in the "This week" column, its figures
	// under YTD and beyond.
	cases = append(cases, tc{extra: "YTD"}, tc{extra: "Year to date"})
	law[tc]{
		what:  "totals of periods",
		cases: cases,
		name: func(c tc) string {
			if c.extra != "" {
				return fmt.Sprintf("Total in the This week column (%s)", c.extra)
			}
			return fmt.Sprintf("Arrests over %v and %q (%s)", subs[c.sub], totals[c.total], layouts[c.layout])
		},
		sheet: func(c tc, b *lawBook) {
			b.Rows("A1", []any{kentTitle})
			if c.extra != "" {
				b.Rows("A3", []any{"Measure", "This week", c.extra}, []any{"Arrests", "Total", 43, 400})
				return
			}
			s, total := subs[c.sub], totals[c.total]
			switch layouts[c.layout] {
			case "title row":
				b.Rows("A3", []any{"Arrests"}, []any{s[0], 30}, []any{s[1], 43}, []any{total, 73})
			case "total first":
				b.Rows("A3", []any{"Arrests", total, 73}, []any{nil, s[0], 30}, []any{nil, s[1], 43})
			default:
				if layouts[c.layout] == "header" {
					b.Rows("A2", []any{"Section", "Measure", "Result"})
				}
				b.Rows("A3", []any{"Arrests", s[0], 30}, []any{nil, s[1], 43}, []any{nil, total, 73})
				if layouts[c.layout] == "merged" {
					b.Merge("A3", "A5")
				}
			}
		},
		holds: func(c tc, p probe, v *verdict) {
			// The Total's cell and figure: beside the total's label in
			// column B, or in C on a title-row layout.
			value, cell := 73.0, "C5"
			switch {
			case c.extra != "":
				value, cell = 400, "D4"
			case layouts[c.layout] == "title row":
				cell = "B6"
			case layouts[c.layout] == "total first":
				cell = "C3"
			}
			loaded := false
			for _, f := range p.r.Facts {
				loaded = loaded || f.Metric == "arrests" && f.Value != nil && *f.Value == value
			}
			named := p.namesCell(cell)
			v.want(!loaded && named, "total %v loaded as arrests: %v; %s named in a message: %v", value, loaded, cell, named)
		},
	}.run(t)
}
