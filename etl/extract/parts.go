package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

// The same figure in two places is one fact when one place repeats the
// other: a summary sheet and a drugs sheet, the return and its cash
// sheet. Two places that are each a part of the force (a sheet or a
// section per district or sub-operation: "Medway" and "Thanet", "Op
// Raptor" and "Op Falcon") give figures that are neither one figure nor
// known to add up: equal figures there are no proof of one figure (Medway
// 5 and Thanet 5 are 10 arrests, not 5). Nobody can list every place
// name, so the law is read from what the places say of themselves: a
// figure repeated on two sheets is counted once only when one sheet's name
// says it holds the force's figures (a summary, the return, the force,
// the week) or names what it holds (Drugs, Cash, Seizures); a figure
// repeated in two sections of one sheet, only when the sections' headings
// are one, or one of them says so. Otherwise the two places may be parts
// of the force, and every figure of the return may be a part's: the
// return is rejected naming both places (repeated_in_parts), never loaded
// as the force's.

// forceWideWords in a sheet's name or a section's heading say it holds the
// force's figures.
var forceWideWords = phrases("summary", "return", "returns", "overview", "total", "totals", "main", "headline", "headlines",
	"dashboard", "front", "cover", "all", "force", "forcewide", "force wide", "overall", "combined", "whole", "results", "figures",
	"highlights", "key", "outcomes", "performance")

// compassWords beside a force's name make it a part of the force.
var compassWords = phrases("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "mid",
	"north east", "north west", "south east", "south west", "upper", "lower", "inner", "outer", "rural", "urban", "city", "county")

// namesWhole reports whether a sheet's name or a heading says it holds
// the force's figures for the week: its words, the force, the week.
func (x *extractor) namesWhole(text string) bool {
	if findPhrase(strings.Fields(catalog.Normalize(text)), forceWideWords) != "" {
		return true
	}
	if fs := x.cat.ForcesIn(text); len(fs) > 0 {
		// "Kent", "Kent Police": the force; "North Kent": a part of it.
		rest := " " + catalog.Normalize(text) + " "
		for _, f := range fs {
			for _, n := range append([]string{f.Name}, f.Aliases...) {
				rest = strings.ReplaceAll(rest, " "+catalog.Normalize(n)+" ", " ")
			}
		}
		return findPhrase(strings.Fields(rest), compassWords) == ""
	}
	if _, ok := x.cat.MatchOperation(text); ok {
		return true
	}
	return x.periodOf(x.headingOf(text)) == periodThis
}

// namesTopic reports whether a sheet's name or a heading names what a
// figure is: its metric ("Arrests"), its item ("Heroin"), its kind of
// item ("Drugs", "Weapons") or its section of the return ("Seizures",
// "Safeguarding").
func (x *extractor) namesTopic(text string, f etl.Fact) bool {
	m, _ := x.cat.Metric(f.Metric)
	if r := x.readLabel(text, ""); r.ok && (r.lm.metric.Code == f.Metric || r.lm.metric.Code == m.Parent || r.lm.metric.Section == m.Section) {
		return true
	}
	if kind, _, ok := x.matchItem(text, ""); ok && kind == m.ItemKind {
		return true
	}
	for _, w := range strings.Fields(catalog.Normalize(text)) {
		w = strings.TrimSuffix(w, "s")
		if w != "" && (w == strings.TrimSuffix(m.Section, "s") || w == m.ItemKind) {
			return true
		}
	}
	return false
}

// saysWhat reports whether a sheet's name or a heading says what it is:
// the whole force's figures, or the figure's topic.
func (x *extractor) saysWhat(text string, f etl.Fact) bool {
	return x.namesWhole(text) || x.namesTopic(text, f)
}

// genericSheetName is a name a spreadsheet gives a sheet, which says
// nothing: "Sheet1", "Tab 2", "Page 3".
var genericSheetName = regexp.MustCompile(`(?i)^\s*(sheet|tab|page|blad|feuil|hoja|tabelle|worksheet)\s*\d*\s*$`)

