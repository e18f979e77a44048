package phrase_test

import (
	"fmt"
	"testing"
)

// TestSubjectWeekLaw: a stretch opening the sentence as the subject of
// a verb of what it brought is not the figure's period when the clause
// names the week as when ("A month of planning led to 12 arrests during
// the week of action", "Months of work led to 12 arrests this week") or
// the subject is the week's own name ("October's week of action saw 12
// arrests" in a release of an October week): drafted (review26 W5, lost
// by a9314c4). A year by its number is a stretch as "The year" is ("2021
// has seen 12 arrests", "2020's week of action saw ...": not drafted;
// review26 W6), and so stay the near misses: another month's week
// ("March's week of action saw"), a part said after a comma ("The month
// saw 120 arrests, 12 of them during the week of action"), another week
// after the verb ("during the following week", "during the two weeks of
// action"), and the week said of another figure or not ending the clause
// ("The month saw 120 arrests and 12 during the week of action", "...
// including 12 this week", "... up to this week", "... throughout the
// week of action and beyond": review27 W12).
func TestSubjectWeekLaw(t *testing.T) {
	led := []string{"A month of planning", "Months of work", "Weeks of planning", "A year-long investigation", "Months of intelligence gathering"}
	weeks := []string{"during the week of action", "this week", "during the week", "over the week of action", "throughout the week"}
	notWeeks := []string{"during the following week", "during the two weeks of action", "over the month", "during the month"}
	cases := releaseCases{}
	n := 0
	for _, s := range led {
		for _, v := range []string{"led to %s", "resulted in %s"} {
			for _, w := range weeks {
				n++
				o := subjectObjects[n%len(subjectObjects)]
				cases.add(fmt.Sprintf("%s %s %s.", s, fmt.Sprintf(v, o.text), w), o.f, true)
			}
			for _, w := range notWeeks {
				n++
				o := subjectObjects[n%len(subjectObjects)]
				cases.add(fmt.Sprintf("%s %s %s.", s, fmt.Sprintf(v, o.text), w), o.f, false)
				cases.add(fmt.Sprintf("%s %s, some %s.", s, fmt.Sprintf(v, o.text), w), o.f, false)
			}
		}
	}
	for _, v := range subjectVerbs {
		for _, o := range subjectObjects {
			cases.add(fmt.Sprintf("October's week of action %s.", fmt.Sprintf(v, o.text)), o.f, true)
			for _, subj := range []string{"March's week of action", "2021", "2020", "2019", "2020's week of action", "The month"} {
				cases.add(fmt.Sprintf("%s %s.", subj, fmt.Sprintf(v, o.text)), o.f, false)
			}
		}
	}
	for _, s := range []string{"The month saw 120 arrests, 12 of them during the week of action.", "The month saw 120 arrests, including 12 this week.",
		"The month saw 12 arrests, during the week of action.",
		// review27 W12: the week said of another figure, or not ending
		// the clause, or bounding a running count
		"The month saw 120 arrests and 12 during the week of action.", "The month saw 120 arrests including 12 during the week of action.",
		"October saw 120 arrests including 12 this week.", "The month saw 120 arrests up to this week.", "The month saw 120 arrests by this week.",
		"The month saw 120 arrests throughout the week of action and beyond.",
		"The month saw 120 arrests throughout the week of action and the rest of October.",
		// reread27 P1: the week named inside a longer stretch subject
		"The month including the week of action saw 120 arrests.", "The month that followed the week of action saw 120 arrests.",
		"The months leading up to the week of action saw 120 arrests.", "The fortnight around the week of action saw 120 arrests.",
		"The month including this week saw 120 arrests.", "The year including the week of action has seen 120 arrests.",
		"Six weeks including the week of action saw 120 arrests.", "October and the week of action saw 120 arrests."} {
		cases.add(s, releaseFigs[0], false)
		cases.add(s, releaseFig{metric: "arrests", v: 120}, false)
	}
	releaseLaw(t, "TestSubjectWeekLaw", cases)
}
