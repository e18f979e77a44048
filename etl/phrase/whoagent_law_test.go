package phrase_test

import (
	"fmt"
	"testing"
)

// lawWhoAgentCases: "12 people who were arrested by officers from Essex
// Police were charged": the clause of "who" names another force or body
// anywhere in it, not only straight after "by" ("by colleagues from the
// Met", "on behalf of the Met", "at the request of Essex Police"): those
// people were another's, and the charging after it is not clearly the
// force's; nothing is read. "18 women at the address will be arrested",
// "12 men and 3 women at the address were charged": a place between
// the people and their verb says where they were; the verb is judged
// as with no place between (its mood refuses; siblings share it, and
// two parts of one metric are refused as without the place). The near
// misses keep reading: the force's own agent ("by officers", "by
// officers from Kent Police", "by officers from the county lines
// team"), the public who reported them, a place after the agent, and
// the place then a verb done.
func lawWhoAgentCases() []whoCase {
	var out []whoCase
	n := 0
	num := func() int { n++; return 3 + n%40 }
	others := []string{"Essex Police", "the Met", "the NCA", "British Transport Police", "SEROCU", "Sussex Police", "Border Force"}
	owns := []string{"officers", "colleagues", "detectives", "officers and staff"}
	type verbPair struct{ done, then, metric string }
	pairs := []verbPair{{"arrested", "charged", "charged"}, {"found", "safeguarded", "safeguarded"}, {"identified", "arrested", "arrests"}, {"arrested", "released under investigation", "released_under_investigation"}}
	for _, vp := range pairs {
		for _, o := range others {
			for _, own := range owns {
				out = append(out, whoCase{text: fmt.Sprintf("%d people who were %s by %s from %s were %s.", num(), vp.done, own, o, vp.then)})
				out = append(out, whoCase{text: fmt.Sprintf("%d people who had been %s by %s of %s have been %s.", num(), vp.done, own, o, vp.then)})
			}
			for _, form := range []string{"on behalf of", "at the request of", "with the help of", "in an operation led by", "alongside"} {
				out = append(out, whoCase{text: fmt.Sprintf("%d people who were %s %s %s were %s.", num(), vp.done, form, o, vp.then)})
			}
		}
		// near misses: the force's own, the public, a place
		for _, agent := range []string{"officers", "detectives", "officers from Kent Police", "officers from the county lines team", "members of the public", "officers at the address", "officers in Dover"} {
			a := num()
			c := whoCase{text: fmt.Sprintf("%d people who were %s by %s were %s.", a, vp.done, agent, vp.then)}
			if agent != "officers in Dover" { // a part of the area: refused as before
				c.want = []string{fmt.Sprintf("%s %d", vp.metric, a)}
			}
			out = append(out, c)
		}
	}
	// the same agent straight after the figure's own verb: "12 knives
	// were seized by officers from Essex Police"
	for _, o := range others {
		for _, own := range []string{"officers", "detectives", "Detective Sergeant Smith", "PCSOs"} {
			out = append(out, whoCase{text: fmt.Sprintf("%d people were arrested by %s from %s.", num(), own, o)})
			out = append(out, whoCase{text: fmt.Sprintf("%d children were safeguarded by %s of %s.", num(), own, o)})
		}
	}
	for _, own := range []string{"officers", "detectives", "officers and staff"} {
		for _, from := range []string{"Kent Police", "the county lines team", "the force"} {
			a, b := num(), num()
			out = append(out, whoCase{fmt.Sprintf("%d people were arrested by %s from %s.", a, own, from), []string{fmt.Sprintf("arrests %d", a)}})
			out = append(out, whoCase{fmt.Sprintf("%d children were safeguarded by %s of %s.", b, own, from), []string{fmt.Sprintf("safeguarded_juvenile %d", b)}})
		}
	}
	groups := []whoGroup{
		{"men", map[string]string{"arrested": "arrests_male", "charged": "charged", "safeguarded": "safeguarded_adult_male"}},
		{"women", map[string]string{"arrested": "arrests_female", "charged": "charged", "safeguarded": "safeguarded_adult_female"}},
		{"people", map[string]string{"arrested": "arrests", "charged": "charged", "safeguarded": "safeguarded"}},
		{"children", map[string]string{"arrested": "arrests_under_18", "safeguarded": "safeguarded_juvenile"}},
	}
	places := []string{"at the address", "at the property", "at the scene", "in the vehicle", "at the house in the town"}
	for _, pl := range places {
		for _, g := range groups {
			for _, v := range []string{"arrested", "charged", "safeguarded"} {
				metric, ok := g.metrics[v]
				if !ok {
					continue
				}
				a := num()
				out = append(out, whoCase{fmt.Sprintf("%d %s %s were %s.", a, g.word, pl, v), []string{fmt.Sprintf("%s %d", metric, a)}})
				for _, miss := range []string{"will be", "could be", "are due to be", "are expected to be", "may be", "were not", "would have been"} {
					out = append(out, whoCase{text: fmt.Sprintf("%d %s %s %s %s.", num(), g.word, pl, miss, v)})
				}
			}
		}
		// siblings share the verb after the place: two parts of one
		// metric are refused as with no place; parts of two are read
		a, b := num(), num()
		out = append(out, whoCase{text: fmt.Sprintf("%d men and %d women %s were charged.", a, b, pl)})
		out = append(out, whoCase{fmt.Sprintf("%d men and %d children %s were arrested.", a, b, pl), []string{fmt.Sprintf("arrests_male %d", a), fmt.Sprintf("arrests_under_18 %d", b)}})
		out = append(out, whoCase{text: fmt.Sprintf("%d men and %d children %s will be arrested.", a, b, pl)})
	}
	return out
}

// TestWhoAgentLaw reads every case in Kent's context: exactly the facts
// it wants, each of people and exact, and no other.
func TestWhoAgentLaw(t *testing.T) {
	checkFactWords(t, lawWhoAgentCases(), peopleFact)
}
