package extract

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// Labels are read by the phrase grammar (etl/phrase), the one component
// that understands the words forces use: "Persons detained", "Kitchen
// knives seized", "Heroin (g)", "Estimated street value of heroin". What
// this file adds is the layout: a child label ("of which under 18",
// "Juveniles") is read as a part of the parent metric above it and
// refused when there is none; bilingual labels are read a language at a
// time; a slip of the keyboard is mended when it can mean one word only.

// labelMatch is what a label cell names.
type labelMatch struct {
	metric catalog.Metric
	item   string        // item code, "" for none
	unit   etl.Unit      // a unit the label names for its figures: "Heroin (g)", "Crack (wraps)", "Street value" (£)
	factor float64       // the unit's factor when it is not money: 1000 for "(kg)"
	hedge  etl.Qualifier // a hedge the label puts on its figures: "(in excess of)", "Estimated"; "" for none
}

var (
	childPrefix   = regexp.MustCompile(`^(of which|of whom|of those|of these|including|incl\.?|inc\.?|which included|within this|from these|comprising)\b[\s:,-]*`)
	bilingualSeps = regexp.MustCompile(`\s*/\s*|\s*\|\s*`)
)

// refusal is why a label that reads as a metric's is not read as one;
// the caller reports it and loads nothing.
type refusal struct {
	code string // message code
	text string // what follows the label in the message
}

// labelRead is what the grammar made of a label.
type labelRead struct {
	lm       labelMatch
	ok       bool
	why      *refusal // read, but refused: two metrics fit, a child with no such parent
	changer  string   // a word that changes what the figure means ("previous", "%"), as written
	notCount bool     // the changer makes the figure a proportion or an average
	period   bool     // the changer is another period the label names ("Arrests 2020/21")
	reason   string   // why no metric was read, for the message
}

// readLabel reads a label (remembered by parent and text). parent is the
// parent metric above it in its block, for child labels.
func (x *extractor) readLabel(text, parent string) labelRead {
	text = x.rd.Unnumbered(text) // "1. Arrests", "KPI 4: Phones seized"
	key := parent + "\x00" + text
	r, ok := x.labels[key]
	if !ok {
		r = x.includesOther(text, x.readLabelUncached(text, parent))
		x.labels[key] = r
	}
	if p, ok := x.labelPeriod(text); ok {
		return p
	}
	if p, ok := x.labelOrdinalDay(text); ok {
		return p
	}
	if r.ok {
		if w := x.addedWord(text, r.lm.metric); w != "" {
			return labelRead{changer: w, reason: fmt.Sprintf("it says its figures are more than a count not given, or made later (%q): a part of the week's figure, or added to it", w)}
		}
	}
	return r
}

// laterWords say a figure's things were done after others: "Later
// arrests", "Arrests made subsequently" (later than what?).
var laterWords = setOf("later", "subsequently", "subsequent", "afterwards", "thereafter")

// addedWord is a word of a label that says its figure is more than a
// count not given, or made later than others (ret29 N5: "Later arrests",
// "Further arrests", "Additional arrests", "Arrests (subsequently)" over
// 12 loaded 12 exact): words.csv's words of meaning addition ("further",
// "additional", "extra", "more") and laterWords; "" for none. A word the
// metric's own catalogue words hold is its own ("Subsequently charged":
// charged allows it; "Released pending further investigation").
func (x *extractor) addedWord(text string, m catalog.Metric) string {
	own := map[string]bool{}
	for _, list := range [][]string{m.Synonyms, m.Actions, m.Objects, m.Allows, m.Modifiers, {m.Label}} {
		for _, p := range list {
			for _, w := range strings.Fields(catalog.Normalize(p)) {
				own[w] = true
			}
		}
	}
	for _, w := range strings.Fields(catalog.Normalize(text)) {
		if own[w] {
			continue
		}
		if laterWords[w] {
			return w
		}
		for _, cw := range x.cat.Words {
			if cw.Meaning == "addition" && strings.EqualFold(cw.Text, w) {
				return w
			}
		}
	}
	return ""
}

