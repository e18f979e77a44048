package phrase_test

import (
	"fmt"
	"testing"
)

// TestHoursThingSubjectLaw: a thing some hours long opening the
// sentence as the subject of a verb that tells what it brought is the
// week's operation only when it is an operation ("A 24-hour operation
// saw 304 arrests", "A 48-hour crackdown", "A 12-hour police
// operation", "A 24-hour intensification": drafted, 8d9bbeb); any other
// thing that long is one raid, shift or patrol of the week, a part of
// it ("A 10-hour raid saw 12 arrests", "A 12-hour shift saw 12
// arrests": not drafted; reread26, 8d9bbeb took any "a N-hour" noun
// for the operation).
func TestHoursThingSubjectLaw(t *testing.T) {
	parts := []string{"raid", "shift", "patrol", "search", "warrant", "stop check", "visit", "sweep", "night shift", "drugs raid"}
	ops := []string{"operation", "crackdown", "police operation", "multi-agency operation", "blitz", "op", "intensification", "campaign"}
	verbs, objects := subjectVerbs[:4], subjectObjects
	cases := releaseCases{}
	n := 0
	add := func(things []string, want bool) {
		for _, h := range []int{6, 10, 12, 24, 48, 72} {
			for _, th := range things {
				for _, v := range verbs {
					n++
					o := objects[n%len(objects)]
					cases.add(fmt.Sprintf("A %d-hour %s %s.", h, th, fmt.Sprintf(v, o.text)), o.f, want)
				}
			}
		}
	}
	add(parts, false)
	add(ops, true)
	releaseLaw(t, "TestHoursThingSubjectLaw", cases)
}
