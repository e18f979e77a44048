package phrase_test

import (
	"fmt"
	"testing"
)

// TestBareStretchLaw: another stretch than the week said with no
// preposition of when, opening a clause ("Officers arrested 12 people,
// and the following week officers seized 5 knives", "The following
// week, officers seized 5 knives"; review26 W4) makes that clause's
// figures another period's: not drafted; so does one closing the
// clause of a figure ("... and seized 5 knives the week after.": the
// sentence's figures, since which clauses it governs the words do not
// say). The clause before one opening a clause keeps
// its figure, and the week's own stretch said so ("the same week",
// "that week", "the whole week") keeps both.
func TestBareStretchLaw(t *testing.T) {
	other := []string{"the following week", "the next week", "the week after", "the previous week", "the week before",
		"the following month", "the next fortnight", "the following weekend", "the preceding week"}
	own := []string{"the same week", "that week", "the whole week"}
	// a week before the week's said in a later clause refuses the
	// clause before it too ("previous week" is a period word of the
	// sentence), a figure lost, no wrong one: only the later clause is
	// asked of them here
	before := map[string]bool{"the previous week": true, "the week before": true, "the preceding week": true}
	joins := []string{", and %s", " and %s", "; %s", ". %s", ", but %s", ". %s,", " and then %s"}
	seconds := []struct {
		text string
		f    releaseFig
	}{
		{"officers seized 5 knives", releaseFigs[1]}, {"they closed 3 county lines", releaseFigs[3]},
		{"officers executed 7 warrants", releaseFigs[4]}, {"9 mobile phones were seized", releaseFigs[5]},
	}
	first := "Officers arrested 12 people"
	cases := releaseCases{}
	for _, sec := range seconds {
		for _, j := range joins {
			for _, st := range other {
				s := first + fmt.Sprintf(j, st) + " " + sec.text + "."
				if j[0] == '.' {
					s = first + ". " + capFirst(fmt.Sprintf(j[2:], st)) + " " + sec.text + "."
				}
				cases.add(s, sec.f, false)
				if !before[st] {
					cases.add(s, releaseFigs[0], true)
				}
			}
			for _, st := range own {
				if j[0] == '.' {
					continue // "That week, ...": which week, the words before say
				}
				s := first + fmt.Sprintf(j, st) + " " + sec.text + "."
				cases.add(s, sec.f, true)
				cases.add(s, releaseFigs[0], true)
			}
		}
		for _, st := range other {
			cases.add(capFirst(st)+", "+sec.text+".", sec.f, false)
			// closing the clause of the figure: "... and seized 5
			// knives the week after." (which clauses it governs the
			// words do not say: the sentence's figures are refused)
			cases.add(first+" and "+sec.text+" "+st+".", sec.f, false)
			cases.add(capFirst(sec.text)+" "+st+".", sec.f, false)
			cases.add(capFirst(sec.text)+" "+st+", officers said.", sec.f, false)
		}
		for _, st := range own {
			cases.add(first+" and "+sec.text+" "+st+".", sec.f, true)
		}
	}
	releaseLaw(t, "TestBareStretchLaw", cases)
}
