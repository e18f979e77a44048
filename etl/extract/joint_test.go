package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// probe10 Part L: a title naming two forces joined by "and", "&", "/" or a
// comma, or a force beside its regional unit ("West Midlands ROCU"), is a
// joint or regional return: rejected naming every force, never loaded as
// the first force's. A force named after "with", "assisted by" is a
// mention, and a force whose own name holds "and" ("Devon & Cornwall
// Police", "Avon and Somerset Constabulary") is one force.

// titleCase is one title and what it must give: a force loaded, or a
// rejection naming the forces.
type titleCase struct {
	title, line2 string   // A1, and an optional line under it
	force        string   // the force loaded, or "" for rejected
	names        []string // the forces a rejection must name
}

// checkTitles extracts one sheet per case (A1 the title, the week in
// words, Arrests 43) from real .xlsx workbooks and checks each.
func checkTitles(t *testing.T, cases []titleCase) {
	t.Helper()
	const perBook = 100
	failures := 0
	for from := 0; from < len(cases); from += perBook {
		chunk := cases[from:min(from+perBook, len(cases))]
		ps := sheetBook(t, extract.Options{}, len(chunk), func(i int, b *fixtures.Book) {
			b.Rows("A1", []any{chunk[i].title})
			if chunk[i].line2 != "" {
				b.Rows("A2", []any{chunk[i].line2})
			}
			b.Rows("A3", []any{"County lines intensification week 11-17 Oct 2021"}, nil, []any{"Arrests", 43})
		})
		for i, p := range ps {
			c := chunk[i]
			var bad string
			switch {
			case c.force != "" && (p.r.Rejected() || p.r.Force != c.force || p.r.Operation != "2021-10"):
				bad = "want " + c.force + " loaded"
			case c.force == "" && (!p.r.Rejected() || p.r.Force != ""):
				bad = "want rejected as a joint or regional return"
			case c.force == "":
				var said *etl.Message
				for k, m := range p.r.Messages {
					if m.Severity == etl.SevError && m.Code == "conflicting_force" && m.Where() == fmt.Sprintf("P%d!A1", i) {
						said = &p.r.Messages[k]
					}
				}
				if said == nil {
					bad = "want a conflicting_force error at A1"
					break
				}
				for _, n := range c.names {
					if !strings.Contains(said.Text, n) {
						bad = "the error does not name " + n
					}
				}
			}
			if bad != "" {
				failures++
				if failures <= 15 {
					t.Errorf("title %q / %q: %s\n%s", c.title, c.line2, bad, p.dump())
				}
			}
		}
	}
	if failures > 15 {
		t.Errorf("... and %d more", failures-15)
	}
}

// shortName is the force's name without "Police" and the like: its
// shortest alias whose words begin its name ("Kent", "Devon & Cornwall",
// "Hampshire", "British Transport").
func shortName(f catalog.Force) string {
	name := strings.Fields(catalog.Normalize(f.Name))
	best := f.Name
	for _, a := range f.Aliases {
		aw := strings.Fields(catalog.Normalize(a))
		if len(aw) < len(name) && slices.Equal(name[:len(aw)], aw) && len(a) < len(best) && len(a) > 3 {
			best = a
		}
	}
	return best
}

func TestJointTitleLaw(t *testing.T) {
	t.Parallel()
	cat := mainCatalog(t)
	fs := cat.Forces
	var cases []titleCase
	// Every name of every force, those with "and" or "&" in them too, is
	// that force; so is a title naming another force only in passing.
	for i, f := range fs {
		for _, n := range append([]string{f.Name, shortName(f)}, f.Aliases...) {
			cases = append(cases, titleCase{title: n + " - County lines intensification week", force: f.Code})
		}
		o := fs[(i+1)%len(fs)]
		cases = append(cases,
			titleCase{title: f.Name + " - county lines week", line2: "Joint operation with " + o.Name, force: f.Code},
			titleCase{title: shortName(f) + " county lines week: joint operation with " + o.Name, force: f.Code},
			titleCase{title: f.Name + " - county lines week (assisted by " + shortName(o) + " and " + o.Name + ")", force: f.Code},
		)
	}
	// Every pair of forces, each order, named together, and every force
	// beside its regional unit, is rejected naming them.
	forms := []func(a, b catalog.Force) string{
		func(a, b catalog.Force) string { return shortName(a) + " and " + shortName(b) + " Police" },
		func(a, b catalog.Force) string { return a.Name + " and " + b.Name },
		func(a, b catalog.Force) string { return shortName(a) + " and " + shortName(b) + " joint return" },
		func(a, b catalog.Force) string { return shortName(a) + " & " + shortName(b) + " joint operation" },
		func(a, b catalog.Force) string { return "Joint return: " + a.Name + " and " + b.Name },
		func(a, b catalog.Force) string { return a.Name + " / " + b.Name },
	}
	for i, a := range fs {
		for j, b := range fs {
			if i == j {
				continue
			}
			// One form for each order of each pair, in turn: every
			// form meets every force (all of them would take a minute).
			form := forms[(i+2*j)%len(forms)]
			cases = append(cases, titleCase{title: form(a, b), names: []string{a.Name, b.Name}})
			// and by any of their aliases, in turn
			aa, ba := a.Aliases[(i+j)%len(a.Aliases)], b.Aliases[(i*j)%len(b.Aliases)]
			if i < j {
				cases = append(cases, titleCase{title: aa + " and " + ba + " county lines return", names: []string{a.Name, b.Name}})
			}
		}
		for _, r := range []string{" ROCU", " Regional Organised Crime Unit"} {
			cases = append(cases, titleCase{title: shortName(a) + r, names: []string{a.Name}})
		}
		cases = append(cases, titleCase{title: "ROCU " + shortName(a), names: []string{a.Name}})
	}
	// The probe's titles, as written.
	cases = append(cases,
		titleCase{title: "Kent and Essex Police", names: []string{"Kent Police", "Essex Police"}},
		titleCase{title: "Kent and Essex Serious Crime Directorate", names: []string{"Kent Police", "Essex Police"}},
		titleCase{title: "Dorset and Devon & Cornwall Alliance", names: []string{"Dorset Police", "Devon and Cornwall Police"}},
		titleCase{title: "Joint return: Devon and Cornwall Police and Dorset Police", names: []string{"Dorset Police", "Devon and Cornwall Police"}},
		titleCase{title: "West Midlands Regional Organised Crime Unit", names: []string{"West Midlands Police"}},
		titleCase{title: "Bedfordshire, Cambridgeshire and Hertfordshire", names: []string{"Bedfordshire Police", "Cambridgeshire Constabulary", "Hertfordshire Constabulary"}},
		titleCase{title: "Kent Police - county lines week", line2: "Joint operation with Essex Police", force: "kent"},
	)
	t.Logf("%d titles", len(cases))
	checkTitles(t, cases)
}
