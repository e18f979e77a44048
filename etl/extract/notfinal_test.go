package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// footNotes are notes a mark points at: most say the figure is not final,
// or of another period or measure; two (final) say something else.
var footNotes = []struct {
	note  string
	final bool
}{
	{"provisional - custody figures not yet validated", false},
	{"figures are provisional", false},
	{"subject to change", false},
	{"more arrests expected", false},
	{"Year to date figure", false},
	{"figure for the previous week", false},
	{"cumulative since 1 April", false},
	{"last week's figure", false},
	{"since the start of the operation", false},
	// another's in the figure: refused, as the same note in a notes
	// column is (review22 X6); a part of its own, kept
	{"includes 5 BTP arrests", false},
	{"includes 7 under 18", true},
	{"seized on Tuesday", true},
	// review13 L3: notes that affirm the week, or define what the figure
	// counts, with a changer word negated or as an instruction: the
	// figure loads, with the note named in a warning; the same words
	// affirming the other period refuse
	{"Figures for this week only, not cumulative", true},
	{"Cumulative figures, not for this week only", false},
	{"Mandatory field: do not enter year to date figures", true},
	{"Mandatory field: enter year to date figures", false},
	{"Required: the figure for the intensification week only, not the monthly figure", true},
	{"Required: the year to date figure, not the figure for the intensification week only", false},
	{"Include arrests made since the start of the week", true},
	{"Include arrests made since the start of the year", false},
	{"Total arrests, excluding those for other offences", true},
	{"Total arrests since 1 April, excluding those for other offences", false},
	{"Mandatory field", true},
}

// probe11 W5: words saying the count was not final when it was written
// ("43 and counting", "43 - more expected", "43 at time of writing", "43
// (so far)", "40 (to be revised)"), after the figure in any of the ways
// a provisional figure is written, refuse it with a warning naming the
// cell, as "43 so far" and "43 - to be confirmed" are refused: never
// exact. So does a mark on the figure or its label ("43*", "43 (1)",
// "Arrests¹") whose note elsewhere on the sheet says the figures are
// provisional; so does a note that says the figure is of another period
// or another measure ("* Year to date figure", "(1) cumulative since 1
// April": review12 M3). A note that says something else is named in a
// warning and the figure is read without its mark.
func TestNotFinalFigureLaw(t *testing.T) {
	t.Parallel()
	words := []string{"and counting", "more expected", "more to come", "at time of writing", "at the time of writing",
		"so far", "to be revised", "as it stands", "still counting", "ongoing", "not yet complete", "with more expected"}
	forms := []func(w string) string{
		func(w string) string { return "43 - " + w },
		func(w string) string { return "43 " + w },
		func(w string) string { return "43 (" + w + ")" },
		func(w string) string { return "43, " + w },
	}
	type tcase struct {
		label, value, note string
		final              bool // the note says nothing of the figure being final, nor of another period
	}
	var cases []tcase
	for _, label := range []string{"Arrests", "Cash seized", "Cocaine"} {
		figure := map[string]string{"Arrests": "43", "Cash seized": "£5,000", "Cocaine": "2kg"}[label]
		for _, w := range words {
			for _, form := range forms {
				cases = append(cases, tcase{label, figure + strings.TrimPrefix(form(w), "43"), "", false})
			}
		}
		for _, mark := range []string{"*", "**", "†", "¹", "(1)", "[a]"} {
			for _, n := range footNotes {
				sep := " "
				if mark == "¹" {
					sep = ""
				}
				cases = append(cases, tcase{label, figure + sep + mark, mark + " " + n.note, n.final})
				if mark != "(1)" {
					// "Arrests (1)" is refused by the label reader as a
					// label with a number in it (probe11 fn4, a labels
					// question), with a warning at A3.
					cases = append(cases, tcase{label + sep + mark, figure, mark + " " + n.note, n.final})
				}
			}
		}
	}
	law[tcase]{
		what:  "figures said not to be final",
		cases: cases,
		name:  func(c tcase) string { return fmt.Sprintf("%q │ %q, note %q", c.label, c.value, c.note) },
		sheet: func(c tcase, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{c.label, c.value}, phonesRow, nil, nil, []any{c.note})
		},
		holds: func(c tcase, p probe, v *verdict) { p.notedAtB3(v, c.final) },
	}.run(t)
}

// notedAtB3 records what is wrong unless the marked figure at B3 is
// refused with a warning naming it, or, final (its note says nothing of
// its being final nor of another period), loaded with a warning naming
// the note; the phones below load either way.
func (p probe) notedAtB3(v *verdict, final bool) {
	at := p.factsAt("B3")
	switch {
	case !final && len(at) > 0:
		v.wrong("loaded %s; want it refused", factLine(at[0]))
	case !final && p.warnedAt("B3") == nil:
		v.wrong("refused with no warning naming B3")
	case final && len(at) != 1:
		v.wrong("a figure with a note about something else: want it loaded")
	case final && p.warnedAt("B3") == nil:
		v.wrong("want a warning naming the note")
	}
	v.want(p.phonesLoaded(), "the phones below it are not loaded")
}