// labelOrdinalDay refuses a label that names a day of the month by its
// ordinal alone, with no month ("Arrests on the 12th", "Arrests 12th-17th",
// "Arrests week ending 24th", "Arrests to 15th", "Arrests as at the
// 15th"): one day or some days of the week, or another week, said with
// words the dated readings do not hold (review29 R5: each loaded 12
// exact). The week's own first and last days together ("Arrests
// 11th-17th") are the week's. A label with a month is the dated
// readings' (labelPeriod).
func (x *extractor) labelOrdinalDay(text string) (labelRead, bool) {
	ms := ordinalDay.FindAllStringSubmatch(text, -1)
	if len(ms) == 0 || slices.ContainsFunc(strings.Fields(catalog.Normalize(text)), monthWord) {
		return labelRead{}, false
	}
	days := map[int]bool{}
	for _, m := range ms {
		n, _ := strconv.Atoi(m[1])
		days[n] = true
	}
	if op, ok := x.cat.Operation(x.ret.Operation); ok {
		words := strings.Fields(catalog.Normalize(gluedSpan.ReplaceAllString(text, "$1 $2")))
		switch {
		case len(days) == 2 && days[op.Starts.Day()] && days[op.Ends.Day()] && op.Starts.Day() != op.Ends.Day():
			return labelRead{}, false // "11th-17th": the week's own days
		case len(days) == 1 && days[op.Ends.Day()] && findPhrase(words, weekEndingWords) != "",
			len(days) == 1 && days[op.Starts.Day()] && findPhrase(words, weekStartingWords) != "":
			return labelRead{}, false // "w/e 17th", "w/c 11th": the week by its own end or start
		}
	}
	w := strings.TrimFunc(ms[0][0], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return labelRead{changer: w, period: true, reason: fmt.Sprintf("it names a day of the month by its ordinal alone (%q): one day or some days of the week, or another week's, not the week's whole figure", w)}, true
}

// ordinalDay is a day of the month by its ordinal, 1st to 31st, with no
// word after it but "of", "to", "and", "until": "12th", "the 15th", "12th-17th".
var ordinalDay = regexp.MustCompile(`(?i)\b([1-9]|[12]\d|3[01])\s?(?:st|nd|rd|th)\b(?:\s*$|\s*[^\sA-Za-z]|\s+(?:of|to|and|until|till|thru|through)\b)`)

// labelPeriod refuses a label that names another period than the
// return's week ("Arrests 2020/21", "Arrests (Oct 2020)", "Arrests
// Jan-Sep 2021", "Arrests in 2021"): its figure is a comparison. A label
// naming the week itself ("Arrests (11-17 Oct 2021)") is read as it
// stands. Decided once the week is known.
func (x *extractor) labelPeriod(text string) (labelRead, bool) {
	if x.ret.Operation == "" || x.pure(text) {
		return labelRead{}, false
	}
	hd := x.headingOf(text)
	if !hd.dated() || x.periodOf(hd) != periodOther {
		return labelRead{}, false
	}
	hd, _ = x.resolve(hd)
	span := spanText(datedCell{from: hd.from, to: hd.to})
	return labelRead{changer: span, period: true, reason: "it names another period (" + span + ") than this return's week"}, true
}

// periodNoted judges the words a value cell gives after its figure, in
// brackets, after a dash or after a comma, when they name a period as a
// heading does: dates, a week by its number or by the day it ends on, a
// month, a year ("43 (w/e 17/10/2021)", "43 (week 41)", "43 (May)",
// "£5,000, total 2020"). They are read as a heading over the figure or in
// its label is (readHeading, periodOf). The return's own week leaves the
// figure, read alone ("43 (week ending Sunday)" is "43"). Another period
// (another week, a day, a month, a longer stretch, another year) refuses
// it, with a message naming the cell and the words; so does any of them
// while the return's week is not known, as nothing could check them. A
// note with a count of its own beside its dates ("43 (38 w/e
// 10/10/2021)") is the grammar's, and a note of the week in other words
// than a heading's, or a day as what a count runs up to ("43 (as at
// Sunday 17/10/2021)", "43 (up to and including 17/10/2021)"), the
// readers' after it (TestPeriodNoteLaw).
func (x *extractor) periodNoted(g *grid, c candidate, m catalog.Metric) (candidate, bool) {
	v, text, ok := c.words(g)
	if !ok {
		return c, true
	}
	n := figureNote.FindStringSubmatch(text)
	if n == nil {
		return c, true
	}
	fig, note := n[1], strings.TrimSpace(n[2]+n[3]+n[4])
	if val, err := ParseText(fig); (err != nil || val.Num == nil) && !strings.ContainsAny(fig, "0123456789") {
		return c, true // "n/a (w/e 10/10/2021)": no figure
	}
	why, week := x.noteWhen(note)
	if why != "" {
		x.refuse(etl.SevWarning, "unreadable_value", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s: %q: the words %q after its figure say it is %s; not loaded", m.Label, strings.TrimSpace(v.Text), note, why)
		return c, false
	}
	if week {
		c.text = fig
	}
	return c, true
}

// noteWhen judges a note's words of when a figure is for, as periodNoted
// tells: why they refuse it ("" for not), and whether they name the
// return's own week and nothing else of it (the figure is read alone).
// Said of a note after a figure in its cell, and of a note beside it in
// a notes column (noteBeside).
func (x *extractor) noteWhen(note string) (why string, week bool) {
	hd := x.headingOf(note)
	several := hd.longer && severalPeriods(note, strings.Fields(catalog.Normalize(note))) != "" // "weeks 41-42", "Oct/Nov"
	day := !hd.dated() && dayNote.MatchString(note)                                             // "Tues 12/10", "12/10"
	other := !hd.dated() && hd.period == periodOther && x.pure(note)                            // "last week", "previous week"
	if !hd.dated() && !hd.unread && !several && !day && !other || countInNote(note) && !several && !day || hd.period == periodOther && hd.word != "" && hd.weekNo > 0 {
		// "43 (last week 38)": 38 may be last week's figure, not a week
		return "", false
	}
	refuse := func(why string) (string, bool) { return why, false }
	if _, ok := x.cat.Operation(x.ret.Operation); !ok {
		return refuse("for a date or week, and this return's week is not known, so nothing checks it is the week's")
	}
	p := x.periodOf(hd)
	switch {
	case day:
		// a day and a month with no year: one day's figure, or a
		// number over another (a share, a fraction): never the week's
		return refuse("for one day (" + note + "), or a number over another, not the week's figure")
	case x.provisional(note):
		// "43 (w/e 17/10/2021 TBC)": the week's, and not final
		return refuse("not final yet: they are loaded when the force sends the final figures")
	case (hd.oneDay() || hd.unread) && x.rd.DayBound(note, x.week()):
		// "up to and including 17/10/2021", "as of 17th October": a day
		// a count runs up to, the phrase reader's to judge; a day
		// before the week's last ("as at 14/10/2021") counts a part of
		// the week
		if r, ok := x.resolve(hd); ok && hd.oneDay() && r.to.Before(x.weekEnd()) && !r.to.Before(x.weekStart()) {
			return refuse("counted up to " + spanText(datedCell{from: r.to, to: r.to}) + ", a part of the week, not the whole of it")
		}
		return "", false
	case p == periodOther:
		return refuse(x.otherPeriod(hd))
	case x.headingScope(note) != "":
		// "43 (w/e 17/10/2021, Medway)", "43 (w/e 17/10/2021 - Essex)":
		// the week's, and whose the words say, as a heading would
		return refuse("the week's figure of others than the force as a whole: " + x.headingScope(note))
	case !x.pure(note):
		return "", false // "as at Sunday 17/10/2021": the readers' words
	case hd.oneDay():
		hd, _ = x.resolve(hd)
		return refuse("for one day (" + spanText(datedCell{from: hd.from, to: hd.to}) + "), not the week")
	case hd.month && !opCode.MatchString(note):
		// "43 (October)", "43 (Oct 2021)": the month's figure, or the
		// week's? A heading may title the week so; a note is refused.
		// The operation's code ("2021-10") names the week.
		return refuse(x.monthWhy(hd))
	case p == periodThis:
		// the return's own week: the figure alone, when the note says
		// nothing else of it and holds the whole week. A heading over
		// a column may name most of the week ("w/e 13/05/2019" over a
		// Monday-to-Monday week); a note of one figure that leaves days
		// out ("43 (11-14 Oct)", "43 (10/10/2021 - 16/10/2021)") is a
		// part of the week's count. "43 (national w/e 17/10/2021)" is
		// the nation's.
		if w := x.scopeWord(note); w != "" {
			return refuse(fmt.Sprintf("a wider area's or shared with others (%q), not the force's own", w))
		}
		if hd, _ = x.resolve(hd); x.daysOfWeek(hd) < x.weekDays() {
			return refuse("for " + spanText(datedCell{from: hd.from, to: hd.to}) + ", a part of the week, not the whole of it")
		}
		return "", true
	}
	return "", false
}

// weekStart and weekEnd are the return's week's first and last days (the
// zero time while the week is not known).
func (x *extractor) weekStart() time.Time {
	op, _ := x.cat.Operation(x.ret.Operation)
	return op.Starts
}
func (x *extractor) weekEnd() time.Time { op, _ := x.cat.Operation(x.ret.Operation); return op.Ends }

// weekDays is how many days of the return's week a note must hold to be
// the week's: seven, or all of them in a shorter week.
func (x *extractor) weekDays() int {
	op, _ := x.cat.Operation(x.ret.Operation)
	return min(7, days(op.Starts, op.Ends))
}

// daysOfWeek is how many days of the return's week the heading's dates
// hold.
func (x *extractor) daysOfWeek(hd heading) int {
	op, _ := x.cat.Operation(x.ret.Operation)
	return daysHeld(hd, op)
}

// daysHeld is how many days of the operation's the heading's dates hold.
func daysHeld(h heading, op catalog.Operation) int {
	from, to := h.from, h.to
	if from.Before(op.Starts) {
		from = op.Starts
	}
	if to.After(op.Ends) {
		to = op.Ends
	}
	if to.Before(from) {
		return 0
	}
	return days(from, to)
}

// days is how many days from..to holds, both counted.
func days(from, to time.Time) int { return int(math.Round(to.Sub(from).Hours()/24)) + 1 }

// dayNote is a note of one day by its day and month alone, perhaps after
// its weekday: "12/10", "Tues 12/10", "on Wed 13.10".
var dayNote = regexp.MustCompile(`(?i)^(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:[0-2]?[1-9]|[123]0|31)[/.](?:0?[1-9]|1[0-2])$`)

// figureNote is a figure and a note after it: in brackets ("43 (w/e
// 17/10/2021)", "43 [May]"), after a dash ("43 - week 41") or after a
// comma ("£5,000, total 2020").
var figureNote = regexp.MustCompile(`^\s*(.*?\S)\s*(?:[(\[]\s*([^()\[\]]*?)\s*[)\]]|\s[-–—]+\s*([^()\[\]]+?)|,\s+([^()\[\]]+?))\s*\.?\s*$`)

// countInNote reports a number in a note that is no part of a date, a
// year or a week's number: a count of its own ("38 w/e 10/10/2021", "5
// on 12/10/2021"). A day of the month is one only beside a month's name.
func countInNote(note string) bool {
	named := weekOrMonth.MatchString(weekNumber.ReplaceAllString(note, " "))
	for _, t := range noteNumber.FindAllString(weekNumber.ReplaceAllString(note, " "), -1) {
		digits := strings.TrimRight(t, "stndrh")
		switch n, err := strconv.Atoi(digits); {
		case err != nil, strings.HasPrefix(t, "'"): // "10/10/2021", "2020/21", "'21"
		case len(digits) == 4 && n >= 1990 && n <= 2099:
		case named && n >= 1 && n <= 31:
		default:
			return true
		}
	}
	return false
}

// noteNumber is a number as a note writes it: "38", "10/10/2021", "17th", "'21".
var noteNumber = regexp.MustCompile(`(?i)'?\d+(?:[/.\-–]\d+)*(?:st|nd|rd|th)?`)

// says is why a label with a changer is not this week's plain figure.
func (r labelRead) says() string {
	if r.period {
		return "it names another period, " + r.changer + ", not this return's week"
	}
	return fmt.Sprintf("it says %q", r.changer)
}

// matchLabel maps label text to a metric (and an item for labels such as
// "Kitchen knives seized"). lastParent is the most recent parent metric
// above, for "of which" lines. A refusal says why a label that reads as a
// metric's is not read (it could mean two metrics, say).
func (x *extractor) matchLabel(text, lastParent string) (labelMatch, bool, *refusal) {
	r := x.readLabel(text, lastParent)
	return r.lm, r.ok, r.why
}

func (x *extractor) readLabelUncached(text, parent string) labelRead {
	text = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text), ":"))
	if text == "" || x.pure(text) || isUnitWord(text) {
		// "Last week", "11/10/2021 - 17/10/2021": a heading; "wraps",
		// "deals", "£": a unit cell beside the figure. Never a label.
		return labelRead{}
	}
	if rest, ok := childForm(text); ok {
		return x.readChild(text, rest, parent)
	}
	if w := x.vocab().notFinal(text); w != "" {
		// "Arrests (nearly complete)": not final, never "less than" (the
		// grammar would read "nearly" as a hedge; review26 R1)
		return labelRead{changer: w, reason: fmt.Sprintf("it says its figures are not final yet (%q): they are loaded when the force sends the final figures", w)}
	}
	l := x.rd.Label(text, phrase.Context{})
	if l.Changer != "" {
		return x.notRead(l, text)
	}
	if r, ok := x.metricAndItem(text); ok {
		return r
	}
	if rest, ok := withoutRestating(text); ok {
		// "Warrants executed this week", "Stop and searches during IW":
		// words that only say this week again change nothing.
		return x.readLabel(rest, parent)
	}
	if ms := x.cat.MatchMetric(x.sense(text).text); len(ms) == 1 {
		// A name the catalogue gives the metric ("Other assets seized",
		// "Mobile phones"), taken before the grammar's reading of its
		// words ("Other" alone is an item).
		lm := x.fromLabel(l, text)
		lm.metric, lm.item = ms[0], ""
		return labelRead{lm: lm, ok: true}
	}
	if w, why := x.labelScope(text); w != "" {
		// "Weapons seized (regional total)", "Weapons to be seized"
		return labelRead{changer: w, reason: why}
	}
	unknown := x.rd.Unknown(text)
	if l.OK && len(unknown) == 0 {
		if ms := x.coordinated(text); len(ms) > 1 {
			return labelRead{why: &refusal{"ambiguous_label", "names " + strings.Join(ms, " and ") + ": one figure for both, or which?"}, reason: "it names " + strings.Join(ms, " and ")}
		}
		if aside, ok := x.narrowingAside(text, l); ok {
			return labelRead{why: &refusal{"ambiguous_label", "says " + strconv.Quote(aside) + " in brackets: a part of " + l.Metric + ", or all of it?"}, reason: "it says " + strconv.Quote(aside) + " in brackets"}
		}
		return labelRead{lm: x.fromLabel(l, text), ok: true}
	}
	// Only a label with words the grammar does not know is read a
	// language at a time: one it read whole and refused ("Lines
	// closed/disrupted": either measure) is not read by its halves.
	if len(unknown) > 0 || len(l.Unknown) > 0 {
		if r, ok := x.bilingual(text); ok {
			return r
		}
	}
	if signless := x.sense(text).text; signless != text && x.sense(signless).text == signless {
		// "Other assets seized in dollars": the signs are read apart.
		if r := x.readLabel(signless, parent); r.ok || r.why != nil {
			return r
		}
	}
	if u := unheldUnit(text); u != "" {
		// "Cannabis oil (ml)": a unit, not a word nobody taught us.
		return labelRead{reason: fmt.Sprintf("its unit %q is not one we hold (g, kg, mg, oz, lb, wraps, plants, tablets, £, €)", u)}
	}
	if l.OK {
		return labelRead{reason: notKnown(unknown)}
	}
	if len(l.Unknown) > 0 && l.Changer == "" {
		// "Arests made", "Moblie phones seized": a slip of the keyboard
		// that can mean one word only.
		if mended, ok := x.rd.Spell(text); ok {
			if ml := x.rd.Label(mended, phrase.Context{}); ml.OK {
				return labelRead{lm: x.fromLabel(ml, mended), ok: true}
			}
		}
	}
	return x.notRead(l, text)
}

