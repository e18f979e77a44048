package extract

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// selfScaled finds a figure that gives its own scale: "£3.4k", "2 million".
var selfScaled = regexp.MustCompile(`(?i)\d\s*(k|m|mn|bn|thousand|million|billion)\b`)

// cleanList reports a reading of several facts and no figure left unread.
func (x *extractor) cleanList(rd phrase.Reading) bool {
	for _, m := range rd.Messages {
		if m.Value != nil {
			return false
		}
	}
	return len(rd.Facts) > 1
}

// readSentence reads a value cell that holds a list or a sentence rather
// than one figure, with the phrase grammar and its label as the heading:
// "4 knives, 2 machetes and a knuckleduster" beside Weapons seized gives
// three item counts, "11 (including 2 juveniles)" beside Arrests the
// arrests and the arrests under 18, "9 (including batons and a taser)"
// the total 9 (and the one taser it names), never a split it does not
// give. Every figure the cell holds must be read, and read as the label's
// metric or a part of it; otherwise nothing of the cell is loaded and a
// warning names the cell and what could not be read. It reports whether
// the cell was such a text (read or refused); a cell the grammar finds
// nothing in is left to the value reader, which reports it.
func (x *extractor) readSentence(g *grid, c candidate, m catalog.Metric, item, src string) bool {
	v := g.cell(c.cell)
	if v.Kind != etl.KindText {
		return false
	}
	text := v.Text // the words that hold the figures: the cell, or what follows "Label:" in it
	if c.text != "" {
		text = c.text
	}
	sheet, ref := g.sheet.Name, v.Ref()
	refuse := func(format string, args ...any) bool {
		x.refuse(etl.SevWarning, "unreadable_value", sheet, ref, []string{ref}, "%s: %q: %s; not loaded", m.Label, strings.TrimSpace(v.Text), fmt.Sprintf(format, args...))
		return true
	}
	if why, odd := oddNumber(text); odd {
		return refuse("%s", why) // "5,00", "40?", "(5)": the grammar would read the digits alone
	}
	if w := provisionalClause(text); w != "" {
		// "5 knives and dozens of machetes, TBC": said of the whole cell
		return refuse("the words %q say its figures are provisional or not final: they are loaded when the force sends the final figures", w)
	}
	if w := phrase.NotDoneIn(text); w != "" {
		return refuse(notDoneWhy, w) // "6 to be executed", "43 arrests will be made"
	}
	if w := x.valueScopeWord(text); w != "" {
		return refuse(scopeWhy, w) // "2 firearms (regional total)", "43 arrests, jointly"
	}
	if w := phrase.NamingNumber(text); w != "" {
		// "2 knives and axes in week 5": the grammar read 5 axes
		return refuse("%q names a week, day or stage by its number; its number is no count, and a figure read from it would be wrong", w)
	}
	_, err := ParseText(text)
	if errors.Is(err, ErrForeignCurrency) {
		return refuse("it is in a currency other than pounds or euros (%q); only pounds and euros are loaded", phrase.ForeignMoney(text))
	}
	if errors.Is(err, ErrContainer) {
		return refuse("it counts containers, which may hold any weight; give the weight, or the wraps") // "35 bags of cannabis"
	}
	rd := x.rd.Read(text, phrase.Context{Heading: c.label, Force: x.ret.Force, Week: x.week()})
	if err == nil && !x.cleanList(rd) && len(rd.Facts) <= 1 {
		// One figure, perhaps with an aside ("43 (last week: 38)"): the
		// value reader's. A figure with its parts ("11 (including 2
		// juveniles)") the grammar reads whole is read here, and so is
		// one with parts it reads beside a part it cannot ("43 (7 under
		// 18 and 4 over 50)"): the parts it reads are never dropped.
		// A figure in the aside is never passed over in silence: the
		// grammar's word on it is kept ("38": another period's). An
		// aside that gives some of the figure as another body's ("43 (5
		// by NCA)", "43 (of which 5 Essex)") says the figure is not the
		// force's own, as a note beside it in a notes column would.
		if end := asideStart(rd); end >= 0 && end <= len(text) {
			if why := x.outsideScope(x.beside(text[end:])); why != "" {
				return refuse("the words %q after its figure say some of it is not the force's own: %s", strings.TrimSpace(text[end:]), why)
			}
		}
		x.asideFigures(sheet, ref, m, v.Text, rd)
		return false
	}
	// A figure the catalogue has no metric for ("12 adults" beside
	// Arrests: there is no figure of adult arrests) is not loaded and is
	// named; the others of the cell are read ("3 juveniles"), and no
	// total is made of the parts. Before the label's own figure ("12 -
	// among 150 arrests made across the region") it is the cell's own
	// figure refused, and the later one is no figure of the label in its
	// place: the cell is refused. Any other figure the grammar could not
	// read (a word that changes it, two metrics that fit) refuses the
	// cell.
	follows := func(msg phrase.Message) bool {
		for _, f := range rd.Facts {
			if f.Metric == m.Code && f.Item == "" && msg.End <= f.Start {
				return false
			}
		}
		return len(rd.Facts) > 0
	}
	var unread []phrase.Message
	for _, msg := range rd.Messages {
		switch {
		case msg.Value == nil:
		case msg.Code == phrase.CodeNoMetric && follows(msg):
			unread = append(unread, msg)
		default:
			return refuse("%s", msg.Text)
		}
	}
	if f, u, ok := splitOfList(text, rd.Facts, unread); ok {
		return refuse("%q in brackets after %q, one figure for several items, may be one item's part of it or another figure, and the cell is refused whole; give each item's figure", strings.TrimSpace(text[u.Start:u.End]), f.Text)
	}
	if f, u, ok := widerInAside(text, rd.Facts, unread); ok {
		return refuse("%q and %q in one aside may be one part's figures, the later a wider one (another area's, a longer period's), and the cell is refused whole", strings.TrimSpace(text[u.Start:u.End]), f.Text)
	}
	if words, why, ok := x.looseAside(text, m.Label, rd.Facts); ok {
		return refuse("the words %q are not read with any figure, and they are said of the whole cell: %s", words, why)
	}
	if len(rd.Facts) == 0 {
		// "machetes, knives, bats": items named with no number.
		return !strings.ContainsAny(text, "0123456789") && x.unquantifiedList(g, c, m, item, text, src, refuse)
	}
	// Words the grammar does not know may trail a figure ("found on a
	// train"); before it they may change it ("the best part of 10").
	for _, w := range x.rd.Unknown(text) {
		if w.Start < rd.Facts[len(rd.Facts)-1].End {
			return refuse("the word %q is not known", w.Text)
		}
	}
	if end, own := x.figuresEnd(rd, m); own {
		if w, ok := x.unreadAfter(text, end); ok {
			return refuse(unreadAfterWhy, w)
		}
	}
	for _, f := range rd.Facts {
		if w := x.rd.DescribedAfter(f.Text); w != "" {
			// "2 firearms used", "2 firearms targeted"
			return refuse("%q: the word %q after what it counts says something else was done to them, or thought of them, than %s", f.Text, w, strings.ToLower(m.Label))
		}
	}
	if n := unreadNumber(text, rd); n != "" {
		// "1,200 / 44": the grammar read 1,200 and passed over "/ 44".
		return refuse("the number %q in it is read as no figure, and it may change the figure beside it", n)
	}
	if c.foreign != "" {
		return refuse("its label or heading gives the currency as %q; only pounds and euros are loaded", c.foreign)
	}
	if c.oddScale != "" {
		return refuse("its label or heading gives the scale as %q, which is not one we read", c.oddScale)
	}
	// "2 cars and a moped" under "Vehicles seized": two figures of one
	// metric with no item to tell them apart. Adding them would be a sum
	// nobody wrote; keeping one drops the other: neither is loaded.
	for i, f := range rd.Facts {
		for _, e := range rd.Facts[:i] {
			if f.Item == "" && e.Item == "" && f.Metric == e.Metric && f.Unit == e.Unit {
				fm, _ := x.cat.Metric(f.Metric)
				return refuse("%q and %q are both %s with nothing to tell them apart; give the total alone, or each kind on its own row", e.Text, f.Text, fm.Label)
			}
		}
	}
	for _, f := range rd.Facts {
		if countsSeizures(f) {
			// "Cash seized │ 12 seizures": how many seizures, not £12
			return refuse("%q counts seizures, not %s; give the amount, or the number of things seized", f.Text, strings.ToLower(m.Label))
		}
	}
	parts := bracketParts(text, rd.Facts)
	hedged := hedgesAfter(text, rd.Facts)
	var out []etl.Fact
	own := false // a figure of the label's own metric, or a part of it
	for _, f := range rd.Facts {
		if fm, _ := x.cat.Metric(f.Metric); f.Metric == m.Code || fm.Parent == m.Code {
			own = true
		}
	}
	var notes []func()
	for k, f := range rd.Facts {
		fm, _ := x.cat.Metric(f.Metric)
		if p, ok := parts[k]; ok {
			// "5 knives (2 zombie knives)", "Class A 1.5kg (cocaine
			// 1.2kg)": a part of the item figure before it, not a second
			// item beside it: the all-items figure adds the items.
			e := rd.Facts[p]
			if e.Value != nil && f.Value != nil && *f.Value > *e.Value {
				return refuse("%q is a part of %q before it, but larger than it; check the two figures", f.Text, e.Text)
			}
			notes = append(notes, func() {
				if f.Item == e.Item {
					x.refuse(etl.SevInfo, "breakdown_row", sheet, ref, []string{ref}, "%s: %q is a part of %q before it, not more %s: not added to it, so not counted twice", fm.Label, f.Text, e.Text, f.Item)
					return
				}
				x.refuse(etl.SevWarning, "breakdown_row", sheet, ref, []string{ref}, "%s: %q is a part of %q before it: %s holds it already, so it is not loaded as %s of its own (that would count it twice in all %s)", fm.Label, f.Text, e.Text, e.Item, f.Item, strings.ToLower(fm.Label))
			})
			continue
		}
		if f.Metric != m.Code && fm.Parent != m.Code {
			// "£50,272 plus 3 watches" beside Cash seized: a figure of
			// another metric named by its own words, joined to the
			// label's figure, not said inside its brackets, is that
			// metric's. Alone, or in brackets (a part?), it is refused.
			if !own || inBrackets(text, f.Start) || item != "" {
				return refuse("%q reads as %s, which is not %s or a part of it", f.Text, fm.Label, m.Label)
			}
			if f.Unit == "" {
				return refuse("%q has no unit (£, g, kg, wraps, plants, tablets)", f.Text)
			}
			out = append(out, etl.Fact{Metric: f.Metric, Item: f.Item, Unit: f.Unit, Value: f.Value, Qualifier: f.Qualifier, Raw: v.Text, Sheet: sheet, Cell: ref})
			continue
		}
		if item != "" && f.Item != item {
			if f.Item != "" || f.Metric != m.Code {
				return refuse("%q is not %s", f.Text, item)
			}
			f.Item = item
		}
		if f.Unit == "" {
			return refuse("%q has no unit (£, g, kg, wraps, plants, tablets)", f.Text)
		}
		if money(c.fixed) && money(f.Unit) && f.Unit != c.fixed {
			return refuse("%q is in %s but its label says %s", f.Text, currencyName(f.Unit), currencyName(c.fixed))
		}
		if c.scale > 1 && f.Value != nil && (!c.money || money(f.Unit)) {
			// "about £3,400" under "(£000s)": the heading's scale, as for
			// a figure alone; a figure giving its own ("£3.4k") is refused.
			if selfScaled.MatchString(f.Text) {
				return refuse("%q gives its own thousands or millions but its label or heading says the figures are in %s", f.Text, scaleName(c.scale))
			}
			if fullAmount(f.Text, *f.Value) {
				return refuse("%q is written as a full amount of money, but its label or heading says the figures are in %s", f.Text, scaleName(c.scale))
			}
			n := roundFloat(*f.Value * c.scale)
			f.Value = &n
		}
		q := f.Qualifier
		if q == etl.Exact && f.Value != nil && hedged[k] != "" {
			q = hedged[k] // "43 women (est)", "5 knives and 2 machetes, approx."
		}
		if c.hedge != "" && q == etl.Exact && f.Value != nil {
			q = c.hedge
		}
		out = append(out, etl.Fact{Metric: f.Metric, Item: f.Item, Unit: f.Unit, Value: f.Value, Qualifier: q, Raw: v.Text, Sheet: sheet, Cell: ref})
	}
	for _, note := range notes {
		note()
	}
	for _, msg := range unread {
		x.msg(etl.SevWarning, "unreadable_value", sheet, ref, "%s: %q: %s; that figure is not loaded (the rest of the cell is, and no total is made of it)", m.Label, strings.TrimSpace(v.Text), msg.Text)
	}
	for _, f := range out {
		if f.Unit == etl.UnitEUR {
			fm, _ := x.cat.Metric(f.Metric)
			x.msg(etl.SevWarning, "other_currency", sheet, ref, "%s: %q is in euros; kept in euros and not added to sterling totals", fm.Label, v.Text)
		}
		x.found = append(x.found, found{f, src, ""})
	}
	return true
}

