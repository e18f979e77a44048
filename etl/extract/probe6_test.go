package extract_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/reference"
)

// The tests in this file each build small .xlsx workbooks showing a way an
// independent probe of issue 6 found a return read wrong (findings F1 to
// F13): a wrong number, a silent drop or a false rejection.

var (
	catOnce sync.Once
	catMain *catalog.Catalog
	catErr  error
)

// book builds a workbook as a real .xlsx file, reads it back and extracts it.
func book(t *testing.T, name string, opt extract.Options, build func(b *fixtures.Book)) probe {
	t.Helper()
	return extractBook(t, name, opt, build)
}

// kentHead is the probe's standard head: the force in a title, the week
// beside a label.
func kentHead(b *fixtures.Book) *fixtures.Book {
	return b.Sheet("Return").Rows("A1",
		[]any{"Kent Police"},
		[]any{"Week commencing", "11/10/2021"},
	)
}

// value returns the one fact of a metric, or nil.
func (p probe) value(metric string) *etl.Fact {
	for i, f := range p.r.Facts {
		if f.Metric == metric {
			return &p.r.Facts[i]
		}
	}
	return nil
}

// message returns the first message with this code about this place.
func (p probe) message(code, where string) *etl.Message {
	for i, m := range p.r.Messages {
		if m.Code == code && m.Where() == where {
			return &p.r.Messages[i]
		}
	}
	return nil
}

// periodHeads are column headings of a "Measure | heading | heading"
// table, in a return for the week of 11 October 2021 (operation 2021-10),
// sorted by what they say: this week's figure, another period's, or
// nothing that tells.
var periodHeads = map[string][]string{
	"current": {"This week", "Total", "October 2021", "Oct 2021 IW", "2021-10", "Week ending 17/10/2021", "11-17 Oct 2021"},
	"other": {"Last week", "May 2021", "2021-05", "October 2020", "May 2021 IW", "Week ending 23/05/2021",
		"Week ending 10/10/2021", "17/05/2021 - 23/05/2021", "Last year", "Previous IW (17/05/2021 - 23/05/2021)", "% change"},
	"unknown": {"Week 1", "Week 2"},
}

