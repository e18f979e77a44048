package phrase_test

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// Scope is an attribute of a figure, not a reason not to read it: a
// figure the grammar reads in full but whose scope words put it in
// another period, a day, a part of the force, a wider total or a running
// count is in Reading.Scoped, with its message, and never in Facts. The
// laws here state it over generated phrases.

// lawScopedForms put a whole clause in a scope: %s is the clause. Each
// is refused as the week's, and read into Scoped as the clause alone
// reads, with its kind.
var lawScopedForms = []struct {
	form string
	kind phrase.ScopeKind
}{
	{"Last year, %s", phrase.ScopePeriod},
	{"In 2018, %s", phrase.ScopePeriod},
	{"Across 2019, %s", phrase.ScopePeriod},
	{"Since April, %s", phrase.ScopePeriod},
	{"This year, %s", phrase.ScopePeriod},
	{"Over the past six months, %s", phrase.ScopePeriod},
	{"%s last year", phrase.ScopePeriod},
	{"%s since it launched last year", phrase.ScopePeriod},
	{"%s over the past year", phrase.ScopePeriod},
	{"On Monday, %s", phrase.ScopeDay},
	{"Yesterday, %s", phrase.ScopeDay},
	{"On Tuesday night, %s", phrase.ScopeDay},
	{"%s on Wednesday", phrase.ScopeDay},
	{"%s yesterday", phrase.ScopeDay},
	{"In the first two days, %s", phrase.ScopeDay},
	{"During one of the raids, %s", phrase.ScopePart},
	{"In one of the operations, %s", phrase.ScopePart},
	{"To date, %s", phrase.ScopeRunning},
	{"%s by Wednesday", phrase.ScopeRunning},
	{"By Thursday, %s", phrase.ScopeRunning},
}

// lawNotCounts are the same scopes with words that make the figure no
// count of what was done in them (%s is the number): a comparison, a
// forecast or aim, a condition, a negation, a target, a percentage, a
// rate, an average, a change. None is read, as a fact or as scoped.
var lawNotCounts = []string{
	"Last year, %s more people were arrested than in 2019",
	"On Monday, officers made %s arrests more than on Sunday",
	"Since April, %s fewer lines have been closed than last year",
	"Last year officers made twice as many arrests as the %s of 2019",
	"This year, %s people will be arrested",
	"Last year, officers hoped to arrest %s people",
	"Last year, officers could have arrested %s people",
	"On Monday, %s warrants would have been executed",
	"If %s people had been arrested last year",
	"Last year, officers did not arrest %s people",
	"Last year, a target of %s arrests was set",
	"Since April, %s% of arrests were of children",
	"Last year, an average of %s arrests were made",
	"Last year, %s arrests per week were made",
	"On Monday, arrests rose by %s",
	"Last year, arrests were up %s on the year before",
	"Last year, %s people were expected to be arrested",
	"To date, half of the %s arrests were of children",
}

// scopedPair is a clause that reads to its facts alone, and the same
// clause in a scope.
type scopedPair struct {
	plain, text string
	kind        phrase.ScopeKind
	words       string // the form's own words: "On Monday, "
}

// lawScopedPairs puts each phrase of the composition law that reads
// exactly to its facts (and refuses its NONE figures), in one clause
// with no strong sign (a scope covers the stretch up to a dash, a
// bracket, a colon or a semicolon), in each form of lawScopedForms in
// turn.
func lawScopedPairs(r *phrase.Reader, cases []lawCase, heading map[int]string) []scopedPair {
	var out []scopedPair
	n := 0
	for i, c := range cases {
		if heading[i] != "" || strings.ContainsAny(c.text, ";:()–—-.") || len(c.want) == 0 {
			continue
		}
		got := r.Read(c.text, phrase.Context{})
		tl, _ := score(pbPhrase{text: c.text, rows: c.want}, got, map[string]*tally{})
		if tl.exact == 0 || tl.abstained != tl.none || len(got.Scoped) > 0 || len(got.Facts) == 0 {
			continue
		}
		f := lawScopedForms[n%len(lawScopedForms)]
		n++
		clause := c.text
		if !strings.HasPrefix(f.form, "%s") {
			clause = lowerWord(clause)
		}
		out = append(out, scopedPair{c.text, fmt.Sprintf(f.form, clause), f.kind, strings.Replace(f.form, "%s", "", 1)})
	}
	return out
}

