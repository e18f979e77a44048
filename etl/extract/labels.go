package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

// labelMatch is what a label cell names.
type labelMatch struct {
	metric catalog.Metric
	item   string // item code, "" for none
	fuzzy  bool   // matched by similarity, not by a listed name
}

var (
	childPrefix   = regexp.MustCompile(`^(of which|of whom|of those|of these|including|incl\.?|inc\.?|which included|within this|from these|comprising)\b[\s:,-]*`)
	bilingualSeps = regexp.MustCompile(`\s*/\s*|\s*\|\s*`)
	labelSeps     = []string{" - ", " – ", " — ", ": ", " -- "}
)

// refusal is why a label that looks like a metric's is not read as one;
// the caller reports it and loads nothing.
type refusal struct {
	code string // message code
	text string // what follows the label in the message
}

// matchLabel maps label text to a metric (and an item for labels such as
// "Weapons seized - knives"). lastParent is the most recent parent metric
// above, for "of which" lines. A refusal says why a label that looks like a
// metric's is not read (it could mean two metrics, say).
func (x *extractor) matchLabel(text, lastParent string) (labelMatch, bool, *refusal) {
	key := lastParent + "\x00" + text
	if r, ok := x.labels[key]; ok {
		return r.lm, r.ok, r.why
	}
	lm, ok, why := x.matchLabelUncached(text, lastParent)
	x.labels[key] = labelResult{lm, ok, why}
	return lm, ok, why
}

type labelResult struct {
	lm  labelMatch
	ok  bool
	why *refusal
}

func (x *extractor) matchLabelUncached(text, lastParent string) (lm labelMatch, ok bool, why *refusal) {
	text = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text), ":"))
	if text == "" {
		return lm, false, nil
	}
	if x.pure(text) {
		return lm, false, nil // "Last week", "11/10/2021 - 17/10/2021": a heading, never a label
	}
	if rest, ok := childForm(text); ok {
		return x.matchChild(text, rest, lastParent)
	}
	if ms := x.cat.MatchMetric(text); len(ms) == 1 {
		return labelMatch{metric: ms[0]}, true, nil
	} else if len(ms) > 1 {
		return lm, false, &refusal{"ambiguous_label", "could mean " + strings.Join(codes(ms), " or ")}
	}
	// Only a catalogue name may carry a word of comparison or
	// qualification: "Deal lines closed (YTD)" is not Deal lines closed.
	if ls := x.sense(text); ls.other != "" || ls.notCount != "" || x.pure(text) {
		return lm, false, nil
	}
	// "Warrants executed this week", "Stop and searches during IW": words
	// that only say this week again change nothing.
	if rest, ok := withoutRestating(text); ok {
		return x.matchLabel(rest, lastParent)
	}
	// Bilingual labels: "Arestiadau / Arrests".
	if parts := bilingualSeps.Split(text, -1); len(parts) > 1 {
		var found []catalog.Metric
		for _, p := range parts {
			found = appendMetrics(found, x.cat.MatchMetric(p))
		}
		if len(found) == 1 {
			return labelMatch{metric: found[0]}, true, nil
		}
	}
	// "Weapons seized - knuckleduster", "Drugs: heroin".
	for _, sep := range labelSeps {
		a, b, found := strings.Cut(text, sep)
		if !found {
			continue
		}
		for _, m := range x.cat.MatchMetric(a) {
			if m.ItemKind == "" {
				continue
			}
			if its := x.cat.MatchItem(m.ItemKind, b); len(its) == 1 {
				return labelMatch{metric: m, item: its[0].Code}, true, nil
			}
		}
	}
	if lm, ok := x.fuzzyMetric(text, lastParent); ok {
		return lm, true, nil
	}
	return lm, false, nil
}

// groupWords name a group of people and nothing else: a label made only
// of them ("Under 18", "Juveniles", "Adult males") is a part of the figure
// above it, whatever that is.
var groupWords = setOf("under", "over", "aged", "age", "u18", "u18s", "18s", "juvenile", "child", "children", "young",
	"youth", "minor", "adult", "male", "female", "men", "women", "boy", "girl", "people", "person", "year", "old", "plus")

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