// labelSeps part a label into its metric and its item: "Drugs seized -
// Heroin", "Other assets seized: Watches".
var labelSeps = []string{" - ", " – ", " — ", ": ", " -- "}

// metricAndItem reads "Other assets seized - Jewellery" or "Weapons
// seized: other" as a metric of items and one of its items: the left part
// names the metric (with no item, or the kind's "other" item), the right
// part, read under it as a heading, one item of its kind. The grammar
// reading the label whole may take the two item words as several items
// and give the metric's total: a wrong figure.
func (x *extractor) metricAndItem(text string) (labelRead, bool) {
	for _, sep := range labelSeps {
		a, b, found := strings.Cut(text, sep)
		if !found || strings.TrimSpace(b) == "" || isUnitWord(b) {
			continue
		}
		ra := x.readLabel(a, "")
		m := ra.lm.metric
		if !ra.ok || m.ItemKind == "" || ra.lm.item != "" && !x.otherItem(ra.lm.item) {
			continue
		}
		rb := x.readItemLabel(b, m.Label)
		switch {
		case rb.changer != "":
			return rb, true
		case !rb.ok || rb.lm.metric.Code != m.Code || rb.lm.item == "":
			continue
		}
		lm := rb.lm
		if lm.unit == "" {
			lm.unit, lm.factor = ra.lm.unit, ra.lm.factor
		}
		if lm.hedge == "" {
			lm.hedge = ra.lm.hedge
		}
		return labelRead{lm: lm, ok: true}, true
	}
	return labelRead{}, false
}

