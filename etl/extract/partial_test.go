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
	t.Parallel()
	partial := []string{"ADDITIONAL FIGURES", "Supplement to earlier return", "supplementary return", "Addendum",
		"Correction to earlier return", "corrections to arrests", "Update", "updated figures", "Amendment to return", "partial return", "further figures", "late figures"}
	plain := []string{"", "Final return", "Intensification week results", "Return (final version)", "Weekly return"}
	titleWordsLaw(t, "partial_return", partial, plain)
	book(t, "kent_supplement.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{"Kent Police - County lines intensification week 11-17 Oct 2021"}, nil, []any{"Arrests", 43})
	}).loaded("kent", "2021-10").says(etl.SevWarning, "partial_return", "", "the file name", `"supplement"`)
}

// A title or file name saying the figures may still change ("PROVISIONAL",
// "Draft", "interim", "not yet verified") is a warning; the return loads.
// "Final" and titles without such a word say nothing.
func TestProvisionalReturnWords(t *testing.T) {
	t.Parallel()
	provisional := []string{"PROVISIONAL", "Provisional figures", "DRAFT", "draft return", "Interim return", "preliminary results",
		"unverified", "Figures unconfirmed", "subject to change", "Subject to validation", "not yet finalised", "not final",
		"not verified", "awaiting validation", "pending sign-off", "Pending verification"}
	plain := []string{"", "Final return", "FINAL", "Intensification week results", "Return (final version)", "Verified figures", "Validated return"}
	titleWordsLaw(t, "provisional_return", provisional, plain)
	// A line under the title saying the figures may change heads them:
	// they are this week's, not a change from another week's.
	for _, line := range []string{"Figures subject to change", "These figures may change", "PROVISIONAL - liable to change"} {
		r := book(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", []any{"Kent Police - County lines intensification week 11-17 Oct 2021"}, []any{line}, []any{"Arrests", 43})
		})
		r.loaded("kent", "2021-10")
		if len(r.r.Facts) != 1 || *r.r.Facts[0].Value != 43 {
			t.Errorf("%q under the title: want arrests 43\n%s", line, r.dump())
		}
	}
	book(t, "kent_DRAFT_v2.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{"Kent Police - County lines intensification week 11-17 Oct 2021"}, nil, []any{"Arrests", 43})
	}).loaded("kent", "2021-10").says(etl.SevWarning, "provisional_return", "", "the file name", `"DRAFT"`)
}

// titleWordsLaw checks that each marked title adds one warning of code at
// its cell and each plain one none, and that every return loads as
// Kent's with its one figure, arrests 43.
func titleWordsLaw(t *testing.T, code string, marked, plain []string) {
	t.Helper()
	titles := append(append([]string{}, marked...), plain...)
	ps := sheetBook(t, extract.Options{}, len(titles), func(i int, b *fixtures.Book) {
		title := "Kent Police - County lines intensification week 11-17 Oct 2021"
		if titles[i] != "" {
			title += " - " + titles[i]
		}
		b.Rows("A1", []any{title}, nil, []any{"Arrests", 43})
	})
	for i, p := range ps {
		if p.r.Rejected() || p.r.Force != "kent" || len(p.r.Facts) != 1 || *p.r.Facts[0].Value != 43 {
			t.Errorf("%q: want loaded as kent with arrests 43\n%s", titles[i], p.dump())
		}
		m := p.message(code, fmt.Sprintf("P%d!A1", i))
		switch {
		case i < len(marked) && (m == nil || m.Severity != etl.SevWarning):
			t.Errorf("%q: want a %s warning at A1\n%s", titles[i], code, p.dump())
		case i >= len(marked):
			p.silent(code)
		}
	}
}
