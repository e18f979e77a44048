package phrase_test

import (
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// A label that narrows a metric to a part the catalogue has no figure for
// never reads as the metric's total (probe7 W3): a place, a reason or a
// group of people after or before the label's own words ("Arrests at
// schools", "Arrests on warrant", "Men charged"). Law: every such label
// built from a base label that reads alone is not read, and says why.
func TestLabelNarrowingLaw(t *testing.T) {
	r := newReader(t)
	bases := []string{"Arrests", "Persons arrested", "People charged", "Charged", "Warrants executed", "Stop and searches",
		"Cash seized", "Knives seized", "Weapons seized", "Mobile phones seized", "Lines closed", "Released under investigation",
		"Vehicles seized", "Drugs seized", "Heroin seized"}
	places := []string{"at schools", "at addresses", "on warrant", "in schools", "for modern slavery offences",
		"for possession with intent to supply", "from vehicles", "at the roadside", "in Medway", "for drug supply", "on the street",
		"from cells", "for weapons offences", "in hotspots"}
	// The catalogue allows these words: charges are for drug offences
	// such as PWITS, and a warrant is a warrant's own word.
	allowed := map[string]bool{"People charged for possession with intent to supply": true,
		"Charged for possession with intent to supply": true, "Warrants executed on warrant": true}
	n := 0
	for _, b := range bases {
		if l := r.Label(b, phrase.Context{}); !l.OK {
			t.Fatalf("base %q is not read: %s", b, l.Why)
		}
		for _, p := range places {
			text := b + " " + p
			if allowed[text] {
				continue
			}
			n++
			if l := r.Label(text, phrase.Context{}); l.OK {
				t.Errorf("Label(%q) = %s/%s, want not read: %q narrows it", text, l.Metric, l.Item, p)
			} else if l.Why == "" {
				t.Errorf("Label(%q): not read and no reason given", text)
			}
		}
	}
	groups := []string{"Men", "Women", "Males", "Females", "Boys", "Girls", "Adults", "Children", "Juveniles"}
	verbs := []string{"charged", "stopped and searched", "released under investigation", "searched"}
	for _, g := range groups {
		for _, v := range verbs {
			text := g + " " + v
			n++
			if l := r.Label(text, phrase.Context{}); l.OK {
				t.Errorf("Label(%q) = %s/%s, want not read: %q names a group the metric has no part for", text, l.Metric, l.Item, g)
			}
		}
	}
	// The catalogue's own parts stay read.
	for text, want := range map[string]string{"Men arrested": "arrests_male", "Women arrested": "arrests_female",
		"Vulnerable adults safeguarded": "safeguarded_adult", "Children engaged": "children_engaged",
		"Inputs delivered in schools": "school_inputs", "Charged with drug supply offences": "charged",
		"Arrests made during the week": "arrests", "Total number of arrests made in the period": "arrests",
		"Cash recovered (in excess of)": "cash_seized", "Arrests (11-17 Oct 2021)": "arrests"} {
		if l := r.Label(text, phrase.Context{}); !l.OK || l.Metric != want {
			t.Errorf("Label(%q) = %+v, want %s", text, l, want)
		}
	}
	t.Logf("%d narrowed labels refused", n)
}
