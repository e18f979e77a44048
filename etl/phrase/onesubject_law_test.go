package phrase_test

import (
	"fmt"
	"testing"
)

// TestOneSubjectLaw: a clause whose subject is one person or one event
// ("One man was found with 3 knives", "One raid saw 5 people
// arrested", "A car was searched and 3 knives were found") tells that
// one's figures, a part of the week's: they are not drafted, alone or
// after a sentence that names the thing with no number (reread27 P9).
// The subject's own count stays the week's ("One man was arrested",
// "One warrant was executed"), and so do an event said with "a" that
// brought the figures ("A warrant led to the seizure of £3,200",
// found.csv f076 and f241), and subjects that are no one person or
// event ("A total of 12 people", "A week of action", "A further 3
// people"). A person said with "a" is left as it was read: "A man was
// found carrying 2 knives" is the week's in TestWieldedLaw.
func TestOneSubjectLaw(t *testing.T) {
	knives := releaseFig{"", "weapons_seized", "knife", 3}
	arrests := releaseFig{"", "arrests", "", 5}
	cash := releaseFig{"", "cash_seized", "", 3200}
	wraps := releaseFig{"", "drugs_seized", "", 40}
	persons := []string{"One man", "One woman", "One 17-year-old boy", "One suspect", "One local man", "One male", "One juvenile", "A single man"}
	personClauses := []struct {
		s string
		f releaseFig
	}{
		{"%s was found with 3 knives.", knives},
		{"%s was found in possession of 3 knives.", knives},
		{"%s had 3 knives.", knives},
		{"%s was stopped and found with £3,200 in cash.", cash},
		{"%s was caught with 40 wraps of cocaine.", wraps},
	}
	events := []string{"One raid", "A single raid", "One warrant", "One search", "One stop and search"}
	eventClauses := []struct {
		s string
		f releaseFig
	}{
		{"%s saw 5 people arrested.", arrests},
		{"%s led to 5 arrests.", arrests},
		{"%s resulted in the seizure of £3,200 in cash.", cash},
		{"%s found 3 knives.", knives},
		{"%s was carried out and 3 knives were found.", knives},
	}
	before := []string{"", "Officers seized knives and cash. ", "Officers made arrests. "}
	cases := releaseCases{}
	for _, b := range before {
		for _, c := range personClauses {
			for _, s := range persons {
				cases.add(b+fmt.Sprintf(c.s, s), c.f, false)
			}
		}
		for _, c := range eventClauses {
			for _, s := range events {
				cases.add(b+fmt.Sprintf(c.s, s), c.f, false)
			}
		}
		// "a" with what was done to the one event
		for _, s := range []string{"A car", "A house", "A warrant", "An address", "A vehicle"} {
			cases.add(b+s+" was searched and 3 knives were found.", knives, false)
			cases.add(b+s+" was raided and £3,200 in cash was seized.", cash, false)
		}
	}
	// kept: the subject's own count, "a" with a verb of people, "a"
	// event that brought the figures, and no one person or event
	for _, k := range []struct {
		s string
		f releaseFig
	}{
		{"One man was arrested.", releaseFig{"", "arrests_male", "", 1}},
		{"A woman was arrested.", releaseFig{"", "arrests_female", "", 1}},
		{"One man was charged.", releaseFig{"", "charged", "", 1}},
		{"One warrant was executed.", releaseFig{"", "warrants", "", 1}},
		{"One line was closed.", releaseFig{"", "lines_closed", "", 1}},
		{"One vehicle was seized.", releaseFig{"", "vehicles_seized", "", 1}},
		{"One person was safeguarded.", releaseFig{"", "safeguarded", "", 1}},
		{"A warrant was executed and 3 knives were seized.", releaseFig{"", "warrants", "", 1}},
		{"A stop and search found 3 knives.", releaseFig{"", "stop_searches", "", 1}},
		{"A warrant led to the seizure of £3,200 in cash.", cash},
		{"A raid saw 5 people arrested.", arrests},
		{"A total of 5 people were arrested.", arrests},
		{"A week of action saw 5 arrests.", arrests},
		{"A further 5 people were arrested.", arrests},
		{"Officers arrested one man and seized 3 knives.", knives},
		{"Officers arrested 5 people.", arrests},
	} {
		cases.add(k.s, k.f, true)
	}
	releaseLaw(t, "TestOneSubjectLaw", cases)
	t.Logf("%d cases", len(cases))
}
