package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// The tests in this file each build real .xlsx workbooks showing a way an
// independent probe of layouts (probe10) found a return read wrong: another
// week's or a longer period's column loaded as this week's (H1, H2).

// probe10Heads are column headings over the figures of a return for the
// week of 11-17 October 2021 (ISO week 41), sorted by what a careful
// analyst reads in them: this week's figure, another week's or a longer
// period's, or a date or week number that cannot be read.
var probe10Heads = map[string][]string{
	"this": {"w/e 17/10/2021", "W/E 17.10.21", "w.e. 17/10/2021", "11-17 Oct", "Oct 11-17", "11th - 17th October",
		"Week 41", "Wk 41", "w/e 17/10", "w/c 11/10", "Week ending 17 Oct", "Week ending 17/10/2021", "October 2021",
		"11/10/2021 - 17/10/2021", "11-17 Oct 2021", "This week", "Total", "Oct 2021 IW"},
	"other": {
		// another week (H1)
		"w/e 10/10/2021", "w/e 24/10/2021", "W/E 24.10.21", "w.e. 24/10/2021", "W.E. 10/10/21", "18-24 Oct", "Oct 18-24",
		"4th-10th Oct", "Week 42", "Week 40", "Wk 43", "Week 1", "w/e 24/10", "Week ending 24 Oct", "Week commencing 18/10",
		// a longer period that holds the week (H2)
		"01/10/2021 - 31/10/2021", "11/10/2021 - 24/10/2021", "04/10/2021 - 17/10/2021", "October 2021 (month)",
		"Whole of October 2021", "Total inc. follow-up week", "Monthly total", "Fortnight", "Oct 2021 (whole month)",
		// read right before probe10: they must stay so
		"Week ending 24/10/2021", "WE 24/10/21", "Wk ending 24/10/21", "w/c 04/10/2021", "Wc 18/10/21",
		"Wk commencing 18/10/21", "24/10/2021", "18/10/2021 - 24/10/2021", "4th-10th October 2021", "Running total"},
	// a date or a week number that is not read: its figure is stopped
	"unread": {"w/e 24th", "Week 60", "Oct 17", "Week ending 31/09"},
}

// H1/H2: under a column heading that names another week, a longer period
// or a date we cannot read, the figure is never loaded as this week's, in
// a table of its own or beside a "This week" column (either side); one
// warning at the heading names the figure. Under a heading naming this
// week, the figure is loaded.
func TestProbe10HeadingPeriodLaw(t *testing.T) {
	t.Parallel()
	type tcase struct {
		head, class string
		beside      int // 0: alone; 1: then "This week"; 2: after "This week"
	}
	var cases []tcase
	for class, heads := range probe10Heads {
		for _, h := range heads {
			for beside := 0; beside < 3; beside++ {
				if class == "this" && beside > 0 {
					continue // two headings of this week: two_figures, F1's law
				}
				cases = append(cases, tcase{h, class, beside})
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		head, row := []any{"Measure", c.head}, []any{"Arrests", 38}
		switch c.beside {
		case 1:
			head, row = append(head, "This week"), append(row, 43)
		case 2:
			head, row = []any{"Measure", "This week", c.head}, []any{"Arrests", 43, 38}
		}
		b.Rows("A1", []any{kentTitle}, nil, head, row)
	})
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%s heading %q (layout %d)", c.class, c.head, c.beside)
		sheet := fmt.Sprintf("P%d!", i)
		got := p.listed(func(f etl.Fact) string { return f.Metric })
		want := "arrests 43"
		switch {
		case c.class == "this":
			want = "arrests 38"
		case c.beside == 0:
			want = ""
		}
		if strings.Join(got, ", ") != want {
			t.Errorf("%s: loaded %v, want %q\n%s", name, got, want, p.dump())
			continue
		}
		if c.class == "this" {
			continue
		}
		col := "B"
		if c.beside == 2 {
			col = "C"
		}
		code := "comparison_column"
		if c.class == "unread" {
			code = "unread_period"
		}
		// The warning names the figure under the heading (and the heading
		// itself when the phrase reader sees a number in it, "Week 42").
		m := p.message(code, sheet+col+"3")
		if m == nil || strings.Join(m.Cells, " ") != col+"4" && strings.Join(m.Cells, " ") != col+"3 "+col+"4" {
			t.Errorf("%s: want one %s warning at %s3 naming %s4\n%s", name, code, col, col, p.dump())
		}
		for _, m := range p.r.Messages {
			if m.Code == "two_figures" || m.Code == "unread_figure" && m.Cell == col+"3" {
				t.Errorf("%s: %s", name, m)
			}
		}
	}
}

