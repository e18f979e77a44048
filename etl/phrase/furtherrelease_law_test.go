package phrase_test

import (
	"fmt"
	"testing"
)

// TestFurtherReleaseLaw: in a whole release, a figure said as more of a
// thing ("A further 17 arrests were made", "Officers made 17 additional
// arrests", "Officers seized cash. A further £5,000 was seized.") with
// no earlier count of that thing in the release adds to a count the
// release does not give: it is not drafted, as "17 more arrests" is not
// (review29 R2, closing28 D3). A figure of another thing before it is
// no such count and stays drafted; so do the plain figure, a part's "a
// further 8" in a breakdown after "Of these", and "further" in another
// sense ("For further information").
func TestFurtherReleaseLaw(t *testing.T) {
	type thing struct{ noun, were, verb, metric, item string }
	things := []thing{
		{"arrests", "were made", "made", "arrests", ""},
		{"people", "were arrested", "arrested", "arrests", ""},
		{"knives", "were seized", "seized", "weapons_seized", "knife"},
		{"county lines", "were closed", "closed", "lines_closed", ""},
		{"warrants", "were executed", "executed", "warrants", ""},
		{"mobile phones", "were seized", "seized", "mobile_phones_seized", ""},
	}
	passive := []string{"A further %d %s %s.", "Another %d %s %s.", "An additional %d %s %s.", "%d additional %s %s.", "%d further %s %s."}
	active := []string{"Officers %[3]s a further %[1]d %[2]s.", "Officers %[3]s %[1]d additional %[2]s.", "Officers %[3]s another %[1]d %[2]s.", "Officers also %[3]s a further %[1]d %[2]s."}
	befores := []string{"", "The week of action was a success. ", "For further information, call 101. "}
	other := releaseFig{"officers executed 7 warrants", "warrants", "", 7}
	cases := releaseCases{}
	n := 0
	num := func() float64 { n++; return float64(13 + n%60) }
	for _, th := range things {
		for _, b := range befores {
			for _, form := range passive {
				v := num()
				cases.add(b+capFirst(fmt.Sprintf(form, int(v), th.noun, th.were)), releaseFig{"", th.metric, th.item, v}, false)
			}
			for _, form := range active {
				v := num()
				cases.add(b+fmt.Sprintf(form, int(v), th.noun, th.verb), releaseFig{"", th.metric, th.item, v}, false)
			}
			v := num()
			cases.add(b+fmt.Sprintf("%d %s %s.", int(v), th.noun, th.were), releaseFig{"", th.metric, th.item, v}, true)
			v = num()
			cases.add(b+fmt.Sprintf("Officers %s %d %s.", th.verb, int(v), th.noun), releaseFig{"", th.metric, th.item, v}, true)
		}
		if th.metric == other.metric {
			continue
		}
		// a figure of another thing before: it stands, the further
		// figure is no part of it and adds to no count given
		for _, form := range passive {
			v := num()
			s := capFirst(other.clause) + ". " + fmt.Sprintf(form, int(v), th.noun, th.were)
			cases.add(s, releaseFig{"", th.metric, th.item, v}, false)
			cases.add(s, other, true)
		}
	}
	// cash: named with no number before, or nothing before
	for _, b := range []string{"", "Officers seized cash. ", "Officers seized cash and drugs. "} {
		for _, form := range []string{"A further £%d was seized.", "Officers seized a further £%d in cash.", "An additional £%d in cash was seized.", "Another £%d in cash was seized."} {
			v := float64(1000 * (2 + len(cases)%40))
			cases.add(b+fmt.Sprintf(form, int(v)), releaseFig{"", "cash_seized", "", v}, false)
		}
	}
	// a part's "a further 8" in a breakdown adds to the parts before it
	for _, v := range []float64{8, 11} {
		cases.add(fmt.Sprintf("Officers safeguarded 49 vulnerable people. Of these, 28 were adult males, 13 were adult females, and a further %d were juveniles.", int(v)),
			releaseFig{"", "safeguarded_juvenile", "", v}, true)
	}
	releaseLaw(t, "TestFurtherReleaseLaw", cases)
}
