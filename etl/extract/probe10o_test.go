package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// O: a workbook with a sheet (or a section) per district or sub-operation
// and no summary. Equal figures from two places that may each be a part of
// the force are no proof of one figure: Medway 5 and Thanet 5 are not
// "arrests 5".

// partNames are names a force gives the sheets or sections of its parts:
// places and sub-operations, none with a role word (District, Division).
var partNames = [][2]string{
	{"Medway", "Thanet"}, {"Op Raptor", "Op Falcon"}, {"Swale", "Dartford"}, {"North Kent", "East Kent"},
	{"Maidstone & Tonbridge", "Canterbury"}, {"Team 1", "Team 2"}, {"Sheet1", "Sheet2"}, {"MEDWAY", "THANET"},
}

// partRows are what each part gives: the repeated figure first, perhaps
// with a figure of its own after it.
var partRows = []struct {
	a, b [][]any
}{
	{[][]any{{"Arrests", 5}}, [][]any{{"Arrests", 5}}},
	{[][]any{{"Arrests", 5}, {"Cash seized", 2000}}, [][]any{{"Arrests", 5}, {"Warrants executed", 3}}},
	{[][]any{{"Arrests", 5}, {"Cash seized", 2000}}, [][]any{{"Arrests", 5}}},
	{[][]any{{"Drugs seized"}, {"Heroin", "56g"}}, [][]any{{"Drugs seized"}, {"Heroin", "56g"}}},
	{[][]any{{"Warrants executed", 3}, {"Stop searches", 7}}, [][]any{{"Stop searches", 7}, {"Warrants executed", 3}}},
}

// Law: for every pair of part names and every set of rows, as two sheets
// or as two sections of one sheet headed by the names, the return is
// rejected with a repeated_in_parts error naming both places, and never
// loaded with the repeated figure counted once.
func TestProbe10OPartsNeverCountedOnceLaw(t *testing.T) {
	t.Parallel()
	type tc struct {
		names, rows        int
		sections, untitled bool // untitled: the second sheet has no title of its own
	}
	var cases []tc
	for ni, n := range partNames {
		for ri := range partRows {
			cases = append(cases, tc{ni, ri, false, false}, tc{ni, ri, true, false})
			if !strings.HasPrefix(n[0], "Sheet") {
				cases = append(cases, tc{ni, ri, false, true})
			}
		}
	}
	failed := 0
	for _, c := range cases {
		names, rows := partNames[c.names], partRows[c.rows]
		p := extractWith(t, mainCatalog(t), func(b *fixtures.Book) {
			if c.sections {
				all := [][]any{{kentTitle}, nil, {names[0]}}
				all = append(append(append(all, rows.a...), nil, []any{names[1]}), rows.b...)
				b.Sheet("Return").Rows("A1", all...)
				return
			}
			b.Sheet(names[0]).Rows("A1", append([][]any{{kentTitle}, nil}, rows.a...)...)
			if c.untitled {
				b.Sheet(names[1]).Rows("A1", rows.b...)
				return
			}
			b.Sheet(names[1]).Rows("A1", append([][]any{{kentTitle}, nil}, rows.b...)...)
		})
		name := fmt.Sprintf("%q and %q with %v / %v (sections %v, untitled %v)", names[0], names[1], rows.a, rows.b, c.sections, c.untitled)
		if !p.refusedAsParts(name, names[0], names[1]) {
			failed++
		}
	}
	t.Logf("%d cases, %d failed", len(cases), failed)
}

// refusedAsParts checks the return is rejected with a repeated_in_parts
// error naming both places, saying what is wrong when it is not.
func (p probe) refusedAsParts(name, a, b string) bool {
	p.t.Helper()
	var err *etl.Message
	for k, m := range p.r.Messages {
		if m.Code == "repeated_in_parts" && m.Severity == etl.SevError {
			err = &p.r.Messages[k]
		}
	}
	switch {
	case !p.r.Rejected():
		p.t.Errorf("%s: loaded\n%s", name, p.dump())
		return false
	case err == nil || !strings.Contains(err.Text, a) || !strings.Contains(err.Text, b):
		p.t.Errorf("%s: no repeated_in_parts error naming both places\n%s", name, p.dump())
		return false
	}
	return true
}