// H2: a title that says the return is monthly makes its figures a longer
// period's, even under a title naming the week.
func TestProbe10MonthlyTitle(t *testing.T) {
	t.Parallel()
	for _, title := range []string{"Monthly performance return - October 2021", "October 2021 monthly return",
		"Fortnightly return 11-24 Oct 2021", "Figures for 11/10/2021 - 24/10/2021"} {
		p := extractBook(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", []any{kentTitle}, []any{title}, nil, []any{"Arrests", 120})
		})
		if len(p.r.Facts) != 0 {
			t.Errorf("%q: loaded %v\n%s", title, p.r.Facts, p.dump())
		}
		if m := p.message("comparison_column", "Return!A2"); m == nil || len(m.Cells) != 1 || m.Cells[0] != "B4" {
			t.Errorf("%q: want a comparison_column warning at A2 naming B4\n%s", title, p.dump())
		}
	}
}

// H1: words over a column that are no pure heading but name a date or a
// week stop the figure under them too.
func TestProbe10DatedWordsOverColumn(t *testing.T) {
	t.Parallel()
	for head, code := range map[string]string{"Kent figures w/e 24/10/2021": "comparison_column",
		"Kent figures week 42": "comparison_column", "Submitted figures w/e 24th": "unread_period"} {
		p := extractBook(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Measure", head}, []any{"Arrests", 38})
		})
		if len(p.r.Facts) != 0 {
			t.Errorf("%q: loaded %v\n%s", head, p.r.Facts, p.dump())
		}
		if p.message(code, "Return!B3") == nil {
			t.Errorf("%q: want %s at B3\n%s", head, code, p.dump())
		}
	}
}

