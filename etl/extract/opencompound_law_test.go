package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/extract"
)

// An item's one-word name written open, as two words (`Weapons seized │
// 2 hand guns`, `Firearms seized │ 2 fire arms`, `Assets seized │ 2 lap
// tops`, `Hand guns │ 2`), names the item as the closed word does
// (etl/phrase's TestOpenCompoundLaw states it of prose). Law,
// metamorphic over real .xlsx `label │ value` cells: each cell with the
// open spelling reads as the same cell with the closed one (the same
// facts at B3), or is refused (nothing loaded, a message naming the
// cell); never a figure the closed one does not give. The phones below
// load as they do under the closed one. The forms are those where words come after the
// newly read words (", TBC", ", including Essex", "and beyond", ",
// regional total", "(replica)", "(previous week)", "to be seized", "by
// the NCA", "in the year up to Sunday", "and cannabis"), a zero, a modal
// ("could be seized"), a hedge before, and under labels that name the
// thing, its kind, another kind, or another period or agency.
func TestOpenCompoundCellLaw(t *testing.T) {
	t.Parallel()
	names := [][2]string{
		{"hand guns", "handguns"}, {"fire arms", "firearms"}, {"shot guns", "shotguns"},
		{"cross bows", "crossbows"}, {"lap tops", "laptops"},
	}
	labels := []string{"Weapons seized", "Firearms seized", "Assets seized", "Knives seized", "Weapons seized (last year)", "Weapons seized by the NCA"}
	forms := []string{
		"2 %s", "2 %s, TBC", "0 %s", "2 %s (replica)", "2 %s to be seized", "2 %s by the NCA",
		"2 %s in the year up to Sunday", "2 %s, including Essex", "2 %s and beyond", "2 %s, regional total",
		"2 %s (previous week)", "2 %s could be seized", "Approx 2 %s", "2 %s and cannabis",
	}
	type pair struct{ label, open, closed string }
	var cases []pair
	for _, n := range names {
		for _, l := range labels {
			for _, f := range forms {
				cases = append(cases, pair{l, fmt.Sprintf(f, n[0]), fmt.Sprintf(f, n[1])})
			}
		}
		// the name in the label: "Hand guns seized │ 2"
		for _, v := range []string{"2", "2 (TBC)", "0", "2 last year"} {
			cases = append(cases, pair{strings.ToUpper(n[0][:1]) + n[0][1:] + " seized", v, v})
		}
	}
	open := sheetBook(t, extract.Options{}, len(cases), func(i int, b *lawBook) {
		pairSheet([2]string{cases[i].label, cases[i].open}, b)
	})
	closed := sheetBook(t, extract.Options{}, len(cases), func(i int, b *lawBook) {
		c := cases[i]
		label := c.label
		if c.open == c.closed { // the label is the open one
			for _, n := range names {
				if strings.HasPrefix(strings.ToLower(label), n[0]) {
					label = strings.ToUpper(n[1][:1]) + n[1][1:] + label[len(n[0]):]
				}
			}
		}
		pairSheet([2]string{label, c.closed}, b)
	})
	bad, loaded, same := 0, 0, 0
	for i, c := range cases {
		got, want := cellLines(open[i], "B3"), cellLines(closed[i], "B3")
		refused := got == "" && (open[i].namesCell("B3") || open[i].namesCell("A3"))
		if got != want && !refused || open[i].phonesLoaded() != closed[i].phonesLoaded() {
			bad++
			t.Errorf("%q │ %q reads %q, but the closed spelling reads %q\n%s", c.label, c.open, got, want, open[i].dump())
		}
		if want != "" {
			loaded++
			if got == want {
				same++
			} else if testing.Verbose() {
				t.Logf("refused, where the closed spelling loads %q: %q │ %q", want, c.label, c.open)
			}
		}
	}
	t.Logf("open compounds: %d cells, %d closed ones loading a figure, %d of them read the same open, %d wrong", len(cases), loaded, same, bad)
	if loaded < 30 || same*10 < loaded*8 {
		t.Errorf("%d closed cells load, %d of them the same open: the open spelling is not read", loaded, same)
	}
}
