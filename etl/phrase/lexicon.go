package phrase

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

// role is what a word says in a phrase.
type role uint8

const (
	rAction     role = iota // what was done, for one metric: "arrested"
	rObject                 // what is counted, for one metric: "warrant"
	rModifier               // narrows a parent metric: "under 18"
	rAllow                  // may stand with a metric without naming it: "made"
	rItem                   // a drug, weapon or asset: "heroin"
	rItemMod                // turns a base item into another: "imitation" firearm
	rPerson                 // a person, any metric counted in people: "suspects"
	rNeutral                // says nothing about which figure: "suspected"
	rChanger                // changes the meaning of the figure: "previous", "%"
	rHedge                  // before a number: "more than"
	rHedgeAfter             // after a number: "+", "or more"
	rUnit                   // a unit: "kg", "wraps", "£"
	rValue                  // the money value of what follows: "worth", "street value"
	rFacet                  // one value of a facet that pairs with others: age=child
	rLink                   // ties a figure to what follows, like a preposition: "linked to"
	rPeriod                 // a period before this one: "last week"; in prose, when the figures were (a release reports its week), in a label, another column
)

// sense is one meaning of a word.
type sense struct {
	role    role
	metric  int // index in Reader.metrics, for rAction..rAllow
	item    int // index in Reader.items, for rItem and rItemMod
	q       etl.Qualifier
	unit    etl.Unit
	factor  float64
	meaning string // rChanger: why; rFacet: "age=child"; rValue: a qualifier
}

// entry is one word or phrase of the lexicon in normalised tokens.
type entry struct {
	words  []string
	text   string
	senses []sense
}

// lexicon finds the longest known phrase at a place in the text.
type lexicon struct {
	byFirst map[string][]*entry // longest first
	all     map[string]*entry
}

func (l *lexicon) add(text string, s sense) {
	n := normPhrase(text)
	if n == "" {
		return
	}
	e, ok := l.all[n]
	if !ok {
		e = &entry{words: strings.Split(n, " "), text: n}
		l.all[n] = e
		l.byFirst[e.words[0]] = append(l.byFirst[e.words[0]], e)
	}
	for _, have := range e.senses {
		if have == s {
			return
		}
	}
	e.senses = append(e.senses, s)
}

func (l *lexicon) sort() {
	for _, es := range l.byFirst {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].words) > len(es[j].words) })
	}
}

// match returns the longest entry whose words begin at toks[i], and how
// many tokens it covers. Punctuation inside a phrase is not skipped.
func (l *lexicon) match(toks []token, i int) (*entry, int) {
	if i >= len(toks) {
		return nil, 0
	}
	for _, e := range l.byFirst[toks[i].norm] {
		if i+len(e.words) > len(toks) {
			continue
		}
		ok, said := true, false
		for k, w := range e.words {
			if toks[i+k].norm == w {
				continue
			}
			if !sameNumber(toks[i+k], w) {
				ok = false
				break
			}
			said = true
		}
		if said && !nameEnds(toks, i+len(e.words)) {
			ok = false // "under eighteen hours", "under eighteen kilos": a hedged number
		}
		if ok {
			if len(e.words) == 1 {
				if j := l.openCompound(toks, i); j != nil {
					return j, 2
				}
			}
			return e, len(e.words)
		}
	}
	if j := l.openCompound(toks, i); j != nil {
		return j, 2
	}
	return nil, 0
}

// sameNumber reports a number said in words where a name of the lexicon
// has it in digits: "under eighteen" is "under 18", "aged seventeen and
// under" is "aged 17 and under". Only a name's later words are compared
// so: its first word is how names are found.
func sameNumber(t token, w string) bool {
	v, ok := numberWords[t.norm]
	if !ok || t.kind != tWord || w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	n, err := strconv.Atoi(w)
	return err == nil && float64(n) == v
}

// nameEnds reports the end of a name whose number is said in words
// ("aged under eighteen"): nothing after it, a sign, a grammar word
// ("were", "and", "who") or "years old". Before a noun, a unit, a scale
// or a span of time the number is a count ("under eighteen hours",
// "under eighteen thousand pounds", "under eighteen people").
func nameEnds(toks []token, j int) bool {
	if j >= len(toks) || toks[j].kind == tPunct || yearsOld(toks, j) > j {
		return true
	}
	_, fn := funcWords[toks[j].norm]
	return toks[j].kind == tWord && fn && !toks[j].is("of", "a", "an")
}

