package extract_test

import (
	"fmt"
	"testing"
)

// A value cell's words that say its figure is a wider area's or shared
// with others refuse it, as they do in a label (TestLabelScopeWordsLaw):
// `Arrests │ 43 (regional)`, `43 (national total)`, `43 - joint`, `2
// firearms (regional total)` loaded 43 or 2 firearms on 3eb28e4 (review16
// P5, P4). The same cells without those words still load, and so does a
// catalogue name holding such a word.
func TestValueScopeWordsLaw(t *testing.T) {
	t.Parallel()
	type row struct{ label, value, metric string }
	rows := []row{{"Arrests", "43", "arrests"}, {"Warrants executed", "6", "warrants"}, {"Weapons seized", "2 firearms", "weapons_seized"},
		{"Cash seized", "£5,000", "cash_seized"}, {"Stop searches", "35", "stop_searches"}}
	forms := []string{"%s (regional)", "%s (regional total)", "%s (national total)", "%s (national)", "%s regional",
		"%s - joint", "%s, jointly", "%s (joint operation)", "%s with partners", "%s (partnership)", "%s - regionwide",
		"%s nationwide", "%s (all forces)", "%s, other forces", "%s (region)"}
	type valueCase struct {
		label, text, metric string
		loads               bool
	}
	var cases []valueCase
	for _, r := range rows {
		for _, f := range forms {
			cases = append(cases, valueCase{r.label, fmt.Sprintf(f, r.value), r.metric, false})
		}
		cases = append(cases, valueCase{r.label, r.value, r.metric, true}, valueCase{r.label, r.value + " (as at Sunday)", r.metric, true})
	}
	cases = append(cases, valueCase{"NRM referrals", "12 (National Referral Mechanism)", "nrm_referrals", true})
	law[valueCase]{
		what:  "value cells that say a wider or shared figure",
		cases: cases,
		name:  func(c valueCase) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c valueCase, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c valueCase, p probe, v *verdict) {
			if !c.loads {
				p.refused(v)
				return
			}
			v.want(p.value(c.metric) != nil, "want %s loaded", c.metric)
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
