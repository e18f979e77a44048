package extract_test

import (
	"fmt"
	"testing"
)

// Words of a label that say its figures are a wider area's, shared
// with others, or still to be done make them no count of the force's
// week: `Weapons seized (regional total) │ 2 firearms`, `Weapons to be
// seized │ 2 firearms`, `Weapons seized by partners │ 2 firearms` loaded
// 2 firearms. Under every metric's label, each such form refuses the row
// with a message naming the label; the label alone, with "(total)" or
// "this week", still loads.
func TestLabelScopeWordsLaw(t *testing.T) {
	t.Parallel()
	type row struct{ label, base, verbed, value string }
	rows := []row{
		{"Weapons", "seize", "seized", "2 firearms"},
		{"Arrests", "make", "made", "17"},
		{"Warrants", "execute", "executed", "6"},
		{"Cash", "seize", "seized", "£5,000"},
		{"Vehicles", "seize", "seized", "4"},
		{"Cuckooed addresses", "visit", "visited", "9"},
	}
	forms := []string{"%[1]s %[3]s (regional total)", "Regional %[1]s %[3]s", "%[1]s %[3]s by partners", "%[1]s %[3]s (partnership)",
		"Joint %[1]s %[3]s", "%[1]s %[3]s nationally", "%[1]s %[3]s (national)", "%[1]s to be %[3]s", "Planned %[1]s %[3]s",
		"%[1]s %[3]s (planned)", "%[1]s %[3]s next week", "%[1]s %[3]s - all forces",
		"%[1]s %[3]s by partner agencies", "%[1]s %[3]s (jointly)"}
	type labelCase struct{ label, value string }
	var cases []labelCase
	var loads []bool
	for _, r := range rows {
		for _, f := range forms {
			cases = append(cases, labelCase{fmt.Sprintf(f, r.label, r.base, r.verbed), r.value})
			loads = append(loads, false)
		}
		for _, f := range []string{"%[1]s %[3]s", "%[1]s %[3]s (total)", "%[1]s %[3]s this week"} {
			cases = append(cases, labelCase{fmt.Sprintf(f, r.label, r.base, r.verbed), r.value})
			loads = append(loads, true)
		}
	}
	// the multi-agency safeguarding hub is where safeguarding referrals go
	cases = append(cases, labelCase{"Referrals to the multi-agency safeguarding hub", "7"})
	loads = append(loads, true)
	// A scope word inside a name the catalogue gives (the National
	// Referral Mechanism) is that name, not a scope (review16 R8); the
	// same labels with a scope word of their own are refused.
	for i, l := range []string{"Referrals to the National Referral Mechanism", "National Referral Mechanism (NRM) referrals",
		"NRM referrals made (National Referral Mechanism)", "Referrals to the national referral mechanism"} {
		cases = append(cases, labelCase{l, fmt.Sprint(3 + i)}, labelCase{l + " - regional total", fmt.Sprint(3 + i)},
			labelCase{"Joint " + l, fmt.Sprint(3 + i)})
		loads = append(loads, true, false, false)
	}
	idx := map[labelCase]int{}
	for i, c := range cases {
		idx[c] = i
	}
	law[labelCase]{
		what:  "labels that say a wider, shared or planned figure",
		cases: cases,
		name:  func(c labelCase) string { return fmt.Sprintf("%q │ %q", c.label, c.value) },
		sheet: func(c labelCase, b *lawBook) { pairSheet([2]string{c.label, c.value}, b) },
		holds: func(c labelCase, p probe, v *verdict) {
			if !loads[idx[c]] {
				p.refused(v)
				return
			}
			v.want(len(p.factsAt("B3")) == 1, "want its figure loaded")
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
