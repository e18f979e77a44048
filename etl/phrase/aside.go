package phrase

import (
	"fmt"
	"slices"
	"strings"
)

// asides checks the words in brackets straight after a figure: "1 firearm
// (replica)", "1 (imitation)" under "Firearms", "3 (see note)", "43
// (YTD)". A word there that narrows an item (replica, imitation, BB, air,
// toy, blank firing) changes what was counted: the figure is read again
// with the words before its noun ("1 replica firearm"), and kept only if
// that gives the narrowed item. A word that changes a figure's meaning
// ("YTD", "previous"), a word that says what was done to another metric's
// things ("deactivated" is said of lines, not of firearms), or a word
// nobody taught us could change it too. Otherwise the figure is not read
// and a message names the words; the aside is never dropped in silence.
//
// A scoped figure (Reading.Scoped) is held to the same: one its aside
// would refuse is dropped, with no second message (its scope's stands).
// A fact whose aside scopes it ("30 (by Wednesday)") becomes scoped.
func (r *Reader) asides(text string, ctx Context, out *Reading) {
	var msgs []Message
	var moved []Scoped
	out.Facts, _, msgs, moved = r.asideCheck(text, ctx, out.Facts, false)
	out.Messages = append(out.Messages, msgs...)
	fs := make([]Fact, len(out.Scoped))
	for i, s := range out.Scoped {
		fs[i] = s.Fact
	}
	kept, from, _, _ := r.asideCheck(text, ctx, fs, true)
	scoped := make([]Scoped, len(kept), len(kept)+len(moved))
	for i, f := range kept {
		scoped[i] = out.Scoped[from[i]]
		scoped[i].Fact = f
	}
	out.Scoped = append(scoped, moved...)
	if len(out.Scoped) == 0 {
		out.Scoped = nil
	}
}

// asideCheck checks the asides of facts (of Reading.Scoped's figures
// when scopedPass): the facts kept (narrowed where their aside names an
// item), the index in facts of each, a message for each dropped, and
// the facts an aside scopes.
func (r *Reader) asideCheck(text string, ctx Context, facts []Fact, scopedPass bool) ([]Fact, []int, []Message, []Scoped) {
	from := make([]int, len(facts))
	for i := range from {
		from[i] = i
	}
	var msgs []Message
	var moved []Scoped
	for _, a := range brackets(text) {
		open, close, inner := a.open, a.close, a.inner
		fi := -1
		// (An item named with no number is a figure here too: "some
		// machetes (previous week)", "a quantity of knives (replica)".)
		for k, f := range facts {
			if f.End <= open.start && strings.TrimSpace(text[f.End:open.start]) == "" {
				fi = k
			}
		}
		within := false
		if fi < 0 {
			// "3 knives (replica) were seized": a bracket inside the
			// figure's words, after its noun, is as much its aside
			fi = innerAside(facts, open.start, close.end)
			within = fi >= 0
		}
		if fi < 0 {
			continue
		}
		f := facts[fi]
		// "30 (by Wednesday)", "43 (as of Tuesday)": a count up to a
		// day inside the week, whatever the words around it. The
		// figure was read in full: it is scoped, a running count.
		if w := r.runningAside(a.inner, ctx); w != "" {
			if scopedPass {
				continue // scoped already; its scope's message stands
			}
			facts = append(facts[:fi:fi], facts[fi+1:]...)
			from = append(from[:fi:fi], from[fi+1:]...)
			sc := scope{kind: scopeRunning, words: w}
			msgs = append(msgs, Message{Code: CodeChangesMeaning, Word: w, Value: f.Value, Start: f.Start, End: close.end,
				Text: fmt.Sprintf("%q: %s; not read as the force's figure for the week", text[f.Start:close.end], sc.why())})
			moved = append(moved, Scoped{Fact: f, Kind: sc.kind.public(), Words: w})
			continue
		}
		if r.ownWeekAside(a.inner, ctx) {
			continue // "43 (as at Sunday)": the return's own week
		}
		// The figure's metric decides which known words belong to it.
		a, ok := r.asideFor(text, a, r.metricIndex(f.Metric), f.Item)
		if !ok {
			continue
		}
		if within && !a.mods && len(a.changes) == 0 && (len(inner) > 2 || funcWords[inner[0].norm] != "") {
			continue // "£12,000 in cash (a large sum for the area) was seized": a remark, no word of the thing's kind
		}
		unknown := a.unknown
		words := text[inner[0].start:inner[len(inner)-1].end]
		if len(unknown) == 0 && len(a.changes) == 0 {
			figure := text[f.Start:f.End]
			if within {
				figure = text[f.Start:open.start] + text[close.end:f.End]
			}
			if g, ok := r.narrowed(figure, words, ctx, f); ok {
				g.Start, g.End, g.Text = f.Start, max(close.end, f.End), text[f.Start:max(close.end, f.End)]
				facts[fi] = g
				continue
			}
		}
		facts = append(facts[:fi:fi], facts[fi+1:]...)
		from = append(from[:fi:fi], from[fi+1:]...)
		word := words
		why := "they may change what was counted (a replica or an air gun is no firearm)"
		switch {
		case len(a.changes) > 0:
			word, why = a.changes[0], a.why
		case len(unknown) > 0:
			word, why = unknown[0], a.why
		}
		end := max(close.end, f.End)
		msgs = append(msgs, Message{Code: CodeUnknownWord, Word: word, Value: f.Value, Start: f.Start, End: end,
			Text: fmt.Sprintf("%q: the words in brackets %q are not read with the figure: %s; not read", text[f.Start:end], words, why)})
	}
	return facts, from, msgs, moved
}

