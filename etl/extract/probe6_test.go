package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// The tests in this file each build small .xlsx workbooks showing a way an
// independent probe of issue 6 found a return read wrong (findings F1 to
// F13): a wrong number, a silent drop or a false rejection.

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
		"Week ending 10/10/2021", "17/05/2021 - 23/05/2021", "Last year", "Previous IW (17/05/2021 - 23/05/2021)", "% change",
		"Week 1", "Week 2"}, // ISO weeks 1 and 2 of 2021, not week 41 (probe10 H1)
	"unknown": {"Qty", "Value"},
}

// sheetBook builds one real .xlsx file with a sheet per case, reads it
// back, and extracts each sheet on its own as if it were a workbook: a
// law over hundreds of small returns at the cost of one file.
func sheetBook(t *testing.T, opt extract.Options, n int, build func(i int, b *fixtures.Book)) []probe {
	t.Helper()
	return namedSheetBook(t, opt, n, func(i int) string { return fmt.Sprintf("P%d", i) }, build)
}

// namedSheetBook is sheetBook with the sheets' names given, each unique.
func namedSheetBook(t *testing.T, opt extract.Options, n int, name func(i int) string, build func(i int, b *fixtures.Book)) []probe {
	t.Helper()
	cat := mainCatalog(t)
	lim := lawLimits()
	lim.MaxSheets = n
	lim.MaxParts = max(lim.MaxParts, n+100) // a part per sheet, and the book's own
	wb := readBook(t, "law.xlsx", lim, func(b *fixtures.Book) {
		for i := 0; i < n; i++ {
			b.Sheet(name(i))
			build(i, b)
		}
	})
	if len(wb.Sheets) != n {
		t.Fatalf("%d sheets read, want %d", len(wb.Sheets), n)
	}
	if opt.FileName == "" {
		opt.FileName = "return.xlsx"
	}
	out := make([]probe, n)
	for i := range wb.Sheets {
		one := &etl.Workbook{Name: wb.Name, Sheets: []etl.Sheet{wb.Sheets[i]}}
		out[i] = probe{t, extract.Extract(one, cat, opt)}
	}
	return out
}

// F1: for every pair of period headings, in both column orders, the figure
// loaded is this week's or nothing; never another period's, never the
// first column's because it is first. Every comparison column is
// mentioned; two columns that could each be this week's are both named.
func TestProbeF1PeriodHeadingsLaw(t *testing.T) {
	t.Parallel()
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
	t.Parallel()
	book(t, "week1.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Measure", "Qty", "This week"},
			[]any{"Arrests", 30, 43},
		)
	}).loaded("kent", "2021-10").
		facts("Return!C5 arrests - people 43").
		says(etl.SevWarning, "unread_figure", "Return!B5", `"30" at B5 is under the heading "Qty" at B4, which does not say which week`,
			`"43" at C5 is under the heading "This week" at C4, which says this week's`)
}

// F7: a column heading dated another week is a comparison, never a second
// operation, even in the rows above the first figure.
func TestProbeF7DatedColumnHeadingIsNoOperation(t *testing.T) {
	t.Parallel()
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
	t.Parallel()
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
	t.Parallel()
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
	// A column heading's money signs are for the money rows of a mixed
	// column ("This week (£000s)" over Cash seized and Arrests): under
	// it, a count is read as if the heading had no money signs.
	noMoney := strings.NewReplacer("(£000s)", "", "(£k)", "", "(£m)", "", "(€)", "", "(€000s)", "", "(£)", "", "($)", "", "(USD)", "")
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
		if forms[i+1].label == "Mobile phones seized" && noMoney.Replace(forms[i].label) != forms[i].label {
			inLabel = "mobile_phones_seized count 50"
		}
		if inLabel != inHead {
			t.Errorf("%q under %q: %s\n%q under %q: %s", forms[i].label, forms[i].head, inLabel, forms[i+1].label, forms[i+1].head, inHead)
		}
	}
}

