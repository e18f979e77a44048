package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// noteWording is words after a figure and what they make of it: refused
// ("" qualifier), or loaded with the qualifier.
type noteWording struct {
	after string
	q     etl.Qualifier // "" to refuse
}

// noteWordings are notes after a figure that say whose it is, for which
// weeks or how final, beside their near misses that leave the week's
// figure.
var noteWordings = []noteWording{
	// more than one week or month
	{" (w/e 10/10/2021 and 17/10/2021)", ""}, {" (w/e 10/10/2021 & w/e 17/10/2021)", ""},
	{" (weeks 41-42)", ""}, {" (wks 40 & 41)", ""}, {" (Oct/Nov)", ""}, {" (October and November)", ""},
	// another year's week
	{" (LY w/e 17/10/2021)", ""},
	// one day by its day and month, another period in words after a clause
	{" (Tues 12/10)", ""}, {" - 12/10", ""}, {": seized, last week", ""}, {" (previous week)", ""},
	// counted up to a day inside the week
	{" - as at 14/10/2021", ""}, {" (as at 13/10/2021)", ""},
	// the week's, and whose: a part, another force, a wider or shared figure
	{" (w/e 17/10/2021, Medway)", ""}, {" (w/e 17/10/2021 - Essex)", ""}, {" (w/e 17/10/2021, Essex Police)", ""},
	{" (w/e 17/10/2021, South East)", ""}, {", another force", ""}, {" (other forces)", ""}, {" (combined)", ""},
	{" - multi-force", ""}, {" (w/e 17/10/2021 combined)", ""},
	// the week's, and not final
	{" (w/e 17/10/2021 TBC)", ""}, {" (w/e 17/10/2021, provisional)", ""},
	// a hedge after a colon or a semicolon
	{": approx", etl.Approximately}, {": est.", etl.Approximately}, {"; approx", etl.Approximately},
	// the week's own
	{" (w/e 17/10/2021)", etl.Exact}, {" (week 41)", etl.Exact}, {" (as at 17/10/2021)", etl.Exact},
	{" - as at Sunday 17/10/2021", etl.Exact}, {" (this week)", etl.Exact}, {" (w/e 17/10/2021, Kent)", etl.Exact},
	{" (w/e 17/10/2021 - Kent Police)", etl.Exact}, {" (11-17 Oct)", etl.Exact}, {" approx", etl.Approximately},
	{" (w/e 17/10)", etl.Exact},
}

// noteLabels are the labels the wordings follow a figure under, the
// figure and its value, and a sentence saying the figure done
// (besideLaw's "{act}").
var noteLabels = []struct {
	label, metric, fig string
	value              float64
	act                string
}{
	{"Arrests", "arrests", "43", 43, "officers arrested 43 people"},
	{"Warrants executed", "warrants", "12", 12, "officers executed 12 warrants"},
	{"Cash seized", "cash_seized", "£5,000", 5000, "officers seized £5,000 in cash"},
	{"Weapons seized", "weapons_seized", "7", 7, "officers seized 7 knives"},
}

// Law: words after a figure that say it is more than one week's or
// month's, another year's, counted up to a day inside the week, the
// week's for a part of the force, another force, a wider or shared area,
// or not final, refuse it with a warning at the cell naming the words,
// whatever the label; a hedge after a colon hedges it; the week's own
// dates, the force's own name and the week in words leave it exact.
func TestNoteWhoseAndWhenLaw(t *testing.T) {
	t.Parallel()
	type tc struct{ label, wording int }
	var cases []tc
	for _, ix := range every(len(noteLabels), len(noteWordings)) {
		cases = append(cases, tc{ix[0], ix[1]})
	}
	law[tc]{
		what:  "notes of whose and when after a figure",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%s │ %s", noteLabels[c.label].label, noteLabels[c.label].fig+noteWordings[c.wording].after)
		},
		sheet: func(c tc, b *lawBook) {
			l := noteLabels[c.label]
			pairSheet([2]string{l.label, l.fig + noteWordings[c.wording].after}, b)
		},
		holds: func(c tc, p probe, v *verdict) {
			l, w := noteLabels[c.label], noteWordings[c.wording]
			if w.q == "" {
				p.refused(v)
				words := strings.Trim(w.after, " ,;:-()")
				if m := p.warnedAt("B3"); m != nil && !strings.Contains(m.Text, words) {
					v.wrong("the warning at B3 does not name %q: %s", words, m.Text)
				}
				return
			}
			f := p.value(l.metric)
			v.want(f != nil && f.Cell == "B3" && f.Value != nil && *f.Value == l.value && f.Qualifier == w.q, "want %s %v %s loaded from B3, got %s", l.metric, l.value, w.q, lineOf(f))
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