// seizureWords name seizures as the thing a figure counts: "12
// seizures", "3 cash seizures", "2 seizure events".
var seizureWords = regexp.MustCompile(`(?i)\bseizures\b|\bseizure (?:events?|incidents?|occasions?)\b`)

// countsSeizures reports a figure whose own words count seizures, which
// no metric of the catalogue counts: the grammar reads "12 seizures"
// beside Cash seized as £12, and beside Weapons seized as 7 weapons.
func countsSeizures(f phrase.Fact) bool {
	return f.Value != nil && seizureWords.MatchString(f.Text)
}

// hedgeAfter is a hedge written after a figure's words ("43 women
// (est)", "5 knives approx", "5 knives+", "12 phones or more"), and what
// may follow it: a list's separator, or the end of the cell.
var hedgeAfter = []struct {
	re *regexp.Regexp
	q  etl.Qualifier
}{
	{regexp.MustCompile(`(?i)^\s*[-–—,:;]?\s*(?:\((?:approx\.?|approximately|est\.?|estimated?|an? estimate|circa|c\.)\)|approx\.?|approximately|estimated|est\.|circa)(?:\s*(?:[,;]|\band\b)|\s*$)`), etl.Approximately},
	{regexp.MustCompile(`(?i)^\s*(?:\+|,?\s*(?:or more|and over|plus)\b|\(at least\)|\(or more\))(?:\s*(?:[,;]|\band\b)|\s*$)`), etl.AtLeast},
}

