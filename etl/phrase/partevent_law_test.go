package phrase_test

import (
	"fmt"
	"testing"
)

// TestPartEventLaw: the one event a part of a total was of ("Officers
// arrested 12 people, including 7 women arrested on a warrant", "...
// after a stop and search", "3 knives seized during a warrant") is no
// count of the week's warrants or searches: "a warrant" there is not
// drafted as 1 (reread27 P10), as it is not outside a part ("Officers
// arrested 12 people on a warrant"). The total stands. Near misses:
// the event counted by its own verb ("Officers executed a warrant and
// arrested 12 people") stays drafted.
func TestPartEventLaw(t *testing.T) {
	totals := []struct {
		s string
		f releaseFig
	}{
		{"Officers arrested 12 people, including 7 women arrested", releaseFig{"", "arrests", "", 12}},
		{"Officers arrested 12 people, including 7 men detained", releaseFig{"", "arrests", "", 12}},
		{"In total 12 people were arrested, including 2 juveniles arrested", releaseFig{"", "arrests", "", 12}},
		{"Officers seized 14 weapons, including 3 knives seized", releaseFig{"", "weapons_seized", "", 14}},
		{"Officers seized 14 weapons, including 3 knives found", releaseFig{"", "weapons_seized", "", 14}},
		{"Officers seized £5,000, including £3,000 recovered", releaseFig{"", "cash_seized", "", 5000}},
	}
	warrant := releaseFig{"", "warrants", "", 1}
	stop := releaseFig{"", "stop_searches", "", 1}
	events := []struct {
		s string
		f releaseFig
	}{
		{"on a warrant", warrant},
		{"during a warrant", warrant},
		{"following a warrant", warrant},
		{"after a warrant", warrant},
		{"whilst executing a warrant", warrant},
		{"during the execution of a warrant", warrant},
		{"after a stop and search", stop},
		{"following a stop and search", stop},
		{"during a stop and search", stop},
		{"in a stop and search", stop},
	}
	cases := releaseCases{}
	for _, tot := range totals {
		for _, ev := range events {
			s := fmt.Sprintf("%s %s.", tot.s, ev.s)
			cases.add(s, ev.f, false)
			cases.add(s, tot.f, true)
		}
	}
	for _, s := range []string{"Officers executed a warrant and arrested 12 people.", "Officers arrested 12 people and executed a warrant.",
		"Officers executed a warrant.", "A warrant was executed and 12 people were arrested."} {
		cases.add(s, warrant, true)
	}
	cases.add("Officers carried out a stop and search.", stop, true)
	releaseLaw(t, "TestPartEventLaw", cases)
	t.Logf("%d cases", len(cases))
}
