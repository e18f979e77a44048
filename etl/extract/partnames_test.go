package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/fixtures"
)

// review11 W3, session 14 layout12: a sheet's name or a block's title that
// names a place beside what it holds ("Medway summary", "North totals",
// "Kent - Thanet", "IW Medway") names a part of the force: the word
// saying what it holds does not make it the force's whole. Nobody can list
// every place, so a place is what the title leaves when the words of the
// catalogue, of titles, the force's own name, dates and numbers are taken
// out (or a compass word).

// placePairs name two parts of Kent, as forces name districts and areas.
var placePairs = [][2]string{{"Medway", "Thanet"}, {"North", "South"}, {"Swale", "Dartford"}, {"Maidstone", "Tonbridge"}, {"Canterbury", "Ashford"}}

// partSheetForms put a place beside the words a sheet's name says what it
// holds with.
var partSheetForms = []string{"%s summary", "%s totals", "%s Summary", "Kent - %s", "Enforcement %s", "IW %s", "%s results", "%s (all figures)", "Summary %s"}

// Law: two sheets named for two places beside the same words of what they
// hold, repeating a figure, are rejected with repeated_in_parts naming both
// sheets; never loaded with the figure counted once.
func TestPartSheetNamesLaw(t *testing.T) {
	t.Parallel()
	type tc struct {
		a, b     string
		rows     int
		sections bool
	}
	var cases []tc
	for _, pp := range placePairs {
		for _, form := range partSheetForms {
			for ri := range partRows {
				a, b := fmt.Sprintf(form, pp[0]), fmt.Sprintf(form, pp[1])
				cases = append(cases, tc{a, b, ri, false}, tc{a, b, ri, true})
			}
		}
		// one of them named for its place alone
		cases = append(cases, tc{pp[0] + " summary", pp[1], 0, false}, tc{pp[0], pp[1] + " totals", 1, false})
	}
	failed := 0
	for _, c := range cases {
		rows := partRows[c.rows]
		p := extractWith(t, mainCatalog(t), func(b *fixtures.Book) {
			if c.sections {
				all := [][]any{{kentTitle}, nil, {c.a}}
				all = append(append(append(all, rows.a...), nil, []any{c.b}), rows.b...)
				b.Sheet("Return").Rows("A1", all...)
				return
			}
			b.Sheet(c.a).Rows("A1", append([][]any{{kentTitle}, nil}, rows.a...)...)
			b.Sheet(c.b).Rows("A1", append([][]any{{kentTitle}, nil}, rows.b...)...)
		})
		name := fmt.Sprintf("%q and %q with %v / %v (sections %v)", c.a, c.b, rows.a, rows.b, c.sections)
		if !p.refusedAsParts(name, c.a, c.b) {
			failed++
		}
	}
	t.Logf("%d cases, %d failed", len(cases), failed)
}

// The control: names that share all their other words (the operation's
// own name, the force's) name no part; beside a sheet that says it holds
// the force's figures, a place's sheet repeating a figure is counted once.
func TestPartSheetNamesControl(t *testing.T) {
	t.Parallel()
	for _, names := range [][2]string{
		{"Orochi summary", "Orochi drugs"}, {"Kent summary", "Kent drugs"}, {"Summary", "Medway summary"},
		{"Summary (final)", "Drugs data"}, {"Kent Police", "Drug seizure details"}, {"IW Oct 2021 summary", "Drugs"},
	} {
		p := extractWith(t, mainCatalog(t), func(b *fixtures.Book) {
			b.Sheet(names[0]).Rows("A1", []any{kentTitle}, nil, []any{"Drugs seized"}, []any{"Heroin", "56g"})
			b.Sheet(names[1]).Rows("A1", []any{"Drug type", "Weight (g)"}, []any{"Heroin", 56})
		})
		p.loaded("kent", "2021-10").facts(names[0]+"!B4 drugs_seized heroin g 56").says(etl.SevWarning, "repeated_figure", names[1]+"!B2", "counted once")
	}
}

// Law: a block below the force's figures titled by a place alone
// ("Medway"), or a place and a topic ("Thanet activity"), or another body
// ("Partner figures (Kent County Council)"), is not loaded as the force's:
// one warning at the title names its figures. Titles of topics and of the
// force's own figures load as ever.
func TestPlaceTitlesLaw(t *testing.T) {
	t.Parallel()
	refused := []string{"Medway", "THANET", "Swale", "Maidstone & Tonbridge", "Canterbury", "North", "South East",
		"Medway activity", "Thanet results", "Gravesham figures", "Partner figures (Kent County Council)", "Op Raptor"}
	kept := []string{"Other results", "Additional information", "Intelligence", "Seizures", "Weapons", "Key outcomes",
		"Operation details", "Education and engagement", "Vulnerable people", "Kent", "Results", "Further activity",
		"Kent Police county lines intensification week results", "Outcomes", "Summary", "Community engagement",
		"Vulnerability", "Days of action", "Roads Policing", "Proactive activity", "Social media"}
	n, bad := scopeTitlesLaw(t, refused, kept)
	t.Logf("%d cases, %d wrong", n, bad)
}

// Law: a sheet whose first figures stand under a place's title and whose
// later blocks stand under other places' titles ("MEDWAY" over arrests,
// "THANET" over warrants) gives no figure of the force's whole, whether
// or not a figure repeats: rejected with an error naming both titles.
// A sheet whose later blocks are topics ("Drugs") is not held to this.
func TestPlaceTitledBlocksOnlyLaw(t *testing.T) {
	t.Parallel()
	failed, n := 0, 0
	for _, pp := range placePairs {
		for _, form := range []string{"%s", "%s activity", "%s results", "IW %s"} {
			for ri := range partRows {
				a, b := fmt.Sprintf(form, pp[0]), fmt.Sprintf(form, pp[1])
				rows := partRows[ri]
				// the same figures, with the second part's first row changed: no repeat of it
				second := append([][]any{{"Stop searches", 9}}, rows.b[1:]...)
				n++
				p := extractWith(t, mainCatalog(t), func(bk *fixtures.Book) {
					all := [][]any{{kentTitle}, nil, {a}}
					all = append(append(append(all, rows.a...), nil, []any{b}), second...)
					bk.Sheet("Return").Rows("A1", all...)
				})
				named := false
				for _, m := range p.r.Messages {
					named = named || m.Severity == etl.SevError && strings.Contains(m.Text, a) && strings.Contains(m.Text, b)
				}
				if !p.r.Rejected() || !named {
					failed++
					t.Errorf("%q then %q over %v / %v: want rejected naming both\n%s", a, b, rows.a, second, p.dump())
				}
			}
		}
	}
	t.Logf("%d cases, %d failed", n, failed)
	p := extractWith(t, mainCatalog(t), func(bk *fixtures.Book) {
		bk.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Kent Police"}, []any{"Arrests", 43}, nil, []any{"Drugs"}, []any{"Heroin", "56g"})
	})
	p.loaded("kent", "2021-10")
}
