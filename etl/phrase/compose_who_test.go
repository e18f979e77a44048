package phrase_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// whoCase is a sentence whose figures are people described by a clause
// of "who" before their verb, and the facts it must read (none for a
// near miss).
type whoCase struct {
	text string
	want []string // "metric value"
}

// whoGroup is people a verb may be done to, and the metric the verb
// makes of them ("" when the catalogue holds no such figure).
type whoGroup struct {
	word    string
	metrics map[string]string // verb -> metric
}

// lawWhoCases: "12 adults who were being exploited were safeguarded",
// "Four children and 23 adults who live in the county were
// safeguarded": a clause of "who" after the people counted says who
// they are, and the verb after it is their own (each sibling's of a
// list too); the clause's verb never is ("23 adults who were being
// exploited were arrested" is no figure of adults safeguarded). The
// main verb's own words judge the figure as with no clause between: a
// modal, an aim, a word nobody taught us, "not", another force or body,
// another period, a day, a part of the force's area or a wider one
// refuse it.
func lawWhoCases() []whoCase {
	groups := []whoGroup{
		{"men", map[string]string{"arrested": "arrests_male", "charged": "charged", "safeguarded": "safeguarded_adult_male"}},
		{"women", map[string]string{"arrested": "arrests_female", "charged": "charged", "safeguarded": "safeguarded_adult_female"}},
		{"people", map[string]string{"arrested": "arrests", "charged": "charged", "safeguarded": "safeguarded"}},
		{"adults", map[string]string{"safeguarded": "safeguarded_adult"}},
		{"children", map[string]string{"arrested": "arrests_under_18", "safeguarded": "safeguarded_juvenile"}},
	}
	pairs := [][2]int{{0, 1}, {4, 3}, {3, 4}}
	clauses := []string{"live in the county", "were found at the address", "were staying at the property", "had been living at the flat", "were being exploited", "are at risk of being exploited"}
	verbs := []string{"arrested", "charged", "safeguarded"}
	auxes := []string{"were", "have been", "had been"}
	var out []whoCase
	n := 0
	num := func() int { n++; return 3 + n%40 }
	for ci, cl := range clauses {
		for vi, v := range verbs {
			aux := auxes[(ci+vi)%len(auxes)]
			for _, g := range groups {
				metric, ok := g.metrics[v]
				a := num()
				c := whoCase{text: fmt.Sprintf("%d %s who %s %s %s.", a, g.word, cl, aux, v)}
				if ok && metric != "" {
					c.want = []string{fmt.Sprintf("%s %d", metric, a)}
				}
				out = append(out, c)
				if !ok {
					continue
				}
				// the near misses: the main verb's own words
				for _, miss := range []string{
					"%d %s who %s will be %s.",
					"%d %s who %s could be %s.",
					"%d %s who %s are expected to be %s.",
					"%d %s who %s are due to be %s.",
					"%d %s who %s were not %s.",
					"%d %s who %s were %s by Essex Police.",
					"%d %s who %s were %s by the NCA.",
					"%d %s who %s were %s last year.",
					"%d %s who %s were %s in 2019.",
					"%d %s who %s were %s on Tuesday.",
					"%d %s who %s were %s in Dover.",
					"%d %s who %s were %s across the region.",
				} {
					out = append(out, whoCase{text: fmt.Sprintf(miss, num(), g.word, cl, v)})
				}
			}
			// siblings: the verb after the clause is each one's
			for _, pr := range pairs {
				ga, gb := groups[pr[0]], groups[pr[1]]
				ma, oka := ga.metrics[v]
				mb, okb := gb.metrics[v]
				a, b := num(), num()
				if !oka || !okb || ma == mb {
					continue
				}
				for _, form := range []string{"%d %s and %d %s who %s %s %s.", "%d %s and %d %s, who %s, %s %s."} {
					out = append(out, whoCase{fmt.Sprintf(form, a, ga.word, b, gb.word, cl, aux, v), []string{fmt.Sprintf("%s %d", ma, a), fmt.Sprintf("%s %d", mb, b)}})
				}
				out = append(out, whoCase{text: fmt.Sprintf("%d %s and %d %s who %s will be %s.", a, ga.word, b, gb.word, cl, v)})
			}
		}
	}
	// "who were arrested by the NCA": people another body arrested
	// (charged, safeguarded); the clause's agent is judged, and
	// their verb after it is not clearly the force's: nothing read.
	// An agent that is the force's own ("found by officers") or
	// no one by name ("exploited by drugs gangs") says only who
	// they are.
	for _, agent := range []string{"the NCA", "the Met", "Essex Police", "British Transport Police"} {
		for _, done := range []string{"arrested", "charged", "safeguarded"} {
			for _, v := range []string{"charged", "safeguarded", "arrested"} {
				if v == done {
					continue
				}
				out = append(out, whoCase{text: fmt.Sprintf("%d people who were %s by %s were %s.", num(), done, agent, v)})
				out = append(out, whoCase{text: fmt.Sprintf("%d men who had been %s by %s have been %s.", num(), done, agent, v)})
			}
		}
	}
	for _, g := range groups {
		for _, v := range verbs {
			if m, ok := g.metrics[v]; ok && m != "" {
				a, b := num(), num()
				out = append(out, whoCase{fmt.Sprintf("%d %s who were being exploited by drugs gangs were %s.", a, g.word, v), []string{fmt.Sprintf("%s %d", m, a)}})
				out = append(out, whoCase{fmt.Sprintf("%d %s who were found by officers were %s.", b, g.word, v), []string{fmt.Sprintf("%s %d", m, b)}})
			}
		}
	}
	// the clause's verb is not the figure's: no adult is counted
	// arrested, and the adults were not safeguarded
	for _, aux := range auxes {
		a, b := num(), num()
		out = append(out, whoCase{text: fmt.Sprintf("%d adults who were being exploited %s arrested.", a, aux)})
		out = append(out, whoCase{fmt.Sprintf("%d children and %d adults who were being exploited %s arrested.", a, b, aux), []string{fmt.Sprintf("arrests_under_18 %d", a)}})
		// "of being exploited" is the clause's own: the figure's verb
		// is the one after it, and no metric counts people educated
		out = append(out, whoCase{text: fmt.Sprintf("%d adults who are at risk of being exploited %s educated.", a, aux)})
	}
	return out
}

