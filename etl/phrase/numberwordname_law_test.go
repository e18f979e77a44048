package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/phrase"
)

// TestNumberWordNameLaw: a name of the reference words with a number in
// it means the same with the number said in words: "under eighteen" is
// "under 18", "aged seventeen or under" is "aged 17 or under". Before,
// only the digits matched the name, and "Officers arrested three people
// aged under eighteen" read arrests 3 with the age left out: the part of
// the arrests under 18 read as the force's arrests. Each sentence is read
// with the digits and with the words; the two readings must give the
// same figures, and those of the under-18 names are stated here by hand.
// An age bound below 18 with no name of its own ("aged below 18") is read
// as under 18 too: before, it was an age like "aged 24 and 31", and the
// people were read as all arrests.
func TestNumberWordNameLaw(t *testing.T) {
	r := newReader(t)
	names := []struct{ digits, words string }{
		{"under 18", "under eighteen"},
		{"aged under 18", "aged under eighteen"},
		{"under the age of 18", "under the age of eighteen"},
		{"aged 17 and under", "aged seventeen and under"},
		{"aged 17 or under", "aged seventeen or under"},
		// an age bound below 18 says under 18 as the name does
		{"aged below 18", "aged below eighteen"},
		{"aged under 16", "aged under sixteen"},
	}
	sentences := []struct {
		form, metric string
	}{
		{"Officers arrested 3 people %s.", "arrests_under_18"},
		{"3 people %s were arrested.", "arrests_under_18"},
		{"34 men were arrested, along with 3 people %s.", "arrests_under_18"},
		{"During the week, 3 people %s were arrested.", "arrests_under_18"},
		{"Officers safeguarded 3 people %s.", "safeguarded_juvenile"},
		{"3 vulnerable people %s were safeguarded.", "safeguarded_juvenile"},
		{"Officers arrested three people %s.", "arrests_under_18"},
	}
	bad, n := 0, 0
	for _, nm := range names {
		for _, s := range sentences {
			for _, name := range []string{nm.digits, nm.words} {
				n++
				text := fmt.Sprintf(s.form, name)
				got := readingLines(r.Read(text, phrase.Context{Force: "kent"}))
				want := readingLines(phrase.Reading{Facts: []phrase.Fact{wantPeople(s.metric, 3)}})
				if strings.HasPrefix(text, "34 men") {
					want = readingLines(phrase.Reading{Facts: []phrase.Fact{wantPeople("arrests_male", 34), wantPeople(s.metric, 3)}})
				}
				if got != want {
					bad++
					if bad <= 20 {
						t.Errorf("%q: %s; want %s", text, got, want)
					}
				}
			}
		}
	}
	// the same law for the other names with a number in them: words and
	// digits read alike, whatever the reading is
	for _, nm := range []struct{ digits, words string }{
		{"in the last 7 days", "in the last seven days"},
		{"in the past 7 days", "in the past seven days"},
		{"aged over 18", "aged over eighteen"},
		{"over 18", "over eighteen"},
		{"aged less than 18", "aged less than eighteen"},
	} {
		for _, form := range []string{"Officers arrested 12 people %s.", "12 people %s were arrested.", "Officers seized 4 knives %s."} {
			n++
			d := readingLines(r.Read(fmt.Sprintf(form, nm.digits), phrase.Context{Force: "kent"}))
			w := readingLines(r.Read(fmt.Sprintf(form, nm.words), phrase.Context{Force: "kent"}))
			if d != w {
				bad++
				t.Errorf("%q reads %q, but with %q it reads %q", fmt.Sprintf(form, nm.words), w, nm.digits, d)
			}
		}
	}
	// a number in words before a span of time, a unit, a scale or a
	// noun is a count, not a name's age (review30 S1, R1): "in under
	// eighteen hours" is a part of the week, as "in under 18 hours" is
	for _, c := range []struct {
		text, want string
	}{
		{"Officers arrested 3 people in under eighteen hours.", ""},
		{"Officers closed 3 county lines in under eighteen hours.", ""},
		{"In under eighteen hours, officers arrested 12 people.", ""},
		{"Officers arrested 12 people in under eighteen days.", ""},
		{"Officers seized under eighteen thousand pounds in cash.", "fact cash_seized/ gbp 18000 less_than"},
		{"Officers seized under eighteen kilos of cocaine.", "fact drugs_seized/cocaine g 18000 less_than"},
		{"Officers arrested under eighteen people.", "fact arrests/ people 18 less_than"},
		{"Under eighteen people were arrested.", "fact arrests/ people 18 less_than"},
	} {
		n++
		rd := r.Read(c.text, phrase.Context{Force: "kent"})
		var facts []string
		for _, f := range rd.Facts {
			facts = append(facts, "fact "+fmtFact(f))
		}
		if got := strings.Join(facts, "; "); got != c.want {
			bad++
			t.Errorf("%q: facts %q; want %q", c.text, got, c.want)
		}
	}
	// ages open above ("aged 16 and over") hold adults: never under 18
	// (review30 S2)
	for _, age := range []string{"aged 16 and over", "aged 16 or over", "aged 16 and above", "aged 16+", "aged 17 and over", "aged seventeen and older", "aged seventeen or above"} {
		for _, form := range []string{"Officers arrested 3 people %s.", "Officers safeguarded 3 people %s.", "3 people %s were arrested."} {
			n++
			text := fmt.Sprintf(form, age)
			rd := r.Read(text, phrase.Context{Force: "kent"})
			for _, f := range append(rd.Facts, scopedFacts(rd)...) {
				if f.Metric == "arrests_under_18" || f.Metric == "safeguarded_juvenile" {
					bad++
					t.Errorf("%q: %s; want no figure under 18", text, readingLines(rd))
					break
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("TestNumberWordNameLaw: %d of %d cases wrong", bad, n)
	}
}

// wantPeople is an exact count of people of metric.
func wantPeople(metric string, v float64) phrase.Fact {
	return phrase.Fact{Metric: metric, Unit: etl.Unit("people"), Value: &v, Qualifier: etl.Qualifier("exact")}
}
