package extract

import (
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

// isUnitWord reports whether text is only a unit ("£", "g", "wraps"), as in
// a layout "Cash seized | £ | 50,272".
func isUnitWord(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	switch t {
	case "£", "€", "gbp", "eur", "(£)", "(€)":
		return true
	}
	for _, u := range suffixUnits {
		if u.unit != "" && u.re.MatchString(t) {
			return true
		}
	}
	return false
}

// valueLike reports whether a cell reads as a figure (or as "not
// reported"), rather than as a label or prose.
func valueLike(c *etl.Cell) bool {
	switch c.Kind {
	case etl.KindText:
		_, err := ParseText(c.Text)
		return err == nil
	default:
		return true
	}
}

// figureLike reports whether a cell holds a number, or text with a digit
// in it: a figure, never a column header.
func figureLike(c *etl.Cell) bool {
	if c.Kind != etl.KindText {
		return true
	}
	return strings.ContainsAny(c.Text, "0123456789")
}

// valuesRight returns the value cells to the right of the label at (row,
// col), in order, and the unit word of a unit-only cell among them. It
// stops at a cell already used (a note), and at text that is not a figure.
// first is the first non-empty cell, figure or not, for reporting.
func (x *extractor) valuesRight(g *grid, row, col int, all bool) (cells []int, unitWord string, first int) {
	first = -1
	edge := g.lastCol(row, col)
	for _, i := range g.byRow[row] {
		c := g.cell(i)
		if c.Col <= edge {
			continue
		}
		if g.used[i] {
			break
		}
		if first < 0 {
			first = i
		}
		if c.Kind == etl.KindText && isUnitWord(c.Text) {
			g.used[i] = true
			unitWord = strings.Trim(strings.TrimSpace(c.Text), "()")
			continue
		}
		if !valueLike(c) {
			break
		}
		cells = append(cells, i)
		if !all {
			break
		}
	}
	return cells, unitWord, first
}

// pairs finds labels and reads the figures beside them: metric labels
// with their value to the right (or below), itemised sections ("Drugs
// seized" then a row per drug), and "Label: value" in one cell.
func (x *extractor) pairs(g *grid) {
	var lastParent string
	var sec catalog.Metric // the itemised metric whose heading the scan is under, if any
	for i := range g.sheet.Cells {
		c := g.cell(i)
		if c.Kind != etl.KindText || g.used[i] {
			continue
		}
		lm, ok, amb := x.matchLabel(c.Text, lastParent)
		if len(amb) > 0 {
			g.used[i] = true
			x.msg(etl.SevWarning, "ambiguous_label", g.sheet.Name, c.Ref(), "label %q could mean %s; not loaded", c.Text, strings.Join(amb, " or "))
			continue
		}
		if ok {
			g.used[i] = true
			m := lm.metric
			if m.ItemKind == "" {
				sec = catalog.Metric{}
			}
			if m.Parent == "" {
				lastParent = m.Code
			}
			cells, unitWord, first := x.valuesRight(g, c.Row, c.Col, m.ItemKind != "" && lm.item == "")
			if tc, ok := g.totalFor(c.Row, c.Col); ok && len(cells) > 0 {
				// A daily breakdown: the week's figure is in the Total column.
				cells = nil
				if j := g.get(c.Row, tc); j >= 0 && !g.used[j] && valueLike(g.cell(j)) {
					cells = []int{j}
				}
				for _, k := range g.byRow[c.Row] {
					if col := g.cell(k).Col; col > c.Col && col < tc {
						g.used[k] = true
					}
				}
			}
			if len(cells) == 0 && first < 0 {
				if k := g.below(c.Row, c.Col); k >= 0 && !g.used[k] && g.cell(k).Kind != etl.KindText {
					cells = []int{k}
				}
			}
			if len(cells) == 0 {
				if first >= 0 && !g.used[first] && g.cell(first).Kind == etl.KindText && !x.isLabel(g.cell(first).Text) {
					g.used[first] = true
					x.msg(etl.SevWarning, "unreadable_value", g.sheet.Name, g.cell(first).Ref(), "%s: cannot read %q as a figure; not loaded", m.Label, g.cell(first).Text)
				} else if m.ItemKind != "" && lm.item == "" {
					sec = m // a heading: items follow
				}
				continue
			}
			for _, j := range cells {
				g.used[j] = true
				x.emit(g.sheet.Name, g.cell(j), m, lm.item, unitWord, "")
			}
			continue
		}
		if x.inline(g, i) {
			continue
		}
		x.itemRow(g, i, sec)
	}
}

// isLabel reports whether text names a metric or an item.
func (x *extractor) isLabel(text string) bool {
	if len(x.cat.MatchMetric(text)) > 0 || len(x.cat.MatchItem("", text)) > 0 {
		return true
	}
	return false
}

// inline reads "Arrests: 43" or "Cash seized - £50,272" in one cell.
func (x *extractor) inline(g *grid, i int) bool {
	c := g.cell(i)
	for _, sep := range []string{":", " - ", " – ", " = "} {
		k := strings.LastIndex(c.Text, sep)
		if k <= 0 {
			continue
		}
		label, val := c.Text[:k], strings.TrimSpace(c.Text[k+len(sep):])
		v, err := ParseText(val)
		if err != nil || v.NotReported {
			continue
		}
		lm, ok, _ := x.matchLabel(label, "")
		if !ok {
			continue
		}
		g.used[i] = true
		x.emit(g.sheet.Name, &etl.Cell{Row: c.Row, Col: c.Col, Kind: etl.KindText, Text: val}, lm.metric, lm.item, "", "", c.Text)
		return true
	}
	return false
}

// itemRow reads a row naming an item ("Heroin | 56g | £2,000") under an
// itemised section, or anywhere when only one kind of item has that name.
func (x *extractor) itemRow(g *grid, i int, sec catalog.Metric) {
	c := g.cell(i)
	kind := ""
	if sec.Code != "" {
		kind = sec.ItemKind
	}
	var m catalog.Metric
	item := ""
	if sec.Code != "" && totalLabels[catalog.Normalize(c.Text)] {
		m = sec
	} else {
		k, it, ok := x.matchItem(c.Text, kind)
		if !ok {
			if sec.Code != "" {
				// An unknown type under a heading: say so if it has figures.
				if cells, _, _ := x.valuesRight(g, c.Row, c.Col, true); len(cells) > 0 {
					g.used[i] = true
					for _, j := range cells {
						g.used[j] = true
					}
					x.msg(etl.SevWarning, "unrecognised_item", g.sheet.Name, c.Ref(), "unrecognised %s type %q under %s; its figures were not loaded", kind, c.Text, sec.Label)
				}
			}
			return
		}
		var found bool
		if m, found = x.cat.MetricForKind(k); !found {
			return
		}
		item = it
	}
	cells, unitWord, _ := x.valuesRight(g, c.Row, c.Col, true)
	if len(cells) == 0 {
		return
	}
	g.used[i] = true
	for _, j := range cells {
		g.used[j] = true
		x.emit(g.sheet.Name, g.cell(j), m, item, unitWord, "")
	}
}

// headerRows reads transposed returns: a row of metric labels across the
// top with the figures beneath, perhaps with a Force column.
func (x *extractor) headerRows(g *grid) {
	for ri, row := range g.rows {
		type hcol struct {
			col   int
			lm    labelMatch
			force bool
		}
		var cols []hcol
		metrics := 0
		for _, i := range g.byRow[row] {
			c := g.cell(i)
			if c.Kind != etl.KindText || g.used[i] {
				continue
			}
			if forceLabels[catalog.Normalize(c.Text)] {
				cols = append(cols, hcol{col: c.Col, force: true})
				continue
			}
			if lm, ok, _ := x.matchLabel(c.Text, ""); ok {
				cols = append(cols, hcol{col: c.Col, lm: lm})
				metrics++
			}
		}
		if metrics < 2 || ri+1 >= len(g.rows) || !g.adjacent(row, g.rows[ri+1]) {
			continue
		}
		// The row beneath must hold figures under most of the labels.
		under := 0
		for _, h := range cols {
			if j := g.get(g.rows[ri+1], h.col); !h.force && j >= 0 && !g.used[j] && valueLike(g.cell(j)) {
				under++
			}
		}
		if under*2 < metrics {
			continue
		}
		for _, h := range cols {
			g.used[g.get(row, h.col)] = true
		}
		for rj := ri + 1; rj < len(g.rows) && g.adjacent(g.rows[rj-1], g.rows[rj]); rj++ {
			r := g.rows[rj]
			got := false
			for _, h := range cols {
				j := g.get(r, h.col)
				if j < 0 || g.used[j] {
					continue
				}
				v := g.cell(j)
				if h.force {
					g.used[j] = true
					if f, ok := x.cat.MatchForce(v.Text); ok {
						x.forceCands = append(x.forceCands, cand{f.Code, g.sheet.Name + "!" + v.Ref(), 0})
					} else {
						x.msg(etl.SevError, "unknown_force", g.sheet.Name, v.Ref(), "%q is not a force we know", v.Text)
					}
					continue
				}
				if !valueLike(v) {
					continue
				}
				got = true
				g.used[j] = true
				x.emit(g.sheet.Name, v, h.lm.metric, h.lm.item, "", "")
			}
			if !got {
				break
			}
		}
	}
}

// emit reads one value cell as a figure of metric m and records it. A unit
// word (from a header, a unit column or a unit-only cell) applies when the
// value names no unit itself; fixed applies after that; then the metric's
// own unit. raw overrides the text kept as written.
func (x *extractor) emit(sheet string, v *etl.Cell, m catalog.Metric, item, unitWord string, fixed etl.Unit, raw ...string) {
	val, text, ok := x.readCell(sheet, v, m.Label)
	if !ok || val.NotReported {
		return
	}
	if len(raw) > 0 && raw[0] != "" {
		text = raw[0]
	}
	if val.Unit == "" && unitWord != "" && val.Num != nil {
		withUnit, err := ParseText(formatNum(*val.Num) + " " + unitWord)
		if err == nil && withUnit.Num != nil {
			val.Num, val.Unit = withUnit.Num, withUnit.Unit
		} else if w := strings.ToLower(unitWord); w == "£" || w == "gbp" {
			val.Unit = etl.UnitGBP
		} else if w == "€" || w == "eur" {
			val.Unit = etl.UnitEUR
		} else {
			x.msg(etl.SevWarning, "unknown_unit", sheet, v.Ref(), "%s: unknown unit %q for %q; not loaded", m.Label, unitWord, text)
			return
		}
	}
	if val.Unit == "" && unitWord != "" && val.Num == nil {
		if u, err := ParseText("1 " + unitWord); err == nil {
			val.Unit = u.Unit
		}
	}
	if val.Unit == "" {
		val.Unit = fixed
	}
	if val.Unit == "" && m.Unit != "varies" {
		val.Unit = etl.Unit(m.Unit)
	}
	want := etl.Unit(m.Unit)
	switch {
	case val.Unit == "":
		x.msg(etl.SevWarning, "no_unit", sheet, v.Ref(), "%s: %q has no unit (£, g, kg, oz, wraps, plants, tablets); not loaded", m.Label, text)
		return
	case val.Unit == etl.UnitEUR && (want == etl.UnitGBP || m.Unit == "varies"):
		x.msg(etl.SevWarning, "other_currency", sheet, v.Ref(), "%s: %q is in euros; kept in euros and not added to sterling totals", m.Label, text)
	case m.Unit != "varies" && val.Unit != want:
		x.msg(etl.SevWarning, "wrong_unit", sheet, v.Ref(), "%s is counted in %s but %q is in %s; not loaded", m.Label, m.Unit, text, val.Unit)
		return
	}
	x.add(etl.Fact{Metric: m.Code, Item: item, Unit: val.Unit, Value: val.Num, Qualifier: val.Qualifier, Raw: text, Sheet: sheet, Cell: v.Ref()})
}