// otherItem reports whether an item is its kind's "other" item ("Other
// weapons"), which a more exact item named beside it replaces.
func (x *extractor) otherItem(code string) bool {
	it, ok := x.cat.Item(code)
	if !ok {
		return false
	}
	for _, s := range append([]string{it.Label}, it.Synonyms...) {
		if catalog.Normalize(s) == "other" {
			return true
		}
	}
	return false
}

// asides are the bracketed words of a label.
var asides = regexp.MustCompile(`\(([^()]*)\)`)

// partOf opens an aside naming a part of the figure.
var partOf = regexp.MustCompile(`(?i)^\s*of (which|whom|those|these)\b`)

// narrowingAside finds words in brackets that would change what a label
// names were they not in brackets: "Weapons seized (knives)", "Arrests
// (of which female)", "Safeguarded (children)". The grammar reads a
// bracket as an aside, as it is in a sentence ("43 arrests (7 under
// 18)"); in a label it may say which part the figure is, so a label whose
// reading changes with its brackets taken away is not read. A bracket
// giving a unit, a scale or a hedge ("(g)", "(£000s)", "(approx.)") reads
// the same either way.
func (x *extractor) narrowingAside(text string, l phrase.Label) (string, bool) {
	m := asides.FindStringSubmatch(text)
	if m == nil || len(x.cat.MatchItem("", text)) == 1 {
		return "", false // an item's name in the catalogue: "Class A (unspecified)"
	}
	if partOf.MatchString(m[1]) {
		return strings.TrimSpace(m[1]), true // "Arrests (of which female)": the part, or the whole?
	}
	flat := x.rd.Label(asides.ReplaceAllString(text, " $1 "), phrase.Context{})
	if flat.OK && flat.Metric == l.Metric && flat.Item == l.Item {
		return "", false
	}
	return strings.TrimSpace(m[1]), true
}

