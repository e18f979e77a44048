package phrase_test

import (
	"fmt"
	"testing"
)

// TestFurtherOtherUnitLaw: a drug a release names with no number, and a
// later figure said as more of it in some unit ("Officers seized
// cocaine. A further 5 wraps were seized.", "... A further £500 of
// cocaine ..."): the further figure counts only some of what was
// seized, in whatever unit, so it is not drafted (closing28 D4), as it
// is not when the unit is the named thing's own count ("Officers seized
// knives. A further 5 knives were seized."). More of another drug
// ("A further 5 wraps of heroin") stands.
func TestFurtherOtherUnitLaw(t *testing.T) {
	drugs := []struct{ noun, item string }{{"cocaine", "cocaine"}, {"heroin", "heroin"}, {"cannabis", "cannabis"}, {"crack cocaine", "crack_cocaine"}}
	adds := []string{"A further %s were seized.", "A further %s was seized.", "Officers also seized %s.", "Another %s was seized."}
	cases := releaseCases{}
	for _, d := range drugs {
		for _, named := range []string{"Officers seized %s.", "The week led to the seizure of %s.", "Officers seized %s and made 12 arrests."} {
			first := fmt.Sprintf(named, d.noun)
			for _, a := range adds {
				cases.add(first+" "+fmt.Sprintf(a, "5 wraps"), releaseFig{"", "drugs_seized", "", 5}, false)
				cases.add(first+" "+fmt.Sprintf(a, "5 wraps of "+d.noun), releaseFig{"", "drugs_seized", d.item, 5}, false)
				cases.add(first+" "+fmt.Sprintf(a, "£500 of "+d.noun), releaseFig{"", "drugs_seized", d.item, 500}, false)
				cases.add(first+"\n\n"+fmt.Sprintf(a, "£500 worth of "+d.noun), releaseFig{"", "drugs_seized", d.item, 500}, false)
			}
			other := "heroin"
			if d.item == "heroin" {
				other = "cannabis"
			}
			cases.add(first+" A further 5 wraps of "+other+" were seized.", releaseFig{"", "drugs_seized", other, 5}, true)
		}
	}
	releaseLaw(t, "TestFurtherOtherUnitLaw", cases)
}
