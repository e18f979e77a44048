package phrase_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestCountedNounLaw: a count, one or two words describing what it
// counts, and "arrests" ("12 drug arrests were made", "Police made 17
// drug-related arrests.", "A dozen drugs arrests have been made") is a
// plural noun, not the verb "arrests" said in the present, and the
// drugs words describe the arrests (metrics.csv allows "drug", "drugs"
// beside arrests): arrests with the count's hedge. Still refused, with
// no fact: another period ("last year"), a time to come ("will be
// made", "hope to make"), a habit ("are made every week"), a part of
// the force ("In Medway"), another force ("Essex Police"); and the verb
// in the present after a subject ("The team arrests 12 people", "A team
// of 12 officers arrests dealers", "A 12-strong team arrests dealers").
// Drugs named in a clause of their own keep their fact ("..., and drugs
// were seized").
func TestCountedNounLaw(t *testing.T) {
	r := newReader(t)
	ctx := phrase.Context{Force: "kent"}
	describe := []string{"drug", "drugs", "drug-related"}
	read := []string{
		"%[1]s%[2]s %[3]s arrests were made.",
		"%[1]s%[2]s %[3]s arrests have been made during the week.",
		"Police made %[1]s%[2]s %[3]s arrests.",
		"Officers made %[1]s%[2]s %[3]s arrests across the county.",
	}
	refused := []string{
		"%[1]s%[2]s %[3]s arrests were made last year.",
		"%[1]s%[2]s %[3]s arrests will be made.",
		"Officers hope to make %[1]s%[2]s %[3]s arrests.",
		"%[1]s%[2]s %[3]s arrests are made every week.",
		"In Medway, %[1]s%[2]s %[3]s arrests were made.",
		"Essex Police made %[1]s%[2]s %[3]s arrests.",
		"The team arrests %[1]s%[2]s people.",
		"A team of %[2]s officers arrests dealers.",
	}
	g := &lawGen{}
	n, failed := 0, 0
	check := func(text string, want []string) {
		n++
		slices.Sort(want)
		if got := factStrings(r.Read(text, ctx).Facts); !slices.Equal(got, want) {
			failed++
			t.Errorf("%q: read %v, want %v", text, got, want)
		}
	}
	arrests := func(num lawNum, q string) string { return fmt.Sprintf("arrests/ people %s %s", fmtVal(&num.value), q) }
	for _, d := range describe {
		for _, f := range read {
			h, num := g.hedge(), g.num()
			check(capital(fmt.Sprintf(f, h.text, num.text, d)), []string{arrests(num, h.q)})
		}
		for _, f := range refused {
			h, num := g.hedge(), g.num()
			check(capital(fmt.Sprintf(f, h.text, num.text, d)), nil)
		}
		num := g.digits()
		check(fmt.Sprintf("A %s-strong team arrests dealers.", num.text), nil)
		num = g.num()
		check(capital(fmt.Sprintf("%s %s arrests were made, and drugs were seized.", num.text, d)),
			[]string{arrests(num, "exact"), "drugs_seized/  NULL unquantified"})
	}
	t.Logf("%d of %d sentences failed", failed, n)
}
