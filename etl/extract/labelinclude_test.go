package extract_test

import (
	"strings"
	"testing"
)

// review12 M2: a label that says the whole includes a part ("Arrests
// (including wanted persons)", "Total arrests (incl. drug dealers and
// runners)") is a row of the whole: it loads. A label joining the
// metric's own doing to another measure by "or" or "/" ("County lines
// closed or disrupted", "Lines closed/disrupted") counts either, so it
// is no row of the metric: refused with a message naming its cell.
func TestIncludedPartAndEitherLabelLaw(t *testing.T) {
	t.Parallel()
	cat := mainCatalog(t)
	parts := partNouns(cat)
	var whole []string
	for i, n := range parts {
		for _, l := range []string{"Arrests (including " + n + ")", "Total arrests (incl. " + n + " and runners)", "People arrested (inc. " + n + ")", "Arrests including " + n} {
			if i%2 == 1 && strings.HasPrefix(l, "People") {
				continue
			}
			whole = append(whole, l)
		}
	}
	ps, cases := valueLaw(t, whole, []string{"7"})
	failedWhole := 0
	for i, p := range ps {
		if f := p.value("arrests"); f == nil || f.Cell != "B3" || *f.Value != 7 {
			failedWhole++
			t.Errorf("%q │ 7: arrests 7 is not loaded\n%s", cases[i][0], p.dump())
		}
	}
	var either []string
	own := map[string][]string{"lines_closed": {"closed", "closed down", "dismantled"}, "safeguarded": {"safeguarded"}}
	nouns := map[string][]string{"lines_closed": {"County lines", "Lines", "Deal lines", "Drug lines"}, "safeguarded": {"Vulnerable people", "Children"}}
	for code, os := range own {
		for _, other := range catMetric(t, cat, code).LabelOther {
			if !strings.HasSuffix(other, "ed") && other != "found" {
				continue
			}
			for k, n := range nouns[code] {
				o := os[k%len(os)]
				either = append(either, n+" "+o+" or "+other, n+" "+o+"/"+other, n+" "+other+" or "+o, n+" "+other+"/"+o)
			}
		}
	}
	eps, ecases := valueLaw(t, either, []string{"4"})
	failedEither := refusedBeside(t, eps, ecases)
	t.Logf("%d of %d labels including a part not loaded; %d of %d either-or labels read wrong", failedWhole, len(cases), failedEither, len(ecases))
	if len(either) < 20 || len(whole) < 20 {
		t.Errorf("%d either-or labels, %d including ones: too few", len(either), len(whole))
	}
}
