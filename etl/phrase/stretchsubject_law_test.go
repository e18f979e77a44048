package phrase_test

import (
	"fmt"
	"testing"
)

// TestStretchSubjectLaw: a stretch of time that opens the sentence as
// the subject of a verb that tells what it brought ("The month saw 12
// arrests", "October has seen 12 arrests", "A two-week operation
// resulted in 12 arrests"; closing25 W14) is the sentence's period, as
// "Over the month, ..." is: a stretch that is not the week, or a month
// by its name, makes the figures another period's, and none is drafted.
// The week said so ("The week saw", "A week of action has seen", "The
// intensification week led to", "Last week saw"), an operation said
// with no length ("The operation saw") and a day of action ("A day of
// action saw": the operation, as "during a day of action" is) are
// drafted.
func TestStretchSubjectLaw(t *testing.T) {
	other := []string{"The month", "The past month", "A month of action", "The month-long operation", "A two-week operation",
		"The fortnight", "The last two weeks", "October", "The quarter", "The festive period", "The following week",
		"Two weeks of action", "The year", "This month", "A six-month investigation", "The weekend", "The past 10 days",
		"September", "The whole month"}
	week := []string{"The week", "A week of action", "The intensification week", "Last week", "The week of action",
		"The operation", "The seven days", "This week", "A day of action", "The crackdown", "Last week's operation", "The week's operation", "A 48-hour operation"}
	verbs, objects := subjectVerbs, subjectObjects
	cases := releaseCases{}
	n := 0
	for _, s := range other {
		for _, v := range verbs {
			n++
			o := objects[n%len(objects)]
			cases.add(fmt.Sprintf("%s %s.", s, fmt.Sprintf(v, o.text)), o.f, false)
		}
	}
	for _, s := range week {
		for _, v := range verbs {
			n++
			o := objects[n%len(objects)]
			cases.add(fmt.Sprintf("%s %s.", s, fmt.Sprintf(v, o.text)), o.f, true)
		}
	}
	releaseLaw(t, "TestStretchSubjectLaw", cases)
}

// subjectVerbs tell what a subject brought; subjectObjects are what it
// brought, with the figure each gives.
var (
	subjectVerbs   = []string{"saw %s", "has seen %s", "resulted in %s", "led to %s", "had seen %s", "has resulted in %s"}
	subjectObjects = []struct {
		text string
		f    releaseFig
	}{
		{"12 arrests", releaseFigs[0]}, {"12 people arrested", releaseFigs[0]}, {"5 knives seized", releaseFigs[1]},
		{"3 county lines closed", releaseFigs[3]}, {"7 warrants executed", releaseFigs[4]}, {"9 mobile phones seized", releaseFigs[5]},
	}
)
