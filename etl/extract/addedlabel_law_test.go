package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// addedLabelWords say a figure is more than a count not given, or made
// later than others (ret29 N5: `Later arrests`, `Further arrests`,
// `Additional arrests`, `Arrests (subsequently)` │ 12 loaded 12 exact).
var addedLabelWords = []string{"Later", "Further", "Additional", "Extra", "More", "Subsequent"}

// addedLabelForms put a word before a metric's label, in brackets after
// it, or after "made" or the label.
var addedLabelForms = []func(w, label string) string{
	func(w, label string) string { return w + " " + lower(label) },
	func(w, label string) string { return label + " (" + lower(w) + ")" },
	func(w, label string) string { return label + " - " + lower(w) },
}

// addedLabelMetrics are the metrics' labels, with their metric.
var addedLabelMetrics = []struct{ label, metric string }{
	{"Arrests", "arrests"}, {"Cash seized", "cash_seized"}, {"Warrants executed", "warrants"}, {"Knives seized", "weapons_seized"},
}

// addedLabelLoaded are the near misses: a metric whose own words hold
// the word ("Subsequently charged": charged allows it), and plain labels.
var addedLabelLoaded = []struct{ label, metric string }{
	{"Subsequently charged", "charged"}, {"Charged later", "charged"}, {"Released pending further investigation", "released_under_investigation"},
	{"Arrests", "arrests"}, {"People arrested", "arrests"}, {"Cash seized", "cash_seized"},
}

// lower is s with its first letter in lower case.
func lower(s string) string { return strings.ToLower(s[:1]) + s[1:] }

// TestAddedLabelLaw: a label that says its figure is more than a count
// not given or made later loads nothing, beside its figure, with a
// message naming it; a heading of those words over the figures refuses
// them; the near misses load 12 exact.
func TestAddedLabelLaw(t *testing.T) {
	t.Parallel()
	type tc struct {
		text, metric string
		refuse       bool
		heading      bool
	}
	var cases []tc
	for _, ix := range every(len(addedLabelWords), len(addedLabelForms), len(addedLabelMetrics)) {
		m := addedLabelMetrics[ix[2]]
		cases = append(cases, tc{addedLabelForms[ix[1]](addedLabelWords[ix[0]], m.label), m.metric, true, false})
	}
	for _, l := range addedLabelLoaded {
		cases = append(cases, tc{l.label, l.metric, false, false})
	}
	for _, ix := range every(len(addedLabelWords), len(addedLabelMetrics)) {
		m := addedLabelMetrics[ix[1]]
		cases = append(cases, tc{addedLabelWords[ix[0]] + "|" + m.label, m.metric, true, true})
	}
	law[tc]{
		what:  "labels and headings of more than a count, or later",
		cases: cases,
		name:  func(c tc) string { return fmt.Sprintf("%q │ 12 (heading %v)", c.text, c.heading) },
		sheet: func(c tc, b *lawBook) {
			if c.heading {
				head, label, _ := strings.Cut(c.text, "|")
				b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", head}, []any{label, 12}, nil, phonesRow)
				return
			}
			b.Rows("A1", []any{kentTitle}, nil, []any{c.text, 12}, phonesRow)
		},
		holds: func(c tc, p probe, v *verdict) {
			f := p.value(c.metric)
			if c.heading {
				v.want(f == nil, "loaded %s", lineOf(f))
				v.want(p.namesCell("B4") || p.namesCell("B3"), "no message names B3 or B4")
				v.want(p.phonesLoaded(), "the phones below it are not loaded")
				return
			}
			if c.refuse {
				p.refused(v)
				return
			}
			v.want(f != nil && f.Cell == "B3" && f.Value != nil && *f.Value == 12 && f.Qualifier == etl.Exact, "want %s 12 exact from B3, got %s", c.metric, lineOf(f))
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
