package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestEachPrepLaw: a figure said of each one after a preposition ("seized
// 3 knives from each of 4 men", "from each suspect", "at each address",
// "in each of 4 towns") or of each of its clause's subject ("Two men were
// each found with 3 knives") is each one's, not the force's total: no
// fact is made of it. Before, "from" (a word of the lexicon, not a
// grammar word) hid "each of" from eachOne, and "each" with a noun after
// it, or between an auxiliary and its verb, was not weighed: knives 3 and
// cash 500 were read as the week's. Kept: no "each" ("from 4 men", "from
// both men"), and "each" in the object of an earlier verb ("Officers
// visited each address and seized 3 knives").
func TestEachPrepLaw(t *testing.T) {
	r := newReader(t)
	figs := []struct{ text, metric string }{
		{"Officers seized 3 knives", "weapons_seized"}, {"Officers seized £500 in cash", "cash_seized"},
		{"Officers arrested 2 people", "arrests"}, {"Officers seized 3 phones", "mobile_phones_seized"},
	}
	eachs := []string{"from each of 4 men", "from each of the 4 men", "from each man", "from each suspect", "from every suspect",
		"at each address", "at each of 4 addresses", "at each of the addresses", "in each town", "in each of 4 towns",
		"on each day", "on each of the 4 days"}
	subjects := []struct{ text, metric string }{
		{"Two men were each found with 3 knives", "weapons_seized"}, {"Four men were each found with £500 in cash", "cash_seized"},
		{"The men were each found in possession of 3 knives", "weapons_seized"}, {"Two men have each been found with 3 phones", "mobile_phones_seized"},
	}
	n, failed := 0, 0
	check := func(text, metric string, want bool) {
		n++
		got := false
		for _, f := range r.Read(text, phrase.Context{Force: "kent"}).Facts {
			got = got || f.Metric == metric && f.Value != nil
		}
		if got != want {
			failed++
			t.Errorf("%q: %s read %v, want %v", text, metric, got, want)
		}
	}
	for _, f := range figs {
		for _, e := range eachs {
			check(fmt.Sprintf("%s %s.", f.text, e), f.metric, false)
		}
		for _, e := range []string{"from 4 men", "from both men", "at 4 addresses"} {
			if f.metric == "arrests" && e == "at 4 addresses" {
				continue
			}
			check(fmt.Sprintf("%s %s.", f.text, e), f.metric, true)
		}
	}
	for _, s := range subjects {
		check(s.text+".", s.metric, false)
	}
	check("Officers visited each address and seized 3 knives.", "weapons_seized", true)
	check("Two men were found with 3 knives.", "weapons_seized", true)
	t.Logf("%d sentences, %d failed", n, failed)
}
