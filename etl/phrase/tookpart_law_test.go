package phrase_test

import (
	"fmt"
	"testing"
)

// TestTookPartLaw: a sentence of Kent's release saying another force
// took part in the work ("Essex Police also took part.", "Officers from
// Sussex Police took part in the operation.", "Surrey Police
// participated.") makes the release's figures the forces' together, as
// a joint week of action with that force does: none is drafted, before
// it or after it (closing28 D6). Kent taking part, or partners with no
// force named, leave the figures drafted.
func TestTookPartLaw(t *testing.T) {
	said := []string{"%s also took part.", "Officers from %s took part in the operation.", "%s participated.",
		"%s also took part in the week of action.", "Officers from %s were taking part."}
	forces := []string{"Essex Police", "Sussex Police", "the Metropolitan Police", "Surrey Police"}
	own := []string{"Kent Police took part in the national week of action.", "Partners also took part.",
		"Local councils participated.", "Officers from across Kent took part."}
	cases := releaseCases{}
	for _, f := range releaseFigs {
		fig := capFirst(f.clause) + "."
		for _, s := range said {
			for _, force := range forces {
				ts := capFirst(fmt.Sprintf(s, force))
				cases.add(fig+" "+ts, f, false)
				cases.add(ts+" "+fig, f, false)
			}
		}
		for _, o := range own {
			cases.add(fig+" "+o, f, true)
			cases.add(o+" "+fig, f, true)
		}
	}
	releaseLaw(t, "TestTookPartLaw", cases)
}
