package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// A figure the phrase grammar reads in full but whose words put it in
// another period, a day, a part of the force, a wider total or a running
// count is in phrase.Reading.Scoped: what it is, for an analyst or a
// labeller, and never the force's figure for the week. A return loads
// only the week's: over real .xlsx `label │ value` cells whose value is a
// clause in a scope, no figure the grammar reads as scoped is ever
// loaded from the cell (nor from its label), a message names the cell
// when nothing is loaded from it, and the phones row below loads. The
// cases are the scope and period constructions of the phrase laws
// (lawScopedForms and the wider and running totals), each with its
// metric's words in the cell.
func TestScopedNeverLoadedLaw(t *testing.T) {
	t.Parallel()
	rd, err := phrase.New(mainCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	type tcase struct {
		label, text string
		scoped      []phrase.Scoped // what the grammar reads the cell as, under its label
	}
	rows := []struct{ label, noun, verb, n string }{
		{"Arrests", "arrests", "made", "43"},
		{"Warrants executed", "warrants", "executed", "21"},
		{"Lines closed", "deal lines", "closed", "9"},
		{"Cash seized", "cash", "seized", "£5,000"},
		{"Knives seized", "knives", "seized", "14"},
		{"Cuckooed addresses visited", "cuckooed addresses", "visited", "17"},
		{"Stop and searches", "stop and searches", "carried out", "35"},
	}
	forms := []string{
		"Last year, %[1]s %[2]s were %[3]s",
		"%[1]s %[2]s %[3]s in 2019",
		"Since April, %[1]s %[2]s have been %[3]s",
		"%[1]s %[2]s %[3]s last year",
		"%[1]s %[2]s %[3]s since it launched last year",
		"%[1]s %[2]s %[3]s over the past year",
		"%[1]s %[2]s %[3]s in the month ending Sunday 31 October",
		"%[1]s %[2]s %[3]s in the year up to and including Sunday",
		"Over the past six months, %[1]s %[2]s were %[3]s",
		"To date, %[1]s %[2]s have been %[3]s",
		"During one of the raids, %[1]s %[2]s were %[3]s",
		"One of their operations saw %[1]s %[2]s %[3]s",
		"On Monday, %[1]s %[2]s were %[3]s",
		"This year, %[1]s %[2]s were %[3]s",
		"%[1]s %[2]s %[3]s so far this year",
		"%[1]s %[2]s %[3]s year to date",
	}
	var cases []tcase
	for _, r := range rows {
		for _, f := range forms {
			text := fmt.Sprintf(f, r.n, r.noun, r.verb)
			if r.noun == "cash" {
				text = fmt.Sprintf(f, r.n, "in cash", r.verb) // "£5,000 in cash seized last year"
			}
			cases = append(cases, tcase{r.label, text, rd.Read(text, phrase.Context{Heading: r.label}).Scoped})
		}
	}
	withScoped := 0
	for _, c := range cases {
		if len(c.scoped) > 0 {
			withScoped++
		}
	}
	law[tcase]{
		what:  "value cells in a scope",
		cases: cases,
		name:  func(c tcase) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c tcase, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c tcase, p probe, v *verdict) {
			loaded := 0
			for _, f := range p.r.Facts {
				if f.Cell != "B3" && f.Cell != "A3" {
					continue
				}
				loaded++
				for _, s := range c.scoped {
					if s.Value != nil && f.Value != nil && *s.Value == *f.Value {
						v.wrong("loaded %s, a figure the grammar reads as scoped (%s: %q)", factLine(f), s.Kind, s.Words)
					}
				}
			}
			if loaded == 0 {
				v.want(p.warnedAt("B3") != nil || p.warnedAt("A3") != nil, "nothing loaded, and no message names A3 or B3")
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
	t.Logf("%d of %d cells in a scope hold a figure the grammar reads as scoped", withScoped, len(cases))
	if withScoped*2 < len(cases) {
		t.Errorf("only %d of %d cells hold a scoped figure: the law proves little", withScoped, len(cases))
	}
}
