package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// The tests in this file show, each on real .xlsx workbooks, that labels
// are read by the phrase grammar wherever a label stands (issue 7, "Used
// wherever a label is read").

// For every item of every itemised metric, "<metric> - <item>" (as a
// summary sheet types it) names that item, whatever the words of the
// metric's name say: "Other assets seized - Jewellery" is jewellery, not
// all other assets; "Weapons seized - Other" is other weapons.
func TestLabelMetricDashItemLaw(t *testing.T) {
	t.Parallel()
	cat := mainCatalog(t)
	type pair struct {
		label string
		value any
		want  string
	}
	var cases []pair
	for _, kind := range cat.ItemKinds() {
		m, ok := cat.MetricForKind(kind)
		if !ok {
			continue
		}
		unit, value := m.Unit, any(120) // a count, or money for a metric of several units
		if unit == "varies" {
			unit, value = "gbp", "£120"
		}
		for _, it := range cat.ItemsOf(kind) {
			for _, sep := range []string{" - ", ": "} {
				cases = append(cases, pair{m.Label + sep + it.Label, value, fmt.Sprintf("P%d!B4 %s %s %s 120", len(cases), m.Code, it.Code, unit)})
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		b.Rows("A1",
			[]any{"Force", "Kent Police"},
			[]any{"Week commencing", "11/10/2021"},
			nil,
			[]any{cases[i].label, cases[i].value},
		)
	})
	for i, p := range ps {
		var got []string
		for _, f := range p.r.Facts {
			got = append(got, strings.TrimSuffix(factLine(f), " exact"))
		}
		if strings.Join(got, "; ") != cases[i].want {
			t.Errorf("%q: got %q, want %q", cases[i].label, got, cases[i].want)
		}
	}
}

// A cell holding only a unit ("wraps", "deals", "£") beside a label is
// the unit of the figure after it, never a label of its own: two such
// rows are not the header of a transposed table whose figures are the
// rows below ("Drugs seized - Crack | wraps | 269" over "Other assets
// seized - Watches | 3" once gave 3 wraps of drugs).
func TestUnitCellIsNoLabel(t *testing.T) {
	t.Parallel()
	for _, unit := range []string{"wraps", "deals", "Wraps", "g", "tablets"} {
		p := book(t, "unit.xlsx", extract.Options{}, func(b *fixtures.Book) {
			kentHead(b).Rows("A4",
				[]any{"Drugs seized - Crack cocaine", unit, 269},
				[]any{"Other assets seized - Watches", 3},
			)
		})
		for _, f := range p.r.Facts {
			if f.Cell != "C4" || f.Metric != "drugs_seized" || f.Item != "crack_cocaine" {
				t.Errorf("%q: a fact %s from a unit cell read as a label\n%s", unit, factLine(f), p.dump())
			}
		}
		if p.value("drugs_seized") == nil {
			t.Errorf("%q: the crack cocaine row was not read\n%s", unit, p.dump())
		}
	}
}

// Label/value pairs: wording no catalogue name lists, read by its
// concepts. Verb and object in any order, an item with its action, a unit
// or a value in the label, a hedge or a currency in the label, everyday
// variants of catalogue metrics.
func TestGrammarLabelValuePairs(t *testing.T) {
	t.Parallel()
	book(t, "pairs.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Total number of arrests made in the period", 31},
			[]any{"Individuals charged", 12},
			[]any{"Blades recovered", 4},
			[]any{"Guns found", 1},
			[]any{"Heroin (g)", 20},
			[]any{"Crack (wraps)", 7},
			[]any{"Cannabis – plants", 9},
			[]any{"MDMA pills", 30},
			[]any{"Estimated street value of Class A", 2000},
			[]any{"Sterling recovered (in excess of)", 900},
			[]any{"Euro cash", 300},
			[]any{"Lines taken down", 2},
			[]any{"Cuckooed properties checked", 3},
			[]any{"Referrals to safeguarding", 4},
			[]any{"Line handsets seized", 5},
			[]any{"Pupils engaged", 60},
			[]any{"School talks given", 7},
		)
	}).loaded("kent", "2021-10").facts(
		"Return!B4 arrests - people 31",
		"Return!B5 charged - people 12",
		"Return!B6 weapons_seized knife count 4",
		"Return!B7 weapons_seized firearm count 1",
		"Return!B8 drugs_seized heroin g 20",
		"Return!B9 drugs_seized crack_cocaine wraps 7",
		"Return!B10 drugs_seized cannabis plants 9",
		"Return!B11 drugs_seized mdma tablets 30",
		"Return!B12 drugs_seized class_a gbp 2000 approximately",
		"Return!B13 cash_seized - gbp 900 more_than",
		"Return!B14 cash_seized - eur 300",
		"Return!B15 lines_closed - count 2",
		"Return!B16 cuckooed_addresses_visited - count 3",
		"Return!B17 safeguarding_referrals - people 4",
		"Return!B18 deal_line_phones_seized - count 5",
		"Return!B19 children_engaged - people 60",
		"Return!B20 school_inputs - count 7",
	).says(etl.SevWarning, "other_currency", "Return!B14")
}

