package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// valueAsides are words in brackets after a figure in its own cell
// ("43 (includes other ops)"), each with the qualifier the figure must
// load with ("" for refused). review23 R16's loaded the figure exact:
// words the note rule refuses (another operation's, another period's, a
// part of those counted, in doubt, other offences) and words nobody
// taught ("wks", "onwards", "driving"). The rest are the readings that
// load it today for a good reason and must keep doing so: another
// figure given beside it (a year to date, last week's, a target), the
// week's own dates, the force's own name, the week itself, a count of
// the note's own, a hedge.
var valueAsides = []noteWording{
	// R16: refusing words and words nobody taught
	{"includes other ops", ""}, {"plus 5 from last week", ""}, {"incl. 2 from Op X", ""}, {"2 from Operation Venice", ""},
	{"2 wks", ""}, {"over 2 wks", ""}, {"?", ""}, {"juveniles", ""}, {"under 18s only", ""}, {"all offences", ""},
	{"includes drug driving", ""}, {"14/10 onwards", ""}, {"incl. other ops", ""}, {"check", ""},
	// already refused by the value reader: still refused
	{"incl. 5 w/e 10/10/2021", ""}, {"w/e 10/10/2021", ""}, {"running total", ""}, {"op total", ""}, {"R12M", ""}, {"midweek", ""}, {"YTD", ""}, {"TBC", ""},
	{"mostly county lines", ""}, {"over the weekend", ""}, {"excl. Sunday", ""}, {"up to Thursday", ""},
	// other figures beside it, the week, the force, counts of the
	// note's own: the figure stands
	{"120 YTD", etl.Exact}, {"YTD 120", etl.Exact}, {"vs 38", etl.Exact}, {"prev 40", etl.Exact}, {"target 50", etl.Exact},
	{"last week 38", etl.Exact}, {"38 w/e 10/10/2021", etl.Exact}, {"w/e 17/10/2021", etl.Exact}, {"w/c 11/10/2021", etl.Exact},
	{"this week", etl.Exact}, {"5 remanded", etl.Exact}, {"3 from London", etl.Exact},
	{"2020: 38", etl.Exact}, {"5 by Specials", etl.Exact}, {"5 by Kent Police", etl.Exact}, {"made during the week", etl.Exact},
	{"includes 2020", ""}, {"2020-2021", ""}, {"5 by Essex Police", ""}, {"5 by NCA", ""},
	// hedges
	{"approx", etl.Approximately}, {"estimated", etl.Approximately}, {"est", etl.Approximately},
}

// Law: the words in brackets after a figure in its own cell go through
// the allow rule as a note beside it does (review23 R16), on what the
// cell's other readers leave: words that say the figure is not the
// week's count, or words not known to leave it standing, refuse it with
// a warning at its cell; another figure given beside it, the week's own
// dates, the force's own name and a count of the note's own leave it
// standing; a hedge hedges it. Beside each of noteLabels' figures; the
// row below loads either way.
func TestValueAsideAllowLaw(t *testing.T) {
	t.Parallel()
	type tc struct{ label, aside int }
	var cases []tc
	for _, ix := range every(len(noteLabels), len(valueAsides)) {
		cases = append(cases, tc{ix[0], ix[1]})
	}
	cell := func(c tc) string { return noteLabels[c.label].fig + " (" + valueAsides[c.aside].after + ")" }
	law[tc]{
		what:  "words in brackets after a figure in its own cell",
		cases: cases,
		name:  func(c tc) string { return fmt.Sprintf("%s │ %s", noteLabels[c.label].label, cell(c)) },
		sheet: func(c tc, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", "Figure"}, []any{noteLabels[c.label].label, cell(c)}, phonesRow)
		},
		holds: func(c tc, p probe, v *verdict) {
			l, n := noteLabels[c.label], valueAsides[c.aside]
			if n.q == "" {
				for _, f := range p.factsAt("B4") {
					v.wrong("loaded %s", factLine(f))
				}
				v.want(p.warnedAt("B4") != nil, "no warning at B4")
			} else {
				f := p.value(l.metric)
				v.want(f != nil && f.Cell == "B4" && f.Value != nil && *f.Value == l.value && f.Qualifier == n.q, "want %s %v %s loaded from B4, got %s", l.metric, l.value, n.q, lineOf(f))
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}

// Law: a value cell whose brackets the grammar reads as a part of its
// figure ("43 (7 under 18)", "43 (incl. 7 under 18)") keeps both
// figures: the allow rule judges only what the cell's readers leave.
func TestValueAsidePartsStandLaw(t *testing.T) {
	t.Parallel()
	asides := []string{"7 under 18", "incl. 7 under 18", "including 7 juveniles", "of which 7 under 18"}
	law[string]{
		what:  "a part of the figure in its brackets",
		cases: asides,
		name:  func(a string) string { return "Arrests │ 43 (" + a + ")" },
		sheet: func(a string, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", "Figure"}, []any{"Arrests", "43 (" + a + ")"}, phonesRow)
		},
		holds: func(a string, p probe, v *verdict) {
			f := p.value("arrests")
			v.want(f != nil && f.Value != nil && *f.Value == 43 && f.Qualifier == etl.Exact, "want arrests 43 exact, got %s", lineOf(f))
			u := p.value("arrests_under_18")
			v.want(u != nil && u.Value != nil && *u.Value == 7, "want arrests_under_18 7, got %s", lineOf(u))
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