// hedgeClause reports whether a clause after the cell's last figure,
// past the first, is the hedge re alone: "43, persons, approx" (item 6
// of closing22; the hedge right after the figure is hedgeAfter's).
func hedgeClause(re *regexp.Regexp, after string) bool {
	cls := strings.FieldsFunc(after, func(r rune) bool { return r == ',' || r == ';' })
	for _, cl := range cls {
		if re.MatchString(cl) && strings.TrimSpace(cl) != "" {
			return true
		}
	}
	return false
}

// bracketed is a bracket of a cell's words with no bracket inside.
var bracketed = regexp.MustCompile(`\(([^()]*)\)`)

// looseAside is words with no figure in them, in a bracket that stands
// after no number the grammar read (after an item named with no number,
// "machetes (seized by Border Force)") or in a clause after the cell's last
// figure, that may change what the cell counts or say whose it is:
// "5 knives and dozens of machetes (NCA)", "5 knives and 2 machetes,
// BTP", "… - by the NCA". Such words are the whole cell's, never dropped
// with an item named with no number. Words are loose when the aside
// reader finds them changing ("NCA" is not known; in a clause, only
// when they name someone: see named), or they say by whom
// ("seized by Border Force"), and a figure with them is no figure of the
// label's ("1 by Kent Police" is; "1 NCA", "1 seized by Border Force" are
// not). It gives the words and why.
func (x *extractor) looseAside(text, label string, fs []phrase.Fact) (words, why string, ok bool) {
	type piece struct {
		words  string
		read   bool // in brackets straight after a figure the grammar read with it
		clause bool // a clause after the last figure, not in brackets
	}
	var pieces []piece
	for _, b := range bracketed.FindAllStringSubmatchIndex(text, -1) {
		read := slices.ContainsFunc(fs, func(f phrase.Fact) bool {
			return f.Value != nil && f.End <= b[0] && strings.TrimSpace(text[f.End:b[0]]) == "" || f.Start <= b[0] && b[1] <= f.End
		})
		pieces = append(pieces, piece{text[b[2]:b[3]], read, false})
	}
	// the figure's own words may end in a clause of whom: "40 by Kent
	// Police - others"
	afterBy := false
	if last := slices.MaxFunc(append([]phrase.Fact{{}}, fs...), func(a, b phrase.Fact) int { return a.End - b.End }); last.End > 0 {
		tail := bracketed.ReplaceAllString(text[last.End:], ",")
		cls := clauseSeps.Split(tail, -1)
		afterBy = byAtEnd.MatchString(text[:last.End] + cls[0])
		for _, w := range cls[1:] {
			pieces = append(pieces, piece{w, false, true})
		}
	}
	lastWords := -1 // the last piece with words: the own name alone there ends the cell
	for i, p := range pieces {
		if strings.TrimSpace(p.words) != "" {
			lastWords = i
		}
	}
	firstClause := true
	for i, p := range pieces {
		w := strings.TrimSpace(p.words)
		first := p.clause && w != "" && firstClause
		// a clause straight after one that says by whom says more of
		// whom: "40 by Kent Police - others" is "by Kent Police and
		// others"
		more := p.clause && afterBy
		if p.clause && w != "" && (named.MatchString(w) || strings.ContainsAny(w, "0123456789")) {
			// a clause of lower-case words only ("43: persons, the
			// City": the figure's noun) starts no list of names: the
			// next clause is still the first that may name someone
			firstClause = false
			afterBy = strings.HasPrefix(strings.ToLower(w), "by ")
		}
		if w == "" || strings.ContainsAny(w, "0123456789") {
			continue
		}
		if i == lastWords && x.ownNameAlone(w) {
			continue // "5 knives - Kent Police": the own name alone, ending the cell, says whose
		}
		if x.namesForces(w) {
			// "43 - Kent Police and beyond", "43 - the Met", "43 - Kent,
			// regional total" in Kent's return: a force named with more
			// words, or another force ("43 - Kent Police" alone is read
			// before: ownForceNamed), in any clause after the last
			// figure: "43: persons, with the Met" names the Met as
			// "43 - with the Met" does ("43, by Kent Police": the reader
			// judges by whom; "43, across Kent": where: namesForces)
			return w, namesForcesWhy, true
		}
		// a name the reader does not know, only in the clause straight
		// after the cell's last figure, or one after a clause of whom, or
		// words in brackets ("43 (the NCA)"): a later clause may end a
		// part's list ("12, 5 of people from London, Birmingham or out
		// of county")
		judged := p.clause && !first && !more
		judged = judged || strings.HasPrefix(strings.ToLower(w), "by ") || placeClause.MatchString(w)
		if more && !judged {
			// "40 by Kent Police: others", "…; partner agencies": read as
			// the by-clause's words
			for _, msg := range x.rd.Read("1 by "+w, phrase.Context{Heading: label, Force: x.ret.Force, Week: x.week()}).Messages {
				if msg.Value != nil && msg.Code == phrase.CodeChangesMeaning && strings.Contains(msg.Text, `: "by `) {
					return w, "they say more of by whom the figures are, and not the force's own officers: the figures may be another's or more than the force's", true
				}
			}
		}
		if u := unknownName(x.rd.Unknown(w)); p.clause && !judged && u != "" {
			// "43 - the NCA", "43 - the NCA and partners": a name the
			// reader does not know, never passed over as words trailing
			// the figure
			return w, fmt.Sprintf("the word %q is not known, and they name someone: the figures may be another's", u), true
		}
		rd := x.rd.Read("1 "+w, phrase.Context{Heading: label, Force: x.ret.Force, Week: x.week()})
		if len(rd.Facts) > 0 {
			continue
		}
		if words, why, ok := x.rd.Aside("1 ("+w+")", label); ok && !p.read && (!p.clause || named.MatchString(w)) {
			return words, why, true
		}
		for _, msg := range rd.Messages {
			if msg.Value != nil && msg.Code == phrase.CodeChangesMeaning && strings.Contains(msg.Text, `: "by `) {
				return w, "they say by whom, and not the force's own officers: the figures may be another's", true // "(seized by Border Force)"
			}
		}
	}
	return "", "", false
}