// F2: the probe's headings, with the figure each must give; a count in
// the same column is not money.
func TestProbeF2HeadingScales(t *testing.T) {
	t.Parallel()
	for head, want := range map[string]string{
		"This week (£000s)": "gbp 50000", "Value (£000s)": "gbp 50000", "Total (£000s)": "gbp 50000",
		"£000s": "gbp 50000", "Figure (£k)": "gbp 50000", "This week (£m)": "gbp 5e+07", "Value (€)": "eur 50",
	} {
		p := book(t, "heading_scale.xlsx", extract.Options{}, func(b *fixtures.Book) {
			kentHead(b).Rows("A4",
				[]any{"Measure", head},
				[]any{"Cash seized", 50},
				[]any{"Arrests", 43},
			)
		}).loaded("kent", "2021-10").facts("Return!B5 cash_seized - "+want, "Return!B6 arrests - people 43")
		if strings.HasPrefix(want, "eur") {
			p.says(etl.SevWarning, "other_currency", "Return!B5", "euros")
		}
	}
}

// F3: dollars in a label or a heading are never pounds: not loaded, a
// warning naming the cell.
func TestProbeF3Dollars(t *testing.T) {
	t.Parallel()
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
	t.Parallel()
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
	t.Parallel()
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
	t.Parallel()
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

// F5: a Notes column is never read as figures, but a labelled figure in a
// note is reported, naming the cell; a note without one is not. A note
// saying the figure beside it is a joint operation's with another force
// refuses that figure (review20 P5: noteBeside), naming the note; so
// does one that counts it up to a time before the end of the week's
// last day ("Figures to 16:00 on Sunday": hours of the week left out,
// as "as at 17/10 12:00" does; notes26), and the time is no figure.
func TestProbeF5FigureInANote(t *testing.T) {
	t.Parallel()
	p := book(t, "notes.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Measure", "Total", "Notes"},
			[]any{"Arrests", 43, "Under 18: 7"},
			[]any{"Warrants executed", 12, "Cash found: £500 in one address"},
			[]any{"Charged", 20, "Joint operation with Essex Police"},
			[]any{"Stop searches", 9, "Figures to 16:00 on Sunday"},
		)
	}).loaded("kent", "2021-10").
		facts("Return!B5 arrests - people 43", "Return!B6 warrants - count 12").
		says(etl.SevWarning, "unreadable_value", "Return!B7", `the note "Joint operation with Essex Police" beside it at C7`).
		says(etl.SevWarning, "unreadable_value", "Return!B8", `the note "Figures to 16:00 on Sunday" beside it at C8`, "before the end of the day").
		says(etl.SevWarning, "note_figure", "Return!C5", `"Under 18: 7"`, "a figure in a note is not loaded: put it in its own row").
		says(etl.SevWarning, "note_figure", "Return!C6", `"Cash found: £500 in one address"`).
		silent("child_without_parent")
	if m := p.message("note_figure", "Return!C8"); m != nil {
		t.Errorf("a time in a note is no figure: %s", m)
	}
	book(t, "notes.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4", []any{"Measure", "Total", "Notes"}, []any{"Arrests", 43, "Joint operation with Essex Police"})
	}).silent("note_figure")
}

// F9: "Period", "Week" or "Dates" beside a metric label heads a table's
// row headings, as "Force" does; it is not the week, and the figures
// under the metric labels are read from this week's row.
func TestProbeF9PeriodHeadsATable(t *testing.T) {
	t.Parallel()
	for _, head := range []string{"Period", "Week", "Dates"} {
		book(t, "period.xlsx", extract.Options{}, func(b *fixtures.Book) {
			kentHead(b).Rows("A4",
				[]any{head, "Arrests", "Warrants executed"},
				[]any{"Last week", 38, 10},
				[]any{"This week", 43, 12},
			)
		}).loaded("kent", "2021-10").
			facts("Return!B6 arrests - people 43", "Return!C6 warrants - count 12").
			says(etl.SevWarning, "comparison_column", "Return!A5", "Last week").
			silent("unknown_operation").silent("unread_figure")
	}
}