// openCompound is the item a one-word name of the lexicon names when it
// is written open, as two words ("two hand guns", "a cross bow": the
// handguns, the crossbow), or nil. English writes many compounds either
// way; the two words must be the whole name, each of three letters or
// more, with a space and nothing else between them, and stand where a
// noun phrase of things begins (after a number, an article, "and", "of",
// a comma ...): "people hand guns in" has a verb and its object, not a
// name.
func (l *lexicon) openCompound(toks []token, i int) *entry {
	if i+1 >= len(toks) || toks[i].kind != tWord || toks[i+1].kind != tWord || toks[i+1].glued ||
		len(toks[i].norm) < 3 || len(toks[i+1].norm) < 3 || toks[i+1].start != toks[i].end+1 {
		return nil
	}
	e, ok := l.all[normWord(toks[i].text+toks[i+1].text)]
	if !ok || len(e.words) != 1 {
		return nil
	}
	for _, s := range e.senses {
		if s.role != rItem {
			return nil
		}
	}
	if i == 0 {
		return e
	}
	prev := toks[i-1]
	if prev.kind == tNum || prev.kind == tPunct && (prev.norm == "," || prev.norm == ";" || prev.norm == ":") {
		return e
	}
	if _, ok := numberWords[prev.norm]; ok && prev.kind == tWord {
		return e
	}
	switch funcWords[prev.norm] {
	case "det", "coord", "of", "with", "part", "sib":
		return e
	}
	return nil
}

// metricInfo is a metric with its concept words, inherited from its
// parent where its own are blank.
type metricInfo struct {
	catalog.Metric
	needs        map[string]bool
	units        []etl.Unit
	acceptPerson bool
	// peopleUnit: a figure of it may be given in people (units
	// "count|people": landlords are people), though words for people
	// are no words of it ("10 suspects" is no count of landlords)
	peopleUnit   bool
	unquantified bool
	modifiers    bool            // it has modifiers of its own, one must be named
	labelOther   map[string]bool // its top metric's and its own label_other words, in all their forms
	children     []int
}

type itemInfo struct {
	catalog.Item
	base int   // index of the base item, -1 if none
	of   []int // indexes of the items it is for (catalog.Item.For)
}

