package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// The tests in this file each build a small workbook showing one way a
// return was once read wrong (issue 6, "Why"), write it as a real .xlsx
// file, read it back and check the right figure, a named warning or a
// named error comes out.

// probe is a small workbook and what the extractor makes of it.
type probe struct {
	t *testing.T
	r *etl.Return
}

func extractBook(t *testing.T, name string, opt extract.Options, build func(b *fixtures.Book)) probe {
	t.Helper()
	wb := readBook(t, name, lawLimits(), build)
	if opt.FileName == "" {
		opt.FileName = name
	}
	return probe{t, extract.Extract(wb, mainCatalog(t), opt)}
}

// kentWeek is the head of most probes: a force and a week we know.
func kentWeek(b *fixtures.Book) *fixtures.Book {
	return b.Sheet("Return").Rows("A1",
		[]any{"Force", "Kent Police"},
		[]any{"Week commencing", "11/10/2021"},
	)
}

func factLine(f etl.Fact) string {
	v := "NULL"
	if f.Value != nil {
		v = fmt.Sprint(*f.Value)
	}
	item := f.Item
	if item == "" {
		item = "-"
	}
	q := ""
	if f.Qualifier != etl.Exact {
		q = " " + string(f.Qualifier)
	}
	return fmt.Sprintf("%s!%s %s %s %s %s%s", f.Sheet, f.Cell, f.Metric, item, f.Unit, v, q)
}

func (p probe) dump() string {
	var b strings.Builder
	fmt.Fprintf(&b, "force %s operation %s\n", p.r.Force, p.r.Operation)
	for _, f := range p.r.Facts {
		b.WriteString("  " + factLine(f) + "\n")
	}
	for _, m := range p.r.Messages {
		fmt.Fprintf(&b, "  %s [%s]\n", m, m.Code)
	}
	return b.String()
}

// facts checks the return's facts are exactly these, in reading order:
// "Sheet!Cell metric item unit value [qualifier]".
func (p probe) facts(want ...string) probe {
	p.t.Helper()
	var got []string
	for _, f := range p.r.Facts {
		got = append(got, factLine(f))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		p.t.Errorf("facts:\n got %q\nwant %q\n%s", got, want, p.dump())
	}
	return p
}

// says checks a message with this severity and code is about this place
// (Sheet!Cell, a sheet, or "" for the file) and its text holds each of words.
func (p probe) says(sev etl.Severity, code, where string, words ...string) probe {
	p.t.Helper()
	for _, m := range p.r.Messages {
		if m.Severity != sev || m.Code != code || m.Where() != where {
			continue
		}
		ok := true
		for _, w := range words {
			if !strings.Contains(m.Text, w) {
				ok = false
			}
		}
		if ok {
			return p
		}
	}
	p.t.Errorf("no %s %s at %q saying %q\n%s", sev, code, where, words, p.dump())
	return p
}

// silent checks no message has this code.
func (p probe) silent(code string) probe {
	p.t.Helper()
	for _, m := range p.r.Messages {
		if m.Code == code {
			p.t.Errorf("unexpected %s: %s\n%s", code, m, p.dump())
		}
	}
	return p
}

// loaded checks the return is not rejected and is the given force and operation.
func (p probe) loaded(force, op string) probe {
	p.t.Helper()
	if p.r.Rejected() || p.r.Force != force || p.r.Operation != op {
		p.t.Errorf("want %s %s loaded\n%s", force, op, p.dump())
	}
	return p
}

func (p probe) rejected() probe {
	p.t.Helper()
	if !p.r.Rejected() {
		p.t.Errorf("want the return rejected\n%s", p.dump())
	}
	return p
}

// Hidden means not sent: a hidden column of last operation's figures is
// not read, nor are hidden rows summed into a table; each is reported.
func TestWhyHiddenColumnNotRead(t *testing.T) {
	t.Parallel()
	extractBook(t, "hidden_col.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A3",
			[]any{"Arrests", nil, 38, 43},
			[]any{"Warrants", nil, 10, 12},
		).HideCols("C")
	}).loaded("kent", "2021-10").
		facts("Return!D3 arrests - people 43", "Return!D4 warrants - count 12").
		says(etl.SevWarning, "hidden_column", "Return!C3", "column C is hidden", "C3 38")
}

