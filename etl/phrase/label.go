package phrase

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/countylines/countylines/etl"
)

// scaleHints are what a bracket after a label may say about the values
// beside it: a unit, a scale, or both.
var scaleHints = map[string]struct {
	unit  etl.Unit
	scale float64
}{
	"£": {etl.UnitGBP, 1}, "gbp": {etl.UnitGBP, 1}, "£000": {etl.UnitGBP, 1000}, "£000s": {etl.UnitGBP, 1000},
	"£k": {etl.UnitGBP, 1000}, "£thousand": {etl.UnitGBP, 1000}, "£thousands": {etl.UnitGBP, 1000},
	"£m": {etl.UnitGBP, 1e6}, "£million": {etl.UnitGBP, 1e6}, "£millions": {etl.UnitGBP, 1e6},
	"€": {etl.UnitEUR, 1}, "eur": {etl.UnitEUR, 1}, "€000": {etl.UnitEUR, 1000}, "€000s": {etl.UnitEUR, 1000},
	"000": {"", 1000}, "000s": {"", 1000}, "thousands": {"", 1000},
	"number": {"", 1}, "no": {"", 1}, "count": {"", 1}, "total": {"", 1}, "people": {"", 1},
}

// numbering is a row's number in a list of questions, written before its
// label: "1. Arrests", "2) Cash seized", "(3) Warrants", "3.2. Stop and
// search", "KPI 4: Phones seized", "(ii) Arrests". Not "3.2 Cocaine",
// which may be a quantity with no unit, nor "Q1", which may be the first
// quarter, another period.
var numbering = regexp.MustCompile(`(?i)^\s*(?:\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*[.)]|kpi\s*\d{1,2}\s*[:.)–-]?|\(?[ivx]{1,4}\))\s*[\pL%£€]`)

// Unnumbered is a label without the row number written before it, or
// the label as it stands when it has none, or when what follows the
// number is a unit of weight or count: "3. kg heroin" may be a quantity.
func (r *Reader) Unnumbered(text string) string {
	loc := numbering.FindStringIndex(text)
	if loc == nil {
		return text
	}
	start := loc[1] - 1 // the letter or sign that begins the label
	for start > 0 && text[start]&0xC0 == 0x80 {
		start-- // back to the first byte of a letter written in more than one
	}
	rest := text[start:]
	toks := tokenize(rest)
	if e, _ := r.lex.match(toks, 0); e != nil {
		if s, ok := e.first(rUnit); ok && s.unit != etl.UnitGBP && s.unit != etl.UnitEUR {
			return text
		}
	}
	return rest
}

