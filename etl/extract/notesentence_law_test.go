package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/fixtures"
)

// Law: a sentence in a notes column beside a figure (the draft writes
// there the sentence each figure was read from) that the phrase reader
// reads the figure itself from, as the force's, leaves it loaded, even
// when another body is named for another figure of the sentence
// ("Officers arrested 12 people; the NCA also arrested 3": review21 V16,
// 81d52c4 refused the draft's 12 for the NCA's 3). A sentence that
// gives the figure as another body's refuses it, naming the note; so
// does one that names a body with no figure of its own ("Officers
// arrested 12 people, supported by the NCA"): it may be this figure's.
// Another force named for what is not the figure (where the people lived
// or had links, a person it wanted, a dog it lent, its further figure:
// fixtures.OthersNamedSentences, review22 X8) leaves it loaded; one with
// a hand in it or a share of it refuses it.
func TestNoteSentenceOtherBodyLaw(t *testing.T) {
	t.Parallel()
	type sentence struct {
		text string // %d: the figure
		own  bool
	}
	sentences := []sentence{
		{"Officers arrested %d people; the NCA also arrested 3.", true},
		{"Officers arrested %d people, and the NCA arrested 3 more.", true},
		{"Officers arrested %d people and Border Force seized 5 knives.", true},
		{"Officers arrested %d people, while Essex Police arrested 8.", true},
		{"Officers arrested %d people; British Transport Police arrested 2 more.", true},
		{"Officers arrested %d people and the NCA seized 5 knives.", true},
		{"Officers arrested %d people.", true},
		// a body named and no figure of its own: it may be this one's
		{"Officers arrested %d people, supported by the NCA.", false},
		{"Officers arrested %d people, including 3 handed over to the NCA.", false},
		// a body named in the figure's own clause, another's figure beside
		{"Officers arrested %d people in an NCA-led operation; Essex Police seized 3 knives.", false},
		{"Officers arrested %d people in an operation led by the NCA, and Essex Police arrested 8.", false},
		{"The NCA arrested %d people.", false},
		{"%d people were arrested by Essex Police.", false},
		{"Essex Police arrested %d people; officers arrested 3.", false},
		{"Border Force officers arrested %d people.", false},
	}
	for _, s := range fixtures.OthersNamedSentences {
		sentences = append(sentences, sentence{s.Text, s.Own})
	}
	labels := []string{"Arrests", "Number of arrests", "Arrests made"}
	values := []int{12, 43, 7}
	type tc struct{ s, l, v int }
	var cases []tc
	for _, ix := range every(len(sentences), len(labels), len(values)) {
		cases = append(cases, tc{ix[0], ix[1], ix[2]})
	}
	law[tc]{
		what:  "sentences beside a figure",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%s │ %d with the note %q", labels[c.l], values[c.v], fmt.Sprintf(sentences[c.s].text, values[c.v]))
		},
		sheet: func(c tc, b *lawBook) {
			note := fmt.Sprintf(sentences[c.s].text, values[c.v])
			b.Rows("A1", []any{kentTitle}, nil, []any{"Measure", "Figure", "Notes"}, []any{labels[c.l], values[c.v], note}, []any{phonesRow[0], phonesRow[1]})
		},
		holds: func(c tc, p probe, v *verdict) {
			want := float64(values[c.v])
			if sentences[c.s].own {
				f := p.value("arrests")
				v.want(f != nil && f.Cell == "B4" && f.Value != nil && *f.Value == want && f.Qualifier == etl.Exact, "want arrests %v exact from B4, got %s", want, lineOf(f))
			} else {
				for _, f := range p.factsAt("B4") {
					v.wrong("loaded %s", factLine(f))
				}
				m := p.warnedAt("B4")
				v.want(m != nil && slices.Contains(m.Cells, "C4") && strings.Contains(m.Text, "note"), "no warning at B4 names the note's cell C4")
			}
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
		},
	}.run(t)
}
