package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// unnamedFigures are the figures of found.csv and the phrasebook's
// development slice that TestEveryFigureAccountedLaw still finds neither
// read nor named: a number glued to a word ("in18 arrests"), an article
// before a thing nobody taught us ("a £40,000 Land Rover", "a lock saw"),
// a figure written amiss ("£84,0000") and a sentence of years
// ("11-and-a-half years"). Lower it when one is named; never raise it.
const unnamedFigures = 5

// TestEveryFigureAccountedLaw: no figure of a phrase is dropped in
// silence (the first rule). Over found.csv and the phrasebook's
// development slice (the held-out slice stays unseen), every number the
// reader finds in a phrase (Reader.Numbers: what "a figure" means where
// every figure must be accounted for) is in the words of a fact or a
// scoped figure, or of a message; and every figure a labeller gave a
// value (a fact, or a NONE figure that is no fact) is read with that
// value, or named by a message with it or over a number of it. The
// second holds for all but unnamedFigures figures (listed when the test
// is verbose); it fails when more are dropped.
func TestEveryFigureAccountedLaw(t *testing.T) {
	r := newReader(t)
	book := loadBook(t, "testdata/found.csv", "f")
	for _, p := range loadPhrasebook(t) {
		if !heldOut(p) {
			book = append(book, p)
		}
	}
	silent := 0
	for _, p := range book {
		rd := r.Read(p.text, phrase.Context{Force: p.force})
		nums := r.Numbers(p.text)
		for _, n := range nums {
			if !numberSpoken(rd, n) {
				t.Errorf("%s %q: the number %q is neither read nor named by a message", p.id, p.text, n.Text)
			}
		}
		for _, row := range p.rows {
			if row.value == nil || figureSpoken(p.text, rd, nums, row.value) {
				continue
			}
			silent++
			t.Logf("%s %q: %s %s %s neither read nor named", p.id, p.text, row.metric, row.item, fmtVal(row.value))
		}
	}
	t.Logf("%d labelled figures neither read nor named (at most %d)", silent, unnamedFigures)
	if silent > unnamedFigures {
		t.Errorf("%d labelled figures neither read nor named, want at most %d", silent, unnamedFigures)
	}
}

// numberSpoken reports a fact, scoped figure or message whose words hold
// the number n.
func numberSpoken(rd phrase.Reading, n phrase.Number) bool {
	return phrase.SpokenForTest(rd, n.Start, n.End)
}

// figureSpoken reports the value v read (a fact or a scoped figure), or
// named by a message: with it as the message's value, or over a number
// of the text (nums) that has it, or over its digits (the second number
// of a range: "15-25 wraps").
func figureSpoken(text string, rd phrase.Reading, nums []phrase.Number, v *float64) bool {
	for _, f := range rd.Facts {
		if sameValue(f.Value, v) {
			return true
		}
	}
	for _, s := range rd.Scoped {
		if sameValue(s.Value, v) {
			return true
		}
	}
	for _, m := range rd.Messages {
		if sameValue(m.Value, v) {
			return true
		}
		for _, n := range nums {
			if n.Value == *v && m.Start <= n.Start && n.End <= m.End {
				return true
			}
		}
		if strings.Contains(strings.ReplaceAll(text[m.Start:m.End], ",", ""), fmtVal(v)) {
			return true
		}
	}
	return false
}

// TestAgedOneNamedLaw: one person described by age after an article,
// with a verb done to people ("A 16-year-old boy was safeguarded",
// "Police arrested a 20-year-old man", "The 35-year-old woman was
// charged"), is no figure the grammar reads (a case the words tell of,
// which found.csv labels a fact when safeguarded and no fact when
// arrested), and it is named by a message of one, never dropped. Not
// named: the same words with no verb done to people ("A 16-year-old
// boy.", "a 16-year-old boy's car was seized"), and a thing's measure
// after an article ("a 12-inch knife").
func TestAgedOneNamedLaw(t *testing.T) {
	r := newReader(t)
	people := []string{"boy", "girl", "man", "woman", "teenager", "youth"}
	verbs := []string{"was arrested", "was safeguarded", "was charged", "has been arrested", "was later charged"}
	failed, n := 0, 0
	check := func(text string, named bool) {
		n++
		rd := r.Read(text, phrase.Context{Force: "kent"})
		ones := 0
		for _, m := range rd.Messages {
			if m.Value != nil && *m.Value == 1 && strings.Contains(text[m.Start:m.End], "-year-old") {
				ones++
			}
		}
		switch {
		case len(rd.Facts)+len(rd.Scoped) > 0:
			t.Errorf("%q: read %v", text, factStrings(rd.Facts))
		case named && ones != 1:
			t.Errorf("%q: the one person is not named by a message of one: %v", text, rd.Messages)
		case !named && ones > 0:
			t.Errorf("%q: named a person where no verb is done to one: %v", text, rd.Messages)
		default:
			return
		}
		failed++
	}
	for i, who := range people {
		for j, v := range verbs {
			age := 13 + (i*7+j*5)%50
			check(fmt.Sprintf("A %d-year-old %s %s.", age, who, v), true)
			check(fmt.Sprintf("The %d-year-old %s %s.", age, who, v), true)
			check(fmt.Sprintf("Police arrested a %d-year-old %s on suspicion of possession with intent to supply.", age, who), true)
			check(fmt.Sprintf("An %d-year-old %s %s.", 18+age%2*62, who, v), true) // 18 or 80: "an 18-", "an 80-"
			check(fmt.Sprintf("A %d-year-old %s.", age, who), false)
			check(fmt.Sprintf("A %d-year-old %s's car was seized.", age, who), false)
			check(fmt.Sprintf("Officers seized a %d-inch knife.", age), false)
		}
	}
	t.Logf("%d of %d phrases failed", failed, n)
}
