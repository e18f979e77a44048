package extract

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// candidate is one cell offered as a figure of a metric, with what its
// label, header or a unit cell beside it says about it.
type candidate struct {
	cell     int           // index into the grid
	text     string        // the figure's text when it is part of the cell ("Arrests: 12"), else ""
	unitWord string        // a unit from a header, a unit column or a unit-only cell
	fixed    etl.Unit      // the unit the label or header gives (£, €, wraps)
	scale    float64       // (£000s): the figure counts thousands
	money    bool          // the scale is of money and scales only money
	hedge    etl.Qualifier // the label or header hedges its figures: "Estimated street value"
	foreign  string        // a currency the label or header names that we do not load ("$")
	oddScale string        // a scale the label or header writes in a way we do not read ("£100s")
	from     string        // where the scale, unit or currency was given, for messages ("its label")
	unit     etl.Unit      // a unit the label names that is not money: "Heroin (g)", "Crack (wraps)"
	factor   float64       // that unit's factor: 1000 for "(kg)"
	label    string        // the label as written, the context of a sentence in the cell
	row      string        // the row's label as written ("Class A total"), for subtotal checks
}

// candidates offers value cells as figures of what a label names: its
// signs (ls: £, €, £000s), the grammar's reading of it (lm: a unit such as
// "(g)", a hedge such as "(approx.)" or "Estimated") and its text.
func candidates(cells []int, unitWord string, ls labelSense, lm labelMatch, label string) []candidate {
	out := make([]candidate, len(cells))
	for k, i := range cells {
		c := candidate{cell: i, unitWord: unitWord, fixed: ls.unit, scale: ls.scale, money: ls.money, foreign: ls.foreign,
			oddScale: ls.oddScale, hedge: lm.hedge, label: label, row: label}
		switch {
		case money(lm.unit):
			if c.fixed == "" {
				c.fixed = lm.unit // "Sterling recovered", "Street value of heroin"
			}
		case lm.unit != "":
			c.unit, c.factor = lm.unit, lm.factor
		}
		out[k] = c
	}
	return out
}