// matchChild reads a child label as a part of the parent metric above it
// in the same block (lastParent): "Under 18" under Arrests is arrests
// under 18, under safeguarding it is safeguarded juveniles. With no parent
// above, or one with no such part, it is refused, never guessed.
func (x *extractor) matchChild(text, rest, parent string) (labelMatch, bool, *refusal) {
	if parent == "" {
		return labelMatch{}, false, &refusal{"child_without_parent", "is a part of another figure, but there is none above it in its block"}
	}
	for _, m := range x.cat.MatchMetric(rest) {
		if m.Parent == parent {
			return labelMatch{metric: m}, true, nil
		}
	}
	// Compare what the label adds to its parent with what each child's
	// names add: "Under 18" is "Under 18 arrests" less "arrests".
	pv := x.vocabulary(parent)
	want := strings.Join(withoutWords(words(rest), pv), " ")
	var found []catalog.Metric
	for _, k := range x.keys {
		for _, m := range k.metrics {
			if m.Parent != parent || strings.Join(withoutWords(k.words, pv), " ") != want {
				continue
			}
			found = appendMetrics(found, []catalog.Metric{m})
		}
	}
	if len(found) == 1 {
		return labelMatch{metric: found[0]}, true, nil
	}
	if lm, ok := x.fuzzyChild(rest, parent); ok && len(found) == 0 {
		return lm, true, nil
	}
	p, _ := x.cat.Metric(parent)
	if len(found) > 1 {
		return labelMatch{}, false, &refusal{"ambiguous_label", "under " + p.Label + " could mean " + strings.Join(codes(found), " or ")}
	}
	return labelMatch{}, false, &refusal{"child_without_parent", "is a part of another figure, but " + p.Label + " above it has no such part"}
}

// withoutWords returns ws without the words in drop (and without the
// words of "of which"), sorted, so that word order does not matter.
func withoutWords(ws []string, drop map[string]bool) []string {
	var out []string
	for _, w := range ws {
		if !drop[w] && w != "which" && w != "whom" && w != "including" && w != "incl" {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

func appendMetrics(dst, src []catalog.Metric) []catalog.Metric {
	for _, m := range src {
		dup := false
		for _, d := range dst {
			if d.Code == m.Code {
				dup = true
			}
		}
		if !dup {
			dst = append(dst, m)
		}
	}
	return dst
}

func codes(ms []catalog.Metric) []string {
	var s []string
	for _, m := range ms {
		s = append(s, m.Code)
	}
	return s
}

// ---- fuzzy matching ----

// The fuzzy match is deliberately strict: a wrong figure is worse than a
// missing one. Words must mostly agree (Jaccard over words, a typo of one
// letter forgiven in words of five letters or more), the best candidate
// must clear minScore, and beat the runner-up by minMargin.
const (
	minScore  = 0.75
	minMargin = 0.15
)

// stopWords carry no meaning for matching.
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

func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 5 || len(b) < 5 {
		return false
	}
	return oneEdit(a, b)
}

// similarity is the Jaccard index of two word lists, with sameWord.
func similarity(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	matched := 0
	used := make([]bool, len(b))
	for _, wa := range a {
		for j, wb := range b {
			if !used[j] && sameWord(wa, wb) {
				used[j] = true
				matched++
				break
			}
		}
	}
	return float64(matched) / float64(len(a)+len(b)-matched)
}

// metricKey is one name of one or more metrics, split into words.
type metricKey struct {
	words   []string
	metrics []catalog.Metric
}

func metricKeys(cat *catalog.Catalog) []metricKey {
	var out []metricKey
	for k, ms := range cat.MetricKeys() {
		out = append(out, metricKey{words: words(k), metrics: ms})
	}
	sort.Slice(out, func(i, j int) bool { return strings.Join(out[i].words, " ") < strings.Join(out[j].words, " ") })
	return out
}

type scored struct {
	metric catalog.Metric
	score  float64
}

func (x *extractor) scoreMetrics(text string, keep func(catalog.Metric) bool) []scored {
	lw := words(text)
	if len(lw) == 0 {
		return nil
	}
	best := map[string]scored{}
	for _, k := range x.keys {
		s := similarity(lw, k.words)
		if s == 0 {
			continue
		}
		for _, m := range k.metrics {
			if keep != nil && !keep(m) {
				continue
			}
			if b, ok := best[m.Code]; !ok || s > b.score {
				best[m.Code] = scored{m, s}
			}
		}
	}
	out := make([]scored, 0, len(best))
	for _, s := range best {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].metric.Code < out[j].metric.Code
	})
	return out
}

