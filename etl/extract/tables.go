package extract

import (
	"regexp"
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// colRole is what a column of an itemised table holds.
type colRole int

const (
	roleNone  colRole = iota
	roleQty           // weight or quantity, unit from the header, a unit column or the value
	roleUnit          // the unit of the quantity column
	roleCount         // a number of items
	roleWraps         // wraps
	roleValue         // money
	roleNotes         // free text
	roleDesc          // a description that may name the item
	roleOther         // a comparison or a proportion: "Weight last week", "% purity"
)

type tableCol struct {
	col      int
	head     int // the header cell
	header   string
	role     colRole
	unitWord string        // from the header: "kg" in "Weight (kg)"
	unit     etl.Unit      // fixed unit for the column
	scale    float64       // "Street value (£000s)": the figures count thousands
	money    bool          // the scale is of money
	foreign  string        // a currency we do not load: "Street value ($)"
	oddScale string        // a scale written in a way we do not read: "Street value (£100s)"
	heading  heading       // what the header says about the week
	hedge    etl.Qualifier // "Estimated street value": its figures are estimates
}

var kindHeaders = map[string]string{}

func init() {
	for kind, names := range map[string][]string{
		"drug":   {"drug", "drug type", "type of drug", "drugs", "drugs seized", "drug seized", "substance", "drug name", "drugs type", "class of drug"},
		"weapon": {"weapon", "weapon type", "type of weapon", "weapons", "weapons seized", "weapon seized", "weapons recovered"},
		"asset":  {"asset", "asset type", "type of asset", "other assets", "other asset", "other assets seized", "property", "other items", "other property seized", "item type"},
	} {
		for _, n := range names {
			kindHeaders[catalog.Normalize(n)] = kind
		}
	}
}

// kindHeader reports whether a header cell names the kind of item a
// table's rows are ("Drug type", "Weapon"), or, first in its row, names
// an itemised metric as the grammar reads it ("Substance", "Drug
// recovered", "Type of weapon seized").
func (x *extractor) kindHeader(text string, first bool) (string, bool) {
	if k, ok := kindHeaders[catalog.Normalize(text)]; ok {
		return k, true
	}
	if !first {
		return "", false
	}
	r := x.readLabel(text, "")
	if !r.ok || r.lm.metric.ItemKind == "" || r.lm.item != "" || r.lm.unit != "" {
		return "", false
	}
	return r.lm.metric.ItemKind, true
}

var bracketUnit = regexp.MustCompile(`\(([^)]*)\)`)

func (x *extractor) classifyHeader(text string) tableCol {
	ls := x.sense(text)
	n := catalog.Normalize(ls.text)
	raw := strings.ToLower(text)
	tc := tableCol{unit: ls.unit, scale: ls.scale, money: ls.money, foreign: ls.foreign, oddScale: ls.oddScale, heading: x.headingOf(text)}
	if tc.heading.period == periodOther {
		tc.role = roleOther
		return tc
	}
	tc.hedge = x.rd.Label(text, phrase.Context{}).Qualifier // "Estimated street value (£)"
	if m := bracketUnit.FindStringSubmatch(strings.ToLower(ls.text)); m != nil && tc.unit == "" {
		tc.unitWord = strings.TrimSpace(m[1])
	}
	switch {
	case strings.Contains(n, "wrap") || strings.Contains(n, "deal"):
		tc.role, tc.unit = roleWraps, etl.UnitWraps
	case strings.Contains(n, "value") || strings.Contains(n, "worth") || money(ls.unit) || strings.Contains(raw, "euro"):
		tc.role = roleValue
		if tc.unit == "" {
			tc.unit = etl.UnitGBP
			if strings.Contains(raw, "euro") {
				tc.unit = etl.UnitEUR
			}
		}
	case n == "unit" || n == "unit of measure" || n == "measure" || n == "uom" || n == "units":
		tc.role = roleUnit
	case strings.Contains(n, "weight") || strings.Contains(n, "quantity") || strings.Contains(n, "amount") || n == "qty" || strings.HasPrefix(n, "mass"):
		tc.role = roleQty
	case n == "number" || n == "count" || n == "no" || strings.HasPrefix(n, "number ") || n == "total" || n == "how many" || n == "number seized" || n == "no seized":
		tc.role, tc.unit = roleCount, etl.UnitCount
	case strings.Contains(n, "plant"):
		tc.role, tc.unit = roleQty, etl.UnitPlants
	case strings.Contains(n, "tablet") || strings.Contains(n, "pill"):
		tc.role, tc.unit = roleQty, etl.UnitTablets
	case strings.Contains(n, "description") || strings.Contains(n, "detail"):
		tc.role = roleDesc
	case strings.Contains(n, "note") || strings.Contains(n, "comment") || strings.Contains(n, "remark"):
		tc.role = roleNotes
	}
	return tc
}

var totalLabels = setOf("total", "totals", "all", "all drugs", "total drugs", "all weapons", "total weapons", "all assets", "total assets", "total all drugs", "grand total", "overall total", "drugs total", "weapons total", "assets total", "total street value")

// tables finds itemised tables (a header row naming an item kind and at
// least one measure column) and reads their rows.
func (x *extractor) tables(g *grid) {
	for ri := 0; ri < len(g.rows); ri++ {
		row := g.rows[ri]
		kindCol, kind, cols, ok := x.tableHeader(g, row)
		if !ok {
			continue
		}
		m, ok := x.cat.MetricForKind(kind)
		if !ok {
			continue
		}
		for _, i := range g.byRow[row] {
			if c := g.cell(i); c.Col >= kindCol {
				g.skip(i, skipWords) // the header row
			}
		}
		if g.tableAt == nil {
			g.tableAt = map[int]tableAt{}
		}
		g.tableAt[row] = tableAt{m, g.sheet.Name + "!" + etl.CellRef(kindCol, row)}
		for _, tc := range cols {
			if tc.role == roleOther {
				x.comparisonColumn(g, tc.head, tc.heading)
			}
		}
		ri = x.tableRows(g, ri+1, kindCol, kind, m, cols) - 1
	}
}

// tableHeader reads row as an itemised table's header: a cell naming the
// kind of item ("Drug type", "Other assets"), then the columns right of
// it, at least one a measure, and no figure among them ("Drugs seized │
// Total │ £1500" is a label and its figure, no header).
func (x *extractor) tableHeader(g *grid, row int) (kindCol int, kind string, cols []tableCol, ok bool) {
	figure := false
	for n, i := range g.byRow[row] {
		c := g.cell(i)
		if kind != "" && c.Col > kindCol && !g.used[i] && (c.Kind == etl.KindNumber || c.Kind == etl.KindText && parsesToNumber(c.Text)) {
			figure = true
		}
		if c.Kind != etl.KindText || g.used[i] {
			continue
		}
		if k, ok := x.kindHeader(c.Text, n == 0); ok && kind == "" {
			kindCol, kind = c.Col, k
			continue
		}
		if kind != "" && !g.isValue(i) && !x.holdsFigure(c) && !g.valueOf[i] { // a header, never a figure; "(£000s)" is a header; "Drugs seized | £" is a label and its blank value
			tc := x.classifyHeader(c.Text)
			tc.col, tc.head, tc.header = c.Col, i, c.Text
			cols = append(cols, tc)
		}
	}
	return kindCol, kind, cols, kind != "" && hasMeasure(cols) && !figure
}

// parsesToNumber reports whether text reads as a figure ("£1500", "1.2kg").
func parsesToNumber(text string) bool {
	v, err := ParseText(text)
	return err == nil && v.Num != nil
}

func hasMeasure(cols []tableCol) bool {
	for _, c := range cols {
		switch c.role {
		case roleQty, roleCount, roleWraps, roleValue:
			return true
		}
	}
	return false
}

// tableRows reads rows from g.rows[start] until a blank row, a new header or
// a metric label; it returns the index of the first row it did not read.
func (x *extractor) tableRows(g *grid, start, kindCol int, kind string, m catalog.Metric, cols []tableCol) int {
	prevRow := g.rows[start-1]
	src := g.sheet.Name + "!" + etl.CellRef(kindCol, prevRow)
	ri := start
	for ; ri < len(g.rows); ri++ {
		row := g.rows[ri]
		if !g.adjacent(prevRow, row) {
			break // a blank row ends the table
		}
		prevRow = row
		ki := g.get(row, kindCol)
		if ki >= 0 && g.cell(ki).Kind == etl.KindText {
			t := g.cell(ki).Text
			if _, isHeader := kindHeaders[catalog.Normalize(t)]; isHeader {
				// "Other assets" names the kind of a table and an item of
				// it: under the asset table's header, a row of it ("Other
				// assets │ │ 4", or blank above the Total) unless the row is
				// a header of its own ("Other assets │ Number │ Value").
				if _, _, _, header := x.tableHeader(g, row); header {
					break
				}
				if _, _, item := x.matchItem(t, kind); !item {
					break
				}
			}
			if r := x.readLabel(t, ""); r.ok && r.lm.metric.ItemKind != kind && !totalLabels[catalog.Normalize(t)] {
				break // the label of another metric ends the table
			}
		}
		x.tableRow(g, row, ki, kindCol, kind, m, cols, src)
	}
	return ri
}

func (x *extractor) tableRow(g *grid, row, ki, kindCol int, kind string, m catalog.Metric, cols []tableCol, src string) {
	sheet := g.sheet.Name
	item, label, known := "", "", false
	if ki >= 0 {
		label = strings.TrimSpace(g.cell(ki).Text)
		if totalLabels[catalog.Normalize(label)] {
			known = true
		} else if _, it, ok := x.matchItem(label, kind); ok {
			item, known = it, true
		}
	}
	// A description column may name the item when the type does not.
	unitText := ""
	for _, tc := range cols {
		i := g.get(row, tc.col)
		if i < 0 {
			continue
		}
		c := g.cell(i)
		switch tc.role {
		case roleDesc:
			g.skip(i, skipWords)
			if !known {
				if _, it, ok := x.matchItem(c.Text, kind); ok {
					item, known = it, true
				}
			}
		case roleUnit:
			g.skip(i, skipWords)
			unitText = strings.TrimSpace(c.Text)
		case roleNotes:
			g.skip(i, skipNotes)
		case roleOther:
			g.used[i] = true
			x.comparisonColumn(g, tc.head, tc.heading, i)
		}
	}
	// Figures in columns with no header are not read, and said so.
	inCols := map[int]bool{}
	for _, tc := range cols {
		inCols[tc.col] = true
	}
	for _, i := range g.byRow[row] {
		if c := g.cell(i); c.Col > kindCol && !inCols[c.Col] && !g.used[i] && g.isFigure(i) {
			g.used[i] = true
			x.refuse(etl.SevWarning, "unread_column", sheet, c.Ref(), g.refs(i), "%s: %q is in a column with no heading; not loaded", m.Label, c.Text)
		}
	}
	hasFigure := false
	for _, tc := range cols {
		if i := g.get(row, tc.col); i >= 0 {
			v := g.cell(i)
			switch tc.role {
			case roleQty, roleCount, roleWraps, roleValue:
				if v.Kind != etl.KindText || !isBlankText(v.Text) {
					hasFigure = true
				}
			case roleNone:
				// A figure in a column we do not read must reach the warning below.
				if figureLike(v) {
					hasFigure = true
				}
			}
		}
	}
	if !hasFigure {
		return // nothing here, or "Heroin: 56g" in one cell, which leftovers reports
	}
	if ki >= 0 {
		g.skip(ki, skipWords)
	}
	if !known {
		where := etl.CellRef(cols[0].col, row)
		if ki >= 0 {
			where = g.cell(ki).Ref()
		}
		var figures []int
		for _, tc := range cols {
			if i := g.get(row, tc.col); i >= 0 && !g.used[i] {
				g.used[i] = true
				figures = append(figures, i)
			}
		}
		x.refuse(etl.SevWarning, "unrecognised_item", sheet, where, x.figureRefs(g, figures), "unrecognised %s type %q in the %s table; its figures were not loaded", kind, label, m.Label)
		return
	}
	var cands []candidate
	for _, tc := range cols {
		i := g.get(row, tc.col)
		if i < 0 || g.used[i] {
			continue
		}
		v := g.cell(i)
		switch tc.role {
		case roleNone:
			g.used[i] = true
			if figureLike(v) {
				x.refuse(etl.SevWarning, "unread_column", sheet, v.Ref(), g.refs(i), "%s: the column %q is not one we read (weight, unit, wraps, number, value); %q not loaded", m.Label, tc.header, v.Text)
			}
		case roleQty:
			word := tc.unitWord
			if unitText != "" {
				word = unitText
			}
			cands = append(cands, candidate{cell: i, row: label, unitWord: word, fixed: tc.unit, scale: tc.scale, money: tc.money, hedge: tc.hedge, foreign: tc.foreign, oddScale: tc.oddScale})
		case roleCount, roleWraps, roleValue:
			c := candidate{cell: i, row: label, unitWord: tc.unitWord, fixed: tc.unit, scale: tc.scale, money: tc.money, hedge: tc.hedge, foreign: tc.foreign, oddScale: tc.oddScale}
			if r := x.readLabel(label, ""); ki >= 0 && r.ok && r.lm.unit != "" && !money(r.lm.unit) {
				c.unit, c.factor = r.lm.unit, r.lm.factor // "Crack (wraps)" under "£": read checks the two agree
			}
			cands = append(cands, c)
		}
	}
	x.take(g, m, item, cands, src)
}

func isBlankText(s string) bool {
	v, err := ParseText(s)
	return err == nil && v.NotReported
}