// byAtEnd is words that end in a clause of whom: "40 by Kent Police".
var byAtEnd = regexp.MustCompile(`(?i)\bby\s[^,;:()\[\]]*$`)

// namesForces reports words after a figure that name a force: "Kent
// Police and others", "Kent Police Medway", "Essex Police" in Kent's
// return (the own name alone ending the cell is for the caller to let
// pass: ownNameAlone). Words that say
// by whom or where are the reader's to judge ("by Kent Police", "across
// Kent and Medway").
func (x *extractor) namesForces(w string) bool {
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(w)), "by ") || placeClause.MatchString(w) {
		return false
	}
	return len(x.cat.ForcesIn(w)) > 0
}

// namesForcesWhy says why words of namesForces refuse a figure.
const namesForcesWhy = "they name a force, and not the return's own force alone: the figures may be another's or more than one force's"

// ownNameAlone reports words that are the return's own force's name or
// an alias of it, and nothing more: "Kent Police", "Kent".
func (x *extractor) ownNameAlone(w string) bool {
	f, ok := x.cat.MatchForce(strings.TrimSpace(w))
	return ok && x.ret.Force != "" && f.Code == x.ret.Force
}

// named is a name among words: an acronym ("NCA", "BTP") or a capitalised
// word after the first ("Essex Police"). A clause after a cell's last
// figure with words nobody taught us is let trail it ("found on a
// train"), unless it names someone.
var named = regexp.MustCompile(`\b[A-Z]{2,}\b|\s[A-Z][a-z]`)

