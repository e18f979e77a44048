package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// review13 W4: "of" and people after a counted noun were read as whom
// the things were done to whatever the people's words, so a value cell
// that names a part of the people, or another place or period after
// them, loaded the whole count: `Stop searches │ 40 stop searches of
// juveniles` → stop searches 40, `… of people from outside the county`
// → stop searches 40 (not the out of area figure), `Welfare visits │ 12
// welfare visits of vulnerable people in the previous week` → 12. Law:
// for every stop search and welfare visit label, a value naming its
// things "of" people of an age or sex (every facet of words.csv), of
// another area, or "of" the things' people with a place, an agent or a
// period after them, never loads the label's metric: the out of area
// figure where that is what the value counts, else nothing, with a
// message naming the cell. (fixa wrote this law for b643197, which read
// "40 safe and well checks of vulnerable people" as 40 welfare visits;
// that widening was reverted (853abb7), and on main the cell reads as
// safeguarded and is refused: such a case may load welfare_visits 40 or
// be refused, never another figure. "of vulnerable children" names
// people of an age, as every facet does: refused.)
//
// Beyond fixa's words the law draws general classes from the catalogue
// and the construction: every period word of words.csv, forces' areas as
// places ("in Essex", "across Essex") and as agents ("by Essex Police"),
// every facet, after "of people", after a verb ("were carried out ...")
// and straight after the label's noun, for stop searches, welfare visits
// and arrests: each refused. The same cells with the week ("over the
// week ending Sunday", "during the intensification week", "this week"),
// the force's own area ("across the county") or its own officers ("by
// officers") load the label's figure, and so do `40 stop searches`, `40
// stop searches of people` and `40 stop and searches, 5 of people from
// out of county` (40, and 5 out of area).
func TestOfPeopleNarrowsValueLaw(t *testing.T) {
	t.Parallel()
	var facets []string
	for _, w := range mainCatalog(t).Words {
		if w.Role == "facet" {
			facets = append(facets, w.Text)
		}
	}
	adjuncts := []string{"in the previous week", "last week", "across the region", "nationally", "by other forces",
		"in other force areas", "elsewhere", "were carried out by other forces", "were carried out in the previous week"}
	families := []struct{ metric, labels, thing, people string }{
		{"stop_searches", "Stop searches|Stop and searches", "stop searches", "people"},
		{"welfare_visits", "Welfare visits|Safe and well checks", "safe and well checks", "vulnerable people"},
	}
	var cases []ofPeople
	for _, f := range families {
		for _, l := range strings.Split(f.labels, "|") {
			cases = append(cases, ofPeople{l, "40 " + f.thing + " of " + f.people, f.metric})
			for _, fc := range facets {
				cases = append(cases, ofPeople{l, fmt.Sprintf("40 %s of %s", f.thing, pluralOf(fc)), ""})
			}
			for _, a := range adjuncts {
				cases = append(cases, ofPeople{l, fmt.Sprintf("40 %s of %s %s", f.thing, f.people, a), ""})
			}
			area := ""
			if f.metric == "stop_searches" {
				area = "stop_searches_out_of_area"
			}
			cases = append(cases, ofPeople{l, fmt.Sprintf("40 %s of people from outside the county", f.thing), area})
		}
	}
	cases = append(cases,
		ofPeople{"Out of area stop searches", "40 stop searches of people from outside the county", "stop_searches_out_of_area"},
		ofPeople{"Welfare visits", "40 safe and well checks of vulnerable children", ""})
	cases = append(cases, ofPeopleClasses(t)...)
	law[ofPeople]{
		what:  "values naming whom their things were done to",
		cases: cases,
		name:  func(c ofPeople) string { return fmt.Sprintf("%q │ %q", c.label, c.text) },
		sheet: func(c ofPeople, b *lawBook) { pairSheet([2]string{c.label, c.text}, b) },
		holds: func(c ofPeople, p probe, v *verdict) {
			at := p.factsAt("B3")
			switch {
			case c.want == "" || c.want == "welfare_visits" && len(at) == 0 && strings.Contains(c.text, "of vulnerable people"):
				p.refused(v)
			case c.want == "stop_searches+out":
				v.want(len(at) == 2 && p.value("stop_searches") != nil && *p.value("stop_searches").Value == 40 &&
					p.value("stop_searches_out_of_area") != nil && *p.value("stop_searches_out_of_area").Value == 5, "want stop_searches 40 and stop_searches_out_of_area 5")
				v.want(p.phonesLoaded(), "the phones below it are not loaded")
			default:
				v.want(len(at) == 1 && at[0].Metric == c.want && *at[0].Value == 40, "want %s 40 alone", c.want)
				v.want(p.phonesLoaded(), "the phones below it are not loaded")
			}
		},
	}.run(t)
}

