package extract_test

import (
	"fmt"
	"testing"
)

// Words after a cell's last item that say its figures are provisional,
// or whose they are, are said of the whole cell: `Weapons seized │ 5
// knives and dozens of machetes, TBC` loaded knife 5 (the TBC was read
// with the machetes, named with no number, and dropped with them), and
// so did "… (provisional)", "… - to be confirmed", "… (NCA)". Under
// several labels, lists of figures, of figures and items named with no
// number, and items alone, with provisional or unfinished words (TBC,
// to be confirmed, provisional, not yet validated, subject to change,
// more expected) or another agency or force (by Essex Police, by the
// NCA, (BTP), (NCA), seized by Border Force) after the last item, after a
// comma, a dash or in brackets: nothing of the cell is loaded and a
// message names it. The same lists with no such words, or with the
// force's own officers ("by Kent Police", "by officers"), load as before.
func TestWordsAfterLastItemLaw(t *testing.T) {
	t.Parallel()
	type tail struct {
		label, text string
		load        bool
	}
	lists := []struct{ label, text string }{
		{"Weapons seized", "5 knives and dozens of machetes"},
		{"Weapons seized", "5 knives and 2 machetes"},
		{"Weapons seized", "5 knives and some machetes"},
		{"Weapons seized", "machetes, knives and a crossbow"},
		{"Drugs seized", "3 wraps of heroin and some cannabis"},
		{"Drugs seized", "56g of cocaine and 20g of heroin"},
		{"Weapons seized", "2 firearms, 4 knives and several machetes"},
	}
	provisional := []string{"TBC", "to be confirmed", "provisional", "not yet validated", "subject to change", "more expected", "awaiting confirmation"}
	agents := []string{"by Essex Police", "by the NCA", "seized by Border Force", "NCA", "BTP", "Essex Police"}
	own := []string{"by Kent Police", "by officers", "by the force"}
	seps := []string{", %s", " (%s)", " - %s", ", %s."}
	var cases []tail
	for i, l := range lists {
		for j, w := range provisional {
			cases = append(cases, tail{l.label, l.text + fmt.Sprintf(seps[(i+j)%len(seps)], w), false})
		}
		for j, w := range agents {
			sep := seps[(i+j)%2] // after a comma or in brackets
			if j < 3 {
				sep = seps[(i+j)%len(seps)]
			}
			cases = append(cases, tail{l.label, l.text + fmt.Sprintf(sep, w), false})
		}
	}
	// the controls: lists that load, alone or with the force's own
	// officers after them (in brackets, "(by officers)" after a figure
	// is refused today: the aside reader does not know "officers")
	for i, l := range lists[1:3] {
		cases = append(cases, tail{l.label, l.text, true})
		for j, w := range own {
			cases = append(cases, tail{l.label, l.text + fmt.Sprintf(seps[[]int{0, 3}[(i+j)%2]], w), true})
		}
	}
	// a cell of such words alone is a figure reported and not given
	// (unquantified), the value reader's, as before
	cases = append(cases, tail{"Safeguarding referrals", "TBC", true}, tail{"Safeguarding referrals", "to be confirmed", true})
	law[tail]{
		what:  "words after a cell's last item",
		cases: cases,
		name:  func(c tail) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c tail, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c tail, p probe, v *verdict) {
			if !c.load {
				p.refused(v)
				return
			}
			v.want(len(p.factsAt("B3")) > 0, "nothing loaded")
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