// placeClause is a clause that says where: "across Kent", "in Kent and
// Medway". The reader judges the place (the force's own whole area, or a
// part, a wider or another one), not the name checks below.
var placeClause = regexp.MustCompile(`(?i)^\s*(?:in|across|throughout|within)\s`)

// unknownName is the first of unknown words that is a name (an acronym,
// or written with a capital) and no day or month ("NCA", "Border"; not
// "Sunday"), or "".
func unknownName(ws []phrase.Word) string {
	for _, w := range ws {
		if (named.MatchString(" "+w.Text) || named.MatchString(w.Text)) && !dayOrMonth.MatchString(w.Text) {
			return w.Text
		}
	}
	return ""
}

// dayOrMonth is a weekday's or a month's name, whole or short.
var dayOrMonth = regexp.MustCompile(`(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(?:wednes|satur)day$`)

// clauseSeps part a cell's words into clauses: commas, semicolons,
// colons, brackets, a dash, slash or plus between spaces, the end of a
// sentence ("43 arrests made. TBC": a later sentence of the cell is said
// of its figures too). Every sign that may part a figure from words said
// of it is one: "43: Kent Police and Essex Police" names two forces as
// "43 - Kent Police and Essex Police" does.
var clauseSeps = regexp.MustCompile(`[,;:()\[\]]|\s[-–—/+]+\s|\.\s`)

// notDoneWhy says why a figure whose words say it is not done is
// refused (phrase.NotDoneIn).
const notDoneWhy = "the words %q say what it counts is not done yet (meant, expected or still to come), so it is no count of the week"

