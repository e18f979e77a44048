package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestAlsoPartLaw: a later sentence that adds a part of the week's
// figure of the same thing ("Officers seized 5 knives. Officers also
// seized 3 knives from a car.", "... also arrested 3 people in
// Medway", "... also ... on Monday"; review26 W16) says the earlier
// figure is not the week's whole: it is not drafted (the part never
// was). A part said with no word of adding ("3 knives were seized
// from a car": perhaps 3 of the 5), of another thing, of another
// period, or as a part of the figure ("Of these, 3 were ...") leaves
// the earlier figure drafted.
func TestAlsoPartLaw(t *testing.T) {
	type pair struct {
		first, also, plain, of string // the week's figure; the part added (%s: the adding word, the part's words); said plainly; said of the figure
		f                      releaseFig
	}
	pairs := []pair{
		{"Officers arrested 12 people.", "Officers %sarrested 3 people %s.", "3 people were arrested %s.", "Of these, 3 were arrested %s.", releaseFigs[0]},
		{"Officers seized 5 knives.", "Officers %sseized 3 knives %s.", "3 knives were seized %s.", "Of these, 3 were seized %s.", releaseFigs[1]},
		{"Officers executed 7 warrants.", "Officers %sexecuted 2 warrants %s.", "2 warrants were executed %s.", "Of these, 2 were executed %s.", releaseFigs[4]},
		{"Officers seized 9 mobile phones.", "Officers %sseized 2 mobile phones %s.", "2 mobile phones were seized %s.", "Of these, 2 were seized %s.", releaseFigs[5]},
	}
	parts := []string{"from a car", "in Medway", "on Monday", "during a raid", "at an address in Dover", "from a van"}
	cases := releaseCases{}
	for _, p := range pairs {
		for _, part := range parts {
			for _, join := range []string{" ", "\n\n"} {
				cases.add(p.first+join+fmt.Sprintf(p.also, "also ", part), p.f, false)
				cases.add(p.first+join+fmt.Sprintf(p.also, "additionally ", part), p.f, false)
				cases.add(p.first+join+"In addition, o"+fmt.Sprintf(p.also, "", part)[1:], p.f, false)
				cases.add(p.first+join+fmt.Sprintf(p.plain, part), p.f, true)
				cases.add(p.first+join+fmt.Sprintf(p.of, part), p.f, true)
			}
		}
		// an adding word of another figure's clause of the part's
		// sentence adds that figure, not the part (review27 W10): the
		// week's figure stands; the same words with the adding word in
		// the part's own clause take it out
		for _, other := range []string{" and officers also closed 2 lines", ", and officers also visited 3 schools", ", and a further 2 lines were closed", "; officers also seized the car", " and 4 vehicles were also seized", ", while 2 further addresses were searched"} {
			for _, part := range parts[:3] {
				plain := fmt.Sprintf(p.plain, part)
				cases.add(p.first+"\n\n"+plain[:len(plain)-1]+other+".", p.f, true)
				also := fmt.Sprintf(p.also, "also ", part)
				cases.add(p.first+"\n\n"+also[:len(also)-1]+strings.NewReplacer(" also", "", "a further", "2", " further", "").Replace(other)+".", p.f, false)
			}
		}
		// another period's added: the week's figure stands
		cases.add(p.first+" "+fmt.Sprintf(p.also, "also ", "last year"), p.f, true)
	}
	// another thing's added
	cases.add("Officers seized 5 knives. Officers also arrested 3 people in Medway.", releaseFigs[1], true)
	cases.add("Officers arrested 12 people. Officers also seized 3 knives from a car.", releaseFigs[0], true)
	releaseLaw(t, "TestAlsoPartLaw", cases)
}

// TestAlsoUncountedLaw: a later sentence that adds things of the same
// kind with no number ("Officers seized 5 knives. Officers also seized
// more knives."; review28 W4) says the earlier figure is not the week's
// whole, and the whole is not said: it is not drafted. Things named
// again with no adding word ("Knives were seized.": perhaps the 5), or
// of another kind, leave the earlier figure drafted; an item added to its
// kind's total ("Officers seized 14 weapons. Officers also seized
// knives."; review28 W6) takes the total out. (A later sentence
// the reader takes no fact from at all, "Officers also seized knives and
// machetes.", cannot take the figure out; known and weak.)
func TestAlsoUncountedLaw(t *testing.T) {
	firsts := []struct {
		s string
		f releaseFig
	}{
		{"Officers seized 5 knives.", releaseFigs[1]},
		{"5 knives were seized.", releaseFigs[1]},
		{"Officers seized 3 machetes.", releaseFig{"", "weapons_seized", "machete", 3}},
		{"Officers seized 120 wraps of heroin.", releaseFig{"", "drugs_seized", "heroin", 120}},
	}
	things := map[string]string{"knife": "knives", "machete": "machetes", "heroin": "heroin"}
	adds := []string{"Officers also seized %s.", "Officers also seized more %s.", "In addition, officers seized %s.", "Officers have also seized %s."}
	plain := []string{"Officers seized %s.", "%s were seized."}
	cases := releaseCases{}
	for _, fi := range firsts {
		th := things[fi.f.item]
		for _, join := range []string{" ", "\n\n"} {
			for _, a := range adds {
				cases.add(fi.s+join+fmt.Sprintf(a, th), fi.f, false)
			}
			for _, pl := range plain {
				cases.add(fi.s+join+capFirst(fmt.Sprintf(pl, th)), fi.f, true)
			}
			// another kind added with no number: the figure stands
			cases.add(fi.s+join+"Officers also seized cash.", fi.f, true)
			cases.add(fi.s+join+"Officers also seized phones.", fi.f, true)
		}
	}
	// an item added to its kind's total (review28 W6): the total is not
	// the week's whole; an item of another kind leaves it
	totals := []struct {
		s string
		f releaseFig
	}{
		{"Officers seized 14 weapons.", releaseFig{"", "weapons_seized", "", 14}},
		{"14 weapons were seized.", releaseFig{"", "weapons_seized", "", 14}},
		{"Officers seized drugs worth £5,000.", releaseFig{"", "drugs_seized", "", 5000}},
	}
	for _, to := range totals {
		for _, th := range []string{"knives", "machetes", "heroin", "cocaine"} {
			same := (th == "knives" || th == "machetes") == (to.f.metric == "weapons_seized")
			for _, a := range adds {
				cases.add(to.s+" "+fmt.Sprintf(a, th), to.f, !same)
			}
			cases.add(to.s+" "+fmt.Sprintf("Officers seized %s.", th), to.f, true)
		}
	}
	releaseLaw(t, "TestAlsoUncountedLaw", cases)
}