// withHeading adds what a column heading says about unit and scale
// ("This week (£000s)", "Value (€)") to what the label said: the same
// rules whether the sign is in the label, the column heading or both. A
// heading and a label that disagree are reported and the figure is not
// loaded.
func (x *extractor) withHeading(g *grid, c candidate, m catalog.Metric) (candidate, bool) {
	if c.hedge == "" {
		c.hedge = x.columnHedge(g, c.cell) // "Metric │ Estimated": every figure under it is hedged
	}
	hs, at := x.columnSense(g, c.cell)
	if at < 0 {
		return c, true
	}
	if m.Unit != "varies" && !money(etl.Unit(m.Unit)) {
		// A column headed "This week (£000s)" may hold arrests too: its
		// money signs are for the money rows. A plain scale ("(000s)")
		// is for every row.
		if hs.money {
			hs.scale = 1
		}
		hs.unit, hs.foreign = "", ""
		if strings.ContainsAny(hs.oddScale, "£€") {
			hs.oddScale = ""
		}
	}
	v := g.cell(c.cell)
	where := fmt.Sprintf("the heading %q at %s", strings.TrimSpace(g.cell(at).Text), g.cell(at).Ref())
	switch {
	case hs.scale != 1 && c.scale != 1 && hs.scale != c.scale:
		x.refuse(etl.SevWarning, "scale_conflict", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s: its label says the figures are in %s but %s says %s; not loaded", m.Label, scaleName(c.scale), where, scaleName(hs.scale))
		return c, false
	case money(hs.unit) && money(c.fixed) && hs.unit != c.fixed:
		x.refuse(etl.SevWarning, "currency_conflict", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s: its label says %s but %s says %s; not loaded", m.Label, currencyName(c.fixed), where, currencyName(hs.unit))
		return c, false
	}
	if hs.scale != 1 {
		c.scale, c.money = hs.scale, hs.money
	}
	if hs.unit != "" && c.fixed == "" {
		c.fixed = hs.unit
	}
	if hs.foreign != "" && c.foreign == "" {
		c.foreign, c.from = hs.foreign, where
	}
	if hs.oddScale != "" && c.oddScale == "" {
		c.oddScale, c.from = hs.oddScale, where
	}
	return c, true
}

// scaleWord reads a cell that gives only a scale, and perhaps a currency,
// for the figure beside it: "£000s", "£k", "€000s", "£000", "£ thousands",
// "(000s)", "£m" in a unit column or beside a label.
func scaleWord(text string) (labelSense, bool) {
	if !strings.ContainsAny(text, "0£€$") && !strings.Contains(strings.ToLower(text), "thousand") && !strings.Contains(strings.ToLower(text), "million") {
		return labelSense{}, false
	}
	ls := readSigns(text)
	if ls.scale == 1 || strings.Trim(ls.text, "() ") != "" {
		return labelSense{}, false
	}
	ls.money = ls.money || money(ls.unit)
	return ls, true
}

// withScaleWord adds what a unit cell giving a scale says ("Cash seized |
// 5 | £000s") to what the label and heading said, as withHeading does for
// a heading: the same scale is applied the same way wherever it is
// written, and a unit cell that disagrees with them is reported.
func (x *extractor) withScaleWord(g *grid, c candidate, m catalog.Metric) (candidate, bool) {
	if f := phrase.ForeignMoney(c.unitWord); f != "" {
		// "Cash seized │ 5000 │ USD": never pounds.
		if c.foreign == "" {
			c.foreign, c.from = f, fmt.Sprintf("the unit %q beside it", c.unitWord)
		}
		c.unitWord = ""
		return c, true
	}
	ws, ok := scaleWord(c.unitWord)
	if !ok {
		return c, true
	}
	v := g.cell(c.cell)
	switch {
	case c.scale > 1 && c.scale != ws.scale:
		x.refuse(etl.SevWarning, "scale_conflict", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s: its label or heading says the figures are in %s but the unit beside it, %q, says %s; not loaded", m.Label, scaleName(c.scale), c.unitWord, scaleName(ws.scale))
		return c, false
	case money(ws.unit) && money(c.fixed) && ws.unit != c.fixed:
		x.refuse(etl.SevWarning, "currency_conflict", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s: its label or heading says %s but the unit beside it, %q, says %s; not loaded", m.Label, currencyName(c.fixed), c.unitWord, currencyName(ws.unit))
		return c, false
	}
	c.scale, c.money = ws.scale, ws.money
	if ws.unit != "" && c.fixed == "" {
		c.fixed = ws.unit
	}
	if ws.foreign != "" && c.foreign == "" {
		c.foreign, c.from = ws.foreign, fmt.Sprintf("the unit %q beside it", c.unitWord)
	}
	c.unitWord = ""
	return c, true
}

// found is a fact and the place it came from: rows of one table (or one
// item section) share a source, every other label is its own.
type found struct {
	fact  etl.Fact
	src   string
	label string // the row's label as written, "" when unknown
}

// take reads the figures one label or one table row offers and keeps this
// week's: a figure under a comparison heading is noted and skipped, and
// when two figures in one unit remain with nothing to tell which is this
// week's, both are reported and neither is loaded.
func (x *extractor) take(g *grid, m catalog.Metric, item string, cands []candidate, src string) {
	type read struct {
		fact  etl.Fact
		p     period
		cell  int    // its value cell
		head  int    // the cell heading its column, -1 for none
		under bool   // it stands under its column's headings, not in the label's cell ("Arrests: 12")
		label string // the row's label
		// assumed: a figure in pounds only because its metric counts
		// pounds: no sign of its own, no currency in its label, heading
		// or a unit cell beside it ("Cash seized │ 5000")
		assumed bool
	}
	byUnit := map[etl.Unit][]read{}
	var units []etl.Unit
	for _, c := range cands {
		g.used[c.cell] = true
		if x.inComparison(g, c.cell) {
			continue // under "Year to date", on a sheet named "Last IW"
		}
		// under: the figure stands under its column's headings, not in the
		// label's cell ("Arrests: 12"); said before the readers below
		// rewrite its text to the figure alone ("43 (w/e 17/10/2021)",
		// "43*", "43 - Kent Police")
		under := c.text == ""
		var hd heading
		head := -1
		if under {
			hd, head = x.columnHeading(g, c.cell)
		}
		p := x.periodOf(hd)
		if p == periodOther {
			x.comparisonColumn(g, head, hd, c.cell)
			continue
		}
		if under {
			if h, w := x.partColumn(g, c.cell, m); h >= 0 {
				v := g.cell(c.cell)
				x.refuse(etl.SevWarning, "breakdown", g.sheet.Name, v.Ref(), []string{v.Ref(), g.cell(h).Ref()}, "%s at %s is under the heading %q at %s, which names only some of those counted (%q): a part of %s, not the whole; not loaded",
					strings.TrimSpace(shownAs(v)), v.Ref(), strings.TrimSpace(g.cell(h).Text), g.cell(h).Ref(), w, strings.ToLower(m.Label))
				continue
			}
			if o, h, ok := x.otherMetricColumn(g, c.cell, m); ok {
				v := g.cell(c.cell)
				x.refuse(etl.SevWarning, "breakdown", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s at %s is under the heading %q at %s: a part of %s the catalogue has no figure for, not %s; not loaded",
					strings.TrimSpace(shownAs(v)), v.Ref(), strings.TrimSpace(g.cell(h).Text), g.cell(h).Ref(), strings.ToLower(o.Label), strings.ToLower(m.Label))
				continue
			}
		}
		var ok bool
		if c, ok = x.withScaleWord(g, c, m); !ok {
			continue
		}
		if under {
			if c, ok = x.withHeading(g, c, m); !ok {
				continue
			}
		}
		if c, ok = x.footnoted(g, c, m); !ok {
			continue
		}
		if c, ok = x.restatement(g, c, m); !ok {
			continue
		}
		c = x.ownForceNamed(g, c)
		if c, ok = x.periodNoted(g, c, m); !ok {
			continue
		}
		if n := len(x.found); x.readSentence(g, c, m, item, src) {
			// "17 people were arrested, 4 of them under 18", "Weapons
			// seized: 3 machetes and 2 knives"
			kept := x.found[:n]
			if under && x.notOwnColumn(g, c.cell) {
				// "43*" under "National": the heading judges a sentence's
				// figures as it judges a bare one
				x.found = kept
				continue
			}
			for _, fd := range x.found[n:] {
				if !x.noteRefuses(g, c, m.Label, fd.fact) && !x.noteBeside(g, c.cell, m.Label, &fd.fact) {
					kept = append(kept, fd)
				}
			}
			x.found = kept
			continue
		}
		f, ok := x.read(g.sheet.Name, g.cell(c.cell), m, item, c)
		if !ok || x.asideAllowed(g, c, m.Label, &f) || x.noteRefuses(g, c, m.Label, f) || x.noteBeside(g, c.cell, m.Label, &f) {
			continue
		}
		if len(byUnit[f.Unit]) == 0 {
			units = append(units, f.Unit)
		}
		bare := f.Unit == etl.UnitGBP && c.fixed == "" && c.unitWord == "" && !saysCurrency(f.Raw)
		if _, near := x.headingCells(g, c.cell); bare && under && near >= 0 && g.cell(near).Kind == etl.KindText {
			// "Amount in EUR", "Euro amount" over `Cash seized │ 5000`:
			// words over its column name another currency, though no
			// pure heading says its unit (reread28 E3)
			if w := otherCurrency(g.cell(near).Text, f.Unit); w != "" {
				h := g.cell(near)
				x.refuse(etl.SevWarning, "other_currency", f.Sheet, f.Cell, []string{f.Cell, h.Ref()}, "%s: %q at %s says no currency, and the heading %q at %s over it names another currency than pounds (%q); not loaded as pounds",
					describe(f), f.Raw, f.Cell, strings.TrimSpace(h.Text), h.Ref(), w)
				continue
			}
		}
		assumed := bare && !x.currencySaid(g, c.cell, &f)
		byUnit[f.Unit] = append(byUnit[f.Unit], read{f, p, c.cell, head, under, c.row, assumed})
	}
	if eur := byUnit[etl.UnitEUR]; len(eur) > 0 {
		// "Cash seized │ 5000 │ €5000": a figure that says no currency
		// beside one in euros in its row is not known to be pounds
		// (reread28 E3); the figure in euros stands as it says. (A
		// label over two rows, "5000" over "€2000", gives one figure
		// a row, each in its own currency.)
		var kept []read
		for _, r := range byUnit[etl.UnitGBP] {
			k := slices.IndexFunc(eur, func(e read) bool { return g.cell(e.cell).Row == g.cell(r.cell).Row })
			if !r.assumed || k < 0 {
				kept = append(kept, r)
				continue
			}
			e := eur[k]
			x.refuse(etl.SevWarning, "other_currency", r.fact.Sheet, r.fact.Cell, []string{r.fact.Cell, e.fact.Cell},
				"%s: %q at %s says no currency, and %q at %s in its row is in euros: whether %q is pounds or euros is not said; not loaded. Write £ before it if it is in pounds",
				describe(r.fact), r.fact.Raw, r.fact.Cell, e.fact.Raw, e.fact.Cell, r.fact.Raw)
		}
		byUnit[etl.UnitGBP] = kept
	}
	for _, u := range units {
		if len(byUnit[u]) == 0 {
			continue
		}
		rs := byUnit[u]
		if len(rs) == 1 {
			// One figure left, and its column's heading decides it as
			// it would beside others: "National", "Essex Police",
			// "Medway" never head the force's own figure.
			if r := rs[0]; !r.under || !x.notOwnColumn(g, r.cell) {
				x.found = append(x.found, found{r.fact, src, r.label})
			}
			continue
		}
		// "Result │ Revised" (40 │ 43): the force's correction of the
		// row's figure stands; the figure it corrects is named, never
		// loaded in silence.
		var fixes, fixed []read
		for _, r := range rs {
			if r.head >= 0 && correctionHeading(g.cell(r.head).Text) {
				fixes = append(fixes, r)
			} else {
				fixed = append(fixed, r)
			}
		}
		if len(fixes) > 0 {
			same := true
			for _, r := range fixes[1:] {
				same = same && sameValue(r.fact.Value, fixes[0].fact.Value) && r.fact.Qualifier == fixes[0].fact.Qualifier
			}
			// "This week │ Year to date │ Final" (40 │ 300 │ 43): a column
			// that names this week beside a correction word alone that
			// disagrees with it; "Final" may be the operation's or the
			// year's final figure. Neither is taken for the other.
			named := false
			for _, r := range fixed {
				named = named || r.head >= 0 && x.namesWeek(g.cell(r.head).Text) && !(sameValue(r.fact.Value, fixes[0].fact.Value) && r.fact.Qualifier == fixes[0].fact.Qualifier)
			}
			if named {
				var cells, refs []string
				for _, r := range rs {
					cells = append(cells, fmt.Sprintf("%q at %s under %q", r.fact.Raw, r.fact.Cell, strings.TrimSpace(g.cell(r.head).Text)))
					refs = append(refs, r.fact.Cell)
				}
				x.refuse(etl.SevWarning, "two_figures", rs[0].fact.Sheet, rs[0].fact.Cell, refs,
					"%s is given as %s: a column headed as this week's and one headed as a correction disagree, and nothing says the correction is of this week's figure; not loaded. Give this week's figure alone, or head the correction \"This week (revised)\"",
					describe(rs[0].fact), strings.Join(cells, " and "))
				continue
			}
			if !same || len(fixed) > 1 {
				var cells, refs []string
				for _, r := range rs {
					cells = append(cells, fmt.Sprintf("%q at %s", r.fact.Raw, r.fact.Cell))
					refs = append(refs, r.fact.Cell)
				}
				x.refuse(etl.SevWarning, "two_figures", rs[0].fact.Sheet, rs[0].fact.Cell, refs,
					"%s is given as %s, some under headings that correct it, and nothing says which correction stands; not loaded. Give the corrected figure alone",
					describe(rs[0].fact), strings.Join(cells, " and "))
				continue
			}
			fix := fixes[0]
			x.found = append(x.found, found{fix.fact, src, fix.label})
			for _, r := range append(fixes[1:], fixed...) {
				sev := etl.SevWarning
				if sameValue(r.fact.Value, fix.fact.Value) && r.fact.Qualifier == fix.fact.Qualifier {
					sev = etl.SevInfo
				}
				x.refuse(sev, "corrected_figure", r.fact.Sheet, r.fact.Cell, []string{r.fact.Cell}, "%s: %q at %s is corrected by %q at %s, under the heading %q: the correction is loaded, %q is not",
					describe(r.fact), r.fact.Raw, r.fact.Cell, fix.fact.Raw, fix.fact.Cell, strings.TrimSpace(g.cell(fix.head).Text), r.fact.Raw)
			}
			continue
		}
		var this []read
		for _, r := range rs {
			if r.p == periodThis && !(r.under && x.othersColumn(g, r.cell)) {
				this = append(this, r)
			}
		}
		if len(this) == 1 {
			x.found = append(x.found, found{this[0].fact, src, this[0].label})
			headed := func(head int) string {
				if head < 0 {
					return "a column with no heading"
				}
				return fmt.Sprintf("the heading %q at %s", strings.TrimSpace(g.cell(head).Text), g.cell(head).Ref())
			}
			for _, r := range rs {
				if r.fact.Cell != this[0].fact.Cell && !(r.under && x.notOwnColumn(g, r.cell)) {
					x.refuse(etl.SevWarning, "unread_figure", r.fact.Sheet, r.fact.Cell, []string{r.fact.Cell}, "%s: %q at %s is under %s, which does not say which week it is for; %q at %s is under %s, which says this week's. %q not loaded",
						describe(r.fact), r.fact.Raw, r.fact.Cell, headed(r.head), this[0].fact.Raw, this[0].fact.Cell, headed(this[0].head), r.fact.Raw)
				}
			}
			continue
		}
		var cells, refs []string
		for _, r := range rs {
			cells = append(cells, fmt.Sprintf("%q at %s", r.fact.Raw, r.fact.Cell))
			refs = append(refs, r.fact.Cell)
			x.undecidedColumn(g, r.head, rs[0].fact)
		}
		x.refuse(etl.SevWarning, "two_figures", rs[0].fact.Sheet, rs[0].fact.Cell, refs,
			"%s is given as %s and nothing says which is this week's figure for the force; not loaded. If the others are other weeks', head this week's column 'This week'; if they are parts of the force's figure (districts, teams, kinds), give the force's total instead: never head one part 'This week'",
			describe(rs[0].fact), strings.Join(cells, " and "))
	}
}

// correction is a column heading that says its figures correct the
// row's: "Revised", "Corrected", "Amended", "Updated figure", "Final".
var correction = regexp.MustCompile(`(?i)^\s*(?:revised|corrected|amended|updated|final|correct|correction|amendment|restated)(?:\s+(?:figures?|results?|values?|totals?|counts?|numbers?|data))?\s*$`)

func correctionHeading(text string) bool { return correction.MatchString(text) }

// namesWeek reports whether a heading names this week or its dates ("This
// week", "This IW", "Current week", "11-17 Oct 2021"), not only a word
// any figure may stand under ("Result", "Total", "Figure").
func (x *extractor) namesWeek(text string) bool {
	h := x.headingOf(text)
	if h.period != periodThis {
		return false
	}
	switch h.word {
	case "total", "result", "figure", "number", "count", "actual":
		return h.dated() || h.weekNo > 0
	}
	return true
}

// eventCount is a label's words saying it counts seizures or occasions,
// not an amount: "Number of cash seizures", "Cash seizures", "Drug
// seizure events", "Times cash was seized".
var eventCount = regexp.MustCompile(`(?i)\bseizures\b|\bseizure (?:events?|incidents?|occasions?)\b|\b(?:number|no\.?|count|total number) of\b|\b(?:times|occasions|instances|incidents|events)\b`)

// amountWords say a label gives an amount after all: "Value of cash
// seizures", "Cash seizures (total amount)".
var amountWords = regexp.MustCompile(`(?i)\b(?:value|worth|amount|sum|weight|quantity|total seized)\b|[£€]`)

// countsEvents reports a label that counts seizures or occasions rather
// than an amount of money or drugs.
func countsEvents(label string) bool {
	return eventCount.MatchString(label) && !amountWords.MatchString(label)
}

// read reads one value cell as a figure of metric m. A unit word (from a
// header, a unit column or a unit-only cell) applies when the value names
// no unit itself; then the label's or header's unit; then the metric's own.
func (x *extractor) read(sheet string, cell *etl.Cell, m catalog.Metric, item string, c candidate) (etl.Fact, bool) {
	v := cell
	raw := ""
	if c.text != "" {
		raw = cell.Text
		v = &etl.Cell{Row: cell.Row, Col: cell.Col, Kind: etl.KindText, Text: c.text}
	}
	val, text, ok := x.readCell(sheet, v, m.Label, item)
	if !ok || val.NotReported {
		return etl.Fact{}, false
	}
	if raw != "" {
		text = raw
	}
	if c.oddScale != "" {
		said := "its label"
		if c.from != "" {
			said = c.from
		}
		// "Cash seized (£100s)": hundreds of pounds, or a slip for £000s?
		// Only thousands and millions are read; never the figure unscaled.
		x.refuse(etl.SevWarning, "unknown_scale", sheet, v.Ref(), []string{v.Ref()}, "%s: %s gives the scale as %q, which is not one we read (thousands: £000s, £'000, £,000, (000s); millions: £m); %q not loaded. Give the figure in £, or in £000s", m.Label, said, c.oddScale, text)
		return etl.Fact{}, false
	}
	if c.foreign != "" {
		said := "its label"
		if c.from != "" {
			said = c.from
		}
		x.refuse(etl.SevWarning, "foreign_currency", sheet, v.Ref(), []string{v.Ref()}, "%s: %s gives the currency as %q; only pounds and euros are loaded, so %q is not", m.Label, said, c.foreign, text)
		return etl.Fact{}, false
	}
	if val.Unit == "" && c.unitWord != "" && val.Num != nil {
		withUnit, err := ParseText(formatNum(*val.Num) + " " + c.unitWord)
		if err == nil && withUnit.Num != nil {
			val.Num, val.Unit, val.PoundWord = withUnit.Num, withUnit.Unit, withUnit.PoundWord
		} else if errors.Is(err, ErrContainer) {
			x.refuse(etl.SevWarning, "unknown_unit", sheet, v.Ref(), []string{v.Ref()}, "%s: %q beside %q counts containers, which may hold any weight; not loaded. Give the weight, or the wraps", m.Label, c.unitWord, text)
			return etl.Fact{}, false
		} else if w := strings.ToLower(c.unitWord); w == "£" || w == "gbp" {
			val.Unit = etl.UnitGBP
		} else if w == "€" || w == "eur" {
			val.Unit = etl.UnitEUR
		} else {
			x.refuse(etl.SevWarning, "unknown_unit", sheet, v.Ref(), []string{v.Ref()}, "%s: unknown unit %q for %q; not loaded", m.Label, c.unitWord, text)
			return etl.Fact{}, false
		}
	}
	if val.PoundWord && m.ItemKind == "drug" {
		// "Cannabis │ 1 pound": a pound of it, or a pound's worth?
		x.refuse(etl.SevWarning, "ambiguous_unit", sheet, v.Ref(), []string{v.Ref()}, "%s: %q: pounds in weight (lb) or money (£)?; not loaded. Write %slb, or £%[3]s", m.Label, text, formatNum(*val.Num))
		return etl.Fact{}, false
	}
	if val.Unit == "" && c.unitWord != "" && val.Num == nil {
		if u, err := ParseText("1 " + c.unitWord); err == nil {
			val.Unit = u.Unit
		}
	}
	switch {
	case c.unit == "":
	case val.Unit == "":
		// "Cocaine (kg) | 2.5": the label's unit, when the figure names none.
		val.Unit = c.unit
		if val.Num != nil && c.factor > 0 && c.factor != 1 {
			n := roundFloat(*val.Num * c.factor)
			val.Num = &n
		}
	case val.Unit != c.unit:
		x.refuse(etl.SevWarning, "unit_conflict", sheet, v.Ref(), []string{v.Ref()}, "%s: its label gives the unit as %s but %q is in %s; not loaded", m.Label, c.unit, text, val.Unit)
		return etl.Fact{}, false
	}
	if c.unit != "" && money(c.fixed) && val.Unit == c.unit {
		// "Crack (wraps) | 12" under a column headed "£": the row says
		// wraps, the column pounds. Never the one or the other by a guess.
		x.refuse(etl.SevWarning, "unit_conflict", sheet, v.Ref(), []string{v.Ref()}, "%s: its label gives the unit as %s but its column heading says %s; %q not loaded", m.Label, c.unit, currencyName(c.fixed), text)
		return etl.Fact{}, false
	}
	if money(val.Unit) && money(c.fixed) && val.Unit != c.fixed {
		x.refuse(etl.SevWarning, "currency_conflict", sheet, v.Ref(), []string{v.Ref()}, "%s: %q is in %s but its label or heading says %s; not loaded", m.Label, text, currencyName(val.Unit), currencyName(c.fixed))
		return etl.Fact{}, false
	}
	if val.Unit == "" && c.fixed == "" && c.unit == "" && (m.Unit == string(etl.UnitGBP) || m.Unit == "varies") && countsEvents(c.label) {
		// "Number of cash seizures │ 7": how many seizures, not £7.
		x.refuse(etl.SevWarning, "count_not_amount", sheet, v.Ref(), []string{v.Ref()}, "%s: %q beside %q counts seizures, not the amount seized; not loaded. Give the amount (£, g, kg) on its own row", m.Label, text, strings.TrimSpace(c.label))
		return etl.Fact{}, false
	}
	// "Drugs seized (£) │ 20 g": the cell's own unit is read, as it is
	// whatever the heading says, but the two disagree: said once the
	// figure is known to be read.
	differs := money(c.fixed) && val.Unit != "" && !money(val.Unit) && val.Unit != etl.UnitPeople
	if val.Unit == "" {
		val.Unit = c.fixed
	}
	if val.Unit == "" && m.Unit != "varies" {
		val.Unit = etl.Unit(m.Unit)
	}
	want := etl.Unit(m.Unit)
	switch {
	case val.Unit == "":
		x.refuse(etl.SevWarning, "no_unit", sheet, v.Ref(), []string{v.Ref()}, "%s: %q has no unit (£, g, kg, oz, wraps, plants, tablets); not loaded", m.Label, text)
		return etl.Fact{}, false
	case val.Unit == etl.UnitPeople && !countsPeople(m):
		// "Cash seized │ 43 people", "Drugs seized │ 43 persons": people
		// counted beside a metric of money, weight or things.
		x.refuse(etl.SevWarning, "wrong_unit", sheet, v.Ref(), []string{v.Ref()}, "%s does not count people but %q does; not loaded", m.Label, text)
		return etl.Fact{}, false
	case val.Unit == etl.UnitEUR && (want == etl.UnitGBP || m.Unit == "varies"):
		x.msg(etl.SevWarning, "other_currency", sheet, v.Ref(), "%s: %q is in euros; kept in euros and not added to sterling totals", m.Label, text)
	case val.Unit == etl.UnitPeople:
		// "Stop searches │ 43 people": a metric the catalogue lets people
		// stand with counts them in its own unit.
		val.Unit = want
	case m.Unit != "varies" && val.Unit != want:
		x.refuse(etl.SevWarning, "wrong_unit", sheet, v.Ref(), []string{v.Ref()}, "%s is counted in %s but %q is in %s; not loaded", m.Label, m.Unit, text, val.Unit)
		return etl.Fact{}, false
	}
	if c.scale > 1 && val.Num != nil && (!c.money || money(val.Unit)) {
		if val.Scaled {
			x.refuse(etl.SevWarning, "scale_conflict", sheet, v.Ref(), []string{v.Ref()}, "%s: %q gives its own thousands or millions but its label or heading says the figures are in %s; not loaded", m.Label, text, scaleName(c.scale))
			return etl.Fact{}, false
		}
		if sign := "£"; fullAmount(text, *val.Num) {
			if val.Unit == etl.UnitEUR {
				sign = "€"
			}
			// "£5,000" under "Cash seized (£000s)": the amount typed out
			// in full, or five million? Never a guess by a thousand.
			x.refuse(etl.SevWarning, "scale_conflict", sheet, v.Ref(), []string{v.Ref()}, "%s: %q is written as a full amount of money, but its label or heading says the figures are in %s: %s%s or %s%s?; not loaded. Give the figure in %s without its sign, or remove the scale", m.Label, text, scaleName(c.scale), sign, formatNum(*val.Num), sign, formatNum(roundFloat(*val.Num*c.scale)), scaleName(c.scale))
			return etl.Fact{}, false
		}
		n := roundFloat(*val.Num * c.scale)
		val.Num = &n
	}
	if c.hedge != "" && val.Qualifier == etl.Exact && val.Num != nil {
		val.Qualifier = c.hedge
	}
	if cell.Kind == etl.KindNumber && c.text == "" && val.Num != nil && countUnit(val.Unit) {
		// =0.1*430 saves 43.000000000000007, which Excel shows as 43:
		// float noise in a stored count, never a fraction of an arrest.
		n := wholeIfNoise(*val.Num)
		val.Num = &n
	}
	if differs {
		x.msg(etl.SevWarning, "unit_differs", sheet, v.Ref(), "%s: its label or heading gives the figures in %s but %q is in %s; read in %[4]s, as the cell writes it: correct the cell or the heading if that is wrong", m.Label, currencyName(c.fixed), text, val.Unit)
	}
	return etl.Fact{Metric: m.Code, Item: item, Unit: val.Unit, Value: val.Num, Qualifier: val.Qualifier, Raw: text, Sheet: sheet, Cell: v.Ref()}, true
}

// wholeIfNoise returns the whole number n differs from only by float
// noise (relative 1e-9: far below any count, far above the last digits
// a double loses), else n: 43.5 and 43.0001 stay fractions.
func wholeIfNoise(n float64) float64 {
	r := math.Round(n)
	if math.Abs(n-r) <= 1e-9*max(1, math.Abs(r)) {
		return r
	}
	return n
}

func money(u etl.Unit) bool { return u == etl.UnitGBP || u == etl.UnitEUR }

// saysCurrency reports whether a figure's own text names its currency:
// "£5000", "5000 GBP", "€5000", "five thousand pounds".
func saysCurrency(raw string) bool {
	s := readSigns(raw)
	return s.unit != "" || s.foreign != "" || strings.Contains(strings.ToLower(raw), "pound")
}

func currencyName(u etl.Unit) string {
	if u == etl.UnitEUR {
		return "euros"
	}
	return "pounds"
}

func scaleName(f float64) string {
	if f == 1e6 {
		return "millions"
	}
	return "thousands"
}

// readCell reads a value cell; it reports what it cannot read.
func (x *extractor) readCell(sheet string, v *etl.Cell, label, item string) (Value, string, bool) {
	switch v.Kind {
	case etl.KindNumber:
		return ParseNumber(v.Num), formatNum(v.Num), true
	case etl.KindText:
		val, err := ParseText(v.Text)
		if errors.Is(err, ErrForeignCurrency) {
			x.refuse(etl.SevWarning, "foreign_currency", sheet, v.Ref(), []string{v.Ref()}, "%s: %q is in a currency other than pounds or euros (%q); only pounds and euros are loaded, so it is not", label, v.Text, phrase.ForeignMoney(v.Text))
			return Value{}, v.Text, false
		}
		if errors.Is(err, ErrContainer) {
			x.refuse(etl.SevWarning, "unreadable_value", sheet, v.Ref(), []string{v.Ref()}, "%s: %q counts containers, which may hold any weight; not loaded. Give the weight, or the wraps", label, v.Text)
			return Value{}, v.Text, false
		}
		if why, odd := oddNumber(v.Text); err != nil && odd {
			// "43 - to be confirmed", "(5)", "40?": say why.
			x.refuse(etl.SevWarning, "unreadable_value", sheet, v.Ref(), []string{v.Ref()}, "%s: %q: %s; not loaded", label, v.Text, why)
			return Value{}, v.Text, false
		}
		if err != nil {
			x.refuse(etl.SevWarning, "unreadable_value", sheet, v.Ref(), []string{v.Ref()}, "%s: cannot read %q as a figure; not loaded", label, v.Text)
			return Value{}, v.Text, false
		}
		if w := phrase.NotDoneIn(v.Text); w != "" && val.Num != nil {
			// "6 (to be executed)", "43 (planned)"
			x.refuse(etl.SevWarning, "unreadable_value", sheet, v.Ref(), []string{v.Ref()}, "%s: %q: "+notDoneWhy+"; not loaded", label, v.Text, w)
			return Value{}, v.Text, false
		}
		if w := x.valueScopeWord(v.Text); w != "" && val.Num != nil {
			// "43 (regional)", "43 (national total)", "43 - joint"
			x.refuse(etl.SevWarning, "unreadable_value", sheet, v.Ref(), []string{v.Ref()}, "%s: %q: "+scopeWhy+"; not loaded", label, v.Text, w)
			return Value{}, v.Text, false
		}
		if at := strings.IndexAny(v.Text, "(["); at > 0 && val.Num != nil && !strings.ContainsAny(v.Text[at:], "0123456789") {
			// "43 (including Essex)", "43 (jointly)": the aside's words
			// (a figure in it is the grammar's: a part, another period)
			if w, ok := x.unreadAfter(v.Text, at); ok {
				x.refuse(etl.SevWarning, "unreadable_value", sheet, v.Ref(), []string{v.Ref()}, "%s: %q: "+unreadAfterWhy+"; not loaded", label, v.Text, w)
				return Value{}, v.Text, false
			}
			if in := strings.Trim(v.Text[at:], "()[] "); !x.ownNameAlone(in) && x.namesForces(in) {
				// "43 (Kent Police and others)" in Kent's return: the
				// reader knows each word, not what they say together
				x.refuse(etl.SevWarning, "unreadable_value", sheet, v.Ref(), []string{v.Ref()}, "%s: %q: the words %q in brackets: "+namesForcesWhy+"; not loaded", label, v.Text, in)
				return Value{}, v.Text, false
			}
		}
		// "1 (imitation)" beside "Firearms": the aside may change the item
		if words, why, ok := x.rd.AsideIn(v.Text, label, item, x.week()); ok {
			x.refuse(etl.SevWarning, "unreadable_value", sheet, v.Ref(), []string{v.Ref()}, "%s: %q: the words in brackets %q are not read with the figure: %s; not loaded", label, v.Text, words, why)
			return Value{}, v.Text, false
		}
		if at := strings.IndexAny(v.Text, "(["); at > 0 && val.Num != nil {
			// "43 (excl. Sunday)", "43 (until 14/10)", "43 (thru Thursday)"
			in := v.Text[at:]
			why := x.daysSaid(in)
			if hd, ok := x.longerPeriod(strings.Trim(x.withoutOwnNames(strings.Trim(in, "()[] ")), " -–—:,")); why == "" && ok {
				why = x.otherPeriod(hd) // "43 (Q3 21/22)", "43 (Kent - rolling 12 months)"
			}
			if why != "" {
				x.refuse(etl.SevWarning, "unreadable_value", sheet, v.Ref(), []string{v.Ref()}, "%s: %q: the words in brackets say it is %s; not loaded", label, v.Text, why)
				return Value{}, v.Text, false
			}
		}
		return val, v.Text, true
	case etl.KindFormulaNoValue:
		x.refuse(etl.SevError, "formula_no_value", sheet, v.Ref(), []string{v.Ref()}, "%s: the formula %s has no saved result; open the file in Excel, let it calculate, and save it", label, v.Text)
	case etl.KindFormulaStale:
		if v.Calc == "" {
			x.refuse(etl.SevError, "formula_stale", sheet, v.Ref(), []string{v.Ref()}, "%s: the formula %s was saved by a program that leaves every formula to be calculated when the file is opened, so its saved result %q is not the figure; open the file in Excel, let it calculate, and save it", label, v.Text, v.Saved)
		} else {
			x.refuse(etl.SevError, "formula_stale", sheet, v.Ref(), []string{v.Ref()}, "%s: the formula %s calculates to %s, but the result saved with it is %s (the file was saved without recalculating); open the file in Excel, let it calculate, and save it", label, v.Text, v.Calc, v.Saved)
		}
	case etl.KindError:
		x.refuse(etl.SevError, "error_value", sheet, v.Ref(), []string{v.Ref()}, "%s: the cell shows the error %s", label, v.Text)
	case etl.KindDate:
		x.refuse(etl.SevWarning, "date_value", sheet, v.Ref(), []string{v.Ref()}, "%s: the cell holds a date (%s), not a figure; not loaded", label, v.Time.Format("2 Jan 2006"))
	case etl.KindBool:
		x.refuse(etl.SevWarning, "bool_value", sheet, v.Ref(), []string{v.Ref()}, "%s: the cell holds TRUE/FALSE, not a figure; not loaded", label)
	}
	return Value{}, v.Text, false
}

func formatNum(n float64) string {
	return strconv.FormatFloat(n, 'f', -1, 64)
}

// merge makes one fact of each metric, item and unit: rows of one table
// that name the same item add up (with a note); the same figure given in
// two places is one fact; different figures in two places reject the
// return, naming both cells. Nothing is ever summed across tables, sheets
// or columns.
func (x *extractor) merge() {
	x.subtotals()
	groups := map[string][]found{}
	var keys []string
	for _, fd := range x.found {
		k := fd.fact.Key()
		if len(groups[k]) == 0 {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], fd)
	}
	for _, k := range keys {
		var places []found // one per source
	next:
		for _, fd := range groups[k] {
			for p := range places {
				if places[p].src != fd.src || fd.fact.Item == "" {
					continue
				}
				prev := places[p].fact
				sum, ok := addRows(prev, fd.fact)
				if !ok {
					x.refuse(etl.SevError, "rows_not_added", fd.fact.Sheet, fd.fact.Cell, []string{fd.fact.Cell}, "%s: %q and %q at %s!%s are both %s in one table, and their figures cannot be added; give one figure for it",
						describe(fd.fact), fd.fact.Raw, prev.Raw, prev.Sheet, prev.Cell, fd.fact.Item)
				} else {
					x.refuse(etl.SevWarning, "rows_added", fd.fact.Sheet, fd.fact.Cell, []string{fd.fact.Cell}, "%s: %q is added to %q at %s!%s, as both are %s in one table", describe(fd.fact), fd.fact.Raw, prev.Raw, prev.Sheet, prev.Cell, fd.fact.Item)
					places[p].fact = sum
				}
				continue next
			}
			places = append(places, fd)
		}
		first := places[0].fact
		for _, p := range places[1:] {
			f := p.fact
			if sameValue(first.Value, f.Value) && first.Qualifier == f.Qualifier {
				if x.inParts(places[0], p) {
					continue
				}
				x.refuse(etl.SevWarning, "repeated_figure", f.Sheet, f.Cell, []string{f.Cell}, "%s repeats the figure at %s!%s; counted once", describe(f), first.Sheet, first.Cell)
				continue
			}
			x.refuse(etl.SevError, "conflicting_figure", f.Sheet, f.Cell, []string{f.Cell}, "%s is %q here but %q at %s!%s; keep one", describe(f), f.Raw, first.Raw, first.Sheet, first.Cell)
		}
		x.ret.Facts = append(x.ret.Facts, first)
	}
}

// addRows adds two rows' figures for one item. Hedged figures add when the
// sum keeps a meaning ("about 5" + 3 is about 8, "20+" + 3 is at least
// 23); a bound in each direction, or an unquantified figure, does not.
func addRows(a, b etl.Fact) (etl.Fact, bool) {
	if a.Value == nil || b.Value == nil {
		return a, false
	}
	q, ok := sumQualifier(a.Qualifier, b.Qualifier)
	if !ok {
		return a, false
	}
	sum := roundFloat(*a.Value + *b.Value)
	a.Value, a.Qualifier, a.Raw = &sum, q, a.Raw+" + "+b.Raw
	return a, true
}

func sumQualifier(a, b etl.Qualifier) (etl.Qualifier, bool) {
	if a == etl.Exact {
		return b, b != etl.Unquantified
	}
	if b == etl.Exact {
		return a, a != etl.Unquantified
	}
	group := func(q etl.Qualifier) int {
		switch q {
		case etl.Approximately:
			return 1
		case etl.AtLeast, etl.MoreThan:
			return 2
		case etl.UpTo, etl.LessThan:
			return 3
		}
		return 0
	}
	if group(a) == 0 || group(a) != group(b) {
		return "", false
	}
	switch {
	case a == etl.MoreThan || b == etl.MoreThan:
		return etl.MoreThan, true
	case a == etl.LessThan || b == etl.LessThan:
		return etl.LessThan, true
	}
	return a, true
}

func sameValue(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

func describe(f etl.Fact) string {
	s := f.Metric
	if f.Item != "" {
		s += " (" + f.Item + ")"
	}
	return s + " in " + string(f.Unit)
}

// fullAmount reports a figure written as a full amount of money, with its
// own currency sign and a thousands separator or four digits or more
// ("£5,000", "€12500"): under a label in thousands it is the classic
// amount typed out in full.
func fullAmount(text string, n float64) bool {
	return strings.ContainsAny(text, "£€") && (strings.Contains(text, ",") || n >= 1000)
}

// countsPeople reports whether a figure of people may be a figure of the
// metric: one counted in people, or one the catalogue lets people stand
// with ("people" among its allows: "43 people stop searched" are 43 stop
// searches), as the phrase reader takes a word for people.
func countsPeople(m catalog.Metric) bool {
	return m.Unit == string(etl.UnitPeople) || slices.ContainsFunc(m.Allows, func(a string) bool { return strings.EqualFold(strings.TrimSpace(a), "people") }) ||
		slices.Contains(m.Units, string(etl.UnitPeople)) // landlords are people: "Landlords visited │ 10 people"
}