// E1/E2: a subtotal row in an itemised table ("Class A total" after heroin
// and crack, "Bladed weapons total" after knives and machetes) or a class
// row after its own members is never loaded as an item: not added to a
// row of the same item, not counted beside its members in the all-items
// figure. Its figure, when it is their sum, is an info naming its cell;
// otherwise a warning. In a table with a header row and in an item
// section, with and without a Total row; the all-items Total is never
// said to be less than its items.
func TestProbe10SubtotalRowsLaw(t *testing.T) {
	t.Parallel()
	type rows struct {
		kind   string // drug or weapon
		before [][]any
		sub    string
		subVal any
		after  [][]any
		want   []string // the items loaded, in order
		equal  bool     // the subtotal is the sum of the rows it follows
	}
	drugsA := [][]any{{"Heroin", 56}, {"Crack cocaine", 20}}
	drugsB := [][]any{{"Cannabis", 100}}
	var sets []rows
	for _, sub := range []string{"Class A total", "Total Class A", "Class A subtotal", "Sub-total Class A", "Class A", "Class A drugs", "Total class A drugs"} {
		sets = append(sets,
			rows{"drug", drugsA, sub, 76, drugsB, []string{"heroin 56", "crack_cocaine 20", "cannabis 100"}, true},
			rows{"drug", drugsA, sub, 80, drugsB, []string{"heroin 56", "crack_cocaine 20", "cannabis 100"}, false})
	}
	for _, sub := range []string{"Bladed weapons total", "Total bladed weapons", "Knives subtotal", "Sub total"} {
		sets = append(sets, rows{"weapon", [][]any{{"Knives", 5}, {"Machetes", 2}}, sub, 7, [][]any{{"Firearms", 1}},
			[]string{"knife 5", "machete 2", "firearm 1"}, true})
	}
	// A second subtotal sums only the rows since the first.
	sets = append(sets, rows{"drug", append(append(drugsA, []any{"Class A total", 76}), []any{"Cannabis", 100}, []any{"Ketamine", 5}),
		"Class B total", 105, nil, []string{"heroin 56", "crack_cocaine 20", "cannabis 100", "ketamine 5"}, true})
	type tcase struct {
		r       rows
		section bool // an item section ("Drugs seized" over "Heroin | 56g") instead of a table with a header row
		total   bool // an all-items Total row at the end
	}
	var cases []tcase
	for _, r := range sets {
		for _, section := range []bool{false, true} {
			for _, total := range []bool{false, true} {
				cases = append(cases, tcase{r, section, total})
			}
		}
	}
	unitOf := func(r rows, v any, section bool) any {
		if r.kind == "drug" && section {
			return fmt.Sprintf("%vg", v)
		}
		return v
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		head := []any{"Drug type", "Weight (g)"}
		if c.r.kind == "weapon" {
			head = []any{"Weapon type", "Number"}
		}
		if c.section {
			head = []any{"Drugs seized"}
			if c.r.kind == "weapon" {
				head = []any{"Weapons seized"}
			}
		}
		all := [][]any{{kentTitle}, nil, head}
		sum := 0
		add := func(rs [][]any) {
			for _, r := range rs {
				all = append(all, []any{r[0], unitOf(c.r, r[1], c.section)})
			}
		}
		add(c.r.before)
		all = append(all, []any{c.r.sub, unitOf(c.r, c.r.subVal, c.section)})
		add(c.r.after)
		for _, w := range c.r.want {
			var n int
			fmt.Sscanf(w[strings.LastIndex(w, " ")+1:], "%d", &n)
			sum += n
		}
		if c.total {
			all = append(all, []any{"Total", unitOf(c.r, sum, c.section)})
		}
		b.Rows("A1", all...)
	})
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%q = %v (section %v, total %v)", c.r.sub, c.r.subVal, c.section, c.total)
		var got []string
		for _, f := range p.r.Facts {
			if f.Item != "" {
				got = append(got, fmt.Sprintf("%s %v", f.Item, *f.Value))
			}
		}
		if strings.Join(got, ", ") != strings.Join(c.r.want, ", ") {
			t.Errorf("%s: loaded items %v, want %v\n%s", name, got, c.r.want, p.dump())
			continue
		}
		subRow := 3 + len(c.r.before) + 1
		sev := etl.SevInfo
		if !c.r.equal {
			sev = etl.SevWarning
		}
		m := p.message("subtotal_row", fmt.Sprintf("P%d!B%d", i, subRow))
		if m == nil {
			// A label the grammar does not read as an item ("Class A
			// subtotal", "Sub total") is reported as unrecognised.
			m = p.message("unrecognised_item", fmt.Sprintf("P%d!A%d", i, subRow))
			sev = etl.SevWarning
		}
		if m == nil || m.Severity != sev || strings.Join(m.Cells, " ") != fmt.Sprintf("B%d", subRow) {
			t.Errorf("%s: want one %s subtotal_row at B%d naming it\n%s", name, sev, subRow, p.dump())
		}
		for _, m := range p.r.Messages {
			if m.Code == "rows_added" || m.Code == "total_below_items" || m.Severity == etl.SevError {
				t.Errorf("%s: %s", name, m)
			}
		}
	}
}