// Label reads a label or a header: the text beside or above a value in a
// workbook ("Blades recovered", "Heroin (g)", "Cash seized (£000s)",
// "Under 18" under "Arrests"). The context's heading completes a label
// that does not say everything itself, and settles a tie.
func (r *Reader) Label(text string, ctx Context) Label {
	out := Label{Scale: 1}
	toks := tokenize(strings.TrimRight(strings.TrimSpace(text), ":"))
	toks = r.bracketHints(toks, &out)
	// "Cannabis – plants", "Drugs: heroin": the parts of a label read as one.
	kept := toks[:0:0]
	for _, t := range toks {
		if t.kind == tPunct && (t.norm == "–" || t.norm == ":") {
			continue
		}
		kept = append(kept, t)
	}
	toks = kept
	p := &parser{r: r, src: text, toks: toks}
	p.els = r.elements(toks)
	k := 0
	// "of which under 18", "including juveniles": a part of the heading.
	for k < len(p.els) && (p.els[k].kind == eFunc && (p.els[k].fn == "part" || p.els[k].fn == "det") || p.els[k].kind == ePunct) {
		k++
	}
	for _, el := range p.els {
		if el.kind == eAmount {
			out.Unknown = append(out.Unknown, p.text(el))
			out.Why = "a label with a number in it"
			return out
		}
		if el.hasRole(rChanger) || el.hasRole(rPeriod) { // "Arrests last week" is a column of another week
			out.Changer = p.text(el)
			out.Why = out.Changer + " changes what the figure means"
			return out
		}
	}
	if w := p.labelSide(); w != "" {
		out.Changer = w
		out.Why = w + " puts the figure outside the week"
		return out
	}
	m := &mention{el: -1, parent: -1}
	for j := 0; j < k && j < len(p.els); j++ {
		if q := p.hedge(j); q != "" {
			out.Qualifier = q
		}
	}
	p.right(m, k-1, true)
	p.tail(m, len(p.els))
	if len(m.changer) > 0 {
		out.Changer = m.changer[0].words
		out.Why = out.Changer + " changes what the figure means"
		return out
	}
	w := p.ownWords(m)
	// Words after the label's own ("at schools", "on warrant"): each must
	// be one the metric allows (checked below), else the label names a
	// part of it the catalogue has no figure for. Words in brackets are an
	// aside, and words after "and" another figure, for the caller to
	// weigh ("Weapons seized (knives)": the part, or the whole? "Arrested
	// and charged": two metrics).
	var after []int
	for j := max(m.end, k); j < len(p.els) && !(p.els[j].kind == ePunct && p.els[j].fn == "(") && !(p.els[j].kind == eFunc && p.els[j].fn == "coord"); j++ {
		if e, n := r.lex.match(toks, p.els[j].from); n > 1 && onlyHedges(e) {
			// "Sterling recovered in excess of": a hedge with no number.
			for j+1 < len(p.els) && p.els[j+1].from < p.els[j].from+n {
				j++
			}
			continue
		}
		switch el := p.els[j]; {
		case el.kind == eUnknown && months[p.word(j)] && (j > 0 && p.els[j-1].kind == eSkip || j+1 < len(p.els) && p.els[j+1].kind == eSkip):
			// "Arrests (11-17 Oct 2021)": a date, which the caller reads
			// against the return's week; "Arrests (May)" says no year.
		case el.kind == eUnknown:
			w.unknown = dedupe(append(w.unknown, p.text(el)))
		case el.kind == eLex:
			after = append(after, j)
		}
	}
	// The hedge and the value a label states: "Estimated street value of
	// Class A", "Cash recovered (in excess of)".
	for j, el := range p.els {
		if q := p.hedge(j); q != "" && out.Qualifier == "" && el.kind == eFunc {
			out.Qualifier = q
		}
	}
	for _, e := range w.hard {
		if s, ok := e.first(rValue); ok {
			if out.Unit == "" {
				out.Unit = etl.UnitGBP
			}
			if s.meaning != "" && out.Qualifier == "" {
				out.Qualifier = qualifiers[s.meaning]
			}
		}
		if s, ok := e.first(rUnit); ok && out.Unit == "" {
			out.Unit = s.unit
			if s.factor != 1 {
				out.Scale *= s.factor
			}
		}
	}
	if len(w.unknown) > 0 {
		out.Unknown = w.unknown
		out.Why = "the word " + quoteWords(w.unknown) + " is not known"
		if len(w.unknown) > 1 {
			out.Why = "the words " + quoteWords(w.unknown) + " are not known"
		}
		return out
	}
	if len(w.hard) == 0 {
		out.Why = "no known word"
		return out
	}
	var ctxWords []*entry
	if ctx.Heading != "" {
		var changer change
		ctxWords, changer = r.contextWords(ctx.Heading)
		if changer.words != "" {
			out.Changer = changer.words
			out.Why = "the heading's " + changer.words + " changes what the figure means"
			return out
		}
	}
	w.soft = append(w.soft, ctxWords...)
	cands := r.candidates(w)
	if ctx.Heading == "" || len(cands) == 0 || len(cands) > 1 && cands[0].score == cands[1].score {
		// A label the catalogue lists by name ("Juveniles", "Adult males").
		if ms := r.cat.MatchMetric(text); len(ms) == 1 && ctx.Heading == "" {
			out.OK, out.Metric = true, ms[0].Code
			return out
		}
	}
	switch {
	case len(cands) == 0:
		out.Why = "no metric of the catalogue fits these words"
		return out
	case len(cands) > 1 && cands[0].score == cands[1].score:
		for _, c := range cands {
			if c.score == cands[0].score {
				out.Ambiguous = append(out.Ambiguous, r.metrics[c.metric].Code)
			}
		}
		out.Why = "could be " + strings.Join(out.Ambiguous, " or ")
		return out
	}
	mi := &r.metrics[cands[0].metric]
	if other := r.labelOther(p, cands[0].metric); other != "" {
		out.Why = strconv.Quote(other) + " says another measure than " + mi.Code + " (" + mi.Label + "): a return's row of its own"
		return out
	}
	if narrow := r.narrowing(p, cands[0].metric, w.hard, after); len(narrow) > 0 {
		out.Why = quoteWords(narrow) + " names a part of " + mi.Code + " that the catalogue has no figure for"
		if len(narrow) > 1 {
			out.Why = quoteWords(narrow) + " name a part of " + mi.Code + " that the catalogue has no figure for"
		}
		return out
	}
	if mi.ItemKind != "" {
		hard, list := p.compoundHeads(mi, w.hard)
		if list != "" {
			out.Why = list // "Knives machetes"
			return out
		}
		item, ok, why := r.item(mi.ItemKind, hard, m)
		if !ok {
			out.Why = why
			return out
		}
		out.Item = item
	}
	if out.Unit != "" && !unitAllowed(mi, out.Unit) {
		out.Why = mi.Code + " is not counted in " + string(out.Unit)
		return out
	}
	out.OK, out.Metric = true, mi.Code
	return out
}

