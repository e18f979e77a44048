package phrase

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

// Release is what a force's press release says, for a draft return: the
// force and week it is about, and its figures, each with the sentence it
// came from.
type Release struct {
	Force       string   // force code: the force named first; "" if none
	OtherForces []string // other forces the text names
	Operation   string   // the operation whose week the text's dates give; "" if none or several
	Facts       []ReleaseFact
	Unplaced    []ReleaseNote // figures it could not read, and figures that disagree
}

// ReleaseFact is a fact with the sentence it was read from.
type ReleaseFact struct {
	Fact
	Sentence string
	Times    int // how often the release gives it: "35 stop and searches" twice is one figure
}

// ReleaseNote is a figure of the release that is not in the draft.
type ReleaseNote struct {
	Sentence, Why string
	// Scoped: the figure was read in full (Reading.Scoped), and Why says
	// what as and whose it is; it is not the force's for the week
	Scoped bool
}

// Release reads a press release.
func (r *Reader) Release(text string) Release { return r.ReleaseOf(text, "") }

// ReleaseOf reads a press release as the text of the force given (its
// code; "" for the force it names first): "Essex Police made 12 arrests"
// in a release drafted for Kent is Essex's figure, not Kent's.
func (r *Reader) ReleaseOf(text, force string) Release { return r.ReleaseIn(text, force, "") }

