// Package extract turns a workbook's cells into facts: it finds the force,
// the operation, label/value pairs and itemised tables in whatever layout a
// person made, maps labels to the catalogue, reads the figures, and reports
// by cell address everything it could not read. It never guesses a number.
package extract

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

// Options are what the extractor knows besides the workbook.
type Options struct {
	FileName         string // the name the file arrived under, a fallback for force and operation
	DefaultOperation string // the configured current operation, the last fallback; "" for none
}

// Extract reads a workbook into a return. Messages carry every problem,
// by cell; the caller loads the return unless it has errors.
func Extract(wb *etl.Workbook, cat *catalog.Catalog, opt Options) *etl.Return {
	x := &extractor{cat: cat, opt: opt, ret: &etl.Return{FileName: opt.FileName}, facts: map[string]int{}}
	for si := range wb.Sheets {
		sh := &wb.Sheets[si]
		x.sheet(sh)
	}
	x.resolveIdentity()
	sortFacts(wb, x.ret.Facts)
	Validate(x.ret, cat)
	return x.ret
}

type extractor struct {
	cat   *catalog.Catalog
	opt   Options
	ret   *etl.Return
	facts map[string]int // fact key → index in ret.Facts

	forceCands []cand // force candidates: labelled cells, titles, file name
	opCands    []cand
	dates      []datedCell
	hiddenHits []string
}

// cand is one piece of evidence for the force or the operation.
type cand struct {
	code  string
	where string // Sheet!Cell or "file name"
	rank  int    // 0 labelled cell, 1 title text, 2 file name, 3 configured default
}

type datedCell struct {
	from, to time.Time
	where    string
	labelled bool
}

func (x *extractor) msg(sev etl.Severity, code, sheet, cell, format string, args ...any) {
	x.ret.Messages = append(x.ret.Messages, etl.Message{Severity: sev, Code: code, Sheet: sheet, Cell: cell, Text: fmt.Sprintf(format, args...)})
}

func (x *extractor) sheet(sh *etl.Sheet) {
	g := newGrid(sh)
	if sh.Hidden {
		// A hidden sheet holds lists and workings, not the return. Say so
		// if it looks like it holds figures, so nothing is dropped unseen.
		n := 0
		for i := range sh.Cells {
			c := &sh.Cells[i]
			if c.Kind == etl.KindText && len(x.cat.MatchMetric(c.Text)) > 0 {
				if j := g.rightOf(c.Row, c.Col); j >= 0 && g.cell(j).Kind == etl.KindNumber {
					n++
				}
			}
		}
		if n > 0 {
			x.msg(etl.SevWarning, "hidden_sheet", sh.Name, "", "the sheet is hidden and was not read, but it has %d labelled figures; unhide it if they belong to the return", n)
		}
		return
	}
	x.identity(g)
	x.notesColumns(g)
	x.tables(g)
	x.pairs(g)
	x.leftovers(g)
}

// ---- identity: force and operation ----

var (
	forceLabels = setOf("force", "force name", "police force", "submitting force", "reporting force", "name of force", "force area", "heddlu", "heddlu force")
	opLabels    = setOf("operation", "operation name", "operation code", "intensification week", "national week", "reporting period", "period", "operation week", "week")
	startLabels = setOf("week starting", "week commencing", "week beginning", "start date", "from", "date from", "period start", "week start", "start", "w c", "wc", "dates from")
	endLabels   = setOf("week ending", "end date", "to", "date to", "period end", "week end", "end", "dates to")
	metaLabels  = setOf("contact", "contact name", "contact email", "contact phone", "contact telephone", "email", "telephone", "phone", "completed by", "name", "date completed", "date submitted", "submitted by", "role", "rank", "position", "template version", "version", "notes", "comments", "comment", "note", "date", "dates")
)

func setOf(s ...string) map[string]bool {
	m := make(map[string]bool, len(s))
	for _, v := range s {
		m[catalog.Normalize(v)] = true
	}
	return m
}

