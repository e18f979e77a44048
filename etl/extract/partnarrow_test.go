package extract_test

import (
	"fmt"
	"testing"
)

// review11 W4: a part named in a value cell and narrowed by a place or
// an age after its noun ("Arrests │ 12, including 5 men from London",
// "Safeguarded │ 45 (including 12 children from Essex)") is a subset of
// the part the catalogue holds, never all of it: the total loads, the
// part does not, and a message names the cell. Unnarrowed ("12,
// including 5 men") the part loads as before. A part after "including"
// refused for another reason ("8 juveniles from outside the county":
// no metric fits) is named too (the aside rule of probe11 S1).
func TestReview11NarrowedPartInCellLaw(t *testing.T) {
	t.Parallel()
	type grp struct{ label, metric, part, partMetric string }
	groups := []grp{
		{"Arrests", "arrests", "men", "arrests_male"},
		{"Arrests", "arrests", "women", "arrests_female"},
		{"People arrested", "arrests", "juveniles", "arrests_under_18"},
		{"Safeguarded", "safeguarded", "children", "safeguarded_juvenile"},
		{"Vulnerable people safeguarded", "safeguarded", "adults", "safeguarded_adult"},
	}
	narrows := []string{"from London", "from Essex", "in Medway", "from outside the county", "aged 18 to 25", ", aged 18 to 25"}
	forms := []string{"%s, including %s", "%s (including %s)", "%s incl. %s", "%s, of whom %s"}
	var labels, values []string
	var want []grp
	for i, g := range groups {
		for j, nw := range narrows {
			sep := " "
			if nw[0] == ',' {
				sep = ""
			}
			part := fmt.Sprintf("%d %s%s%s", 5+j, g.part, sep, nw)
			labels = append(labels, g.label)
			values = append(values, fmt.Sprintf(forms[(i+j)%len(forms)], "45", part))
			want = append(want, g)
		}
	}
	failed := 0
	for i := range labels {
		ps, _ := valueLaw(t, []string{labels[i]}, []string{values[i]})
		p, g := ps[0], want[i]
		name := fmt.Sprintf("%q │ %q", labels[i], values[i])
		bad := false
		if f := p.value(g.metric); f == nil || f.Cell != "B3" || *f.Value != 45 {
			bad = true
			t.Errorf("%s: the total %s 45 is not loaded\n%s", name, g.metric, p.dump())
		}
		if f := p.value(g.partMetric); f != nil {
			bad = true
			t.Errorf("%s: loaded the narrowed part as %s", name, factLine(*f))
		}
		if p.warnedAt("B3") == nil {
			bad = true
			t.Errorf("%s: no message names B3\n%s", name, p.dump())
		}
		if bad {
			failed++
		}
	}
	t.Logf("%d of %d narrowed parts in a cell read wrong", failed, len(labels))
	// Unnarrowed, the part loads.
	for _, g := range groups {
		ps, _ := valueLaw(t, []string{g.label}, []string{"45, including 7 " + g.part})
		if f := ps[0].value(g.partMetric); f == nil || *f.Value != 7 {
			t.Errorf("%q │ \"45, including 7 %s\": %s 7 is not loaded\n%s", g.label, g.part, g.partMetric, ps[0].dump())
		}
	}
}
