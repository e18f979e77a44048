package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// loadedAtB3 is what a sheet loaded from B3, each fact without its place, sorted.
func (p probe) loadedAtB3() []string {
	var out []string
	for _, f := range p.factsAt("B3") {
		_, line, _ := strings.Cut(factLine(f), " ")
		out = append(out, line)
	}
	slices.Sort(out)
	return out
}

// bracketed is a `label │ value` case and the cell it must read as; the
// label's metric.
type bracketed struct{ label, metric, text, plain string }

// lawAsPlain checks that each case's cell loads from B3 what its plain
// form, read on a sheet of its own, loads: the same facts, or, where the
// plain form loads nothing, nothing and a message naming the cell; the
// phones below load either way. With whole, the cell may also load the
// label's own metric, no item, at the figure the plain form loads as a
// part of it ("43 (43 knives)": weapons 43 and knives 43), or load less.
func lawAsPlain(t *testing.T, what string, cases []bracketed, whole bool) {
	t.Helper()
	name := func(c bracketed) string { return fmt.Sprintf("%q │ %q", c.label, c.text) }
	plain := law[bracketed]{
		what:  what + ", plain",
		cases: cases,
		name:  func(c bracketed) string { return fmt.Sprintf("%q │ %q", c.label, c.plain) },
		sheet: func(c bracketed, b *lawBook) { pairSheet([2]string{c.label, c.plain}, b) },
		holds: func(c bracketed, p probe, v *verdict) {
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
	law[bracketed]{
		what:  what,
		cases: cases,
		name:  name,
		sheet: func(c bracketed, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c bracketed, p probe, v *verdict) {
			i := slices.IndexFunc(cases, func(o bracketed) bool { return o == c })
			want, got := plain[i].loadedAtB3(), p.loadedAtB3()
			if len(want) == 0 {
				p.refused(v)
				return
			}
			if !whole {
				v.want(slices.Equal(want, got), "loaded %v; %q loads %v", got, c.plain, want)
			}
			for _, f := range got {
				if whole && !slices.Contains(want, f) && !strings.HasPrefix(f, c.metric+" - ") {
					v.wrong("loaded %s; %q loads %v", f, c.plain, want)
				}
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}

// A unit alone in brackets after a figure is its unit: "43 (kg)" reads as
// "43 kg" does, "20 (wraps)" as "20 wraps". `Arrests │ 43 (kg)` and `Cash
// seized │ 43 (wraps)` loaded 43 arrests and £43, the bracket passed over
// as a remark. Beside every metric of the catalogue, by its own label,
// with every unit word the value reader knows (weights, wraps, plants,
// tablets, money, people), in digits and words: the bracketed cell loads
// just what the plain one does, and is refused with a message where the
// plain one is.
func TestUnitInBracketsLaw(t *testing.T) {
	t.Parallel()
	units := []string{"kg", "g", "grams", "oz", "wraps", "deals", "plants", "tablets", "pills", "pounds", "euros", "people", "persons", "kilos", "mg"}
	nums := []string{"43", "7", "twelve", "2.5", "1,204"}
	var cases []bracketed
	draw := 0
	for _, m := range mainCatalog(t).Metrics {
		for _, u := range units {
			draw++
			n := nums[draw%len(nums)]
			cases = append(cases, bracketed{m.Label, m.Code, n + " (" + u + ")", n + " " + u})
		}
	}
	lawAsPlain(t, "a unit alone in brackets", cases, false)
}

// A figure given again in brackets with the noun of what it counts is a
// count of that: "12 (12 suspects)" reads as "12 suspects" does. `Cash
// seized │ 12 (12 suspects)`, `Weapons seized │ 7 (7 suspects)` and
// `Schools visited │ 29 (29 children)` loaded £12, 7 weapons and 29
// schools, the bracket's figure named in a warning as read with no
// metric. Beside every metric of the catalogue, with nouns of people, of
// parts of people, and of other metrics' things: where "N noun" alone is
// refused, "N (N noun)" is refused with a message naming the cell, and
// where it loads, the bracketed cell loads no other figure than it does.
// A different figure in the bracket ("43 (7 under 18)") is a part or an
// aside, not this law's.
func TestRestatedNounLaw(t *testing.T) {
	t.Parallel()
	nouns := []string{"suspects", "children", "men", "women", "adults", "people", "vehicles", "knives", "phones", "arrests", "addresses", "wraps of heroin", "lines", "schools", "juveniles", "offenders"}
	nums := []string{"12", "7", "29", "43", "105"}
	var cases []bracketed
	draw := 0
	for _, m := range mainCatalog(t).Metrics {
		if strings.Contains(m.Code, "phones") {
			continue // the phones below are the control row
		}
		for _, noun := range nouns {
			draw++
			n := nums[draw%len(nums)]
			if m.Unit == string(etl.UnitGBP) && draw%2 == 0 {
				cases = append(cases, bracketed{m.Label, m.Code, "£" + n + " (" + n + " " + noun + ")", "£" + n + " " + noun})
				continue
			}
			cases = append(cases, bracketed{m.Label, m.Code, n + " (" + n + " " + noun + ")", n + " " + noun})
		}
	}
	lawAsPlain(t, "a figure restated in brackets with a noun", cases, true)
}
