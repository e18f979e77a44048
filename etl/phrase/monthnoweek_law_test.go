package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestMonthNoWeekLaw: with no week known (a phrase read alone, a
// page that gives no week), one month said of the figures alone ("In
// October, police arrested 18 people", found.csv f2018; "During August,
// ...", f1901; "In April a taskforce took down 12 County Lines", f1948;
// "... in October.") is the month's, a longer period than any week, as
// TestReleaseMonthLaw has the week's own month: refused, with a message
// naming the month. Near misses stay read: the month said of the
// operation ("In October's week of action", "During the crackdown in
// October"), the stretch of months a page's operation ran ("between
// November and March", f211; "from November to March"), a month of
// another verb after the figure ("..., who will appear in court in
// November"), "May" the modal's capital, and no month at all.
func TestMonthNoWeekLaw(t *testing.T) {
	r := newReader(t)
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	other := []string{"In %[1]s, %[2]s.", "During %[1]s, %[2]s.", "Throughout %[1]s, %[2]s.", "In %[1]s %[2]s.", "%[2]s in %[1]s.",
		"In %[1]s 2021, %[2]s.", "%[2]s during %[1]s."}
	own := []string{"In %[1]s's week of action, %[2]s.", "During the crackdown in %[1]s, %[2]s.", "%[2]s between %[1]s and %[3]s.",
		"%[2]s from %[1]s to %[3]s.", "%[2]s, who will appear in court in %[1]s.", "%[2]s.", "In the %[1]s week of action, %[2]s."}
	bad, n := 0, 0
	check := func(text string, f releaseFig, want bool) {
		n++
		rd := r.Read(text, phrase.Context{Force: "kent"})
		got := slices.ContainsFunc(rd.Facts, func(x phrase.Fact) bool {
			return x.Metric == f.metric && x.Item == f.item && x.Value != nil && *x.Value == f.v
		})
		if got != want {
			bad++
			if bad <= 20 {
				t.Errorf("%q: reads %s %v: %v, want %v %v", text, f.metric, f.v, got, want, factStrings(rd.Facts))
			}
		}
	}
	for k, m := range months {
		next := months[(k+4)%12]
		for _, f := range releaseFigs {
			if f.metric == "arrests" && f.v == 12 && m == "November" {
				continue // "who will appear in court in November" needs people
			}
			for _, s := range other {
				check(capFirst(fmt.Sprintf(s, m, f.clause)), f, false)
			}
			for _, s := range own {
				if strings.Contains(s, "who will") && f.metric != "arrests" || strings.Contains(s, "who will") && f.v != 12 {
					continue
				}
				if strings.Contains(s, "from %[1]s") && m == "May" {
					continue // "people from May" is not read as a stretch (a place?), before as now
				}
				check(capFirst(fmt.Sprintf(s, m, f.clause, next)), f, true)
			}
		}
	}
	for _, f := range releaseFigs {
		check(capFirst("May "+f.clause+"."), f, true)
	}
	if bad > 0 {
		t.Errorf("TestMonthNoWeekLaw: %d of %d cases wrong", bad, n)
	}
}