// coordinators join two things a label may name.
var coordinators = regexp.MustCompile(`(?i)\s+(?:and|or|plus|&)\s+`)

// coordinated lists what the parts of a label joined by "and" or "or"
// name each on its own, when they name two or more metrics, or two items
// of one: "Arrested and charged", "Lines closed and phones seized",
// "Crack and heroin wraps" are not one figure of the catalogue, whatever
// the grammar makes of the whole (it read the last as all drugs). An
// item's own catalogue name ("Bats and batons") is one item.
func (x *extractor) coordinated(text string) []string {
	parts := coordinators.Split(text, -1)
	if len(parts) < 2 || len(x.cat.MatchItem("", text)) == 1 {
		return nil
	}
	var named []string
	metrics, items := map[string]bool{}, map[string]bool{}
	for _, p := range parts {
		l := x.rd.Label(p, phrase.Context{})
		if !l.OK {
			continue
		}
		name := l.Metric
		if l.Item != "" {
			name += "/" + l.Item
			items[name] = true
		}
		metrics[l.Metric] = true
		if !slices.Contains(named, name) {
			named = append(named, name)
		}
	}
	if len(metrics) > 1 || len(items) > 1 {
		return named
	}
	return nil
}

// notRead says why a label was not read as any metric. A label with a
// word of proportion or average anywhere in it ("positive outcome rate")
// is not a count.
func (x *extractor) notRead(l phrase.Label, text string) labelRead {
	switch {
	case l.Changer != "":
		r := labelRead{changer: l.Changer, reason: l.Why}
		// The message names the word that makes it no count: "rate" in
		// "Stop searches - positive outcome rate", not "positive".
		if strings.Contains(text, "%") {
			r.changer, r.notCount = "%", true
		} else if w := findPhrase(strings.Fields(catalog.Normalize(text)), notCountWords); w != "" {
			r.changer, r.notCount = w, true
		}
		return r
	case len(l.Ambiguous) > 1:
		return labelRead{why: &refusal{"ambiguous_label", "could mean " + strings.Join(l.Ambiguous, " or ")}, reason: l.Why}
	}
	return labelRead{reason: l.Why}
}

