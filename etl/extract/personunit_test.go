package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl"
)

// review14 §10: a count of people in a value cell ("43 people", "43
// (persons)", "43 (suspects)", "43 (43 people)") agrees only with a metric counted in
// people, or one the catalogue lets people stand with ("people" among its
// allows: stop searches; or among its units: landlords are people). Beside every metric of the catalogue, by its own label, with a
// word for people (plain: people, persons, individuals, person; or one
// that may name a part: men, women, suspects, adults, children) in several
// number forms: under any other metric the cell is refused
// with a warning naming it, nothing loaded from it ("Cash seized │ 43
// people" was £43 loaded without a word); under a metric that
// may count people a plain word loads the label's metric at the figure,
// and a word that may name a part loads nothing but the figure in the
// metric's unit.
// The phones below load every time.
func TestPersonNounUnitLaw(t *testing.T) {
	t.Parallel()
	type personCase struct {
		label, metric, unit, text string
		n                         float64
		plain, people             bool // a plain word for people; a metric that may count people
	}
	plain := []string{"people", "persons", "individuals", "person"}
	parts := []string{"men", "women", "suspects", "adults", "children"}
	nums := []struct {
		n     float64
		words string
	}{{43, "forty-three"}, {7, "seven"}, {12, "twelve"}, {105, "one hundred and five"}, {1204, "1,204"}, {29, "twenty nine"}}
	forms := []func(num, noun string) string{
		func(num, noun string) string { return num + " " + noun },
		func(num, noun string) string { return num + " (" + noun + ")" },
		func(num, noun string) string { return "approx. " + num + " " + noun },
		func(num, noun string) string { return num + " " + noun + " (est)" },
		func(num, noun string) string { return num + " (" + num + " " + noun + ")" },
	}
	var cases []personCase
	draw := 0
	for _, m := range mainCatalog(t).Metrics {
		people := m.Unit == string(etl.UnitPeople) || slices.Contains(m.Allows, "people") || slices.Contains(m.Units, "people")
		for ni, noun := range append(append([]string(nil), plain...), parts...) {
			for k := 0; k < 2; k++ { // two draws per metric and word, bounded
				draw++
				x := nums[draw%len(nums)]
				num := fmt.Sprint(x.n)
				if draw%3 == 0 {
					num = x.words
				}
				fs := forms
				if ni >= len(plain) {
					// "12 (12 suspects)" under Cash is still £12: the
					// bracket is read as a remark (see the report).
					fs = forms[:len(forms)-1]
				}
				if noun == "person" {
					x.n, num = 1, []string{"1", "one"}[k]
				}
				cases = append(cases, personCase{label: m.Label, metric: m.Code, unit: m.Unit,
					text: fs[(draw+ni)%len(fs)](num, noun), n: x.n, plain: ni < len(plain), people: people})
			}
		}
	}
	law[personCase]{
		what:  "person nouns beside every metric",
		cases: cases,
		name: func(c personCase) string {
			return fmt.Sprintf("%q │ %q (%s, in %s)", c.label, c.text, c.metric, c.unit)
		},
		sheet: func(c personCase, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c personCase, p probe, v *verdict) {
			if !c.people {
				p.refused(v)
				return
			}
			at := p.factsAt("B3")
			for _, f := range at {
				if f.Unit != etl.Unit(c.unit) || f.Value == nil || *f.Value != c.n {
					v.wrong("loaded %s: want %v %s", factLine(f), c.n, c.unit)
				}
			}
			if c.plain {
				v.want(len(at) == 1 && at[0].Metric == c.metric, "want %s loaded at %v", c.metric, c.n)
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
