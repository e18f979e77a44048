package phrase_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

func factStrings(fs []phrase.Fact) []string {
	var out []string
	for _, f := range fs {
		v := "NULL"
		if f.Value != nil {
			v = fmt.Sprint(*f.Value)
		}
		out = append(out, fmt.Sprintf("%s/%s %s %s %s", f.Metric, f.Item, f.Unit, v, f.Qualifier))
	}
	sort.Strings(out)
	return out
}

// readCase is a phrase and the facts a careful reader takes from it.
type readCase = struct {
	text string
	want []string
}

func TestReadCorpus(t *testing.T) {
	checkReadCorpus(t, append(append(readCorpus, readCorpus2...), readCorpus3...))
}

func TestConceptCorpus(t *testing.T) { checkReadCorpus(t, conceptCorpus) }

func TestHeadingCorpus(t *testing.T) {
	r := newReader(t)
	for _, c := range headingCorpus {
		got := r.Read(c.text, phrase.Context{Heading: c.heading})
		want := append([]string(nil), c.want...)
		sort.Strings(want)
		if g := factStrings(got.Facts); strings.Join(g, "; ") != strings.Join(want, "; ") {
			t.Errorf("%q under %q\n got  %v\n want %v\n messages %v", c.text, c.heading, g, want, got.Messages)
		}
		if len(c.want) == 0 && len(got.Messages) == 0 {
			t.Errorf("%q: no fact and no message", c.text)
		}
	}
}

func TestWhenCorpus(t *testing.T) {
	checkReadCorpus(t, whenCorpus)
	r := newReader(t)
	for _, text := range whenNoFigures {
		if got := r.Read(text, phrase.Context{}); len(got.Facts)+len(got.Messages) > 0 {
			t.Errorf("%q names no figure, got %v %v", text, factStrings(got.Facts), got.Messages)
		}
	}
}

func checkReadCorpus(t *testing.T, corpus []readCase) {
	t.Helper()
	r := newReader(t)
	for _, c := range corpus {
		got := r.Read(c.text, phrase.Context{})
		want := append([]string(nil), c.want...)
		sort.Strings(want)
		g := factStrings(got.Facts)
		if strings.Join(g, "; ") != strings.Join(want, "; ") {
			var msgs []string
			for _, m := range got.Messages {
				msgs = append(msgs, m.String())
			}
			t.Errorf("%q\n got  %v\n want %v\n messages %v", c.text, g, want, msgs)
			continue
		}
		if len(c.want) == 0 && len(got.Messages) == 0 {
			t.Errorf("%q: no fact and no message; a figure that is not read must be reported", c.text)
		}
	}
}

func TestNoFigures(t *testing.T) {
	r := newReader(t)
	for _, text := range noFigures {
		if got := r.Read(text, phrase.Context{}); len(got.Facts)+len(got.Messages) > 0 {
			t.Errorf("%q names no figure, got %v %v", text, factStrings(got.Facts), got.Messages)
		}
	}
}
