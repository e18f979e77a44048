package phrase_test

import (
	"fmt"
	"math"
	"testing"
)

// TestShareNotCountLaw: a share said as "N in M" ("One in five arrests
// were of children", "1 in every 4 people arrested was under 18", "two
// out of every three") counts nothing: no fact of a release takes N or
// M. Near misses stay drafted: a number after "in" no larger than the
// one before it ("Officers arrested 12 in five raids") and a count with
// its noun before "in" ("arrested 5 people in 1 day").
//
// And a fraction of a unit of weight is read only when it is an exact
// weight: "1/4 kilo" is 250 g, "3/8 kilo" 375 g; "2/3 kilos" (666.67 g)
// or "1/7 kg" is not read, and says so.
func TestShareNotCountLaw(t *testing.T) {
	r := newReader(t)
	bad, n := 0, 0
	fail := func(format string, args ...any) {
		bad++
		if bad <= 20 {
			t.Errorf(format, args...)
		}
	}
	shares := []struct{ n, m string }{{"One", "five"}, {"1", "5"}, {"Two", "three"}, {"1", "every 4"}, {"Three", "every ten"}, {"Two", "out of every three"}}
	things := []string{"arrests were of children", "people arrested were under 18", "knives seized were zombie knives", "people safeguarded were children", "warrants were executed in Medway"}
	for _, s := range shares {
		for _, th := range things {
			in := " in "
			if len(s.m) > 6 && s.m[:6] == "out of" {
				in = " "
			}
			text := fmt.Sprintf("%s%s%s %s.", s.n, in, s.m, th)
			n++
			rel := r.Release(kentRelease + text)
			if len(rel.Facts) > 0 {
				fail("%q: drafts %s %v, want nothing", text, rel.Facts[0].Metric, *rel.Facts[0].Value)
			}
		}
	}
	for _, c := range []struct {
		s      string
		metric string
		v      float64
	}{{"Officers arrested 12 in five raids.", "arrests", 12}, {"Officers arrested 5 people in 1 day.", "arrests", 5}, {"Officers arrested 12 people in 3 towns.", "arrests", 12}} {
		n++
		if !drafts(r.Release(kentRelease+c.s), releaseFig{metric: c.metric, v: c.v}) {
			fail("%q: does not draft %s %v", c.s, c.metric, c.v)
		}
	}
	for den := 2; den <= 16; den++ {
		for num := 1; num < den; num++ {
			for _, unit := range []string{"kilos", "kg"} {
				text := fmt.Sprintf("Officers seized %d/%d %s of cannabis.", num, den, unit)
				exact := den%3 != 0 && den%7 != 0 && den%11 != 0 && den%13 != 0
				rel := r.Release(kentRelease + text)
				n++
				got := -1.0
				for _, f := range rel.Facts {
					if f.Metric == "drugs_seized" && f.Item == "cannabis" && f.Value != nil {
						got = *f.Value
					}
				}
				want := float64(num) / float64(den) * 1000
				switch {
				case exact && math.Abs(got-want) > 1e-9:
					fail("%q: drafts cannabis %v g, want %v", text, got, want)
				case !exact && got >= 0:
					fail("%q: drafts cannabis %v g, want nothing", text, got)
				case !exact:
					said := false
					for _, u := range rel.Unplaced {
						said = said || u.Why != ""
					}
					if !said {
						fail("%q: drafts nothing and says nothing", text)
					}
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("TestShareNotCountLaw: %d of %d cases wrong", bad, n)
	}
}
