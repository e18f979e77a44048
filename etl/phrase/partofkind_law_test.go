package phrase_test

import (
	"fmt"
	"testing"
)

// TestPartOfKindLaw: the members counted as a part of a total whose
// kind is a variant of theirs ("4 imitation firearms, 2 of them
// pistols", "..., two of which were pistols", "4 BB guns (2 pistols)",
// "4 air weapons, 2 of them rifles") are of the total's kind, not real
// firearms: not drafted as firearms (review24 V7); the total stands.
// Near misses keep the members: a total of a wider kind ("4 weapons, 2
// of them pistols": firearms 2), of their own kind ("4 firearms, 2 of
// them pistols": firearms 4), members listed beside the group ("4
// imitation firearms and 2 pistols": firearms 2).
func TestPartOfKindLaw(t *testing.T) {
	cases := releaseCases{}
	add := cases.add
	groups := []struct {
		words, item string
	}{{"imitation firearms", "imitation_firearm"}, {"replica guns", "imitation_firearm"}, {"BB guns", "imitation_firearm"},
		{"air weapons", "air_weapon"}, {"air rifles", "air_weapon"}, {"replica firearms", "imitation_firearm"}}
	members := []string{"pistols", "rifles", "handguns", "shotguns"}
	parts := []string{", 2 of them %s", ", two of them %s", ", 2 of which were %s", ", two of which were %s", " (2 %s)", " - 2 of them %s -"}
	for _, g := range groups {
		for _, mem := range members {
			for _, pt := range parts {
				s := fmt.Sprintf("Officers seized 4 %s%s.", g.words, fmt.Sprintf(pt, mem))
				add(s, releaseFig{"", "weapons_seized", "firearm", 2}, false)
				add(s, releaseFig{"", "weapons_seized", g.item, 4}, true)
				add("During the week o"+s[1:], releaseFig{"", "weapons_seized", "firearm", 2}, false)
			}
			add(fmt.Sprintf("Officers seized 4 %s and 2 %s.", g.words, mem), releaseFig{"", "weapons_seized", "firearm", 2}, true)
		}
	}
	for _, mem := range members {
		for _, pt := range parts {
			add(fmt.Sprintf("Officers seized 4 weapons%s.", fmt.Sprintf(pt, mem)), releaseFig{"", "weapons_seized", "firearm", 2}, true)
			add(fmt.Sprintf("Officers seized 4 firearms%s.", fmt.Sprintf(pt, mem)), releaseFig{"", "weapons_seized", "firearm", 4}, true)
		}
	}
	releaseLaw(t, "TestPartOfKindLaw", cases)
}
