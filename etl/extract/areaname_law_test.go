package extract_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
)

// areaCell is a `label │ value` cell of a force's return.
type areaCell struct {
	force, title, label, value string
	loads                      bool
}

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

// ownAreaNames are the names a force's whole area goes by in a return:
// its area names (forces.csv's areas column) and its plain aliases that
// are no officers' name ("Kent", "Avon and Somerset").
func ownAreaNames(f catalog.Force) []string {
	out := append([]string{}, f.Areas...)
	for _, a := range f.Aliases {
		if !strings.Contains(a, "Police") && !strings.Contains(a, "Constabulary") && a != strings.ToUpper(a) &&
			!strings.Contains(a, ",") && len(a) > 3 && !strings.HasPrefix(a, "The ") {
			out = append(out, a)
		}
	}
	return out
}

// nameParts are the single words of a force's multi-word names that are
// no whole name of the force: "Avon", "Somerset", "Devon", "Yorkshire"
// (of West Yorkshire), "Medway" (of Kent and Medway).
func nameParts(f catalog.Force) []string {
	whole := map[string]bool{}
	for _, n := range append(append([]string{f.Name}, f.Aliases...), f.Areas...) {
		whole[strings.ToLower(n)] = true
	}
	seen := map[string]bool{}
	var out []string
	for _, n := range append(append([]string{f.Name}, f.Aliases...), f.Areas...) {
		var ws []string
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return strings.ContainsRune(" ,&-–", r) }) {
			switch strings.ToLower(w) {
			case "police", "constabulary", "service", "force", "heddlu", "and", "of":
			default:
				ws = append(ws, w)
			}
		}
		if len(ws) < 2 {
			continue // "Wilts Police": a short name of the whole
		}
		for _, w := range ws {
			lw := strings.ToLower(w)
			if len(w) < 4 || w == strings.ToUpper(w) || whole[lw] || seen[lw] ||
				lw == "greater" || lw == "county" || lw == "north" || lw == "south" || lw == "east" || lw == "west" || lw == "city" {
				continue
			}
			seen[lw] = true
			out = append(out, w)
		}
	}
	return out
}

// A place beside a value names the force's whole area only when the
// force's own name is the whole of it. Law, for every force with area
// names or a name with "and" in it, every own name, in/across: the name
// alone loads 12; the name followed by more places or words ("and
// beyond", "and Essex", ", Essex", "& beyond", "plus Essex", "as well as
// Essex", "into Essex", ", including X", "and the region", "and the
// Home Counties", "and partners") refuses the cell, naming it; the name
// used to describe a noun ("London forces", "Kent and Medway prisons",
// "the London region") refuses; and a single word of a multi-word force
// name ("Avon", "Somerset", "Devon", "Yorkshire" in West Yorkshire's
// return) is a part of the area, or a wider one, and refuses.
func TestAreaNameWholeCellLaw(t *testing.T) {
	t.Parallel()
	cat := mainCatalog(t)
	title := func(name string) string { return name + " - County lines intensification week 11-17 Oct 2021" }
	labels := []string{"Arrests", "Warrants executed", "Cash seized (£)", "Knives seized"}
	preps := []string{"in", "across"}
	var forces []catalog.Force
	for _, f := range cat.Forces {
		if strings.EqualFold(f.ROCU, "national") {
			continue
		}
		and := false
		for _, n := range append([]string{f.Name}, f.Aliases...) {
			and = and || strings.Contains(n, " and ") || strings.Contains(n, " & ")
		}
		if len(f.Areas) > 0 || and {
			forces = append(forces, f)
		}
	}
	if len(forces) < 5 {
		t.Fatalf("%d forces with area names or an \"and\" in their name; the law needs 5", len(forces))
	}
	var cases []areaCell
	n := 0
	for fi, f := range forces {
		other := forces[(fi+1)%len(forces)]
		otherName := ownAreaNames(other)[0]
		continuations := []string{
			" and beyond", " & beyond", ", and beyond", " and " + otherName, ", " + otherName, " & " + otherName,
			" plus " + otherName, " as well as " + otherName, " into " + otherName, ", including " + otherName,
			" and the region", " and the country", " and partners", " and the Home Counties",
			" and neighbouring counties", " and surrounding areas", " and elsewhere", " (and beyond)",
		}
		nouns := []string{" forces", " region", " prisons", " schools"}
		for _, a := range ownAreaNames(f) {
			for _, pr := range preps {
				n++
				l := labels[n%len(labels)]
				cases = append(cases, areaCell{f.Code, title(f.Name), l, "12 " + pr + " " + a, true})
				for _, c := range continuations {
					n++
					cases = append(cases, areaCell{f.Code, title(f.Name), labels[n%len(labels)], "12 " + pr + " " + a + c, false})
				}
				for _, w := range nouns {
					n++
					cases = append(cases,
						areaCell{f.Code, title(f.Name), labels[n%len(labels)], "12 " + pr + " " + a + w, false},
						areaCell{f.Code, title(f.Name), labels[n%len(labels)], "12 " + pr + " the " + a + w, false})
				}
			}
			n++
			cases = append(cases,
				areaCell{f.Code, title(f.Name), labels[n%len(labels)], "12 by " + a + " forces", false},
				areaCell{f.Code, title(f.Name), labels[n%len(labels)], "12 (" + a + " and " + otherName + ")", false})
		}
	}
	// a word of a multi-word force name: a part of the area ("Avon"), or
	// a wider one ("Yorkshire" of West Yorkshire)
	parts := 0
	for _, f := range cat.Forces {
		if strings.EqualFold(f.ROCU, "national") {
			continue
		}
		for _, w := range nameParts(f) {
			for _, pr := range preps {
				n++
				parts++
				cases = append(cases, areaCell{f.Code, title(f.Name), labels[n%len(labels)], "12 " + pr + " " + w, false})
			}
		}
	}
	// where those counted came from, a part after the total: the total
	// stays the force's (review15's "Checked, no loss")
	for _, code := range []string{"hampshire", "kent", "essex", "metropolitan"} {
		for _, f := range cat.Forces {
			if f.Code == code {
				cases = append(cases, areaCell{code, title(f.Name), "Stop searches", "12 stop and searches, 5 of people from London, Birmingham or out of county", true})
				if code != "metropolitan" { // London is the Met's own: "5 of people from London" is no part there
					cases = append(cases, areaCell{code, title(f.Name), "Stop searches", "12, 5 of people from London", true})
				}
			}
		}
	}
	if parts < 20 {
		t.Fatalf("the law made %d cases of a word of a force's name; want at least 20", parts)
	}
	// one workbook per 400 cases: a return's workbook has a limit of parts
	for len(cases) > 0 {
		chunk := cases[:min(400, len(cases))]
		cases = cases[len(chunk):]
		areaWholeLaw(t, "a force's own area name as the whole of a place", chunk)
	}
}

// areaWholeLaw runs TestAreaNameWholeCellLaw's law over cases: each
// loads its leading number from B3 in its force's return, or is refused.
func areaWholeLaw(t *testing.T, what string, cases []areaCell) {
	law[areaCell]{
		what:  what,
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
			want, _ := strconv.ParseFloat(strings.TrimRight(strings.Fields(c.value)[0], ","), 64) // "12 in Kent", "12, 5 of …", "0 in the City"
			at := p.factsAt("B3")
			v.want(len(at) == 1 && at[0].Value != nil && *at[0].Value == want, "want %v loaded from B3", want)
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
