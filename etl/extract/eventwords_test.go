package extract_test

import (
	"fmt"
	"testing"
)

// Crime prevention, police, community and beat surgeries are engagement
// events (metrics.csv). Law over real .xlsx `label │ value` cells: each
// new label reads as the catalogue's own "Engagement events" does over
// every value: a plain figure and zero load; words after the figure
// (", TBC", ", regional total", "and beyond", ", including Essex"), a
// stretch containing the week ("in the year up to Sunday"), a plan,
// another force as subject, a wider place ("(London forces)") and
// another thing ("phones seized") are refused. A surgery of no such kind
// ("GP surgeries") is no label of the catalogue.
func TestSurgeryCellLaw(t *testing.T) {
	t.Parallel()
	labels := []string{"Engagement events", "Crime prevention surgeries", "Police surgeries held", "Community surgeries",
		"Beat surgeries attended", "Crime prevention events", "GP surgeries visited"}
	refused := []string{"7, TBC", "7, regional total", "7 and beyond", "7 in the year up to Sunday", "7 will be held",
		"Essex Police: 7", "7 (London forces)", "7 phones seized", "7, including Essex"}
	values := append([]string{"7", "0"}, refused...)
	ps, cases := valueLaw(t, labels, values)
	bad := 0
	for i, p := range ps {
		label, value := cases[i][0], cases[i][1]
		var v verdict
		switch {
		case label == "GP surgeries visited":
			// no label of the catalogue: nothing of it loads (a text
			// cell beside it is passed over as a remark)
			for _, f := range p.r.Facts {
				if f.Cell == "A3" || f.Cell == "B3" {
					v.wrong("loaded %s", factLine(f))
				}
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		case value != "7" && value != "0":
			p.refused(&v)
		default:
			want := map[string]float64{"7": 7, "0": 0}[value]
			f := p.value("engagement_events")
			v.want(f != nil && f.Value != nil && *f.Value == want, "want engagement_events %v loaded", want)
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		}
		if v.report(t, fmt.Sprintf("%q │ %q", label, value), p) {
			bad++
		}
	}
	t.Logf("surgeries: %d cells, %d wrong", len(cases), bad)
}
