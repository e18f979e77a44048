package extract_test

import (
	"fmt"
	"testing"
)

// Words naming the return's own week after a figure make it the week's
// only when they are all the cell says after it, and only when what they
// bound is the week: the figure itself, its own words, "the week" or the
// week's first day. A stretch that ends on the week's last day but is
// longer ("in the year up to Sunday", "from April until Sunday"), a part
// of the figure ("30 of them by Sunday"), and any words after the week's
// ("…, including Essex", "…, TBC", "…, regional total") are refused with
// a message (review15 H9). Kent's return, week Monday 11 to Sunday 17
// October 2021.
func TestOwnWeekWholeCellLaw(t *testing.T) {
	t.Parallel()
	labels := []string{"Arrests", "Warrants executed", "Stop searches"}
	own := []string{"%d by Sunday", "%d as at 17/10/2021", "%d as at Sunday 17/10/2021", "%d from Monday until Sunday",
		"%d, by Sunday", "%d during the week of action until Sunday", "%d in the seven days up to and including Sunday",
		"%d (as at 17/10/2021)"}
	longer := []string{"%d in the year up to Sunday", "%d in the year to Sunday", "%d in the financial year to Sunday",
		"%d in October up to Sunday", "%d during October until Sunday", "%d in the four weeks to Sunday",
		"%d over the summer until Sunday", "%d from April until Sunday", "%d in all up to Sunday", "%d, 30 of them by Sunday",
		"%d over the weekend up to Sunday", "%d in the month until Sunday", "%d this FY as at 17/10/2021",
		"%d (up to Sunday, all forces)", "%d (as at 17/10/2021, including Essex)", "%d (by Sunday, TBC)"}
	after := []string{", TBC", ", provisional", ", regional total", ", including Essex", ", all forces", ", financial year",
		"; TBC", ", will be updated", ", Kent and Essex"}
	var cases []cellCase
	for i, l := range labels {
		for j, f := range own {
			n := 40 + i*len(own) + j
			cases = append(cases, cellCase{l, fmt.Sprintf(f, n), float64(n)})
			if j < 3 {
				for k, a := range after {
					cases = append(cases, cellCase{l, fmt.Sprintf(f, n+k+1) + a, 0})
				}
			}
		}
		for j, f := range longer {
			cases = append(cases, cellCase{l, fmt.Sprintf(f, 70+i*len(longer)+j), 0})
		}
	}
	readOrRefusedLaw(t, "the return's own week after a figure, and nothing else", cases)
}
