package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// A value that counts seizures counts no metric of the catalogue:
// `Cash seized │ 12 seizures` loaded £12, `Weapons seized │ 7 seizures` 7
// weapons, `Other assets seized │ 3 seizures` 3 assets: the grammar takes
// "seizures" beside a metric of things seized as those things (as "cash
// seizures" names cash). Beside every metric of the catalogue, "N
// seizures", "N <thing> seizures", "N seizure events", and the figure
// restated in brackets ("N (N seizures)"): nothing loaded, a message at
// the cell. A figure with the seizures in an aside ("£5,000 (3
// seizures)") loads its own figure as before; the phones below load
// every time.
func TestSeizureCountLaw(t *testing.T) {
	t.Parallel()
	type seized struct {
		label, text string
		load        bool
	}
	forms := []string{"%s seizures", "%s cash seizures", "%s drug seizures", "%s seizure events", "%[1]s (%[1]s seizures)", "%s weapon seizures"}
	nums := []string{"12", "7", "three", "43", "105"}
	var cases []seized
	draw := 0
	for _, m := range mainCatalog(t).Metrics {
		if strings.Contains(m.Code, "phones") {
			continue // the phones below are the control row
		}
		for _, f := range forms {
			draw++
			cases = append(cases, seized{m.Label, fmt.Sprintf(f, nums[draw%len(nums)]), false})
		}
	}
	cases = append(cases, seized{"Cash seized", "£5,000 (3 seizures)", true}, seized{"Cash seized", "£5,000", true}, seized{"Weapons seized", "7", true})
	law[seized]{
		what:  "values that count seizures",
		cases: cases,
		name:  func(c seized) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c seized, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c seized, p probe, v *verdict) {
			if !c.load {
				p.refused(v)
				return
			}
			v.want(len(p.factsAt("B3")) == 1, "want one figure loaded")
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