// sheetBook builds one real .xlsx file with a sheet per case, reads it
// back, and extracts each sheet on its own as if it were a workbook: a
// law over hundreds of small returns at the cost of one file.
func sheetBook(t *testing.T, opt extract.Options, n int, build func(i int, b *fixtures.Book)) []probe {
	t.Helper()
	catOnce.Do(func() { catMain, catErr = catalog.Load(reference.FS) })
	if catErr != nil {
		t.Fatal(catErr)
	}
	data, err := fixtures.BuildCorpus(fixtures.CorpusReturn{Name: "law.xlsx", Build: func(b *fixtures.Book) {
		for i := 0; i < n; i++ {
			b.Sheet(fmt.Sprintf("P%d", i))
			build(i, b)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	lim := ingest.DefaultLimits()
	lim.MaxSheets = n
	wb, err := ingest.Read(context.Background(), bytes.NewReader(data), int64(len(data)), "law.xlsx", lim)
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.Sheets) != n {
		t.Fatalf("%d sheets read, want %d", len(wb.Sheets), n)
	}
	if opt.FileName == "" {
		opt.FileName = "return.xlsx"
	}
	out := make([]probe, n)
	for i := range wb.Sheets {
		one := &etl.Workbook{Name: wb.Name, Sheets: []etl.Sheet{wb.Sheets[i]}}
		out[i] = probe{t, extract.Extract(one, catMain, opt)}
	}
	return out
}

// F1: for every pair of period headings, in both column orders, the figure
// loaded is this week's or nothing; never another period's, never the
// first column's because it is first. Every comparison column is
// mentioned; two columns that could each be this week's are both named.
func TestProbeF1PeriodHeadingsLaw(t *testing.T) {
	type head struct{ text, class string }
	var heads []head
	for class, list := range periodHeads {
		for _, h := range list {
			heads = append(heads, head{h, class})
		}
	}
	type pair struct{ h1, h2 head }
	var pairs []pair
	for _, h1 := range heads {
		for _, h2 := range heads {
			if h1 != h2 {
				pairs = append(pairs, pair{h1, h2})
			}
		}
	}
	// Each class has its own figures, one per column: 43/44 this week's,
	// 38/39 another period's, 30/31 unknown.
	base := map[string]float64{"current": 43, "other": 38, "unknown": 30}
	ps := sheetBook(t, extract.Options{}, len(pairs), func(i int, b *fixtures.Book) {
		h1, h2 := pairs[i].h1, pairs[i].h2
		b.Rows("A1",
			[]any{"Kent Police"},
			[]any{"Week commencing", "11/10/2021"},
			nil,
			[]any{"Measure", h1.text, h2.text},
			[]any{"Arrests", base[h1.class], base[h2.class] + 1},
		)
	})
	for i, p := range ps {
		h1, h2 := pairs[i].h1, pairs[i].h2
		v1, v2 := base[h1.class], base[h2.class]+1
		sheet := fmt.Sprintf("P%d!", i)
		name := fmt.Sprintf("%q|%q", h1.text, h2.text)
		if p.r.Force != "kent" || p.r.Operation != "2021-10" {
			t.Errorf("%s: want kent 2021-10, got %q %q\n%s", name, p.r.Force, p.r.Operation, p.dump())
			continue
		}
		got := p.value("arrests")
		count := map[string]int{h1.class: 1}
		count[h2.class]++
		var want *float64
		switch {
		case count["current"] == 1:
			want = &v1
			if h2.class == "current" {
				want = &v2
			}
		case count["current"] == 0 && count["unknown"] == 1:
			want = &v1
			if h2.class == "unknown" {
				want = &v2
			}
		}
		switch {
		case want == nil && got != nil:
			t.Errorf("%s: loaded %v, want nothing\n%s", name, *got.Value, p.dump())
		case want != nil && (got == nil || *got.Value != *want):
			t.Errorf("%s: want %v loaded\n%s", name, *want, p.dump())
		}
		for col, h := range map[string]head{"B": h1, "C": h2} {
			if h.class == "other" && p.message("comparison_column", sheet+col+"4") == nil {
				t.Errorf("%s: the comparison column %s is not mentioned\n%s", name, col, p.dump())
			}
		}
		if m := p.message("child_without_parent", sheet+"B4"); m != nil {
			t.Errorf("%s: a period heading read as a child label: %s", name, m)
		}
		if m := p.message("child_without_parent", sheet+"C4"); m != nil {
			t.Errorf("%s: a period heading read as a child label: %s", name, m)
		}
		if count["current"] == 2 || count["unknown"] == 2 {
			m := p.message("two_figures", sheet+"B5")
			if m == nil || !strings.Contains(m.Text, "B5") || !strings.Contains(m.Text, "C5") {
				t.Errorf("%s: want a warning naming B5 and C5\n%s", name, p.dump())
			}
		}
	}
}

// F1: the figure passed over for this week's names both cells and both
// headings truthfully.
func TestProbeF1MessageNamesBothHeadings(t *testing.T) {
	book(t, "week1.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Measure", "Week 1", "This week"},
			[]any{"Arrests", 30, 43},
		)
	}).loaded("kent", "2021-10").
		facts("Return!C5 arrests - people 43").
		says(etl.SevWarning, "unread_figure", "Return!B5", `"30" at B5 is under the heading "Week 1" at B4, which does not say which week`,
			`"43" at C5 is under the heading "This week" at C4, which says this week's`)
}

// F7: a column heading dated another week is a comparison, never a second
// operation, even in the rows above the first figure.
func TestProbeF7DatedColumnHeadingIsNoOperation(t *testing.T) {
	book(t, "dated_head.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{nil, "Number", "17-23 May 2021"},
			[]any{"Arrests", 43, 38},
		)
	}).loaded("kent", "2021-10").
		facts("Return!B5 arrests - people 43").
		says(etl.SevWarning, "comparison_column", "Return!C4", "17-23 May 2021", "17 May 2021 to 23 May 2021", "11 Oct 2021 to 17 Oct 2021").
		silent("conflicting_operation")
}

