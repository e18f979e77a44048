package phrase_test

import (
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

func TestLabelCorpus(t *testing.T) {
	r := newReader(t)
	for _, c := range labelCorpus {
		got := r.Label(c.text, phrase.Context{Heading: c.heading})
		if c.metric == "" {
			if got.OK {
				t.Errorf("Label(%q under %q) = %s/%s, want not read", c.text, c.heading, got.Metric, got.Item)
			} else if got.Why == "" {
				t.Errorf("Label(%q): not read and no reason given", c.text)
			}
			continue
		}
		if !got.OK || got.Metric != c.metric || got.Item != c.item || got.Unit != c.unit || got.Scale != c.scale || got.Qualifier != c.q {
			t.Errorf("Label(%q under %q) = %+v\n want %s/%s unit %q scale %v q %q", c.text, c.heading, got, c.metric, c.item, c.unit, c.scale, c.q)
		}
	}
}

// TestUnnumberedLaw: a row number written before a label ("1. Arrests",
// "KPI 4: Phones seized") is dropped and the label reads as it did
// without it, for every label of the label corpus and every way forms
// number their rows; a number that may be a quantity or a period is
// never dropped.
func TestUnnumberedLaw(t *testing.T) {
	r := newReader(t)
	numberings := []string{"1. ", "12. ", "3) ", "(4) ", "2.1. ", "3.10) ", "KPI 7: ", "kpi 2 ", "KPI 11 - ", "(iv) ", "ii) ", "5.", "6)"}
	n := 0
	for _, c := range labelCorpus {
		want := r.Label(c.text, phrase.Context{Heading: c.heading})
		for _, num := range numberings {
			text := num + c.text
			got := r.Unnumbered(text)
			if got != c.text {
				t.Errorf("Unnumbered(%q) = %q, want %q", text, got, c.text)
				continue
			}
			if l := r.Label(got, phrase.Context{Heading: c.heading}); l.OK != want.OK || l.Metric != want.Metric || l.Item != want.Item || l.Unit != want.Unit || l.Scale != want.Scale {
				t.Errorf("Label(Unnumbered(%q)) = %+v, want %+v", text, l, want)
			}
			n++
		}
	}
	// A number that may be a quantity or another period stays.
	var kept []string
	for _, q := range []string{"1.5 ", "3 ", "12 ", "0.5 ", "2.5. ", "1) ", "(2) ", "3. "} {
		for _, u := range []string{"kg", "g", "grams", "kilos", "wraps", "deals", "tablets", "pills", "plants", "oz", "ounces"} {
			for _, item := range []string{"heroin", "Cocaine", "cannabis"} {
				kept = append(kept, q+u+" "+item)
			}
		}
	}
	kept = append(kept, "1.5 Cocaine", "3.2 Arrests", "Q1 Arrests", "Q3 2021 Arrests", "2020 Arrests", "12 Arrests", "24 hour arrests", "1,200 wraps")
	for _, text := range kept {
		if got := r.Unnumbered(text); got != text {
			t.Errorf("Unnumbered(%q) = %q: a quantity or a period taken for a row number", text, got)
		}
	}
	t.Logf("%d numbered labels, %d numbers kept", n, len(kept))
}