// titled reports whether a sheet's title block (the rows above its first
// figure) names a force or a week.
func (x *extractor) titled(sheet string) bool {
	g := x.sheets[sheet]
	if g == nil {
		return true
	}
	first := g.firstFigureRow()
	for _, row := range g.rows {
		if row >= first {
			break
		}
		for _, i := range g.byRow[row] {
			c := g.cell(i)
			if c.Kind == etl.KindDate || c.Kind == etl.KindText && (len(x.cat.ForcesIn(c.Text)) > 0 || x.headingOf(c.Text).dated()) {
				return true
			}
		}
	}
	return false
}

// sectionHeading is the heading of the section a figure's row is in: the
// nearest text alone in its row above the row's label, at or left of it;
// -1 for none.
func (x *extractor) sectionHeading(g *grid, fd found) int {
	li := labelCell(g, fd)
	if li < 0 {
		return -1
	}
	lc := g.cell(li)
	for k := len(g.rows) - 1; k >= 0; k-- {
		r := g.rows[k]
		if r >= lc.Row || len(g.byRow[r]) != 1 {
			continue
		}
		i := g.byRow[r][0]
		if c := g.cell(i); c.Kind != etl.KindText || c.Col > lc.Col || isBlankText(c.Text) || x.readLabel(c.Text, "").ok {
			continue // a metric's heading ("Drugs seized") heads a section's rows, not a part
		}
		return i
	}
	return -1
}

// inParts reports, for a figure repeated at two places, whether the
// places may be two parts of the force rather than one figure given
// twice; it says so, naming both, as an error.
func (x *extractor) inParts(a, b found) bool {
	fa, fb := a.fact, b.fact
	if fa.Sheet != fb.Sheet {
		pa, pb := x.ownParts(fa.Sheet, fb.Sheet), x.ownParts(fb.Sheet, fa.Sheet)
		if len(pa) == 0 && x.saysWhat(fa.Sheet, fa) || len(pb) == 0 && x.saysWhat(fb.Sheet, fb) {
			return false
		}
		if (genericSheetName.MatchString(fa.Sheet) || genericSheetName.MatchString(fb.Sheet)) && (!x.titled(fa.Sheet) || !x.titled(fb.Sheet)) {
			// "Sheet1" and "Sheet2", one of them with no title of its
			// own: a sheet that does not name itself continues the
			// return (a part names itself, its force and its week).
			return false
		}
		x.refuse(etl.SevError, "repeated_in_parts", fb.Sheet, fb.Cell, []string{fb.Cell},
			"%s is %q here and %q at %s!%s, but %s: the sheets %q and %q may be parts of the force (districts, operations), whose figures are not one figure nor known to add up. Nothing is loaded: put the force's figures for the week on one sheet, or name the sheet that holds them 'Summary'",
			describe(fb), fb.Raw, fa.Raw, fa.Sheet, fa.Cell, partsWhy("sheet's name", pa, pb), fa.Sheet, fb.Sheet)
		return true
	}
	g := x.sheets[fa.Sheet]
	if g == nil {
		return false
	}
	ha, hb := x.sectionHeading(g, a), x.sectionHeading(g, b)
	if ha < 0 || hb < 0 || ha == hb {
		return false
	}
	ta, tb := g.cell(ha).Text, g.cell(hb).Text
	pa, pb := x.ownParts(ta, tb), x.ownParts(tb, ta)
	if len(pa) == 0 && x.saysWhat(ta, fa) || len(pb) == 0 && x.saysWhat(tb, fb) {
		return false
	}
	x.refuse(etl.SevError, "repeated_in_parts", fb.Sheet, fb.Cell, []string{fb.Cell},
		"%s is %q here, under %s, and %q at %s, under %s, but %s: the sections may be parts of the force (districts, operations), whose figures are not one figure nor known to add up. Nothing is loaded: give the force's figures for the week once",
		describe(fb), fb.Raw, quoteAt(g, hb), fa.Raw, fa.Cell, quoteAt(g, ha), partsWhy("heading", pa, pb))
	return true
}