func TestWhyHiddenRowsNotSummed(t *testing.T) {
	t.Parallel()
	extractBook(t, "hidden_rows.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A4",
			[]any{"Drug type", "Weight (g)", "Street value (£)"},
			[]any{"Cocaine", 10, 800},
			[]any{"Cocaine", 5, 400}, // hidden
			[]any{"Heroin", 20, 1500},
			[]any{"Arrests", 7}, // hidden
			[]any{"Warrants", 3},
		).HideRows(6, 8)
	}).loaded("kent", "2021-10").
		facts("Return!B5 drugs_seized cocaine g 10", "Return!C5 drugs_seized cocaine gbp 800",
			"Return!B7 drugs_seized heroin g 20", "Return!C7 drugs_seized heroin gbp 1500",
			"Return!B9 warrants - count 3").
		says(etl.SevWarning, "hidden_row", "Return!B6", "row 6 is hidden").
		says(etl.SevWarning, "hidden_row", "Return!B8", "row 8 is hidden")
}

// Only this week's figure is read: "Heroin | 56g | 40g" under "This week |
// Last week" is 56 g, never 96 g.
func TestWhyComparisonColumnNotSummed(t *testing.T) {
	t.Parallel()
	extractBook(t, "this_last.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A4",
			[]any{nil, "This week", "Last week"},
			[]any{"Arrests", 43, 38},
			[]any{"Drugs seized"},
			[]any{"Heroin", "56g", "40g"},
		)
	}).loaded("kent", "2021-10").
		facts("Return!B5 arrests - people 43", "Return!B7 drugs_seized heroin g 56").
		says(etl.SevWarning, "comparison_column", "Return!C4", "Last week")
}

// Two figures for one item in one unit, with nothing to tell which is this
// week's: both named, neither loaded.
func TestWhyTwoFiguresNoHeading(t *testing.T) {
	t.Parallel()
	extractBook(t, "two_figures.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A3",
			[]any{"Arrests", 43, 38},
			[]any{"Drugs seized"},
			[]any{"Heroin", "56g", "40g"},
			[]any{"Crack", "17 wraps", "£340"},
		)
	}).loaded("kent", "2021-10").
		facts("Return!B6 drugs_seized crack_cocaine wraps 17", "Return!C6 drugs_seized crack_cocaine gbp 340").
		says(etl.SevWarning, "two_figures", "Return!B3", `"43" at B3 and "38" at C3`).
		says(etl.SevWarning, "two_figures", "Return!B5", `"56g" at B5 and "40g" at C5`)
}

// The same figure on a summary sheet and in a drugs table is one fact, not
// 112 g; different figures for it in two places reject the return naming
// both cells.
func TestWhySameFigureTwiceIsOneFact(t *testing.T) {
	t.Parallel()
	twice := func(tableGrams int) func(b *fixtures.Book) {
		return func(b *fixtures.Book) {
			kentWeek(b).Rows("A3",
				[]any{"Drugs seized"},
				[]any{"Heroin", "56g"},
			)
			b.Sheet("Drugs").Rows("A1",
				[]any{"Drug type", "Weight (g)"},
				[]any{"Heroin", tableGrams},
			)
		}
	}
	extractBook(t, "twice.xlsx", extract.Options{}, twice(56)).
		loaded("kent", "2021-10").
		facts("Return!B4 drugs_seized heroin g 56").
		says(etl.SevWarning, "repeated_figure", "Drugs!B2", "Return!B4", "counted once")
	extractBook(t, "twice.xlsx", extract.Options{}, twice(50)).
		rejected().
		says(etl.SevError, "conflicting_figure", "Drugs!B2", `"50"`, `"56g" at Return!B4`)
}

// Rows of one table naming the same item add up, with a note.
func TestWhyRowsOfOneTableAdd(t *testing.T) {
	t.Parallel()
	extractBook(t, "swords.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A4",
			[]any{"Weapon type", "Number seized"},
			[]any{"Samurai swords", 2},
			[]any{"Sword", 1},
			[]any{"Machete", 1},
		)
	}).loaded("kent", "2021-10").
		facts("Return!B5 weapons_seized sword count 3", "Return!B7 weapons_seized machete count 1").
		says(etl.SevWarning, "rows_added", "Return!B6", "in one table")
}

