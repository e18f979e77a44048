package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// A note that says its figures are of another period stays so when it
// leaves something out: `Arrests │ 43 *` over `* Year to date total except
// BTP` loaded 43 with a warning, as the word "except" made the whole
// clause a negation (review13 L3's rule for "not cumulative"). Only the
// words after an exception word (except, excluding, other than, without)
// are what it leaves out; the words before it still say what the figure
// is. Every period wording × every exception × marks on the figure or its
// label: refused with a warning at the cell. The same notes with the
// period negated ("… are not included", "do not enter …", "excluding
// the …") or with the week in its place load with a warning naming the
// note; the phones below load every time.
func TestNoteExceptionKeepsPeriodLaw(t *testing.T) {
	t.Parallel()
	type noted struct {
		label, value, note string
		final              bool
	}
	periods := []string{"Year to date total", "Year to date figure", "Cumulative figure", "Cumulative total since 1 April", "YTD total", "Total since the start of the year"}
	excepts := []string{"except BTP", "excluding BTP arrests", "other than those made by BTP", "without BTP figures", "except for the Met's", "excludes Operation Orochi"}
	negated := []string{"%s not included", "do not enter the %s", "excluding the %s", "not the %s"}
	week := []string{"Figure for the week", "Weekly total", "Intensification week figure"}
	marks := []string{"*", "†", "(1)", "[a]"}
	figures := []struct{ label, value string }{{"Arrests", "43"}, {"Cash seized", "£5,000"}, {"Cocaine", "2kg"}}
	var cases []noted
	add := func(i int, note string, final bool) {
		f, mark := figures[i%len(figures)], marks[i%len(marks)]
		if i%2 == 0 || mark == "(1)" {
			cases = append(cases, noted{f.label, f.value + " " + mark, mark + " " + note, final})
		} else {
			cases = append(cases, noted{f.label + " " + mark, f.value, mark + " " + note, final})
		}
	}
	for i, ix := range every(len(periods), len(excepts)) {
		p, e := periods[ix[0]], excepts[ix[1]]
		add(i, p+" "+e, false)
		if ix[1] == 0 {
			add(i+1, p, false)
			for j, n := range negated {
				note := fmt.Sprintf(n, strings.ToLower(p))
				add(i+j, strings.ToUpper(note[:1])+note[1:]+" "+e, true)
			}
		}
	}
	for i, w := range week {
		for j, e := range excepts {
			add(i+j, w+" "+e, true)
		}
	}
	law[noted]{
		what:  "notes of another period with an exception",
		cases: cases,
		name:  func(c noted) string { return fmt.Sprintf("%q │ %q, note %q", c.label, c.value, c.note) },
		sheet: func(c noted, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{c.label, c.value}, phonesRow, nil, nil, []any{c.note})
		},
		holds: func(c noted, p probe, v *verdict) { p.notedAtB3(v, c.final) },
	}.run(t)
}