func (r *Reader) build(cat *catalog.Catalog) error {
	r.cat = cat
	l := &lexicon{byFirst: map[string][]*entry{}, all: map[string]*entry{}}
	r.lex = l
	idx := map[string]int{}
	for i, m := range cat.Metrics {
		idx[m.Code] = i
	}
	inherit := func(m catalog.Metric, get func(catalog.Metric) []string) []string {
		for seen := 0; len(get(m)) == 0 && m.Parent != "" && seen < 10; seen++ {
			m = cat.Metrics[idx[m.Parent]]
		}
		return get(m)
	}
	r.metrics = make([]metricInfo, len(cat.Metrics))
	for i, m := range cat.Metrics {
		mi := metricInfo{Metric: m, needs: map[string]bool{}}
		mi.Actions = inherit(m, func(x catalog.Metric) []string { return x.Actions })
		mi.Objects = inherit(m, func(x catalog.Metric) []string { return x.Objects })
		mi.Allows = nil
		for x, seen := m, 0; seen < 10; seen++ {
			mi.Allows = append(mi.Allows, x.Allows...)
			if x.Parent == "" {
				break
			}
			x = cat.Metrics[idx[x.Parent]]
		}
		for _, n := range inherit(m, func(x catalog.Metric) []string { return x.Needs }) {
			mi.needs[n] = true
		}
		for _, u := range inherit(m, func(x catalog.Metric) []string { return x.Units }) {
			mi.units = append(mi.units, etl.Unit(u))
		}
		if len(mi.units) == 0 && m.Unit != "varies" {
			mi.units = []etl.Unit{etl.Unit(m.Unit)}
		}
		top := m
		for top.Parent != "" {
			top = cat.Metrics[idx[top.Parent]]
		}
		mi.unquantified = top.Unquantified
		if mi.ItemKind == "" {
			mi.ItemKind = top.ItemKind
		}
		mi.modifiers = len(m.Modifiers) > 0
		for _, w := range append(append([]string{}, top.LabelOther...), m.LabelOther...) {
			if mi.labelOther == nil {
				mi.labelOther = map[string]bool{}
			}
			mi.labelOther[normPhrase(w)] = true
			for _, f := range verbForms(w) {
				mi.labelOther[normPhrase(f)] = true
			}
		}
		mi.acceptPerson = m.Unit == "people"
		mi.peopleUnit = slices.Contains(m.Units, "people")
		for _, a := range mi.Allows {
			if normPhrase(a) == "people" {
				mi.acceptPerson = true
			}
		}
		for _, w := range mi.Actions {
			l.add(w, sense{role: rAction, metric: i})
		}
		for _, w := range mi.Objects {
			l.add(w, sense{role: rObject, metric: i})
		}
		for _, w := range m.Modifiers {
			l.add(w, sense{role: rModifier, metric: i})
		}
		for _, w := range mi.Allows {
			l.add(w, sense{role: rAllow, metric: i})
		}
		r.metrics[i] = mi
	}
	for i, m := range r.metrics {
		if m.Parent != "" {
			p := idx[m.Parent]
			r.metrics[p].children = append(r.metrics[p].children, i)
		}
	}
	itemIdx := map[string]int{}
	for i, it := range cat.Items {
		itemIdx[it.Code] = i
	}
	r.items = make([]itemInfo, len(cat.Items))
	for i, it := range cat.Items {
		ii := itemInfo{Item: it, base: -1}
		if it.Base != "" {
			ii.base = itemIdx[it.Base]
		}
		for _, f := range it.For {
			ii.of = append(ii.of, itemIdx[f])
		}
		r.items[i] = ii
		for _, w := range append([]string{it.Label}, it.Synonyms...) {
			l.add(w, sense{role: rItem, item: i})
		}
		for _, w := range it.Modifiers {
			l.add(w, sense{role: rItemMod, item: i})
		}
	}
	r.facets = map[string]map[string]bool{}
	r.actors = map[string]actorKind{}
	r.distributive = map[string]bool{}
	r.rest = map[string]bool{}
	r.stretch = map[string]string{}
	for _, w := range cat.Words {
		if w.Role == "column" && w.Meaning == "rest" {
			r.rest[strings.ToLower(w.Text)] = true // and etl/extract's
		}
		if w.Role == "note" || w.Role == "spelling" || w.Role == "week_part" || w.Role == "column" {
			// what a note beside a figure says of it, how a return's note or
			// heading says its days, whose a column beside a Total is:
			// etl/extract's
			continue
		}
		if w.Role == "stretch" {
			// how a stretch of time is said: span.go
			var ws []string
			for _, t := range tokenize(w.Text) {
				ws = append(ws, t.norm)
			}
			r.stretch[strings.Join(ws, " ")] = w.Meaning
			continue
		}
		if w.Role == "distributive" {
			// each one's, not the total's: each.go
			r.distributive[strings.ToLower(w.Text)] = true
			continue
		}
		if w.Role == "actor" {
			// who did a thing, not a word of a figure: stance.go
			k, ok := actorMeanings[w.Meaning]
			if !ok {
				return fmt.Errorf("words.csv: %q: actor meaning %q, want own, body or public", w.Text, w.Meaning)
			}
			var ws []string
			for _, t := range tokenize(w.Text) {
				ws = append(ws, t.norm)
			}
			r.actors[strings.Join(ws, " ")] = k
			continue
		}
		s, err := wordSense(w)
		if err != nil {
			return err
		}
		l.add(w.Text, s)
		if s.role == rFacet {
			name, val, _ := strings.Cut(s.meaning, "=")
			if r.facets[name] == nil {
				r.facets[name] = map[string]bool{}
			}
			r.facets[name][val] = true
		}
	}
	l.addVerbForms()
	l.sort()
	return nil
}

var qualifiers = map[string]etl.Qualifier{
	"more_than": etl.MoreThan, "at_least": etl.AtLeast, "approximately": etl.Approximately,
	"up_to": etl.UpTo, "less_than": etl.LessThan,
}