// innerAside is the fact whose words hold the bracket [open, close)
// after its number, with no other fact's number between ("3 knives
// (replica) were seized"), or -1.
func innerAside(facts []Fact, open, close int) int {
	fi := -1
	for k, f := range facts {
		if f.Start < open && close <= f.End && (fi < 0 || f.Start > facts[fi].Start) {
			fi = k
		}
	}
	if fi < 0 {
		return -1
	}
	for k, f := range facts {
		if k != fi && f.Start > facts[fi].Start && f.Start < open {
			return -1
		}
	}
	return fi
}

// RunningIn is the words of a note beside a figure in a return whose
// week is known that make the figure a count up to a day inside the
// week ("up to Thursday", "until Wed", "as of Tuesday", "so far"), read
// as a bracket after the figure is (runningAside); "" for none, or for
// the week's own last day ("up to Sunday").
func (r *Reader) RunningIn(note string, week Week) string {
	return r.runningAside(tokenize(note), Context{Heading: " ", Week: week})
}

// runningAside is the words of a bracket that count up to a day ("by
// Wednesday", "up to and including Friday"; "so far" in a return's
// cell), or "".
func (r *Reader) runningAside(inner []token, ctx Context) string {
	q := &parser{r: r, toks: inner, cell: ctx.Heading != "", week: ctx.Week}
	ownFrom, ownEnd := -1, -1 // the return's own week's words, if any
	for i, t := range inner {
		if _, w, e, bound, own := q.weekDay(i); bound {
			// the return's week is known: its last day ends it (week.go),
			// when nothing more is said after it ("(up to Sunday, all
			// forces)" is not the force's week alone; review15 H9)
			if own {
				if ownFrom < 0 {
					ownFrom = w
				}
				ownEnd = e
				continue
			}
			return src(inner, w, e)
		}
		if weekdays[t.norm] {
			if w := q.runningTo(i); w >= 0 {
				return src(inner, w, i+1)
			}
		}
		if q.cell && t.is("so") && next(inner, i) == "far" {
			return src(inner, i, i+2)
		}
	}
	if ownEnd >= 0 && !endsText(inner[ownEnd:]) {
		return src(inner, ownFrom, len(inner))
	}
	return ""
}

