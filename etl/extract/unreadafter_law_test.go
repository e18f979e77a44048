package extract_test

import (
	"fmt"
	"testing"
)

// Words after a value cell's figure that no reader of the grammar gives
// a meaning are said of the figure, and they may say whose, where or
// when it is: `Arrests │ 43, including Essex`, `43, jointly`, `43,
// financial year`, `43, with Essex Police`, and the Metropolitan
// Police's `43 across London (all forces)` loaded 43 as the force's
// week's. Under every label, with the figure alone, with its noun, or
// with its noun and verb, after a comma, a space, a dash or in brackets,
// words naming another force, agency or area, a joint or shared figure,
// or another measure of time, none of which the grammar reads, refuse
// the cell with a message naming it. The same figures with the force's
// own words after them (its name and area, its officers, its week's last
// day, its operation) still load, and so does the Met's `43 across
// London`; the phones below load either way.
func TestWordsAfterFigureUnreadLaw(t *testing.T) {
	t.Parallel()
	type unread struct {
		title, label, text string
		n                  float64 // 0: refused
	}
	const metTitle = "Metropolitan Police Service - County lines intensification week 11-17 Oct 2021"
	rows := []struct{ label, noun, done string }{
		{"Arrests", "arrests", "made"},
		{"Warrants executed", "warrants", "executed"},
		{"Stop searches", "stop searches", "conducted"},
		{"Weapons seized", "weapons", "seized"},
		{"Cuckooed addresses visited", "addresses", "visited"},
		{"Safeguarding referrals", "referrals", "made"},
	}
	figures := []string{"%[1]d", "%[1]d %[2]s", "%[1]d %[2]s %[3]s"}
	seps := []string{", %s", " %s", " (%s)", " - %s", ". %s."}
	others := []string{"including Essex", "with Essex Police", "with the NCA", "including BTP", "jointly", "jointly with partners",
		"financial year", "in the financial year", "calendar year", "all forces", "regionally", "with Border Force",
		"alongside Essex officers", "and Essex", "plus Essex", "incl. Sussex"}
	own := []string{"by Kent Police", "by officers", "across Kent", "in Kent and Medway", "by Sunday", "by the force"}
	var cases []unread
	for i, r := range rows {
		for j, f := range figures {
			for k, w := range others {
				if (k+i)%len(figures) != j {
					continue
				}
				n := 20 + i*40 + j*len(others) + k
				sep := seps[(k+j)%len(seps)]
				cases = append(cases, unread{kentTitle, r.label, fmt.Sprintf(f, n, r.noun, r.done) + fmt.Sprintf(sep, w), 0})
			}
			n := 500 + i*10 + j
			w := own[(i+j)%len(own)]
			cases = append(cases, unread{kentTitle, r.label, fmt.Sprintf(f, n, r.noun, r.done) + fmt.Sprintf(seps[j%2], w), float64(n)})
		}
		n := 700 + i
		// the Met's own area, and words of all forces after it
		cases = append(cases,
			unread{metTitle, r.label, fmt.Sprintf("%d across London", n), float64(n)},
			unread{metTitle, r.label, fmt.Sprintf("%d %s across London (all forces)", n+10, r.noun), 0},
			unread{metTitle, r.label, fmt.Sprintf("%d, London and Essex", n+20), 0})
	}
	byTitle := map[string][]cellCase{}
	for _, c := range cases {
		byTitle[c.title] = append(byTitle[c.title], cellCase{c.label, c.text, c.n})
	}
	readOrRefusedUnder(t, "words after a figure that nobody taught us (Kent)", kentTitle, byTitle[kentTitle])
	readOrRefusedUnder(t, "words after a figure that nobody taught us (the Met)", metTitle, byTitle[metTitle])
}
