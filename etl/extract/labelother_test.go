package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// probe11 W4, W8, R6, R8: a label whose words say another measure than
// the metric its other words name, or only some of the people it counts,
// is no row of that metric. "Drug lines disrupted" is no row of lines
// closed, "Vulnerable people identified" none of people safeguarded
// (metrics.csv, label_other); "Drug dealers arrested", "Arrests (wanted
// persons)" are a part of arrests the catalogue does not hold (words.csv,
// meaning "part"). Each, beside its value in a real workbook, loads no
// fact and gets a message naming its cell; the phones row below loads.
// The broad labels still load ("Lines closed", "Arrests (actual)"), and a
// return reporting both rows ("Lines disrupted │ 4", "Lines closed │ 3")
// loads the closed lines, with no conflict.
func TestProbe11NarrowedLabelLaw(t *testing.T) {
	t.Parallel()
	cat := mainCatalog(t)
	plural := lawPlural
	capital := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
	// The nouns of each metric a label_other word is said of, from the
	// catalogue: lines_closed's objects, and the people safeguarded.
	nouns := map[string][]string{}
	for _, o := range catMetric(t, cat, "lines_closed").Objects {
		if strings.Contains(o, "line") && !strings.Contains(o, "number") && !strings.Contains(o, "network") {
			nouns["lines_closed"] = append(nouns["lines_closed"], plural(o))
		}
	}
	nouns["safeguarded"] = []string{"vulnerable people", "vulnerable adults", "vulnerable children", "victims of exploitation", "vulnerable persons", "children at risk of exploitation"}
	var labels []string
	broad := map[string]string{}
	for code, ns := range nouns {
		for _, w := range catMetric(t, cat, code).LabelOther {
			if !strings.HasSuffix(w, "ed") && w != "found" {
				continue // a participle, as a label's column says it
			}
			for _, n := range ns {
				for _, l := range []string{capital(n) + " " + w, capital(w) + " " + n, "Number of " + n + " " + w} {
					labels = append(labels, l)
					broad[l] = code
				}
			}
		}
	}
	for _, n := range partNouns(cat) {
		for _, l := range []string{capital(n) + " arrested", "Arrests (" + n + ")", "Arrests of " + n, capital(n) + " charged", "Number of " + n + " arrested"} {
			labels = append(labels, l)
		}
	}
	ps, cases := valueLaw(t, labels, []string{"7"})
	failed := refusedBeside(t, ps, cases)
	t.Logf("%d of %d narrowed labels read wrong", failed, len(cases))
	if len(cases) < 100 {
		t.Errorf("%d labels, want at least 100", len(cases))
	}
	// The broad labels load, and so does a label that says "actual".
	loads := []struct{ label, metric string }{
		{"Lines closed", "lines_closed"}, {"Drug lines closed", "lines_closed"}, {"Lines identified and closed", "lines_closed"},
		{"Vulnerable people safeguarded", "safeguarded"}, {"Vulnerable people identified and safeguarded", "safeguarded"},
		{"Arrests", "arrests"}, {"People arrested", "arrests"}, {"Suspects arrested", "arrests"}, {"Arrests (actual)", "arrests"},
		{"Actual arrests", "arrests"}, {"People charged", "charged"},
	}
	for _, l := range loads {
		lps, _ := valueLaw(t, []string{l.label}, []string{"7"})
		if f := lps[0].value(l.metric); f == nil || f.Cell != "B3" || *f.Value != 7 {
			t.Errorf("%q │ 7: %s is not loaded\n%s", l.label, l.metric, lps[0].dump())
		}
	}
	// Both rows side by side: the metric's own loads, the other is
	// refused, and the return is not rejected as a conflict.
	pairs := []struct{ other, own, metric string }{
		{"Lines disrupted", "Lines closed", "lines_closed"}, {"Drug lines disrupted", "Deal lines closed down", "lines_closed"},
		{"Vulnerable people identified", "Vulnerable people safeguarded", "safeguarded"},
		{"Arrests (target)", "Arrests (actual)", "arrests"}, {"Drug dealers arrested", "Arrests", "arrests"},
		{"Line holders arrested", "Total arrests", "arrests"},
	}
	pps := sheetBook(t, extract.Options{}, len(pairs), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{kentTitle}, nil, []any{pairs[i].other, "4"}, []any{pairs[i].own, "3"})
	})
	for i, p := range pps {
		f := p.value(pairs[i].metric)
		if f == nil || f.Cell != "B4" || *f.Value != 3 || len(p.r.Facts) != 1 {
			t.Errorf("%q │ 4 over %q │ 3: want %s 3 from B4 alone\n%s", pairs[i].other, pairs[i].own, pairs[i].metric, p.dump())
		}
		if p.warnedAt("A3") == nil && p.warnedAt("B3") == nil {
			t.Errorf("%q │ 4: no message names A3 or B3\n%s", pairs[i].other, p.dump())
		}
	}
}

func catMetric(t *testing.T, cat *catalog.Catalog, code string) catalog.Metric {
	t.Helper()
	m, ok := cat.Metric(code)
	if !ok {
		t.Fatalf("no metric %s", code)
	}
	return m
}

// refusedBeside checks each `label │ value` sheet of valueLaw or pairLaw
// is refused (probe.refused); it returns how many cases failed.
func refusedBeside(t *testing.T, ps []probe, cases [][2]string) int {
	t.Helper()
	failed := 0
	for i, p := range ps {
		var v verdict
		p.refused(&v)
		if v.report(t, fmt.Sprintf("%q │ %q", cases[i][0], cases[i][1]), p) {
			failed++
		}
	}
	return failed
}

// lawPlural is a noun's plural, as the catalogue's words make them.
func lawPlural(s string) string {
	if strings.HasSuffix(s, "s") {
		return s
	}
	if strings.HasSuffix(s, "y") {
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}

// partNouns are the catalogue's words for only some of the people a
// metric counts (words.csv, meaning "part"), as a label says them.
func partNouns(cat *catalog.Catalog) []string {
	var parts []string
	for _, w := range cat.Words {
		if w.Meaning != "part" {
			continue
		}
		n := lawPlural(w.Text)
		if w.Role == "neutral" {
			n = w.Text + " persons"
		}
		parts = append(parts, n)
	}
	return parts
}