// Section headings: a heading in everyday words ("Weapons located",
// "Substances recovered") makes the rows under it its items, read under
// it ("BB guns", "Machetes", "Crack (deals)").
func TestGrammarSectionHeadings(t *testing.T) {
	t.Parallel()
	book(t, "sections.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Weapons located"},
			[]any{"Machetes", 1},
			[]any{"Samurai swords", 3},
			[]any{"Other", 2},
			nil,
			[]any{"Substances recovered"},
			[]any{"Heroin (g)", 20},
			[]any{"Crack (deals)", 14},
		)
	}).loaded("kent", "2021-10").facts(
		"Return!B5 weapons_seized machete count 1",
		"Return!B6 weapons_seized sword count 3",
		"Return!B7 weapons_seized other_weapon count 2",
		"Return!B10 drugs_seized heroin g 20",
		"Return!B11 drugs_seized crack_cocaine wraps 14",
	)
}

// Headers of a transposed return, whose header row also names its force
// and week columns, in several wordings.
func TestGrammarTransposedHeaders(t *testing.T) {
	t.Parallel()
	for _, head := range [][2]string{{"Force", "Week commencing"}, {"Police force", "Week beginning"}, {"Force name", "W/C"}} {
		book(t, "transposed.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Sheet1").Rows("A1",
				[]any{head[0], head[1], "Individuals detained", "Blades recovered", "Sterling recovered", "Lines taken down"},
				[]any{"Kent Police", "11/10/2021", 6, 2, "1,850", 1},
			)
		}).loaded("kent", "2021-10").facts(
			"Sheet1!C2 arrests - people 6",
			"Sheet1!D2 weapons_seized knife count 2",
			"Sheet1!E2 cash_seized - gbp 1850",
			"Sheet1!F2 lines_closed - count 1",
		)
	}
}

// Headers of an itemised table: the kind column named by a label the
// grammar reads ("Drug recovered"), the measure columns in everyday
// words.
func TestGrammarItemisedHeaders(t *testing.T) {
	t.Parallel()
	book(t, "itemised.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Drug recovered", "Quantity (g)", "No. of deals", "Estimated street value (£)"},
			[]any{"Heroin", 28, 140, 2800},
			[]any{"Skunk", 1250, nil, 12500},
		)
	}).loaded("kent", "2021-10").facts(
		"Return!B5 drugs_seized heroin g 28",
		"Return!C5 drugs_seized heroin wraps 140",
		"Return!D5 drugs_seized heroin gbp 2800 approximately",
		"Return!B6 drugs_seized cannabis g 1250",
		"Return!D6 drugs_seized cannabis gbp 12500 approximately",
	)
}

