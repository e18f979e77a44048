package extract_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// compound is a `label │ value` case of a noun group of two item words,
// with the facts its cell must load ("weapons_seized/ammunition 200"),
// or none when it must be refused.
type compound struct {
	label, value string
	want         []string
}

// review16 P3: in a noun group of two item words of one kind written
// together, with no "and", comma or slash between them, the last noun is
// the head and the earlier only says what it is for: "Shotgun cartridges
// │ 200" and "Weapons seized │ 200 shotgun cartridges" are 200 rounds of
// ammunition, never 200 weapons of every kind (they loaded as
// weapons_seized with no item). Counter-examples: the same words
// coordinated by "and", a comma or a slash stay refused ("one figure for
// all, or a list?"); a lone item word reads as before; two figures read
// as two; words after the group that change whose, when or what it is,
// another agency, a modal and a zero keep their readings; and drugs
// named side by side ("crack heroin"), a list, never load as the last.
func TestCompoundItemHeadLaw(t *testing.T) {
	t.Parallel()
	mods := []struct{ word, plural string }{
		{"Shotgun", "shotguns"}, {"Firearms", "firearms"}, {"Handgun", "handguns"}, {"Gun", "guns"},
		{"Pistol", "pistols"}, {"Rifle", "rifles"}, {"Revolver", "revolvers"}, {"Firearm", "firearms"},
	}
	heads := []string{"cartridges", "ammunition", "rounds", "bullets", "ammo"}
	ammo := func(n int) []string { return []string{fmt.Sprintf("weapons_seized/ammunition %d", n)} }
	var cases []compound
	for i, m := range mods {
		for j, h := range heads {
			n := 100 + 10*i + j
			group := m.word + " " + h
			lower := strings.ToLower(group)
			cases = append(cases,
				compound{group, fmt.Sprint(n), ammo(n)},
				compound{strings.ToUpper(group), fmt.Sprint(n), ammo(n)},
				compound{"Weapons seized", fmt.Sprintf("%d %s", n, lower), ammo(n)},
				compound{"Weapons seized", fmt.Sprintf("%d %s seized", n, lower), ammo(n)},
				compound{group, "0", ammo(0)},
				// coordinated: a list or one figure for all, refused
				compound{m.word + " and " + h, fmt.Sprint(n), nil},
				compound{m.word + ", " + h, fmt.Sprint(n), nil},
				compound{m.word + "/" + h, fmt.Sprint(n), nil},
				compound{"Weapons seized", fmt.Sprintf("%d %s and %s", n, m.plural, h), nil},
				// two figures stay two
				compound{"Weapons seized", fmt.Sprintf("2 %s and %d %s", m.plural, n, h),
					[]string{"weapons_seized/firearm 2", fmt.Sprintf("weapons_seized/ammunition %d", n)}},
				// words after the group that may change it
				compound{"Weapons seized", fmt.Sprintf("%d %s, including Essex", n, lower), nil},
				compound{"Weapons seized", fmt.Sprintf("%d %s seized by the NCA", n, lower), nil},
				compound{"Weapons seized", fmt.Sprintf("%d %s to be seized", n, lower), nil},
				compound{"Weapons seized", fmt.Sprintf("%d %s in the year up to Sunday", n, lower), nil},
			)
			if i == 0 {
				cases = append(cases, compound{strings.ToUpper(h[:1]) + h[1:], fmt.Sprint(n), ammo(n)})
			}
		}
		cases = append(cases, compound{m.word, "7", []string{"weapons_seized/firearm 7"}})
	}
	cases = append(cases,
		compound{"Knife blades", "12", []string{"weapons_seized/knife 12"}},
		compound{"Weapons seized", "12 knife blades", []string{"weapons_seized/knife 12"}},
	)
	compoundLaw(t, "noun groups of two item words", cases)
	// Whatever words follow, the group loads nothing its head alone
	// would not: it reads as the head, or is refused with a message
	// (", regional total" after an item noun still loads, review16 P4,
	// open; after the group the comma still reads as a list, refused).
	var tails [][2]string
	for i, m := range mods {
		for _, tail := range []string{", regional total", " national total", ", TBC", " and beyond"} {
			h := heads[i%len(heads)]
			tails = append(tails, [2]string{"Weapons seized", fmt.Sprintf("%d %s %s%s", 50+i, strings.ToLower(m.word), h, tail)},
				[2]string{"Weapons seized", fmt.Sprintf("%d %s%s", 50+i, h, tail)})
		}
	}
	ps := pairLaw(t, tails)
	for i := 0; i < len(ps); i += 2 {
		var group, head []string
		for _, f := range ps[i].factsAt("B3") {
			group = append(group, lineOf(&f)[strings.Index(lineOf(&f), "!B3")+3:])
		}
		for _, f := range ps[i+1].factsAt("B3") {
			head = append(head, lineOf(&f)[strings.Index(lineOf(&f), "!B3")+3:])
		}
		if len(group) > 0 && strings.Join(group, "; ") != strings.Join(head, "; ") || len(group) == 0 && ps[i].warnedAt("B3") == nil {
			t.Errorf("%q loads [%s], its head alone %q [%s]", tails[i][1], strings.Join(group, "; "), tails[i+1][1], strings.Join(head, "; "))
		}
	}
	// Drugs named side by side are a list: never the last one's figure.
	drugs := []compound{
		{"Drugs seized", "20 wraps of crack heroin", nil}, {"Drugs seized", "20 crack heroin wraps", nil},
		{"Crack heroin (wraps)", "20", nil}, {"Drugs seized", "40g cocaine heroin", nil},
	}
	law[compound]{
		what:  "drugs named side by side",
		cases: drugs,
		name:  func(c compound) string { return fmt.Sprintf("%q │ %q", c.label, c.value) },
		sheet: func(c compound, b *lawBook) { pairSheet([2]string{c.label, c.value}, b) },
		holds: func(c compound, p probe, v *verdict) {
			for _, f := range p.factsAt("B3") {
				v.want(f.Item == "" || f.Item == "class_a", "loaded %s: one drug of a list", factLine(f))
			}
		},
	}.run(t)
}

