package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// lawReleaseNames are weapon names press releases use (found.csv f515,
// f520, f1525, f1582): the law holds them
// whether or not the catalogue has them yet, so that it fails without
// them.
var lawReleaseNames = [][2]string{
	{"throwing knife", "knife"}, {"Stanley knife", "knife"},
	{"hammer", "other_weapon"}, {"crowbar", "other_weapon"}, {"throwing star", "other_weapon"},
}

// lawCountedNames are the singular names of every weapon the catalogue
// counts one by one (each synonym of items.csv but the kind's own words,
// ammunition and sprays said as a mass), with its item, and the names
// of releases: a name an operator teaches with a line is in the law at
// once.
func lawCountedNames(cat *catalog.Catalog) [][2]string {
	var out [][2]string
	seen := map[string]bool{}
	for _, nm := range lawReleaseNames {
		seen[strings.ToLower(nm[0])] = true
		out = append(out, nm)
	}
	for _, it := range cat.Items {
		if it.Kind != "weapon" || it.Code == "ammunition" {
			continue
		}
		for _, s := range it.Synonyms {
			n := lawSingular(s)
			switch ls := strings.ToLower(s); {
			case seen[n], s == "Knifes", n == "other", strings.HasPrefix(n, "other "), strings.HasPrefix(n, "bladed"), n == "blade",
				strings.HasSuffix(ls, " gas"), strings.HasSuffix(ls, " spray"):
				continue
			}
			seen[n] = true
			out = append(out, [2]string{n, it.Code})
		}
	}
	return out
}

// TestWeaponNameLaw: every weapon name of the catalogue (items.csv
// synonyms: "a throwing knife", "a hammer", "a crowbar") reads as its item, counted by an article or a number
// ("homemade" said of it changes nothing), in the seizing forms of
// releases; and the same name is no fact of the force's when another
// body did it, another period is named, a replica or toy is said (unless
// the item's base is a firearm: then it is an imitation firearm, another
// law's), one number stands before a list of kinds (never split among
// them), or a value is said of a drug beside it (the value is never the
// weapon's). A telephone line is never a phone; a "mobile telephone" is
// read as a "mobile phone" is.
func TestWeaponNameLaw(t *testing.T) {
	cat := testCatalog(t)
	r := newReader(t)
	g := &lawGen{}
	cases, failed := 0, 0
	read := func(text string) phrase.Reading {
		cases++
		return r.Read(text, phrase.Context{Force: "kent"})
	}
	fail := func(text, want string, got phrase.Reading) {
		failed++
		t.Errorf("%q: want %s, got facts %v, messages %v", text, want, keys(got.Facts), got.Messages)
	}
	art := func(s string) string {
		if strings.ContainsAny(s[:1], "aeiou") {
			return "an " + s
		}
		return "a " + s
	}
	names := lawCountedNames(cat)
	for i, nm := range names {
		w, code := nm[0], nm[1]
		other := names[(i+7)%len(names)]
		for k := i + 8; other[1] == code; k++ {
			other = names[k%len(names)]
		}
		n := g.num()
		// read: an article counts one, a number counts its things
		for _, c := range []struct {
			text string
			v    float64
		}{
			{fmt.Sprintf("Officers seized %s during the week.", art(w)), 1},
			{fmt.Sprintf("Officers also recovered a homemade %s.", w), 1},
			{fmt.Sprintf("Officers seized %s %s.", n.text, plural(w)), n.value},
			{capital(fmt.Sprintf("%s %s were recovered during the week.", n.text, plural(w))), n.value},
			{fmt.Sprintf("Weapons recovered included %s and %s %s.", art(other[0]), n.text, plural(w)), n.value},
		} {
			got := read(c.text)
			ok := false
			for _, f := range got.Facts {
				ok = ok || f.Item == code && f.Value != nil && *f.Value == c.v && f.Unit == "count"
			}
			if !ok {
				fail(c.text, fmt.Sprintf("%s %v", code, c.v), got)
			}
		}
		// not read: another body, another period, a replica or toy
		refused := []string{
			fmt.Sprintf("The NCA seized %s %s.", n.text, plural(w)),
			fmt.Sprintf("Last year officers seized %s %s.", n.text, plural(w)),
		}
		if code != "firearm" && !strings.Contains(strings.Join(itemBase(cat, code), ""), "firearm") {
			refused = append(refused,
				fmt.Sprintf("Officers seized %s replica %s.", n.text, plural(w)),
				fmt.Sprintf("Officers seized a toy %s.", w))
		}
		for _, text := range refused {
			got := read(text)
			for _, f := range got.Facts {
				if f.Item == code || f.Metric == "weapons_seized" {
					fail(text, "no weapon fact", got)
					break
				}
			}
		}
		// one number before a list of kinds is never split among them
		text := fmt.Sprintf("Officers seized %s %s, %s and knives.", n.text, plural(w), plural(other[0]))
		got := read(text)
		for _, f := range got.Facts {
			if f.Value != nil && *f.Value == n.value && f.Item != code {
				fail(text, "no kind but the first counted by the number", got)
				break
			}
		}
		// a drug's value beside it is never the weapon's
		m := g.money()
		text = fmt.Sprintf("Officers seized %s worth of cannabis and %s.", m.text, art(w))
		got = read(text)
		for _, f := range got.Facts {
			if f.Metric == "weapons_seized" && f.Unit != "count" {
				fail(text, "no value of the weapon", got)
				break
			}
		}
	}
	// a telephone line is a line, never a phone; a mobile telephone is
	// read as a mobile phone is, whatever follows it
	for _, v := range []string{"uncovered", "seized", "found", "confiscated"} {
		n := g.num()
		text := capital(fmt.Sprintf("%s telephone lines were %s.", n.text, v))
		got := read(text)
		for _, f := range got.Facts {
			if strings.Contains(f.Metric, "phones") {
				fail(text, "no phones", got)
				break
			}
		}
		for _, tail := range []string{"lines", "handsets", "numbers"} {
			text := capital(fmt.Sprintf("%s mobile telephone %s were %s.", n.text, tail, v))
			got, same := read(text), read(strings.Replace(text, "telephone", "phone", 1))
			if fmt.Sprint(keys(got.Facts)) != fmt.Sprint(keys(same.Facts)) {
				fail(text, fmt.Sprintf("as %q reads, %v", "phone", keys(same.Facts)), got)
			}
		}
		text = capital(fmt.Sprintf("%s mobile telephones were %s.", n.text, v))
		got = read(text)
		if len(got.Facts) != 1 || got.Facts[0].Metric != "mobile_phones_seized" || *got.Facts[0].Value != n.value {
			fail(text, "mobile_phones_seized", got)
		}
	}
	t.Logf("TestWeaponNameLaw: %d of %d cases failed", failed, cases)
}

// itemBase is the base of an item's code ("" when none).
func itemBase(cat *catalog.Catalog, code string) []string {
	for _, it := range cat.Items {
		if it.Code == code {
			return []string{it.Base}
		}
	}
	return nil
}
