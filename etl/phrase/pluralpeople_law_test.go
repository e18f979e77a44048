package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestPluralPeopleLaw: a word for people written as a plural is who is
// counted, never the describing word of a metric that counts things.
// A number of people who were charged is a count of people charged,
// never of charges, whatever word says they are people ("individuals"
// as much as "people"): before, "Three individuals have since been
// charged with county lines drugs offences" read charges 3, charges'
// allowed word "individual" ("12 individual charges") taking the plural
// noun as its own. The simple forms must read charged; no form may read
// charges. And "12 dealers had their phones seized" read dealer phones
// seized 12 ("dealer phones"); no count of dealers is a count of phones.
func TestPluralPeopleLaw(t *testing.T) {
	r := newReader(t)
	who := []string{"people", "individuals", "suspects", "men", "persons", "offenders"}
	forms := []struct {
		form string
		must bool // the form must read charged (else it may be refused)
	}{
		{"%d %s have been charged.", true},
		{"%d %s were charged.", true},
		{"%d %s have been charged with drug offences.", true},
		{"%d %s were charged with drug supply offences.", true},
		{"Officers charged %d %s with drugs offences.", true},
		{"%d %s have since been charged with county lines drugs offences.", false},
		{"%d %s, who were in charge of the lines, have been charged.", false},
		{"%d %s have been charged with offences including possession with intent to supply.", false},
	}
	bad, n := 0, 0
	for _, w := range who {
		for _, f := range forms {
			for _, v := range []int{3, 12} {
				n++
				text := fmt.Sprintf(f.form, v, w)
				rd := r.Read(text, phrase.Context{Force: "kent"})
				want := readingLines(phrase.Reading{Facts: []phrase.Fact{wantPeople("charged", float64(v))}})
				got := readingLines(rd)
				charges := false
				for _, fc := range append(rd.Facts, scopedFacts(rd)...) {
					if fc.Metric == "charges" {
						charges = true
					}
				}
				if charges || f.must && got != want || !f.must && got != "" && got != want {
					bad++
					if bad <= 20 {
						t.Errorf("%q: %s; want %s", text, got, want)
					}
				}
			}
		}
	}
	for _, f := range []string{
		"%d dealers had their phones seized.", "%d drug dealers had their phones seized.",
		"Officers seized the phones of %d dealers.", "Phones were seized from %d dealers.",
		"%d dealers were arrested and their phones seized.",
	} {
		for _, v := range []int{3, 12} {
			n++
			text := fmt.Sprintf(f, v)
			rd := r.Read(text, phrase.Context{Force: "kent"})
			for _, fc := range append(rd.Facts, scopedFacts(rd)...) {
				if fc.Metric == "deal_line_phones_seized" || fc.Metric == "mobile_phones_seized" {
					bad++
					t.Errorf("%q: %s; want no count of phones", text, readingLines(rd))
					break
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("TestPluralPeopleLaw: %d of %d cases wrong", bad, n)
	}
}

func scopedFacts(rd phrase.Reading) []phrase.Fact {
	var out []phrase.Fact
	for _, s := range rd.Scoped {
		out = append(out, s.Fact)
	}
	return out
}
