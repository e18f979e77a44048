package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
)

// probe11 R5: an itemised metric with its total on its own row and its
// items under it in the next column ("Drugs seized │ Total │ £1500",
// "│ Cocaine │ £800", "│ Heroin │ £700") was taken for a table's header
// row ("Total" and "£1500" as column headings): every figure was refused
// ("unrecognised drug type \"\"", "£1500 ... part of a heading's words")
// and the return rejected. Law: for every itemised metric, total label
// and set of figures, the total is the metric's all-items figure and each
// item its own; a total below its items is warned as ever.
func TestTotalOnTheMetricsRowLaw(t *testing.T) {
	t.Parallel()
	metrics := []struct {
		label  string
		items  [2]string
		codes  [2]string
		values [3]any // the total, then the items
		unit   string
	}{
		{"Drugs seized", [2]string{"Cocaine", "Heroin"}, [2]string{"cocaine", "heroin"}, [3]any{"£1500", "£800", "£700"}, "gbp"},
		{"Drugs seized", [2]string{"Cocaine", "Heroin"}, [2]string{"cocaine", "heroin"}, [3]any{"1500g", "800g", "700g"}, "g"},
		{"Weapons seized", [2]string{"Knives", "Firearms"}, [2]string{"knife", "firearm"}, [3]any{7, 5, 2}, "count"},
		{"Drugs seized", [2]string{"Cannabis", "Crack cocaine"}, [2]string{"cannabis", "crack_cocaine"}, [3]any{"1.5kg", "1kg", "500g"}, "g"},
	}
	totals := []string{"Total", "TOTAL", "Totals", "Grand total"}
	type tc struct{ metric, total int }
	var cases []tc
	for m := range metrics {
		for tt := range totals {
			cases = append(cases, tc{m, tt})
		}
	}
	law[tc]{
		what:  "totals on the metric's row",
		cases: cases,
		name:  func(c tc) string { return fmt.Sprintf("%s │ %s", metrics[c.metric].label, totals[c.total]) },
		sheet: func(c tc, b *lawBook) {
			m := metrics[c.metric]
			b.Rows("A1", []any{kentTitle}, nil, []any{m.label, totals[c.total], m.values[0]}, []any{nil, m.items[0], m.values[1]}, []any{nil, m.items[1], m.values[2]})
		},
		holds: func(c tc, p probe, v *verdict) {
			m := metrics[c.metric]
			var got []string
			for _, f := range p.r.Facts {
				got = append(got, fmt.Sprintf("%s %s %v", f.Item, f.Unit, *f.Value))
			}
			want := fmt.Sprintf(" %s %v|%s %s %v|%s %s %v", m.unit, num(m.values[0]), m.codes[0], m.unit, num(m.values[1]), m.codes[1], m.unit, num(m.values[2]))
			v.want(strings.Join(got, "|") == want && !p.r.Rejected(), "loaded %q, want %q", strings.Join(got, "|"), want)
			for _, msg := range p.r.Messages {
				v.want(msg.Severity == etl.SevInfo, "%s", msg)
			}
		},
	}.run(t)
}

// num is a test figure as the fact holds it: "£800" 800, "1.5kg" 1500 (g).
func num(v any) float64 {
	switch x := v.(type) {
	case int:
		return float64(x)
	case string:
		val, err := extract.ParseText(x)
		if err != nil || val.Num == nil {
			return -1
		}
		return *val.Num // in g when written in kg
	}
	return -1
}
