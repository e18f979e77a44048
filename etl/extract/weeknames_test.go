package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// probe11 R1, R2: the week given only in a sheet's name ("Oct 2021",
// "CLIW Mar22") or in a file name parted by underscores or dots
// ("Kent_2022-03_return.xlsx", "Kent CLIW 07.03.22.xlsx") was not read:
// "no operation found". A careful reader takes it. Law: with no week in
// the sheets, a sheet name or a file name naming one operation's week, in
// any of these forms, gives it; a name saying another period gives none;
// two sheets naming two weeks are refused naming both.
func TestWeekInSheetOrFileNameLaw(t *testing.T) {
	t.Parallel()
	weeks := []struct {
		op    string
		names []string
	}{
		{"2021-10", []string{"Oct 2021", "Oct 2021 IW", "CLIW Oct21", "IW October 2021", "2021-10", "11-17 Oct 2021", "11.10.21", "Kent_2021-10", "Oct_2021"}},
		{"2022-03", []string{"Mar 2022", "CLIW Mar22", "IW 2022-03", "07.03.22", "March 2022 intensification", "2022_03", "07-03-2022"}},
	}
	type tc struct {
		op, name string
		file     bool // the name is the file's; the sheet is "Return"
	}
	var cases []tc
	for _, w := range weeks {
		for _, n := range w.names {
			cases = append(cases, tc{w.op, n, false}, tc{w.op, n, true})
		}
	}
	bad := 0
	for _, c := range cases {
		sheet, file := c.name, "kent.xlsx"
		if c.file {
			sheet, file = "Return", "Kent "+c.name+".xlsx"
			if strings.Contains(c.name, "_") {
				file = c.name + "_return.xlsx"
			}
		}
		p := book(t, file, extract.Options{}, func(b *fixtures.Book) {
			b.Sheet(sheet).Rows("A1", []any{"Kent Police - county lines return"}, nil, []any{"Arrests", 43})
		})
		name := fmt.Sprintf("sheet %q, file %q", sheet, file)
		if p.r.Rejected() || p.r.Operation != c.op || len(p.r.Facts) != 1 || *p.r.Facts[0].Value != 43 {
			bad++
			t.Errorf("%s: want %s loaded with arrests 43\n%s", name, c.op, p.dump())
		}
	}
	t.Logf("%d cases, %d wrong", len(cases), bad)
	// Two sheets naming two weeks: refused, naming both.
	p := book(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Oct 2021").Rows("A1", []any{"Kent Police - county lines return"}, nil, []any{"Arrests", 43})
		b.Sheet("Mar 2022").Rows("A1", []any{"Kent Police - county lines return"}, nil, []any{"Warrants executed", 25})
	}).rejected()
	named := false
	for _, m := range p.r.Messages {
		named = named || m.Severity == etl.SevError && strings.Contains(m.Text, `"Oct 2021"`) && strings.Contains(m.Text, `"Mar 2022"`)
	}
	if !named {
		t.Errorf("two sheets naming two weeks: no error naming both\n%s", p.dump())
	}
	// A sheet named for another period gives no week.
	for _, n := range []string{"Last IW (May 2021)", "Previous week", "Year to date"} {
		book(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet(n).Rows("A1", []any{"Kent Police - county lines return"}, nil, []any{"Arrests", 43})
		}).rejected()
	}
	// The week in the title and another in the file name: the file name
	// is read, so the disagreement is said.
	p = book(t, "Kent_2022-03_return.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 43})
	})
	said := false
	for _, m := range p.r.Messages {
		said = said || strings.Contains(m.Text, "2022-03") && strings.Contains(m.Text, "file name")
	}
	if !said {
		t.Errorf("title 2021-10, file name 2022-03: the disagreement is not said\n%s", p.dump())
	}
}

// A sheet named for a week beside a sheet with figures that names none
// ("Summary" and "May 2021") gives no week: the named one may be kept
// for comparison, and the Summary's figures are not its week's.
func TestWeekInOneSheetNameOfTwo(t *testing.T) {
	t.Parallel()
	for _, names := range [][2]string{{"Summary", "May 2021"}, {"Oct 2021", "Drugs"}} {
		book(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet(names[0]).Rows("A1", []any{"Kent Police - county lines return"}, nil, []any{"Arrests", 43})
			b.Sheet(names[1]).Rows("A1", []any{"Kent Police - county lines return"}, nil, []any{"Warrants executed", 25})
		}).rejected()
	}
}
