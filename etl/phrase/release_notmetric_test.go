package phrase_test

import (
	"fmt"
	"testing"
)

// TestReleaseNotTheMetricLaw: words that look like a metric's but count
// something else draft nothing of it. A count of acts of seizing ("3
// seizures of cash", "3 cash seizures", "3 recoveries of money") is no
// sum of money; a detention for care under mental health law ("under
// the Mental Health Act", "under section 136") or people held at
// gunpoint are no arrests; an offence named with no word of charging in
// its sentence ("a man who was wanted for an offence", "arrested 12
// people for 20 offences") is no charge laid. Still drafted: "detained
// 12 people", "12 people were detained", "arrested 12 people", "£4,500
// in cash", "4,500 pounds in cash", "charged 4 people with 20 offences",
// "laid 20 charges".
func TestReleaseNotTheMetricLaw(t *testing.T) {
	cases := releaseCases{}
	add := cases.add
	arrests := func(v float64) releaseFig { return releaseFig{"", "arrests", "", v} }
	cash := func(v float64) releaseFig { return releaseFig{"", "cash_seized", "", v} }
	charges := func(v float64) releaseFig { return releaseFig{"", "charges", "", v} }
	for _, n := range []float64{3, 12, 40} {
		for _, acts := range []string{"%g seizures of cash", "%g cash seizures", "%g recoveries of money", "%g seizures of money", "%g separate seizures of cash"} {
			a := fmt.Sprintf(acts, n)
			add(fmt.Sprintf("Officers made 62 arrests, 5 seizures of drugs and %s.", a), cash(n), false)
			add(fmt.Sprintf("Officers made 62 arrests, 5 seizures of drugs and %s.", a), arrests(62), true)
			add(fmt.Sprintf("Officers made 62 arrests and %s.", a), cash(n), false)
		}
		for _, s := range []string{"Officers detained %g people under the Mental Health Act.", "%g people were detained under section 136.",
			"%g people were detained under section 135 of the Mental Health Act.", "Officers held %g people at gunpoint.",
			"Officers detained %g people under the Mental Health Act and seized 5 knives."} {
			add(fmt.Sprintf(s, n), arrests(n), false)
		}
		for _, s := range []string{"Officers detained %g people.", "%g people were detained.", "Officers arrested %g people.",
			"Officers held %g people.", "Officers arrested %g people and detained 3 people under the Mental Health Act."} {
			add(fmt.Sprintf(s, n), arrests(n), true)
		}
		add(fmt.Sprintf("Officers arrested 62 people for %g offences.", n), charges(n), false)
		add(fmt.Sprintf("Officers charged 4 people with %g offences.", n), charges(n), true)
		add(fmt.Sprintf("Officers laid %g charges.", n), charges(n), true)
		add(fmt.Sprintf("Officers seized £%g in cash.", n*1000), cash(n*1000), true)
		add(fmt.Sprintf("Officers seized %g pounds in cash.", n*1000), cash(n*1000), true)
	}
	for _, s := range []string{"Officers arrested 12 people, including a man who was wanted for an offence.",
		"Officers arrested 12 people, including a man wanted for an offence in Essex.",
		"Officers arrested 12 people, one of whom was wanted for an offence.", "A man wanted for an offence was arrested."} {
		add(s, charges(1), false)
	}
	add("Officers arrested 12 people, including a man who was wanted for an offence.", arrests(12), true)
	add("A man was charged with an offence.", releaseFig{"", "charged", "", 1}, true)
	releaseLaw(t, "TestReleaseNotTheMetricLaw", cases)
}
