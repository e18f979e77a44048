package phrase_test

import (
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// oddNumbers are numbers written with two readings (probe10 Part F):
// each is refused.
var oddNumbers = []string{
	"5,00", "£5,00", "1,5 kg", "12,5 g", "£5.000,00", "5.000,00", "£1.500", "€2.250", "40?", "40 ?", "+40", "+ £500",
	"(5)", "(£5,000)", "( 40 )", "40-", "40 -", "40–", "£1/2m", "£1/2 million", "£5000/£6000", "1/2m", "3/4 million",
	"1,0000",
	// provisional or unconfirmed (probe10 W31)
	"43 - to be confirmed", "43 – TBC", "43 TBC", "43 (TBC)", "43 provisional", "43 (provisional)", "43, provisional",
	"£5,000 - subject to change", "2kg awaiting confirmation", "43 not yet confirmed", "43 tbc*", "Provisional: 43",
	"TBC - 43", "(prov.) 43", "43 draft", "£5,000 pending confirmation",
	// a count not finished when written (probe11 W5, W9)
	"43 and counting", "43 - more expected", "43 at time of writing", "43 (so far)", "40 (to be revised)", "£5,000 as it stands",
}

// plainNumbers are read as before: none is odd.
var plainNumbers = []string{
	"43", "1,149", "50,272", "£50,272", "£1,500.50", "£1.50", "£12.5k", "2.5kg", "1.500 kg", "1/2kg", "3/4 kg", "½ kg",
	"20+", "£1m+", "~40", ">40", "≥40", "10-12", "10 to 12", "43 (7 under 18)", "£5,000 (est)", "43 (2021: 30)",
	"-3", "1 200", "11-17 Oct 2021", "3 knives, 2 machetes", "£5,000-£6,000", "0 (nil return)", "seven",
	"43 (estimated)", "43 confirmed", "11-17 Oct 2021 (provisional)", "Provisional figures for week 42", "TBC",
}

func TestOddNumbers(t *testing.T) {
	for _, s := range oddNumbers {
		if _, ok := phrase.OddNumber(s); !ok {
			t.Errorf("OddNumber(%q): not odd, want refused", s)
		}
	}
	for _, s := range plainNumbers {
		if why, ok := phrase.OddNumber(s); ok {
			t.Errorf("OddNumber(%q): odd (%s), want read as before", s, why)
		}
	}
}
