package extract_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// H3: a column heading typed into Excel as a date is stored as a date
// cell; it heads its column as its text form does. Law: for every day
// around the return's week (the weeks before and after, the week's own
// days, a year before) and every layout (one dated column, or a dated
// column beside "This week"), the sheet with a date cell heading gives the
// same facts and the same message codes as the sheet with the heading
// typed as text "dd/mm/yyyy"; a day outside the week never loads its
// figure. A date cell beside "Week commencing" still gives the week.
func TestProbe10H3DateCellHeadingsLaw(t *testing.T) {
	t.Parallel()
	week := time.Date(2021, 10, 11, 0, 0, 0, 0, time.UTC)
	var days []time.Time
	for d := -14; d <= 14; d++ {
		days = append(days, week.AddDate(0, 0, d))
	}
	days = append(days, week.AddDate(-1, 0, 0), week.AddDate(0, -5, 0))
	type tc struct {
		day    time.Time
		beside bool // a "This week" column beside the dated one
		text   bool // the control: the heading typed as text
	}
	var cases []tc
	for _, d := range days {
		for _, beside := range []bool{false, true} {
			cases = append(cases, tc{d, beside, false}, tc{d, beside, true})
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		var head any = fixtures.Date(c.day)
		if c.text {
			head = c.day.Format("02/01/2006")
		}
		h, r := []any{"Measure", head}, []any{"Arrests", 38}
		if c.beside {
			h, r = append(h, "This week"), append(r, 43)
		}
		b.Rows("A1", []any{kentTitle}, nil, h, r)
	})
	codes := func(k int) []string {
		var out []string
		for _, m := range ps[k].r.Messages {
			out = append(out, string(m.Severity)+" "+m.Code+" "+m.Cell)
		}
		slices.Sort(out)
		return out
	}
	for i := 0; i < len(cases); i += 2 {
		c := cases[i]
		name := fmt.Sprintf("%s (beside This week %v)", c.day.Format("02/01/2006"), c.beside)
		got, want := figureLines(ps[i].r), figureLines(ps[i+1].r)
		if !slices.Equal(got, want) || !slices.Equal(codes(i), codes(i+1)) {
			t.Errorf("%s: a date cell heading gives %v %v, typed as text %v %v\n%s", name, got, codes(i), want, codes(i+1), ps[i].dump())
		}
		inWeek := !c.day.Before(week) && c.day.Before(week.AddDate(0, 0, 7))
		for _, f := range ps[i].r.Facts {
			if f.Cell == "B4" && !inWeek {
				t.Errorf("%s: loaded the figure under another day's heading\n%s", name, ps[i].dump())
			}
		}
	}
	book(t, "wc.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{"Force", "Kent Police"}, []any{"Week commencing", fixtures.Date(week)}, []any{"Arrests", 43})
	}).loaded("kent", "2021-10").facts("Return!B3 arrests - people 43")
}
