package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

// A subtotal row in an itemised table ("Class A total" under heroin and
// crack, "Bladed weapons total" under knives and machetes) is no item of
// its own: loaded as one, it is added to the rows it sums (as a second
// knife row) or counted beside them in the all-items figure (as
// class_a). So, within one table or item section:
//   - a row whose label says total or subtotal, with item rows above it
//     (since the table began or the last such row), is a subtotal: never
//     loaded; an info when it equals those rows (or the last few of them,
//     or its class's members among them), else a warning;
//   - a row naming a drug class ("Class A") in a table that lists members
//     of that class is never loaded beside them: an info when it equals
//     their sum, else a warning, as it may or may not include them. A
//     class row that says it is the rest ("Other Class A") is its own.
// A total row first, with no item rows above it ("Knives total │ 5"), is
// that item's figure. Which items a class holds is reference data (the
// class column of items.csv, or an operator's item_words.csv), not code.

var (
	subtotalWords = phrases("total", "subtotal", "sub total", "totals")
	// restWords make a class row the class's other drugs, not its total.
	restWords = phrases("other", "others", "unspecified", "remaining", "rest", "misc", "miscellaneous", "not listed")
	cellRow   = regexp.MustCompile(`\d+$`)
)

func rowOfRef(ref string) int {
	n, _ := strconv.Atoi(cellRow.FindString(ref))
	return n
}

// subtotals drops subtotal rows and class rows beside their members from
// x.found, saying why for each.
func (x *extractor) subtotals() {
	type key struct{ src, metric string }
	groups := map[key][]int{}
	for i, fd := range x.found {
		if fd.fact.Item != "" && fd.label != "" {
			k := key{fd.src, fd.fact.Metric}
			groups[k] = append(groups[k], i)
		}
	}
	drop := map[int]bool{}
	for _, is := range groups {
		if len(is) < 2 {
			continue
		}
		isTotal := func(i int) bool {
			return findPhrase(strings.Fields(catalog.Normalize(x.found[i].label)), subtotalWords) != ""
		}
		for _, i := range is {
			fd := x.found[i]
			row := rowOfRef(fd.fact.Cell)
			if isTotal(i) {
				start := 0 // the row after the last subtotal above
				for _, j := range is {
					if r := rowOfRef(x.found[j].fact.Cell); r < row && isTotal(j) && r+1 > start {
						start = r + 1
					}
				}
				var above []int
				for _, j := range is {
					if r := rowOfRef(x.found[j].fact.Cell); r >= start && r < row && !isTotal(j) {
						above = append(above, j)
					}
				}
				if len(above) == 0 {
					continue // "Knives total" heading its own table: the item's figure
				}
				drop[i] = true
				x.subtotalNote(fd, above, x.cat.ClassMembers(fd.fact.Item), "is labelled a total")
				continue
			}
			members := x.cat.ClassMembers(fd.fact.Item)
			if members == nil || findPhrase(strings.Fields(catalog.Normalize(fd.label)), restWords) != "" {
				continue
			}
			var own []int
			for _, j := range is {
				if j != i && slices.Contains(members, x.found[j].fact.Item) && !isTotal(j) {
					own = append(own, j)
				}
			}
			if len(own) == 0 {
				continue
			}
			drop[i] = true
			x.subtotalNote(fd, own, nil, "names a class whose own members are listed in the same table")
		}
	}
	x.dropFound(drop)
}

// dropFound removes the figures read at the given indexes of x.found.
func (x *extractor) dropFound(drop map[int]bool) {
	if len(drop) == 0 {
		return
	}
	kept := x.found[:0]
	for i, fd := range x.found {
		if !drop[i] {
			kept = append(kept, fd)
		}
	}
	x.found = kept
}

// subtotalNote says that a subtotal row was not loaded: an info when its
// figure is the sum of the rows (all of them, the last few, or its class's
// members), else a warning naming what they add up to.
func (x *extractor) subtotalNote(fd found, rows []int, members []string, what string) {
	f := fd.fact
	var same []found
	for _, j := range rows {
		if g := x.found[j]; g.fact.Unit == f.Unit {
			same = append(same, g)
		}
	}
	sum := func(fs []found) (float64, string, bool) {
		total, parts := 0.0, []string{}
		for _, g := range fs {
			if g.fact.Value == nil || g.fact.Qualifier != etl.Exact {
				return 0, "", false
			}
			total += *g.fact.Value
			parts = append(parts, fmt.Sprintf("%s %s", g.fact.Item, formatNum(*g.fact.Value)))
		}
		return roundFloat(total), strings.Join(parts, " + "), len(fs) > 0
	}
	var tries [][]found
	for k := range same {
		tries = append(tries, same[k:]) // all the rows, then the last few
	}
	if members != nil {
		var mem []found
		for _, g := range same {
			if slices.Contains(members, g.fact.Item) {
				mem = append(mem, g)
			}
		}
		tries = append(tries, mem)
	}
	m, _ := x.cat.Metric(f.Metric)
	if f.Value != nil && f.Qualifier == etl.Exact {
		for _, t := range tries {
			if s, parts, ok := sum(t); ok && s == *f.Value {
				x.refuse(etl.SevInfo, "subtotal_row", f.Sheet, f.Cell, []string{f.Cell},
					"%s: %q (%q at %s) %s and is the sum of the rows it heads or follows (%s = %s); not loaded as an item of its own, so not counted twice",
					m.Label, strings.TrimSpace(fd.label), f.Raw, f.Cell, what, parts, formatNum(s))
				return
			}
		}
	}
	s, parts, ok := sum(same)
	adds := "the figures beside it cannot be added"
	if ok {
		adds = fmt.Sprintf("they add up to %s (%s)", formatNum(s), parts)
	}
	x.refuse(etl.SevWarning, "subtotal_row", f.Sheet, f.Cell, []string{f.Cell},
		"%s: %q (%q at %s) %s, but it is not their sum: %s; it may include them, so it is not loaded as an item of its own",
		m.Label, strings.TrimSpace(fd.label), f.Raw, f.Cell, what, adds)
}