// bracketHints takes a unit, scale or hedge in brackets off a label:
// "Cash (£000s)", "Heroin (g)", "Cash recovered (in excess of)".
func (r *Reader) bracketHints(toks []token, out *Label) []token {
	var keep []token
	for i := 0; i < len(toks); i++ {
		if toks[i].norm != "(" {
			keep = append(keep, toks[i])
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].norm != ")" {
			j++
		}
		if j >= len(toks) {
			keep = append(keep, toks[i:]...)
			break
		}
		inner := toks[i+1 : j]
		var b strings.Builder
		for _, t := range inner {
			if t.norm != "'" && t.norm != "." {
				b.WriteString(strings.ToLower(t.text))
			}
		}
		key := strings.TrimSuffix(b.String(), ".")
		if h, ok := scaleHints[key]; ok {
			if h.unit != "" {
				out.Unit = h.unit
			}
			out.Scale *= h.scale
			i = j
			continue
		}
		if e, n := r.lex.match(toks, i+1); n == len(inner) && n > 0 {
			if s, ok := e.first(rUnit); ok {
				out.Unit = s.unit
				out.Scale *= s.factor
				i = j
				continue
			}
			if s, ok := e.first(rHedge); ok {
				out.Qualifier = s.q
				i = j
				continue
			}
			if s, ok := e.first(rHedgeAfter); ok {
				out.Qualifier = s.q
				i = j
				continue
			}
		}
		keep = append(keep, toks[i:j+1]...)
		i = j
	}
	return keep
}

// labelOther is a word of the label that says another measure than
// metric mi's in a return (metrics.csv, label_other: "Drug lines
// disrupted" is no row of lines closed, "Vulnerable people identified"
// none of people safeguarded), or "". Joined by "and" to a word of the
// metric's own doing it only says more ("Lines identified and closed").
func (r *Reader) labelOther(p *parser, mi int) string {
	words := r.metrics[mi].labelOther
	if len(words) == 0 {
		return ""
	}
	own := func(j int) bool {
		if j < 0 || j >= len(p.els) || p.els[j].kind != eLex || words[p.els[j].e.text] {
			return false
		}
		for _, s := range p.els[j].e.senses {
			if s.role == rAction && r.top(s.metric) == r.top(mi) {
				return true
			}
		}
		return false
	}
	// "and" says both were done to the same things; "or" and "/" say
	// either was: "Lines closed or disrupted" counts disrupted lines too.
	and := func(j int) bool {
		return j >= 0 && j < len(p.els) && p.els[j].kind == eFunc && p.els[j].fn == "coord" && (p.word(j) == "and" || p.word(j) == "&")
	}
	for j, el := range p.els {
		if el.kind != eLex && el.kind != eUnknown {
			continue
		}
		w := normPhrase(p.text(el))
		if el.kind == eLex && words[el.e.text] {
			w = el.e.text
		}
		if !words[w] {
			continue
		}
		if and(j+1) && own(j+2) || and(j-1) && own(j-2) {
			continue
		}
		return p.text(el)
	}
	return ""
}

// includeWords say the whole holds what follows them.
var includeWords = map[string]bool{"including": true, "incl": true, "inc": true, "includes": true}