// A header row "This week (dates) | Previous IW (other dates) | Change" is
// one operation, even when the other dates are another operation's week,
// and Change is a comparison, not Charges laid.
func TestWhyComparisonHeaderNotTwoOperations(t *testing.T) {
	t.Parallel()
	extractBook(t, "change.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{"Force", "Kent Police"},
			[]any{"Measure", "This week (11/10/2021 - 17/10/2021)", "Previous IW (17/05/2021 - 23/05/2021)", "Change"},
			[]any{"Arrests", 43, 38, 5},
			[]any{"Charged", 20, 18, 2},
		)
	}).loaded("kent", "2021-10").
		facts("Return!B3 arrests - people 43", "Return!B4 charged - people 20").
		says(etl.SevWarning, "comparison_column", "Return!C2", "previous").
		says(etl.SevWarning, "comparison_column", "Return!D2", "change")
}

// Columns headed only by dates: the operation's week is the figure, the
// other week a comparison.
func TestWhyDatedColumns(t *testing.T) {
	t.Parallel()
	extractBook(t, "dated.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A4",
			[]any{"Measure", "04/10/2021 - 10/10/2021", "11/10/2021 - 17/10/2021"},
			[]any{"Arrests", 38, 43},
		)
	}).loaded("kent", "2021-10").
		facts("Return!C5 arrests - people 43").
		says(etl.SevWarning, "comparison_column", "Return!B4", "another week")
}

// A total smaller than the sum of its listed items is a warning naming both
// numbers; a child larger than its parent stays an error.
func TestWhyTotalBelowItems(t *testing.T) {
	t.Parallel()
	extractBook(t, "weapons_total.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A3",
			[]any{"Weapons seized", 4},
			[]any{"Arrests", 10},
			[]any{"Under 18 arrests", 3},
			nil,
			[]any{"Weapon type", "Number seized"},
			[]any{"Knives", 5},
			[]any{"Firearms", 1},
		)
	}).loaded("kent", "2021-10").
		says(etl.SevWarning, "total_below_items", "Return!B3", `"4"`, "add up to: 6", "knife 5", "firearm 1")
	extractBook(t, "child_above.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A3",
			[]any{"Arrests", 10},
			[]any{"Under 18 arrests", 12},
		)
	}).rejected().
		says(etl.SevError, "child_above_parent", "Return!B4", "(12)", "(10 at Return!B3)")
}

// Scales in a header or a label scale the figure: "(£000s)", "(£k)",
// "(£m)", "(000s)", "(thousands)". A header with a digit is read, never
// skipped.
func TestWhyScales(t *testing.T) {
	t.Parallel()
	extractBook(t, "scales.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A3",
			[]any{"Cash seized (£k)", 120},
			[]any{"Other assets seized (£m)", 1.2},
			nil,
			[]any{"Drug type", "Weight (g)", "Street value (£000s)"},
			[]any{"Heroin", 56, 4.5},
		)
		b.Sheet("Thousands").Rows("A1",
			[]any{"Vehicles seized (000s)", 2},
			[]any{"Mobile phones seized (thousands)", "about 3"},
			nil,
			[]any{"Drug", "Street value (£k)"},
			[]any{"Cocaine", 120},
			nil,
			[]any{"Drugs seized"},
			[]any{"Crack (£000s)", "17 wraps", 0.34},
		)
	}).loaded("kent", "2021-10").
		facts("Return!B3 cash_seized - gbp 120000", "Return!B4 assets_seized - gbp 1.2e+06",
			"Return!B7 drugs_seized heroin g 56", "Return!C7 drugs_seized heroin gbp 4500",
			"Thousands!B1 vehicles_seized - count 2000", "Thousands!B2 mobile_phones_seized - count 3000 approximately",
			"Thousands!B5 drugs_seized cocaine gbp 120000",
			"Thousands!B8 drugs_seized crack_cocaine wraps 17", "Thousands!C8 drugs_seized crack_cocaine gbp 340")
	// A figure with its own scale under a scaled label is not guessed at.
	extractBook(t, "scale_conflict.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A3", []any{"Cash seized (£000s)", "£1.2m"}, []any{"Arrests", 4})
	}).facts("Return!B4 arrests - people 4").
		says(etl.SevWarning, "scale_conflict", "Return!B3", "thousands")
}