func (x *extractor) fuzzyMetric(text, lastParent string) (labelMatch, bool) {
	ss := x.scoreMetrics(text, nil)
	if len(ss) == 0 || ss[0].score < minScore {
		return labelMatch{}, false
	}
	if len(ss) > 1 && ss[0].score-ss[1].score < minMargin {
		return labelMatch{}, false
	}
	if !x.inVocabulary(words(text), ss[0].metric) {
		return labelMatch{}, false
	}
	return labelMatch{metric: ss[0].metric, fuzzy: true}, true
}

// vocabulary is every word of every name of a metric.
func (x *extractor) vocabulary(code string) map[string]bool {
	vocab := x.vocab[code]
	if vocab == nil {
		vocab = map[string]bool{}
		for _, k := range x.keys {
			for _, km := range k.metrics {
				if km.Code == code {
					for _, w := range k.words {
						vocab[w] = true
					}
				}
			}
		}
		x.vocab[code] = vocab
	}
	return vocab
}

// inVocabulary reports whether every word of a label (typos forgiven) is
// a word of one of the metric's names: a near match never accepts a word
// the catalogue does not give the metric ("Mobile phones seized abroad").
func (x *extractor) inVocabulary(label []string, m catalog.Metric) bool {
	vocab := x.vocabulary(m.Code)
next:
	for _, w := range label {
		if vocab[w] {
			continue
		}
		for v := range vocab {
			if sameWord(w, v) {
				continue next
			}
		}
		return false
	}
	return true
}

// fuzzyChild matches the text of an "of which" line among the children of
// the parent above only.
func (x *extractor) fuzzyChild(text, parent string) (labelMatch, bool) {
	if parent == "" {
		return labelMatch{}, false
	}
	ss := x.scoreMetrics(text, func(m catalog.Metric) bool { return m.Parent == parent })
	if len(ss) == 0 || ss[0].score < 0.5 {
		return labelMatch{}, false
	}
	if len(ss) > 1 && ss[0].score-ss[1].score < minMargin {
		return labelMatch{}, false
	}
	if !x.inVocabulary(words(text), ss[0].metric) {
		return labelMatch{}, false
	}
	return labelMatch{metric: ss[0].metric, fuzzy: true}, true
}

// oneEdit reports whether a and b differ by at most one edit: one letter
// changed, added or dropped, or two adjacent letters swapped. It runs in
// linear time with no allocation.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i == len(a) {
			return true
		}
		if a[i+1:] == b[i+1:] { // one letter changed
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // swapped
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	default:
		return false
	}
}

// matchItem finds the item a label names: within the section's kind when
// there is one, else across all kinds when only one kind has it.
func (x *extractor) matchItem(text, sectionKind string) (kind, item string, ok bool) {
	text = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text), ":"))
	try := func(t string) []string {
		var found []string
		if sectionKind != "" {
			for _, it := range x.cat.MatchItem(sectionKind, t) {
				found = append(found, it.Kind+"|"+it.Code)
			}
			return found
		}
		for _, it := range x.cat.MatchItem("", t) {
			found = append(found, it.Kind+"|"+it.Code)
		}
		return found
	}
	found := try(text)
	if len(found) == 0 {
		if parts := bilingualSeps.Split(text, -1); len(parts) > 1 {
			for _, p := range parts {
				found = append(found, try(p)...)
			}
		}
	}
	if len(found) != 1 {
		return "", "", false
	}
	kind, item, _ = strings.Cut(found[0], "|")
	return kind, item, true
}
