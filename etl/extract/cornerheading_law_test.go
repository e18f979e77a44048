package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl"
)

// cornerHeading is the heading over a table's labels column, in its
// heading row (`Kent (YTD) │ Total` over `Arrests │ 20`), and whether
// the table's figures are the force's own for the week under it.
type cornerHeading struct {
	text string
	own  bool
}

// cornerHeadings name another period, a changed count, a part of the
// force, another force or a wider area over the labels (ret28 H2: `Kent
// (YTD) │ Last week │ Total` over `Arrests │ 20 │ 300` loaded 300), beside
// the words that head a labels column and say nothing of the figures.
var cornerHeadings = []cornerHeading{
	{"Kent (YTD)", false}, {"YTD", false}, {"Year to date", false}, {"Measure (YTD)", false},
	{"Measure (year to date)", false}, {"Measure - last week", false}, {"Kent (last year)", false},
	{"Kent (2020)", false}, {"Measure (cumulative)", false}, {"Kent - Year to date", false},
	{"Last week", false}, {"Previous week", false}, {"Measure (w/e 24/10/2021)", false},
	{"Measure (2 weeks)", false}, {"Kent (provisional)", false}, {"Medway district", false},
	{"North Kent division", false}, {"National", false}, {"South East", false}, {"Since April", false},
	{"Kent", true}, {"Measure", true}, {"Category", true}, {"Kent (this week)", true},
	{"This week", true}, {"Kent Police", true}, {"Metric", true}, {"Activity", true},
	{"Indicator", true}, {"Kent - 11-17 Oct 2021", true}, {"Performance measure", true},
	{"Type", true}, {"Description", true}, {"Outcome", true}, {"KPI", true}, {"Kent and Medway", true},
}

// cornerTables are the heading rows right of the corner and the
// figures under them in the Arrests row; want is the figure loaded
// when the corner says nothing of them.
var cornerTables = []struct {
	heads, figs []any
	want        float64
}{
	{[]any{"Total"}, []any{"20"}, 20},
	{[]any{"Figure"}, []any{"20"}, 20},
	{[]any{"Last week", "Total"}, []any{"20", "300"}, 300},
	{[]any{"Result"}, []any{"20"}, 20},
}

// Law: a heading over a table's labels column says what the table's
// figures are, as a heading over their own column does: another period
// ("YTD", "Last week", "2020"), a count changed or not final, a part of
// the force by a district's word, or a wider area refuses every figure
// of the table, with a message naming it; a heading that names the
// force, this week or only what the labels are ("Measure", "Category",
// "Metric") leaves them. (Another force named there rejects the return:
// the force is given twice.)
func TestCornerHeadingLaw(t *testing.T) {
	t.Parallel()
	type tc struct{ corner, table int }
	var cases []tc
	for _, ix := range every(len(cornerHeadings), len(cornerTables)) {
		cases = append(cases, tc{ix[0], ix[1]})
	}
	law[tc]{
		what:  "headings over a table's labels",
		cases: cases,
		name: func(c tc) string {
			tb := cornerTables[c.table]
			return fmt.Sprintf("%q │ %v over Arrests │ %v", cornerHeadings[c.corner].text, tb.heads, tb.figs)
		},
		sheet: func(c tc, b *lawBook) {
			tb := cornerTables[c.table]
			b.Rows("A1", []any{kentTitle}, nil, append([]any{cornerHeadings[c.corner].text}, tb.heads...), append([]any{"Arrests"}, tb.figs...), nil, nil, []any{"Measure", "This week"}, phonesRow)
		},
		holds: func(c tc, p probe, v *verdict) {
			tb := cornerTables[c.table]
			a := p.value("arrests")
			rejected := slices.ContainsFunc(p.r.Messages, func(m etl.Message) bool { return m.Severity == etl.SevError })
			if cornerHeadings[c.corner].own {
				v.want(a != nil && a.Value != nil && *a.Value == tb.want, "want arrests %v loaded, got %s", tb.want, lineOf(a))
			} else {
				// a district's word over the first figures rejects the
				// return: a part's sheet (another law's)
				v.want(a == nil, "loaded %s", lineOf(a))
				last := fmt.Sprintf("%c4", 'A'+len(tb.figs))
				v.want(p.namesCell(last) || rejected, "no message names %s", last)
			}
			v.want(rejected || p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