// key is a fact as the phrasebook compares it.
func key(f phrase.Fact) string { return fmtFact(f) }

func keys(fs []phrase.Fact) []string {
	var out []string
	for _, f := range fs {
		out = append(out, key(f))
	}
	sort.Strings(out)
	return out
}

// partition checks the law every reading keeps: a Scoped figure has a
// kind and words of the text, a figure with a number in Scoped has its
// scope's message, and no figure is both a fact and scoped.
func partition(text string, rd phrase.Reading) []string {
	var bad []string
	for _, s := range rd.Scoped {
		if s.Kind == "" || s.Words == "" || !strings.Contains(text, s.Words) {
			bad = append(bad, fmt.Sprintf("scoped %s with kind %q and words %q not in the text", key(s.Fact), s.Kind, s.Words))
		}
		for _, f := range rd.Facts {
			if f.Start < s.End && s.Start < f.End && sameValue(f.Value, s.Value) {
				bad = append(bad, fmt.Sprintf("%s is a fact and scoped", key(s.Fact)))
			}
		}
		if s.Value == nil {
			continue
		}
		said := false
		for _, m := range rd.Messages {
			said = said || m.Start <= s.Start && s.Start < m.End && sameValue(m.Value, s.Value) && m.Code == phrase.CodeChangesMeaning
		}
		if !said {
			bad = append(bad, fmt.Sprintf("scoped %s has no message of its scope", key(s.Fact)))
		}
	}
	return bad
}

// TestScopedLaw: every phrase of the composition law, every phrase of
// found.csv and of the phrasebook's development slice, and every scoped
// and not-counted phrase generated here keeps the partition; each
// Scoped figure of a clause put in a scope is a fact the clause alone
// reads (never another: the scope words add nothing to what a figure
// is), with the scope's kind; each not-counted phrase reads neither a
// fact nor a scoped figure, and has a message. How many clauses in a
// scope give all the clause's figures as scoped is a measure of recall,
// held to a floor. Whether a clause in a scope still reads facts of the
// week is the business of the scope laws (lawScopeCases, ...), not of
// this one.
func TestScopedLaw(t *testing.T) {
	cat := testCatalog(t)
	r := newReader(t)
	cases, heading := compositionCases(cat)
	var texts []string
	for _, c := range cases {
		texts = append(texts, c.text)
	}
	for _, p := range loadBook(t, "testdata/found.csv", "f") {
		texts = append(texts, p.text)
	}
	for _, p := range loadPhrasebook(t) {
		if !heldOut(p) {
			texts = append(texts, p.text)
		}
	}
	pairs := lawScopedPairs(r, cases, heading)
	for _, p := range pairs {
		texts = append(texts, p.text)
	}
	var notCounts []string
	g := &lawGen{}
	for _, c := range lawNotCounts {
		for j := 0; j < 3; j++ {
			notCounts = append(notCounts, fmt.Sprintf(strings.Replace(c, "%s%", "%s%%", 1), g.digits().text))
		}
	}
	texts = append(texts, notCounts...)
	broken := 0
	for _, text := range texts {
		for _, b := range partition(text, r.Read(text, phrase.Context{})) {
			broken++
			t.Errorf("%q: %s", text, b)
		}
	}
	scoped, read := 0, 0
	for _, p := range pairs {
		want := keys(r.Read(p.plain, phrase.Context{}).Facts)
		got := r.Read(p.text, phrase.Context{})
		rest := map[string]int{}
		for _, k := range want {
			rest[k]++
		}
		for _, s := range got.Scoped {
			// the form's scope gives its kind; a scope of the clause's
			// own words may come first ("£750 found in Essex on
			// Wednesday": a part of the force's area)
			if s.Kind != p.kind && strings.Contains(strings.ToLower(p.words), strings.ToLower(s.Words)) {
				t.Errorf("%q: %s scoped as %s, want %s", p.text, key(s.Fact), s.Kind, p.kind)
			}
			if rest[key(s.Fact)] == 0 {
				t.Errorf("%q: scoped %s; %q alone reads %v", p.text, key(s.Fact), p.plain, want)
			}
			rest[key(s.Fact)]--
		}
		if len(got.Scoped) == len(want) && len(got.Facts) == 0 {
			read++
		}
		scoped += len(got.Scoped)
	}
	for _, text := range notCounts {
		got := r.Read(text, phrase.Context{})
		if len(got.Facts) > 0 || len(got.Scoped) > 0 || len(got.Messages) == 0 {
			t.Errorf("%q: no count of what was done, but read: facts %v, scoped %d, %d messages", text, keys(got.Facts), len(got.Scoped), len(got.Messages))
		}
	}
	t.Logf("scoped law: %d readings keep the partition (%d broken); %d of %d clauses in a scope read as alone (%d scoped figures); %d not-counted phrases",
		len(texts), broken, read, len(pairs), scoped, len(notCounts))
	if len(pairs) < 5000 {
		t.Errorf("%d scoped pairs, want at least 5000", len(pairs))
	}
	// recall reached: raise it when scoped figures are read more fully
	if floor := 0.90; float64(read) < floor*float64(len(pairs)) {
		t.Errorf("%d of %d clauses in a scope read as alone, below %.2f", read, len(pairs), floor)
	}
}

