package phrase_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestVictimsAddressesLaw: the places a cuckooing visit is made to, said
// as whose they are ("visited 46 addresses of potential victims of
// cuckooing", "46 homes of victims of 'cuckooing' were visited"), are
// cuckooed addresses visited, as "addresses of vulnerable people at risk
// of cuckooing" are: the victims are the places' occupants (metrics.csv
// allows "victim" beside "occupant", "resident", "tenant"). Each of the
// metric's places, with each hedge, in the active and the passive.
// Refused, with no fact: another period ("Last year"), a part of the
// force ("In Medway"), another force ("Essex Police"), a day ("on
// Monday"), a visit not done ("will visit", "plan to visit"), victims of
// something else than cuckooing ("of modern slavery", "of exploitation"),
// and victims of nothing named ("addresses of victims"). The victims
// counted and not the places ("addresses of 46 victims of cuckooing",
// "46 addresses of 12 victims") count no place.
func TestVictimsAddressesLaw(t *testing.T) {
	r := newReader(t)
	cat := testCatalog(t)
	var places []string
	for _, o := range metricOf(cat, "cuckooed_addresses_visited").Objects {
		switch o {
		case "address", "property", "home", "flat", "house", "dwelling":
			places = append(places, plural(o))
		}
	}
	if len(places) < 5 {
		t.Fatalf("places %v: the metric's objects changed", places)
	}
	victims := []string{"victims", "potential victims", "suspected victims"}
	cuckooing := []string{"cuckooing", "'cuckooing'", "suspected cuckooing", "‘cuckooing’"}
	read := []string{
		"Officers visited %[1]s%[2]s %[3]s of %[4]s of %[5]s.",
		"%[1]s%[2]s %[3]s of %[4]s of %[5]s were visited.",
		"Officers checked %[1]s%[2]s %[3]s of %[4]s of %[5]s across the county.",
		"During the week officers attended %[1]s%[2]s %[3]s of %[4]s of %[5]s.",
	}
	refused := []string{
		"Last year officers visited %[1]s%[2]s %[3]s of %[4]s of %[5]s.",
		"In Medway, officers visited %[1]s%[2]s %[3]s of %[4]s of %[5]s.",
		"Essex Police visited %[1]s%[2]s %[3]s of %[4]s of %[5]s.",
		"Officers visited %[1]s%[2]s %[3]s of %[4]s of %[5]s on Monday.",
		"Officers will visit %[1]s%[2]s %[3]s of %[4]s of %[5]s.",
		"Officers plan to visit %[1]s%[2]s %[3]s of %[4]s of %[5]s.",
		"Officers visited %[1]s%[2]s %[3]s of %[4]s of modern slavery.",
		"Officers visited %[1]s%[2]s %[3]s of %[4]s of exploitation.",
		"Officers visited %[1]s%[2]s %[3]s of %[4]s.",
	}
	// the victims counted, not the places: no place is counted (the
	// victims' own figure, if read, is theirs: safeguarded)
	victimsCounted := []string{
		"Officers visited %[3]s of %[1]s%[2]s %[4]s of %[5]s.",
		"Officers visited %[1]s%[2]s %[3]s of 12 %[4]s of %[5]s.",
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
	i := 0
	for _, p := range places {
		for _, v := range victims {
			c := cuckooing[i%len(cuckooing)]
			i++
			for _, f := range read {
				h, num := g.hedge(), g.digits()
				check(capital(fmt.Sprintf(f, h.text, num.text, p, v, c)), []string{fmt.Sprintf("cuckooed_addresses_visited/ count %s %s", fmtVal(&num.value), h.q)})
			}
			for _, f := range refused {
				h, num := g.hedge(), g.digits()
				check(capital(fmt.Sprintf(f, h.text, num.text, p, v, c)), nil)
			}
			for j, f := range victimsCounted {
				h, num := g.hedge(), g.digits()
				text := capital(fmt.Sprintf(f, h.text, num.text, p, v, c))
				n++
				for _, fa := range r.Read(text, ctx).Facts {
					if fa.Metric == "cuckooed_addresses_visited" || j == 1 && fa.Value != nil && *fa.Value == num.value && num.value != 12 {
						failed++
						t.Errorf("%q: read %s, want no place counted", text, fmtFact(fa))
					}
				}
			}
		}
	}
	t.Logf("%d of %d sentences failed", failed, n)
}