// provisionalClause is a clause of a cell with no figure in it that says
// the cell's figures are provisional or not final ("…, TBC", "… (to be
// confirmed)", "… - provisional", "…, more expected"), or "". Such words
// are said of the whole cell, not of the figure or item beside them: the
// value reader refuses "43, TBC", and a list is refused as it is. A cell
// of such words alone is the value reader's ("TBC": reported, not given).
func provisionalClause(text string) string {
	cls := clauseSeps.Split(text, -1)
	if n := len(slices.DeleteFunc(slices.Clone(cls), func(cl string) bool { return strings.TrimSpace(cl) == "" })); n < 2 {
		return "" // "TBC" alone: a figure reported and not given (unquantified)
	}
	for _, cl := range cls {
		if cl = strings.TrimSpace(cl); cl != "" && !strings.ContainsAny(cl, "0123456789") && phrase.Provisional(cl) {
			return cl
		}
	}
	return ""
}

// orMore is a hedge after a figure's noun that the grammar reads among
// its words and passes over: "5 knives or more".
var orMore = regexp.MustCompile(`(?i)\s(?:or more|and over)$`)

// hedgesAfter gives each figure of a cell the hedge written straight
// after its words, up to the next figure ("5 knives (est) and 2
// machetes": the knives'); a hedge that ends the cell after its last
// figure is said of every figure of it ("5 knives and 2 machetes
// (est)"), never dropped: the grammar passes such words over.
func hedgesAfter(text string, fs []phrase.Fact) map[int]etl.Qualifier {
	out := map[int]etl.Qualifier{}
	for k, f := range fs {
		end := len(text)
		if k+1 < len(fs) {
			end = fs[k+1].Start
		}
		if f.End > end {
			continue
		}
		after := text[f.End:end]
		if end < len(text) {
			after += "\x00" // between two figures, only a separator may follow the hedge
		}
		if orMore.MatchString(f.Text) {
			after = f.Text[len(f.Text)-len(orMore.FindString(f.Text)):] // "5 knives or more": read in the figure's words
		}
		for _, h := range hedgeAfter {
			if !h.re.MatchString(after) && !(end == len(text) && h.q == etl.Approximately && hedgeClause(h.re, after)) {
				continue
			}
			out[k] = h.q
			if end == len(text) {
				for i := range fs {
					out[i] = h.q
				}
			}
			break
		}
	}
	return out
}

var (
	digitRun = regexp.MustCompile(`\d+(?:,\d{3})*(?:\.\d+)?`)
	// datesIn are dates a cell may give beside its figure ("(seized
	// 14/10/21)", "(11/10-17/10)", "14 Oct"): the date reader's, not
	// figures.
	datesIn = regexp.MustCompile(`(?i)\d{1,2}/\d{1,2}(?:/\d{2,4})?(?:\s*[-–]\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?|\b\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?`)
)

// unreadNumber returns the first number a cell's text writes in digits
// that no figure and no message of the grammar's reading stands over
// (dates aside): a number read past in silence. "" when there is none.
func unreadNumber(text string, rd phrase.Reading) string {
	dates := datesIn.FindAllStringIndex(text, -1)
	covered := func(a, b int) bool {
		for _, f := range rd.Facts {
			if f.Start <= a && b <= f.End {
				return true
			}
		}
		for _, m := range rd.Messages {
			if m.Start <= a && b <= m.End {
				return true
			}
		}
		for _, d := range dates {
			if d[0] <= a && b <= d[1] {
				return true
			}
		}
		return false
	}
	for _, loc := range digitRun.FindAllStringIndex(text, -1) {
		if !covered(loc[0], loc[1]) {
			return text[loc[0]:loc[1]]
		}
	}
	return ""
}

// asideStart is where the words after a value cell's one figure begin,
// as the grammar read it: after its one figure, or after the first
// number it read as none ("43 (7 under 18)" beside "Heroin (g)": the
// unit is the label's, and the value reader reads the first); -1 when
// the figure itself is not read.
func asideStart(rd phrase.Reading) int {
	switch len(rd.Facts) {
	case 1:
		return rd.Facts[0].End
	case 0:
		for _, msg := range rd.Messages {
			if msg.Value != nil {
				return msg.End
			}
		}
	}
	return -1
}

// asideFigures names the figures in the words after a value cell's
// figure that the grammar read as no figure of the return ("43 (last
// week: 38)", "43 (44 incl. BTP)", "43 (amended from 40)"): each is a
// deliberate skip, said in the return's messages; a word that says the
// figure is another period's or an old one is an info, anything else a
// warning, as it may be a part or a scope the figure does not say.
func (x *extractor) asideFigures(sheet, ref string, m catalog.Metric, text string, rd phrase.Reading) {
	end := asideStart(rd)
	if end < 0 {
		return // the figure itself is not read: the value reader says why
	}
	var whys []string
	sev := etl.SevInfo
	for _, msg := range rd.Messages {
		if msg.Value == nil || msg.Start < end {
			continue
		}
		whys = append(whys, msg.Text)
		if msg.Code != phrase.CodeChangesMeaning {
			sev = etl.SevWarning
		}
	}
	if len(whys) == 0 {
		return
	}
	x.msg(sev, "aside_figure", sheet, ref, "%s: %q: %s; not read with the figure before it", m.Label, strings.TrimSpace(text), strings.Join(whys, "; "))
}