// fromLabel turns the grammar's reading of a label into a match. A label
// holding the metric's own catalogue name names all its items, even when
// the name's words name an item too: "Other assets seized - value" is
// assets seized, not the item "Other assets".
func (x *extractor) fromLabel(l phrase.Label, text string) labelMatch {
	m, _ := x.cat.Metric(l.Metric)
	lm := labelMatch{metric: m, item: l.Item, hedge: l.Qualifier}
	if it, ok := x.cat.Item(l.Item); ok && m.ItemKind != "" {
		name := " " + catalog.Normalize(m.Label) + " "
		if strings.Contains(" "+catalog.Normalize(text)+" ", name) {
			for _, syn := range append([]string{it.Label}, it.Synonyms...) {
				if strings.Contains(name, " "+catalog.Normalize(syn)+" ") {
					lm.item = ""
					break
				}
			}
		}
	}
	switch {
	case money(l.Unit):
		lm.unit = l.Unit // its scale ("£000s") is read with the label's signs
	case l.Unit != "":
		lm.unit, lm.factor = l.Unit, l.Scale
	}
	return lm
}

// bilingual reads "Arestiadau / Arrests" a language at a time: the label
// is read when its parts name one metric (and item) and none of them says
// a word that changes the meaning.
func (x *extractor) bilingual(text string) (labelRead, bool) {
	parts := bilingualSeps.Split(text, -1)
	if len(parts) < 2 {
		return labelRead{}, false
	}
	var found []labelMatch
	for _, p := range parts {
		l := x.rd.Label(p, phrase.Context{})
		if l.Changer != "" {
			return x.notRead(l, p), true
		}
		if !l.OK {
			continue
		}
		lm := x.fromLabel(l, p)
		dup := false
		for _, f := range found {
			dup = dup || f.metric.Code == lm.metric.Code && f.item == lm.item
		}
		if !dup {
			found = append(found, lm)
		}
	}
	switch len(found) {
	case 0:
		return labelRead{}, false
	case 1:
		return labelRead{lm: found[0], ok: true}, true
	}
	var cs []string
	for _, f := range found {
		if f.item != "" {
			cs = append(cs, f.metric.Code+"/"+f.item)
		} else {
			cs = append(cs, f.metric.Code)
		}
	}
	return labelRead{why: &refusal{"ambiguous_label", "could mean " + strings.Join(cs, " or ")}}, true
}

// groupWords name a group of people and nothing else: a label made only
// of them ("Under 18", "Juveniles", "Adult males") is a part of the figure
// above it, whatever that is.
var groupWords = setOf("under", "over", "aged", "age", "u18", "u18s", "18s", "juvenile", "child", "children", "young",
	"youth", "minor", "adult", "male", "female", "men", "women", "boy", "girl", "people", "person", "year", "old", "plus")

// stopWords carry no meaning for telling a child label.
var stopWords = map[string]bool{"the": true, "of": true, "no": true, "number": true, "total": true, "for": true, "a": true, "in": true, "by": true, "with": true, "to": true, "on": true, "as": true, "part": true}

