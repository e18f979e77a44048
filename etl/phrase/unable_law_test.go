package phrase_test

import "testing"

// TestUnableLaw: a figure whose verb is said as not able to be done
// ("Officers were unable to arrest 12 people", "have been unable to
// make 43 arrests", "were incapable of seizing 5 knives", "had no power
// to execute 7 warrants") is no count of the week, as "could not" and
// "were not able to" are not (review29 S2): none is drafted. The verb
// said as done stays drafted ("were able to", "managed to").
func TestUnableLaw(t *testing.T) {
	not := []string{"Officers were unable to %[3]s %[4]s.", "Officers have been unable to %[3]s %[4]s.",
		"Officers were unable, despite efforts, to %[3]s %[4]s.", "Officers were incapable of %[2]s %[4]s.",
		"Officers had no power to %[3]s %[4]s.", "Kent Police was unable to %[3]s %[4]s this week.",
		"During the week, officers were unable to %[3]s %[4]s.", "Officers are unable to %[3]s %[4]s.",
		"Officers were sadly unable to %[3]s %[4]s.", "Officers have no power to %[3]s %[4]s."}
	done := []string{"Officers were able to %[3]s %[4]s.", "Officers managed to %[3]s %[4]s.", "Officers %[1]s %[4]s."}
	releaseLaw(t, "TestUnableLaw", verbFrameCases(verbFigs, not, done))
}