// ReleaseIn reads a press release as ReleaseOf does, of the operation
// given (its code; "" for the one whose dates the text gives): its
// week is what the release's dates are judged against ("On 3 October"
// in a release of 11-17 October is another period's).
func (r *Reader) ReleaseIn(text, force, operation string) Release {
	var out Release
	var forces []catalog.Force
	for _, f := range r.cat.ForcesIn(text) {
		// Named as written, with its capitals: "staff" is not Staffs.
		if firstIndexCase(text, f.Name, f.Aliases) < len(text) {
			forces = append(forces, f)
		}
	}
	sort.SliceStable(forces, func(i, j int) bool {
		return firstIndex(text, forces[i].Name, forces[i].Aliases) < firstIndex(text, forces[j].Name, forces[j].Aliases)
	})
	for i, f := range forces {
		switch {
		case force != "" && f.Code == force:
		case force == "" && i == 0:
			out.Force = f.Code
		default:
			out.OtherForces = append(out.OtherForces, f.Code)
		}
	}
	if force != "" {
		out.Force = force
	}
	out.Operation = r.operationIn(text)
	if operation != "" {
		out.Operation = operation
	}
	// the figures are the force's named first: a place that is not its
	// whole area, or another force, makes a figure not its week's
	// and a date outside the week it gives is another period's
	ctx := Context{Force: out.Force, Week: r.weekOf(out.Operation), release: true}
	rd := r.Read(text, ctx)
	type what struct {
		metric, item string
		unit         etl.Unit
	}
	disagree := map[what]string{} // the figures given that cannot all be the week's
	for _, f := range rd.Facts {
		sent := r.readFrom(text, f, ctx)
		key := what{f.Metric, f.Item, f.Unit}
		if first, ok := disagree[key]; ok {
			out.Unplaced = append(out.Unplaced, ReleaseNote{Sentence: sent,
				Why: fmt.Sprintf("gives %s as %s, but an earlier sentence gives %s: which is the week's the words do not say; neither is drafted", f.Metric+itemSuffix(f.Item), valueText(f), first)})
			continue
		}
		if f.Value == nil && r.addsMoreAt(text, f.Start, rd) {
			// "Officers seized 5 knives. Officers also seized more
			// knives": a later sentence that adds things of the same
			// kind with no number says the earlier figure, in any unit,
			// and the total of all items of their metric, are not the
			// week's whole, and the whole is not said (review28 W4, W6)
			out.undraft(func(o ReleaseFact) string {
				// the kind's total too: "Officers seized 14 weapons.
				// Officers also seized knives." (review28 W6)
				if o.Metric != f.Metric || o.Item != f.Item && o.Item != "" || o.Value == nil || sent == o.Sentence {
					return ""
				}
				return fmt.Sprintf("but a later sentence adds more with no number (%q): the week's whole the words do not say; not drafted", sent)
			})
		}
		if f.Value != nil && r.addsMore(sent) && r.namedBefore(out.Facts, f, sent) {
			// "Officers seized cocaine. Officers also seized 5 wraps":
			// more of a thing named before with no number, in any
			// unit, counts only some of it (closing28 D4); the thing
			// named stays drafted with no number, as in its own unit
			out.Unplaced = append(out.Unplaced, ReleaseNote{Sentence: sent,
				Why: fmt.Sprintf("gives %s as %s, more of what an earlier sentence names with no number: the week's whole the words do not say; not drafted", f.Metric+itemSuffix(f.Item), valueText(f))})
			continue
		}
		dup := false
		for i := range out.Facts {
			o := &out.Facts[i]
			if o.Metric != f.Metric || o.Item != f.Item || o.Unit != f.Unit {
				continue
			}
			dup = true
			switch {
			case sameFigure(o.Fact, f):
				o.Times++
				if sent != o.Sentence {
					o.Sentence += " | " + sent
				}
			case o.Value == nil && f.Value != nil && sent != o.Sentence && !r.addsMore(sent):
				// "The week led to the seizure of knives. In total, 7
				// knives were seized": the things named with no number
				// are the ones the later figure counts (LOST by
				// 73cacdb); a later sentence that adds ("Officers also
				// seized 3 knives") counts only some of them, and the
				// first stands
				out.Unplaced = append(out.Unplaced, ReleaseNote{Sentence: o.Sentence,
					Why: fmt.Sprintf("names %s with no number, and a later sentence gives %s; the draft keeps the figure", o.Metric+itemSuffix(o.Item), valueText(f))})
				o.Fact, o.Sentence = f, sent
			case o.Value == nil || f.Value == nil || boundMet(f, o.Fact) || sent == o.Sentence && (articleCount(f) || articleCount(o.Fact)):
				// (a figure beside one named with no number, a bound
				// the earlier figure meets, or one thing counted by its
				// article beside a number of the same sentence, which
				// its reading has let stand: "5 knives, each with a
				// blade": the first stands)
				out.Unplaced = append(out.Unplaced, ReleaseNote{Sentence: sent,
					Why: fmt.Sprintf("gives %s as %s, and an earlier sentence gives %s; the draft keeps the first", f.Metric+itemSuffix(f.Item), valueText(f), valueText(o.Fact))})
			default:
				// "Officers arrested 12 people last week; this week, 150
				// people were arrested" (reread25 P11): two figures that
				// cannot both be the week's; keeping either is a guess.
				// A bound said first and an exact figure after it that
				// meets it are no more one figure ("More than 10 people
				// were arrested. Officers also arrested 12 people": 22 or
				// more; reread26 SERIOUS on 7954a28)
				disagree[key] = valueText(o.Fact)
				out.Unplaced = append(out.Unplaced, ReleaseNote{Sentence: sent,
					Why: fmt.Sprintf("gives %s as %s, but an earlier sentence gives %s: which is the week's the words do not say; neither is drafted", f.Metric+itemSuffix(f.Item), valueText(f), valueText(o.Fact))})
				out.Facts = append(out.Facts[:i], out.Facts[i+1:]...)
			}
			break
		}
		if !dup {
			out.Facts = append(out.Facts, ReleaseFact{Fact: f, Sentence: sent, Times: 1})
		}
	}
	// "Officers seized 5 knives. Officers also seized 3 knives from a
	// car": a later sentence that adds a part of the week's of the
	// same thing (one raid's, one day's, one place's) says the earlier
	// figure is not the week's whole; which whole the words do not
	// say, so it is not drafted (review26 W16)
	for _, sc := range rd.Scoped {
		if sc.Kind != ScopePart && sc.Kind != ScopeDay || sc.Value == nil {
			continue
		}
		sent := sentenceAt(text, sc.Start)
		if !r.addsMoreAt(text, sc.Start, rd) {
			continue
		}
		out.undraft(func(o ReleaseFact) string {
			if o.Metric != sc.Metric || o.Item != sc.Item || o.Unit != sc.Unit || o.Value == nil || o.Start >= sc.Start || sentenceStart(text, o.Start) == sentenceStart(text, sc.Start) {
				return ""
			}
			return fmt.Sprintf("but a later sentence adds %s more of a part of the week (%q): the week's whole the words do not say; not drafted", valueText(sc.Fact), sent)
		})
	}
	// "This was a joint week of action with Essex Police. Officers
	// arrested 12 people.": a sentence with no figure of its own that
	// says the work was joint with another force makes every figure of
	// the release the forces' together, none the force's own (review26
	// R12), as "in a joint operation with Essex Police" does in the
	// figure's sentence
	if len(out.Facts) > 0 {
		if sent, ok := r.jointWithForce(text, out.Force, rd); ok {
			out.undraft(func(ReleaseFact) string {
				return fmt.Sprintf("but the release says the work was joint with another force (%q): the forces' figure together, not the force's own; not drafted", sent)
			})
		}
	}
	for _, m := range rd.Messages {
		out.Unplaced = append(out.Unplaced, ReleaseNote{Sentence: sentenceAt(text, m.Start), Why: m.Text})
	}
	// A figure read in full but of another period, a day, a part of the
	// force, a wider total or a running count is never placed: its
	// message above says why, and this note what it was read as, for the
	// analyst to see.
	for _, s := range rd.Scoped {
		out.Unplaced = append(out.Unplaced, ReleaseNote{Sentence: sentenceAt(text, s.Start), Scoped: true,
			Why: fmt.Sprintf("read as %s %s (%s: %q); not placed", s.Metric+itemSuffix(s.Item), figureOf(s.Fact), s.Kind.Describe(), s.Words)})
	}
	return out
}