func (x *extractor) identity(g *grid) {
	for i := range g.sheet.Cells {
		c := g.cell(i)
		if c.Kind != etl.KindText || g.used[i] {
			continue
		}
		n := catalog.Normalize(c.Text)
		where := g.sheet.Name + "!" + c.Ref()
		switch {
		case forceLabels[n]:
			g.used[i] = true
			if j := g.rightOf(c.Row, c.Col); j >= 0 {
				g.used[j] = true
				v := g.cell(j)
				vw := g.sheet.Name + "!" + v.Ref()
				if f, ok := x.cat.MatchForce(v.Text); ok {
					x.forceCands = append(x.forceCands, cand{f.Code, vw, 0})
				} else if fs := x.cat.ForcesIn(v.Text); len(fs) == 1 {
					x.forceCands = append(x.forceCands, cand{fs[0].Code, vw, 0})
				} else {
					x.msg(etl.SevError, "unknown_force", g.sheet.Name, v.Ref(), "%q is not a force we know; use the force's name as in the template's list", v.Text)
				}
			}
		case opLabels[n]:
			g.used[i] = true
			if j := g.rightOf(c.Row, c.Col); j >= 0 {
				g.used[j] = true
				v := g.cell(j)
				vw := g.sheet.Name + "!" + v.Ref()
				if op, ok := x.cat.MatchOperation(v.Text); ok {
					x.opCands = append(x.opCands, cand{op.Code, vw, 0})
				} else if from, to, ok := parseDateRange(v); ok {
					x.dates = append(x.dates, datedCell{from, to, vw, true})
				} else {
					x.msg(etl.SevWarning, "unknown_operation", g.sheet.Name, v.Ref(), "%q is not an operation we know", v.Text)
				}
			}
		case startLabels[n], endLabels[n]:
			if j := g.rightOf(c.Row, c.Col); j >= 0 {
				v := g.cell(j)
				if from, to, ok := parseDateRange(v); ok {
					g.used[i], g.used[j] = true, true
					x.dates = append(x.dates, datedCell{from, to, g.sheet.Name + "!" + v.Ref(), true})
				}
			}
		case metaLabels[n]:
			g.used[i] = true
			if j := g.rightOf(c.Row, c.Col); j >= 0 && g.cell(j).Kind != etl.KindNumber {
				g.used[j] = true
			}
		default:
			// A title naming a force, such as a merged heading.
			if c.Row <= 6 && len(x.cat.MatchMetric(c.Text)) == 0 {
				for _, f := range x.cat.ForcesIn(c.Text) {
					x.forceCands = append(x.forceCands, cand{f.Code, where, 1})
				}
			}
		}
	}
}

var opCodeInName = regexp.MustCompile(`(20\d\d)[-_ .]?(0[1-9]|1[0-2])`)

func (x *extractor) resolveIdentity() {
	name := x.opt.FileName
	if base := strings.TrimSuffix(name, ".xlsx"); base != "" {
		for _, f := range x.cat.ForcesIn(strings.NewReplacer("_", " ", "-", " ", ".", " ").Replace(base)) {
			x.forceCands = append(x.forceCands, cand{f.Code, "file name", 2})
		}
	}
	x.ret.Force = x.pick(x.forceCands, "force", "unknown_force",
		"no force named in the return; put the force's name beside a 'Force' label")
	// Operation: named, then dates, then file name, then the default.
	if len(x.opCands) == 0 {
		for _, d := range x.dates {
			for _, op := range x.cat.OperationOverlapping(d.from, d.to) {
				x.opCands = append(x.opCands, cand{op.Code, d.where, 0})
			}
		}
	}
	if len(x.opCands) == 0 {
		if m := opCodeInName.FindStringSubmatch(name); m != nil {
			if op, ok := x.cat.Operation(m[1] + "-" + m[2]); ok {
				x.opCands = append(x.opCands, cand{op.Code, "file name", 2})
			}
		}
	}
	if len(x.opCands) == 0 && x.opt.DefaultOperation != "" {
		x.opCands = append(x.opCands, cand{x.opt.DefaultOperation, "configured current operation", 3})
	}
	x.ret.Operation = x.pick(x.opCands, "operation", "no_operation",
		"no operation found: give the week's dates or the operation's name")
}

// pick chooses the best-ranked candidate; different codes at the best rank,
// or a labelled cell that disagrees with the file name, reject the file.
func (x *extractor) pick(cands []cand, what, code, none string) string {
	if len(cands) == 0 {
		x.msg(etl.SevError, code, "", "", "%s", none)
		return ""
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].rank < cands[j].rank })
	best := cands[0]
	for _, c := range cands[1:] {
		if c.code != best.code && (c.rank == best.rank || c.rank == 2) {
			x.msg(etl.SevError, "conflicting_"+what, "", "",
				"the %s is given as %s (%s) and as %s (%s); correct one of them", what, best.code, best.where, c.code, c.where)
			return ""
		}
	}
	return best.code
}

// ---- notes ----

var notesHeaders = setOf("notes", "note", "comments", "comment", "remarks", "additional information", "additional info",
	"further information", "notes comments", "comments notes", "details", "context", "narrative")

// notesColumns marks the cells under a "Notes" or "Comments" header as
// notes: kept in the file, never read as figures.
func (x *extractor) notesColumns(g *grid) {
	for i := range g.sheet.Cells {
		c := g.cell(i)
		if c.Kind != etl.KindText || !notesHeaders[catalog.Normalize(c.Text)] {
			continue
		}
		g.used[i] = true
		for j := range g.sheet.Cells {
			if d := g.cell(j); d.Col == c.Col && d.Row > c.Row {
				g.used[j] = true
			}
		}
	}
}

