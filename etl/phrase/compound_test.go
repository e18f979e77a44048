package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestCompoundHeadLaw (review16 P3): two item words of one kind written
// together, with nothing between them, are one noun group whose last
// noun is the head: "shotgun cartridges" is ammunition, as a label and
// in prose, never weapons with no item. Coordinated by "and", a comma or
// a slash they are a list: refused after one number, two figures read
// as two.
func TestCompoundHeadLaw(t *testing.T) {
	r := newReader(t)
	mods := []string{"shotgun", "firearms", "handgun", "gun", "pistol", "rifle", "revolver", "firearm"}
	heads := []string{"cartridges", "ammunition", "rounds", "bullets", "ammo"}
	bad, n := 0, 0
	fail := func(format string, args ...any) {
		bad++
		t.Errorf(format, args...)
	}
	for i, m := range mods {
		for j, h := range heads {
			v := 100 + 10*i + j
			group := m + " " + h
			n += 4
			if l := r.Label(strings.ToUpper(group[:1])+group[1:], phrase.Context{}); !l.OK || l.Metric != "weapons_seized" || l.Item != "ammunition" {
				fail("Label(%q) = %s/%s (%s), want weapons_seized/ammunition", group, l.Metric, l.Item, l.Why)
			}
			text := fmt.Sprintf("Officers seized %d %s.", v, group)
			if got := r.Read(text, phrase.Context{}); len(got.Facts) != 1 || got.Facts[0].Item != "ammunition" || *got.Facts[0].Value != float64(v) {
				fail("Read(%q) = %+v, want weapons_seized/ammunition %d", text, got.Facts, v)
			}
			for _, sep := range []string{" and ", ", ", "/"} {
				if l := r.Label(m+sep+h, phrase.Context{}); l.OK {
					fail("Label(%q) = %s/%s, want refused", m+sep+h, l.Metric, l.Item)
				}
			}
			text = fmt.Sprintf("Officers seized 2 %s and %d %s.", strings.TrimSuffix(m, "s")+"s", v, h)
			got := r.Read(text, phrase.Context{})
			var items []string
			for _, f := range got.Facts {
				items = append(items, fmt.Sprintf("%s %v", f.Item, *f.Value))
			}
			if strings.Join(items, "; ") != fmt.Sprintf("firearm 2; ammunition %d", v) {
				fail("Read(%q) = %v, want firearm 2; ammunition %d", text, items, v)
			}
		}
	}
	t.Logf("%d cases, %d wrong", n, bad)
}
