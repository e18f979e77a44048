package phrase_test

import (
	"strings"
	"testing"
)

// numbersCorpus: texts and the numbers they write, as Numbers lists them
// (joined by "|").
var numbersCorpus = []struct{ text, want string }{
	{"43", "43"},
	{"approx £1,250", "1,250"},
	{"Includes 2 on warrant", "2"},
	{"seven", "seven"},
	{"4 knives, 2 machetes and a knuckleduster", "4|2"},
	{"12 of these were for possession with intent", "12"},
	{"Surrey Police - County Lines Intensification Week 11-17 Oct 2021", ""},
	{"Arrests of people aged under 18", ""},
	{"Under 18", ""},
	{"11/10/2021 - 17/10/2021", ""},
	{"County lines intensification week October 2021", ""},
	{"Monday 27th February to Sunday 5th March 2023", ""},
	{"Street value (£000s)", ""},
	{"Cash seized (£000s)", ""},
	{"01234 567890", "567890"}, // a telephone number: the contact block is skipped as such
	{"1. Arrests", ""},
	{"2) Warrants executed", ""},
	{"a machete", ""},
	{"a dozen wraps", "a dozen"},
	{"0", "0"},
	{"0.5kg", "0.5"},
	{"U18 arrests", ""},
	{"countylines-template-1", ""},
	{"Covid-19 restrictions", ""},
	{"aged 10-17", ""},
}

func TestNumbers(t *testing.T) {
	r := newReader(t)
	for _, c := range numbersCorpus {
		var got []string
		for _, n := range r.Numbers(c.text) {
			if c.text[n.Start:n.End] != n.Text {
				t.Errorf("Numbers(%q): %q does not stand at %d:%d", c.text, n.Text, n.Start, n.End)
			}
			got = append(got, n.Text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("Numbers(%q) = %q, want %q", c.text, g, c.want)
		}
	}
}
