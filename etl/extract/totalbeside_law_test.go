package extract_test

import "testing"

// reread25 E3, E4, review25 W15: a Total is the force's figure for the
// week only when every column it adds is the force's own for this
// operation, wherever the Total stands. Beside a column that says it is
// the force's own (the force's name, "County lines", "CL",
// "Intensification", "Op Orochi") or beside the week's days, a column
// whose heading does not say so ("Out of force", "London", "NCA", "All",
// "TBC", "Medway") holds figures that are not (or not known to be); a
// column of others ("Other ops", "Other", "Other forces") makes the
// Total another sum before it or after it ("Total │ CL │ Other ops",
// "County lines │ Total │ Other"); "Other" beside another period's
// column ("County lines (YTD) │ Other") too. Law, over those layouts ×
// rows: neither the Total's figure nor the column's loads. Near misses
// whose Total keeps loading: districts alone ("Medway │ Thanet"), the
// metric's parts ("Adults │ Under 18"), the week's days alone, days with
// a notes column or a comparison after the Total ("Mon … Sun │ Total │
// Last week"), the operation's column alone.
func TestTotalBesideNotOwnLaw(t *testing.T) {
	t.Parallel()
	days := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	type layout struct {
		heads []string // the headings after "Measure", the Total's among them
		figs  []int    // each column's figure (the Total's the sum of the others')
		bad   []int    // the columns (0-based) whose figure must not load: the Total and the not-own
	}
	var sets []layout
	// own │ not-own │ Total, and not-own │ own │ Total
	owns := []string{"Kent", "County lines", "CL", "Intensification", "Op Orochi"}
	unknowns := []string{"Out of force", "Out of area", "London", "NCA", "ROCU", "Regional", "Elsewhere", "All", "Unknown", "TBC", "Not known", "Medway", "Partner agency", "Other crime", "Non-Kent", "Outside Kent"}
	for _, o := range owns {
		for _, u := range unknowns {
			sets = append(sets,
				layout{[]string{o, u, "Total"}, []int{20, 23, 43}, []int{1, 2}},
				layout{[]string{u, o, "Total"}, []int{23, 20, 43}, []int{0, 2}})
		}
	}
	for _, n := range []string{"Excl. CL", "Exc CL", "Excl CL", "Exc. CL"} {
		sets = append(sets, layout{[]string{n, "CL", "Total"}, []int{23, 20, 43}, []int{0, 2}})
	}
	// the Total first or between
	for _, o := range []string{"County lines", "CL", "Op Orochi", "Kent"} {
		for _, x := range []string{"Other ops", "Other", "Other forces", "Partners", "BAU"} {
			sets = append(sets,
				layout{[]string{"Total", o, x}, []int{43, 20, 23}, []int{0, 2}},
				layout{[]string{o, "Total", x}, []int{20, 43, 23}, []int{1, 2}},
				layout{[]string{x, "Total", o}, []int{23, 43, 20}, []int{0, 1}})
		}
	}
	// another period's column and "Other"
	for _, p := range []string{"County lines (YTD)", "County lines YTD", "CL last week", "Intensification (month)", "Intensification Week 40"} {
		sets = append(sets, layout{[]string{p, "Other", "Total"}, []int{20, 23, 43}, []int{1, 2}})
	}
	// the week's days and a column not a day
	for _, u := range []string{"Medway", "Unknown day", "Day not known", "Late returns", "Op Venetic", "Out of force"} {
		h := append(append([]string{}, days...), u, "Total")
		f := []int{5, 5, 5, 5, 5, 5, 5, 8, 43}
		sets = append(sets, layout{h, f, []int{7, 8}})
	}
	// near misses: the Total loads
	sets = append(sets,
		layout{[]string{"Medway", "Thanet", "Total"}, []int{20, 23, 43}, nil},
		layout{[]string{"Adults", "Under 18", "Total"}, []int{35, 8, 43}, nil},
		layout{append(append([]string{}, days...), "Total"), []int{5, 5, 5, 5, 5, 5, 13, 43}, nil},
		layout{append(append([]string{}, days...), "Total", "Last week"), []int{5, 5, 5, 5, 5, 5, 13, 43, 30}, nil},
		layout{[]string{"County lines", "Total"}, []int{43, 43}, nil},
		layout{[]string{"Kent", "Total"}, []int{43, 43}, nil},
	)
	var layouts []totalLayout
	for _, l := range sets {
		own := -1 // with no bad column the Total loads exact
		for k, h := range l.heads {
			if h == "Total" && len(l.bad) == 0 {
				own = k
			}
		}
		layouts = append(layouts, totalLayout{l.heads, l.figs, l.bad, own})
	}
	runTotalLayouts(t, "Totals beside columns not the force's own", layouts)
}