// ---- label/value pairs ----

var (
	childPrefix = regexp.MustCompile(`^(of which|of those|of these|including|incl|inc|which included|within this|from these)\b[\s:,-]*`)
)

// pairs finds metric labels and reads the value to their right (or below).
func (x *extractor) pairs(g *grid) {
	var lastParent string
	for i := range g.sheet.Cells {
		c := g.cell(i)
		if c.Kind != etl.KindText || g.used[i] {
			continue
		}
		m, item, ok := x.matchLabel(c.Text, lastParent, g.sheet.Name, c.Ref())
		if !ok {
			continue
		}
		g.used[i] = true
		if m.Parent == "" {
			lastParent = m.Code
		}
		j := g.rightOf(c.Row, c.Col)
		if j < 0 || g.used[j] {
			if k := g.below(c.Row, c.Col); k >= 0 && !g.used[k] && g.cell(k).Kind != etl.KindText {
				j = k
			} else {
				continue // a heading or a label left blank: not reported
			}
		}
		v := g.cell(j)
		if v.Kind == etl.KindText && len(x.cat.MatchMetric(v.Text)) > 0 {
			continue // the next label, not a value
		}
		g.used[j] = true
		x.addValue(g.sheet.Name, v, m, item, "")
	}
}

// matchLabel maps a label to a metric (and an item for labels such as
// "Weapons seized - knives").
func (x *extractor) matchLabel(text, lastParent, sheet, ref string) (catalog.Metric, string, bool) {
	if ms := x.cat.MatchMetric(text); len(ms) == 1 {
		return ms[0], "", true
	} else if len(ms) > 1 {
		x.msg(etl.SevWarning, "ambiguous_label", sheet, ref, "label %q could mean %s; not loaded", text, metricCodes(ms))
		return catalog.Metric{}, "", false
	}
	n := strings.ToLower(strings.TrimSpace(text))
	if loc := childPrefix.FindStringIndex(n); loc != nil && lastParent != "" {
		rest := strings.TrimSpace(n[loc[1]:])
		for _, m := range x.cat.MatchMetric(rest) {
			if m.Parent == lastParent {
				return m, "", true
			}
		}
	}
	for _, sep := range []string{" - ", " – ", ": ", " — "} {
		if a, b, ok := strings.Cut(text, sep); ok {
			for _, m := range x.cat.MatchMetric(a) {
				if m.ItemKind == "" {
					continue
				}
				if its := x.cat.MatchItem(m.ItemKind, b); len(its) == 1 {
					return m, its[0].Code, true
				}
			}
		}
	}
	return catalog.Metric{}, "", false
}

func metricCodes(ms []catalog.Metric) string {
	var s []string
	for _, m := range ms {
		s = append(s, m.Code)
	}
	return strings.Join(s, " or ")
}

// addValue reads one value cell as a figure of metric m (item, and the unit
// a column header gave, if any) and records the fact.
func (x *extractor) addValue(sheet string, v *etl.Cell, m catalog.Metric, item string, headerUnit etl.Unit) {
	val, raw, ok := x.readCell(sheet, v, m.Label)
	if !ok || val.NotReported {
		return
	}
	unit := val.Unit
	if unit == "" {
		unit = headerUnit
	}
	want := etl.Unit(m.Unit)
	switch {
	case m.Unit == "varies":
		if unit == "" {
			x.msg(etl.SevWarning, "no_unit", sheet, v.Ref(), "%s: %q has no unit (£, g, kg, wraps, plants, tablets); not loaded", m.Label, raw)
			return
		}
	case unit == "" || unit == want:
		unit = want
	case unit == etl.UnitEUR && want == etl.UnitGBP:
		x.msg(etl.SevWarning, "other_currency", sheet, v.Ref(), "%s: %q is in euros; kept in euros and not added to sterling totals", m.Label, raw)
	default:
		x.msg(etl.SevWarning, "wrong_unit", sheet, v.Ref(), "%s is measured in %s but %q is in %s; not loaded", m.Label, want, raw, unit)
		return
	}
	x.add(etl.Fact{Metric: m.Code, Item: item, Unit: unit, Value: val.Num, Qualifier: val.Qualifier, Raw: raw, Sheet: sheet, Cell: v.Ref()})
}

