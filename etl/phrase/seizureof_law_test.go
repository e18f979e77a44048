package phrase_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestSeizureOfNamedLaw: things named with no number after a noun of
// seizing and "of" are seized as after its verb, where that noun goes on
// from a clause that is done ("resulted in 30 arrests and seizures of
// heroin and cannabis", "made 30 arrests and seizures of heroin") or
// stands after what the week brought ("led to the seizure of knives",
// "resulted in the seizure of", "saw the seizure of"): unquantified facts
// of each thing. Refused, with no fact of the things: a time to come
// ("will lead to the seizure of"), another period ("Last year"), the
// nation ("Nationally,"), an aim ("The aim is the seizure of"), a duty
// ("responsible for the seizure of"), another body ("The NCA reported",
// "Border Force made seizures of"), a seizure as a subject ("Seizures of
// heroin have risen", "is a priority"), and what people were arrested
// for ("for the supply of").
func TestSeizureOfNamedLaw(t *testing.T) {
	r := newReader(t)
	things := []struct {
		np   string
		want []string
	}{
		{"heroin and cannabis", []string{"drugs_seized/cannabis  NULL unquantified", "drugs_seized/heroin  NULL unquantified"}},
		{"knives and machetes", []string{"weapons_seized/knife count NULL unquantified", "weapons_seized/machete count NULL unquantified"}},
		{"class A drugs", []string{"drugs_seized/class_a  NULL unquantified"}},
		{"crack cocaine", []string{"drugs_seized/crack_cocaine  NULL unquantified"}},
	}
	read := []struct {
		text  string
		other []string // facts of the sentence's other figures
	}{
		{"The week resulted in 30 arrests and seizures of %s.", []string{"arrests/ people 30 exact"}},
		{"Officers made 30 arrests and seizures of %s.", []string{"arrests/ people 30 exact"}},
		{"The operation led to the seizure of %s.", nil},
		{"The operation resulted in the seizure of %s.", nil},
		{"The week saw the seizure of %s.", nil},
	}
	refused := []struct {
		text  string
		other []string
	}{
		{"The operation will lead to the seizure of %s.", nil},
		{"Last year the operation led to the seizure of %s.", nil},
		{"Nationally, the week saw 1,000 arrests and seizures of %s.", nil},
		{"The aim is the seizure of %s.", nil},
		{"Officers are responsible for the seizure of %s.", nil},
		{"The NCA reported the seizure of %s.", nil},
		{"Border Force made seizures of %s at Dover.", nil},
		{"Seizures of %s have risen this year.", nil},
		{"The seizure of %s is a priority for the force.", nil},
		{"12 people were arrested for the supply of %s.", []string{"arrests/ people 12 exact"}},
	}
	ctx := phrase.Context{Force: "kent"}
	n, failed := 0, 0
	check := func(text string, want []string) {
		n++
		var got []string
		for _, f := range r.Read(text, ctx).Facts {
			got = append(got, fmtFact(f))
		}
		slices.Sort(got)
		want = slices.Clone(want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			failed++
			t.Errorf("%q: read %v, want %v", text, got, want)
		}
	}
	for _, th := range things {
		for _, c := range read {
			check(fmt.Sprintf(c.text, th.np), append(slices.Clone(c.other), th.want...))
		}
		for _, c := range refused {
			check(fmt.Sprintf(c.text, th.np), c.other)
		}
	}
	t.Logf("%d of %d sentences failed", failed, n)
}
