package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// placeCell is a `label │ value` cell of a force's return whose value
// names a place beside its figure.
type placeCell struct {
	title, label, value string
	loads               bool // the figure is the label's total, the force's week's
}

// The value of a return's cell is the force's figure for the week under
// its label. Words beside it that tie it to a part of the force's area
// ("12 in Rugby", "12 in the north of the county", "12 at an address in
// Hatfield"), to a wider area ("12 nationally", "12 across the
// country"), to another force ("12 across Essex" in Kent's return, "12
// by British Transport Police") make it that part's or area's: it is
// refused with a message at the cell, and the cells below still load.
// "12 from London" is refused too: under "Arrests" it counts those
// arrested who came from London, a facet of the arrests that is not
// their total (the label's figure), and a return's cell holds the total
// (in a release's prose, "arrested 12 people from London" is read: the
// phrase's own words say what was counted, see etl/phrase place.go).
// The force's own area ("12 across Hampshire" in Hampshire's return,
// "12 across the county") says the figure is the force's: it loads.
func TestPlaceCellLaw(t *testing.T) {
	t.Parallel()
	titles := map[string]string{
		"kent":      kentTitle,
		"hampshire": "Hampshire Constabulary - County lines intensification week 11-17 Oct 2021",
	}
	labels := []string{"Arrests", "Warrants executed", "Cash seized (£)", "Knives seized", "Lines closed", "Stop and searches"}
	refused := []string{"12 in Rugby", "12 in Brackenford and Wendley Vale", "12 across Thornbury Green", "12 in the north of the county",
		"12 in the south of the force area", "12 at an address in Hatfield", "12 nationally", "12 across the country",
		"12 by British Transport Police", "12 from London", "12 (in Rugby)", "12 - all in Tower Hamlets"}
	var cases []placeCell
	for code, title := range titles {
		own := map[string]string{"kent": "Kent", "hampshire": "Hampshire"}[code]
		other := map[string]string{"kent": "Essex", "hampshire": "Dorset"}[code]
		for _, l := range labels {
			for _, v := range refused {
				cases = append(cases, placeCell{title, l, v, false})
			}
			cases = append(cases, placeCell{title, l, "12 across " + other, false})
			for _, v := range []string{"12 across " + own, "12 in " + own, "12 across the county", "12"} {
				cases = append(cases, placeCell{title, l, v, true})
			}
		}
	}
	law[placeCell]{
		what:  "place words beside a value",
		cases: cases,
		name: func(c placeCell) string {
			return fmt.Sprintf("%s: %q │ %q", strings.Fields(c.title)[0], c.label, c.value)
		},
		sheet: func(c placeCell, b *lawBook) {
			b.Rows("A1", []any{c.title}, nil, []any{c.label, c.value}, phonesRow)
		},
		holds: func(c placeCell, p probe, v *verdict) {
			if !c.loads {
				p.refused(v)
				return
			}
			at := p.factsAt("B3")
			v.want(len(at) == 1 && at[0].Value != nil && *at[0].Value == 12, "want 12 loaded from B3")
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
