package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// E3: a row that says it is a part of the item row above it ("of which
// kitchen knives", "- lock knives", "incl. crack", an indented "Resin")
// is a breakdown of that row, never more of it nor an item beside it.

// partFamily is a parent item row, the parts a force writes under it, and
// a sibling row after them, in one layout of one metric.
type partFamily struct {
	metric        string
	unit          etl.Unit
	heading       [][]any // the rows above the parent: a section heading or a table header
	parent        []any
	parentValue   float64
	parentItem    string
	parts         [][]any // label (without marker), value
	sibling       []any
	siblingValue  float64
	numbersInText bool // the figures are written "1.2kg", not numbers under a heading
}

var partFamilies = []partFamily{
	{"weapons_seized", etl.UnitCount, [][]any{{"Weapons seized"}}, []any{"Knives", 5}, 5, "knife",
		[][]any{{"kitchen knives", 2}, {"lock knives", 3}, {"zombie knives", 1}, {"machetes", 2}}, []any{"Axes", 1}, 1, false},
	{"weapons_seized", etl.UnitCount, [][]any{{"Weapon type", "Number"}}, []any{"Knives", 5}, 5, "knife",
		[][]any{{"kitchen knives", 2}, {"lock knives", 3}, {"zombie knives", 1}, {"machetes", 2}}, []any{"Axes", 1}, 1, false},
	{"weapons_seized", etl.UnitCount, [][]any{{"Weapon type", "Number"}}, []any{"Firearms", 4}, 4, "firearm",
		[][]any{{"imitation firearms", 1}, {"air weapons", 2}, {"handguns", 1}}, []any{"Knives", 3}, 3, false},
	{"drugs_seized", etl.UnitGrams, [][]any{{"Drugs seized"}}, []any{"Cocaine", "1.2kg"}, 1200, "cocaine",
		[][]any{{"crack", "200g"}, {"crack cocaine", "200g"}, {"powder cocaine", "1kg"}}, []any{"Heroin", "56g"}, 56, true},
	{"drugs_seized", etl.UnitGrams, [][]any{{"Drug type", "Weight (g)"}}, []any{"Cannabis", 300}, 300, "cannabis",
		[][]any{{"resin", 100}, {"skunk", 200}, {"cannabis resin", 100}}, []any{"Heroin", 56}, 56, false},
	{"drugs_seized", etl.UnitGrams, [][]any{{"Drug type", "Weight (g)"}}, []any{"Cocaine", 1200}, 1200, "cocaine",
		[][]any{{"crack", 200}, {"crack cocaine", 200}}, []any{"Heroin", 56}, 56, false},
}

// partMarkers are the ways a row says it is a part of the row above:
// words, a leading dash or bullet, leading spaces, or the cell's indent.
var partMarkers = []struct {
	name   string
	text   func(string) string
	indent int
}{
	{"of which", func(s string) string { return "of which " + s }, 0},
	{"Of which:", func(s string) string { return "Of which: " + s }, 0},
	{"incl.", func(s string) string { return "incl. " + s }, 0},
	{"including", func(s string) string { return "Including " + s }, 0},
	{"inc", func(s string) string { return "inc " + s }, 0},
	{"dash", func(s string) string { return "- " + s }, 0},
	{"en dash", func(s string) string { return "– " + s }, 0},
	{"bullet", func(s string) string { return "• " + s }, 0},
	{"spaces", func(s string) string { return "    " + upperFirst(s) }, 0},
	{"indent", upperFirst, 1},
	{"indent 2", upperFirst, 2},
}