// ownWeekAside reports a bracket, in a return's cell whose week is
// known, that says only the return's own week from its first word: "(as
// at Sunday)", "(from Monday until Sunday)", "(up to and including
// Sunday 17/10/2021)", "(during Operation Orochi)". A bracket with words
// before the week's ("(Gangs Unit up to Sunday)"), after them ("(as at
// Sunday, all forces)"), or naming another day or a longer stretch
// ("(as at Sunday 10/10/2021)", "(in the year up to Sunday)") is not.
func (r *Reader) ownWeekAside(inner []token, ctx Context) bool {
	q := &parser{r: r, toks: inner, cell: ctx.Heading != "", week: ctx.Week}
	for j := range inner {
		if _, w, _, bound, _ := q.weekDay(j); bound {
			if w != 0 {
				return false
			}
			break
		}
	}
	return q.ownWeekWords(0)
}

// narrowed reads a figure again with the words of its aside before its
// noun: "1 firearm" and "replica" as "1 replica firearm". It is kept only
// if it gives one fact of the same metric, number and unit, naming
// another item than the figure did.
func (r *Reader) narrowed(figure, words string, ctx Context, f Fact) (Fact, bool) {
	toks := tokenize(figure)
	at := -1
	for i := range toks {
		// "3", "Seven", "A dozen", "Twenty-five": its number's last token
		if n, ok := readNumber(toks, i, false); ok && !n.article && n.to > i {
			at = toks[n.to-1].end
			break
		}
	}
	if at < 0 {
		return Fact{}, false
	}
	again := r.read(figure[:at]+" "+words+figure[at:], ctx)
	if len(again.Facts) != 1 || len(again.Messages) > 0 {
		return Fact{}, false
	}
	g := again.Facts[0]
	if g.Metric != f.Metric || g.Unit != f.Unit || g.Item == "" || g.Item == f.Item || g.Value == nil || *g.Value != *f.Value {
		return Fact{}, false
	}
	return g, true
}

// aside is a bracket whose words may change what a figure counts.
type aside struct {
	open, close token
	inner       []token
	unknown     []string // words nobody taught us in it
	changes     []string // known words that change the figure: "YTD", or a word of another metric ("deactivated")
	why         string   // what its words say that may change the figure, for messages; "" for an item word alone
	mods        bool     // it names an item or narrows one: "replica", "BB gun"
	fits        bool     // a word of the figure's own metric: "(found in a bag)" is a note about it
}

// bracketAsides finds the brackets of a text that hold no figure, list or
// clause (which the grammar reads: "(7 under 18)", "(inc knives)", "(38
// last IW)"), with what their words are. mi is the figure's metric, -1
// when not known.
func (r *Reader) bracketAsides(text string, mi int, item string) []aside {
	var out []aside
	for _, a := range brackets(text) {
		if a, ok := r.asideFor(text, a, mi, item); ok {
			out = append(out, a)
		}
	}
	return out
}

// brackets finds the brackets of a text with words in them, one level
// deep.
func brackets(text string) []aside {
	var out []aside
	toks := tokenize(text)
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tSym || toks[i].norm != "(" {
			continue
		}
		j := i + 1
		for j < len(toks) && !(toks[j].kind == tSym && (toks[j].norm == ")" || toks[j].norm == "(")) {
			j++
		}
		if j >= len(toks) || toks[j].norm != ")" || j == i+1 {
			continue
		}
		out = append(out, aside{open: toks[i], close: toks[j], inner: toks[i+1 : j]})
		i = j
	}
	return out
}