func wordSense(w catalog.Word) (sense, error) {
	switch w.Role {
	case "neutral", "person":
		// meaning "part": in a label, a word that names only some of
		// the people or things counted ("drug dealers", "wanted").
		// Meaning "addition": a word that says a figure is more of
		// what was counted before it ("3 more", "an additional 3").
		if w.Meaning != "" && w.Meaning != "part" && w.Meaning != "addition" {
			return sense{}, fmt.Errorf("words.csv: %q: %s meaning %q, want part, addition or nothing", w.Text, w.Role, w.Meaning)
		}
		if w.Role == "person" {
			return sense{role: rPerson, meaning: w.Meaning}, nil
		}
		return sense{role: rNeutral, meaning: w.Meaning}, nil
	case "link":
		return sense{role: rLink}, nil
	case "period":
		// meaning "other": a week that may be another than the one a
		// release reports, judged so where the release's week is
		// known ("the previous week of action", "the last
		// intensification week"); "" the week itself seen from after
		// it ("last week", "the past seven days")
		if w.Meaning != "" && w.Meaning != "other" {
			return sense{}, fmt.Errorf("words.csv: %q: period meaning %q, want other or nothing", w.Text, w.Meaning)
		}
		return sense{role: rPeriod, meaning: w.Meaning}, nil
	case "changes_meaning":
		m := w.Meaning
		if m == "" {
			m = "a word that changes the meaning"
		}
		return sense{role: rChanger, meaning: m}, nil
	case "hedge", "hedge_after":
		q, ok := qualifiers[w.Meaning]
		if !ok {
			return sense{}, fmt.Errorf("words.csv: %q: hedge meaning %q, want more_than, at_least, approximately, up_to or less_than", w.Text, w.Meaning)
		}
		if w.Role == "hedge" {
			return sense{role: rHedge, q: q}, nil
		}
		return sense{role: rHedgeAfter, q: q}, nil
	case "unit":
		u, f, _ := strings.Cut(w.Meaning, "*")
		factor := 1.0
		if f != "" {
			var err error
			if factor, err = strconv.ParseFloat(f, 64); err != nil || factor <= 0 {
				return sense{}, fmt.Errorf("words.csv: %q: unit factor %q", w.Text, f)
			}
		}
		switch etl.Unit(u) {
		case etl.UnitGrams, etl.UnitWraps, etl.UnitPlants, etl.UnitTablets, etl.UnitGBP, etl.UnitEUR:
		default:
			return sense{}, fmt.Errorf("words.csv: %q: unit %q, want g, wraps, plants, tablets, gbp or eur", w.Text, u)
		}
		return sense{role: rUnit, unit: etl.Unit(u), factor: factor}, nil
	case "value":
		if w.Meaning != "" && w.Meaning != "unquantified" {
			if _, ok := qualifiers[w.Meaning]; !ok {
				return sense{}, fmt.Errorf("words.csv: %q: value meaning %q, want a qualifier, unquantified or nothing", w.Text, w.Meaning)
			}
		}
		return sense{role: rValue, meaning: w.Meaning}, nil
	case "facet":
		if !strings.Contains(w.Meaning, "=") {
			return sense{}, fmt.Errorf("words.csv: %q: facet %q, want name=value", w.Text, w.Meaning)
		}
		return sense{role: rFacet, meaning: w.Meaning}, nil
	}
	return sense{}, fmt.Errorf("words.csv: %q: unknown role %q", w.Text, w.Role)
}

// has reports whether the entry has a sense of the role.
func (e *entry) has(r role) bool {
	if e == nil {
		return false
	}
	for _, s := range e.senses {
		if s.role == r {
			return true
		}
	}
	return false
}

// is reports whether the entry has a sense of the role for metric mi.
func (e *entry) is(r role, mi int) bool {
	for _, s := range e.senses {
		if s.role == r && s.metric == mi {
			return true
		}
	}
	return false
}

// hasMeaning reports whether the entry has a sense of a person or a
// neutral word with the meaning.
func (e *entry) hasMeaning(m string) bool {
	if e == nil {
		return false
	}
	for _, s := range e.senses {
		if (s.role == rPerson || s.role == rNeutral) && s.meaning == m {
			return true
		}
	}
	return false
}

func (e *entry) first(r role) (sense, bool) {
	if e == nil {
		return sense{}, false
	}
	for _, s := range e.senses {
		if s.role == r {
			return s, true
		}
	}
	return sense{}, false
}

// suitsUnit reports whether a word can name what is measured in unit u:
// some metric it speaks for is counted in u. A word that speaks for no
// metric (a neutral word, a unit, a hedge) suits any unit.
func (r *Reader) suitsUnit(e *entry, u etl.Unit) bool {
	if e == nil {
		return true
	}
	any := false
	for _, s := range e.senses {
		switch s.role {
		case rAction, rObject, rModifier, rAllow:
			any = true
			if unitAllowed(&r.metrics[s.metric], u) {
				return true
			}
		case rItem, rItemMod:
			any = true
			for i := range r.metrics {
				if r.metrics[i].ItemKind == r.items[s.item].Kind && unitAllowed(&r.metrics[i], u) {
					return true
				}
			}
		case rPerson:
			any = true
		}
	}
	return !any
}

// metricIndex is the index of the metric with code c, or -1.
func (r *Reader) metricIndex(c string) int {
	for i := range r.metrics {
		if r.metrics[i].Code == c {
			return i
		}
	}
	return -1
}