// F8: dates and operation codes heading columns are not child labels;
// when they are the only dates, the error says so.
func TestProbeF8DatedHeadingsOnly(t *testing.T) {
	book(t, "dates_only.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{"Force", "Kent Police"},
			nil,
			[]any{"Measure", "04/10/2021 - 10/10/2021", "17/05/2021 - 23/05/2021"},
			[]any{"Arrests", 38, 30},
		)
	}).rejected().
		says(etl.SevError, "no_operation", "", "Return!B3 (4 Oct 2021 to 10 Oct 2021)", "Return!C3 (17 May 2021 to 23 May 2021)", "nothing says which is this return's week").
		silent("child_without_parent")
	book(t, "codes.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Measure", "2021-05", "2021-10"},
			[]any{"Arrests", 38, 43},
		)
	}).loaded("kent", "2021-10").
		facts("Return!C5 arrests - people 43").
		says(etl.SevWarning, "comparison_column", "Return!B4", "2021-05").
		silent("child_without_parent")
}

// F2: a scale or a currency means the same in a column heading of a
// label|value table as in the label: moving it from the label to the
// heading changes no fact and no message.
func TestProbeF2HeadingScaleLaw(t *testing.T) {
	signs := []string{"(£000s)", "(£k)", "(£m)", "(€)", "(€000s)", "(000s)", "(thousands)", "(£)", "($)", "(USD)"}
	labels := []string{"Cash seized", "Other assets seized", "Mobile phones seized"}
	type form struct{ label, head string }
	var forms []form
	for _, s := range signs {
		for _, l := range labels {
			forms = append(forms, form{l + " " + s, "This week"}, form{l, "This week " + s})
		}
	}
	ps := sheetBook(t, extract.Options{}, len(forms), func(i int, b *fixtures.Book) {
		b.Rows("A1",
			[]any{"Kent Police"},
			[]any{"Week commencing", "11/10/2021"},
			nil,
			[]any{"Measure", forms[i].head},
			[]any{forms[i].label, 50},
		)
	})
	said := func(p probe) string {
		var s []string
		for _, f := range p.r.Facts {
			s = append(s, fmt.Sprintf("%s %s %v", f.Metric, f.Unit, *f.Value))
		}
		for _, m := range p.r.Messages {
			s = append(s, m.Code+" at "+m.Cell)
		}
		return strings.Join(s, "; ")
	}
	for i := 0; i < len(forms); i += 2 {
		inLabel, inHead := said(ps[i]), said(ps[i+1])
		if inLabel != inHead {
			t.Errorf("%q under %q: %s\n%q under %q: %s", forms[i].label, forms[i].head, inLabel, forms[i+1].label, forms[i+1].head, inHead)
		}
	}
}

// F2: the probe's headings, with the figure each must give.
func TestProbeF2HeadingScales(t *testing.T) {
	for head, want := range map[string]string{
		"This week (£000s)": "gbp 50000", "Value (£000s)": "gbp 50000", "Total (£000s)": "gbp 50000",
		"£000s": "gbp 50000", "Figure (£k)": "gbp 50000", "This week (£m)": "gbp 5e+07", "Value (€)": "eur 50",
	} {
		p := book(t, "heading_scale.xlsx", extract.Options{}, func(b *fixtures.Book) {
			kentHead(b).Rows("A4",
				[]any{"Measure", head},
				[]any{"Cash seized", 50},
			)
		}).loaded("kent", "2021-10").facts("Return!B5 cash_seized - " + want)
		if strings.HasPrefix(want, "eur") {
			p.says(etl.SevWarning, "other_currency", "Return!B5", "euros")
		}
	}
}

// F3: dollars in a label or a heading are never pounds: not loaded, a
// warning naming the cell.
func TestProbeF3Dollars(t *testing.T) {
	book(t, "dollars.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A3",
			[]any{"Cash seized ($)", 700},
			[]any{"Other assets seized in dollars", 300},
			[]any{"Arrests", 4},
			nil,
			[]any{"Drug type", "Weight (g)", "Street value (USD)"},
			[]any{"Heroin", 56, 900},
		)
		b.Sheet("Heading").Rows("A1",
			[]any{"Measure", "Value ($)"},
			[]any{"Cash seized", 800},
		)
		b.Sheet("Inline").Rows("A1", []any{"Cash seized ($): 900"})
	}).loaded("kent", "2021-10").
		facts("Return!B5 arrests - people 4", "Return!B8 drugs_seized heroin g 56").
		says(etl.SevWarning, "foreign_currency", "Return!B3", `"$"`, "700").
		says(etl.SevWarning, "foreign_currency", "Return!B4", `"dollars"`, "300").
		says(etl.SevWarning, "foreign_currency", "Return!C8", `"USD"`, "900").
		says(etl.SevWarning, "foreign_currency", "Heading!B2", `the heading "Value ($)" at B1`, "800").
		says(etl.SevWarning, "foreign_currency", "Inline!A1", `"$"`)
}