// narrowing lists the words of a label that narrow metric mi to a part
// the catalogue cannot hold: a word after the label's own that the metric
// does not allow ("Arrests at schools", "Arrests on warrant", "Knives
// seized in schools", "Arrests for modern slavery offences"), and a group
// of people the metric has no part for ("Men charged", "Women released
// under investigation"), which a label names as a column of its own.
func (r *Reader) narrowing(p *parser, mi int, hard []*entry, after []int) []string {
	var out []string
	for _, j := range after {
		if _, _, _, _, ok := r.explained(mi, p.els[j].e); !ok {
			out = append(out, p.text(p.els[j]))
		}
	}
	// "Drug dealers arrested", "Arrests (wanted persons)": a word of
	// people that names only some of them (words.csv, meaning "part").
	// After "including" it names a part the whole holds: "Arrests
	// (including wanted persons)" are all arrests.
	for j, el := range p.els {
		if el.kind == eFunc && el.fn == "part" && includeWords[p.word(j)] {
			break
		}
		if el.kind == eLex && el.e.hasMeaning("part") {
			out = append(out, p.text(el))
		}
	}
	for _, e := range hard {
		if !e.has(rFacet) {
			continue
		}
		if ev, _, _, _, _ := r.explained(mi, e); !ev {
			said := e.text
			for _, el := range p.els {
				if el.kind == eLex && el.e == e {
					said = p.text(el) // "Men", as written
				}
			}
			out = append(out, said)
		}
	}
	return out
}

// OutsideWeek is the words of text that put what it counts on either
// side of the operation's week, as a label's are read (labelSide):
// "before the week", "after the crackdown", "after 17/10/2021"; "" for
// none. Said of the words a note gives a part of a figure ("3 of these
// were before the week").
func (r *Reader) OutsideWeek(text string) string {
	toks := tokenize(text)
	p := &parser{r: r, src: text, toks: toks}
	p.els = r.elements(toks)
	return p.labelSide()
}

// labelSide is the words of a label that put its figures on either side
// of the operation's week, up to a comma or a strong sign, or ""
// (reread27 E5): a time order whose object is the week or the operation
// ("Arrests before the week", "Arrests outside the week": besideWeek;
// "Cash seized after the crackdown": otherSide; "Arrests beyond the
// campaign": weekHeads), a day or a date
// ("Arrests after 17/10/2021": the days after the week's last) or
// nothing ("Arrests after", "Arrests the week after": after what?); a
// day is also its ordinal alone ("Arrests after the 17th") or a week by
// its end or start ("Arrests after w/e 17/10": review28 R1). A
// time order with another object is the label's words to read ("Arrests
// after stop search" names a part).
func (p *parser) labelSide() string {
	for k, el := range p.els {
		side := p.otherSide(el.from) > el.from
		if !side && outsideWeek[p.word(k)] {
			end := p.adjunctEnd(k)
			i := el.to // the object's first word, after any determiner
			for i < len(p.toks) && funcWords[p.toks[i].norm] == "det" {
				i++
			}
			side = p.besideWeek(k, end) || end == k+1 || i >= len(p.toks) || weekHeads[p.toks[i].norm] && !pluralTok(p.toks[i]) ||
				months[p.toks[i].norm] || weekdays[p.toks[i].norm] || isDate(p.toks, i) || ordinalDay(p.toks, i) ||
				i+2 < len(p.toks) && p.toks[i].is("w") && p.toks[i+1].is("/") && p.toks[i+2].is("e", "c")
		}
		if side {
			e := k + 1
			for e < len(p.els) && !p.els[e].strong() && !(p.els[e].kind == ePunct && p.els[e].fn == ",") {
				e++
			}
			return p.raw(el.from, p.els[e-1].to)
		}
	}
	return ""
}

// ordinalDay reports an ordinal that is a day of the month: "17th" in
// "after the 17th", "after 17th October", "after the 17th of October";
// not "after 2nd search".
func ordinalDay(toks []token, i int) bool {
	t := toks[i]
	if t.kind != tNum || !t.ordinal || t.num < 1 || t.num > 31 || t.num != float64(int(t.num)) {
		return false
	}
	return i+1 >= len(toks) || toks[i+1].kind != tWord || months[toks[i+1].norm] || toks[i+1].is("of")
}
