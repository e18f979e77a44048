package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestListAgentLaw: a figure that ends a list whose verb stands before
// the list ("Border Force seized cash, heroin and 12 mobile phones",
// "The NCA seized heroin, cocaine, and 12 knives", "... seized cash,
// plus 12 mobile phones") is done by that verb's subject, however many
// commas the list holds: another body, force or the public as the
// subject reads nothing of the sentence as the force's; the force's own
// officers, or its name, read the figure. Each case in Kent's context.
func TestListAgentLaw(t *testing.T) {
	r := newReader(t)
	others := []string{"Border Force", "The NCA", "Officers from the NCA", "Members of the public", "SEROCU", "Essex Police", "British Transport Police"}
	owns := []string{"Officers", "Kent Police", "Detectives", "Officers from the county lines team"}
	type form struct{ text, metric, item string }
	forms := []form{
		{"%s seized cash, plus %d mobile phones.", "mobile_phones_seized", ""},
		{"%s seized cash, heroin and %d mobile phones.", "mobile_phones_seized", ""},
		{"%s seized heroin, cocaine, and %d knives.", "weapons_seized", "knife"},
		{"%s recovered cash, as well as %d mobile phones.", "mobile_phones_seized", ""},
		{"%s seized cash along with knives, machetes and %d mobile phones.", "mobile_phones_seized", ""},
		{"%s found drugs, cash and %d mobile phones in the raids.", "mobile_phones_seized", ""},
		{"%s seized cannabis, cocaine, heroin and %d machetes during the week.", "weapons_seized", "machete"},
		{"%s have seized cash, heroin, and %d knives.", "weapons_seized", "knife"},
	}
	n, failed := 0, 0
	for i, f := range forms {
		for j, who := range append(append([]string{}, others...), owns...) {
			v := 3 + (i*11+j)%40
			text := fmt.Sprintf(f.text, who, v)
			own := j >= len(others)
			got := r.Read(text, phrase.Context{Force: "kent"})
			n++
			read, bad := false, ""
			for _, x := range got.Facts {
				switch {
				case x.Metric == f.metric && x.Item == f.item && x.Value != nil && *x.Value == float64(v):
					read = true
				case own && x.Value == nil:
					// things named with no number beside the figure
				default:
					bad = fmtFact(x)
				}
			}
			switch {
			case bad != "":
				t.Errorf("%q: read %s", text, bad)
			case own && !read:
				t.Errorf("%q: want %s/%s %d, got %v", text, f.metric, f.item, v, got.Facts)
			case !own && read:
				t.Errorf("%q: read %s %d as the force's, though %s did it", text, f.metric, v, who)
			default:
				continue
			}
			failed++
		}
	}
	t.Logf("%d sentences, %d failed", n, failed)
}
