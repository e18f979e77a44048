package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// ordinalDayLabels are the metrics' labels a day of the month is said
// after, with their metric and the figure's unit.
var ordinalDayLabels = []struct{ label, metric string }{
	{"Arrests", "arrests"}, {"Cash seized", "cash_seized"}, {"Stop and searches", "stop_searches"}, {"Warrants executed", "warrants"},
}

// ordinalDaysRefused are days of the month by their ordinal alone, with
// no month, after a label (review29 R5: `Arrests on the 12th`, `Arrests
// 12th-17th`, `Arrests week ending 24th` over 12 loaded 12 exact): one
// day, some days of Kent's week 11-17 October 2021, or another week.
var ordinalDaysRefused = []string{
	"on the 12th", "on 12th", "12th", "(12th)", "12th-17th", "(15th-17th)", "12th to 17th", "week ending 24th",
	"w/e 24th", "w/c 18th", "to 15th", "by 15th", "as of 15th", "as at the 15th", "up to 15th", "(1st-7th)", "on the 3rd",
}

// ordinalDaysLoaded are the near misses: the week's own first and last
// days, the week by its own end or start, the days with their month.
var ordinalDaysLoaded = []string{
	"11th-17th", "(11th to 17th)", "w/e 17th", "week ending 17th", "w/c 11th", "(11th to 17th October 2021)", "",
}

// TestOrdinalDayLabelLaw: a label that names a day of the month by its
// ordinal alone, beside its figure or in a table under "Measure │
// Figure", loads nothing, with a message naming its cell; the week's
// own days so said load the figure exact.
func TestOrdinalDayLabelLaw(t *testing.T) {
	t.Parallel()
	type tc struct {
		label, day int
		refuse     bool
		table      bool
	}
	var cases []tc
	for _, table := range []bool{false, true} {
		for _, ix := range every(len(ordinalDayLabels), len(ordinalDaysRefused)) {
			cases = append(cases, tc{ix[0], ix[1], true, table})
		}
		for _, ix := range every(len(ordinalDayLabels), len(ordinalDaysLoaded)) {
			cases = append(cases, tc{ix[0], ix[1], false, table})
		}
	}
	text := func(c tc) string {
		list := ordinalDaysLoaded
		if c.refuse {
			list = ordinalDaysRefused
		}
		d := list[c.day]
		if d == "" {
			return ordinalDayLabels[c.label].label
		}
		return ordinalDayLabels[c.label].label + " " + d
	}
	law[tc]{
		what:  "labels of a day of the month by its ordinal",
		cases: cases,
		name:  func(c tc) string { return fmt.Sprintf("%q │ 12 (table %v)", text(c), c.table) },
		sheet: func(c tc, b *lawBook) {
			if c.table {
				b.Rows("A1", []any{kentTitle}, []any{"Measure", "Figure"}, []any{text(c), 12}, phonesRow)
				return
			}
			b.Rows("A1", []any{kentTitle}, nil, []any{text(c), 12}, phonesRow)
		},
		holds: func(c tc, p probe, v *verdict) {
			if c.refuse {
				p.refused(v)
				return
			}
			f := p.value(ordinalDayLabels[c.label].metric)
			v.want(f != nil && f.Cell == "B3" && f.Value != nil && *f.Value == 12 && f.Qualifier == etl.Exact,
				"want %s 12 exact from B3, got %s", ordinalDayLabels[c.label].metric, lineOf(f))
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
