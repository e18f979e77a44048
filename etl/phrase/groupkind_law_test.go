package phrase_test

import (
	"fmt"
	"testing"
)

// TestGroupOfKindLaw: the members counted after a group of imitation or
// air weapons ("imitation firearms including 2 pistols", "air weapons
// such as 3 rifles") are members of the group, imitations, not real
// firearms: never drafted as firearms, and never beside the group's own
// figure as a second figure of a part (review23 R11). Near misses keep
// reading: members of a group of real or any weapons ("weapons including
// 2 pistols": firearms 2), firearms listed beside the group ("imitation
// firearms and 2 pistols"), beside imitations inside the part ("weapons
// including 2 imitation firearms and 3 pistols"), and the group alone
// ("6 imitation firearms": imitation firearms 6).
func TestGroupOfKindLaw(t *testing.T) {
	groups := []struct{ words, item string }{
		{"imitation firearms", "imitation_firearm"}, {"replica firearms", "imitation_firearm"}, {"replica guns", "imitation_firearm"},
		{"BB guns", "imitation_firearm"}, {"fake guns", "imitation_firearm"}, {"air weapons", "air_weapon"}, {"air rifles", "air_weapon"},
	}
	members := []struct {
		words string
		v     float64
	}{{"2 pistols", 2}, {"3 rifles", 3}, {"2 handguns", 2}, {"4 shotguns", 4}, {"two revolvers", 2}}
	cases := releaseCases{}
	add := cases.add
	for _, g := range groups {
		for _, mb := range members {
			firearm := releaseFig{"", "weapons_seized", "firearm", mb.v}
			for _, form := range []string{
				"Officers seized %s including %s.", "Officers seized %s, including %s.", "Officers seized %s such as %s.",
				"Officers recovered %s, including %s, during the week.", "During the week, officers seized %s including %s and 5 knives.",
				"Officers seized 6 %s including %s.", "Officers seized 6 %s, including %s.",
				"Officers seized %s including 1 sawn-off shotgun and %s.",
			} {
				add(fmt.Sprintf(form, g.words, mb.words), firearm, false)
			}
			add(fmt.Sprintf("Officers seized 6 %s including %s.", g.words, mb.words), releaseFig{"", "weapons_seized", g.item, 6}, true)
			// near misses: real firearms
			for _, form := range []string{
				"Officers seized weapons including %[2]s.", "Officers seized %[1]s and %[2]s.",
				"Officers seized weapons including 5 %[1]s and %[2]s.",
			} {
				add(fmt.Sprintf(form, g.words, mb.words), firearm, true)
			}
		}
		add(fmt.Sprintf("Officers seized 6 %s.", g.words), releaseFig{"", "weapons_seized", g.item, 6}, true)
	}
	releaseLaw(t, "TestGroupOfKindLaw", cases)
}