// F10: (a) items as columns under an itemised metric's heading, with a row
// per period: this week's row is read, the comparison row is not; (b) a
// force table's row "Kent Police (last week)" is a comparison row, not a
// force.
func TestProbeF10TransposedPeriods(t *testing.T) {
	t.Parallel()
	book(t, "items_as_columns.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Drugs seized (g)", "Heroin", "Cocaine", "Cannabis"},
			[]any{"Last week", 40, 10, 500},
			[]any{"This week", 56, 20, 700},
		)
	}).loaded("kent", "2021-10").
		facts("Return!B6 drugs_seized heroin g 56", "Return!C6 drugs_seized cocaine g 20", "Return!D6 drugs_seized cannabis g 700").
		says(etl.SevWarning, "comparison_column", "Return!A5", "Last week")
	// An itemised metric first in a row of metric labels is a column of its own.
	book(t, "drugs_first.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Drugs seized (£)", "Arrests", "Warrants"},
			[]any{5000, 43, 12},
		)
	}).loaded("kent", "2021-10").
		facts("Return!A5 drugs_seized - gbp 5000", "Return!B5 arrests - people 43", "Return!C5 warrants - count 12")
	book(t, "force_rows.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{"Week commencing", "11/10/2021"},
			nil,
			[]any{"Force", "Arrests", "Warrants executed"},
			[]any{"Kent Police", 43, 12},
			[]any{"Kent Police (last week)", 38, 10},
		)
	}).loaded("kent", "2021-10").
		facts("Return!B4 arrests - people 43", "Return!C4 warrants - count 12").
		says(etl.SevWarning, "comparison_column", "Return!A5", "last week").
		silent("unknown_force").silent("conflicting_figure")
}

// F12: words that only restate "this week" do not block a match; words
// that change the meaning still do, with them or without them.
func TestProbeF12RestatingWords(t *testing.T) {
	t.Parallel()
	labels := map[string]string{ // label → the metric it must match, "" for none
		"Warrants executed this week":             "warrants",
		"Stop and searches during IW":             "stop_searches",
		"Cash seized in week":                     "cash_seized",
		"Arrests during the week of action":       "arrests",
		"Mobile phones seized during this week":   "mobile_phones_seized",
		"Arrests this week (YTD)":                 "",
		"Warrants executed last week":             "",
		"Stop and search - negative during IW":    "",
		"Arrests this week vs last week":          "",
		"Cash seized this week % change":          "",
		"Mobile phones seized this week (target)": "",
	}
	var texts []string
	for l := range labels {
		texts = append(texts, l)
	}
	ps := sheetBook(t, extract.Options{}, len(texts), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{"Kent Police"}, []any{"Week commencing", "11/10/2021"}, nil, []any{texts[i], 7})
	})
	for i, p := range ps {
		want := labels[texts[i]]
		switch {
		case want == "" && len(p.r.Facts) > 0:
			t.Errorf("%q: loaded, want refused\n%s", texts[i], p.dump())
		case want == "" && p.message("qualified_label", fmt.Sprintf("P%d!A4", i)) == nil && p.message("not_a_count", fmt.Sprintf("P%d!A4", i)) == nil:
			t.Errorf("%q: refused without saying why\n%s", texts[i], p.dump())
		case want != "" && (len(p.r.Facts) != 1 || p.r.Facts[0].Metric != want || *p.r.Facts[0].Value != 7):
			t.Errorf("%q: want %s 7\n%s", texts[i], want, p.dump())
		}
	}
}

