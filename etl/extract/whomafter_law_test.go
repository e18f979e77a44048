package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// Words that say whose a figure is are judged wherever they stand after
// it. In brackets, a force named with more than the return's own name
// alone refuses the cell as it does after a dash ("43 (Kent Police and
// others)" loaded 43 on 80321e3, "43 - Kent Police and others" did not);
// a clause straight after one that says by whom says more of whom ("40 by
// Kent Police - others", "40 by Kent Police: others", "…; others" loaded
// 40 on 80321e3, "40 by Kent Police and others" did not). Near misses
// that load: the figure by the force (`43 by Kent Police`, `43, by Kent
// Police`) or in its own name alone (`43 (Kent Police)`, and after an
// item or a sum too: `5 knives - Kent Police` did not load on 80321e3).
// Law over four forces, four labels, the signs of clauseSeps.
func TestWhomAfterFigureLaw(t *testing.T) {
	t.Parallel()
	type force struct{ name, alias, other string }
	forces := []force{{"Kent Police", "Kent", "Essex Police"}, {"Essex Police", "Essex", "Kent Police"},
		{"West Midlands Police", "WMP", "Staffordshire Police"}, {"Hampshire Constabulary", "Hampshire", "Thames Valley Police"}}
	labels := []struct{ label, metric, value string }{{"Arrests", "arrests", "43"}, {"Warrants executed", "warrants", "21"},
		{"Weapons seized", "weapons_seized", "5 knives"}, {"Cash seized", "cash_seized", "£5,000"}}
	want := map[string]float64{"43": 43, "21": 21, "5 knives": 5, "£5,000": 5000}
	whoms := []string{"others", "other agencies", "colleagues", "partner agencies", "the NCA", "%s"}
	signs := []string{"%s - %s", "%s: %s", "%s; %s", "%s, %s", "%s / %s", "%s (%s)"}
	var cases []ownWeek
	for i, f := range forces {
		title := f.name + " - County lines intensification week 11-17 Oct 2021"
		for j, l := range labels {
			add := func(text string, loads bool) {
				w := 0.0
				if loads {
					w = want[l.value]
				}
				cases = append(cases, ownWeek{title, l.label, l.metric, text, false, w, loads})
			}
			for k, name := range []string{f.name, f.alias} {
				by := l.value + " by " + name
				for m, s := range signs {
					wh := whoms[(i+j+k+m)%len(whoms)]
					if wh == "%s" {
						wh = f.other
					}
					add(fmt.Sprintf(s, by, wh), false)
					if (j+m)%2 == k {
						add(fmt.Sprintf(s, by, whoms[(i+j+k+m+1)%len(whoms)]), false)
					}
				}
				for _, more := range []string{" and others", " and %s", " & others", ", %s", " and partner agencies"} {
					if strings.Contains(more, "%s") {
						more = fmt.Sprintf(more, f.other)
					}
					add(fmt.Sprintf("%s (%s%s)", l.value, name, more), false)
				}
				add(fmt.Sprintf("%s (%s)", l.value, f.other), false)
				if k == 0 { // "43 by Kent" alone does not load
					add(by, true)
					add(l.value+", by "+name, true)
					add(fmt.Sprintf("%s - %s", l.value, name), true)
					add(fmt.Sprintf("%s - %s + others", l.value, name), false)
					add(fmt.Sprintf("%s - %s, including %s", l.value, name, f.other), false)
					if j < 2 { // "5 knives (Kent Police)" does not load
						add(fmt.Sprintf("%s (%s)", l.value, name), true)
					}
				}
			}
		}
	}
	for i := range cases {
		cases[i].text = strings.ReplaceAll(cases[i].text, "%s", "the NCA")
	}
	ownNameLaw(t, "words of whom after a figure, in brackets or after a by-clause", cases)
}
