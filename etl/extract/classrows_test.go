package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// review11 M1: a class row over its members, each row a label and its
// value ("Class A (g) │ 76" over "- Heroin (g) │ 56", "- Crack (g) │
// 20"), dropped the members, saying the class figure "is not loaded"
// while it was. Law: whatever the members' form (a dash, an indent)
// and wherever the unit stands (in the labels, in the values), the
// members load and the class row is their subtotal: not loaded, one
// subtotal_row message at its figure (an info when the members add up to
// it, else a warning); no message says a loaded figure is not loaded.
func TestClassRowOverMembersLaw(t *testing.T) {
	t.Parallel()
	sets := []struct {
		class   string
		members [2]string
		items   [2]string
	}{
		{"Class A", [2]string{"Heroin", "Crack"}, [2]string{"heroin", "crack_cocaine"}},
		{"Class A drugs", [2]string{"Cocaine", "MDMA"}, [2]string{"cocaine", "mdma"}},
		{"Class B", [2]string{"Cannabis", "Ketamine"}, [2]string{"cannabis", "ketamine"}},
		{"Class B drugs", [2]string{"Amphetamine", "Cannabis"}, [2]string{"amphetamine", "cannabis"}},
	}
	type tc struct {
		set, form   int
		unitInLabel bool
		sum         float64 // the class row's figure; the members give 56 and 20
	}
	forms := []string{"- %s", "%s", "-%s", "– %s", "of which %s"} // "%s" alone: set in by the cell's indent
	var cases []tc
	for s := range sets {
		for f := range forms {
			for _, u := range []bool{true, false} {
				for _, sum := range []float64{76, 80} {
					cases = append(cases, tc{s, f, u, sum})
				}
			}
		}
	}
	law[tc]{
		what:  "class rows over their members",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%s %v over %v (form %q, unit in label %v)", sets[c.set].class, c.sum, sets[c.set].members, forms[c.form], c.unitInLabel)
		},
		sheet: func(c tc, b *lawBook) {
			s := sets[c.set]
			cell := func(label string, v float64) []any {
				if c.unitInLabel {
					return []any{label + " (g)", v}
				}
				return []any{label, fmt.Sprintf("%vg", v)}
			}
			b.Rows("A1", []any{kentTitle}, nil, cell(s.class, c.sum),
				cell(fmt.Sprintf(forms[c.form], s.members[0]), 56), cell(fmt.Sprintf(forms[c.form], s.members[1]), 20))
			if forms[c.form] == "%s" {
				b.Indent(1, "A4", "A5")
			}
		},
		holds: func(c tc, p probe, v *verdict) {
			s := sets[c.set]
			got := strings.Join(p.listed(func(f etl.Fact) string { return f.Item }), ", ")
			want := fmt.Sprintf("%s 56, %s 20", s.items[0], s.items[1])
			sev := etl.SevInfo
			if c.sum != 76 {
				sev = etl.SevWarning
			}
			note, false_ := false, false
			for _, m := range p.r.Messages {
				note = note || m.Code == "subtotal_row" && m.Severity == sev && strings.HasSuffix(m.Where(), "!B3")
				false_ = false_ || strings.Contains(m.Text, "whose figure is not loaded")
			}
			v.want(got == want && note && !false_, "loaded %q, want %q and a %s subtotal_row at B3, and no message saying the class figure is not loaded", got, want, sev)
		},
	}.run(t)
}