// listSeps part a list of items: "machetes, knives and bats".
var listSeps = regexp.MustCompile(`(?i)\s*(?:[,;/&+]|\band\b|\bplus\b)\s*`)

// unquantifiedList reads a value cell that names items and no number
// ("machetes, knives, bats" beside Weapons seized): each item was seized,
// how many is not said. It is kept as an unquantified figure of each item
// only where the catalogue says the metric's figures may be reported so
// (its unquantified column), and only when every part of the list names
// an item of the label's metric; otherwise a warning names the cell and
// nothing of it is loaded. It reports whether the cell was such a list:
// a cell none of whose parts names an item is left to the value reader.
func (x *extractor) unquantifiedList(g *grid, c candidate, m catalog.Metric, item, text, src string, refuse func(string, ...any) bool) bool {
	if m.ItemKind == "" {
		return false
	}
	v := g.cell(c.cell)
	var items, unread []string
	for _, p := range listSeps.Split(strings.TrimSpace(text), -1) {
		p = strings.TrimSpace(strings.Trim(p, ".()"))
		if p == "" {
			continue
		}
		r := x.readItemLabel(p, m.Label)
		if !r.ok || r.lm.metric.Code != m.Code || r.lm.item == "" || len(x.rd.Unknown(p)) > 0 {
			unread = append(unread, p)
			continue
		}
		if !slices.Contains(items, r.lm.item) {
			items = append(items, r.lm.item)
		}
	}
	switch {
	case len(items) == 0:
		return false
	case len(unread) > 0:
		return refuse("%s not an item of %s", quoteList(unread), m.Label)
	case !m.Unquantified:
		return refuse("it names %s with no number, and %s is not reported without one", strings.Join(items, ", "), m.Label)
	case item != "" && (len(items) > 1 || items[0] != item):
		return refuse("its label names %s, the cell %s", item, strings.Join(items, ", "))
	}
	unit := c.unit
	if unit == "" {
		unit = c.fixed
	}
	if unit == "" && m.Unit != "varies" {
		unit = etl.Unit(m.Unit)
	}
	if unit == "" {
		return refuse("it names %s with no number and no unit (£, g, wraps, plants, tablets)", strings.Join(items, ", "))
	}
	sheet, ref := g.sheet.Name, v.Ref()
	for _, it := range items {
		f := etl.Fact{Metric: m.Code, Item: it, Unit: unit, Qualifier: etl.Unquantified, Raw: v.Text, Sheet: sheet, Cell: ref}
		x.found = append(x.found, found{f, src, ""})
	}
	return true
}

// quoteList quotes each text and says whether there is one or several.
func quoteList(ts []string) string {
	q := make([]string, len(ts))
	for i, t := range ts {
		q[i] = strconv.Quote(t)
	}
	if len(q) == 1 {
		return q[0] + " is"
	}
	return strings.Join(q, ", ") + " are"
}

// bracketParts finds the figures that stand in brackets right after an
// item figure of the same metric and unit ("5 knives (2 zombie knives,
// 1 machete)", "Class A 1.5kg (cocaine 1.2kg, crack 300g)"): parts of it,
// by index of the part, the index of its parent.
func bracketParts(text string, fs []phrase.Fact) map[int]int {
	parts := map[int]int{}
	for k, f := range fs {
		open := bracketOpen(text, f.Start)
		if open < 0 {
			// "5 knives including 2 zombie knives and 2 firearms": the
			// figure right after its parent and "including".
			if k > 0 && fs[k-1].End <= f.Start && partWords.MatchString(text[fs[k-1].End:f.Start]) && fs[k-1].Item != "" && f.Item != "" &&
				fs[k-1].Metric == f.Metric && fs[k-1].Unit == f.Unit && !inBrackets(text, fs[k-1].Start) {
				parts[k] = k - 1
			}
			continue
		}
		p := -1
		for j := k - 1; j >= 0; j-- {
			if fs[j].End <= open && !inBrackets(text, fs[j].Start) {
				p = j
				break
			}
		}
		if p < 0 {
			continue
		}
		e := fs[p]
		// Nothing but spaces and the figure's own words between the
		// parent and the bracket: "5 knives (…", not "5 knives, 2 bats (…".
		if strings.ContainsAny(text[e.End:open], ",;") || e.Item == "" || f.Item == "" || e.Metric != f.Metric || e.Unit != f.Unit {
			continue
		}
		parts[k] = p
	}
	return parts
}