// partsWhy says why two places' names do not make a repeated figure one:
// what of them may name parts, or that neither says what it holds.
func partsWhy(what string, pa, pb []string) string {
	if len(pa)+len(pb) == 0 {
		return "neither " + what + " says it holds the force's figures (a summary, the return) or what it holds (Drugs, Cash)"
	}
	return "beside what they hold, the names give " + quoteAll(append(pa, pb...)) + ", which may name parts of the force (places, teams, operations), not the force's whole"
}

// quoteAll quotes words and joins them with commas.
func quoteAll(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = strconv.Quote(w)
	}
	return strings.Join(q, ", ")
}

func quoteAt(g *grid, i int) string {
	c := g.cell(i)
	return fmt.Sprintf("%q at %s", strings.TrimSpace(c.Text), c.Ref())
}

// A table whose columns are headed by parts of the force ("Measure │
// Medway │ Thanet") gives two figures for a row, and nothing says which
// is the force's week's: that row is refused (two_figures). The same
// headings tell no more on the next row, where only one part gave a
// figure ("Cash seized │ 2000 │ (blank)"): a heading that left one row
// undecided leaves its whole column undecided. Headings that name a
// measure ("Qty", "Value", "£") are no parts, and are not held to this.

// measureWords head a column by what its figures measure.
var measureWords = map[string]bool{"qty": true, "quantity": true, "number": true, "no": true, "value": true, "weight": true,
	"amount": true, "count": true, "figure": true, "figures": true, "seized": true, "recovered": true, "units": true,
	"measure": true, "street": true, "estimated": true, "total": true, "of": true, "in": true}

// undecidedColumn notes a column heading (cell head, -1 for none) over
// one of a row's figures that nothing told apart.
func (x *extractor) undecidedColumn(g *grid, head int, f etl.Fact) {
	if head < 0 {
		return
	}
	c := g.cell(head)
	if c.Kind != etl.KindText || isUnitWord(c.Text) || loneSign(c.Text) {
		return
	}
	measure := true
	for _, w := range strings.Fields(catalog.Normalize(c.Text)) {
		measure = measure && (measureWords[w] || isUnitWord(w))
	}
	if measure {
		return
	}
	if x.undecided == nil {
		x.undecided = map[string]etl.Fact{}
	}
	if _, ok := x.undecided[g.sheet.Name+"!"+c.Ref()]; !ok {
		x.undecided[g.sheet.Name+"!"+c.Ref()] = f
	}
}

// undecidedColumns drops the figures under a column heading that left a
// row undecided, saying why for each.
func (x *extractor) undecidedColumns() {
	if len(x.undecided) == 0 {
		return
	}
	drop := map[int]bool{}
	for i, fd := range x.found {
		g := x.sheets[fd.fact.Sheet]
		col, row, err := etl.ParseCellRef(fd.fact.Cell)
		if g == nil || err != nil {
			continue
		}
		k := g.get(row, col)
		if k < 0 {
			continue
		}
		_, head := x.columnHeading(g, k)
		if head < 0 {
			continue
		}
		h := g.cell(head)
		by, ok := x.undecided[g.sheet.Name+"!"+h.Ref()]
		if !ok {
			continue
		}
		drop[i] = true
		f := fd.fact
		x.refuse(etl.SevWarning, "undecided_column", f.Sheet, f.Cell, []string{f.Cell},
			"%s: %q is under the heading %q at %s, which does not say it is the force's figure for the week: on row %d (%s) it stands beside another column's figure and nothing tells them apart, so it may be a part of the force's (a district's, an operation's); not loaded",
			describe(f), f.Raw, strings.TrimSpace(h.Text), h.Ref(), rowOfRef(by.Cell), describe(by))
	}
	x.dropFound(drop)
}

// A sheet's name or a block's title that names a place ("Medway summary",
// "North totals", "Kent - Thanet", "IW Medway") names a part of the force
// beside what it holds: the words it says what it holds with ("summary",
// a topic) do not make it the force's whole. No list of places can be
// complete, so a place is read as what is left: a word neither the
// grammar of the catalogue nor the words titles use (titleWords) know,
// that is not the force's own name, a date or a number; or a compass word.