func upperFirst(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// Law: for every parent item row, every part under it and every way of
// marking it a part, the parent's item loads with the parent's figure (the
// part is never added to it), nothing loads from the part's cell, the
// figures of the metric in the unit add up to the parent's and the
// sibling's (no part counted twice in an all-items sum), the sibling row
// loads, and a message names the part's cell (nothing is lost unsaid).
func TestProbe10E3BreakdownRowsLaw(t *testing.T) {
	t.Parallel()
	type tc struct{ family, part, marker int }
	var cases []tc
	for fi, f := range partFamilies {
		for pi := range f.parts {
			for mi := range partMarkers {
				cases = append(cases, tc{fi, pi, mi})
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		f, m := partFamilies[c.family], partMarkers[c.marker]
		part := f.parts[c.part]
		rows := [][]any{{kentTitle}, nil}
		rows = append(rows, f.heading...)
		rows = append(rows, f.parent, []any{m.text(part[0].(string)), part[1]}, f.sibling)
		b.Rows("A1", rows...)
		if m.indent > 0 {
			b.Indent(m.indent, fmt.Sprintf("A%d", 4+len(f.heading)))
		}
	})
	failed := 0
	for i, p := range ps {
		c := cases[i]
		f, m := partFamilies[c.family], partMarkers[c.marker]
		partRow := 4 + len(f.heading)
		name := fmt.Sprintf("%v over %q (%s)", f.parent, m.text(f.parts[c.part][0].(string)), m.name)
		if !partLaw(t, p, f, name, fmt.Sprintf("B%d", partRow-1), fmt.Sprintf("B%d", partRow)) {
			failed++
		}
	}
	t.Logf("%d cases, %d failed", len(cases), failed)
}

// partLaw checks the law of a parent, its part and a sibling row.
func partLaw(t *testing.T, p probe, f partFamily, name, parentCell, partCell string) bool {
	t.Helper()
	ok := true
	bad := func(format string, args ...any) {
		t.Helper()
		ok = false
		t.Errorf("%s: %s\n%s", name, fmt.Sprintf(format, args...), p.dump())
	}
	if p.r.Rejected() {
		bad("rejected")
		return false
	}
	var parent *etl.Fact
	sum, sibling := 0.0, false
	for k, fc := range p.r.Facts {
		if fc.Cell == partCell {
			bad("a fact loaded from the part's cell: %s", factLine(fc))
		}
		if fc.Metric != f.metric || fc.Unit != f.unit || fc.Value == nil {
			continue
		}
		sum += *fc.Value
		if fc.Cell == parentCell {
			parent = &p.r.Facts[k]
		}
		sibling = sibling || *fc.Value == f.siblingValue && fc.Cell != parentCell
	}
	switch {
	case parent == nil:
		bad("the parent row's figure is not loaded")
	case parent.Item != f.parentItem || *parent.Value != f.parentValue:
		bad("the parent loads as %s, want %s %v", factLine(*parent), f.parentItem, f.parentValue)
	}
	if !sibling {
		bad("the sibling row %v is not loaded", f.sibling)
	}
	if want := f.parentValue + f.siblingValue; sum != want {
		bad("the %s figures add up to %v; the workbook's items add up to %v", f.metric, sum, want)
	}
	named := false
	for _, msg := range p.r.Messages {
		for _, cell := range msg.Cells {
			named = named || cell == partCell
		}
	}
	if !named {
		bad("no message names the part's figure at %s", partCell)
	}
	return ok
}

// Law: the same, with the part set in by a column: its label one column
// right of its parent's, the figures in one column ("A4 Cocaine │ C4
// 1.2kg", "B5 Crack │ C5 200g"), with or without words or a dash.
func TestProbe10E3PartsSetInByColumnLaw(t *testing.T) {
	t.Parallel()
	type tc struct{ family, part, marker int }
	var cases []tc
	for fi, f := range partFamilies {
		for pi := range f.parts {
			for _, mi := range []int{0, 5, 9} { // of which, dash, none
				cases = append(cases, tc{fi, pi, mi})
			}
		}
	}
	wide := func(row []any) []any { return []any{row[0], nil, row[1]} }
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		f, m := partFamilies[c.family], partMarkers[c.marker]
		part := f.parts[c.part]
		rows := [][]any{{kentTitle}, nil}
		for _, h := range f.heading {
			if len(h) == 2 {
				h = wide(h)
			}
			rows = append(rows, h)
		}
		rows = append(rows, wide(f.parent), []any{nil, m.text(part[0].(string)), part[1]}, wide(f.sibling))
		b.Rows("A1", rows...)
	})
	failed := 0
	for i, p := range ps {
		c := cases[i]
		f, m := partFamilies[c.family], partMarkers[c.marker]
		partRow := 4 + len(f.heading)
		name := fmt.Sprintf("%v over B%d %q (%s)", f.parent, partRow, m.text(f.parts[c.part][0].(string)), m.name)
		if !partLaw(t, p, f, name, fmt.Sprintf("C%d", partRow-1), fmt.Sprintf("C%d", partRow)) {
			failed++
		}
	}
	t.Logf("%d cases, %d failed", len(cases), failed)
}

