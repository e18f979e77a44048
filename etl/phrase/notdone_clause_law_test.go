package phrase_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestClauseNotDoneLaw: a figure with no verb of its own after it takes
// the mood of its clause's verb before it. Where a modal or a word of
// intention before "to" governs that verb ("The operation will result
// in 41 arrests", "could lead to the seizure of 41 knives", "It is hoped
// the week will see 41 people safeguarded", "aims to achieve"), what it
// counts was planned, hoped or possible, not done: no fact, and a
// message naming the word. The same words done ("resulted in", "has led
// to", "saw"), a modal in another clause ("which will be repeated in
// March", "and will continue the work"), a figure with its own verb
// after the modal's ("after 41 arrests were made") keep the figure.
func TestClauseNotDoneLaw(t *testing.T) {
	r := newReader(t)
	figs := []struct{ np, want string }{
		{"41 arrests", "arrests/ people 41 exact"},
		{"the seizure of 41 knives", "weapons_seized/knife count 41 exact"},
		{"41 people safeguarded", "safeguarded/ people 41 exact"},
		{"the recovery of 41 mobile phones", "mobile_phones_seized/ count 41 exact"},
		{"41 people arrested", "arrests/ people 41 exact"},
	}
	refused := []string{
		"The operation will result in %s.",
		"The operation could lead to %s.",
		"It is hoped the week will see %s.",
		"The operation would bring %s.",
		"The operation may result in %s.",
		"The operation should lead to %s.",
		"The operation might see %s.",
		"The operation aims to achieve %s.",
		"Officers hope the week will produce %s.",
		"The week is expected to deliver %s.",
		"Officers plan to secure %s.",
		"The force intends to bring about %s.",
	}
	done := []string{
		"The operation resulted in %s.",
		"The operation led to %s.",
		"The week saw %s.",
		"The operation has led to %s.",
		"The operation has resulted in %s.",
		"The week, which will be repeated in March, saw %s.",
		"During the week, officers said they would act, and the operation saw %s.",
	}
	ctx := phrase.Context{Force: "kent"}
	n, failed := 0, 0
	check := func(text string, want []string) {
		n++
		rd := r.Read(text, ctx)
		var got []string
		for _, f := range rd.Facts {
			got = append(got, fmtFact(f))
		}
		slices.Sort(got)
		slices.Sort(want)
		bad := !slices.Equal(got, want)
		if len(want) == 0 && len(rd.Messages) == 0 {
			bad = true // refused with a message, never in silence
		}
		if bad {
			failed++
			t.Errorf("%q: read %v, want %v", text, got, want)
		}
	}
	for _, f := range figs {
		for _, c := range refused {
			check(fmt.Sprintf(c, f.np), nil)
		}
		for _, c := range done {
			check(fmt.Sprintf(c, f.np), []string{f.want})
		}
	}
	// a modal in another clause, or before a verb the figure has of its
	// own
	for _, c := range []struct {
		text string
		want []string
	}{
		{"41 arrests were made during the week and officers will continue the work.", []string{"arrests/ people 41 exact"}},
		{"Officers made 41 arrests and will continue the work.", []string{"arrests/ people 41 exact"}},
		{"Officers will continue the work after 41 arrests were made.", []string{"arrests/ people 41 exact"}},
		{"Police can confirm 41 arrests were made.", []string{"arrests/ people 41 exact"}},
		{"Officers will make 41 arrests.", nil},
		// a list the clause's verb goes on to
		{"The operation will lead to 41 arrests and 42 charges.", nil},
		{"The operation could see 41 arrests and the closure of 12 county lines.", nil},
		{"The operation will lead to the seizure of 41 knives and 42 machetes.", nil},
		{"The operation led to 41 arrests and 42 charges.", []string{"arrests/ people 41 exact", "charges/ count 42 exact"}},
		{"The operation saw 41 arrests and the closure of 12 county lines.", []string{"arrests/ people 41 exact", "lines_closed/ count 12 exact"}},
		{"Officers will continue the work, and the week saw 41 arrests.", []string{"arrests/ people 41 exact"}},
		{"Officers could have made 41 arrests.", nil},
	} {
		check(c.text, c.want)
	}
	t.Logf("%d of %d sentences failed", failed, n)
}
