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
// independent probe of the phrase-grammar extractor (probe7) found a
// return read wrong: a wrong figure (W1-W7), a silent drop or a wrong
// rejection (S1-S3).

// kentTitle is probe7's head: the force and the week in one title.
const kentTitle = "Kent Police - County lines intensification week 11-17 Oct 2021"

// comparisonSections are headings that, alone in their row, head a
// section of another period's figures; thisSections head this week's.
var (
	comparisonSections = []string{"PREVIOUS INTENSIFICATION WEEK (MAY 2021)", "YEAR TO DATE", "Year to date", "Last week",
		"Last year", "Previous IW", "TARGET", "Target", "May 2021", "MAY 2021 IW", "Same week last year", "YTD", "Cumulative",
		"Week ending 10/10/2021", "Previous week (4-10 Oct 2021)"}
	thisSections = []string{"THIS WEEK", "This IW", "11-17 Oct 2021", "October 2021"}
)

// W1: a comparison section heading makes the figures under it
// comparisons until the next period heading, in every layout (labels in
// A, or headings in A and labels in B; with a subheading that names no
// period inside the section; the comparison section first or last):
// nothing under it is loaded, it is never "two figures" or a conflict,
// and one warning names the heading and every figure under it.
func TestProbe7W1ComparisonSectionsLaw(t *testing.T) {
	t.Parallel()
	type layout struct {
		name  string
		col   int  // 0: labels in A, 1: headings in A and labels in B
		sub   bool // a subheading naming no period inside the comparison section
		first bool // the comparison section before this week's
	}
	var cases []struct {
		cmp, this string
		l         layout
	}
	for _, cmp := range comparisonSections {
		for _, this := range thisSections {
			for _, col := range []int{0, 1} {
				for _, sub := range []bool{false, true} {
					for _, first := range []bool{false, true} {
						cases = append(cases, struct {
							cmp, this string
							l         layout
						}{cmp, this, layout{fmt.Sprintf("col%d sub%v first%v", col, sub, first), col, sub, first}})
					}
				}
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		pad := func(cells ...any) []any { return append(make([]any, c.l.col), cells...) }
		this := [][]any{{c.this}, pad("Arrests", 43), pad("Warrants executed", 25), nil}
		cmp := [][]any{{c.cmp}}
		if c.l.sub {
			cmp = append(cmp, []any{"Enforcement"})
		}
		cmp = append(cmp, pad("Arrests", 400), pad("Mobile phones seized", 700), pad("Cash seized", "£9,000"), nil)
		rows := [][]any{{kentTitle}, nil}
		if c.l.first {
			rows = append(append(rows, cmp...), this...)
		} else {
			rows = append(append(rows, this...), cmp...)
		}
		b.Rows("A1", rows...)
	})
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%q then %q, %s", c.cmp, c.this, c.l.name)
		if c.l.first {
			name = fmt.Sprintf("%q then %q, %s", c.cmp, c.this, c.l.name)
		}
		var got []string
		for _, f := range p.r.Facts {
			got = append(got, fmt.Sprintf("%s %v", f.Metric, *f.Value))
		}
		if strings.Join(got, ", ") != "arrests 43, warrants 25" {
			t.Errorf("%s: loaded %v, want arrests 43 and warrants 25 only\n%s", name, got, p.dump())
			continue
		}
		head := 3
		if !c.l.first {
			head = 7
		}
		var cmpMsg *etl.Message
		for k, m := range p.r.Messages {
			if m.Severity == etl.SevError || m.Code == "two_figures" || m.Code == "conflicting_figure" {
				t.Errorf("%s: %s", name, m)
			}
			if m.Code == "comparison_column" && m.Cell == fmt.Sprintf("A%d", head) {
				cmpMsg = &p.r.Messages[k]
			}
		}
		if cmpMsg == nil || len(cmpMsg.Cells) != 3 {
			t.Errorf("%s: want one comparison_column warning at A%d naming the 3 figures under it\n%s", name, head, p.dump())
		}
	}
}

