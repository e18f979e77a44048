package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestOtherForceUnitLaw: the force's own departments and ranks ("CID",
// "PCSOs", "Special Constables") after a place of another force's area
// or another force's short name ("Essex CID", "Sussex PCSOs", "Met CID",
// "Hampshire and Isle of Wight CID") are that force's unit, as "Officers
// from Essex" are its officers: whatever form names them (the subject,
// "Officers from Essex CID", "by Essex CID" after the figure's verb or
// its noun, a speaker "A spokesperson for Essex CID said"), a release
// for Kent does not draft their figure (closing21 item 7: "Essex CID
// arrested 12 people" drafted Arrests 12). The same units after a
// place of Kent's own area ("Medway CID", "Kent CID", "Maidstone
// PCSOs") or with no place are Kent's, and draft.
func TestOtherForceUnitLaw(t *testing.T) {
	cases := releaseCases{}
	units := []string{"CID", "PCSOs", "Special Constables", "CID officers", "Roads Policing officers"}
	others := []string{"Essex", "Sussex", "Met", "Hertfordshire", "Hampshire and Isle of Wight", "Norfolk"}
	owns := []string{"Kent", "Medway", "Maidstone", ""}
	for _, f := range releaseFigs {
		vp := strings.TrimPrefix(f.clause, "officers ")
		forms := []string{"%s " + vp + ".", "Officers from %s " + vp + ".", "Detectives from %s " + vp + ".",
			"A spokesperson for %s said " + f.clause + ".", "Supported by %s, " + f.clause + "."}
		for _, u := range units {
			for _, pl := range others {
				unit := pl + " " + u
				for _, form := range forms {
					cases.add(capFirst(fmt.Sprintf(form, unit)), f, false)
				}
			}
			for _, pl := range owns {
				unit := strings.TrimSpace(pl + " " + u)
				for _, form := range forms[:3] {
					cases.add(capFirst(fmt.Sprintf(form, unit)), f, true)
				}
			}
		}
	}
	// after the figure: "by Essex CID"
	arrests, knives := releaseFigs[0], releaseFigs[1]
	for _, pl := range others {
		for _, u := range []string{"CID", "PCSOs", "Special Constables"} {
			cases.add(fmt.Sprintf("12 people were arrested by %s %s.", pl, u), arrests, false)
			cases.add(fmt.Sprintf("5 knives were seized by officers from %s %s.", pl, u), knives, false)
		}
	}
	for _, pl := range owns {
		for _, u := range []string{"CID", "PCSOs", "Special Constables"} {
			unit := strings.TrimSpace(pl + " " + u)
			cases.add(fmt.Sprintf("12 people were arrested by %s.", unit), arrests, true)
			cases.add(fmt.Sprintf("5 knives were seized by officers from %s.", unit), knives, true)
		}
	}
	releaseLaw(t, "TestOtherForceUnitLaw", cases)
}