// Controls: rows that are not parts load as they stand. Rows all marked alike ("- Knives", "- Axes") are siblings; the first
// rows of a section indented under its heading are its items.
func TestProbe10E3BreakdownControls(t *testing.T) {
	t.Parallel()
	for _, mark := range []string{"- ", "– ", "• ", "  "} {
		book(t, "alike.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Weapons seized"}, []any{mark + "Knives", 5}, []any{mark + "Axes", 1}, []any{mark + "Firearms", 2})
		}).loaded("kent", "2021-10").facts("Return!B4 weapons_seized knife count 5", "Return!B5 weapons_seized axe count 1", "Return!B6 weapons_seized firearm count 2").silent("breakdown_row")
	}
	book(t, "indented.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Drugs seized"}, []any{"Heroin", "56g"}, []any{"Cannabis", "300g"}).Indent(1, "A4:A5")
	}).loaded("kent", "2021-10").facts("Return!B4 drugs_seized heroin g 56", "Return!B5 drugs_seized cannabis g 300").silent("breakdown_row")
	// Items set in under a group heading with no figure, even one that
	// names an item ("Class A", "Knives and bladed weapons"), are items.
	book(t, "groups.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Drug type", "Weight (g)"}, []any{"Class A"}, []any{"- Heroin", 56}, []any{"- Crack", 20},
			[]any{"Class B"}, []any{"- Cannabis", 100})
	}).loaded("kent", "2021-10").facts("Return!B5 drugs_seized heroin g 56", "Return!B6 drugs_seized crack_cocaine g 20", "Return!B8 drugs_seized cannabis g 100").silent("breakdown_row")
	book(t, "bladed.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Weapon type", "Number"}, []any{"Knives and bladed weapons"}, []any{"Zombie knives", 2}, []any{"Machetes", 3}).Indent(1, "A5:A6")
	}).loaded("kent", "2021-10").facts("Return!B5 weapons_seized zombie_knife count 2", "Return!B6 weapons_seized machete count 3").silent("breakdown_row")
	// Items in column B under a heading in column A, and a list numbered
	// in column A, are items.
	book(t, "colB.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Drugs seized"}, []any{nil, "Heroin", "56g"}, []any{nil, "Cannabis", "300g"})
	}).loaded("kent", "2021-10").facts("Return!C4 drugs_seized heroin g 56", "Return!C5 drugs_seized cannabis g 300").silent("breakdown_row")
	book(t, "numbered.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Drugs seized"}, []any{"a)", "Heroin", "56g"}, []any{"b)", "Cannabis", "300g"})
	}).loaded("kent", "2021-10").facts("Return!C4 drugs_seized heroin g 56", "Return!C5 drugs_seized cannabis g 300").silent("breakdown_row")
	// Members of a class under the class's row with a figure are items;
	// the class row is their subtotal.
	book(t, "class.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Drug type", "Weight (g)"}, []any{"Class A", 76}, []any{"- Heroin", 56}, []any{"- Crack", 20}, []any{"Cannabis", 100})
	}).loaded("kent", "2021-10").facts("Return!B5 drugs_seized heroin g 56", "Return!B6 drugs_seized crack_cocaine g 20", "Return!B7 drugs_seized cannabis g 100").
		says(etl.SevInfo, "subtotal_row", "Return!B4").silent("breakdown_row")
	// A part under an item row whose figure is not loaded is not loaded
	// either: the part is not its whole.
	book(t, "unread.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Weapon type", "Number"}, []any{"Knives", "lots"}, []any{"- kitchen knives", 2}, []any{"Axes", 1})
	}).loaded("kent", "2021-10").facts("Return!B6 weapons_seized axe count 1").says(etl.SevWarning, "breakdown_row", "Return!B5", "not loaded")
	// A part under a part is a part of the item row above both.
	book(t, "deeper.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Weapon type", "Number"}, []any{"Knives", 5}, []any{"Kitchen knives", 2}, []any{"Lock knives", 1}, []any{"Axes", 1}).
			Indent(1, "A5").Indent(2, "A6")
	}).loaded("kent", "2021-10").facts("Return!B4 weapons_seized knife count 5", "Return!B7 weapons_seized axe count 1").
		says(etl.SevInfo, "breakdown_row", "Return!B5", `"Knives" at A4`).says(etl.SevInfo, "breakdown_row", "Return!B6", `"Kitchen knives" at A5`)
	// A part larger than its parent is said to be.
	book(t, "larger.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Weapon type", "Number"}, []any{"Knives", 5}, []any{"of which kitchen knives", 7})
	}).loaded("kent", "2021-10").facts("Return!B4 weapons_seized knife count 5").says(etl.SevWarning, "breakdown_row", "Return!B5", "larger")
}
