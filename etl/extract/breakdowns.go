package extract

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/countylines/countylines/etl"
)

// A row of an itemised table or section that says it is a part of the
// item row above it is a breakdown of that row: "of which kitchen knives
// │ 2" or an indented "- lock knives │ 3" under "Knives │ 5", "of which
// crack │ 200g" under "Cocaine │ 1.2kg". Added to its parent (as two
// knife rows are) it counts the part twice; loaded as an item of its own
// beside the parent (crack beside cocaine) it is counted twice in the
// all-items figure. So a part of an item row is never loaded: the parent
// keeps its figure, and the part is named in a message (an info when it
// is more of the parent's own item, a warning when the item it names is
// lost, or when it is larger than its parent). The catalogue's items are
// disjoint: it has no place for an item that is a part of another, but
// for a drug under its class's row ("Class A │ 76" over "- Heroin │ 56"):
// the member is loaded, and the class row is its members' subtotal, not
// loaded (subtotals.go).
//
// A row says it is a part by its words ("of which", "including", "incl.",
// "inc"), a leading dash or bullet, or by being set in further than the
// row above: leading spaces, the cell's indent, or a column. Its parent
// is the nearest row above it in the same column, in the same block, set
// in less far; or, set in by a column, the nearest label above it left of
// its column (unless its own row has words left of it: a numbered list).
// Rows set in alike ("- Knives", "- Axes") are siblings; rows set in under
// a row with nothing beside it are the items it heads; a part of an
// all-items row ("Weapons seized │ 8", "of which knives │ 5") is one of
// its items and is read as before.

// partMarker is the words or sign a label opens with to say it is a part
// of the row above.
var partMarker = regexp.MustCompile(`(?i)^\s*(?:(?:of which|of whom|of these|of those|including|incl\.?|inc\.?|which included|within this|comprising)(?:\s*[:,])?\s+|[-–—•·▪◦*»>]+\s*)`)

// setIn is how far a label is set in from the left edge of its cell:
// its indent, its leading spaces, and a leading part marker.
func setIn(c *etl.Cell) int {
	n := 4 * c.Indent
	for _, r := range c.Text {
		switch r {
		case ' ', '\u00a0':
			n++
			continue
		case '\t':
			n += 4
			continue
		}
		break
	}
	if partMarker.MatchString(c.Text) {
		n++
	}
	return n
}

// colOfRef is the column of a cell reference, 0 when it is none.
func colOfRef(ref string) int {
	col, _, err := etl.ParseCellRef(ref)
	if err != nil {
		return 0
	}
	return col
}

// labelCell is the cell of a figure's row holding its label.
func labelCell(g *grid, fd found) int {
	col, row, err := etl.ParseCellRef(fd.fact.Cell)
	if err != nil {
		return -1
	}
	best := -1
	for _, i := range g.byRow[row] {
		c := g.cell(i)
		if c.Col >= col || c.Kind != etl.KindText {
			continue
		}
		if strings.TrimSpace(c.Text) == strings.TrimSpace(fd.label) {
			return i
		}
		best = i
	}
	return best
}

// breakdowns drops from x.found the parts of item rows, saying why for
// each.
func (x *extractor) breakdowns() {
	// rowFound: the figures read from each row of each sheet.
	type place struct {
		sheet string
		row   int
	}
	rowFound := map[place][]int{}
	for i, fd := range x.found {
		p := place{fd.fact.Sheet, rowOfRef(fd.fact.Cell)}
		rowFound[p] = append(rowFound[p], i)
	}
	drop := map[int]bool{}
	classOf := map[int][]int{} // a class row read as a label and its value: the members under it
	for i, fd := range x.found {
		g := x.sheets[fd.fact.Sheet]
		if fd.fact.Item == "" || fd.label == "" || g == nil {
			continue
		}
		li := labelCell(g, fd)
		if li < 0 {
			continue
		}
		lc := g.cell(li)
		parent := -1
		if depth := setIn(lc); depth > 0 {
			parent = sameColumnParent(g, lc, depth)
		}
		if parent < 0 {
			parent = leftColumnParent(g, lc)
		}
		if parent < 0 {
			continue
		}
		pc := g.cell(parent)
		var of *found // the parent's figure of the metric, read from its row
		ofAt := -1
		for _, j := range rowFound[place{fd.fact.Sheet, pc.Row}] {
			// Read from the same table, or as a label and its value in
			// the same column ("Class A (g) │ 76" over "- Heroin (g) │ 56").
			if p := x.found[j]; (p.src == fd.src || colOfRef(p.fact.Cell) == colOfRef(fd.fact.Cell)) && p.fact.Metric == fd.fact.Metric {
				of, ofAt = &x.found[j], j
				if p.fact.Unit == fd.fact.Unit {
					break
				}
			}
		}
		m, _ := x.cat.Metric(fd.fact.Metric)
		if of == nil {
			if _, _, ok := x.matchItem(pc.Text, m.ItemKind); !ok || !rowHasFigure(g, pc) {
				// Under a heading ("Class A", "Knives and bladed
				// weapons" with no figure: its rows are items), or a
				// row of no item: the row is read as it stands.
				continue
			}
		} else if of.fact.Item == "" {
			continue // a part of the all-items figure: one of its items
		} else if slices.Contains(x.cat.ClassMembers(of.fact.Item), fd.fact.Item) {
			// heroin under "Class A": a member, and the class row is its
			// members' subtotal; subtotals says so within one table, and
			// here for rows each read as a label and its value.
			if of.src != fd.src {
				classOf[ofAt] = append(classOf[ofAt], i)
			}
			continue
		}
		drop[i] = true
		x.partNote(fd, pc, of, m.Label)
	}
	for _, c := range slices.Sorted(maps.Keys(classOf)) {
		drop[c] = true
		x.subtotalNote(x.found[c], classOf[c], nil, "names a class whose members are listed under it")
	}
	x.dropFound(drop)
}