// namedBefore reports a drafted figure of an earlier sentence that names
// what f counts, or its kind, with no number ("Officers seized cocaine",
// "Officers seized drugs"), in any unit.
func (r *Reader) namedBefore(facts []ReleaseFact, f Fact, sent string) bool {
	for _, o := range facts {
		if o.Value == nil && o.Metric == f.Metric && (o.Item == f.Item || o.Item == "" || f.Item == "") && o.Sentence != sent {
			return true
		}
	}
	return false
}

// undraft moves every drafted figure that why gives a reason for to the
// unplaced notes, saying what it was and why (why returns "" to keep one).
func (out *Release) undraft(why func(ReleaseFact) string) {
	kept := out.Facts[:0]
	for _, o := range out.Facts {
		reason := why(o)
		if reason == "" {
			kept = append(kept, o)
			continue
		}
		out.Unplaced = append(out.Unplaced, ReleaseNote{Sentence: o.Sentence,
			Why: fmt.Sprintf("gives %s as %s, %s", o.Metric+itemSuffix(o.Item), valueText(o.Fact), reason)})
	}
	out.Facts = kept
}

// jointWithForce reports a sentence of the text that says the work was
// joint ("joint", "jointly"; jointSayings) with a force other than the
// release's, named with its capitals ("Essex Police also took part."):
// with no figure of its own ("This was a joint week of action with
// Essex Police."), or with the week's figures in it ("35
// stop-searches in a joint operation with Merseyside Police": the forces'
// figure together, as the one said elsewhere is). A sentence whose
// figures are all of another period speaks of other work ("Last year's
// joint operation with Essex Police saw 30 arrests.").
func (r *Reader) jointWithForce(text, force string, rd Reading) (string, bool) {
	lower := strings.ToLower(text)
	for _, w := range jointSayings {
		if sent, ok := r.jointBy(text, lower, w, force, rd); ok {
			return sent, true
		}
	}
	return "", false
}

// jointSayings say the work was done with others: "a joint operation",
// "Essex Police also took part" (closing28 D6), "an operation led by
// Essex Police" (reread28 P4).
var jointSayings = []string{"joint", "took part", "take part", "taking part", "participated", "led by"}

// jointBy is jointWithForce for one of its words, w.
func (r *Reader) jointBy(text, lower, w, force string, rd Reading) (string, bool) {
	for from := 0; ; {
		i := strings.Index(lower[from:], w)
		if i < 0 {
			return "", false
		}
		at := from + i
		from = at + len(w)
		if at > 0 && isLetterByte(lower[at-1]) || w != "joint" && from < len(lower) && isLetterByte(lower[from]) {
			continue
		}
		if otherPeriodOnly(rd, sentenceStart(text, at), sentenceStop(text, at)) {
			continue
		}
		sent := sentenceAt(text, at)
		for _, f := range r.cat.ForcesIn(sent) {
			if f.Code != force && firstIndexCase(sent, f.Name, f.Aliases) < len(sent) {
				return sent, true
			}
		}
		if r.unitIn(sent) {
			// "a joint operation with SEROCU" (review28 W9)
			return sent, true
		}
	}
}

