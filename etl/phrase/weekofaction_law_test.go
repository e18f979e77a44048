package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestWeekOfActionSumLaw: a sum of money with no noun seized "during the
// week of action" (or over it, or with the phrase opening the sentence)
// is cash, as it is "during the week of intensification": "action" there
// names the week's operation, no thing the sum could be the value of,
// though a longer word ("during the week", "over the week") takes "week"
// before "week of action" can be matched. Each of cash_seized's verbs,
// with the lawGen sums and hedges. Refused, with no cash: a thing named
// beside it ("including cannabis", "in crypto", "in bitcoin", "along
// with 12 phones": the phones read), another period ("last year"), a time
// to come ("will be seized"), a part of the force ("In Medway").
func TestWeekOfActionSumLaw(t *testing.T) {
	r := newReader(t)
	cat := testCatalog(t)
	m := metricOf(cat, "cash_seized")
	verbs, active := participles(m.Actions), pastSimple(m.Actions)
	read := []string{
		"%[1]s%[2]s was %[3]s during the week of action.",
		"%[1]s%[2]s was %[3]s over the week of action.",
		"During the week of action %[1]s%[2]s was %[3]s.",
		"During the week of action, officers %[4]s %[1]s%[2]s.",
	}
	refused := []string{
		"%[1]s%[2]s was %[3]s during the week of action, including cannabis.",
		"%[1]s%[2]s was %[3]s in crypto during the week of action.",
		"During the week of action %[1]s%[2]s was %[3]s in bitcoin.",
		"%[1]s%[2]s was %[3]s during the week of action last year.",
		"%[1]s%[2]s will be %[3]s during the week of action.",
		"In Medway, %[1]s%[2]s was %[3]s during the week of action.",
	}
	ctx := phrase.Context{Force: "kent"}
	g := &lawGen{}
	n, failed := 0, 0
	check := func(text string, want []string) {
		n++
		if got := factStrings(r.Read(text, ctx).Facts); !slices.Equal(got, want) {
			failed++
			t.Errorf("%q: read %v, want %v", text, got, want)
		}
	}
	for i, v := range verbs {
		a := active[i%len(active)]
		for _, f := range read {
			if v == "taken" && strings.Contains(f, "over the week") {
				continue // "was taken over": a home taken over (cuckooing)
			}
			h, mo := g.hedge(), g.money()
			check(upFirst(fmt.Sprintf(f, h.text, mo.text, v, a)), []string{fmt.Sprintf("cash_seized/ gbp %v %s", mo.value, h.q)})
		}
		for _, f := range refused {
			h, mo := g.hedge(), g.money()
			check(upFirst(fmt.Sprintf(f, h.text, mo.text, v, a)), nil)
		}
		mo := g.money()
		check(fmt.Sprintf("%s was %s during the week of action, along with 12 phones.", mo.text, v), []string{"mobile_phones_seized/ count 12 exact"})
	}
	t.Logf("%d of %d sentences failed", failed, n)
}

// upFirst capitalises a sentence's first letter, leaving a "£" as it is.
func upFirst(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return capital(s)
	}
	return s
}
