package phrase_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestLaterTimeWordsLaw: giving a later clause its own time words (R13:
// "and charged 5 within 24 hours"; G10: "; over the two-year period,
// 150 have been arrested", "taking the total over the 12-month period
// to 150") never makes a figure read that its clause does not give the
// week (review25 W12: "Officers arrested 12 people over the whole month
// and charged 5 within 24 hours." loaded Arrests 12, the base refused).
// For every first clause S, a figure of arrests with a time adjunct of
// every kind (read stretches; unread ones, "over the whole month",
// "during the monthlong operation", "over the quarter", "in the
// financial year", "throughout half term", made-up "over the whole
// frobnitz"), after the figure or before it: S with the later clause's
// time words drafts nothing when the adjunct is not the week's own, and
// is refused whenever S with a plain "and charged 5." is. Where the
// clause says the week's own time or none ("during the week of action",
// "over seven days", "this week", "in Kent"), and S alone drafts the
// figure, R13 and G10 keep drafting it.
func TestLaterTimeWordsLaw(t *testing.T) {
	r := newReader(t)
	c := &lawTally{t: t}
	read := func(text string) []string {
		return factStrings(r.Read(text, phrase.Context{Force: "kent"}).Facts)
	}
	other := []string{"over the whole month", "over the entire month", "during the monthlong operation", "during the monthlong intensification",
		"over the quarter", "over the half year", "in the financial year", "over the financial year", "over the festive period",
		"during the festive period", "over the Christmas period", "throughout half term", "over half term", "over the school holidays",
		"over the Easter weekend", "over the bank holiday", "during the preceding month", "over that month", "over the whole frobnitz",
		"during the whole frobnitz", "throughout the frobnitz season", "in the summer term", "across the winter months",
		"over the month", "in a month", "during a month-long operation", "over the year", "over two weeks", "over the weekend",
		"within a fortnight", "over three months", "across a 12-month period"}
	own := []string{"", "during the week of action", "over seven days", "over the seven days", "in a seven-day period", "over a week",
		"during the week", "within the week", "in Kent", "across Kent", "this week", "during the intensification week", "in one week"}
	// the later clauses with time words of their own, and the first
	// clause's plain figure. (", and 5 of them were charged within 72
	// hours" is not here: the base reads "over the quarter, and 5 of
	// them were charged within 72 hours" as Arrests 12 and Charged 5, by
	// the partitive, not by R13; pre-existing, review25 W14.)
	later := []string{" and charged 5 within 24 hours.", " and 5 were charged within 48 hours.",
		" and charged 5 within 36 hours of their arrest.", ", charging 5 within 24 hours.", " and charged 5 within two weeks.",
		" and charged 5 within 10 days.", "; over the two-year period, 150 have been arrested.", "; over the 12-month period, 150 people have been charged.",
		", taking the total over the 12-month period to 150.", "; over the past two years, 150 people have been arrested."}
	const plain = " and charged 5."
	forms := []func(adj, rest string) string{
		func(adj, rest string) string {
			return strings.Join(strings.Fields("Officers arrested 12 people "+adj), " ") + rest
		},
		func(adj, rest string) string {
			if adj == "" || adj == "this week" {
				return "" // said after the figure above
			}
			return strings.ToUpper(adj[:1]) + adj[1:] + ", officers arrested 12 people" + rest
		},
	}
	arrests := "arrests/ people 12 exact"
	for i, adjs := range [][]string{other, own} {
		for _, adj := range adjs {
			for _, form := range forms {
				alone := form(adj, plain)
				if alone == "" {
					continue
				}
				drafts := slices.Contains(read(alone), arrests)
				for _, l := range later {
					text := form(adj, l)
					got := read(text)
					c.n++
					switch {
					case i == 0 && len(got) > 0:
						c.fail("%q: read %v, want nothing (the arrests are of %q; the later clause's time words take nothing from it)", text, got, adj)
					case !drafts && slices.Contains(got, arrests):
						c.fail("%q: read %v, but %q is refused: the later clause's time words read the figure", text, got, alone)
					case i == 1 && drafts && !slices.Contains(got, arrests):
						c.fail("%q: read %v, want %s (%q drafts it; the later time words are the later clause's)", text, got, arrests, alone)
					}
				}
			}
		}
	}
	c.log()
}