// W1: a sheet whose name says it is for another period ("Year to date",
// "Last IW", "May 2021") holds comparisons, reported and never loaded; a
// title on it naming this week's dates says otherwise.
func TestProbe7W1ComparisonSheets(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"Year to date", "YTD", "Last IW", "Previous week", "May 2021", "Target", "Last year"} {
		p := extractBook(t, "sheets.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("This week").Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 43}, []any{"Warrants executed", 25})
			b.Sheet(name).Rows("A3", []any{"Arrests", 400}, []any{"Cash seized", "£90,000"}, []any{"Mobile phones seized", 700})
		})
		p.facts("This week!B3 arrests - people 43", "This week!B4 warrants - count 25")
		p.says(etl.SevWarning, "comparison_column", name, name)
		if m := p.message("comparison_column", name); m == nil || len(m.Cells) != 3 {
			t.Errorf("%q: want the 3 figures of the sheet named\n%s", name, p.dump())
		}
	}
	// A title naming this week's dates decides for the sheet below it.
	p := extractBook(t, "sheets.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Last week").Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 43})
	})
	p.facts("Last week!B3 arrests - people 43")
	// A title saying "year to date" makes its sheet a comparison.
	p = extractBook(t, "sheets.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 43})
		b.Sheet("Sheet2").Rows("A1", []any{"Kent Police county lines figures, year to date"}, nil, []any{"Cash seized", "£90,000"})
	})
	p.facts("Return!B3 arrests - people 43")
	p.says(etl.SevWarning, "comparison_column", "Sheet2!A1", "year to date")
}

// W2: a label that names another period than the return's week (another
// year, financial year, month, span of months, week) is never loaded, in
// a label/value pair or a transposed header, and a warning names its
// figure; the same label naming this week's own dates is read as the
// figure.
func TestProbe7W2PeriodInLabelLaw(t *testing.T) {
	t.Parallel()
	metrics := []struct{ label, code string }{{"Arrests", "arrests"}, {"Cash seized", "cash_seized"}, {"Warrants executed", "warrants"}, {"Mobile phones seized", "mobile_phones_seized"}}
	other := []string{"%s 2020/21", "%s (Oct 2020)", "%s Jan-Sep 2021", "%s in 2021", "%s FY 2020-21", "%s 2019", "%s (May 2021)",
		"%s (17-23 May 2021)", "%s w/e 23/05/2021", "%s 2020", "%s (2021/22)", "%s January to September 2021", "%s FY21/22"}
	current := []string{"%s (11-17 Oct 2021)", "%s Oct 2021", "%s (w/e 17/10/2021)", "%s 11/10/2021 - 17/10/2021", "%s (October 2021)"}
	type tc struct {
		label, code string
		this        bool
		transposed  bool
	}
	var cases []tc
	for _, m := range metrics {
		for _, f := range other {
			cases = append(cases, tc{fmt.Sprintf(f, m.label), m.code, false, false}, tc{fmt.Sprintf(f, m.label), m.code, false, true})
		}
		for _, f := range current {
			cases = append(cases, tc{fmt.Sprintf(f, m.label), m.code, true, false}, tc{fmt.Sprintf(f, m.label), m.code, true, true})
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		if c.transposed {
			b.Rows("A1", []any{kentTitle}, nil, []any{"Stop and searches", c.label, "Lines closed"}, []any{35, 22, 4})
			return
		}
		b.Rows("A1", []any{kentTitle}, nil, []any{"Stop and searches", 35}, []any{c.label, 22})
	})
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%q (transposed %v)", c.label, c.transposed)
		cell := fmt.Sprintf("P%d!B4", i) // the figure, in both layouts
		if p.r.Operation != "2021-10" || p.value("stop_searches") == nil {
			t.Errorf("%s: want 2021-10 and stop searches read\n%s", name, p.dump())
			continue
		}
		got := p.value(c.code)
		switch {
		case c.this && (got == nil || *got.Value != 22):
			t.Errorf("%s: this week's dates in the label, want %s 22 loaded\n%s", name, c.code, p.dump())
		case !c.this && got != nil:
			t.Errorf("%s: another period in the label, loaded %s %v\n%s", name, c.code, *got.Value, p.dump())
		case !c.this:
			named := false
			for _, m := range p.r.Messages {
				for _, ref := range m.Cells {
					named = named || m.Severity == etl.SevWarning && m.Sheet+"!"+ref == cell
				}
			}
			if !named {
				t.Errorf("%s: no warning names the figure %s\n%s", name, cell, p.dump())
			}
		}
	}
}

