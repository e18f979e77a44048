package extract_test

import (
	"fmt"
	"testing"
)

// kindsCell is a `label │ value` cell whose value is a number before more
// kinds of item than it counts.
type kindsCell struct{ label, text string }

// A number before more kinds of item than it counts counts the first
// kind in prose (etl/phrase's TestKindsFirstLaw), never in a return's
// value cell: a label may say what prose would say in words around the
// list, and the single kind's cell already loads some of them wrongly
// (review15 H4, H14: `Weapons to be seized │ 2 firearms`, `2 firearms
// used`). Law over real .xlsx `label │ value` cells: under "Weapons
// seized" and "Assets seized", four lists of three kinds with 2 before
// them, bare and with words after the list (" seized", " could be
// seized", " identified", " imitation", " to be seized", " used", " were
// used", " targeted", " approx", " on Monday", " via amnesty", ", TBC",
// ", including Essex", " and beyond", ", regional total", " in the year
// up to Sunday", " (previous week)", " (replica)", " by the NCA", " across
// Kent and Medway and beyond", " last year"), zero, a hedge, a number as
// large as the kinds, "or", the first kind named again, and the labels
// "... to be seized", "... by partners", "... - regional", "... (regional
// total)", "... last year", "... nationally", "... (target)": each is
// refused (nothing loaded from the cell, a message of any severity naming
// it, the phones below loading).
func TestKindsFirstCellLaw(t *testing.T) {
	t.Parallel()
	lists := [][3]string{{"firearms", "knives", "axes"}, {"machetes", "swords", "crossbows"}, {"watches", "jewellery", "designer clothing"}, {"knuckle dusters", "baseball bats", "tasers"}}
	labelOf := func(l [3]string) string {
		if l[0] == "watches" {
			return "Assets seized"
		}
		return "Weapons seized"
	}
	var cases []kindsCell
	for _, l := range lists {
		list := func(n string) string { return fmt.Sprintf("%s %s, %s and %s", n, l[0], l[1], l[2]) }
		lab := labelOf(l)
		cases = append(cases, kindsCell{lab, list("2")}, kindsCell{lab, list("2") + " seized"})
		for _, v := range []string{
			list("0"), list("Zero"), list("3"), fmt.Sprintf("2 %s, %s or %s", l[0], l[1], l[2]), fmt.Sprintf("1 %s, %s and %s", l[0], l[1], l[0]),
			list("2") + " could be seized", list("2") + " identified", list("2") + " imitation", list("2") + " to be seized",
			list("2") + " used", list("2") + " were used", list("2") + " targeted", list("2") + " approx", list("2") + " on Monday",
			list("2") + " via amnesty", list("2") + ", TBC", list("2") + ", including Essex", list("2") + " and beyond",
			list("2") + ", regional total", list("2") + " in the year up to Sunday", list("2") + " (previous week)",
			list("2") + " (replica)", list("2") + " by the NCA", list("2") + " across Kent and Medway and beyond",
			list("2") + " last year", "Approx " + list("2"), list("more than 2"),
		} {
			cases = append(cases, kindsCell{lab, v})
		}
		for _, lb := range []string{lab[:len(lab)-7] + " to be seized", lab + " by partners", lab + " - regional", lab + " (regional total)", lab + " last year", lab + " nationally", lab + " (target)"} {
			cases = append(cases, kindsCell{lb, list("2")})
		}
	}
	law[kindsCell]{
		what:  "a number before more kinds than it counts",
		cases: cases,
		name:  func(c kindsCell) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c kindsCell, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c kindsCell, p probe, v *verdict) {
			for _, f := range p.r.Facts {
				if f.Cell == "B3" || f.Cell == "A3" {
					v.wrong("loaded %s", factLine(f))
				}
			}
			v.want(p.namesCell("B3") || p.namesCell("A3"), "no message names A3 or B3")
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