// "€", "EUR", "euro" in a label make the figure euros; "%", "rate",
// "per", "ratio", "average" make it not a count: not loaded, warned.
func TestWhySymbols(t *testing.T) {
	t.Parallel()
	extractBook(t, "symbols.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A3",
			[]any{"Cash seized (€)", 5000},
			[]any{"Other assets seized EUR", "2,000"},
			[]any{"Charged (%)", 45},
			[]any{"Arrest rate", 12},
			[]any{"Average wraps per dealer", 4},
			[]any{"Ratio of charges to arrests", 0.5},
			[]any{"Arrests", 20},
		)
	}).loaded("kent", "2021-10").
		facts("Return!B3 cash_seized - eur 5000", "Return!B4 assets_seized - eur 2000", "Return!B9 arrests - people 20").
		says(etl.SevWarning, "other_currency", "Return!B3", "euros").
		says(etl.SevWarning, "not_a_count", "Return!A5", "Charged (%)", "%").
		says(etl.SevWarning, "not_a_count", "Return!A6", "rate").
		says(etl.SevWarning, "not_a_count", "Return!A7", "average").
		says(etl.SevWarning, "not_a_count", "Return!A8", "ratio")
	// A label in euros with a figure in pounds is neither.
	extractBook(t, "currency_conflict.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A3", []any{"Cash seized (€)", "£5,000"}, []any{"Arrests", 4})
	}).facts("Return!B4 arrests - people 4").
		says(etl.SevWarning, "currency_conflict", "Return!B3", "in pounds", "says euros")
}

// A word of comparison or qualification keeps a label from matching the
// plain metric; a near match forgives typos and word order, never an extra
// word the catalogue's names do not have.
func TestWhyQualifyingWords(t *testing.T) {
	t.Parallel()
	extractBook(t, "qualified.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A3",
			[]any{"Deal lines closed (YTD)", 40},
			[]any{"Mobile phones seized YTD", 300},
			[]any{"Search warrants executed (target)", 30},
			[]any{"Stop and search - negative", 10},
			[]any{"Arrests previous IW", 33},
			[]any{"Mobile phones seized abroad", 2},
			[]any{"Arests made", 13},
			[]any{"Seized mobile phones", 8},
			[]any{"Warants executed", 5},
		)
	}).loaded("kent", "2021-10").
		facts("Return!B9 arrests - people 13", "Return!B10 mobile_phones_seized - count 8", "Return!B11 warrants - count 5").
		says(etl.SevWarning, "qualified_label", "Return!A3", "YTD").
		says(etl.SevWarning, "qualified_label", "Return!A4", "YTD").
		says(etl.SevWarning, "qualified_label", "Return!A5", "target").
		says(etl.SevWarning, "qualified_label", "Return!A6", "negative").
		says(etl.SevWarning, "qualified_label", "Return!A7", "previous").
		says(etl.SevWarning, "qualified_label", "Return!A8", "abroad") // another country's (words.csv)
}

// A child label belongs to the nearest parent metric above it in its
// block: "Under 18" under Arrests is arrests under 18, "of which under 18"
// under safeguarding is safeguarded juveniles. Without a compatible parent
// it is a warning, not a guess.
func TestWhyChildContext(t *testing.T) {
	t.Parallel()
	extractBook(t, "children.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A3",
			[]any{"Arrests", 20},
			[]any{"Under 18", 4},
			[]any{"Vulnerable people engaged", 10},
			[]any{"of which under 18", 3},
			[]any{"Adults", 7},
			[]any{"Warrants", 5},
			[]any{"Juveniles", 2},
			nil,
			[]any{"Children", 1},
		)
	}).loaded("kent", "2021-10").
		facts("Return!B3 arrests - people 20", "Return!B4 arrests_under_18 - people 4",
			"Return!B5 safeguarded - people 10", "Return!B6 safeguarded_juvenile - people 3", "Return!B7 safeguarded_adult - people 7",
			"Return!B8 warrants - count 5").
		says(etl.SevWarning, "child_without_parent", "Return!A9", "Warrants executed above it has no such part").
		says(etl.SevWarning, "child_without_parent", "Return!A11", "none above it")
}

