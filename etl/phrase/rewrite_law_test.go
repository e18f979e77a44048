package phrase_test

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// rewrite is a change of a phrase's wording that keeps what it means.
type rewrite struct {
	name string
	f    func(string) string
}

var smallNumberWords = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

// meaningKeepingRewrites are the rewrites TestRewriteLaw applies: the
// other ways of writing a number and a hedge that the style guides of
// the forces' press offices allow.
func meaningKeepingRewrites() []rewrite {
	// a count from 1 to 20 before a word, not in a date ("October 3
	// and 9") nor a sum ("£18,000")
	small := regexp.MustCompile(`(^|[\s(])([1-9]|1[0-9]|20)(\s+[a-zA-Z])`)
	month := regexp.MustCompile(`(?i)(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\s*$`)
	comma := regexp.MustCompile(`(\d),(\d{3})\b`)
	// a hedge before a sum or a count, not before a span of time ("over
	// 7 days" says when, "more than 7 days" how long)
	span := regexp.MustCompile(`(?i)^[\d,.]*\s*(years?|months?|weeks?|days?|hours?|nights?)\b`)
	hedge := func(from, to string) rewrite {
		re := regexp.MustCompile(`(?i)\b` + from + `\s+(£?\d)`)
		return rewrite{from + " → " + to, func(s string) string {
			var b strings.Builder
			last := 0
			for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
				if span.MatchString(s[m[2]:]) {
					continue
				}
				b.WriteString(s[last:m[0]])
				b.WriteString(to + " ")
				last = m[2]
			}
			b.WriteString(s[last:])
			return b.String()
		}}
	}
	word := func(from, to string) rewrite {
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(from) + `\b`)
		return rewrite{from + " → " + to, func(s string) string { return re.ReplaceAllLiteralString(s, to) }}
	}
	return []rewrite{
		{"a count in words", func(s string) string {
			var b strings.Builder
			last := 0
			for _, m := range small.FindAllStringSubmatchIndex(s, -1) {
				if month.MatchString(s[:m[4]]) {
					continue
				}
				n := 0
				for _, c := range s[m[4]:m[5]] {
					n = n*10 + int(c-'0')
				}
				b.WriteString(s[last:m[4]])
				b.WriteString(smallNumberWords[n])
				last = m[5]
			}
			b.WriteString(s[last:])
			return b.String()
		}},
		{"thousands without a comma", func(s string) string { return comma.ReplaceAllString(s, "$1$2") }},
		{"en dash for a spaced hyphen", func(s string) string { return strings.ReplaceAll(s, " - ", " – ") }},
		{"spaced hyphen for an en dash", func(s string) string { return strings.ReplaceAll(s, " – ", " - ") }},
		{"curly apostrophes", func(s string) string { return strings.ReplaceAll(s, "'", "’") }},
		{"straight apostrophes", func(s string) string { return strings.ReplaceAll(s, "’", "'") }},
		word("Class A", "class A"), word("class A", "Class A"), word("Class B", "class B"), word("class B", "Class B"),
		hedge("more than", "over"), hedge("over", "more than"), hedge("more than", "in excess of"),
		hedge("in excess of", "more than"), hedge("around", "about"), hedge("about", "around"),
		hedge("approximately", "around"), hedge("around", "approximately"),
		hedge("almost", "nearly"), hedge("nearly", "almost"),
	}
}

// TestRewriteLaw: a phrase the reader reads exactly is read exactly
// after any rewrite that keeps its meaning: a count of up to twenty in
// words ("43 men and 9 women" → "nine women"), thousands without their
// comma, a dash or an apostrophe of the other kind, "Class A" with a
// small letter, and a hedge in other words of its kind ("more than" →
// "over", "in excess of"; "around" → "about"; "almost" → "nearly"). The
// phrases are every real phrase labelled by hand that the project may
// read: the phrasebook's development slice, found.csv and the committed
// blind rounds (as labelled). Found by the lead's probe of the
// development slice, which showed "aged under eighteen" read as all
// arrests where "aged under 18" was read as under-18 arrests.
func TestRewriteLaw(t *testing.T) {
	r := newReader(t)
	// each set as it is scored: found.csv by the force's own week (its
	// facts), the phrasebook and the rounds as labelled
	type set struct {
		book    []pbPhrase
		produce func(phrase.Reading) phrase.Reading
	}
	var dev []pbPhrase
	for _, p := range loadPhrasebook(t) {
		if !heldOut(p) {
			dev = append(dev, p)
		}
	}
	sets := []set{{dev, withScoped}, {loadBook(t, "testdata/found.csv", "f"), factsOnly}}
	rounds, err := filepath.Glob("testdata/rounds/round*/round*_figure.csv")
	if err != nil || len(rounds) == 0 {
		t.Fatalf("no rounds: %v", err)
	}
	for _, f := range rounds {
		sets = append(sets, set{loadBook(t, f, "f"), withScoped})
	}
	bad, n := 0, 0
	for _, st := range sets {
		for _, p := range st.book {
			produce := st.produce
			base, _ := score(p, produce(r.Read(p.text, phrase.Context{Force: p.force})), map[string]*tally{})
			if base.exact != 1 || base.abstained != base.none {
				continue
			}
			for _, rw := range meaningKeepingRewrites() {
				v := rw.f(p.text)
				if v == p.text {
					continue
				}
				n++
				got, notes := score(p, produce(r.Read(v, phrase.Context{Force: p.force})), map[string]*tally{})
				if got.exact != 1 || got.abstained != got.none {
					bad++
					if bad <= 30 {
						t.Errorf("%s (%s) %q: %s", p.id, rw.name, v, strings.Join(notes, "; "))
					}
				}
			}
		}
	}
	t.Logf("%d rewrites of phrases read exactly", n)
	if bad > 0 {
		t.Errorf("TestRewriteLaw: %d of %d rewrites read otherwise than the phrase", bad, n)
	}
}
