package extract_test

import (
	"fmt"
	"testing"
)

// Lines "disconnected", "graft lines" and "supply routes" are lines
// closed (metrics.csv). Law over real .xlsx `label │ value` cells: each
// new label reads as the catalogue's own label "Lines closed" does over
// every value: a plain figure and zero load; words after the figure
// (", TBC", ", regional total", "and beyond"), a stretch containing the
// week ("in the year up to Sunday"), a plan, another force as subject, a
// wider place ("(London forces)") and another thing ("phones
// disconnected") are refused. And any figure said to include another
// force's area (", including Essex", "including London") is refused,
// under the new labels and the catalogue's own. (In brackets, "7
// (including London)", the extractor reads the aside on its own, which
// does not know the force: still loaded, a known gap.)
func TestLineWordsCellLaw(t *testing.T) {
	t.Parallel()
	labels := []string{"Lines closed", "Deal lines disconnected", "Lines disconnected", "County lines disconnected",
		"Graft lines closed", "Graft lines shut down", "Supply routes closed", "Drug supply routes closed down", "Arrests"}
	loads := []string{"7", "0"}
	refused := []string{"7, TBC", "7, regional total", "7 and beyond", "7 in the year up to Sunday", "7 will be disconnected",
		"Essex Police: 7", "7 (London forces)", "7 phones disconnected", "7, including Essex", "7 including London",
		"7 including Essex Police", "7, including the South East"}
	values := append(append([]string{}, loads...), refused...)
	ps, cases := valueLaw(t, labels, values)
	bad := 0
	for i, p := range ps {
		label, value := cases[i][0], cases[i][1]
		metric := "lines_closed"
		if label == "Arrests" {
			metric = "arrests"
		}
		var v verdict
		switch value {
		case "7":
			p.loadsOrRefused(&v, metric, 7)
		case "0":
			f := p.value(metric)
			v.want(f != nil && f.Value != nil && *f.Value == 0, "want %s 0 loaded", metric)
		default:
			p.refused(&v)
		}
		if v.report(t, fmt.Sprintf("%q │ %q", label, value), p) {
			bad++
		}
	}
	t.Logf("line words: %d cells, %d wrong", len(cases), bad)
}