// splitOfList finds a figure the grammar left unread in brackets straight
// after a figure that names several items with no item of its own: "56g
// cocaine and heroin (20g)" is 56g of both and 20g of one of them (which?),
// or 20g of something else: never the 56g read as the total with the 20g
// passed over.
func splitOfList(text string, fs []phrase.Fact, unread []phrase.Message) (phrase.Fact, phrase.Message, bool) {
	for _, u := range unread {
		if !inBrackets(text, u.Start) {
			continue
		}
		open := bracketOpen(text, u.Start)
		for _, f := range fs {
			if f.Item == "" && f.End <= open && strings.TrimSpace(text[f.End:open]) == "" && listSeps.MatchString(strings.TrimSpace(f.Text)) {
				return f, u, true
			}
		}
	}
	return phrase.Fact{}, phrase.Message{}, false
}

// widerInAside finds a figure read in an aside (brackets, or the words
// after the cell's first figure) tied to a figure of the same aside the
// grammar could not read: nothing that lists stands between them ("7 of
// the 20 juveniles arrested across the region"), or the unread one is
// said to be among the later ("8 children, among 30 children safeguarded
// across the region"). The two are one part's figures and the read one
// may be wider than the figure's part: it is never loaded.
func widerInAside(text string, fs []phrase.Fact, unread []phrase.Message) (phrase.Fact, phrase.Message, bool) {
	if len(fs) < 2 {
		return phrase.Fact{}, phrase.Message{}, false
	}
	aside := func(at int) int {
		if open := bracketOpen(text, at); open >= 0 {
			return open
		}
		return len(text) // not in brackets: the words after the first figure
	}
	for _, f := range fs[1:] {
		for _, u := range unread {
			if u.Start < fs[0].End || aside(u.Start) != aside(f.Start) {
				continue
			}
			lo, hi := u.End, f.Start
			if f.End <= u.Start {
				lo, hi = f.End, u.Start
			}
			if lo > hi {
				continue
			}
			between := text[lo:hi]
			if strings.EqualFold(u.Word, "among") || partitive.MatchString(between) || !listSep.MatchString(between) {
				return f, u, true
			}
		}
	}
	return phrase.Fact{}, phrase.Message{}, false
}

// listSep separates the members of a list; partitive words make one
// figure a part of another ("7 of the 20", "8 out of 30").
var (
	listSep   = regexp.MustCompile(`(?i)[,;/&]|\b(?:and|plus)\b`)
	partitive = regexp.MustCompile(`(?i)\b(?:of|among|amongst|out of|from)\b`)
)

// partWords stand between an item figure and a part of it: "5 knives
// including 2 zombie knives", "1.2kg cocaine, of which 200g crack".
var partWords = regexp.MustCompile(`(?i)^\s*,?\s*(?:including|incl\.?|inc\.?|of which|among them|of these)\s*$`)

// bracketOpen is the offset of the bracket that the byte at offset at of
// text stands inside, -1 for none.
func bracketOpen(text string, at int) int {
	var opens []int
	for i, r := range text {
		if i >= at {
			break
		}
		switch r {
		case '(', '[':
			opens = append(opens, i)
		case ')', ']':
			if len(opens) > 0 {
				opens = opens[:len(opens)-1]
			}
		}
	}
	if len(opens) == 0 {
		return -1
	}
	return opens[len(opens)-1]
}

// inBrackets reports whether the byte at offset at of text stands inside
// round or square brackets.
func inBrackets(text string, at int) bool {
	depth := 0
	for i, r := range text {
		if i >= at {
			break
		}
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

// unreadAfterWhy says why a figure with words after it that nobody
// taught us is refused (unreadAfter).
const unreadAfterWhy = phrase.UnreadAfterWhy

// unreadAfter finds the words of a cell after byte offset from (the end
// of its last figure, figuresEnd) that may say whose, where or when it
// is in words nobody taught us (phrase.Reader.UnreadAfter).
func (x *extractor) unreadAfter(text string, from int) (string, bool) {
	return x.rd.UnreadAfter(text, phrase.Context{Force: x.ret.Force, Week: x.week()}, from)
}

// figuresEnd is the end of the last figure or part a reading holds,
// read or refused, and whether it is a figure of the label's own metric:
// the words after such a figure are said of the whole cell; those after
// a part ("45, including 5 men from London", "12, 5 of them in Rugby")
// are the part's, which the grammar has weighed.
func (x *extractor) figuresEnd(rd phrase.Reading, m catalog.Metric) (int, bool) {
	end, own := 0, false
	for _, f := range rd.Facts {
		if f.End > end {
			end, own = f.End, f.Metric == m.Code
		}
	}
	for _, msg := range rd.Messages {
		if msg.Value != nil && msg.End > end {
			end, own = msg.End, false
		}
	}
	return end, own
}
