package phrase_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/countylines/countylines/etl/phrase"
	"github.com/countylines/countylines/reference"
)

// TestAnotherBodyTextLaw: a text whose force is a body words.csv names as
// another body than a police force ("Police Scotland,actor,body": the
// code police_scotland; "NCA": nca) gives that body's figures, not an
// England and Wales force's own week: every figure it reads is Scoped
// (another's), each with a message naming the figure, and none is a
// fact. Read as facts, as before: the same words in a force's own text,
// a regional unit's (tarian, emsou) and a national one. Every body of
// words.csv is tried, with each wording.
func TestAnotherBodyTextLaw(t *testing.T) {
	r := newReader(t)
	b, err := reference.FS.ReadFile("words.csv")
	if err != nil {
		t.Fatal(err)
	}
	var bodies []string
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Split(strings.TrimSpace(l), ","); len(f) == 3 && f[1] == "actor" && f[2] == "body" {
			bodies = append(bodies, strings.Join(strings.FieldsFunc(strings.ToLower(f[0]), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), "_"))
		}
	}
	if len(bodies) < 5 {
		t.Fatalf("%d bodies in words.csv, want at least 5", len(bodies))
	}
	texts := []string{
		"Officers made %d arrests and seized %d knives during the week of action.",
		"In addition %d warrants were executed and %d vulnerable people were safeguarded.",
		"The police arrested a total of %d individuals, with %d warrants executed.",
	}
	n, failed := 0, 0
	check := func(text, force string, other bool) {
		n++
		rd := r.Read(text, phrase.Context{Force: force})
		named := 0
		for _, s := range rd.Scoped {
			for _, m := range rd.Messages {
				if m.Value != nil && s.Value != nil && *m.Value == *s.Value && m.Start <= s.Start && s.End <= m.End {
					named++
					break
				}
			}
		}
		switch {
		case other && (len(rd.Facts) > 0 || len(rd.Scoped) != 2 || named != 2):
			t.Errorf("%s %q: facts %v, %d scoped (%d named), want none and 2 scoped, each named", force, text, factStrings(rd.Facts), len(rd.Scoped), named)
		case !other && len(rd.Facts) != 2:
			t.Errorf("%s %q: facts %v, want 2", force, text, factStrings(rd.Facts))
		default:
			return
		}
		failed++
	}
	for i, body := range bodies {
		for j, f := range texts {
			text := fmt.Sprintf(f, 11+i*7+j, 3+i+j*5)
			check(text, body, true)
			if i == 0 {
				for _, own := range []string{"kent", "north_wales", "tarian", "emsou", "national"} {
					check(text, own, false)
				}
			}
		}
	}
	t.Logf("%d of %d texts failed", failed, n)
}
