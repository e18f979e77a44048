package phrase_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestPlaceBeforeOwnRankLaw: the force's own ranks and departments
// ("CID", "Chief Constable", "Detective Inspector Smith") are the force's
// only when no other place's name stands before them: "Essex CID said
// 12 people were arrested", "Sussex Chief Constable Jo Shiner said ..."
// are another force's words (the final re-read of 6503c92: drafted as
// Kent's). The bare rank or department still speaks for the force.
func TestPlaceBeforeOwnRankLaw(t *testing.T) {
	r := newReader(t)
	ranks := []string{"CID", "Chief Constable Jo Shiner", "Detective Inspector Smith", "Superintendent Jo Smith"}
	places := []string{"Essex", "Sussex", "Norfolk", "Hertfordshire"}
	failed, n := 0, 0
	read := func(text string) bool {
		for _, f := range r.Read(text, phrase.Context{Force: "kent"}).Facts {
			if f.Metric == "arrests" && f.Value != nil && *f.Value == 12 {
				return true
			}
		}
		return false
	}
	for _, rk := range ranks {
		for _, pl := range places {
			text := fmt.Sprintf("%s %s said 12 people were arrested.", pl, rk)
			n++
			if read(text) {
				failed++
				t.Errorf("%q drafted Arrests 12, want nothing", text)
			}
		}
		text := fmt.Sprintf("%s said 12 people were arrested.", rk)
		n++
		if !read(text) {
			failed++
			t.Errorf("%q drafted nothing, want Arrests 12", text)
		}
	}
	t.Logf("%d phrases, %d failed", n, failed)
}
