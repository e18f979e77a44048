package phrase_test

import (
	"fmt"
	"testing"
)

// TestThisYearAfterLastYearsWeekLaw: after a sentence telling last
// year's week of action, a heading "This year:" standing alone is this
// year's week, and its list drafts; but "This year to date:", "This
// year so far:", "This year overall:", "This year as a whole:", "This
// year, to date:" say more of the year than its week, whatever came
// before, and their list is not drafted (closing21 item 6: they drafted
// the year's figures). "This year's week of action:" names the week.
func TestThisYearAfterLastYearsWeekLaw(t *testing.T) {
	cases := releaseCases{}
	lasts := []string{"Last year's week of action saw 30 arrests.", "Last year's week of action saw 30 arrests, up on the year before.",
		"During the same week last year, 30 people were arrested.", "In the previous year's week of action, officers arrested 30 people."}
	years := []string{"This year to date:", "This year so far:", "This year overall:", "This year as a whole:", "This year, to date:",
		"This year so far, across the county:", "This year until now:"}
	weeks := []string{"This year:", "This year's week of action:", "This year's week:"}
	for _, f := range releaseFigs {
		for _, l := range lasts {
			for _, sep := range []string{" ", "\n"} {
				for _, y := range years {
					cases.add(fmt.Sprintf("%s%s%s\n- %s\n", l, sep, y, capFirst(f.clause)), f, false)
				}
				for _, w := range weeks {
					cases.add(fmt.Sprintf("%s%s%s\n- %s\n", l, sep, w, capFirst(f.clause)), f, true)
				}
			}
		}
		for _, y := range years {
			cases.add(fmt.Sprintf("%s\n- %s\n", y, capFirst(f.clause)), f, false)
		}
	}
	releaseLaw(t, "TestThisYearAfterLastYearsWeekLaw", cases)
}

// TestThisYearInlineLaw: "This year:" with its figure on the same line
// ("This year: 12 arrests.", after last year's week or not) may be the
// year's, not the week's: not drafted (reread22 S12, decided: the
// heading alone on its own line is the week's, the words run on are
// not). The figure of the next line, with no "This year" of its own,
// still drafts: the heading's reach ends with its line.
func TestThisYearInlineLaw(t *testing.T) {
	cases := releaseCases{}
	for _, before := range []string{"", "Last year's week of action saw 30 arrests.\n", "Last year's week of action saw 30 arrests. "} {
		for _, f := range releaseFigs {
			for _, g := range releaseFigs {
				if f.metric == g.metric {
					continue
				}
				s := fmt.Sprintf("%sThis year: %s.\n%s.\n", before, f.clause, capFirst(g.clause))
				cases.add(s, f, false)
				cases.add(s, g, true)
			}
		}
	}
	releaseLaw(t, "TestThisYearInlineLaw", cases)
}
