package extract

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// isUnitWord reports whether text is only a unit ("£", "g", "wraps"), as in
// a layout "Cash seized | £ | 50,272".
// onlyForeignMoney reports a cell that holds nothing but a currency other
// than pounds or euros: "$", "US$", "HK$", "USD", "US dollars", "(¥)".
func onlyForeignMoney(t string) bool {
	rest := t
	for {
		f := phrase.ForeignMoney(rest)
		if f == "" {
			break
		}
		rest = strings.ReplaceAll(rest, f, " ")
	}
	if rest == t {
		return false
	}
	rest = strings.Trim(rest, " ()[]")
	return len(rest) <= 3 && !strings.ContainsAny(rest, " 0123456789")
}

func isUnitWord(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	switch t {
	case "£", "€", "gbp", "eur", "(£)", "(€)", "people", "persons", "individuals":
		return true
	}
	if onlyForeignMoney(t) {
		return true // "USD", "$" beside the figure: refused when read, never pounds
	}
	if _, ok := scaleWord(text); ok || containers.MatchString(t) {
		return true // "£000s" beside the figure; "bags", refused when read
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
// in it.
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
func (x *extractor) valuesRight(g *grid, row, col int) (cells []int, unitWord string, first int) {
	first = -1
	edge := g.lastCol(row, col)
	for _, i := range g.byRow[row] {
		c := g.cell(i)
		if c.Col <= edge || g.struck[i] {
			continue // a struck figure is passed over: "43 (struck) │ 45" is 45
		}
		if g.used[i] {
			if len(cells) == 0 && first < 0 && g.reason[i] == skipNotes {
				continue // "Measure │ Notes │ Result": the notes stand between the label and its figure
			}
			break
		}
		if first < 0 {
			first = i
		}
		if c.Kind == etl.KindText && isUnitWord(c.Text) {
			g.skip(i, skipWords)
			unitWord = strings.Trim(strings.TrimSpace(c.Text), "()")
			continue
		}
		if c.Kind == etl.KindText && len(cells) == 0 && first == i && totalLabels[catalog.Normalize(c.Text)] && !x.totalOfPeriods(g, i) {
			if k := g.rightOf(row, c.Col); k >= 0 && g.isValue(k) {
				// "Drugs seized │ Total │ £1500": the label's total, then its figure.
				g.skip(i, skipWords)
				first = -1
				continue
			}
		}
		if !g.isValue(i) {
			break
		}
		cells = append(cells, i)
	}
	return cells, unitWord, first
}

// totalOfPeriods reports whether a total word between a label and its
// figures stands under a heading that names a period ("Measure │ This
// week │ YTD" over "Arrests │ Total │ 43 │ 400": the row is shifted, 43
// is under YTD) or over labels that do ("Total │ 73" over "This week │
// 43", "Last week │ 30"): then it is no total of the label's parts.
func (x *extractor) totalOfPeriods(g *grid, i int) bool {
	c := g.cell(i)
	if h := g.head[i]; h >= 0 && x.saysPeriod(g.cell(h).Text) {
		return true
	}
	prev := c.Row
	for _, r := range g.rows {
		if r <= c.Row {
			continue
		}
		j := g.get(r, c.Col)
		if !g.adjacent(prev, r) || j < 0 || g.cell(j).Kind != etl.KindText {
			break
		}
		prev = r
		if t := g.cell(j).Text; !totalLabels[catalog.Normalize(t)] && x.saysPeriod(t) {
			return true
		}
	}
	return false
}

// saysPeriod reports whether heading text names a period of its own:
// this week, another, or dates ("This IW", "Week 1", "Last week", "YTD").
func (x *extractor) saysPeriod(text string) bool {
	hd := x.headingOf(text)
	return hd.period != periodNone || hd.dated() || hd.unread
}

// valuesBeside is valuesRight for a label, in every row a label merged
// over several rows covers ("Cocaine" merged over A4:A5 beside "1.2kg"
// and "£40,000"): each row of a merged label belongs to it.
func (x *extractor) valuesBeside(g *grid, c *etl.Cell, parent string) (cells []int, unitWord string, first int) {
	cells, unitWord, first = x.valuesRight(g, c.Row, c.Col)
	if len(cells) > 0 && cells[0] == first && g.cell(first).Kind == etl.KindText && parent != "" && (x.readLabel(g.cell(first).Text, parent).ok || subLabel(g.cell(first).Text)) {
		// "Arrests │ Under 18 │ 7": a sub-label, not a figure, which is
		// read as the label of the figures right of it.
		return nil, "", -1
	}
	m, ok := g.merged(c.Row, c.Col)
	if !ok || len(cells) == 0 {
		return cells, unitWord, first // "Arrests" merged over "Total │ 43" and "Under 18 │ 7": sub-labels, read on their own
	}
	for r := c.Row + 1; r <= m.ToRow; r++ {
		if g.hiddenRow[r] {
			continue
		}
		if k := g.rightOf(r, m.ToCol); k >= 0 && g.cell(k).Kind == etl.KindText {
			if t := g.cell(k).Text; !g.isValue(k) || x.readLabel(t, parent).ok {
				continue // a sub-label of its own ("Under 18" under Arrests)
			}
		}
		more, uw, f := x.valuesRight(g, r, m.ToCol)
		cells = append(cells, more...)
		if unitWord == "" {
			unitWord = uw
		}
		if first < 0 {
			first = f
		}
	}
	return cells, unitWord, first
}

// subLabel reports whether a cell's words are a part's label with no
// number in them ("Adults", "Juveniles", "Of which female"): "Arrests │
// Adults │ 35" gives the parts of arrests, each read on its own. Words
// with a number ("Under 5", "Over 40", "£5,000 plus €2,000") may be a
// hedged figure, and stay the value cell they were.
func subLabel(text string) bool {
	_, ok := childForm(text)
	r := []rune(strings.TrimSpace(text))
	return ok && len(r) > 0 && unicode.IsLetter(r[0]) && !strings.ContainsAny(text, "0123456789")
}

// partLabelOf reports whether text reads as a part of a metric's whole
// ("Under 18" under "Adults" safeguarded: safeguarded juveniles), so a
// row holding it under a header is no row of figures.
func (x *extractor) partLabelOf(text string, m catalog.Metric) bool {
	whole := m.Parent
	if whole == "" {
		whole = m.Code
	}
	return x.readLabel(text, whole).ok
}

// sectionOfParts reports whether the labels in column col of the section
// titled by b.parent (from its row, or the row below when the labels stand
// under it, to a blank row, an empty label or another metric's label) are
// parts of it beside its totals: a child the catalogue holds or a part's
// label ("Adults", "Juveniles"), at least one. Else it returns the first
// label that is none ("Last week", "Week 1", "Previous IW", "Target").
func (x *extractor) sectionOfParts(g *grid, b *block, col int) (ok bool, other string) {
	parts, prev := 0, -1
	for _, r := range g.rows {
		if r < b.parentRow || r == b.parentRow && col == b.parentCol {
			continue
		}
		if prev >= 0 && !g.adjacent(prev, r) {
			break
		}
		prev = r
		j := g.get(r, col)
		if j < 0 || g.cell(j).Kind != etl.KindText {
			break
		}
		t := g.cell(j).Text
		if totalLabels[catalog.Normalize(t)] {
			continue
		}
		if lr := x.readLabel(t, b.parent); lr.ok {
			if lr.lm.metric.Parent != b.parent {
				break // the next metric ends the section
			}
			parts++
			continue
		}
		if !subLabel(t) {
			return false, strings.TrimSpace(t)
		}
		parts++
	}
	return parts > 0, ""
}

// mergedLabelLeft returns the text of a label merged over several rows
// that stands left of c in its row, "" for none.
func (x *extractor) mergedLabelLeft(g *grid, c *etl.Cell) string {
	for col := c.Col - 1; col >= 1; col-- {
		j := g.covering(c.Row, col)
		if j < 0 {
			continue
		}
		l := g.cell(j)
		if m, ok := g.merged(l.Row, l.Col); ok && m.ToRow > m.FromRow && l.Kind == etl.KindText && x.isLabel(l.Text) {
			return l.Text
		}
		return ""
	}
	return ""
}

// mergedValues refuses a figure merged over several rows beside two or
// more labels ("43" merged over B3:B4 beside "Arrests" and "Charged"):
// nothing says whose figure it is, or whether it is both's.
func (x *extractor) mergedValues(g *grid) {
	for _, m := range g.sheet.Merges {
		if m.ToRow == m.FromRow {
			continue
		}
		i := g.get(m.FromRow, m.FromCol)
		if i < 0 || g.used[i] || !g.isFigure(i) {
			continue
		}
		var labels []string
		seen := map[int]bool{}
		for r := m.FromRow; r <= m.ToRow; r++ {
			for col := m.FromCol - 1; col >= 1; col-- {
				j := g.covering(r, col)
				if j < 0 {
					continue
				}
				if l := g.cell(j); !seen[j] && l.Kind == etl.KindText && !g.isValue(j) {
					seen[j] = true
					labels = append(labels, fmt.Sprintf("%q at %s", strings.TrimSpace(l.Text), l.Ref()))
				}
				break
			}
		}
		if len(labels) < 2 {
			continue
		}
		v := g.cell(i)
		g.used[i] = true
		x.refuse(etl.SevWarning, "merged_value", g.sheet.Name, v.Ref(), []string{v.Ref()},
			"%q is merged over %s:%s, beside %s; nothing says whose figure it is (or whether it is each one's); not loaded. Give each label its own cell",
			v.Text, etl.CellRef(m.FromCol, m.FromRow), etl.CellRef(m.ToCol, m.ToRow), strings.Join(labels, " and "))
	}
}

// block is what the scan of a sheet remembers from the rows above: the
// nearest parent metric, for child labels, and the itemised section it is
// in ("Drugs seized" then a row per drug), if any.
type block struct {
	parent     string
	section    catalog.Metric
	sectionSrc string // where the section's heading is: rows under one heading are one table
	// breakdown is the metric a heading alone in its row breaks down by a
	// type the catalogue has no items for ("Arrests by offence"); its cell
	// is breakdownAt. Rows under it are parts of that metric, never items
	// of another.
	breakdown   catalog.Metric
	breakdownAt int
	// parentBare: the parent's row gives no figure of its own ("Arrests"
	// alone, or "Arrests │ Adults │ 35"): it titles its parts, and a
	// "Total" row under them is its figure when every other label of
	// the section is a part of it (sectionOfParts). parentRow, parentCol:
	// where the parent's label is.
	parentBare           bool
	parentRow, parentCol int
}

// pairs finds labels and reads the figures beside them: metric labels
// with their value to the right (or below), itemised sections ("Drugs
// seized" then a row per drug), and "Label: value" in one cell.
func (x *extractor) pairs(g *grid) {
	var b block
	prev := 0
	for _, row := range g.rows {
		if prev > 0 && !g.adjacent(prev, row) {
			b.parent = "" // a blank row ends the block a child label may refer to
			b.breakdown = catalog.Metric{}
		}
		prev = row
		if t, ok := g.tableAt[row]; ok && b.section.Code != "" && b.section.Code != t.metric.Code {
			// An itemised table's header under another's section: the
			// rows under it its table leaves ("Other property seized │
			// 4", then "Total │ 6") are of its metric, never of the
			// section above it. (With no section above, a row it leaves
			// is read as before: "Heroin: 56g" in one cell.)
			b.section, b.sectionSrc = t.metric, t.src
		}
		for _, i := range g.byRow[row] {
			if c := g.cell(i); c.Kind == etl.KindText && !g.used[i] {
				x.pairAt(g, i, &b)
			}
		}
	}
}

func (x *extractor) pairAt(g *grid, i int, b *block) {
	c := g.cell(i)
	ls := x.sense(c.Text)
	lr := x.readLabel(c.Text, b.parent)
	if left := x.mergedLabelLeft(g, c); !lr.ok && left != "" {
		// "Arrests" merged over two rows, then "Total │ 43", "Under 18 │
		// 7": each sub-label is read with the label it stands under.
		if r := x.readLabel(left+" "+c.Text, b.parent); r.ok {
			lr = r
		}
	}
	if lr.notCount {
		if cells := x.claimed(g, c); len(cells) > 0 {
			x.skipLabel(g, i, cells, "not_a_count", "%q is a proportion or an average (%s), not a count; not loaded", strings.TrimSpace(c.Text), strings.ToLower(lr.changer))
			return
		}
	}
	if (!lr.ok || lr.lm.metric.Code == b.parent) && b.parent != "" && b.parentBare && totalLabels[catalog.Normalize(c.Text)] {
		// "Arrests" over "Adults │ 35", "Juveniles │ 8", "Total │ 43":
		// the total of the parts it titles is its figure. A total of
		// periods or comparisons ("This week │ 12", "Last week │ 10",
		// "Total │ 22") is no figure of this week's: refused.
		p, found := x.cat.Metric(b.parent)
		parts, other := x.sectionOfParts(g, b, c.Col)
		if found && !parts {
			if cells := x.claimed(g, c); len(cells) > 0 {
				why := "has no parts of it beside or under it"
				if h := g.head[i]; h >= 0 && x.saysPeriod(g.cell(h).Text) {
					why = fmt.Sprintf("stands in the column headed %q, its figures right of it (which is this week's?)", strings.TrimSpace(g.cell(h).Text))
				} else if other != "" {
					why = fmt.Sprintf("adds rows that are not parts of it (%q: a period or a comparison?)", other)
				}
				x.skipLabel(g, i, cells, "section_total", "%q under %q %s: not this week's %s; not loaded", strings.TrimSpace(c.Text), p.Label, why, strings.ToLower(p.Label))
				return
			}
		}
		if found && parts {
			if r := x.readLabel(p.Label, ""); r.ok && r.lm.metric.Code == p.Code {
				lr = r
			}
		}
	}
	lm, ok, why := lr.lm, lr.ok, lr.why
	if !ok && why == nil && x.breakdownHeading(g, i, b) {
		return
	}
	if ok && b.breakdown.Code != "" && x.underBreakdown(g, i, lm.metric, b) {
		return
	}
	if !ok && lr.changer == "" && b.section.Code != "" {
		// Under an itemised section, the row names an item of it
		// ("Other" under Weapons seized), or is said to be unknown.
		x.itemRow(g, i, b.section, b.sectionSrc)
		return
	}
	if why != nil {
		cells := x.claimed(g, c)
		x.skipLabel(g, i, cells, why.code, "label %q %s; not loaded", strings.TrimSpace(c.Text), why.text)
		return
	}
	if !ok {
		if x.inline(g, i) {
			return
		}
		if lr.changer != "" {
			if cells := x.claimed(g, c); len(cells) > 0 {
				x.skipLabel(g, i, cells, "qualified_label", "%q is not this week's plain figure (%s); not loaded", strings.TrimSpace(c.Text), lr.says())
			}
			return
		}
		x.itemRow(g, i, b.section, b.sectionSrc)
		return
	}
	g.skip(i, skipWords)
	m := lm.metric
	src := g.sheet.Name + "!" + c.Ref()
	if m.ItemKind == "" {
		b.section = catalog.Metric{}
	} else if lm.item != "" && b.section.Code == m.Code {
		src = b.sectionSrc // "Heroin (g)" under Drugs seized: a row of its table
	}
	if m.Parent == "" {
		b.parent, b.parentRow, b.parentCol = m.Code, c.Row, c.Col
	}
	cells, unitWord, first := x.valuesBeside(g, c, m.Code)
	if tc, ok := g.totalFor(c.Row, c.Col); ok && len(cells) > 0 {
		cells = x.besideTotal(g, i, m, tc, cells)
	}
	if len(cells) == 0 && first < 0 {
		if k := g.below(c.Row, c.Col); k >= 0 && !g.used[k] && g.cell(k).Kind != etl.KindText && !x.labelLeftOf(g, k) {
			if x.partLeftOf(g, k, m) {
				return
			}
			cells = []int{k}
		}
	}
	if len(cells) == 0 && first >= 0 && !g.used[first] && g.cell(first).Kind == etl.KindText && !x.isLabel(g.cell(first).Text) && !x.pure(g.cell(first).Text) && !subLabel(g.cell(first).Text) {
		// Words where the figure goes: a list or a sentence the grammar
		// reads ("4 knives, 2 machetes and a knuckleduster"), or text the
		// value reader reports as unreadable.
		cells = []int{first}
	}
	if m.Parent == "" {
		b.parentBare = len(cells) == 0
	}
	if len(cells) == 0 {
		if m.ItemKind != "" && lm.item == "" {
			b.section, b.sectionSrc = m, g.sheet.Name+"!"+c.Ref() // a heading: items follow
		}
		return
	}
	x.take(g, m, lm.item, candidates(cells, unitWord, ls, lm, c.Text), src)
}

// byType reads a heading that breaks a metric down: "Arrests by
// offence", "Warrants executed - by type", "Stop and searches (by
// object)", "Breakdown of arrests", "Arrests breakdown".
var byType = regexp.MustCompile(`(?i)^\s*(?:breakdown of\s+(.+?)|(.+?)\s*[-–:(]?\s*\b(?:broken down by|split by|by|breakdown)\b.*?)\s*$`)

// breakdownHeading reads a heading alone in its row that breaks a metric
// down by a type ("Arrests by offence"). A metric of items broken down by
// type is its itemised section ("Drugs seized by type": a row per drug);
// any other is a breakdown the catalogue cannot hold: the rows under it
// are its parts (a child the catalogue has, "Under 18", is read as one),
// never items of another metric ("Firearms 3" under "Arrests by offence"
// is three arrests, not three firearms seized).
func (x *extractor) breakdownHeading(g *grid, i int, b *block) bool {
	c := g.cell(i)
	if len(g.byRow[c.Row]) != 1 || len(x.claimed(g, c)) > 0 {
		return false
	}
	sm := byType.FindStringSubmatch(c.Text)
	if sm == nil {
		return false
	}
	name := sm[1] + sm[2]
	r := x.readLabel(name, "")
	if !r.ok || r.lm.item != "" {
		return false
	}
	m := r.lm.metric
	g.skip(i, skipWords)
	if m.ItemKind != "" {
		b.section, b.sectionSrc = m, g.sheet.Name+"!"+c.Ref()
		b.breakdown = catalog.Metric{}
		return true
	}
	b.section = catalog.Metric{}
	b.breakdown, b.breakdownAt = m, i
	if m.Parent == "" {
		b.parent = m.Code
	}
	return true
}

// underBreakdown refuses a row under a breakdown heading whose label names
// another metric or its item ("Knives 5" under "Stop and searches by
// object": five searches, not five knives seized) and reports whether it
// did. The metric itself and its parts are read. The breakdown runs to a
// blank row or a heading alone in its row ("Weapons seized"): a row of
// another metric inside it may be one more type of the breakdown, so it
// is reported, never loaded as that metric.
func (x *extractor) underBreakdown(g *grid, i int, m catalog.Metric, b *block) bool {
	bd := b.breakdown
	if m.Code == bd.Code || m.Parent == bd.Code {
		return false
	}
	cells := x.claimed(g, g.cell(i))
	if len(cells) == 0 {
		b.breakdown = catalog.Metric{} // a heading of its own ("Weapons seized") ends the breakdown
		return false
	}
	head := g.cell(b.breakdownAt)
	x.skipLabel(g, i, cells, "breakdown", "%q stands under the heading %q at %s: a part of %s the catalogue has no figure for, not %s; not loaded",
		strings.TrimSpace(g.cell(i).Text), strings.TrimSpace(head.Text), head.Ref(), strings.ToLower(bd.Label), strings.ToLower(m.Label))
	return true
}

// partColumn finds the heading of a figure's column, read as its row's
// metric m, when it names only some of those counted (reread of
// review26's headings): a part the readers read (partHeading: "Under
// 18", "Adults", "Female", "Over 18s", which the label reader reported
// as a part with no parent) or an age said with a number ("Aged 18+",
// "18+", "Aged 18 and over", which was read as a hedge): "Measure │
// Under 18" over "Arrests │ 43" loaded 43 arrests. The heading is the
// first words up the column over the figures above, in a row with no
// label of its own; a part of m the catalogue has (m's own part) is the
// part readers' (a Total beside it), not this figure's heading when m is
// the part itself. It gives the heading's cell and words, or -1.
func (x *extractor) partColumn(g *grid, i int, m catalog.Metric) (int, string) {
	if m.Parent != "" {
		return -1, "" // a part read as itself: its heading is the part readers'
	}
	v := g.cell(i)
	for r := v.Row - 1; r >= 1; r-- {
		k := g.covering(r, v.Col)
		if k < 0 {
			if len(g.byRow[r]) == 0 {
				return -1, "" // a blank row: another block
			}
			continue
		}
		c := g.cell(k)
		if c.Kind == etl.KindText && !x.rowLabelled(g, c) {
			if rd := x.readLabel(c.Text, ""); rd.ok && (rd.lm.metric.Code == m.Code || rd.lm.metric.Parent == "") {
				return -1, "" // the row's own metric, or a whole one
			}
			if w := x.partCounted(c.Text); w != "" {
				return k, w
			}
			if x.othersHeading(c.Text) != "" && x.cornerOnly(g, c) {
				// "Unknown", "N/K", "Other" over the figures: read as the
				// corner's value or a label, never judged as a heading
				// (review29 S3)
				return k, strings.TrimSpace(c.Text)
			}
			if w := x.partBeside(g, k); w != "" {
				return k, w
			}
			return -1, ""
		}
		if !g.isFigure(k) {
			return -1, ""
		}
	}
	return -1, ""
}

// cornerOnly reports whether every cell of words left of c in its row
// heads a labels column ("Measure", "Metric", "Kent") or there is none:
// c heads its column, no label's value ("Frobs │ Unknown" over "Arrests
// │ 30" is a label nobody taught us with its value).
func (x *extractor) cornerOnly(g *grid, c *etl.Cell) bool {
	for _, k := range g.byRow[c.Row] {
		o := g.cell(k)
		if o.Col >= c.Col {
			continue
		}
		if o.Kind != etl.KindText {
			return false
		}
		for _, w := range strings.Fields(catalog.Normalize(x.withoutOwnNames(o.Text))) {
			if !measureWords[w] && !columnMeasures[w] && !labelsHeadingWords[w] {
				return false
			}
		}
	}
	return true
}

// labelsHeadingWords head a table's labels column, beside measureWords:
// "Metric", "Category", "KPI".
var labelsHeadingWords = setOf("metric", "metrics", "measures", "category", "indicator", "indicators", "kpi", "kpis", "type",
	"description", "activity", "item", "items", "police", "force", "constabulary")

// partBeside is the words of a part heading beside heading cell k in its
// row, with no Total among them, or "": the columns of "Male │ Female │
// Unknown", "Female │ Other", "Female │ Outside Kent" are a breakdown of
// those counted, and a column of the rest beside a part is no whole
// (review29 S1: "Unknown" loaded as the force's arrests). The parts after
// a Total ("Total │ Male │ Female") are the Total's readers'.
func (x *extractor) partBeside(g *grid, k int) string {
	c := g.cell(k)
	for _, t := range g.totals {
		if t.row == c.Row {
			return ""
		}
	}
	if totalHeaders[catalog.Normalize(c.Text)] {
		return ""
	}
	if v, err := ParseText(c.Text); err == nil && v.Num != nil {
		return "" // a figure written as text ("56g"), no heading
	}
	for _, j := range g.byRow[c.Row] {
		if o := g.cell(j); j != k && o.Kind == etl.KindText && !x.rowLabelled(g, o) {
			if w := x.partCounted(o.Text); w != "" {
				return fmt.Sprintf("a column beside the part %q at %s", w, o.Ref())
			}
		}
	}
	return ""
}

// rowLabelled reports whether a label the catalogue reads (or reads and
// refuses) stands left of cell c in its row: c is its figure or its
// note, no column's heading ("Arrests │ 29 women" is arrests' value).
func (x *extractor) rowLabelled(g *grid, c *etl.Cell) bool {
	for _, k := range g.byRow[c.Row] {
		if o := g.cell(k); o.Col < c.Col && o.Kind == etl.KindText {
			if lr := x.readLabel(o.Text, ""); lr.ok || lr.why != nil && x.partCounted(o.Text) == "" && x.othersHeading(o.Text) == "" {
				// read, or read and refused ("Arrested and charged": two
				// metrics); a part heading refused as a part with no
				// parent beside it ("Male │ Female"), or the rest's
				// ("Other │ Male"), is another column's heading, no
				// row's label (review29 S1)
				return true
			}
		}
	}
	return false
}

// partCounted is the words of a heading that name only some of those
// counted, or "": a part the grammar reads (partHeading: "Under 18",
// "Adults", "Female", "Over 18s"), or an age said with a number ("Aged
// 18+", "18+", "Aged 18 and over").
func (x *extractor) partCounted(text string) string {
	if weekdayWord.MatchString(text) {
		return "" // "incl. Sat-Sun": the week's days, not a part of those counted
	}
	if x.partHeading(text) {
		return strings.TrimSpace(text)
	}
	return strings.TrimSpace(ageHeading.FindString(text))
}

// ageHeading is an age said with a number: "Aged 18+", "18+", "age 18
// and over", "over 18s", "17 and under".
var ageHeading = regexp.MustCompile(`(?i)\b(?:aged?\s+(?:under\s+|over\s+)?\d{1,2}\b(?:\s*\+|\s+(?:and|or)\s+(?:over|under|above|below)\b)?|\d{1,2}\s*\+|\d{1,2}s?\s+(?:and|or)\s+(?:over|under|above|below)\b|(?:over|under)\s+\d{1,2}s?\b)`)

// otherMetricColumn finds the heading of a figure's column when it names
// another metric than the one the figure's row is read as: "Firearms | 3"
// under a column headed "Arrests" (or "Stop searches") is three arrests
// for firearms offences, not three firearms seized. The heading is the
// nearest words above the figure in its column, in the same block of
// rows, that are not a label with figures of their own nor the word value
// of a label beside them; a part of the row's metric, or the metric its
// row's is a part of, is no other.
func (x *extractor) otherMetricColumn(g *grid, i int, m catalog.Metric) (catalog.Metric, int, bool) {
	h := g.head[i]
	for h >= 0 && g.valueOf[h] {
		h = g.head[h]
	}
	if h < 0 {
		return catalog.Metric{}, -1, false
	}
	hc, v := g.cell(h), g.cell(i)
	for r := hc.Row + 1; r < v.Row; r++ {
		if len(g.byRow[r]) == 0 && !g.hiddenRow[r] {
			return catalog.Metric{}, -1, false // a blank row: another block
		}
	}
	if hc.Kind != etl.KindText || len(figuresRight(g, hc)) > 0 {
		return catalog.Metric{}, -1, false
	}
	r := x.readLabel(hc.Text, "")
	if !r.ok {
		return catalog.Metric{}, -1, false
	}
	o := r.lm.metric
	if o.Code == m.Code || m.Parent == o.Code || o.Parent == m.Code {
		return catalog.Metric{}, -1, false
	}
	for _, j := range g.byRow[hc.Row] {
		// "Cash seized | cash", "Weapons seized | Knives": words beside a
		// label of the same metric are its value, no heading.
		if l := g.cell(j); l.Col < hc.Col && l.Kind == etl.KindText {
			if lr := x.readLabel(l.Text, ""); lr.ok && lr.lm.metric.Code == o.Code {
				return catalog.Metric{}, -1, false
			}
		}
	}
	return o, h, true
}

// endsReach reports whether a cell to the right of a label ends the
// label's reach along its row: another label, whose figures beyond it are
// its own (two tables side by side).
func (x *extractor) endsReach(g *grid, k int) bool {
	c := g.cell(k)
	return c.Kind == etl.KindText && !g.isValue(k) && !isUnitWord(c.Text) && x.isLabel(c.Text)
}

// besideTotal chooses the figures of a label's row under a Total column,
// by what the columns it totals are (totalOf). Days: the week's figure is
// in the Total column and the days are its parts, not read. Currencies:
// each currency column is read in its currency and the Total, a sum
// across currencies, is no figure of any metric. Periods ("Week 1 │ Week
// 2"): the Total is a longer period's figure, reported and not loaded;
// the columns are read as any two columns are. Parts of the metric
// ("Adults │ Children"): the Total is the metric's figure and each part
// the catalogue has is read as it (safeguarded_adult), any other
// reported. A column between whose heading names a period ("Last year",
// "This week") is read with the Total, so that a comparison is reported
// and a second figure for this week is not passed over.
func (x *extractor) besideTotal(g *grid, i int, m catalog.Metric, tc totalCol, cells []int) []int {
	c := g.cell(i)
	totalAt := func() int {
		for _, k := range cells {
			if g.cell(k).Col == tc.col {
				return k
			}
		}
		return -1
	}
	switch tc.kind {
	case totalCurrency, totalPeriods:
		k := totalAt()
		if k < 0 {
			return cells
		}
		g.used[k] = true
		v, head := g.cell(k), g.cell(g.get(tc.row, tc.col))
		var names []string
		for col := c.Col + 1; col < tc.col; col++ {
			if h, ok := tc.heads[col]; ok {
				names = append(names, strconv.Quote(strings.TrimSpace(g.cell(h).Text)))
			}
		}
		if tc.kind == totalCurrency {
			x.refuse(etl.SevWarning, "mixed_total", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s: %s at %s under %q adds the columns %s, which are different currencies: a sum across currencies is no figure; not loaded (each currency's column is read in its own)",
				m.Label, shownAs(v), v.Ref(), strings.TrimSpace(head.Text), strings.Join(names, ", "))
		} else {
			x.refuse(etl.SevWarning, "period_total", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s: %s at %s under %q adds the columns %s, which are periods, not days of this week: a longer period's figure; not loaded",
				m.Label, shownAs(v), v.Ref(), strings.TrimSpace(head.Text), strings.Join(names, ", "))
		}
		cells = slices.DeleteFunc(cells, func(j int) bool { return j == k })
		return x.stopPeriodCells(g, tc, cells)
	}
	switch tc.kind {
	case totalPartWeek:
		return x.partWeekTotal(g, i, m, tc, cells)
	case totalOtherOps:
		return x.otherOpsTotal(g, i, m, tc, cells)
	}
	if x.ownTotalDisagrees(g, i, m, tc) {
		return nil
	}
	// a Total refused against its days leaves the row's other columns
	// what they are beside it: parts of it ("Of which under 18") are
	// not read, and never the row's own figure (reread25 E1: "Mon … Sun
	// │ Total │ Of which under 18" loaded the under-18s as the arrests)
	refused := tc.kind == totalDays && x.daysDisagree(g, i, m, tc)
	var out []int
	for _, k := range g.byRow[c.Row] {
		col := g.cell(k).Col
		if col > c.Col && x.endsReach(g, k) {
			break // another label ("Arrests │ 43 │ │ Cash seized │ 5000"): its figures are its own
		}
		switch {
		case col == tc.col:
			if !g.used[k] && g.isValue(k) {
				out = append(out, k)
			}
		case col > tc.col && tc.partsAfter && !g.used[k] && g.isValue(k):
			if refused {
				g.skip(k, skipParts)
			} else {
				x.totalPart(g, k, m, tc)
			}
		case col > c.Col:
			if hd, _ := x.columnHeading(g, k); !g.used[k] && x.periodOf(hd) != periodNone && !hd.oneDay() && g.isValue(k) {
				out = append(out, k)
			} else if col < tc.col && tc.kind == totalParts && !g.used[k] && g.isValue(k) {
				x.totalPart(g, k, m, tc)
			} else if col < tc.col && tc.kind == totalDays {
				if !refused || !g.used[k] {
					g.skip(k, skipParts)
				}
			} else if col < tc.col {
				g.skip(k, skipTotaled)
			}
		}
	}
	return out
}

// ownTotalDisagrees checks a Total over one column alone headed as the
// force's own ("Measure │ Kent │ Total" over "Arrests │ 43 │ 73"): the
// Total adds that column only, so a Total that is not its figure holds
// something no column names, or the column is a part; which is the
// force's figure for the week is not said (ret29 N7: loaded 73). Both
// are refused, with a warning naming both cells; it reports whether it
// refused. A blank column leaves the Total read as before; one not
// reported ("-"), hedged or in words is no figure to agree with.
func (x *extractor) ownTotalDisagrees(g *grid, i int, m catalog.Metric, tc totalCol) bool {
	c := g.cell(i)
	if tc.ownAlone <= c.Col {
		return false
	}
	ko, kt := g.get(c.Row, tc.ownAlone), g.get(c.Row, tc.col)
	if ko < 0 || kt < 0 || g.used[ko] || g.used[kt] || !g.isValue(ko) || !g.isValue(kt) {
		return false
	}
	o, t := g.cell(ko), g.cell(kt)
	a, okA := exactFigure(o)
	b, okB := exactFigure(t)
	if okA && okB && a == b {
		return false
	}
	g.used[ko], g.used[kt] = true, true
	x.refuse(etl.SevWarning, "total_disagrees", g.sheet.Name, t.Ref(), []string{o.Ref(), t.Ref()},
		"%s: %s at %s under %q and %s at %s under %q, which adds that one column alone, are not one figure: the Total holds figures no column names, or the column is a part; which is the force's figure for the week is not said; not loaded",
		m.Label, shownAs(o), o.Ref(), strings.TrimSpace(g.cell(g.get(tc.row, tc.ownAlone)).Text), shownAs(t), t.Ref(), strings.TrimSpace(g.cell(g.get(tc.row, tc.col)).Text))
	return true
}

// daysDisagree checks the Total of a label's row over day columns that
// name the whole week against the days' own figures: the days are parts
// of the Total, so a Total that is not their sum contradicts them ("Mon …
// Sun │ Total" over "10 │ 10 │ 10 │ 3 │ 3 │ 3 │ 4 │ 50": the days add to
// 43), and a day not given ("-", "n/a", blank) beside days that are
// leaves the Total unchecked and the week perhaps not whole (a dash is
// never 0: nothing says the day was counted). Either way the Total is
// refused, with a warning naming it and every day's cell, and the days
// are not read; it reports whether it refused. A day whose figure is
// hedged ("c.4", "4?") or words ("TBC", "to follow") is not given as a
// figure: the Total is unchecked too. Days none of which are given
// ("Mon … Sun │ Total" filled in the Total alone) leave the Total to be
// read as before.
func (x *extractor) daysDisagree(g *grid, i int, m catalog.Metric, tc totalCol) bool {
	c := g.cell(i)
	k := g.get(c.Row, tc.col)
	if k < 0 || g.used[k] {
		return false
	}
	total, ok := exactFigure(g.cell(k))
	if !ok {
		return false
	}
	var sum float64
	var given, notGiven, all []string
	var at []int
	for _, col := range tc.dayCols {
		if col <= c.Col {
			continue
		}
		ref := etl.CellRef(col, c.Row)
		all = append(all, ref)
		j := g.get(c.Row, col)
		if j < 0 {
			notGiven = append(notGiven, ref+" (blank)")
			continue
		}
		at = append(at, j)
		if v, ok := exactFigure(g.cell(j)); ok {
			sum += v
			given = append(given, ref)
			continue
		}
		// a day not given ("-", "N/A", "TBC", "to follow"), hedged
		// ("c.4", "4?", "4 (est)") or in words: the Total cannot be
		// checked against it (review25 W9)
		notGiven = append(notGiven, fmt.Sprintf("%s (%q)", ref, strings.TrimSpace(g.cell(j).Text)))
	}
	if len(given) == 0 || len(notGiven) == 0 && math.Abs(sum-total) < 1e-6*math.Max(1, math.Abs(total)) {
		return false
	}
	v, head := g.cell(k), g.cell(g.get(tc.row, tc.col))
	g.used[k] = true
	for _, j := range at {
		g.used[j] = true
	}
	if len(notGiven) > 0 {
		x.refuse(etl.SevWarning, "total_unchecked", g.sheet.Name, v.Ref(), append([]string{v.Ref()}, all...), "%s: %s at %s under %q adds the week's days, but the days at %s are not given as exact figures: nothing says they were counted, or how many, so the Total may leave them out and cannot be checked against the days at %s; not loaded (give each day's figure, 0 for none)",
			m.Label, shownAs(v), v.Ref(), strings.TrimSpace(head.Text), strings.Join(notGiven, ", "), strings.Join(given, ", "))
		return true
	}
	x.refuse(etl.SevWarning, "total_disagrees", g.sheet.Name, v.Ref(), append([]string{v.Ref()}, all...), "%s: %s at %s under %q is not the sum of the week's days at %s, which add to %s: the return contradicts itself; not loaded (correct the Total or a day)",
		m.Label, shownAs(v), v.Ref(), strings.TrimSpace(head.Text), strings.Join(all, ", "), strconv.FormatFloat(sum, 'f', -1, 64))
	return true
}

// exactFigure is a cell's figure when it is a plain number: a number
// cell, or text that is a number with no hedge.
func exactFigure(c *etl.Cell) (float64, bool) {
	switch c.Kind {
	case etl.KindNumber:
		return c.Num, true
	case etl.KindText:
		if v, err := ParseText(c.Text); err == nil && v.Num != nil && v.Qualifier == etl.Exact {
			return *v.Num, true
		}
	}
	return 0, false
}

// partWeekTotal refuses the figures of a label's row under a Total whose
// day columns leave some of the week's days out ("Mon │ Tue │ Wed │ Thu
// │ Total"): the Total is a part of the week's figure, and each day's
// figure one day's. One warning names the Total, the days it leaves out
// and every day's figure; the row's other cells (a comparison column)
// are read as any are.
func (x *extractor) partWeekTotal(g *grid, i int, m catalog.Metric, tc totalCol, cells []int) []int {
	c := g.cell(i)
	var k = -1
	var dayCells []string
	var names []string
	for _, j := range cells {
		col := g.cell(j).Col
		if col == tc.col {
			k = j
		} else if h, ok := tc.heads[col]; ok && col > c.Col && col < tc.col && slices.Contains(tc.dayCols, col) {
			dayCells = append(dayCells, g.cell(j).Ref())
			names = append(names, strconv.Quote(strings.TrimSpace(g.cell(h).Text)))
			g.used[j] = true
		}
	}
	if k < 0 {
		x.skipParts(g, tc, cells)
		if len(dayCells) > 0 {
			x.refuse(etl.SevWarning, "part_week_total", g.sheet.Name, dayCells[0], dayCells, "%s: the figures at %s are single days' under %s, which leave out %s of the week: no figure of the whole week; not loaded",
				m.Label, strings.Join(dayCells, ", "), strings.Join(names, ", "), strings.Join(tc.missing, ", "))
		}
		return slices.DeleteFunc(cells, func(j int) bool { return g.used[j] })
	}
	x.skipParts(g, tc, cells)
	g.used[k] = true
	v, head := g.cell(k), g.cell(g.get(tc.row, tc.col))
	x.refuse(etl.SevWarning, "part_week_total", g.sheet.Name, v.Ref(), append([]string{v.Ref()}, dayCells...), "%s: %s at %s under %q adds the columns %s, which leave out %s of the week: a part of the week's figure, not the whole week's; not loaded",
		m.Label, shownAs(v), v.Ref(), strings.TrimSpace(head.Text), strings.Join(names, ", "), strings.Join(tc.missing, ", "))
	return slices.DeleteFunc(cells, func(j int) bool { return g.used[j] })
}

// skipParts leaves unread the figures of a row under a refused Total
// that stand under a heading naming a part of a metric, before the Total
// or after it ("Mon … Thu │ Under 18 │ Total", "Kent │ Other forces │
// Total │ Juveniles"): a part of a figure not loaded is not loaded, and
// never as the row's own metric (reread25 E1b: the under-18s' 8 loaded
// as the arrests).
func (x *extractor) skipParts(g *grid, tc totalCol, cells []int) {
	for _, k := range cells {
		col := g.cell(k).Col
		if h, ok := tc.heads[col]; ok && col != tc.col && !g.used[k] && (col > tc.col && tc.partsAfter || g.cell(h).Kind == etl.KindText && x.partHeading(g.cell(h).Text)) {
			g.skip(k, skipParts)
		}
	}
}

// otherOpsTotal refuses the Total of a label's row that adds to the
// operation's own columns figures not this force's for the operation
// ("Op Orochi │ Other ops │ Total", "Op Orochi │ BAU │ Total", "Kent │
// Other forces │ Total", "County lines │ Other │ Total", "Mon … Sun │
// Other │ Total"), and the figures under those others' headings: neither
// is this week's operation's figure for the force. The days' figures
// beside them are parts, not read; the other cells (the operation's own
// column) are returned, read as any column is.
func (x *extractor) otherOpsTotal(g *grid, i int, m catalog.Metric, tc totalCol, cells []int) []int {
	c := g.cell(i)
	x.skipParts(g, tc, cells)
	var names []string
	adds := "adds"
	for _, col := range slices.Sorted(maps.Keys(tc.heads)) {
		if col > c.Col && col != tc.col {
			names = append(names, strconv.Quote(strings.TrimSpace(g.cell(tc.heads[col]).Text)))
			if col > tc.col {
				adds = "stands beside" // "Total │ CL │ Other ops"
			}
		}
	}
	whose := map[string]string{
		"other_ops":    "other operations' figures (or work outside the operation)",
		"other_forces": "other forces' figures",
		"rest":         "the rest beside the operation's own: other work's figures",
		"unsaid":       "figures its heading does not say are the force's own for the operation, beside a column (or days) that are",
		"twice":        "one of two columns each headed as the force's own for the operation: which holds its figure is not said",
		"besidePart":   "headed as the force's own beside a column that may be a part of its own area: it may hold the rest of the area, not the whole, and which column holds the force's figure is not said",
	}
	for _, k := range cells {
		v := g.cell(k)
		h, ok := tc.heads[v.Col]
		switch {
		case v.Col == tc.col:
			g.used[k] = true
			x.refuse(etl.SevWarning, "other_ops_total", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s: %s at %s under %q %s the columns %s, among them figures not the force's for this week's operation (other operations', other forces', other work's or not said to be its own): not its own figure; not loaded",
				m.Label, shownAs(v), v.Ref(), strings.TrimSpace(g.cell(g.get(tc.row, tc.col)).Text), adds, strings.Join(names, ", "))
		case ok && tc.others[v.Col] != "":
			g.used[k] = true
			x.refuse(etl.SevWarning, "other_ops_column", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s: %s at %s is under %q at %s: %s, not the force's for this week's operation; not loaded",
				m.Label, shownAs(v), v.Ref(), strings.TrimSpace(g.cell(h).Text), g.cell(h).Ref(), whose[tc.others[v.Col]])
		case ok && slices.Contains(tc.dayCols, v.Col) && v.Col > c.Col:
			g.skip(k, skipParts) // a day's figure: a part of the week's, beside a Total that adds others'
		}
	}
	return slices.DeleteFunc(cells, func(j int) bool { return g.used[j] })
}

// stopPeriodCells stops the figures beside a Total of periods that are
// no week's figure however their column's heading reads: weeks counted
// from 1 ("Week 1 │ Week 2 │ Total": Week 1 may be ISO week 1 or the
// first week of the force's own count, this week or not; nothing says
// which), and single days ("10/10/2021 │ 11/10/2021 │ Total": one day's
// figure is not the week's). None is loaded; one warning at each heading
// names its figures. It returns the other cells, read as any column is.
func (x *extractor) stopPeriodCells(g *grid, tc totalCol, cells []int) []int {
	op := "this return's week"
	if o, ok := x.cat.Operation(x.ret.Operation); ok {
		y, w := o.Starts.ISOWeek()
		op = fmt.Sprintf("this return's week (%s, ISO week %d of %d)", spanText(datedCell{from: o.Starts, to: o.Ends}), w, y)
	}
	return slices.DeleteFunc(cells, func(k int) bool {
		h, ok := tc.heads[g.cell(k).Col]
		if !ok {
			return false
		}
		head := g.cell(h)
		hd := x.headingOf(head.Text)
		var why string
		switch {
		case tc.counted && hd.weekNo > 0:
			why = fmt.Sprintf("the figures headed %q count weeks from 1 beside a Total: the force's own weeks or ISO weeks, nothing says which, nor whether one is %s; not loaded", strings.TrimSpace(head.Text), op)
		case hd.oneDay() && x.periodOf(hd) == periodThis:
			why = fmt.Sprintf("the figures headed %q are one day's, beside days of another week and a Total of them: neither is %s; not loaded", strings.TrimSpace(head.Text), op)
		default:
			return false
		}
		g.used[k] = true
		key := g.sheet.Name + "!" + head.Ref()
		fresh := x.noteOnce(g, "unread_period", key, head.Ref(), func() string { return why }, k)
		if fresh && x.holdsFigure(head) {
			m := &x.ret.Messages[x.noted[key]]
			m.Cells = append([]string{head.Ref()}, m.Cells...)
		}
		return true
	})
}

// totalPart reads a figure in a column its Total adds up that names a part
// of the row's metric ("Children" beside Safeguarded): the catalogue's
// part (safeguarded_juvenile), or a warning when it has none ("Adults"
// beside Arrests).
func (x *extractor) totalPart(g *grid, k int, m catalog.Metric, tc totalCol) {
	v := g.cell(k)
	h, ok := tc.heads[v.Col]
	if !ok {
		g.skip(k, skipTotaled)
		return
	}
	text := g.cell(h).Text
	r := x.readLabel(text, m.Code)
	if r.ok && r.lm.metric.Parent == m.Code {
		x.take(g, r.lm.metric, r.lm.item, candidates([]int{k}, "", x.sense(text), r.lm, text), g.sheet.Name+"!"+v.Ref())
		return
	}
	g.used[k] = true
	x.refuse(etl.SevWarning, "unread_part", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s: %s at %s is under %q at %s, a part of it the catalogue has no figure for; not loaded (the Total is read)",
		m.Label, shownAs(v), v.Ref(), strings.TrimSpace(text), g.cell(h).Ref())
}

// labelLeftOf reports whether a label stands to the left of cell k in its
// row: the figure is that label's, not the figure below a label above it
// ("Weapons seized | Knives" over "Arrests | 1": 1 is arrests, not knives).
func (x *extractor) labelLeftOf(g *grid, k int) bool {
	v := g.cell(k)
	for _, j := range g.byRow[v.Row] {
		if c := g.cell(j); c.Col < v.Col && c.Kind == etl.KindText && x.isLabel(c.Text) {
			return true
		}
	}
	return false
}

// claimed lists the value cells to the right of a label that is refused:
// its figures, or a text holding one where the figure goes ("38%"), so
// that the refusal names them.
func (x *extractor) claimed(g *grid, c *etl.Cell) []int {
	cells, _, first := x.valuesRight(g, c.Row, c.Col)
	if len(cells) == 0 && first >= 0 && !g.used[first] && g.cell(first).Kind == etl.KindText && x.holdsFigure(g.cell(first)) && !x.isLabel(g.cell(first).Text) {
		cells = []int{first}
	}
	return cells
}

// figuresRight returns the cells holding a number to the right of c in
// its row, up to the first cell that holds none.
func figuresRight(g *grid, c *etl.Cell) []int {
	var out []int
	for _, j := range g.byRow[c.Row] {
		if g.cell(j).Col <= g.lastCol(c.Row, c.Col) || g.used[j] {
			continue
		}
		if !g.isFigure(j) {
			break
		}
		out = append(out, j)
	}
	return out
}

// skipLabel reports a label deliberately not read, with its figures.
func (x *extractor) skipLabel(g *grid, i int, cells []int, code, format string, args ...any) {
	g.skip(i, skipWords)
	for _, j := range cells {
		g.used[j] = true
	}
	x.refuse(etl.SevWarning, code, g.sheet.Name, g.cell(i).Ref(), g.refs(cells...), format, args...)
}

// inline reads "Arrests: 43" or "Cash seized - £50,272" in one cell, and
// "Arrests: 43 (last week: 38)": a figure with a bracketed aside after it
// is the figure, the aside kept in the raw text. Words after the figure
// are read only when they name what the metric counts ("£5,000 cash", "3
// cars"); any others leave the figure unread with a warning naming the
// cell, never silently dropped.
func (x *extractor) inline(g *grid, i int) bool {
	c := g.cell(i)
	label, val, ok := splitInline(c.Text)
	words := ""
	if !ok {
		if label, val, ok = x.splitList(c.Text); !ok {
			if label, val, words, ok = splitFigureWords(c.Text); !ok {
				return false
			}
		}
	}
	ls := x.sense(label)
	lr := x.readLabel(label, "")
	if lr.notCount {
		g.used[i] = true
		x.refuse(etl.SevWarning, "not_a_count", g.sheet.Name, c.Ref(), g.refs(i), "%q is a proportion or an average (%s), not a count; not loaded", strings.TrimSpace(c.Text), strings.ToLower(lr.changer))
		return true
	}
	lm, ok := lr.lm, lr.ok
	if !ok {
		return false
	}
	if !strings.ContainsAny(val, "0123456789") {
		// "People charged - awaiting decision | 20", "Warrants - TBC | 4":
		// a word after the label with a figure beside it is no figure of
		// its own: it qualifies the figure, which is not this week's plain
		// figure.
		if cells := figuresRight(g, c); len(cells) > 0 {
			x.skipLabel(g, i, cells, "qualified_label", "label %q says %q of its figure %s; not loaded", strings.TrimSpace(c.Text), val, strings.Join(g.refs(cells...), ", "))
			return true
		}
	}
	if words != "" && !x.namesWhatIsCounted(words, lm.metric) {
		g.used[i] = true
		x.refuse(etl.SevWarning, "unreadable_value", g.sheet.Name, c.Ref(), []string{c.Ref()}, "%s: %q gives %s followed by %q, which we cannot read; not loaded. Put the figure alone after the label, and anything else in a note",
			lm.metric.Label, strings.TrimSpace(c.Text), val, words)
		return true
	}
	cand := candidates([]int{i}, "", ls, lm, label)[0]
	cand.text = val
	x.take(g, lm.metric, lm.item, []candidate{cand}, g.sheet.Name+"!"+c.Ref())
	return true
}

// splitList splits "Weapons seized: 3 machetes, 2 knives and a crossbow"
// or "Cash seized: about £3,400, found on a train" into its label and the
// words after it, when the label is read and the grammar reads a figure
// or more of the label's own metric (items, not parts), and no figure it
// cannot read, in the words after the colon.
func (x *extractor) splitList(text string) (label, list string, ok bool) {
	label, list, found := strings.Cut(text, ":")
	lr := x.readLabel(label, "")
	if !found || !lr.ok {
		return "", "", false
	}
	rd := x.rd.Read(list, phrase.Context{Heading: label, Force: x.ret.Force, Week: x.week()})
	for _, m := range rd.Messages {
		if m.Value != nil {
			return "", "", false
		}
	}
	if len(rd.Facts) == 0 {
		return "", "", false
	}
	for _, f := range rd.Facts {
		if f.Metric != lr.lm.metric.Code {
			// "Mobile phones seized: 63 - incl. 12 deal line phones": a
			// total with a part is read beside its label, not here.
			return "", "", false
		}
	}
	return strings.TrimSpace(label), strings.TrimSpace(list), true
}

var inlineSeps = []string{":", " - ", " – ", " = "}

// splitInline splits "Arrests: 43" into its label and its figure: on the
// last separator whose right side reads as a figure, so that "Weapons
// seized - knives: 5" is knives, and "Arrests: 43 (last week: 38)" is 43.
func splitInline(text string) (label, val string, ok bool) {
	for _, sep := range inlineSeps {
		for end := len(text); ; {
			k := strings.LastIndex(text[:end], sep)
			if k <= 0 {
				break
			}
			if timeColon(text, k, sep) {
				end = k
				continue
			}
			label, val = text[:k], strings.TrimSpace(text[k+len(sep):])
			if v, err := ParseText(val); err == nil && !v.NotReported {
				return label, val, true
			}
			if _, _, _, ok := splitRestatement(val, candidate{}); ok {
				return label, val, true // "Cocaine: 0.7kg (700g)": one figure twice, or two
			}
			end = k
		}
	}
	return "", "", false
}

// timeColon reports whether the separator at k is the colon of a time or
// a ratio ("16:00", "1:3"), not one after a label.
func timeColon(text string, k int, sep string) bool {
	return sep == ":" && k+1 < len(text) && isDigit(text[k-1]) && isDigit(text[k+1])
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// splitFigureWords splits "Cash seized: £5,000 cash" into its label, the
// figure that starts the text after the first separator, and the words
// after the figure.
func splitFigureWords(text string) (label, val, words string, ok bool) {
	for _, sep := range inlineSeps {
		k := strings.Index(text, sep)
		if k <= 0 || timeColon(text, k, sep) {
			continue
		}
		rest := strings.Fields(text[k+len(sep):])
		for n := len(rest) - 1; n >= 1; n-- {
			v, err := ParseText(strings.Join(rest[:n], " "))
			if err == nil && v.Num != nil && strings.ContainsAny(rest[0]+rest[n-1], "0123456789") {
				return text[:k], strings.Join(rest[:n], " "), strings.Join(rest[n:], " "), true
			}
		}
	}
	return "", "", "", false
}

// namesWhatIsCounted reports whether the words after a figure only name
// what its metric counts: the grammar reads them as that metric, under
// its heading ("cash" for Cash seized, "cars" for Vehicles seized).
func (x *extractor) namesWhatIsCounted(text string, m catalog.Metric) bool {
	r := x.readItemLabel(text, m.Label)
	return r.ok && r.lm.metric.Code == m.Code
}

// itemRow reads a row naming an item ("Heroin | 56g | £2,000") under an
// itemised section, or anywhere when only one kind of item has that name.
func (x *extractor) itemRow(g *grid, i int, sec catalog.Metric, secSrc string) {
	c := g.cell(i)
	kind := ""
	if sec.Code != "" {
		kind = sec.ItemKind
	}
	if sec.Code == "" {
		return // an item's name alone is a label of its own, read by pairAt
	}
	m := sec
	ls := x.sense(c.Text) // "Crack (£000s)"
	var lm labelMatch
	if !totalLabels[catalog.Normalize(ls.text)] {
		// "Other" under Weapons seized, "BB guns" under a weapons heading.
		r := x.readItemLabel(c.Text, sec.Label)
		if !r.ok || r.lm.metric.ItemKind != kind || r.lm.item == "" {
			// An unknown type under a heading: say so if it has figures.
			if cells, _, _ := x.valuesRight(g, c.Row, c.Col); len(cells) > 0 {
				x.skipLabel(g, i, cells, "unrecognised_item", "unrecognised %s type %q under %s (%s); its figures were not loaded", kind, c.Text, sec.Label, whyNot(r))
			}
			return
		}
		lm = r.lm
	}
	cells, unitWord, _ := x.valuesBeside(g, c, sec.Code)
	if len(cells) == 0 {
		return
	}
	g.skip(i, skipWords)
	x.take(g, m, lm.item, candidates(cells, unitWord, ls, lm, c.Text), secSrc)
}

// headerCol is one column of a transposed table's header row.
type headerCol struct {
	col   int
	head  int // the header cell
	lm    labelMatch
	ls    labelSense
	force bool    // the Force column (read with the force, in identity)
	other heading // set for a comparison column ("Arrests last week", "% change")
	unit  string  // a unit the row's metric heading gives its items: "g" in "Drugs seized (g)"
}

// figureRow is one row of figures under a transposed header.
type figureRow struct {
	row   int
	head  int // the cell heading the row ("This week", "Last week"), -1 for none
	p     period
	whose int // the row's first words left of its figures, read or not (a Force column's "Kent Police"), -1 for none
}

// headerRows reads transposed returns: a row of metric labels across the
// top with the figures beneath, perhaps with a Force column, perhaps with
// a row heading ("This week", "Last week") leading each row of figures.
func (x *extractor) headerRows(g *grid) {
	for ri, row := range g.rows {
		cols, metrics, firstCol := x.headerCols(g, row)
		if metrics < 2 || ri+1 >= len(g.rows) || !g.adjacent(row, g.rows[ri+1]) {
			continue
		}
		// The row beneath must hold figures under most of the labels, and
		// no label of its own under them: "Cash seized | cash" over
		// "Arrests | 4" is a label with a word beside it, then a pair.
		if under := len(x.figuresUnder(g, g.rows[ri+1], cols)); under*2 < metrics || x.labelsUnder(g, g.rows[ri+1], cols) {
			continue
		}
		hasForce := false
		for _, h := range cols {
			g.skip(h.head, skipWords)
			hasForce = hasForce || h.force
			if h.other.period == periodOther {
				x.comparisonColumn(g, h.head, h.other)
			}
		}
		var rows []figureRow
		for rj := ri + 1; rj < len(g.rows) && g.adjacent(g.rows[rj-1], g.rows[rj]); rj++ {
			r := g.rows[rj]
			if len(x.figuresUnder(g, r, cols)) == 0 {
				break
			}
			fr := figureRow{row: r, head: -1, whose: -1}
			for _, k := range g.byRow[r] {
				if kc := g.cell(k); kc.Col < firstCol && kc.Kind == etl.KindText && fr.whose < 0 {
					fr.whose = k
				}
				if kc := g.cell(k); kc.Col < firstCol && kc.Kind == etl.KindText && !g.used[k] {
					fr.head, fr.p = k, x.periodOf(x.headingOf(kc.Text))
					break
				}
			}
			if fr.whose >= 0 && x.isLabel(g.cell(fr.whose).Text) {
				// `Mobile phones seized │ 1149` under `Kent │ 43 │ 12`: a
				// label of its own ends the table; its figure is its own,
				// never the column's (ret29 N2)
				break
			}
			rows = append(rows, fr)
		}
		rows = x.thisWeeksRows(g, rows, hasForce, firstCol)
		src := g.sheet.Name + "!" + etl.CellRef(firstCol, row)
		for _, fr := range rows {
			if fr.head >= 0 {
				g.skip(fr.head, skipWords)
			}
			for _, h := range cols {
				j := g.get(fr.row, h.col)
				if j < 0 || g.used[j] {
					continue
				}
				if h.lm.metric.Code == "" {
					g.used[j] = true // a comparison column, noted above
					x.comparisonColumn(g, h.head, h.other, j)
					continue
				}
				if fr.whose >= 0 && x.partRow(g, fr.whose, j, h) {
					continue
				}
				cs := candidates([]int{j}, h.unit, h.ls, h.lm, strings.TrimSpace(g.cell(h.head).Text))
				if fr.whose >= 0 && cs[0].hedge == "" {
					cs[0].hedge = x.headingHedge(g.cell(fr.whose).Text) // "Kent (est.)": as a column headed "Estimated"
				}
				x.take(g, h.lm.metric, h.lm.item, cs, src)
			}
		}
	}
}

// headerCols reads a row as the header of a transposed table: metric
// labels, a Force column, comparison columns.
func (x *extractor) headerCols(g *grid, row int) (cols []headerCol, metrics, firstCol int) {
	texts := 0
	for _, i := range g.byRow[row] {
		if g.cell(i).Kind == etl.KindText && !g.used[i] {
			texts++
		}
	}
	if texts < 2 {
		return nil, 0, 0 // a header names two metrics or more
	}
	parent := ""
	var section headerCol // an itemised metric heading the row's items ("Drugs seized (g) | Heroin | Cocaine")
	for k, i := range g.byRow[row] {
		c := g.cell(i)
		if c.Kind != etl.KindText || g.used[i] && !forceLabels[catalog.Normalize(c.Text)] {
			continue
		}
		if forceLabels[catalog.Normalize(c.Text)] {
			cols = append(cols, headerCol{col: c.Col, head: i, force: true})
			continue
		}
		ls := x.sense(c.Text)
		if hd := x.headingOf(c.Text); x.periodOf(hd) == periodOther {
			cols = append(cols, headerCol{col: c.Col, head: i, other: hd})
			continue
		}
		if section.lm.metric.Code != "" {
			if _, item, ok := x.matchItem(c.Text, section.lm.metric.ItemKind); ok {
				h := section
				h.col, h.head, h.lm.item = c.Col, i, item
				cols = append(cols, h)
				metrics++
				if firstCol == 0 {
					firstCol = c.Col
				}
				continue
			}
		}
		if k == 0 && k+1 < len(g.byRow[row]) {
			next := g.cell(g.byRow[row][k+1])
			if h, ok := x.itemsHeading(c.Text); ok && next.Kind == etl.KindText {
				if _, _, isItem := x.matchItem(next.Text, h.lm.metric.ItemKind); isItem {
					section = h
					section.head = i
					continue
				}
			}
		}
		lm, ok, _ := x.matchLabel(c.Text, parent)
		if !ok {
			continue
		}
		cols = append(cols, headerCol{col: c.Col, head: i, lm: lm, ls: ls})
		metrics++
		if firstCol == 0 {
			firstCol = c.Col
		}
		if lm.metric.Parent == "" {
			parent = lm.metric.Code
		}
	}
	return cols, metrics, firstCol
}

// itemsHeading reads the first cell of a header row as an itemised
// metric whose items head the columns to its right: "Drugs seized (g)"
// over "Heroin | Cocaine | Cannabis". A unit in brackets applies to them.
func (x *extractor) itemsHeading(text string) (headerCol, bool) {
	ls := x.sense(text)
	label, unit := ls.text, ""
	if m := bracketUnit.FindStringSubmatchIndex(label); m != nil && isUnitWord(label[m[2]:m[3]]) {
		unit = strings.TrimSpace(label[m[2]:m[3]])
		label = label[:m[0]] + label[m[1]:]
	}
	lm, ok, _ := x.matchLabel(label, "")
	if !ok || lm.metric.ItemKind == "" || lm.item != "" {
		return headerCol{}, false
	}
	return headerCol{lm: lm, ls: ls, unit: unit}, true
}

// labelsUnder reports whether row holds, under a metric column, a text
// that reads as a label.
func (x *extractor) labelsUnder(g *grid, row int, cols []headerCol) bool {
	for _, h := range cols {
		if j := g.get(row, h.col); h.lm.metric.Code != "" && j >= 0 && g.cell(j).Kind == etl.KindText && (x.isLabel(g.cell(j).Text) || x.partLabelOf(g.cell(j).Text, h.lm.metric)) {
			return true
		}
	}
	return false
}

// partLeftOf refuses figure k under metric m's label over its column
// when words left of k in its row name only some of those counted
// (`Group │ Arrests` over `Male │ 30`, `Under 18s │ 13`, `Kent (Adults)
// │ 30`): the part's figure, not m's whole, as partRow refuses a
// transposed table's. It reports whether it refused.
func (x *extractor) partLeftOf(g *grid, k int, m catalog.Metric) bool {
	for _, j := range g.byRow[g.cell(k).Row] {
		if l := g.cell(j); l.Col < g.cell(k).Col && l.Kind == etl.KindText && x.partRow(g, j, k, headerCol{lm: labelMatch{metric: m}}) {
			return true
		}
	}
	return false
}

// partRow refuses figure j of a transposed table's row when the row's
// heading, at cell whose, names only some of those counted (partCounted:
// `Area │ Arrests │ Warrants` over `Kent (Adults) │ 43 │ 12`, `Under 18s`,
// `Kent (18+)`): the part's figure under h, not the force's whole, as a
// column so headed is (partColumn; ret28 H1). It reports whether it
// refused.
func (x *extractor) partRow(g *grid, whose, j int, h headerCol) bool {
	t := g.cell(whose)
	w := x.partCounted(t.Text)
	if w == "" {
		// "Kent (Adults)", "Kent - Female": the part after the force's name
		w = x.partCounted(strings.Trim(x.withoutOwnNames(t.Text), " ()-–—:"))
	}
	if w == "" {
		return false
	}
	g.used[j] = true
	v := g.cell(j)
	x.refuse(etl.SevWarning, "breakdown", g.sheet.Name, v.Ref(), []string{v.Ref(), t.Ref()}, "%s at %s is in the row headed %q at %s, which names only some of those counted (%q): a part of %s, not the whole; not loaded",
		strings.TrimSpace(shownAs(v)), v.Ref(), strings.TrimSpace(t.Text), t.Ref(), w, strings.ToLower(h.lm.metric.Label))
	return true
}

// figuresUnder lists the cells of row that hold a figure, or text that
// may be one, under the metric columns.
func (x *extractor) figuresUnder(g *grid, row int, cols []headerCol) []int {
	var out []int
	for _, h := range cols {
		if j := g.get(row, h.col); h.lm.metric.Code != "" && j >= 0 && !g.used[j] && (g.isValue(j) || figureLike(g.cell(j))) {
			out = append(out, j)
		}
	}
	return out
}

// notOwnRow refuses a transposed table's row whose heading says whose its
// figures are when that is not the force as a whole, or what they are
// other than the week's count, as a column's heading would (headingScope,
// headingChange): `Area │ Arrests` over `National │ 400`, `Medway │ 43`,
// `Essex Police │ 50`. `Kent`, `Kent Police`, `Total`, `This week` are
// the force's own. One warning at the row's heading names its words and
// each figure; it reports whether it refused.
func (x *extractor) notOwnRow(g *grid, fr figureRow) bool {
	t := g.cell(fr.whose)
	why := x.headingScope(t.Text)
	if why == "" {
		why = x.headingChange(t.Text)
	}
	if why == "" {
		return false
	}
	for _, k := range g.byRow[fr.row] {
		g.used[k] = true
	}
	x.noteOnce(g, "not_the_force_week", g.sheet.Name+"!"+t.Ref(), t.Ref(), func() string {
		return fmt.Sprintf("the figures of the row headed %q at %s are not the force's own for the week: %s; not loaded", strings.TrimSpace(t.Text), t.Ref(), why)
	}, g.byRow[fr.row]...)
	return true
}

// totalOverOutside refuses a transposed table's total row (`Total`,
// `Force total`) under a row whose heading, at cell outside, names
// figures none of the force's (another force's, a wider area's, shared:
// outsideScope): `Kent │ 43`, `Essex │ 30`, `Total │ 73` adds Essex's
// arrests to Kent's. A total over the force's parts (`Medway`, `Swale`)
// is the force's own. One warning at the total's heading names it and
// the row it adds; it reports whether it refused.
func (x *extractor) totalOverOutside(g *grid, fr figureRow, outside int) bool {
	t, o := g.cell(fr.whose), g.cell(outside)
	if findPhrase(strings.Fields(catalog.Normalize(t.Text)), subtotalWords) == "" {
		return false
	}
	for _, k := range g.byRow[fr.row] {
		g.used[k] = true
	}
	x.refuse(etl.SevWarning, "not_the_force_week", g.sheet.Name, t.Ref(), x.figureRefs(g, g.byRow[fr.row]),
		"the row headed %q at %s totals the rows above it, and the row headed %q at %s is not the force's (%s): the total is not the force's own for the week; not loaded",
		strings.TrimSpace(t.Text), t.Ref(), strings.TrimSpace(o.Text), o.Ref(), x.outsideScope(o.Text))
	return true
}

// thisWeeksRows drops the rows headed as another period (noting each) and,
// unless each row names its force, keeps one row: the one headed as this
// week's, or none with a warning when nothing says which it is.
func (x *extractor) thisWeeksRows(g *grid, rows []figureRow, hasForce bool, firstCol int) []figureRow {
	var keep []figureRow
	outside := -1 // the first row's heading that names figures none of the force's
	for _, fr := range rows {
		if fr.p != periodOther && fr.whose >= 0 && x.notOwnRow(g, fr) {
			if outside < 0 && x.outsideScope(g.cell(fr.whose).Text) != "" {
				outside = fr.whose
			}
			continue
		}
		if fr.p != periodOther && fr.whose >= 0 && outside >= 0 && x.totalOverOutside(g, fr, outside) {
			continue
		}
		if fr.p == periodOther {
			for _, k := range g.byRow[fr.row] {
				g.used[k] = true
			}
			x.comparisonColumn(g, fr.head, x.headingOf(g.cell(fr.head).Text), g.byRow[fr.row]...)
			continue
		}
		keep = append(keep, fr)
	}
	if hasForce || len(keep) < 2 {
		return keep
	}
	var this []figureRow
	for _, fr := range keep {
		if fr.p == periodThis {
			this = append(this, fr)
		}
	}
	if len(this) == 1 {
		for _, fr := range keep {
			if fr.row != this[0].row {
				x.refuse(etl.SevWarning, "unread_figure", g.sheet.Name, etl.CellRef(firstCol, fr.row), x.figureRefs(g, g.byRow[fr.row]),
					"row %d does not say which week its figures are for, and row %d is this week's; not loaded", fr.row, this[0].row)
				for _, k := range g.byRow[fr.row] {
					g.used[k] = true
				}
			}
		}
		return this
	}
	var all []int
	for _, fr := range keep {
		all = append(all, g.byRow[fr.row]...)
	}
	x.refuse(etl.SevWarning, "two_figures", g.sheet.Name, etl.CellRef(firstCol, keep[0].row), x.figureRefs(g, all),
		"rows %d and %d both give figures under the same headings and nothing says which is this week's for the force; not loaded. If one is another week's, head this week's row 'This week'; if they are parts of the force's figures (districts, teams, offences), give the force's totals instead: never head one part 'This week'",
		keep[0].row, keep[1].row)
	for _, fr := range keep {
		for _, k := range g.byRow[fr.row] {
			g.used[k] = true
		}
	}
	return nil
}