// F4: a "Label: figure" cell with words after the figure gives the figure
// (an aside in brackets, or words naming what the metric counts) or a
// warning naming the cell; never silence, never a number from the aside.
func TestProbeF4FigureWithWordsLaw(t *testing.T) {
	labels := []string{"Arrests", "Cash seized", "Mobile phones seized", "Vehicles seized", "Officers deployed"}
	tails := []string{"", " (last week: 38)", " (2020: 3000)", " - incl. 12 deal line phones", " cash", " cars", " phones",
		" people", " approx", " (target 30)", " of which 7 under 18", " up from 30 last week", " (38 last week)"}
	var cells []string
	for _, l := range labels {
		for _, tl := range tails {
			cells = append(cells, l+": 43"+tl)
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cells), func(i int, b *fixtures.Book) {
		b.Rows("A1",
			[]any{"Kent Police"},
			[]any{"Week commencing", "11/10/2021"},
			nil,
			[]any{cells[i]},
		)
	})
	for i, p := range ps {
		warned := false
		for _, m := range p.r.Messages {
			warned = warned || m.Severity == etl.SevWarning && m.Cell == "A4"
		}
		switch {
		case len(p.r.Facts) > 1:
			t.Errorf("%q: more than one fact\n%s", cells[i], p.dump())
		case len(p.r.Facts) == 1:
			if f := p.r.Facts[0]; f.Value == nil || *f.Value != 43 || f.Raw != cells[i] || f.Cell != "A4" {
				t.Errorf("%q: want 43 with the cell's text as raw\n%s", cells[i], p.dump())
			}
		case !warned:
			t.Errorf("%q: no fact and no warning naming A4\n%s", cells[i], p.dump())
		}
	}
}

// F4: the probe's cells, each with what it must give.
func TestProbeF4FigureWithWords(t *testing.T) {
	book(t, "inline_words.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A3",
			[]any{"Arrests: 43 (last week: 38)"},
			[]any{"Cash seized: £5000 (2020: £3000)"},
			[]any{"Mobile phones seized: 63 - incl. 12 deal line phones"},
			[]any{"Vehicles seized: 3 cars"},
			[]any{"Charged: 20 (last week 18)"},
			[]any{"Schools visited: 21 (target 30)"},
		)
		b.Sheet("Cash").Rows("A1", []any{"Cash seized: £5,000 cash"})
	}).loaded("kent", "2021-10").
		facts("Return!A3 arrests - people 43", "Return!A4 cash_seized - gbp 5000", "Return!A6 vehicles_seized - count 3",
			"Return!A7 charged - people 20", "Return!A8 schools_visited - count 21").
		says(etl.SevWarning, "repeated_figure", "Cash!A1", "Return!A4").
		says(etl.SevWarning, "unreadable_value", "Return!A5", `"- incl. 12 deal line phones"`)
}

// F6: a return that gives a date that is not its week (the date it was
// submitted) and no week is filed under the configured operation only with
// a warning naming that date and the operation chosen; a return with no
// dates at all takes the configured operation silently, as issue 6 says.
func TestProbeF6SubmittedDateIsNotTheWeek(t *testing.T) {
	configured := extract.Options{DefaultOperation: "2025-06"}
	for _, label := range []string{"Date submitted", "Date completed", "Completed by"} {
		book(t, "submitted.xlsx", configured, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1",
				[]any{"Kent Police"},
				[]any{label, "20/10/2021"},
				nil,
				[]any{"Arrests", 43},
			)
		}).loaded("kent", "2025-06").
			facts("Return!B4 arrests - people 43").
			says(etl.SevWarning, "configured_operation", "Return!B2", "Return!B2 (20 Oct 2021", label, "configured current operation 2025-06")
	}
	book(t, "no_dates.xlsx", configured, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{"Kent Police"}, nil, []any{"Arrests", 43})
	}).loaded("kent", "2025-06").silent("configured_operation")
	book(t, "week_and_submitted.xlsx", configured, func(b *fixtures.Book) {
		kentHead(b).Rows("A3", []any{"Date submitted", "20/10/2021"}, []any{"Arrests", 43})
	}).loaded("kent", "2021-10").silent("configured_operation")
}
