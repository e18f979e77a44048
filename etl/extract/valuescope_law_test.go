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
	var cases []valueCase
	for _, r := range rows {
		for _, f := range forms {
			cases = append(cases, valueCase{r.label, fmt.Sprintf(f, r.value), r.metric, false})
		}
		cases = append(cases, valueCase{r.label, r.value, r.metric, true}, valueCase{r.label, r.value + " (as at Sunday)", r.metric, true})
	}
	cases = append(cases, valueCase{"NRM referrals", "12 (National Referral Mechanism)", "nrm_referrals", true})
	valueScopeLaw(t, "value cells that say a wider or shared figure", cases)
}

// The same words refuse a figure whatever names what it counts and
// whatever sign parts them from it: a value cell naming its items or
// unit ("100 cartridges, regional total", "2kg cocaine (nationally)",
// "43 people: joint"), after a comma, brackets, square brackets, a dash
// or en dash, a colon, a slash or a semicolon. "Multi-agency" says the
// figure is shared with other agencies as "joint" does: `Arrests │ 43
// (multi-agency)`, `Weapons seized │ 5 knives (multi-agency)`, `Cash
// seized │ £5,000 (multi-agency)` loaded on 80321e3; the multi-agency
// safeguarding hub is a catalogue name and still loads. Near misses that
// load: each value alone, and `100 shotgun cartridges`.
func TestValueScopeItemSignsLaw(t *testing.T) {
	t.Parallel()
	type row struct{ label, value, metric string }
	rows := []row{{"Weapons seized", "100 cartridges", "weapons_seized"}, {"Weapons seized", "100 shotgun cartridges", "weapons_seized"},
		{"Weapons seized", "2 firearms", "weapons_seized"}, {"Weapons seized", "3 knives", "weapons_seized"},
		{"Drugs seized", "2kg cocaine", "drugs_seized"}, {"Arrests", "43 people", "arrests"}, {"Arrests", "43 arrests", "arrests"},
		{"Warrants executed", "6 warrants", "warrants"}, {"Cash seized", "£5,000 cash", "cash_seized"}, {"Arrests", "43", "arrests"},
		{"Cash seized", "£5,000", "cash_seized"}}
	scopes := []string{"regional total", "regional", "national total", "nationally", "joint", "jointly", "with partners",
		"partnership", "region-wide", "nationwide", "all forces", "other forces", "total for the region", "multi-agency",
		"multi agency", "multiagency",
		// closing21 item 4: "cross border" is a catalogue modifier of out of
		// area stop searches, which blanked it in every cell
		"cross-border", "cross border"}
	signs := []string{"%s, %s", "%s (%s)", "%s [%s]", "%s - %s", "%s – %s", "%s: %s", "%s / %s", "%s; %s"}
	var cases []valueCase
	for i, r := range rows {
		for j, s := range scopes {
			for k, sign := range signs {
				if (i+j+k)%3 == 0 || s == "multi-agency" || s == "cross-border" {
					cases = append(cases, valueCase{r.label, fmt.Sprintf(sign, r.value, s), r.metric, false})
				}
			}
		}
		cases = append(cases, valueCase{r.label, r.value, r.metric, true})
	}
	cases = append(cases, valueCase{"Safeguarding referrals", "7 (to the multi-agency safeguarding hub)", "safeguarding_referrals", true},
		valueCase{"Referrals to the multi-agency safeguarding hub", "7", "safeguarding_referrals", true},
		valueCase{"Cross border stop searches", "12", "stop_searches_out_of_area", true})
	valueScopeLaw(t, "value cells naming items or units that say a wider or shared figure, after every sign", cases)
}

// valueCase is a `label │ value` case of a value scope law: the metric
// it must load, or, loads false, refused.
type valueCase struct {
	label, text, metric string
	loads               bool
}

// valueScopeLaw checks valueCase cases written at A3:B3 over phonesRow.
func valueScopeLaw(t *testing.T, what string, cases []valueCase) {
	t.Helper()
	law[valueCase]{
		what:  what,
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