// E1: a class row is its own item when the table lists none of its
// members, or when it says it is the rest of the class; a total row with
// no item rows above it is that item's figure.
func TestProbe10ClassRowsKept(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rows [][]any
		want string
	}{
		{[][]any{{"Class A", 76}, {"Class B", 100}}, "class_a 76, class_b 100"},
		{[][]any{{"Heroin", 56}, {"Other Class A", 10}, {"Cannabis", 100}}, "heroin 56, class_a 10, cannabis 100"},
		{[][]any{{"Heroin", 56}, {"Class B", 100}}, "heroin 56, class_b 100"},
		{[][]any{{"Cannabis total", 300}, {"Heroin", 56}}, "cannabis 300, heroin 56"},
	} {
		p := extractBook(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", append([][]any{{kentTitle}, nil, {"Drug type", "Weight (g)"}}, c.rows...)...)
		})
		got := p.listed(func(f etl.Fact) string { return f.Item })
		if strings.Join(got, ", ") != c.want {
			t.Errorf("%v: loaded %v, want %s\n%s", c.rows, got, c.want, p.dump())
		}
		for _, m := range p.r.Messages {
			if m.Code == "subtotal_row" {
				t.Errorf("%v: %s", c.rows, m)
			}
		}
	}
}

// C1/C2: two tables side by side (labels in A and D, figures in B and E).
// A period title over one of them ("Year to date", "Last week", merged
// over its two columns or not, on one row with the other table's title or
// beside the other table's first row) makes every figure under it a
// comparison: named in one warning at the title, never loaded. A label in
// D ends the reach of the label in A: E's figure is D's label's, with or
// without a "Measure │ Total" header row over both tables.
func TestProbe10SideBySideLaw(t *testing.T) {
	t.Parallel()
	type layout struct {
		cmp, this  string // titles; this "" for no title over this week's table
		cmpLeft    bool
		merged     bool
		header     bool // "Measure │ Total" under each title
		sameMetric bool // the comparison table repeats this week's metric (Arrests)
	}
	var cases []layout
	for _, cmp := range []string{"Year to date", "Last week", "YTD", "PREVIOUS INTENSIFICATION WEEK", "Last IW (May 2021)", "Week ending 10/10/2021", "w/e 24/10/2021"} {
		for _, this := range []string{"This week", "THIS IW", ""} {
			for _, cmpLeft := range []bool{false, true} {
				for _, merged := range []bool{false, true} {
					for _, header := range []bool{false, true} {
						for _, same := range []bool{false, true} {
							if this == "" && cmpLeft {
								continue // a title-less table on the right of a comparison is probe10 C3
							}
							cases = append(cases, layout{cmp, this, cmpLeft, merged, header, same})
						}
					}
				}
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		thisRows := [][]any{{"Arrests", 43}, {"Warrants executed", 25}}
		cmpRows := [][]any{{"Stop and searches", 400}, {"Cash seized", 90000}}
		if c.sameMetric {
			cmpRows[0] = []any{"Arrests", 380}
		}
		leftTitle, rightTitle, left, right := c.this, c.cmp, thisRows, cmpRows
		if c.cmpLeft {
			leftTitle, rightTitle, left, right = c.cmp, c.this, cmpRows, thisRows
		}
		b.Rows("A1", []any{kentTitle})
		row := 3
		if leftTitle != "" || !c.header {
			// The titles' row; with no left title and no header, the right
			// title stands beside the left table's first row (probe10 s06).
			if leftTitle != "" {
				b.Rows(fmt.Sprintf("A%d", row), []any{leftTitle})
				if c.merged {
					b.Merge(fmt.Sprintf("A%d", row), fmt.Sprintf("B%d", row))
				}
			}
			b.Rows(fmt.Sprintf("D%d", row), []any{rightTitle})
			if c.merged {
				b.Merge(fmt.Sprintf("D%d", row), fmt.Sprintf("E%d", row))
			}
			if leftTitle != "" {
				row++
			}
		} else {
			b.Rows(fmt.Sprintf("D%d", row), []any{rightTitle})
			if c.merged {
				b.Merge(fmt.Sprintf("D%d", row), fmt.Sprintf("E%d", row))
			}
			row++
		}
		if c.header {
			b.Rows(fmt.Sprintf("A%d", row), []any{"Measure", "Total", nil, "Measure", "Total"})
			row++
		}
		for k := range left {
			if leftTitle == "" && !c.header && k == 0 {
				row++ // the right title's row holds the left table's first row
				b.Rows(fmt.Sprintf("A%d", row-1), []any{left[0][0], left[0][1]})
				b.Rows(fmt.Sprintf("D%d", row), []any{right[0][0], right[0][1]})
				continue
			}
			r := []any{left[k][0], left[k][1], nil}
			if !(leftTitle == "" && !c.header) {
				r = append(r, right[k][0], right[k][1])
			} else if k < len(right) {
				b.Rows(fmt.Sprintf("D%d", row+1), []any{right[1][0], right[1][1]})
			}
			b.Rows(fmt.Sprintf("A%d", row), r)
			row++
		}
	})
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%+v", c)
		got := p.listed(func(f etl.Fact) string { return f.Metric })
		if strings.Join(got, ", ") != "arrests 43, warrants 25" {
			t.Errorf("%s: loaded %v, want arrests 43 and warrants 25 only\n%s", name, got, p.dump())
			continue
		}
		var cmpMsg *etl.Message
		for k, m := range p.r.Messages {
			if m.Severity == etl.SevError || m.Code == "two_figures" || m.Code == "conflicting_figure" || m.Code == "unread_figure" {
				t.Errorf("%s: %s", name, m)
			}
			if m.Code == "comparison_column" && strings.Contains(m.Text, c.cmp) {
				cmpMsg = &p.r.Messages[k]
			}
		}
		if cmpMsg == nil || len(cmpMsg.Cells) != 2 {
			t.Errorf("%s: want one comparison_column warning at the title naming its 2 figures\n%s", name, p.dump())
		}
	}
}