// TestWhoClauseLaw reads every case in Kent's context: exactly the facts
// it wants, each of people and exact, and no other.
func TestWhoClauseLaw(t *testing.T) {
	checkFactWords(t, lawWhoCases(), peopleFact)
}

// peopleFact says a fact as "metric value", with its item, unit and
// qualifier when it is not of people and exact.
func peopleFact(f phrase.Fact) string {
	s := fmt.Sprintf("%s %v", f.Metric, *f.Value)
	if f.Item != "" || f.Unit != "people" || f.Qualifier != "exact" {
		s += fmt.Sprintf(" (%s/%s/%s)", f.Item, f.Unit, f.Qualifier)
	}
	return s
}

// checkFactWords reads each case in Kent's context and wants exactly its
// facts, each said as say says it, and no other.
func checkFactWords(t *testing.T, cases []whoCase, say func(phrase.Fact) string) {
	t.Helper()
	r := newReader(t)
	failed := 0
	for _, c := range cases {
		var got []string
		for _, f := range r.Read(c.text, phrase.Context{Force: "kent"}).Facts {
			got = append(got, say(f))
		}
		sort.Strings(got)
		want := append([]string{}, c.want...)
		sort.Strings(want)
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			failed++
			t.Errorf("%q: read [%s], want [%s]", c.text, strings.Join(got, "; "), strings.Join(want, "; "))
		}
	}
	t.Logf("%d sentences, %d failed", len(cases), failed)
}