// W3: a label narrowing a metric to a part the catalogue cannot hold
// (a group of people, a place, a reason) never loads as the metric, alone
// or beside the metric's real total: the total is loaded, never a
// conflict, and a warning names each narrowed label's cell and words.
func TestProbe7W3SubsetLabels(t *testing.T) {
	t.Parallel()
	subsets := map[string]string{"Men charged": "Men", "Women charged": "Women", "Women released under investigation": "Women",
		"Men stopped and searched": "Men", "Arrests at schools": "schools", "Arrests at addresses": "addresses",
		"Knives seized in schools": "schools", "Arrests on warrant": "warrant", "Arrests for modern slavery offences": "modern slavery"}
	var labels []string
	for l := range subsets {
		labels = append(labels, l)
	}
	for _, alone := range []bool{true, false} {
		ps := sheetBook(t, extract.Options{}, len(labels), func(i int, b *fixtures.Book) {
			rows := [][]any{{kentTitle}, nil, {"Arrests", 43}, {"People charged", 20}, {"Stop and searches", 35},
				{"Released under investigation", 6}, {"Weapons seized - knives", 9}}
			if alone {
				rows = [][]any{{kentTitle}, nil, {"Lines closed", 4}}
			}
			b.Rows("A1", append(rows, []any{labels[i], 2})...)
		})
		for i, p := range ps {
			row := 8
			if alone {
				row = 4
			}
			cell := fmt.Sprintf("P%d!A%d", i, row)
			for _, f := range p.r.Facts {
				if *f.Value == 2 {
					t.Errorf("%q (alone %v): loaded as %s %s 2\n%s", labels[i], alone, f.Metric, f.Item, p.dump())
				}
			}
			for _, m := range p.r.Messages {
				if m.Severity == etl.SevError {
					t.Errorf("%q (alone %v): %s", labels[i], alone, m)
				}
			}
			p.says(etl.SevWarning, "unrecognised_label", cell, labels[i], subsets[labels[i]])
			if !alone && len(p.r.Facts) != 5 {
				t.Errorf("%q: the 5 totals beside it not all loaded\n%s", labels[i], p.dump())
			}
		}
	}
}

// W6: a sum written out in full with its own currency sign ("£5,000")
// under a label or heading in thousands is never multiplied by a
// thousand: reported (scale_conflict) and not loaded; a bare figure, or
// a small one with its sign, is scaled.
func TestProbe7W6FullAmountUnderThousands(t *testing.T) {
	t.Parallel()
	type tc struct {
		label, head string
		value       any
		want        float64 // 0: not loaded
	}
	var cases []tc
	for _, v := range []string{"£5,000", "£12,500", "£1000", "£2,000.50", "€2,000", "£ 5,000"} {
		sign := v[:len("£")]
		if strings.HasPrefix(v, "€") {
			sign = "€"
		}
		cases = append(cases, tc{"Cash seized (" + sign + "000s)", "", v, 0}, tc{"Cash seized", "This week (" + sign + "000s)", v, 0}, tc{"Cash seized (" + sign + "k)", "", v, 0})
	}
	cases = append(cases, tc{"Cash seized (£000s)", "", 5, 5000}, tc{"Cash seized (£000s)", "", "£5", 5000}, tc{"Cash seized (£000s)", "", "5,000", 5e6},
		tc{"Cash seized", "This week (£000s)", 12.5, 12500})
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", c.head}, []any{"Arrests", 43}, []any{c.label, c.value})
	})
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%q under %q/%q", c.value, c.label, c.head)
		got := p.value("cash_seized")
		switch {
		case c.want == 0 && got != nil:
			t.Errorf("%s: loaded %v, want not loaded\n%s", name, *got.Value, p.dump())
		case c.want == 0:
			p.says(etl.SevWarning, "scale_conflict", fmt.Sprintf("P%d!B5", i), "full amount")
		case got == nil || *got.Value != c.want:
			t.Errorf("%s: want %v\n%s", name, c.want, p.dump())
		}
	}
}

