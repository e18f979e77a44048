package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestNotQuiteDoneLaw: a figure whose verb is said as nearly done,
// about to be done, or applied for is no count of the week (review25
// W16, W17, reread25 P15): "Officers nearly arrested 12 people",
// "almost closed 3 county lines", "fell short of closing", "stopped
// short of arresting", "were on the verge of closing", "are on the
// brink of closing", "are on course to close", "are poised to close",
// "were about to close", "applied to execute 7 warrants", "are
// preparing to seize". None is drafted. Near misses stay drafted: the
// verb done ("went on to arrest", "were able to arrest", "managed to
// arrest", "succeeded in arresting", "quickly arrested", "set about
// closing") and a hedge on the number ("arrested nearly 12 people").
func TestNotQuiteDoneLaw(t *testing.T) {
	figs := verbFigs
	not := []string{"Officers nearly %[1]s %[4]s.", "Officers almost %[1]s %[4]s.", "Officers fell short of %[2]s %[4]s.",
		"Officers stopped short of %[2]s %[4]s.", "Officers were on the verge of %[2]s %[4]s.",
		"Officers are on the brink of %[2]s %[4]s.", "Officers are on course to %[3]s %[4]s.",
		"Officers are poised to %[3]s %[4]s.", "Officers were about to %[3]s %[4]s.", "Officers applied to %[3]s %[4]s.",
		"Officers have applied to %[3]s %[4]s.", "Officers are preparing to %[3]s %[4]s.", "Officers are ready to %[3]s %[4]s.",
		"During the week, officers nearly %[1]s %[4]s.", "Officers were nearly able to %[3]s %[4]s."}
	done := []string{"Officers %[1]s %[4]s.", "Officers went on to %[3]s %[4]s.", "Officers were able to %[3]s %[4]s.",
		"Officers managed to %[3]s %[4]s.", "Officers succeeded in %[2]s %[4]s.", "Officers quickly %[1]s %[4]s.",
		"Officers set about %[2]s %[4]s.", "During the week, officers %[1]s %[4]s."}
	releaseLaw(t, "TestNotQuiteDoneLaw", verbFrameCases(figs, not, done))
}

// verbFrameCases are each figure of figs in each frame of not, not
// drafted, and of done, drafted: a frame takes the verb's past (%[1]s),
// -ing (%[2]s) and base (%[3]s) forms, and the figure after it (%[4]s).
func verbFrameCases(figs []struct {
	v verb
	f releaseFig
}, not, done []string) releaseCases {
	cases := releaseCases{}
	for _, g := range figs {
		for _, s := range not {
			cases.add(fmt.Sprintf(s, g.v.past, g.v.ing, g.v.base, g.v.rest), g.f, false)
		}
		for _, s := range done {
			cases.add(fmt.Sprintf(s, g.v.past, g.v.ing, g.v.base, g.v.rest), g.f, true)
		}
	}
	return cases
}

// verb is a figure's verb in its forms, and the figure after it.
type verb struct{ past, ing, base, rest string }

// verbFigs are releaseFigs with their verbs in each form.
var verbFigs = []struct {
	v verb
	f releaseFig
}{
	{verb{"arrested", "arresting", "arrest", "12 people"}, releaseFigs[0]},
	{verb{"seized", "seizing", "seize", "5 knives"}, releaseFigs[1]},
	{verb{"made", "making", "make", "43 arrests"}, releaseFigs[2]},
	{verb{"closed", "closing", "close", "3 county lines"}, releaseFigs[3]},
	{verb{"executed", "executing", "execute", "7 warrants"}, releaseFigs[4]},
	{verb{"seized", "seizing", "seize", "9 mobile phones"}, releaseFigs[5]},
}

// TestRelativeNotDoneLaw: a relative clause set between commas after
// the sentence's subject is no part of the figure's verb: its modal or
// aim ("Officers, who are preparing to close more lines, arrested 12
// people", "who will close more lines", "which is poised to", "who hope
// to") does not make the figure after it not done (review26 W12, lost
// by 8d0ddb1), nor a figure the verb after it goes on to ("..., arrested
// 12 people and seized 5 knives"). Near misses stay refused: the
// figure's own verb with a modal or an aim after the clause ("..., will
// arrest 12 people", "..., hope to arrest"), a figure inside the
// clause ("Officers, who are preparing to arrest 12 people, visited
// schools"), a clause after a verb, not the subject ("Officers will
// visit schools, which are closed, arrest 12 people").
func TestRelativeNotDoneLaw(t *testing.T) {
	subjects := []string{"Officers", "The officers", "Police officers", "The team"}
	rels := []string{"who are preparing to close more lines", "who will close more lines", "who are planning to visit schools",
		"who hope to close more lines", "who are poised to close more lines", "which is preparing to close more lines"}
	cases := releaseCases{}
	for i, g := range verbFigs {
		for j, r := range rels {
			sub := subjects[(i+j)%len(subjects)]
			if strings.HasPrefix(r, "which") {
				sub = "The team"
			} else if sub == "The team" {
				sub = "Officers"
			}
			f := func(s string) string { return fmt.Sprintf(s, sub, r, g.v.past, g.v.base, g.v.rest) }
			cases.add(f("%[1]s, %[2]s, %[3]s %[5]s."), g.f, true)
			cases.add(f("%[1]s, %[2]s, %[3]s %[5]s during the week."), g.f, true)
			cases.add(f("%[1]s, %[2]s, will %[4]s %[5]s."), g.f, false)
			cases.add(f("%[1]s, %[2]s, hope to %[4]s %[5]s."), g.f, false)
			cases.add(f("%[1]s, %[2]s, are preparing to %[4]s %[5]s."), g.f, false)
			cases.add(f("%[1]s will visit schools, which are closed, %[4]s %[5]s."), g.f, false)
			cases.add(f("%[1]s, who are preparing to %[4]s %[5]s, visited schools."), g.f, false)
			cases.add(f("%[1]s, who will %[4]s %[5]s, visited schools."), g.f, false)
		}
		if g.f.metric != "weapons_seized" {
			k := verbFigs[1]
			cases.add(fmt.Sprintf("Officers, who will close more lines, %s %s and %s %s.", g.v.past, g.v.rest, k.v.past, k.v.rest), k.f, true)
			cases.add(fmt.Sprintf("Officers, who will close more lines, will %s %s and %s %s.", g.v.base, g.v.rest, k.v.base, k.v.rest), k.f, false)
		}
	}
	releaseLaw(t, "TestRelativeNotDoneLaw", cases)
}
