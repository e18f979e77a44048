package phrase_test

import (
	"fmt"
	"testing"
)

// TestReleaseThoughtLaw: a figure whose verb stands in a clause under a
// verb of hope, belief, thought or estimate is not drafted ("Officers
// hope they seized 5 knives", "Officers estimate they arrested 12
// people", "It is believed officers seized ..."), whatever the verb's
// form and however the clause opens ("they", "that they", "that
// officers", a figure); nor a figure the people a figure counts did
// ("arrested 62 people who seized £4,500"), nor a sum with no noun taken
// "off the streets" (the street value of drugs). The figure of a clause
// before it still drafts ("Officers arrested 62 people and hope they
// seized £4,500": 62). Still drafted: each figure alone, "hope to" after
// it, "believed to be" describing a thing, a belief after the figure
// ("5 knives which they believe were used"), "an estimated £4,500 in
// cash", "took 5 knives off the streets", "£4,500 in cash".
func TestReleaseThoughtLaw(t *testing.T) {
	cases := releaseCases{}
	add := cases.add
	verbs := []string{"hope", "believe", "think", "estimate", "reckon", "expect", "understand"}
	thirds := map[string]string{"hope": "hopes", "believe": "believes", "think": "thinks", "estimate": "estimates",
		"reckon": "reckons", "expect": "expects", "understand": "understands"}
	cash := releaseFig{"officers seized £4,500", "cash_seized", "", 4500}
	arrests := releaseFig{"officers arrested 62 people", "arrests", "", 62}
	for i, f := range append(append([]releaseFig{}, releaseFigs...), cash) {
		add(capFirst(f.clause)+".", f, true)
		for j, v := range verbs {
			opener := []string{"they", "that they", "that officers"}[(i+j)%3]
			rest := f.clause[len("officers "):]
			add(fmt.Sprintf("Officers %s %s %s.", v, opener, rest), f, false)
			add(fmt.Sprintf("The force %s %s %s.", thirds[v], opener, rest), f, false)
			add(fmt.Sprintf("Officers arrested 62 people and %s %s %s.", v, opener, rest), f, f.metric == "arrests" && f.v == 62)
		}
		for _, w := range []string{"believed", "thought", "understood"} {
			add(fmt.Sprintf("It is %s %s.", w, f.clause), f, false)
		}
		add(fmt.Sprintf("Officers arrested 62 people who %s.", f.clause[len("officers "):]), f, f.metric == "arrests" && f.v == 62)
	}
	for _, v := range verbs {
		add(fmt.Sprintf("Officers arrested 62 people and %s they seized £4,500.", v), arrests, true)
	}
	add("Officers took £4,500 off the streets.", cash, false)
	add("Officers arrested 62 people and took £4,500 off the streets.", cash, false)
	add("Officers arrested 62 people and took £4,500 off the streets.", arrests, true)
	add("Officers seized £4,500 in cash.", cash, true)
	add("Officers seized an estimated £4,500 in cash.", cash, true)
	add("Officers took 5 knives off the streets.", releaseFigs[1], true)
	add("Officers seized 5 knives which they believe were used in crime.", releaseFigs[1], true)
	add("Officers seized drugs believed to be cocaine and 5 knives.", releaseFigs[1], true)
	add("Officers arrested 12 people and hope to build on this.", releaseFigs[0], true)
	releaseLaw(t, "TestReleaseThoughtLaw", cases)
}