// "Label: value" in one cell, with the label in everyday words.
func TestGrammarLabelValueCells(t *testing.T) {
	t.Parallel()
	book(t, "inline.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Individuals detained: 12"},
			[]any{"Blades recovered - 4"},
			[]any{"Estimated street value of Class A: £2,000"},
			[]any{"Cuckooed properties checked: 3"},
			[]any{"Drugs seized: 310g of cannabis and 14 wraps of crack"},
			[]any{"Cash seized: about £3,400, found on a train"},
		)
	}).loaded("kent", "2021-10").facts(
		"Return!A4 arrests - people 12",
		"Return!A5 weapons_seized knife count 4",
		"Return!A6 drugs_seized class_a gbp 2000 approximately",
		"Return!A7 cuckooed_addresses_visited - count 3",
		"Return!A8 drugs_seized cannabis g 310",
		"Return!A8 drugs_seized crack_cocaine wraps 14",
		"Return!A9 cash_seized - gbp 3400 approximately",
	)
}

// A figure cell holding a list or a sentence: each figure it names, and
// nothing it does not. A total with its parts named is the total and the
// parts it counts ("a taser" is one), never a split of the rest; a list
// with no numbers is kept unquantified only where the catalogue says the
// metric's figures may be so, and in a unit it can be counted in.
func TestGrammarFiguresInCell(t *testing.T) {
	t.Parallel()
	book(t, "cells.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Weapons seized", "3 machetes, 2 knives and a crossbow"},
			[]any{"Arrests", "9 (including 2 juveniles)"},
			[]any{"Mobile phones seized", "machetes, knives, bats"},
			[]any{"Warrants", "several"},
		)
	}).loaded("kent", "2021-10").facts(
		"Return!B4 weapons_seized machete count 3",
		"Return!B4 weapons_seized knife count 2",
		"Return!B4 weapons_seized crossbow count 1",
		"Return!B5 arrests - people 9",
		"Return!B5 arrests_under_18 - people 2",
		"Return!B7 warrants - count NULL unquantified",
	).says(etl.SevWarning, "unreadable_value", "Return!B6", "machetes, knives, bats")
	book(t, "including.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Weapons seized", "9 (including axes and a taser)"},
		)
	}).loaded("kent", "2021-10").facts(
		"Return!B4 weapons_seized - count 9",
		"Return!B4 weapons_seized taser count 1",
	)
	book(t, "lists.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Weapons seized", "machetes, knives and bats"},
			[]any{"Drugs seized", "heroin and crack cocaine"},
			[]any{"Safeguarded", "men, women and children"},
			[]any{"Other assets seized (£)", "watches, jewellery"},
			[]any{"Arrests", 3},
		)
	}).loaded("kent", "2021-10").facts(
		"Return!B4 weapons_seized machete count NULL unquantified",
		"Return!B4 weapons_seized knife count NULL unquantified",
		"Return!B4 weapons_seized bat count NULL unquantified",
		"Return!B7 assets_seized watch gbp NULL unquantified",
		"Return!B7 assets_seized jewellery gbp NULL unquantified",
		"Return!B8 arrests - people 3",
	).
		says(etl.SevWarning, "unreadable_value", "Return!B5", "no unit").
		says(etl.SevWarning, "unreadable_value", "Return!B6", "men, women and children")
	book(t, "unknown.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Weapons seized", "machetes and grenades"},
			[]any{"Other assets seized (£)", "watches and heroin"},
			[]any{"Arrests", 3},
		)
	}).loaded("kent", "2021-10").facts("Return!B6 arrests - people 3").
		says(etl.SevWarning, "unreadable_value", "Return!B4", `"grenades" is not an item of Weapons seized`).
		says(etl.SevWarning, "unreadable_value", "Return!B5", `"heroin" is not an item of Other assets seized`)
}

