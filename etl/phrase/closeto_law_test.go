package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// lawCloseToCases: "close to" before a figure's number is a hedge, as
// "nearly" is ("seize close to £300,000 in suspected criminal cash",
// "Close to 40 people were arrested": recall29 B7, read as "close" said
// in the present before): the figure is read, less than its number. Said
// before a place after another act's figure ("Officers seized 4 knives
// close to two schools", "arrested 4 men close to a school") it is where
// the act was done, no figure of places (TestPlaceOfActLaw); before a
// place with no number ("close to the station") it changes nothing.
func lawCloseToCases() []whoCase {
	var out []whoCase
	for _, f := range releaseFigs {
		n := fmt.Sprint(f.v)
		want := fmt.Sprintf("%s %v", f.metric, f.v)
		if f.item != "" {
			want += " " + f.item
		}
		hedged := strings.Replace(f.clause, " "+n+" ", " close to "+n+" ", 1)
		out = append(out,
			whoCase{capFirst(hedged) + ".", []string{want + " less_than"}},
			whoCase{"During the week, " + hedged + ".", []string{want + " less_than"}},
			whoCase{capFirst(f.clause) + " close to the station.", []string{want}},
			whoCase{capFirst(f.clause) + " close to the town centre.", []string{want}},
			whoCase{capFirst(f.clause) + " close to two schools.", []string{want}},
			whoCase{capFirst(f.clause) + " close to a school.", []string{want}},
			whoCase{capFirst(f.clause) + " close to 3 hotels.", []string{want}},
		)
	}
	for _, c := range []struct{ s, want string }{
		{"Officers seized close to £300,000 in cash.", "cash_seized 300000 less_than"},
		{"Close to £300,000 in cash was seized.", "cash_seized 300000 less_than"},
		{"Officers seized drugs worth close to £9,800.", "drugs_seized 9800 less_than"},
		{"Close to 40 people were arrested.", "arrests 40 less_than"},
		{"Officers visited close to 30 schools.", "schools_visited 30 less_than"},
		{"Officers safeguarded close to 20 children.", "safeguarded_juvenile 20 less_than"},
	} {
		out = append(out, whoCase{c.s, []string{c.want}})
	}
	return out
}

// TestCloseToLaw reads every case in Kent's context: exactly the facts
// it wants, and no other.
func TestCloseToLaw(t *testing.T) {
	checkFactWords(t, lawCloseToCases(), itemFact)
}