// ofPeopleClasses are the law's cases drawn from general classes: the
// period words of words.csv, forces' areas as places and agents (every
// fifth force, so that each family meets different ones), every facet;
// each after "of people", after a verb and straight after the label's
// noun, refused; and the same constructions with the week, the force's
// own area or its own officers, loaded.
func ofPeopleClasses(t *testing.T) []ofPeople {
	cat := mainCatalog(t)
	var periods, facets []string
	for _, w := range cat.Words {
		switch w.Role {
		case "period":
			periods = append(periods, w.Text)
		case "facet":
			facets = append(facets, pluralOf(w.Text))
		}
	}
	var areas []string
	for i, f := range cat.Forces {
		if i%5 == 0 && f.Name != "" {
			areas = append(areas, strings.TrimSuffix(strings.TrimSuffix(f.Name, " Police"), " Constabulary"))
		}
	}
	families := []struct{ metric, label, thing, people, verb string }{
		{"stop_searches", "Stop searches", "stop searches", "of people", "were carried out"},
		{"welfare_visits", "Welfare visits", "welfare visits", "", "were made"},
		{"arrests", "Arrests", "arrests", "", "were made"},
	}
	var out []ofPeople
	for i, f := range families {
		// the places of the construction: after the people, after a
		// verb, straight after the noun
		at := []string{"40 " + f.thing + " " + f.verb, "40 " + f.thing}
		if f.people != "" {
			at = append(at, "40 "+f.thing+" "+f.people)
		}
		var narrow []string
		for _, pd := range periods {
			narrow = append(narrow, pd, "in "+pd, "during "+pd)
		}
		for j, a := range areas {
			narrow = append(narrow, "in "+a, "across "+a, "by "+a+" Police", "by officers from "+a)
			if j == 0 {
				narrow = append(narrow, "across the region", "in other force areas", "by other forces", "by partner agencies", "outside the county", "over the weekend", "in the week before")
			}
		}
		for j, n := range narrow {
			c := ofPeople{f.label, at[(i+j)%len(at)] + " " + n, ""}
			if strings.HasSuffix(c.text, "of people outside the county") {
				c.want = "stop_searches_out_of_area" // people from outside: the out of area figure
			}
			out = append(out, c)
		}
		if f.people != "" {
			for _, fc := range facets {
				out = append(out, ofPeople{f.label, fmt.Sprintf("40 %s of %s %s", f.thing, fc, f.verb), ""})
			}
		}
		// the week, the force's own area and officers narrow nothing
		for j, w := range []string{"over the week ending Sunday", "during the intensification week", "this week", "across the county",
			"within the force area", "by officers", "by local officers", "in the week commencing Monday"} {
			out = append(out, ofPeople{f.label, at[(i+j)%len(at)] + " " + w, f.metric})
		}
		out = append(out, ofPeople{f.label, "40 " + f.thing, f.metric})
	}
	out = append(out,
		ofPeople{"Stop searches", "40 stop searches of people", "stop_searches"},
		ofPeople{"Stop searches", "40 stop and searches, 5 of people from out of county", "stop_searches+out"})
	return out
}

// ofPeople is a `label │ value` case of TestOfPeopleNarrowsValueLaw.
type ofPeople struct {
	label, text, want string // want: the metric loaded from B3, "" for refused
}

// pluralOf makes the plural of a phrase's last word, as a value names
// people: "juveniles", "young people", "under 18s", "women", "children".
func pluralOf(s string) string {
	switch {
	case strings.HasSuffix(s, "people"):
		return s
	case strings.HasSuffix(s, "person"):
		return strings.TrimSuffix(s, "person") + "people"
	case strings.HasSuffix(s, "child"):
		return s + "ren"
	case strings.HasSuffix(s, "man"):
		return strings.TrimSuffix(s, "man") + "men"
	}
	return s + "s"
}
