package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// A force's whole area may go by names that are not the force's
// ("Kent and Medway" for Kent Police, "London" for the Metropolitan
// Police): forces.csv's areas column. A figure in or across one of them
// is the force's week's and loads (`Arrests │ 12 across Kent and
// Medway`). Law, for every force with area names, every name and every
// preposition of place: the cell loads 12 in the force's own return;
// the same words refuse the cell, with a message naming it and the
// phones below loading, when what they name is not that force's whole
// area: the name in another force's return (one with area names and one
// without), a part of the area (an invented town), the force's region
// when it is not one of its area names, the country, and "London" in
// the City of London's return (a word of its name, but the region's).
func TestAreaNameCellLaw(t *testing.T) {
	t.Parallel()
	type areaCell struct {
		force, title, label, value string
		loads                      bool
	}
	cat := mainCatalog(t)
	title := func(name string) string { return name + " - County lines intensification week 11-17 Oct 2021" }
	labels := []string{"Arrests", "Warrants executed", "Cash seized (£)", "Knives seized"}
	preps := []string{"in", "across", "throughout"}
	var withAreas []int
	for i, f := range cat.Forces {
		if len(f.Areas) > 0 {
			withAreas = append(withAreas, i)
		}
	}
	if len(withAreas) < 3 {
		t.Fatalf("forces.csv names the areas of %d forces; the law needs 3", len(withAreas))
	}
	essex := ""
	for _, f := range cat.Forces {
		if f.Code == "essex" {
			essex = f.Name
		}
	}
	var cases []areaCell
	for n, i := range withAreas {
		f := cat.Forces[i]
		other := cat.Forces[withAreas[(n+1)%len(withAreas)]]
		own := map[string]bool{}
		for _, a := range f.Areas {
			own[strings.ToLower(a)] = true
		}
		for k, a := range f.Areas {
			for j, pr := range preps {
				l := labels[(n+j+k)%len(labels)]
				v := "12 " + pr + " " + a
				cases = append(cases,
					areaCell{f.Code, title(f.Name), l, v, true},
					areaCell{other.Code, title(other.Name), l, v, false},
					areaCell{"essex", title(essex), l, v, false})
			}
		}
		l := labels[n%len(labels)]
		cases = append(cases,
			areaCell{f.Code, title(f.Name), l, "12 across " + other.Areas[0], false},
			areaCell{f.Code, title(f.Name), l, "12 in Brackenford", false},
			areaCell{f.Code, title(f.Name), l, "12 in Brackenford and Wendley Vale", false},
			areaCell{f.Code, title(f.Name), l, "12 across England", false},
			areaCell{f.Code, title(f.Name), l, "12 across the country", false})
		if !own[strings.ToLower(f.Region)] && f.Region != "" {
			cases = append(cases, areaCell{f.Code, title(f.Name), l, "12 across the " + f.Region, false})
		}
	}
	for _, l := range labels {
		cases = append(cases,
			areaCell{"city_of_london", title("City of London Police"), l, "12 in London", false},
			areaCell{"city_of_london", title("City of London Police"), l, "12 across London", false})
	}
	law[areaCell]{
		what:  "a force's area names beside a value",
		cases: cases,
		name:  func(c areaCell) string { return fmt.Sprintf("%s: %q │ %q", c.force, c.label, c.value) },
		sheet: func(c areaCell, b *lawBook) {
			b.Rows("A1", []any{c.title}, nil, []any{c.label, c.value}, phonesRow)
		},
		holds: func(c areaCell, p probe, v *verdict) {
			if !c.loads {
				p.refused(v)
				return
			}
			v.want(p.r.Force == c.force, "the return's force is %q, want %s", p.r.Force, c.force)
			at := p.factsAt("B3")
			v.want(len(at) == 1 && at[0].Value != nil && *at[0].Value == 12, "want 12 loaded from B3")
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