// titleWords are words sheet names and block titles use to say what they
// hold or what they are, never whose: they name no part of the force.
var titleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(catalog.Normalize(`summary return overview total main headline dashboard front
		cover all force forcewide overall combined whole result figure data detail breakdown information info note
		comment activity activities outcome key highlight final draft provisional updated revised amended version copy
		operation op iw cliw intensification week weekly daily county line enforcement intelligence misc miscellaneous
		sheet tab page table section part appendix annex report template submission input entry form police
		constabulary service additional further other general performance operational kpi measure stat statistic
		numbers count tally record log district division bcu area unit sector borough team of and the for by in on
		to at with from this our total grand sub subtotal national regional partnership activity update tracker
		output figures type kind age sex gender offence category class group ethnicity breakdown split
		community engagement vulnerability vulnerable missing pursue prevent protect prepare licensing road policing
		trap test purchase working joint multi agency reactive proactive covert overt day action custody investigation
		ongoing follow up media social comm communication welfare diversion youth outreach awareness campaign training
		intensification key headline highlight operational`)) {
		m[w] = true
	}
	return m
}()

// partWords are the words of a sheet's name or a title that may name a
// part of the force (a place, a team, a sub-operation): lower case,
// singular, in order; none for "Summary", "Drugs", "Kent Police", "IW Oct
// 2021".
func (x *extractor) partWords(text string) []string {
	own := map[string]bool{}
	if f, ok := x.cat.Force(x.ret.Force); ok {
		for _, n := range append([]string{f.Code, f.Name}, f.Aliases...) {
			for _, w := range strings.Fields(catalog.Normalize(n)) {
				own[w] = true
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	// A place is a proper name: in a title of mixed case, a word the
	// grammar does not know names one only when capitalised ("Medway
	// activity", not "Weapons seized by type"); nor does a word after
	// "by" or "per", which says how the figures are split.
	oneCase := strings.ToUpper(text) == text || strings.ToLower(text) == text
	unknown := map[string]bool{}
	for _, w := range x.rd.Unknown(text) {
		if r := []rune(w.Text); !oneCase && !unicode.IsUpper(r[0]) {
			continue
		}
		for _, n := range strings.Fields(catalog.Normalize(w.Text)) {
			unknown[n] = true
		}
	}
	ws := strings.Fields(catalog.Normalize(text))
	for k, w := range ws {
		switch {
		case k > 0 && (ws[k-1] == "by" || ws[k-1] == "per") && !(unknown[w] && byWhom(text, w)):
		case findPhrase([]string{w}, compassWords) != "" && w != "county":
			add(w) // "North totals": a compass word names a part even where the grammar knows it
		case !unknown[w] || titleWords[w] || own[w] || len(w) < 2 || strings.ContainsAny(w, "0123456789"):
		default:
			add(w)
		}
	}
	return out
}

// ownParts are the words of a's part words that b does not share: "Op
// Orochi summary" and "Op Orochi drugs" share the operation's name, which
// then names the whole, not a part.
func (x *extractor) ownParts(a, b string) []string {
	theirs := map[string]bool{}
	for _, w := range x.partWords(b) {
		theirs[w] = true
	}
	var out []string
	for _, w := range x.partWords(a) {
		if !theirs[w] {
			out = append(out, w)
		}
	}
	return out
}

// byWhom reports whether w, a word of text as partWords normalises it,
// is written with a capital straight after a lower-case "by", in a text
// of mixed case: "Led by NCA", "Seized by BTP" name who did it, where
// "Weapons seized by type" or "Seized By Type" say how the figures are
// split.
func byWhom(text, w string) bool {
	if strings.ToUpper(text) == text || strings.ToLower(text) == text {
		return false
	}
	for _, m := range byCapital.FindAllStringSubmatch(text, -1) {
		if catalog.Normalize(m[1]) == w {
			return true
		}
	}
	return false
}

// byCapital is a word written with a capital after a lower-case "by".
var byCapital = regexp.MustCompile(`\bby\s+(\p{Lu}[\p{L}\p{N}]*)`)