// unitIn reports a regional organised crime unit named in sent, which
// counts its own figures: a unit of forces.csv's rocu column or of
// rocu_membership.csv by its name with its capitals ("SEROCU", "ERSOU",
// "Tarian", "ROCU West Midlands"), "ROCU", or "Regional Organised Crime
// Unit" in any letters. A unit's name that is a place's ("London") or
// "National" is no unit's here.
func (r *Reader) unitIn(sent string) bool {
	names := []string{"ROCU", "ROCUs"}
	for _, f := range r.cat.Forces {
		names = append(names, f.ROCU)
	}
	for _, m := range r.cat.Memberships {
		names = append(names, m.ROCU)
	}
	for _, n := range names {
		k := placeKey(tokenize(n))
		if n == "" || strings.EqualFold(n, "national") || r.placeForce[k] != "" || r.regions[k] {
			continue
		}
		if firstIndexCase(sent, n, nil) < len(sent) {
			return true
		}
	}
	lower := strings.ToLower(sent)
	return strings.Contains(lower, "regional organised crime unit") || strings.Contains(lower, "regional organized crime unit")
}

// addsMore reports a sentence that says its figures are more than ones
// given before: "also", "too", "additionally", "in addition", "as well"
// or a words.csv word of meaning addition ("further", "another",
// "more").
func (r *Reader) addsMore(sent string) bool {
	toks := tokenize(sent)
	for i, t := range toks {
		switch {
		case t.is("also", "too", "additionally", "another"), r.lex.all[t.norm].hasMeaning("addition"):
			return true
		case t.is("in") && next(toks, i) == "addition", t.is("as") && next(toks, i) == "well":
			return true
		}
	}
	return false
}

// addsMoreAt reports that the clause of the figure at byte pos of text
// says it is more than ones given before (addsMore's words): the words
// from the clause's edge before the figure (a sign or a coordinator) to
// the one after it, and the clauses before it back to a semicolon while
// they hold no figure of their own ("In addition, officers arrested 3
// people in Medway", "In Medway too, 5 people were arrested"). An adding
// word of another figure's clause ("5 people were arrested and officers
// also closed 2 lines") adds that figure, not this one (review27 W10).
func (r *Reader) addsMoreAt(text string, pos int, rd Reading) bool {
	ss, se := sentenceStart(text, pos), sentenceStop(text, pos)
	toks := tokenize(text[ss:se])
	edge := func(t token) bool {
		return t.kind == tPunct || t.is("and", "but", "while", "whilst", "whereas")
	}
	at := 0 // the figure's token
	for at < len(toks) && ss+toks[at].end <= pos {
		at++
	}
	lo, hi := at, at
	for hi < len(toks) && !edge(toks[hi]) {
		hi++
	}
	for lo > 0 && !edge(toks[lo-1]) {
		lo--
	}
	for lo > 0 && toks[lo-1].text != ";" {
		e := lo - 2
		for e >= 0 && !edge(toks[e]) {
			e--
		}
		if numberIn(rd, ss+toks[e+1].start, ss+toks[lo-1].start) {
			break
		}
		lo = e + 1
	}
	if lo >= len(toks) {
		return false
	}
	return r.addsMore(text[ss+toks[lo].start : ss+toks[min(hi, len(toks)-1)].end])
}

// otherPeriodOnly reports a stretch of text whose figures with a number
// are all of another period: no fact of the week, and a figure of
// another period. Things named with no number are none.
func otherPeriodOnly(rd Reading, from, to int) bool {
	in := func(at int) bool { return at >= from && at < to }
	for _, f := range rd.Facts {
		if f.Value != nil && in(f.Start) {
			return false
		}
	}
	for _, f := range rd.Scoped {
		if f.Value != nil && f.Kind == ScopePeriod && in(f.Start) {
			return true
		}
	}
	return false
}