func words(s string) []string {
	var out []string
	for _, w := range strings.Fields(catalog.Normalize(s)) {
		if !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// childForm reports whether a label names a part of the figure above it
// rather than a figure of its own: "of which ...", "including ...", or
// only words for a group of people. rest is the label without its "of
// which".
func childForm(text string) (rest string, ok bool) {
	rest = text
	if loc := childPrefix.FindStringIndex(strings.ToLower(text)); loc != nil {
		rest, ok = strings.TrimSpace(text[loc[1]:]), true
	}
	ws := words(rest)
	if len(ws) == 0 {
		return rest, false
	}
	group := false
	for _, w := range ws {
		switch {
		case groupWords[w]:
			group = true
		case strings.Trim(w, "0123456789") != "":
			return rest, ok
		}
	}
	return rest, ok || group
}

// readChild reads a child label as a part of the parent metric above it
// in the same block: "Under 18" under Arrests is arrests under 18, under
// safeguarding it is safeguarded juveniles. The grammar reads the label
// with the parent as its heading; a reading that is not a part of that
// parent, or no parent above, is refused, never guessed.
func (x *extractor) readChild(text, rest, parent string) labelRead {
	if parent == "" {
		return labelRead{why: &refusal{"child_without_parent", "is a part of another figure, but there is none above it in its block"}}
	}
	p, _ := x.cat.Metric(parent)
	var l phrase.Label
	for _, t := range []string{text, rest} {
		if l = x.rd.Label(t, phrase.Context{Heading: p.Label}); l.OK || l.Changer != "" {
			break
		}
	}
	switch {
	case l.Changer != "":
		return x.notRead(l, text)
	case l.OK:
		if m, _ := x.cat.Metric(l.Metric); m.Parent == parent {
			return labelRead{lm: x.fromLabel(l, text), ok: true}
		}
		if lm := x.fromLabel(l, text); l.Metric == parent && lm.item != "" {
			// "of which heroin" under "Class A │ 76" or "Drugs seized │
			// 500g": an item of the itemised metric above, a part of its
			// row (breakdowns decides what it is a part of).
			return labelRead{lm: lm, ok: true}
		}
	case len(l.Ambiguous) > 1:
		return labelRead{why: &refusal{"ambiguous_label", "under " + p.Label + " could mean " + strings.Join(l.Ambiguous, " or ")}}
	}
	return labelRead{why: &refusal{"child_without_parent", "is a part of another figure, but " + p.Label + " above it has no such part"}}
}

// matchItem finds the item a label names: within the section's kind when
// there is one (the grammar reads it under the section's metric: "Other"
// under Weapons seized), else across all kinds when only one kind has it
// ("Heroin").
func (x *extractor) matchItem(text, sectionKind string) (kind, item string, ok bool) {
	heading := ""
	if sectionKind != "" {
		m, found := x.cat.MetricForKind(sectionKind)
		if !found {
			return "", "", false
		}
		heading = m.Label
	}
	r := x.readItemLabel(text, heading)
	if !r.ok || r.lm.item == "" || sectionKind != "" && r.lm.metric.ItemKind != sectionKind {
		return "", "", false
	}
	return r.lm.metric.ItemKind, r.lm.item, true
}

// readItemLabel reads a label under an itemised section's heading
// (remembered by heading and text).
func (x *extractor) readItemLabel(text, heading string) labelRead {
	if heading == "" {
		return x.readLabel(text, "")
	}
	text = x.rd.Unnumbered(text)
	key := "\x01" + heading + "\x00" + text
	if r, ok := x.labels[key]; ok {
		return r
	}
	text = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text), ":"))
	var r labelRead
	if l := x.rd.Label(text, phrase.Context{Heading: heading}); l.OK {
		r = labelRead{lm: x.fromLabel(l, text), ok: true}
	} else if br, ok := x.bilingual(text); ok {
		r = br
	} else {
		r = x.notRead(l, text)
	}
	r = x.includesOther(text, r)
	x.labels[key] = r
	return r
}

// including finds "incl. machetes", "(inc. replica)", "including
// imitation firearms" after a label's first words: what follows says what
// else the figure holds.
var including = regexp.MustCompile(`(?i)\S[\s(,]+(incl\.?|inc\.?|including|includes|inclusive of)\s+([^()]+)`)

// includesOther refuses a label read as one item (or a sum of money)
// whose figure says it includes something else: "Knives (incl.
// machetes)", "Firearms (inc. replica)", "Cocaine (incl. crack)", "Cash
// seized (inc. euros)". The figure is a mixture of two items, or of two
// currencies: loaded as the first item it is wrong, and beside a row of
// the other item it counts that one twice. A label naming the metric's
// total ("Weapons (incl. imitation firearms)") says only what the total
// holds, and one naming its own item again ("Cannabis (incl. skunk)") is
// that item.
func (x *extractor) includesOther(text string, r labelRead) labelRead {
	if !r.ok {
		return r
	}
	m := including.FindStringSubmatch(text)
	if m == nil {
		return r
	}
	what := strings.TrimSpace(strings.TrimRight(m[2], " ).,;"))
	refuse := func(why string) labelRead {
		says := fmt.Sprintf("says %q: %s, so the figure is a mixture; give each on its own row", m[1]+" "+what, why)
		return labelRead{why: &refusal{"ambiguous_label", says}, reason: "it " + says}
	}
	if r.lm.item == "" {
		if money(etl.Unit(r.lm.metric.Unit)) || money(r.lm.unit) {
			if ls := x.sense(what); ls.unit != "" || ls.foreign != "" || strings.Contains(strings.ToLower(what), "currenc") {
				return refuse("pounds and euros are kept apart")
			}
		}
		return r
	}
	o := x.readItemLabel(what, r.lm.metric.Label)
	if o.ok && o.lm.item == r.lm.item {
		return r
	}
	if o.ok && o.lm.item != "" {
		if it, ok := x.cat.Item(o.lm.item); ok {
			return refuse(it.Label + " is an item of its own")
		}
	}
	own := r.lm.item
	if it, ok := x.cat.Item(own); ok {
		own = it.Label
	}
	return refuse("it may hold something other than " + own)
}

