package extract_test

import (
	"fmt"
	"testing"
)

// Two verbs of different metrics that share one object ("arrested and
// charged 11 people") read in prose as each verb's figure (etl/phrase,
// sharedObject), never in a return's value cell: the label names one
// metric, and a cell that says its figure is also another's is a row the
// return does not have. Nor does "no one" read as one. Law: every label
// of arrests or charges under every such cell, with the shared verbs
// active and passive, zero, a hedge, a plan, another force as subject,
// words after it (", TBC", ", including Essex", ", regional total") and
// a stretch containing it ("in the year up to Sunday"), is refused:
// nothing loaded from A3 or B3, a warning naming one, the phones below
// loaded. The label "Arrested and charged" itself is refused as naming
// two metrics. Control: each label over a plain figure loads it.
func TestSharedVerbCellLaw(t *testing.T) {
	t.Parallel()
	labels := []string{"Arrests", "People arrested", "People charged", "Charged", "Released under investigation", "Arrested and charged"}
	values := []string{
		"11 people arrested and charged", "arrested and charged 11 people", "11 were arrested and charged",
		"11 people were detained and released under investigation", "charged and arrested 11",
		"0 people arrested and charged", "over 11 people arrested and charged",
		"11 people will be arrested and charged", "Essex Police arrested and charged 11 people",
		"11 arrested and charged, TBC", "11 arrested and charged, including Essex", "11 people arrested and charged, regional total",
		"11 people arrested and charged in the year up to Sunday", "arrested and charged 11 people and beyond",
		"No one", "no-one charged", "No one was arrested and charged",
	}
	ps, cases := valueLaw(t, labels, values)
	if failed := refusedBeside(t, ps, cases); failed > 0 {
		t.Errorf("%d of %d cells loaded a figure of two verbs, or of \"no one\"", failed, len(cases))
	}
	want := map[string]string{"Arrests": "arrests", "People arrested": "arrests", "People charged": "charged", "Charged": "charged",
		"Released under investigation": "released_under_investigation"}
	var control [][2]string
	for _, l := range labels[:5] {
		control = append(control, [2]string{l, "11"})
	}
	for i, p := range pairLaw(t, control) {
		f := p.value(want[control[i][0]])
		if f == nil || f.Value == nil || *f.Value != 11 || !p.phonesLoaded() {
			t.Errorf("control %q │ \"11\": want %s 11 loaded, read %v", control[i][0], want[control[i][0]], p.listed(factLine))
		}
	}
	t.Log(fmt.Sprintf("%d shared-verb cells refused", len(cases)))
}