// numberIn reports a figure with a number that starts in text[from:to]:
// a fact, a scoped figure or a message's. Things named with no number
// are none.
func numberIn(rd Reading, from, to int) bool {
	in := func(at int) bool { return at >= from && at < to }
	for _, f := range rd.Facts {
		if f.Value != nil && in(f.Start) {
			return true
		}
	}
	for _, f := range rd.Scoped {
		if f.Value != nil && in(f.Start) {
			return true
		}
	}
	for _, m := range rd.Messages {
		if m.Value != nil && in(m.Start) {
			return true
		}
	}
	return false
}

// figureOf is a fact's value, qualifier and unit as a note says them:
// "more than 20 people", "£50,272", "named with no number".
func figureOf(f Fact) string {
	if f.Value == nil {
		return "named with no number"
	}
	q := ""
	if f.Qualifier != "" && f.Qualifier != "exact" {
		q = strings.ReplaceAll(string(f.Qualifier), "_", " ") + " "
	}
	switch f.Unit {
	case "gbp":
		return q + "£" + fmtNum(*f.Value)
	case "":
		return q + fmtNum(*f.Value)
	}
	return q + fmtNum(*f.Value) + " " + string(f.Unit)
}

func itemSuffix(item string) string {
	if item == "" {
		return ""
	}
	return "/" + item
}

func sameFigure(a, b Fact) bool {
	if (a.Value == nil) != (b.Value == nil) || a.Qualifier != b.Qualifier {
		return false
	}
	return a.Value == nil || *a.Value == *b.Value
}

// articleCount reports a figure counted by its article alone: "a
// blade", "an address". An article before a number is no count of one:
// "a total of 150 people", "an estimated 150", "a record 30 knives"
// (reread26 P1).
func articleCount(f Fact) bool {
	t := strings.ToLower(f.Text)
	if !strings.HasPrefix(t, "a ") && !strings.HasPrefix(t, "an ") || f.Value == nil || *f.Value != 1 {
		return false
	}
	toks := tokenize(f.Text)
	for i := 1; i < len(toks); i++ {
		if n, ok := readNumber(toks, i, false); ok && !n.article {
			return false
		}
	}
	return true
}

// boundMet reports a figure b that is a bound (or an approximation)
// the exact figure a meets: "more than 10" and 12, "about 12" and 12,
// "fewer than 20" and 12. Two bounds, or two exact figures, meet none.
func boundMet(b, a Fact) bool {
	if a.Value == nil || b.Value == nil || a.Qualifier != etl.Exact {
		return false
	}
	x, y := *a.Value, *b.Value
	switch b.Qualifier {
	case etl.MoreThan:
		return x > y
	case etl.AtLeast:
		return x >= y
	case etl.LessThan:
		return x < y
	case etl.UpTo:
		return x <= y
	case etl.Approximately:
		return math.Abs(x-y) <= 0.1*y
	}
	return false
}

func valueText(f Fact) string {
	if f.Value == nil {
		return "named with no number"
	}
	s := fmtNum(*f.Value)
	if f.Qualifier != "" && f.Qualifier != "exact" {
		s = string(f.Qualifier) + " " + s
	}
	return s
}

func firstIndex(text, name string, aliases []string) int {
	lower := strings.ToLower(text)
	best := len(text)
	for _, n := range append([]string{name}, aliases...) {
		if i := strings.Index(lower, strings.ToLower(n)); i >= 0 && i < best {
			best = i
		}
	}
	return best
}

func firstIndexCase(text, name string, aliases []string) int {
	best := len(text)
	for _, n := range append([]string{name}, aliases...) {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], n)
			if i < 0 {
				break
			}
			i += from
			end := i + len(n)
			if (i == 0 || !isLetterByte(text[i-1])) && (end == len(text) || !isLetterByte(text[end])) {
				if i < best {
					best = i
				}
				break
			}
			from = i + 1
		}
	}
	return best
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// readFrom is the sentence a fact of text was read from, as the draft
// writes it beside the figure for validate to read again: the sentence
// alone when it reads to the fact by itself, else with the sentences
// before it in its line that it needs ("49 vulnerable people were
// engaged ... Of these, 28 were adult males ...": "these" are the 49),
// at most two; the sentence alone when none reads to it (validate then
// judges its words as a note's).
func (r *Reader) readFrom(text string, f Fact, ctx Context) string {
	sent := sentenceAt(text, f.Start)
	start := sentenceStart(text, f.Start)
	for range 3 {
		cand := strings.TrimSpace(text[start:sentenceStop(text, f.Start)])
		if slices.ContainsFunc(r.Read(cand, ctx).Facts, func(g Fact) bool {
			return g.Metric == f.Metric && g.Item == f.Item && g.Unit == f.Unit && g.Qualifier == f.Qualifier &&
				(g.Value == nil) == (f.Value == nil) && (g.Value == nil || *g.Value == *f.Value)
		}) {
			return cand
		}
		if start == 0 || text[start-1] == '\n' {
			break // a sentence is not read with the line before it
		}
		start = sentenceStart(text, start-1)
	}
	return sent
}

