package phrase_test

import (
	"slices"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

func TestVerbForms(t *testing.T) {
	for _, c := range formsCorpus {
		got := phrase.VerbFormsForTest(c.taught)
		for _, f := range c.forms {
			if !slices.Contains(got, f) {
				t.Errorf("forms of %q = %v, want %q among them", c.taught, got, f)
			}
		}
		if c.forms == nil && len(got) > 0 {
			t.Errorf("forms of %q = %v, want none", c.taught, got)
		}
	}
	for _, c := range notForms {
		got := phrase.VerbFormsForTest(c.taught)
		if c.never == nil && len(got) > 0 {
			t.Errorf("forms of %q = %v, want none", c.taught, got)
		}
		for _, f := range c.never {
			if slices.Contains(got, f) {
				t.Errorf("forms of %q = %v, must not hold %q", c.taught, got, f)
			}
		}
	}
	checkReadCorpus(t, formsReadCorpus)
}
