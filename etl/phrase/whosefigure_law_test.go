package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestWhoseFigureLaw (closing21 item 11): a source that shows figures
// of a wider whole ("National figures show", "Regional figures released
// today show", "Combined figures show") or of a body named in capitals
// ("NPCC figures show") is not the force's; nor are forces the
// catalogue does not hold ("Police Scotland", "PSNI officers": words.csv
// actors of meaning body), alone or beside the force's officers. Still
// drafted: the release's own figures ("Figures show", "The figures
// show", "Kent Police figures show"), officers working with partner
// agencies, and the force's figure with the public's help
// ("..., helped by members of the public": the public arrests no one).
func TestWhoseFigureLaw(t *testing.T) {
	cases := releaseCases{}
	wider := []string{"National figures show", "National figures released today show", "Regional figures show",
		"Combined figures show", "NPCC figures show", "Nationwide figures show"}
	own := []string{"Figures show", "The figures show", "Kent Police figures show", "Figures released by Kent Police show"}
	others := []string{"Police Scotland", "PSNI officers", "The Police Service of Northern Ireland", "Officers and Police Scotland"}
	partners := []string{"Working with partner agencies, %s.", "Officers, working with partner agencies, %s.",
		"%s, helped by members of the public.", "%s, with help from members of the public."}
	for _, f := range releaseFigs {
		vp := strings.TrimPrefix(f.clause, "officers ")
		for _, w := range wider {
			cases.add(fmt.Sprintf("%s %s.", w, f.clause), f, false)
		}
		for _, w := range own {
			cases.add(fmt.Sprintf("%s %s.", w, f.clause), f, true)
		}
		for _, o := range others {
			cases.add(fmt.Sprintf("%s %s.", o, vp), f, false)
		}
		for _, p := range partners {
			c := f.clause
			if strings.HasPrefix(p, "%s") {
				c = capFirst(c)
			}
			if strings.HasPrefix(p, "Officers, ") {
				c = vp
			}
			cases.add(fmt.Sprintf(p, c), f, true)
		}
	}
	// a pronoun after another's person named with an aside in commas
	// ("DCI Smith, from the NCA, welcomed the results. He said ...")
	for _, f := range releaseFigs {
		for _, o := range []string{"DCI Smith, from the NCA,", "Supt Brown, of the Met,", "DI Jones, from Essex Police,", "DCI Smith, of SEROCU,"} {
			cases.add(fmt.Sprintf("%s welcomed the results. He said %s.", o, f.clause), f, false)
		}
		for _, o := range []string{"DCI Smith, of Kent Police,", "DCI Smith, who led the operation,", "DCI Smith", "DCI Smith, from the county lines team,"} {
			cases.add(fmt.Sprintf("%s welcomed the results. He said %s.", o, f.clause), f, true)
		}
	}
	releaseLaw(t, "TestWhoseFigureLaw", cases)
}
