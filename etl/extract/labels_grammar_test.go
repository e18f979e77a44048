package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/reference"
)

// The tests in this file show, each on real .xlsx workbooks, that labels
// are read by the phrase grammar wherever a label stands (issue 7, "Used
// wherever a label is read").

func loadCat(t *testing.T) *catalog.Catalog {
	t.Helper()
	catOnce.Do(func() { catMain, catErr = catalog.Load(reference.FS) })
	if catErr != nil {
		t.Fatal(catErr)
	}
	return catMain
}

// For every item of every itemised metric, "<metric> - <item>" (as a
// summary sheet types it) names that item, whatever the words of the
// metric's name say: "Other assets seized - Jewellery" is jewellery, not
// all other assets; "Weapons seized - Other" is other weapons.
func TestLabelMetricDashItemLaw(t *testing.T) {
	cat := loadCat(t)
	type pair struct {
		label string
		value any
		want  string
	}
	var cases []pair
	for _, kind := range cat.ItemKinds() {
		m, ok := cat.MetricForKind(kind)
		if !ok {
			continue
		}
		unit, value := m.Unit, any(120) // a count, or money for a metric of several units
		if unit == "varies" {
			unit, value = "gbp", "£120"
		}
		for _, it := range cat.ItemsOf(kind) {
			for _, sep := range []string{" - ", ": "} {
				cases = append(cases, pair{m.Label + sep + it.Label, value, fmt.Sprintf("P%d!B4 %s %s %s 120", len(cases), m.Code, it.Code, unit)})
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		b.Rows("A1",
			[]any{"Force", "Kent Police"},
			[]any{"Week commencing", "11/10/2021"},
			nil,
			[]any{cases[i].label, cases[i].value},
		)
	})
	for i, p := range ps {
		var got []string
		for _, f := range p.r.Facts {
			got = append(got, strings.TrimSuffix(factLine(f), " exact"))
		}
		if strings.Join(got, "; ") != cases[i].want {
			t.Errorf("%q: got %q, want %q", cases[i].label, got, cases[i].want)
		}
	}
}

// A cell holding only a unit ("wraps", "deals", "£") beside a label is
// the unit of the figure after it, never a label of its own: two such
// rows are not the header of a transposed table whose figures are the
// rows below ("Drugs seized - Crack | wraps | 269" over "Other assets
// seized - Watches | 3" once gave 3 wraps of drugs).
func TestUnitCellIsNoLabel(t *testing.T) {
	for _, unit := range []string{"wraps", "deals", "Wraps", "g", "tablets"} {
		p := book(t, "unit.xlsx", extract.Options{}, func(b *fixtures.Book) {
			kentHead(b).Rows("A4",
				[]any{"Drugs seized - Crack cocaine", unit, 269},
				[]any{"Other assets seized - Watches", 3},
			)
		})
		for _, f := range p.r.Facts {
			if f.Cell != "C4" || f.Metric != "drugs_seized" || f.Item != "crack_cocaine" {
				t.Errorf("%q: a fact %s from a unit cell read as a label\n%s", unit, factLine(f), p.dump())
			}
		}
		if p.value("drugs_seized") == nil {
			t.Errorf("%q: the crack cocaine row was not read\n%s", unit, p.dump())
		}
	}
}
