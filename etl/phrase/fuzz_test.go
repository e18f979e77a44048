package phrase_test

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
	"github.com/countylines/countylines/reference"
)

// FuzzPhrase reads arbitrary text as a phrase and as a label. Laws: no
// panic; the same text reads the same twice; every fact lies inside the
// text and stands on a number written there (digits, a number word, an
// article) or is an item named with no number, unquantified, of a metric
// that keeps those; values are finite and not negative; a label with a
// word that changes meaning is never read.
func FuzzPhrase(f *testing.F) {
	for _, c := range numberCorpus {
		f.Add(c.text)
	}
	for _, c := range amountCorpus {
		f.Add(c.text)
	}
	for _, c := range append(append(readCorpus, readCorpus2...), readCorpus3...) {
		f.Add(c.text)
	}
	for _, c := range labelCorpus {
		f.Add(c.text)
	}
	for _, s := range noFigures {
		f.Add(s)
	}
	for _, c := range append(append(conceptCorpus, whenCorpus...), formsReadCorpus...) {
		f.Add(c.text)
	}
	for _, s := range whenNoFigures {
		f.Add(s)
	}
	for _, p := range loadBook(f, "testdata/found.csv", "f") {
		f.Add(p.text)
	}
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		f.Fatal(err)
	}
	r, err := phrase.New(cat)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return
		}
		got := r.Read(text, phrase.Context{})
		again := r.Read(text, phrase.Context{})
		if !reflect.DeepEqual(got, again) {
			t.Fatalf("%q read twice differently:\n%+v\n%+v", text, got, again)
		}
		for _, fa := range got.Facts {
			if fa.Start < 0 || fa.End > len(text) || fa.Start > fa.End || text[fa.Start:fa.End] != fa.Text {
				t.Fatalf("%q: fact %+v does not lie in the text", text, fa)
			}
			m, ok := cat.Metric(fa.Metric)
			if !ok {
				t.Fatalf("%q: fact of unknown metric %s", text, fa.Metric)
			}
			if fa.Value == nil {
				if fa.Qualifier != etl.Unquantified {
					t.Fatalf("%q: fact %+v has no value but is %s", text, fa, fa.Qualifier)
				}
				top := m
				for top.Parent != "" {
					top, _ = cat.Metric(top.Parent)
				}
				// the group word of its item kind ("drugs", "offensive
				// weapons") names all items: an empty item, kept
				if !top.Unquantified || fa.Item == "" && !groupWordText(fa.Text, top.ItemKind) {
					t.Fatalf("%q: unquantified fact %+v of a metric that does not keep them", text, fa)
				}
				continue
			}
			if v := *fa.Value; math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
				t.Fatalf("%q: fact %+v has value %v", text, fa, v)
			}
			if !hasNumberBasis(fa.Text) {
				t.Fatalf("%q: fact %+v stands on no number", text, fa)
			}
			if fa.Qualifier == etl.Unquantified || fa.Unit == "" {
				t.Fatalf("%q: fact %+v with a value lacks a unit or a qualifier", text, fa)
			}
		}
		lb := r.Label(text, phrase.Context{})
		if lb2 := r.Label(text, phrase.Context{}); !reflect.DeepEqual(lb, lb2) {
			t.Fatalf("label %q read twice differently", text)
		}
		if lb.OK && (lb.Changer != "" || len(lb.Unknown) > 0 || len(lb.Ambiguous) > 0) {
			t.Fatalf("label %q read as %s despite %+v", text, lb.Metric, lb)
		}
		if lb.OK {
			if _, ok := cat.Metric(lb.Metric); !ok {
				t.Fatalf("label %q read as unknown metric %s", text, lb.Metric)
			}
		}
		if !lb.OK && lb.Why == "" && strings.TrimSpace(text) != "" {
			t.Fatalf("label %q not read and no reason given", text)
		}
	})
}

var numberWordsForFuzz = strings.Fields("a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million dozen zero half")

func hasNumberBasis(s string) bool {
	if strings.IndexFunc(s, unicode.IsNumber) >= 0 {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, n := range numberWordsForFuzz {
			if w == n {
				return true
			}
		}
	}
	return false
}

// groupWordText reports a fact's words that end in the word of its item
// kind, plural or not: "drugs", "illicit drugs", "offensive weapons". Words
// are split at any mark, as the reader splits them: `Offensive"weapon` ends
// in "weapon".
func groupWordText(text, kind string) bool {
	w := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
	if len(w) == 0 || kind == "" {
		return false
	}
	last := w[len(w)-1]
	return last == kind || last == kind+"s"
}
