package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestFutureStretchLaw: a stretch that is not the week, said in a
// clause after the figure whose verb is a future or a modal ("Officers
// arrested 12 people and will continue to target county lines over the
// festive period", "..., and work will continue through the year",
// "..., with the next stage due in the new year"), is that verb's: the
// figure before the clause keeps its week and drafts (review26 W2, lost
// by 3471a37). Near misses stay refused: the stretch said of the
// figure ("Officers arrested 12 people over the festive period"),
// before it, after it with the future clause after ("... over the
// festive period and will continue the work"), and a part of the
// figure said in it ("..., including 3 over the festive period").
func TestFutureStretchLaw(t *testing.T) {
	stretches := []string{"over the festive period", "through the year", "in the new year", "over the next month",
		"over the Christmas period", "over two weeks", "over the next year"}
	later := []string{"%s and will continue to target county lines %s.", "%s, and work will continue %s.",
		"%s, with the next stage due %s.", "%s, and the operation will be repeated %s."}
	own := []string{"%s %s.", "%s %s and will continue the work.", "%s, including 3 %s."}
	cases := releaseCases{}
	for _, f := range releaseFigs {
		c := capFirst(f.clause)
		for _, st := range stretches {
			for _, l := range later {
				if strings.Contains(l, "due") && !strings.HasPrefix(st, "in ") {
					continue // "due over the next month" is no English
				}
				cases.add(fmt.Sprintf(l, c, st), f, true)
			}
			for _, o := range own {
				cases.add(fmt.Sprintf(o, c, st), f, false)
			}
			cases.add(fmt.Sprintf("%s, %s.", capFirst(st), f.clause), f, false)
		}
	}
	releaseLaw(t, "TestFutureStretchLaw", cases)
}
