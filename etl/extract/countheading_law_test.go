package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// A text that opens with a count and then a heading's own words (another
// week's "w/e", "total", "for the month", "national", "including 2020",
// "previous weeks", "YTD", "force average") says what period or whose
// figures it heads: beside a label it is refused with a message naming
// the cell, and above a column its figures are not the week's. Only a
// count followed by words no heading holds ("43 (as at Sunday)", "43 up
// to and including Sunday 17/10/2021") goes to the figure's own reading
// (TestOwnWeekBracketCellLaw). review16 R4: b6569fc made every count-led
// text a figure, and these loaded as the week's.
func TestCountLedHeadingLaw(t *testing.T) {
	t.Parallel()
	words := []string{
		// another week, day or year
		"w/e 10/10/2021", "W/E 24/10/2021", "we 10/10/2021", "w/e 10 Oct", "w/c 04/10/2021", "w/c 4 October",
		"total 17/10/2020", "this week 10/10/2021", "this period 17/10/2020", "value 17/10/2020", "for 10/10/2021",
		"on 12/10/2021", "on 18/10/2021", "including 18/10/2021", "inc 2020", "incl 2020", "total incl 18/10/2021",
		// a longer stretch
		"total for the year", "for the month of October", "the month of October", "total for October",
		"for the quarter", "two week total", "for the period 01/10/2021 to 17/10/2021", "incl follow up week",
		"inc follow on", "total inc follow up", "inc follow up to 24/10/2021",
		// a wider area
		"national total", "national 17/10/2021", "total national", "total regional", "total all",
	}
	type countLed struct {
		label, text string
		table       bool
	}
	var cases []countLed
	for i, w := range words {
		label := []string{"Arrests", "Warrants executed"}[i%2]
		cases = append(cases, countLed{label, fmt.Sprintf("%d %s", 3+i, w), false})
	}
	// Column headings: `Metric │ H` over `Arrests │ 43` and `Warrants
	// executed │ 12`: a count-led heading of another period or of a
	// comparison never heads the week's figures.
	for _, h := range []string{"4 previous weeks", "1 previous week", "3 prior weeks", "2 last weeks", "3 previous",
		"5 prior", "3 quarters", "2 fortnights", "2 quarterly", "4 calendar months", "1 full month", "1 whole month",
		"13 periods to date", "12 YTD", "3 fytd", "4 cumulative", "4 change", "2 trend", "4 target", "5 force average",
		"1 so far"} {
		cases = append(cases, countLed{"Metric", h, true})
	}
	law[countLed]{
		what:  "texts that open with a count and then a heading's words",
		cases: cases,
		name:  func(c countLed) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c countLed, b *lawBook) {
			if c.table {
				b.Rows("A1", []any{kentTitle}, nil, []any{c.label, c.text}, []any{"Arrests", 43}, []any{"Warrants executed", 12}, phonesRow)
				return
			}
			pairSheet([2]string{c.label, c.text}, b)
		},
		holds: func(c countLed, p probe, v *verdict) {
			if !c.table {
				// A heading of another period heads column B: the phones
				// below it are its too, and need not load.
				for _, f := range p.r.Facts {
					if f.Cell == "B3" || f.Cell == "A3" {
						v.wrong("loaded %s", factLine(f))
					}
				}
				if m := p.warnedAt("B3"); m == nil {
					v.wrong("no warning names B3")
				}
				return
			}
			for _, f := range p.r.Facts {
				if strings.HasPrefix(f.Cell, "B") && f.Cell != "B6" {
					v.wrong("loaded %s under %q", factLine(f), c.text)
				}
			}
		},
	}.run(t)
}