// compoundLaw checks compound cases, each written `label │ value` at
// A3:B3 over phonesRow: the facts it wants loaded from them and no
// warning about them, or, wanting none, refused.
func compoundLaw(t *testing.T, what string, cases []compound) {
	t.Helper()
	law[compound]{
		what:  what,
		cases: cases,
		name:  func(c compound) string { return fmt.Sprintf("%q │ %q", c.label, c.value) },
		sheet: func(c compound, b *lawBook) { pairSheet([2]string{c.label, c.value}, b) },
		holds: func(c compound, p probe, v *verdict) {
			if c.want == nil {
				p.refused(v)
				return
			}
			var got []string
			for _, f := range p.r.Facts {
				if f.Cell != "B3" && f.Cell != "A3" {
					continue
				}
				val := "NULL"
				if f.Value != nil {
					val = fmt.Sprint(*f.Value)
				}
				got = append(got, f.Metric+"/"+f.Item+" "+val)
			}
			sort.Strings(got)
			want := append([]string(nil), c.want...)
			sort.Strings(want)
			v.want(strings.Join(got, "; ") == strings.Join(want, "; "), "loaded [%s], want [%s]", strings.Join(got, "; "), strings.Join(want, "; "))
			v.want(p.warnedAt("B3") == nil && p.warnedAt("A3") == nil, "a warning names the case's cells")
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}

// Two item words of one kind side by side, with nothing between, of
// which the later is not for the earlier (items.csv `for`: ammunition is
// for firearms, imitation firearms, air weapons and tasers), name two
// things: a list with its commas left out, or one figure for both.
// `Knives machetes │ 5` loaded machete 5, `Guns knives │ 5` knife 5,
// `Weapons seized │ 5 knives axes` axe 5 on 80321e3 (dea4f67 read every
// such pair as a modifier and its head); they are refused as `Knives and
// machetes │ 5` is, in a label, in a value cell, upper case, with
// "seized" after them, and on a line break. The compounds still load
// their head: `Shotgun cartridges │ 200`, `Firearms ammunition`, `BB gun
// ammunition`, `Taser cartridges`, `Air rifle ammunition` are
// ammunition; `Knife blades` and `12 other knives` knives; one item's
// two words (`Kitchen knives`, `Zombie knives`, `Air rifles`) that item.
func TestItemsSideBySideLaw(t *testing.T) {
	t.Parallel()
	pairs := [][2]string{{"Knives", "machetes"}, {"Machetes", "knives"}, {"Knives", "swords"}, {"Guns", "knives"},
		{"Firearms", "knives"}, {"Axes", "machetes"}, {"Swords", "machetes"}, {"Tasers", "knives"}, {"Bats", "knives"},
		{"Knuckle dusters", "knives"}, {"Knives", "knuckle dusters"}, {"Crossbows", "knives"}, {"Knives", "axes"},
		{"Firearms", "tasers"}, {"Ammunition", "firearms"}, {"Cartridges", "shotguns"}, {"Machete", "knives"},
		{"Knife", "machetes"}, {"Knives", "crossbows"}, {"Knives", "CS spray"}}
	var cases []compound
	for i, pr := range pairs {
		group := pr[0] + " " + pr[1]
		n := fmt.Sprint(5 + i)
		cases = append(cases, compound{group, n, nil}, compound{"Weapons seized", n + " " + strings.ToLower(group), nil})
		switch i % 3 {
		case 0:
			cases = append(cases, compound{strings.ToUpper(group), n, nil})
		case 1:
			cases = append(cases, compound{"Weapons seized", n + " " + strings.ToLower(group) + " seized", nil})
		case 2:
			cases = append(cases, compound{pr[0] + "\n" + pr[1], n, nil})
		}
	}
	ammo := func(label, value string, n int) compound {
		return compound{label, value, []string{fmt.Sprintf("weapons_seized/ammunition %d", n)}}
	}
	cases = append(cases,
		ammo("Shotgun cartridges", "200", 200), ammo("Firearms ammunition", "200", 200), ammo("BB gun ammunition", "50", 50),
		ammo("Taser cartridges", "4", 4), ammo("Air rifle ammunition", "30", 30), ammo("Weapons seized", "100 shotgun cartridges", 100),
		ammo("Weapons seized", "100 pistol rounds", 100),
		compound{"Knife blades", "12", []string{"weapons_seized/knife 12"}},
		compound{"Kitchen knives", "3", []string{"weapons_seized/knife 3"}},
		compound{"Zombie knives", "3", []string{"weapons_seized/zombie_knife 3"}},
		compound{"Air rifles", "2", []string{"weapons_seized/air_weapon 2"}},
		compound{"Weapons seized", "12 other knives", []string{"weapons_seized/knife 12"}},
		compound{"Weapons seized", "5 knives and 2 machetes", []string{"weapons_seized/knife 5", "weapons_seized/machete 2"}},
	)
	compoundLaw(t, "two item words of one kind side by side", cases)
}