// sentenceAt is the sentence (or line) of text around byte pos.
func sentenceAt(text string, pos int) string {
	return strings.TrimSpace(text[sentenceStart(text, pos):sentenceStop(text, pos)])
}

// sentenceStart is where the sentence (or line) of text around byte pos
// starts.
func sentenceStart(text string, pos int) int {
	if pos > len(text) {
		pos = len(text)
	}
	start := 0
	for i := pos - 1; i >= 0; i-- {
		if text[i] == '\n' || (text[i] == '.' || text[i] == '!' || text[i] == '?') && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n') {
			start = i + 1
			break
		}
	}
	return start
}

// sentenceStop is where the sentence (or line) of text around byte pos
// ends.
func sentenceStop(text string, pos int) int {
	if pos > len(text) {
		pos = len(text)
	}
	end := len(text)
	for i := pos; i < len(text); i++ {
		if text[i] == '\n' {
			end = i
			break
		}
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			end = i + 1
			break
		}
	}
	return end
}

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

const dayRe = `(\d{1,2})(?:st|nd|rd|th)?`
const monthRe = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`
const weekdayRe = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?`

var (
	// "11th-17th October", "Monday, 11th to Sunday, 17th October 2021"
	sameMonthRange = regexp.MustCompile(`(?i)\b` + weekdayRe + dayRe + `\s*(?:-|–|—|to|until|and)\s*` + weekdayRe + dayRe + `\s+(?:of\s+)?` + monthRe + `\b(?:,?\s+(\d{4}))?`)
	// "27th February to 5th March 2023"
	twoMonthRange = regexp.MustCompile(`(?i)\b` + weekdayRe + dayRe + `\s+(?:of\s+)?` + monthRe + `\s*(?:-|–|—|to|until|and)\s*` + weekdayRe + dayRe + `\s+(?:of\s+)?` + monthRe + `\b(?:,?\s+(\d{4}))?`)
)

// operationIn finds the operation whose week the text's dates give:
// "11th-17th October" is the one week of the catalogue from 11 to 17
// October. A year, when written, must agree; two different weeks are none.
func (r *Reader) operationIn(text string) string {
	found := map[string]bool{}
	try := func(d1 int, m1 time.Month, d2 int, m2 time.Month, year int) {
		for _, op := range r.cat.Operations {
			if op.Starts.Day() == d1 && op.Starts.Month() == m1 && op.Ends.Day() == d2 && op.Ends.Month() == m2 && (year == 0 || op.Starts.Year() == year) {
				found[op.Code] = true
			}
		}
	}
	for _, m := range sameMonthRange.FindAllStringSubmatch(text, -1) {
		d1, _ := strconv.Atoi(m[1])
		d2, _ := strconv.Atoi(m[2])
		mo := monthNames[strings.ToLower(m[3])]
		y, _ := strconv.Atoi(m[4])
		try(d1, mo, d2, mo, y)
	}
	for _, m := range twoMonthRange.FindAllStringSubmatch(text, -1) {
		d1, _ := strconv.Atoi(m[1])
		d2, _ := strconv.Atoi(m[3])
		y, _ := strconv.Atoi(m[5])
		try(d1, monthNames[strings.ToLower(m[2])], d2, monthNames[strings.ToLower(m[4])], y)
	}
	if len(found) != 1 {
		return ""
	}
	for code := range found {
		return code
	}
	return ""
}

// weekOf is the week of the operation code given; the zero Week if none.
func (r *Reader) weekOf(code string) Week {
	op, ok := r.cat.Operation(code)
	if !ok {
		return Week{}
	}
	return Week{From: op.Starts, To: op.Ends, Names: []string{op.Name}}
}
