package phrase_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestDifferenceAfterLaw: a word that compares straight after a
// figure's words, with "than" or "on" and the count compared with after
// it ("Officers seized 3 knives more than last week", "made 3 arrests
// fewer than last week", "seized £5,000 less than last week", "seized
// 2kg of cocaine more than last week", "3 knives more on last week",
// "3 more knives on last week"; closing25 W3, reread25 P10), makes the
// number a difference, not a count: it is not drafted, as "3 more
// knives than last week" is not. Near misses keep the figure: the
// whole compared after a comma or a dash ("12 people, more than last
// week"), another figure's comparison after "and" ("... and made more
// arrests than last week"), "on" that compares nothing ("on
// warrants").
func TestDifferenceAfterLaw(t *testing.T) {
	figs := append(append([]releaseFig{}, releaseFigs...),
		releaseFig{"officers seized £5,000", "cash_seized", "", 5000},
		releaseFig{"officers seized 2kg of cocaine", "drugs_seized", "cocaine", 2000})
	thans := []string{"than last week", "than the week before", "than in September", "than last year", "than the previous week",
		"on last week", "on the previous week", "on last year"}
	cases := releaseCases{}
	add := cases.add
	for i, f := range figs {
		for j, cmp := range []string{"more", "fewer", "less", "extra", "additional"} {
			for k, th := range thans {
				if (i+j+k)%2 == 0 {
					add(capFirst(fmt.Sprintf("%s %s %s.", f.clause, cmp, th)), f, false)
				} else {
					add(capFirst(fmt.Sprintf("During the week, %s %s %s.", f.clause, cmp, th)), f, false)
				}
			}
		}
		n := fmt.Sprint(f.v)
		if strings.Contains(f.clause, " "+n+" ") {
			for _, th := range []string{"on last week", "on the previous week", "on last year"} {
				add(capFirst(strings.Replace(f.clause, " "+n+" ", " "+n+" more ", 1)+" "+th+"."), f, false)
			}
		}
		keeps := []string{"%s, more than last week.", "%s – more than last week.", "%s, fewer than last week.",
			"%s, which is more than last week.", "%s on warrants.", "%s, less than last week.", "%s."}
		switch f.metric {
		case "arrests":
			keeps = append(keeps, "%s and seized more knives than last week.")
		case "warrants": // (refused on other grounds: warrants beside arrests)
		default:
			keeps = append(keeps, "%s and made more arrests than last week.")
		}
		for _, keep := range keeps {
			add(capFirst(fmt.Sprintf(keep, f.clause)), f, true)
		}
	}
	releaseLaw(t, "TestDifferenceAfterLaw", cases)
}

// TestMeasureAfterLaw: "more/less than" after a figure's words and a
// measure of the things counted (a length or distance, an age ending
// in "old", a purity) describes them and does not make the number a
// difference (review26 W7): "Officers arrested 12 people less than a
// mile from the school", "seized 5 knives more than 10cm long", "3
// vehicles less than a year old", "2kg of cocaine more than 80% pure",
// "20 children less than 16 years old" draft their figure. Near misses
// stay refused: the count compared with a period, "before", "expected"
// or a bare number, and a measure with "ago", "earlier" or "before"
// after it ("more than a year ago").
func TestMeasureAfterLaw(t *testing.T) {
	figs := append(append([]releaseFig{}, releaseFigs...),
		releaseFig{"officers seized 2kg of cocaine", "drugs_seized", "cocaine", 2000},
		releaseFig{"officers seized 3 vehicles", "vehicles_seized", "", 3},
		releaseFig{"officers safeguarded 20 children", "safeguarded_juvenile", "", 20})
	measures := []string{"than a mile from the school", "than 10cm long", "than a year old", "than 80% pure",
		"than 80 per cent pure", "than 20 centimetres long", "than 2 miles away",
		"than 100 metres from a school", "than 8 inches long"}
	compares := []string{"than last week", "than the week before", "than in September", "than last year",
		"than a year ago", "than before", "than expected", "than 2 years ago", "than a week earlier",
		"than a year before", "than 2020", "than a year", "than 16 years", "than 80%", "than 10 last week",
		"than 3 weeks ago", "than 16 years ago", "than a mile before"}
	cases := releaseCases{}
	cases.add("Officers safeguarded 20 children less than 16 years old.", figs[len(figs)-1], true)
	for i, f := range figs {
		for j, cmp := range []string{"more", "less"} {
			for k, m := range measures {
				s := fmt.Sprintf("%s %s %s.", f.clause, cmp, m)
				if (i+j+k)%2 == 1 {
					s = "During the week, " + s
				}
				cases.add(capFirst(s), f, true)
			}
			for k, c := range compares {
				s := fmt.Sprintf("%s %s %s.", f.clause, cmp, c)
				if (i+j+k)%2 == 1 {
					s = "During the week, " + s
				}
				cases.add(capFirst(s), f, false)
			}
		}
	}
	releaseLaw(t, "TestMeasureAfterLaw", cases)
}