// partNote says why a part of an item row is not loaded.
func (x *extractor) partNote(fd found, pc *etl.Cell, of *found, metric string) {
	f := fd.fact
	what := fmt.Sprintf("%s: %q (%q at %s) is a part of %q at %s above it", metric, strings.TrimSpace(fd.label), f.Raw, f.Cell, strings.TrimSpace(pc.Text), pc.Ref())
	switch {
	case of == nil:
		x.refuse(etl.SevWarning, "breakdown_row", f.Sheet, f.Cell, []string{f.Cell},
			"%s, whose figure is not loaded; a part is not its whole, so it is not loaded either", what)
	case of.fact.Unit == f.Unit && of.fact.Value != nil && f.Value != nil && *f.Value > *of.fact.Value:
		x.refuse(etl.SevWarning, "breakdown_row", f.Sheet, f.Cell, []string{f.Cell},
			"%s, but it is larger than %q; not loaded. Check the two figures", what, of.fact.Raw)
	case of.fact.Item == f.Item:
		x.refuse(etl.SevInfo, "breakdown_row", f.Sheet, f.Cell, []string{f.Cell},
			"%s, not more %s: not added to it, so not counted twice", what, f.Item)
	default:
		x.refuse(etl.SevWarning, "breakdown_row", f.Sheet, f.Cell, []string{f.Cell},
			"%s: %s holds it already, so it is not loaded as %s of its own (that would count it twice in all %s)", what, of.fact.Item, f.Item, strings.ToLower(metric))
	}
}

// rowHasFigure reports whether a label's row holds anything to its
// right: a figure, or words where one goes ("lots"). A row with nothing
// beside its label heads the rows under it.
func rowHasFigure(g *grid, label *etl.Cell) bool {
	for _, i := range g.byRow[label.Row] {
		if c := g.cell(i); c.Col > label.Col && (c.Kind != etl.KindText || !isBlankText(c.Text)) {
			return true
		}
	}
	return false
}

// sameColumnParent is the parent of a label set in depth far: the nearest
// label above it, in its column and block, set in less far; -1 for none.
func sameColumnParent(g *grid, lc *etl.Cell, depth int) int {
	for prev, k := lc.Row, len(g.rows)-1; k >= 0; k-- {
		r := g.rows[k]
		if r >= lc.Row {
			continue
		}
		if !g.adjacent(r, prev) {
			return -1 // a blank row ends the block
		}
		prev = r
		j := g.get(r, lc.Col)
		if j >= 0 && g.cell(j).Kind == etl.KindText && !isBlankText(g.cell(j).Text) && setIn(g.cell(j)) < depth {
			return j
		}
	}
	return -1
}

// leftColumnParent is the parent of a label set in by a column ("B5 Crack"
// under "A4 Cocaine"): the nearest label above it in its block that stands
// left of its column with nothing in its column; -1 for none, or when its
// own row has words left of it (a numbered list: "a) │ Heroin").
func leftColumnParent(g *grid, lc *etl.Cell) int {
	leftmost := func(row int) int {
		for _, i := range g.byRow[row] {
			if c := g.cell(i); c.Col < lc.Col && !(c.Kind == etl.KindText && isBlankText(c.Text)) {
				return i
			}
		}
		return -1
	}
	if leftmost(lc.Row) >= 0 {
		return -1
	}
	for prev, k := lc.Row, len(g.rows)-1; k >= 0; k-- {
		r := g.rows[k]
		if r >= lc.Row {
			continue
		}
		if !g.adjacent(r, prev) {
			return -1
		}
		prev = r
		if j := g.get(r, lc.Col); j >= 0 && !(g.cell(j).Kind == etl.KindText && isBlankText(g.cell(j).Text)) {
			continue // a row beside it in its column
		}
		if i := leftmost(r); i >= 0 && g.cell(i).Kind == etl.KindText {
			return i
		}
	}
	return -1
}
