package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// probe10 K1: a title or file name saying the return adds to or corrects
// an earlier one ("ADDITIONAL FIGURES", "supplement", "addendum",
// "correction to", "update") is a warning that it may be partial, as a
// later return replaces the force's earlier one whole; the return still
// loads. A title without such a word says nothing of it.
func TestPartialReturnWords(t *testing.T) {
	partial := []string{"ADDITIONAL FIGURES", "Supplement to earlier return", "supplementary return", "Addendum",
		"Correction to earlier return", "corrections to arrests", "Update", "updated figures", "Amendment to return", "partial return", "further figures", "late figures"}
	plain := []string{"", "Final return", "Intensification week results", "Return (final version)", "Weekly return"}
	titles := append(append([]string{}, partial...), plain...)
	ps := sheetBook(t, extract.Options{}, len(titles), func(i int, b *fixtures.Book) {
		title := "Kent Police - County lines intensification week 11-17 Oct 2021"
		if titles[i] != "" {
			title += " - " + titles[i]
		}
		b.Rows("A1", []any{title}, nil, []any{"Arrests", 43})
	})
	for i, p := range ps {
		if p.r.Rejected() || p.r.Force != "kent" {
			t.Errorf("%q: want loaded as kent\n%s", titles[i], p.dump())
		}
		m := p.message("partial_return", fmt.Sprintf("P%d!A1", i))
		switch {
		case i < len(partial) && (m == nil || m.Severity != etl.SevWarning):
			t.Errorf("%q: want a partial_return warning at A1\n%s", titles[i], p.dump())
		case i >= len(partial):
			p.silent("partial_return")
		}
	}
	book(t, "kent_supplement.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{"Kent Police - County lines intensification week 11-17 Oct 2021"}, nil, []any{"Arrests", 43})
	}).loaded("kent", "2021-10").says(etl.SevWarning, "partial_return", "", "the file name", `"supplement"`)
}
