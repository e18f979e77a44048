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
// for the operation). Days are as hours: "A two-day raid saw 12
// arrests" is one raid's, "A two-day operation" the operation's.
func TestHoursThingSubjectLaw(t *testing.T) {
	parts := []string{"raid", "shift", "patrol", "search", "warrant", "stop check", "visit", "sweep", "night shift", "drugs raid",
		// (a name run over "and" or a hyphen, and one with the
		// operation behind another function word, stay parts; review27 W2)
		"raid and search", "stop and search", "shift and patrol", "multi-agency raid", "phase of the operation", "raid during the operation", "raid as part of the operation", "shift in the operation"}
	ops := []string{"operation", "crackdown", "police operation", "multi-agency operation", "blitz", "op", "intensification", "campaign",
		"drugs and weapons operation", "stop and search operation", "multi-agency drugs and weapons operation", "joint agency intelligence-led policing operation"}
	verbs, objects := subjectVerbs[:4], subjectObjects
	cases := releaseCases{}
	n := 0
	// days as hours: "A two-day raid saw 12 arrests" (drafts27's list)
	lengths := []string{"6-hour", "10-hour", "12-hour", "24-hour", "48-hour", "72-hour", "two-day", "three-day", "2-day", "five-day", "six-day"}
	add := func(things []string, want bool) {
		for _, h := range lengths {
			for _, th := range things {
				for _, v := range verbs {
					n++
					o := objects[n%len(objects)]
					cases.add(fmt.Sprintf("A %s %s %s.", h, th, fmt.Sprintf(v, o.text)), o.f, want)
				}
			}
		}
	}
	add(parts, false)
	add(ops, true)
	// a county lines operation's name ("mobile phones" beside "county
	// lines" read as the lines' phones, another figure, is left out)
	for _, h := range []int{6, 12, 24, 48} {
		for _, th := range []string{"multi-agency county lines operation", "joint agency county lines operation", "intelligence-led county lines operation", "drugs and weapons county lines operation"} {
			for _, v := range verbs {
				for _, o := range objects[:5] {
					cases.add(fmt.Sprintf("A %d-hour %s %s.", h, th, fmt.Sprintf(v, o.text)), o.f, true)
				}
			}
		}
	}
	releaseLaw(t, "TestHoursThingSubjectLaw", cases)
}