// asideFor sorts the words of one bracket for a figure of metric mi (-1:
// not known). It reports false for a bracket the grammar reads (a figure,
// a list, a part, a clause) or one that says nothing that could change
// the figure: a note about it in its own metric's words ("(found in a
// bag)", "(removal of the line handset)"), or words that only describe.
//
// A word that names only the figure's own item ("3 kg (skunk)" under
// Cannabis, "3 (Rolex)" under Watches: a kind of it the catalogue has no
// finer item for, or it would name that one) says nothing the figure
// does not: it is passed over. A word naming another item, or a finer
// one ("(crack)" under Cocaine), or narrowing one ("(replica Rolex)"),
// still counts.
func (r *Reader) asideFor(text string, a aside, mi int, item string) (aside, bool) {
	a.unknown, a.changes, a.mods, a.fits, a.why = nil, nil, false, false, ""
	if w := sideOfWeek(a.inner); w != "" {
		// "43 (after this week)": the days on either side of the week
		a.changes, a.why = append(a.changes, w), fmt.Sprintf("the words %q say a time on either side of the operation's week: a figure of another period", w)
	}
	if n := r.placeAt(a.inner, 0); n > 0 && n < len(a.inner) && a.inner[n].is("and", ",", "plus", "or", "/", "including") {
		// "43 (Kent and Medway and Essex)", "43 (Kent and London)": a
		// force's area and more places, not the force's whole area
		words := text[a.inner[0].start:a.inner[len(a.inner)-1].end]
		a.changes = append(a.changes, words)
		if a.why == "" {
			a.why = fmt.Sprintf("%q names more than one area, not the force's whole area alone", words)
		}
		return a, true
	}
	for _, el := range r.elements(a.inner) {
		words := text[a.inner[el.from].start:a.inner[el.to-1].end]
		switch el.kind {
		case eAmount, ePunct:
			return a, false
		case eFunc:
			switch el.fn {
			case "prep", "det", "of", "for", "pron":
			default: // "inc", "and", "with", "which": a part, a list, a clause
				return a, false
			}
		case eUnknown, eSkip:
			a.unknown = append(a.unknown, words)
		case eLex:
			if item != "" && r.namesOnly(el.e, item) {
				continue
			}
			if len(a.inner) == 1 && mi >= 0 && !r.metrics[mi].acceptPerson && el.e.has(rPerson) &&
				!(r.metrics[mi].peopleUnit && el.to-el.from == 1 && plainPeople[a.inner[el.from].norm]) {
				// ("Landlords visited │ 43 (individuals)": landlords are
				// people; "43 (suspects)" names other people than landlords)
				// "Cash seized │ 43 (suspects)": the word says what the
				// figure counts, and the metric counts no people.
				a.changes = append(a.changes, words)
				a.why = fmt.Sprintf("the word %q counts people, and %s does not", words, strings.ToLower(r.metrics[mi].Label))
				continue
			}
			switch k, why := r.wordFor(el.e, mi); k {
			case wordMod:
				a.mods = true
			case wordChanges:
				a.changes = append(a.changes, words)
				if a.why == "" {
					a.why = fmt.Sprintf("the word %q says %s", words, why)
				}
			case wordFits:
				a.fits = true
			}
		}
	}
	if len(a.inner) > 2 && a.fits {
		a.unknown = nil // a note of its own about the figure: "(removal of the line handset)"
	}
	if !a.mods && len(a.unknown) == 0 && len(a.changes) == 0 {
		return a, false
	}
	if a.why == "" && len(a.unknown) > 0 {
		a.why = fmt.Sprintf("the word %s is not known, and it may change what was counted", quoteWords(a.unknown))
	}
	return a, true
}

// sideOfWeek is the words of a bracket from a preposition of either side
// of the week (outsideWeek) to the week's noun or "operation" after it
// ("after this week", "before the operation"), or "": "before the end
// of the week" is in it.
func sideOfWeek(toks []token) string {
	for i, t := range toks {
		if !outsideWeek[t.norm] {
			continue
		}
		j := i + 1
		for j < len(toks) && funcWords[toks[j].norm] == "det" {
			j++
		}
		if t.is("before") && j+1 < len(toks) && toks[j].is("end", "close") && toks[j+1].is("of") {
			continue
		}
		for k := j; k < len(toks); k++ {
			if weekNouns[toks[k].norm] || toks[k].is("operation") {
				return src(toks, i, k+1)
			}
		}
	}
	return ""
}

// plainPeople say only "people", no kind of them: under a metric whose
// figure may be given in people, they are its figure's unit.
var plainPeople = map[string]bool{"people": true, "person": true, "individual": true}

