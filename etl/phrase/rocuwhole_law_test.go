package phrase_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/countylines/countylines/etl/phrase"
)

// TestRegionalUnitAllMembersLaw: in a regional unit's text, a place
// phrase naming every one of its member forces' areas and nothing else
// ("Officers in Gwent, South Wales and Dyfed-Powys arrested 46 people"
// of Tarian) is the unit's whole area: the figure is read. Refused, as
// before: some of the members only (a part), the members and another
// force (another area), the same words in a member force's own text
// (other forces'), and every member of a unit one of whose forces moved
// between units (rocu_membership.csv), whose whole depends on the week.
// The units and members are forces.csv's, every one of them.
func TestRegionalUnitAllMembersLaw(t *testing.T) {
	r := newReader(t)
	cat := testCatalog(t)
	moved := map[string]bool{}
	for _, ms := range cat.Memberships {
		moved[ms.ROCU] = true
		for _, f := range cat.Forces {
			if f.Code == ms.Force {
				moved[f.ROCU] = true
			}
		}
	}
	members := map[string][]string{} // unit name -> area names
	for _, f := range cat.Forces {
		// (London's unit: its forces' areas are one city, said as
		// "London", which is its region's name, read as its own before)
		if strings.EqualFold(f.ROCU, "national") || f.ROCU == "" || f.ROCU == "London" {
			continue
		}
		members[f.ROCU] = append(members[f.ROCU], strings.TrimSuffix(strings.TrimSuffix(f.Name, " Police"), " Constabulary"))
	}
	code := func(unit string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(unit), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), "_")
	}
	list := func(ns []string) string {
		if len(ns) == 1 {
			return ns[0]
		}
		return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
	}
	forms := []string{"Officers in %s arrested 46 people.", "46 people were arrested across %s.", "During the week, 46 people were arrested in %s."}
	var outsider string // a force of another unit, for the near miss
	n, failed, units := 0, 0, 0
	check := func(text, force string, want bool) {
		n++
		got := false
		for _, f := range r.Read(text, phrase.Context{Force: force}).Facts {
			got = got || f.Metric == "arrests" && f.Value != nil && *f.Value == 46
		}
		if got != want {
			failed++
			t.Errorf("%s: %q read arrests 46: %v, want %v", force, text, got, want)
		}
	}
	for unit, ns := range members {
		if len(ns) < 2 {
			continue
		}
		units++
		for u2, ns2 := range members {
			if u2 != unit {
				outsider = ns2[0]
			}
		}
		for _, f := range forms {
			check(fmt.Sprintf(f, list(ns)), code(unit), !moved[unit])
			check(fmt.Sprintf(f, list(ns[1:])), code(unit), false)
			check(fmt.Sprintf(f, list(append(append([]string{}, ns...), outsider))), code(unit), false)
			for _, fc := range cat.Forces {
				if fc.ROCU == unit {
					check(fmt.Sprintf(f, list(ns)), fc.Code, false)
					break
				}
			}
		}
	}
	if units < 8 {
		t.Fatalf("%d regional units with two or more members, want at least 8", units)
	}
	t.Logf("%d units, %d phrases, %d failed", units, n, failed)
}
