package phrase_test

import (
	"fmt"
	"testing"
)

// TestJointUnitLaw: the release-level joint rule (0c97fcc, ca025a7: a
// draft is the force's own return) holds for a regional organised crime
// unit as for another force ("This was a joint operation with SEROCU.",
// "... in a joint operation with the ROCU."), and for work led by
// another force or unit ("in an operation led by Essex Police"): no
// figure of the release is drafted, with a number or named with none
// ("Officers seized knives and machetes in a joint operation with
// SEROCU." drafted knife and machete, not quantified: review28 W9,
// reread28 P4). Work led by the force's own people, or joint with
// partners, leaves the figures drafted.
func TestJointUnitLaw(t *testing.T) {
	units := []string{"SEROCU", "ERSOU", "EMSOU", "Tarian", "the ROCU", "the regional ROCU", "the South East Regional Organised Crime Unit", "the Regional Organised Crime Unit"}
	leaders := []string{"Essex Police", "Essex", "Sussex Police", "the Met", "SEROCU", "ERSOU", "the ROCU"}
	jointSays := []string{"This was a joint operation with %s.", "It was a joint week of action with %s.", "The operation was run jointly with %s.",
		"%s also took part.", "Officers seized knives and machetes in a joint operation with %s.", "Officers seized drugs in a joint operation with %s."}
	ledSays := []string{"Officers seized knives and machetes in an operation led by %s.", "The operation was led by %s.",
		"This was an operation led by %s.", "Officers seized drugs and weapons in an operation led by %s."}
	own := []string{"Officers seized knives and machetes in an operation led by Kent Police.", "The operation was led by DCI Smith.",
		"The operation was led by Kent Police's county lines team.", "Officers seized knives and machetes in a joint operation with partners.",
		"This was a joint operation with local councils.", "Officers seized knives and machetes in an operation led by detectives."}
	type tc struct {
		s    string
		want []string // every fact the release drafts
	}
	var cases []tc
	for _, f := range releaseFigs {
		fig := capFirst(f.clause) + "."
		say := func(form, who string) {
			js := capFirst(fmt.Sprintf(form, who))
			cases = append(cases, tc{js, nil}, tc{js + " " + fig, nil}, tc{fig + " " + js, nil}, tc{fig + "\n\n" + js, nil})
		}
		for _, j := range jointSays {
			for _, u := range units {
				say(j, u)
			}
		}
		for _, l := range ledSays {
			for _, who := range leaders {
				say(l, who)
			}
		}
		want := fmt.Sprintf("%s %s %g", f.metric, f.item, f.v)
		for _, o := range own {
			cases = append(cases, tc{o + " " + fig, []string{want}}, tc{fig + " " + o, []string{want}})
		}
	}
	r := newReader(t)
	bad := 0
	for _, c := range cases {
		rel := r.Release(kentRelease + c.s)
		var got []string
		for _, f := range rel.Facts {
			if f.Value == nil {
				got = append(got, fmt.Sprintf("%s %s named", f.Metric, f.Item))
				continue
			}
			got = append(got, fmt.Sprintf("%s %s %g", f.Metric, f.Item, *f.Value))
		}
		ok := len(c.want) == 0 && len(got) == 0
		if len(c.want) > 0 {
			for _, g := range got {
				ok = ok || g == c.want[0]
			}
		}
		if !ok {
			bad++
			if bad <= 20 {
				t.Errorf("%q: drafts %q, want %q", c.s, got, c.want)
			}
		}
	}
	if bad > 0 {
		t.Errorf("TestJointUnitLaw: %d of %d cases wrong", bad, len(cases))
	}
	t.Logf("%d cases", len(cases))
}