// namesOnly reports a word whose every sense names the item: "skunk"
// and "resin" of cannabis, "Rolex" of watches.
func (r *Reader) namesOnly(e *entry, item string) bool {
	for _, s := range e.senses {
		if s.role != rItem || r.items[s.item].Code != item {
			return false
		}
	}
	return len(e.senses) > 0
}

// wordKind is what a known word in brackets after a figure says of it.
type wordKind uint8

const (
	wordNeutral wordKind = iota // says nothing that changes the figure: "suspected", "approx"
	wordFits                    // a word of the figure's own metric: "found", "seized", "line"
	wordMod                     // an item or a word narrowing one: "replica", "BB gun"
	wordChanges                 // changes what the figure is: "YTD", "previous", or what was done to another metric's things: "deactivated"
)

// wordFor says what a known word in brackets after a figure of metric mi
// says of it. A word that changes the meaning always counts. A word
// that says only what was done, or narrows, for other metrics than the
// figure's ("deactivated" is said of lines, "under 18" of people) changes
// what was counted; a thing of another metric named in a note ("handset")
// does not. With mi unknown, only a word that changes the meaning counts.
func (r *Reader) wordFor(e *entry, mi int) (wordKind, string) {
	kind, other := wordNeutral, -1
	for _, s := range e.senses {
		switch s.role {
		case rChanger:
			return wordChanges, s.meaning
		case rPeriod:
			return wordChanges, "a figure of another period"
		case rItem, rItemMod:
			kind = wordMod
		case rAction, rModifier, rObject, rAllow:
			switch {
			case mi < 0:
			case r.descends(mi, s.metric) || r.descends(s.metric, mi):
				if kind == wordNeutral {
					kind = wordFits
				}
			case s.role == rAction || s.role == rModifier:
				other = s.metric
			}
		}
	}
	if other >= 0 && kind == wordNeutral {
		return wordChanges, fmt.Sprintf("what is done to %s, not to %s", strings.ToLower(r.metrics[other].Label), strings.ToLower(r.metrics[mi].Label))
	}
	return kind, ""
}

// Aside says whether a figure of a metric (its code or label; "" for
// not known) written with words in brackets ("1 (imitation)", "3 (see
// note)", "43 (YTD)", "1 (deactivated)" under "Firearms") has there words
// that may change what it counts, and which; a reader of the figure alone
// must not drop them.
func (r *Reader) Aside(text, metric string) (words, why string, ok bool) {
	return r.AsideIn(text, metric, "", Week{})
}

// AsideIn is Aside for a cell of a return whose item and week are known:
// a word naming only the item ("3 kg (skunk)" under Cannabis) changes
// nothing, and a count up to the week's last day ("30 (as at Sunday)")
// is the week's.
func (r *Reader) AsideIn(text, metric, item string, week Week) (words, why string, ok bool) {
	mi := r.metricIndex(metric)
	for i := range r.metrics {
		if mi < 0 && metric != "" && r.metrics[i].Label == metric {
			mi = i
		}
	}
	// "30 (up to and including Friday)": a count up to a day, in a
	// return's value cell
	var own []aside
	for _, b := range brackets(text) {
		ctx := Context{Heading: metric + " ", Week: week}
		if w := r.runningAside(b.inner, ctx); w != "" {
			return text[b.inner[0].start:b.inner[len(b.inner)-1].end], scope{kind: scopeRunning, words: w}.why(), true
		}
		if r.ownWeekAside(b.inner, ctx) {
			own = append(own, b)
		}
	}
	as := slices.DeleteFunc(r.bracketAsides(text, mi, item), func(a aside) bool {
		return slices.ContainsFunc(own, func(b aside) bool { return b.open.start == a.open.start })
	})
	if len(as) == 0 {
		return "", "", false
	}
	why = as[0].why
	if why == "" {
		why = "they may change what was counted (a replica or an air gun is no firearm)"
	}
	return text[as[0].inner[0].start:as[0].inner[len(as[0].inner)-1].end], why, true
}