// isLabel reports whether text names a metric or an item.
func (x *extractor) isLabel(text string) bool {
	return x.readLabel(text, "").ok
}

// notKnown says which words of a label the grammar does not know.
func notKnown(ws []phrase.Word) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = strconv.Quote(w.Text)
	}
	if len(q) == 1 {
		return "the word " + q[0] + " is not known"
	}
	return "the words " + strings.Join(q, ", ") + " are not known"
}

// whyNot says in words why a label was not read.
func whyNot(r labelRead) string {
	switch {
	case r.reason != "":
		return r.reason
	case r.why != nil:
		return r.why.text
	}
	return "no metric of the catalogue fits these words"
}

// unheldRe is a unit of volume or length, in brackets or after a word:
// "(ml)", "(litres)", "(cm)". The catalogue counts no figure in them.
var unheldRe = regexp.MustCompile(`(?i)\(\s*(ml|mls|millilit(?:re|er)s?|cl|l|lit(?:re|er)s?|fl\.? ?oz|cc|mm|cm|met(?:re|er)s?)\s*\)`)

// unheldUnit returns a unit a label names that we do not hold, as
// written, or "".
func unheldUnit(text string) string {
	if m := unheldRe.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

// scopeWords in a label say its figure is a wider area's than the
// force's, or shared with others: "Weapons seized (regional total)",
// "Weapons seized by partners", "Joint arrests", "with mutual aid"
// (another force's officers took part). The grammar reads them
// as words that only describe (a national week, partner agencies) and
// passes over them; beside a figure they change whose it is.
var scopeWords = regexp.MustCompile(`(?i)\b(?:` + scopeList + `)\b`)

// scopeList is the alternatives of scopeWords.
const scopeList = `regional(?:ly)?|region(?:[- ]?wide)?|national(?:ly)?|nation[- ]?wide|joint(?:ly)?|partners?|partnership|all forces|(?:an)?other forces?|multi[- ]?force|combined|mutual[- ]aid`

// valueScopeWords are scopeWords and, said of a figure in a value cell,
// words that say it is shared with other agencies ("43 (multi-agency)",
// "5 knives - multi agency", "43 (shared)", "43 - cross-border",
// "pooled", "aggregated"). In a label they may say only how the
// force did what its metric counts ("Multi-agency visits"), and are
// left to the label reader.
var valueScopeWords = regexp.MustCompile(`(?i)\b(?:` + scopeList + `|multi[- ]?agency|cross[- ]?border|shared|pooled|aggregated)\b`)

// scopeWhy says why a scope word refuses a figure, of the word.
const scopeWhy = "%q says its figure is a wider area's or shared with others, not the force's own"

// labelScope is the word of a label that says its figure is not the
// force's own week's count, and why: a word of scopeWords, or words
// saying it is still to be done ("Weapons to be seized", "Planned
// warrants": phrase.NotDoneIn).
func (x *extractor) labelScope(text string) (string, string) {
	if w := x.scopeWord(text); w != "" {
		return w, fmt.Sprintf(scopeWhy, w)
	}
	if w := phrase.NotDoneIn(text); w != "" {
		return w, fmt.Sprintf("%q says what it counts is not done yet (meant, expected or still to come)", w)
	}
	return "", ""
}

// scopeWord is the first word of scopeWords in text outside the
// catalogue's own names (withoutScopedNames), or "": said of a label
// (labelScope) and of a heading's words.
func (x *extractor) scopeWord(text string) string {
	return scopeWords.FindString(x.withoutScopedNames(scopeWords, text))
}

// valueScopeWord is scopeWord of a value cell's words (readCell,
// readSentence), with valueScopeWords.
func (x *extractor) valueScopeWord(text string) string {
	return valueScopeWords.FindString(x.withoutScopedNames(valueScopeWords, text))
}

// withoutScopedNames is text, lower-cased, with the catalogue's own names
// and words that hold a scope word and more blanked out: "Referrals to
// the National Referral Mechanism" names the nrm_referrals metric, not a
// national figure (review16 R8); "cross border", a modifier of out of
// area stop searches, is the scope word alone and stays ("43 -
// cross-border").
func (x *extractor) withoutScopedNames(scope *regexp.Regexp, text string) string {
	t := strings.ToLower(text)
	if !scope.MatchString(t) {
		return t
	}
	t = strings.ReplaceAll(t, "-", " ") // "the multi-agency safeguarding hub"
	for _, m := range x.cat.Metrics {
		for _, list := range [][]string{{m.Label}, m.Synonyms, m.Objects, m.Modifiers} {
			for _, w := range list {
				if w = strings.ToLower(w); scope.MatchString(w) && strings.TrimSpace(scope.ReplaceAllString(w, "")) != "" {
					// a name that holds more than the scope word; not a
					// modifier that is the word alone ("cross border")
					t = strings.ReplaceAll(t, w, " ")
				}
			}
		}
	}
	return t
}