// listed lists the facts loaded as "name value", named by name.
func (p probe) listed(name func(etl.Fact) string) []string {
	var got []string
	for _, f := range p.r.Facts {
		got = append(got, fmt.Sprintf("%s %v", name(f), *f.Value))
	}
	return got
}

// D1-D3: merged cells. A figure merged over rows beside two or more labels
// is nobody's: a warning naming the range and every label, nothing
// loaded. A label merged over rows owns the figures of each row (two
// units are two facts; two figures in one unit are two_figures). Sub-
// labels beside a merged label ("Total", "Under 18") are read with it.
// The rows around them are read as ever.
func TestProbe10MergedCellsLaw(t *testing.T) {
	t.Parallel()
	type tcase struct {
		name  string
		rows  [][]any  // from A3
		merge []string // from, to
		want  string   // facts loaded, "metric item unit value" joined by ", "
		warn  string   // a warning code at cell (code@cell), "" for none
	}
	var cases []tcase
	pairsOf := [][2]string{{"Arrests", "Charged"}, {"Warrants executed", "Stop and searches"}, {"Charged", "Arrests"}, {"Cash seized", "Arrests"}}
	for _, p := range pairsOf {
		cases = append(cases,
			tcase{"value merged over " + p[0] + "/" + p[1], [][]any{{p[0], 43}, {p[1]}, {"Deal lines closed", 2}}, []string{"B3", "B4"},
				"lines_closed - count 2", "merged_value@B3"},
			tcase{"value merged over three rows from " + p[0], [][]any{{p[0], 43}, {p[1]}, {"Vehicles seized"}, {"Deal lines closed", 2}}, []string{"B3", "B5"},
				"lines_closed - count 2", "merged_value@B3"})
	}
	cases = append(cases,
		tcase{"label over two units", [][]any{{"Cash seized", 5000}, {nil, "€2000"}, {"Arrests", 43}}, []string{"A3", "A4"},
			"cash_seized - gbp 5000, cash_seized - eur 2000, arrests - people 43", "other_currency@B4"},
		tcase{"item label over two units", [][]any{{"Drugs seized"}, {"Cocaine", "1.2kg"}, {nil, "£40,000"}, {"Heroin", "56g"}}, []string{"A4", "A5"},
			"drugs_seized cocaine g 1200, drugs_seized cocaine gbp 40000, drugs_seized heroin g 56", ""},
		tcase{"item label over wraps and money", [][]any{{"Drugs seized"}, {"Crack", "17 wraps"}, {nil, "£340"}}, []string{"A4", "A5"},
			"drugs_seized crack_cocaine wraps 17, drugs_seized crack_cocaine gbp 340", ""},
		tcase{"label over two figures in one unit", [][]any{{"Arrests", 43}, {nil, 7}, {"Charged", 20}}, []string{"A3", "A4"},
			"charged - people 20", "two_figures@B3"},
		tcase{"merged label with Total and Under 18", [][]any{{"Arrests", "Total", 43}, {nil, "Under 18", 7}, {"Warrants executed", nil, 25}}, []string{"A3", "A4"},
			"arrests - people 43, arrests_under_18 - people 7, warrants - count 25", ""},
		tcase{"merged label with Under 18 then Total", [][]any{{"Arrests", "Under 18", 7}, {nil, "Total", 43}, {"Warrants executed", nil, 25}}, []string{"A3", "A4"},
			"arrests_under_18 - people 7, arrests - people 43, warrants - count 25", ""},
		tcase{"label merged across columns", [][]any{{"Arrests", nil, 43}, {"Warrants executed", nil, 25}}, []string{"A3", "B3"},
			"arrests - people 43, warrants - count 25", ""},
	)
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		b.Rows("A1", []any{kentTitle}, nil)
		b.Rows("A3", c.rows...)
		b.Merge(c.merge[0], c.merge[1])
	})
	for i, p := range ps {
		c := cases[i]
		var got []string
		for _, f := range p.r.Facts {
			it := f.Item
			if it == "" {
				it = "-"
			}
			got = append(got, fmt.Sprintf("%s %s %s %v", f.Metric, it, f.Unit, *f.Value))
		}
		if strings.Join(got, ", ") != c.want {
			t.Errorf("%s: loaded %v, want %s\n%s", c.name, got, c.want, p.dump())
			continue
		}
		if c.warn != "" {
			code, cell, _ := strings.Cut(c.warn, "@")
			m := p.message(code, fmt.Sprintf("P%d!%s", i, cell))
			if m == nil || m.Severity != etl.SevWarning {
				t.Errorf("%s: want warning %s at %s\n%s", c.name, code, cell, p.dump())
				continue
			}
			if code == "merged_value" {
				for _, r := range c.rows[:2] {
					if !strings.Contains(m.Text, fmt.Sprintf("%q", r[0])) {
						t.Errorf("%s: the warning does not name the label %q: %s", c.name, r[0], m.Text)
					}
				}
				if !strings.Contains(m.Text, c.merge[0]+":"+c.merge[1]) {
					t.Errorf("%s: the warning does not name the range %s:%s: %s", c.name, c.merge[0], c.merge[1], m.Text)
				}
			}
		}
		for _, m := range p.r.Messages {
			if m.Severity == etl.SevError || m.Code == "unread_figure" && strings.Contains(m.Text, "beside no label") || m.Code == "unrecognised_label" || m.Code == "conflicting_figure" {
				t.Errorf("%s: %s", c.name, m)
			}
		}
	}
}

// A fraction or a day-and-month alone beside a label ("3/4 kg", "10/12")
// is that label's value, never an unread date heading: only a date-like
// text that names a week or a month stops figures (unread_period).
func TestProbe10FractionIsNoDateHeading(t *testing.T) {
	t.Parallel()
	p := extractBook(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Cocaine", "3/4 kg"})
	})
	if f := p.value("drugs_seized"); f == nil || *f.Value != 750 {
		t.Errorf("3/4 kg of cocaine not loaded as 750 g\n%s", p.dump())
	}
}