// A force named in a note, a sentence or a label is neither the return's
// force nor a conflict; the force comes from a Force cell, the title block,
// or the file name.
func TestWhyForceInANote(t *testing.T) {
	t.Parallel()
	note := "Figures include arrests made on behalf of Essex Police"
	extractBook(t, "return.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{note},
			[]any{"Week commencing", "11/10/2021"},
			[]any{"Arrests", 12},
		)
	}).rejected().says(etl.SevError, "unknown_force", "")
	extractBook(t, "kent_return.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{note},
			[]any{"Week commencing", "11/10/2021"},
			[]any{"Arrests", 12},
		)
	}).loaded("kent", "2021-10")
	extractBook(t, "return.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{"Force", "Kent Police"},
			[]any{note},
			[]any{"Note: joint operation with BTP"},
			[]any{"Week commencing", "11/10/2021"},
			[]any{"Arrests (joint operation with British Transport Police)", 12},
			[]any{"Warrants", 4, "Essex Police assisted"},
			[]any{"Mobile phones seized", 63},
		)
	}).loaded("kent", "2021-10").
		// the note beside the 4, in a column with no heading, says
		// another force helped make it: refused, as under a Notes
		// heading (a wrong number is worse than a missing one)
		facts("Return!B7 mobile_phones_seized - count 63").
		says(etl.SevWarning, "unreadable_value", "Return!B6", "Essex Police assisted")
	extractBook(t, "return.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{"Kent Police - county lines week 11-17 Oct 2021"},
			[]any{"Joint working with Essex Police and the Met"},
			[]any{"Arrests", 12},
		)
	}).loaded("kent", "2021-10")
}

// The dates in the return outrank the configured operation; dates in no
// operation we know reject the return saying which dates and how to add
// the operation; the configured operation serves only a return with no
// dates at all.
func TestWhyDatesOutrankConfiguredOperation(t *testing.T) {
	t.Parallel()
	configured := extract.Options{DefaultOperation: "2025-06"}
	extractBook(t, "return.xlsx", configured, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{"Force", "Kent Police"},
			[]any{"Week commencing", "10/11/2021"},
			[]any{"Arrests", 12},
		)
	}).rejected().
		says(etl.SevError, "unknown_week", "", "Return!B2 (10 Nov 2021 to 16 Nov 2021)", "reference/operations.csv", "home folder")
	extractBook(t, "return.xlsx", configured, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{"Force", "Kent Police"},
			[]any{"From", "11/10/2021", "To", "18/10/2021"},
			[]any{"Arrests", 12},
		)
	}).loaded("kent", "2021-10").silent("no_operation_that_week")
	extractBook(t, "return.xlsx", configured, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{"Force", "Kent Police"},
			[]any{"Arrests", 12},
		)
	}).loaded("kent", "2025-06")
}

// Two silent drops: a "Label: figure" cell that gave no fact and no
// warning, and a hedged figure in a landscape table (metrics as columns)
// dropped with no message.
func TestWhySilentDrops(t *testing.T) {
	t.Parallel()
	extractBook(t, "inline.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A3",
			[]any{"Officers deployed: 120"},
			[]any{"Stop and search - negative: 10"},
			[]any{"Charged (%): 45"},
			[]any{"Arrests: 12"},
			nil,
			[]any{"Drug type", "Weight (g)"},
			[]any{"Heroin: 56g"},
			[]any{"Cocaine", 20},
		)
	}).loaded("kent", "2021-10").
		facts("Return!A6 arrests - people 12", "Return!A9 drugs_seized heroin g 56", "Return!B10 drugs_seized cocaine g 20").
		says(etl.SevWarning, "unrecognised_label", "Return!A3", "Officers deployed", "120").
		says(etl.SevWarning, "qualified_label", "Return!A4", "negative").
		says(etl.SevWarning, "not_a_count", "Return!A5", "%")
	extractBook(t, "landscape.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{"Week commencing", "11/10/2021"},
			[]any{"Force", "Arrests", "Warrants", "Stop searches"},
			[]any{"Kent Police", "almost 40", "the best part of 10", 7},
		)
	}).loaded("kent", "2021-10").
		facts("Return!B3 arrests - people 40 less_than", "Return!D3 stop_searches - count 7").
		says(etl.SevWarning, "unreadable_value", "Return!C3", "the best part of 10")
}