// readCell reads a value cell; it reports what it cannot read.
func (x *extractor) readCell(sheet string, v *etl.Cell, label string) (Value, string, bool) {
	switch v.Kind {
	case etl.KindNumber:
		return ParseNumber(v.Num), formatNum(v.Num), true
	case etl.KindText:
		val, err := ParseText(v.Text)
		if err != nil {
			x.msg(etl.SevWarning, "unreadable_value", sheet, v.Ref(), "%s: cannot read %q as a figure; not loaded", label, v.Text)
			return Value{}, v.Text, false
		}
		return val, v.Text, true
	case etl.KindFormulaNoValue:
		x.msg(etl.SevError, "formula_no_value", sheet, v.Ref(), "%s: the formula %s has no saved result; open the file in Excel, let it calculate, and save it", label, v.Text)
	case etl.KindError:
		x.msg(etl.SevError, "error_value", sheet, v.Ref(), "%s: the cell shows the error %s", label, v.Text)
	case etl.KindDate:
		x.msg(etl.SevWarning, "date_value", sheet, v.Ref(), "%s: the cell holds a date (%s), not a figure; not loaded", label, v.Time.Format("2 Jan 2006"))
	case etl.KindBool:
		x.msg(etl.SevWarning, "bool_value", sheet, v.Ref(), "%s: the cell holds TRUE/FALSE, not a figure; not loaded", label)
	}
	return Value{}, v.Text, false
}

func formatNum(n float64) string {
	return strconv.FormatFloat(n, 'f', -1, 64)
}

func (x *extractor) add(f etl.Fact) {
	k := f.Key()
	if i, dup := x.facts[k]; dup {
		prev := x.ret.Facts[i]
		if sameValue(prev.Value, f.Value) && prev.Qualifier == f.Qualifier {
			x.msg(etl.SevWarning, "repeated_figure", f.Sheet, f.Cell, "%s repeats the figure at %s!%s; counted once", describe(f), prev.Sheet, prev.Cell)
			return
		}
		x.msg(etl.SevError, "conflicting_figure", f.Sheet, f.Cell, "%s is %q here but %q at %s!%s; keep one", describe(f), f.Raw, prev.Raw, prev.Sheet, prev.Cell)
		return
	}
	x.facts[k] = len(x.ret.Facts)
	x.ret.Facts = append(x.ret.Facts, f)
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

// leftovers reports text labels with a number beside them that matched
// nothing: never a silent drop, never a guess.
func (x *extractor) leftovers(g *grid) {
	for i := range g.sheet.Cells {
		c := g.cell(i)
		if c.Kind != etl.KindText || g.used[i] {
			continue
		}
		j := g.rightOf(c.Row, c.Col)
		if j < 0 || g.used[j] {
			continue
		}
		v := g.cell(j)
		var shown string
		switch v.Kind {
		case etl.KindNumber:
			shown = formatNum(v.Num)
		case etl.KindText:
			val, err := ParseText(v.Text)
			if err != nil || val.Num == nil {
				continue
			}
			shown = v.Text
		default:
			continue
		}
		g.used[j] = true
		x.msg(etl.SevWarning, "unrecognised_label", g.sheet.Name, c.Ref(), "unrecognised label %q at %s!%s, value %s; not loaded", strings.TrimSpace(c.Text), g.sheet.Name, c.Ref(), shown)
	}
}

// ---- dates ----

var dateRangeRe = regexp.MustCompile(`(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})`)

// parseDateRange reads a date cell, or text holding one or two dates.
func parseDateRange(c *etl.Cell) (time.Time, time.Time, bool) {
	if c.Kind == etl.KindDate {
		d := truncDay(c.Time)
		return d, d, true
	}
	if c.Kind != etl.KindText {
		return time.Time{}, time.Time{}, false
	}
	ms := dateRangeRe.FindAllStringSubmatch(c.Text, 2)
	var ds []time.Time
	for _, m := range ms {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		if y < 100 {
			y += 2000
		}
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d || int(t.Month()) != mo {
			continue
		}
		ds = append(ds, t)
	}
	switch len(ds) {
	case 1:
		return ds[0], ds[0], true
	case 2:
		return ds[0], ds[1], true
	}
	for _, layout := range []string{"2 January 2006", "2 Jan 2006", "January 2006", "Jan 2006", "2006-01-02"} {
		if t, err := time.Parse(layout, strings.TrimSpace(c.Text)); err == nil {
			return t, t, true
		}
	}
	return time.Time{}, time.Time{}, false
}

func truncDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// isWhole reports whether v is a whole number.
func isWhole(v float64) bool { return v == math.Trunc(v) }

// sortFacts puts facts in reading order: sheet, row, column.
func sortFacts(wb *etl.Workbook, facts []etl.Fact) {
	order := map[string]int{}
	for i, sh := range wb.Sheets {
		order[sh.Name] = i
	}
	pos := func(f etl.Fact) (int, int, int) {
		c, r, _ := etl.ParseCellRef(f.Cell)
		return order[f.Sheet], r, c
	}
	sort.SliceStable(facts, func(i, j int) bool {
		si, ri, ci := pos(facts[i])
		sj, rj, cj := pos(facts[j])
		if si != sj {
			return si < sj
		}
		if ri != rj {
			return ri < rj
		}
		return ci < cj
	})
}
