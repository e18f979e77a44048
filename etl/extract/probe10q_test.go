package extract_test

import (
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// notReturnSheets are sheet names that say the sheet is not the return.
var notReturnSheets = []string{"OLD do not use", "Old", "Superseded", "Example", "Worked example", "Test", "Testing", "Backup",
	"Back-up", "Do not use", "DON'T USE", "Obsolete", "Sample", "Draft", "Return (old)", "Return - superseded", "Test copy", "Delete"}

// returnSheets are sheet names that say nothing of the kind.
var returnSheets = []string{"Return", "Sheet2", "Copy of Return", "Test purchases", "Oldham", "Summary", "Weapons", "Kent"}

// Q: a sheet whose name says it is not the return is not read. Law: for
// every such name, beside a return sheet its figures are not loaded and a
// warning names the sheet; alone, the return is rejected with an error
// saying why. Every other name is read as before (the control).
func TestProbe10QNotTheReturnSheetsLaw(t *testing.T) {
	t.Parallel()
	for _, alone := range []bool{false, true} {
		for _, name := range append(append([]string{}, notReturnSheets...), returnSheets...) {
			not := false
			for _, n := range notReturnSheets {
				not = not || n == name
			}
			p := book(t, "q.xlsx", extract.Options{}, func(b *fixtures.Book) {
				if !alone {
					b.Sheet("Main").Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 43})
					b.Sheet(name).Rows("A3", []any{"Arrests", 43}, []any{"Cash seized", 9000})
				} else {
					b.Sheet(name).Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 43}, []any{"Cash seized", 9000})
				}
			})
			var fromIt []string
			for _, f := range p.r.Facts {
				if f.Sheet == name {
					fromIt = append(fromIt, factLine(f))
				}
			}
			switch {
			case not && len(fromIt) > 0:
				t.Errorf("sheet %q (alone %v): loaded %v", name, alone, fromIt)
			case not && !alone:
				p.loaded("kent", "2021-10").says(etl.SevWarning, "not_the_return", name, name)
			case not && alone:
				p.rejected().says(etl.SevError, "not_the_return", "", name, "nothing loaded")
			case !not && (alone && len(fromIt) != 2 || !alone && len(p.r.Facts) != 2):
				t.Errorf("sheet %q (alone %v): want it read\n%s", name, alone, p.dump())
			}
		}
	}
}