// W4: words in brackets after a figure that change the item (replica,
// imitation, BB gun, air, toy, blank firing) or that nobody taught us
// are never dropped: the figure is read as the narrowed item, or not
// loaded with a warning naming the cell and the words. A firearm is
// never loaded from a replica.
func TestProbe7W4AsideChangesItem(t *testing.T) {
	t.Parallel()
	type tc struct {
		label, value string
		want         string // the weapons fact ("item value"), "" for none and a warning
	}
	cases := []tc{
		{"Weapons seized", "2 knives, 1 firearm (replica)", "imitation_firearm 1"},
		{"Weapons seized", "2 knives, 1 firearm (imitation)", "imitation_firearm 1"},
		{"Weapons seized", "1 firearm (blank firing)", "imitation_firearm 1"},
	}
	for _, w := range []string{"imitation", "replica", "BB gun", "air", "toy", "blank firing", "see note"} {
		cases = append(cases, tc{"Firearms", "1 (" + w + ")", ""}, tc{"Firearms", "1 [" + w + "]", ""})
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{kentTitle}, nil, []any{cases[i].label, cases[i].value})
	})
	for i, p := range ps {
		c := cases[i]
		var got []string
		for _, f := range p.r.Facts {
			if f.Metric == "weapons_seized" && f.Item != "knife" && f.Value != nil {
				got = append(got, fmt.Sprintf("%s %v", f.Item, *f.Value))
			}
		}
		if strings.Join(got, "; ") != c.want {
			t.Errorf("%q beside %q: got %q, want %q\n%s", c.value, c.label, got, c.want, p.dump())
			continue
		}
		if c.want == "" {
			p.says(etl.SevWarning, "unreadable_value", fmt.Sprintf("P%d!B3", i), strings.Trim(c.value[2:], "()[]"))
		}
	}
}

// W5: "Label - <word>" in a label cell with a figure beside it is a
// label: never an unquantified fact made from the label's own words, and
// the figure beside it is never "beside no label". A word that is no
// figure ("awaiting decision", "TBC", "pending") qualifies the figure: not
// loaded, one warning naming the label and the figure's cell.
func TestProbe7W5LabelTailStaysLabel(t *testing.T) {
	t.Parallel()
	type tc struct{ label, metric string }
	var cases []tc
	for _, l := range []tc{{"People charged", "charged"}, {"Warrants", "warrants"}, {"Arrests", "arrests"}, {"Knives seized", "weapons_seized"}} {
		for _, tail := range []string{"awaiting decision", "TBC", "pending", "ongoing", "awaiting"} {
			for _, sep := range []string{" - ", " – ", ": "} {
				cases = append(cases, tc{l.label + sep + tail, l.metric})
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{kentTitle}, nil, []any{"Stop searches", 7}, []any{cases[i].label, 20})
	})
	for i, p := range ps {
		c := cases[i]
		if f := p.value(c.metric); f != nil {
			t.Errorf("%q | 20: loaded %s\n%s", c.label, factLine(*f), p.dump())
			continue
		}
		p.says(etl.SevWarning, "qualified_label", fmt.Sprintf("P%d!A4", i), c.label, "B4")
		p.silent("unread_figure")
	}
}

// W7/S1: a list in one cell of figures of a metric with no items ("2
// cars and a moped" beside "Vehicles seized") is never loaded as one of
// its parts, never summed by a guess, never a conflict of the cell with
// itself: no fact and one warning naming the cell and both figures.
func TestProbe7W7ListWithoutItems(t *testing.T) {
	t.Parallel()
	values := []string{"2 cars and a moped", "2 cars and 1 motorbike", "3 cars, 1 van", "1 car and 2 vans", "2 cars plus a motorcycle"}
	ps := sheetBook(t, extract.Options{}, len(values), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 43}, []any{"Vehicles seized", values[i]})
	})
	for i, p := range ps {
		if f := p.value("vehicles_seized"); f != nil {
			t.Errorf("%q: loaded %s\n%s", values[i], factLine(*f), p.dump())
			continue
		}
		p.says(etl.SevWarning, "unreadable_value", fmt.Sprintf("P%d!B4", i), values[i], "nothing to tell them apart")
		p.silent("conflicting_figure")
		if p.r.Rejected() {
			t.Errorf("%q: rejected\n%s", values[i], p.dump())
		}
	}
}