// F13: the force comes from a labelled force cell, then the title block,
// then the file name, in that order; a lower-ranked source naming another
// force is a warning naming both, never a rejection and never silent.
func TestProbeF13ForcePrecedenceLaw(t *testing.T) {
	t.Parallel()
	forces := []string{"", "kent", "essex"}
	names := map[string]string{"kent": "Kent Police", "essex": "Essex Police"}
	for _, cell := range forces {
		for _, title := range forces {
			for _, file := range forces {
				fileName := "return.xlsx"
				if file != "" {
					fileName = file + "_return.xlsx"
				}
				p := book(t, fileName, extract.Options{}, func(b *fixtures.Book) {
					b.Sheet("Return")
					if title != "" {
						b.Rows("A1", []any{names[title] + " county lines return"})
					}
					if cell != "" {
						b.Rows("A2", []any{"Force", names[cell]})
					}
					b.Rows("A3", []any{"Week commencing", "11/10/2021"}, []any{"Arrests", 43})
				})
				name := fmt.Sprintf("cell %q title %q file %q", cell, title, file)
				want := cell
				for _, s := range []string{title, file} {
					if want == "" {
						want = s
					}
				}
				if want == "" {
					if !p.r.Rejected() || p.r.Force != "" {
						t.Errorf("%s: want rejected with no force\n%s", name, p.dump())
					}
					continue
				}
				if p.r.Rejected() || p.r.Force != want {
					t.Errorf("%s: want %s loaded\n%s", name, want, p.dump())
				}
				other := title != "" && title != want || file != "" && file != want
				warned := p.message("force_named_elsewhere", "")
				switch {
				case other && (warned == nil || !strings.Contains(warned.Text, "Kent Police") || !strings.Contains(warned.Text, "Essex Police")):
					t.Errorf("%s: want a warning naming both forces\n%s", name, p.dump())
				case !other && warned != nil:
					t.Errorf("%s: unexpected %s", name, warned)
				}
			}
		}
	}
}

// F13: a title naming one force on behalf of another decides neither: the
// file name decides, and with nothing else the error says the title named
// two forces.
func TestProbeF13OnBehalfOf(t *testing.T) {
	t.Parallel()
	title := func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{"Return submitted by Kent Police on behalf of Essex Police"},
			[]any{"Week commencing", "11/10/2021"},
			[]any{"Arrests", 43},
		)
	}
	book(t, "return.xlsx", extract.Options{}, title).rejected().
		says(etl.SevError, "unknown_force", "", "Return!A1", "names two forces (Kent Police and Essex Police)")
	book(t, "essex_r04.xlsx", extract.Options{}, title).loaded("essex", "2021-10").
		says(etl.SevWarning, "force_named_elsewhere", "", "Essex Police, from the file name", "Return!A1", "Kent Police and Essex Police")
	book(t, "return.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{"Return submitted by Kent Police on behalf of Essex Police"},
			[]any{"Force", "Essex Police"},
			[]any{"Week commencing", "11/10/2021"},
			[]any{"Arrests", 43},
		)
	}).loaded("essex", "2021-10").silent("force_named_elsewhere")
}

// A heading names a month only by a month's name and a year: "Sept 2020",
// "Oct '21" are months; "Marijuana 20" and "Oct 17" (a day?) are not, and
// leave the figures under them undecided rather than a comparison.
func TestProbeHeadingMonths(t *testing.T) {
	t.Parallel()
	for head, class := range map[string]string{
		"Sept 2020": "other", "Oct '21": "current", "October 2021": "current", "Oct. 2021": "current",
		"Marijuana 20": "unknown", "Oct 17": "unknown", "May 21": "unknown", "Oct-21": "current", "May-21": "other",
	} {
		p := book(t, "month.xlsx", extract.Options{}, func(b *fixtures.Book) {
			kentHead(b).Rows("A4",
				[]any{"Measure", head, "Qty"},
				[]any{"Arrests", 43, 30},
			)
		})
		got := "unknown"
		switch {
		case p.message("comparison_column", "Return!B4") != nil:
			got = "other"
		case p.value("arrests") != nil && *p.value("arrests").Value == 43:
			got = "current"
		}
		if got != class {
			t.Errorf("%q: read as %s, want %s\n%s", head, got, class, p.dump())
		}
	}
}

// A comparison heading may name whose figure it is: "Force average",
// "National average" are comparisons, and the one figure left is read.
func TestProbeAverageOfWhom(t *testing.T) {
	t.Parallel()
	for _, head := range []string{"Force average", "National average", "MSG average"} {
		book(t, "average.xlsx", extract.Options{}, func(b *fixtures.Book) {
			kentHead(b).Rows("A4",
				[]any{"Measure", "Kent", head},
				[]any{"Arrests", 43, 38},
			)
		}).loaded("kent", "2021-10").
			facts("Return!B5 arrests - people 43").
			says(etl.SevWarning, "comparison_column", "Return!C4", head)
	}
}