// A figure with a label to its left in its own row is that label's, not
// the figure below a label above it: "Weapons seized | Knives" over
// "Arrests | 1" is one arrest, never one knife.
func TestFigureBelowBelongsToItsRow(t *testing.T) {
	t.Parallel()
	book(t, "below.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Weapons seized", "Knives"},
			[]any{"Arrests", 1},
			[]any{"Warrants", 2},
		)
	}).loaded("kent", "2021-10").facts("Return!B5 arrests - people 1", "Return!B6 warrants - count 2")
	book(t, "below.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Arrests"},
			[]any{43},
		)
	}).loaded("kent", "2021-10").facts("Return!A5 arrests - people 43")
}

// Never a guess: a word the grammar does not know leaves the label
// unread, and the warning names the cell and the word; a label two
// metrics fit is a warning naming both; a word that changes the meaning
// is named.
func TestGrammarNeverGuesses(t *testing.T) {
	t.Parallel()
	book(t, "guess.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Arrests", 4},
			[]any{"Knives surrendered", 7},
			[]any{"Arrests made in the grove", 2},
			[]any{"Visits to hotels and landlords", 5},
			[]any{"Arrested and charged", 3},
			[]any{"Lines closed and phones seized", 6},
			[]any{"Cash seized (projection)", 900},
			[]any{"Crack and heroin wraps", 40},
		)
	}).loaded("kent", "2021-10").facts("Return!B4 arrests - people 4").
		says(etl.SevWarning, "unrecognised_label", "Return!A5", `the word "surrendered" is not known`, "Return!A5").
		says(etl.SevWarning, "unrecognised_label", "Return!A6", `the word "grove" is not known`).
		says(etl.SevWarning, "ambiguous_label", "Return!A7", "landlords_visited", "hotels_visited").
		says(etl.SevWarning, "ambiguous_label", "Return!A8", "arrests and charged").
		says(etl.SevWarning, "ambiguous_label", "Return!A9", "lines_closed and mobile_phones_seized").
		says(etl.SevWarning, "qualified_label", "Return!A10", "projection").
		says(etl.SevWarning, "ambiguous_label", "Return!A11", "drugs_seized/crack_cocaine and drugs_seized/heroin")
}

// Words in brackets after a label may say which part the figure is:
// "Weapons seized (knives)" is not all weapons, "Arrests (of which
// female)" may be the part or the whole. Such a label is a warning, never
// the metric's total; a bracket giving a unit, a scale or a hedge is read.
func TestLabelBracketedPart(t *testing.T) {
	t.Parallel()
	p := book(t, "brackets.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentHead(b).Rows("A4",
			[]any{"Weapons seized (knives)", 4},
			[]any{"Arrests (of which female)", 3},
			[]any{"Safeguarded (children)", 5},
			[]any{"Drugs seized (heroin)", "20g"},
			[]any{"Cocaine (kg)", 1.5},
			[]any{"Stop and searches (approx)", 40},
			[]any{"Cash seized (£000s)", 2},
		)
	}).loaded("kent", "2021-10").facts(
		"Return!B8 drugs_seized cocaine g 1500",
		"Return!B9 stop_searches - count 40 approximately",
		"Return!B10 cash_seized - gbp 2000",
	)
	for _, a := range []string{"A4", "A5", "A6", "A7"} {
		p.says(etl.SevWarning, "ambiguous_label", "Return!"+a, "in brackets")
	}
}

// A label with a word beside it that reads as the same metric ("Cash
// seized | cash", "Mobile phones seized | handsets") is not the header
// of a transposed table: the row beneath, a label and its figure, is a
// pair of its own ("Arrests | 4" is four arrests, not £4 of cash).
func TestLabelPairIsNoHeaderRow(t *testing.T) {
	t.Parallel()
	for _, word := range [][2]string{{"Cash seized", "cash"}, {"Mobile phones seized", "handsets"}} {
		book(t, "header.xlsx", extract.Options{}, func(b *fixtures.Book) {
			kentHead(b).Rows("A4",
				[]any{word[0], word[1]},
				[]any{"Arrests", 4},
			)
		}).loaded("kent", "2021-10").facts("Return!B5 arrests - people 4")
	}
}