// weekTotal finds a running total whose own words name the force's week
// ("taking the total arrests made this week to three", "bring the total
// line runners detained for the week to 304"): its figure, and what it
// includes after it, are the week's, whatever day took it there.
var weekTotal = regexp.MustCompile(`(?i)\b(take|takes|took|taken|taking|bring|brings|brought|bringing) the total [^,;:]*\b(this week|for the week|during the week) to `)

// weekOwn reports a fact of a clause in a fronted scope form whose own
// words name the week: a running total of the week, or a part of it
// named after its figure ("... this week to 2,031, including 12 men").
// A scope said after the clause stands after those words too ("taking
// the total arrests made this week to three on Wednesday": three up to
// Wednesday) and leaves no exception.
func weekOwn(p scopedPair, f phrase.Fact) bool {
	if strings.HasPrefix(p.words, " ") {
		return false
	}
	loc := weekTotal.FindStringIndex(p.text)
	return loc != nil && f.Start >= loc[0]
}

// TestScopedNoFactLaw: a clause put in a scope form of lawScopedForms
// (another period, one day, a part, a count up to a day) reads no fact
// of the week, in the context of a force's release: the scope's words
// reach every figure of the clause they can govern, and where it is not
// clear which they govern ("X, as well as Y by Wednesday", "In addition
// to X, officers did Y yesterday", a list of figures) all are refused.
// The only facts left are the week's own by their words (weekOwn). The
// clauses that still read one are logged and held to a ceiling.
func TestScopedNoFactLaw(t *testing.T) {
	cat := testCatalog(t)
	r := newReader(t)
	cases, heading := compositionCases(cat)
	pairs := lawScopedPairs(r, cases, heading)
	bad, kept := 0, 0
	byForm := map[string]int{}
	for _, p := range pairs {
		got := r.Read(p.text, phrase.Context{Force: "kent"})
		var wrong []phrase.Fact
		for _, f := range got.Facts {
			if weekOwn(p, f) {
				kept++
				continue
			}
			wrong = append(wrong, f)
		}
		if len(wrong) > 0 {
			bad++
			byForm[p.words]++
			t.Logf("%q: in a scope, read as the week's %v", p.text, keys(wrong))
		}
	}
	var forms []string
	for f := range byForm {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	for _, f := range forms {
		t.Logf("%4d clauses read facts in %q", byForm[f], f)
	}
	t.Logf("scoped no-fact law: %d of %d clauses in a scope read a fact of the week; %d facts kept as the week's by their own words", bad, len(pairs), kept)
	// what remains (logged above): "One of the 12
	// suspects apprehended was later released yesterday", a week named beside a day ("in the week
	// beginning Monday on Wednesday"), a list with a value ("Officers
	// seized 3 knives, crack and cocaine worth £250,000 on Wednesday"),
	// a clause with no figure between ("and the busiest day was Monday
	// yesterday"); lower the ceiling as they are refused. ("in the
	// first week of action by Wednesday" is refused: "by" bounds no week)
	if ceiling := 25; bad > ceiling {
		t.Errorf("%d of %d clauses in a scope read a fact of the week, above %d", bad, len(pairs), ceiling)
	}
}