// The control: a figure repeated on a sheet or under a heading that says
// it holds the force's figures (Summary, Return, the force, the week) or
// what the figure is (Drugs for a drug, Enforcement for arrests) is one
// fact, counted once with a warning, as before.
func TestProbe10ORepeatsThatAreOneFigure(t *testing.T) {
	t.Parallel()
	for _, names := range [][2]string{
		{"Summary", "Drugs"}, {"Return", "Drugs"}, {"Medway", "Summary"}, {"Kent", "Drug seizures"}, {"IW Oct 2021", "Thanet"},
		{"Overview", "Seizures"}, {"Sheet1", "Heroin"}, {"All districts", "Medway"}, {"Force total", "Medway"},
	} {
		p := book(t, "repeat.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet(names[0]).Rows("A1", []any{kentTitle}, nil, []any{"Drugs seized"}, []any{"Heroin", "56g"})
			b.Sheet(names[1]).Rows("A1", []any{"Drug type", "Weight (g)"}, []any{"Heroin", 56})
		})
		p.loaded("kent", "2021-10").facts(names[0]+"!B4 drugs_seized heroin g 56").says(etl.SevWarning, "repeated_figure", names[1]+"!B2", "counted once")
	}
	// Sheets a spreadsheet named ("Tab 1", "Sheet2"), one of them with no
	// title of its own: it continues the return.
	for _, names := range [][2]string{{"Tab 1", "Tab 2"}, {"Sheet1", "Sheet2"}, {"Medway", "Sheet2"}, {"Sheet1", "Thanet"}} {
		p := extractWith(t, mainCatalog(t), func(b *fixtures.Book) {
			b.Sheet(names[0]).Rows("A1", []any{kentTitle}, nil, []any{"Drugs seized"}, []any{"Heroin", "56g"})
			b.Sheet(names[1]).Rows("A1", []any{"Drug type", "Weight (g)"}, []any{"Heroin", 56})
		})
		p.loaded("kent", "2021-10").facts(names[0]+"!B4 drugs_seized heroin g 56").says(etl.SevWarning, "repeated_figure", names[1]+"!B2", "counted once")
	}
	for _, heads := range [][2]string{{"Summary", "Medway"}, {"Enforcement", "Arrests breakdown"}, {"Kent Police", "MEDWAY"}, {"Key outcomes", "Operation details"}, {"Highlights", "Medway"}} {
		p := book(t, "repeat.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{heads[0]}, []any{"Arrests", 5}, nil, []any{heads[1]}, []any{"Arrests", 5})
		})
		p = p.loaded("kent", "2021-10").facts("Return!B4 arrests - people 5")
		if strings.EqualFold(heads[1], "Medway") {
			// layout12: a block titled by a place below the force's
			// figures is that place's, not a repeat of the force's: it is
			// not loaded at all, and says so at its title, naming B7.
			p.says(etl.SevWarning, "not_the_force_week", "Return!A6", heads[1], "not loaded")
			for _, m := range p.r.Messages {
				if m.Code == "not_the_force_week" && strings.Join(m.Cells, ",") != "B7" {
					t.Errorf("%v: the warning names %v, want B7", heads, m.Cells)
				}
			}
			continue
		}
		p.says(etl.SevWarning, "repeated_figure", "Return!B7", "counted once")
	}
}

// Law: in a "Measure │ P │ Q" table whose columns are headed by two parts
// of the force, a row with a figure in both is refused (two_figures), and
// so is every figure under those headings on another row, where only one
// part gave one: never loaded as the force's, each named in a warning.
// The control: columns headed by what they measure ("Qty │ Value") or by
// periods keep their figures.
func TestProbe10OPartColumnsLaw(t *testing.T) {
	t.Parallel()
	type tc struct {
		names, value int
		right        bool // the lone figure under the second part
	}
	values := [][2]any{{5, 5}, {5, 6}, {"5", "5"}}
	var cases []tc
	for ni := range partNames {
		for vi := range values {
			cases = append(cases, tc{ni, vi, false}, tc{ni, vi, true})
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		names, v := partNames[c.names], values[c.value]
		lone := []any{"Cash seized", 2000}
		if c.right {
			lone = []any{"Cash seized", nil, 2000}
		}
		b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", names[0], names[1]}, []any{"Arrests", v[0], v[1]}, lone)
	})
	failed := 0
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%q │ %q, arrests %v, lone cash under the right %v", partNames[c.names][0], partNames[c.names][1], values[c.value], c.right)
		lone := "B5"
		if c.right {
			lone = "C5"
		}
		bad := len(p.r.Facts) > 0
		for _, f := range p.r.Facts {
			t.Errorf("%s: loaded %s\n%s", name, factLine(f), p.dump())
		}
		if m := p.message("undecided_column", fmt.Sprintf("P%d!%s", i, lone)); m == nil || m.Severity != etl.SevWarning {
			bad = true
			t.Errorf("%s: no undecided_column warning at %s\n%s", name, lone, p.dump())
		}
		if bad {
			failed++
		}
	}
	t.Logf("%d cases, %d failed", len(cases), failed)
	for _, heads := range [][2]string{{"Qty", "Value"}, {"This week", "Last week"}, {"Number", "Amount"}} {
		p := book(t, "measure.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Measure", heads[0], heads[1]}, []any{"Arrests", 5, 5}, []any{"Warrants executed", 3})
		})
		p.loaded("kent", "2021-10").silent("undecided_column")
		if f := p.value("warrants"); f == nil || *f.Value != 3 {
			t.Errorf("%v: warrants 3 not loaded\n%s", heads, p.dump())
		}
	}
}
