package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// kentRelease is the head of a Kent release of the week of 11-17
// October 2021; a law's sentence follows it.
const kentRelease = "Kent Police – County Lines Intensification Week 11–17 October 2021\n"

// releaseFig is a figure clause of a release: %[1]s its number, and the
// fact it drafts alone ("Officers arrested 12 people": arrests 12).
type releaseFig struct {
	clause, metric, item string
	v                    float64
}

var releaseFigs = []releaseFig{
	{"officers arrested 12 people", "arrests", "", 12},
	{"officers seized 5 knives", "weapons_seized", "knife", 5},
	{"officers made 43 arrests", "arrests", "", 43},
	{"officers closed 3 county lines", "lines_closed", "", 3},
	{"officers executed 7 warrants", "warrants", "", 7},
	{"officers seized 9 mobile phones", "mobile_phones_seized", "", 9},
}

// drafts reports a release drafting the figure's fact.
func drafts(rel phrase.Release, f releaseFig) bool {
	for _, x := range rel.Facts {
		if x.Metric == f.metric && x.Item == f.item && x.Value != nil && *x.Value == f.v {
			return true
		}
	}
	return false
}

// capFirst writes a sentence's first letter as a capital.
func capFirst(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// releaseCases are sentences of Kent's release, each with its figure
// and whether the release drafts it.
type releaseCases map[releaseCase]bool

// releaseCase is a sentence and one figure it must draft or not.
type releaseCase struct {
	s string
	f releaseFig
}

func (c releaseCases) add(s string, f releaseFig, want bool) { c[releaseCase{s, f}] = want }

// releaseLaw checks each sentence of Kent's release drafts its figure
// (want) or does not, and says how many did not as they should.
func releaseLaw(t *testing.T, name string, cases releaseCases) {
	t.Helper()
	r := newReader(t)
	bad := 0
	for c, want := range cases {
		rel := r.Release(kentRelease + c.s)
		if got := drafts(rel, c.f); got != want {
			bad++
			if bad <= 20 {
				t.Errorf("%q: drafts %s %v: %v, want %v", c.s, c.f.metric, c.f.v, got, want)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%s: %d of %d cases wrong", name, bad, len(cases))
	}
}

// TestReleaseDateLaw: a date in a release is judged against the week
// its head gives (11-17 October 2021). A date outside it, however
// written and wherever it stands (before the figure, after it, in
// brackets, bounding a stretch), makes the figure another period's; a
// date inside it said on its own one day's, as "On Tuesday" is. Still
// drafted: no date, the week's own stretch by its dates ("between 11
// and 17 October", "the week ending Sunday 17th October 2021", "w/e
// 17/10/2021"), and the day the release was told on.
func TestReleaseDateLaw(t *testing.T) {
	outside := []string{"3 October", "3rd October 2021", "October 3", "10/10/2021", "24 October", "Sunday 10 October", "18/10/2021"}
	inside := []string{"12 October", "Tuesday 12 October", "14/10/2021", "October 13"}
	cases := releaseCases{}
	add := cases.add
	for _, f := range releaseFigs {
		for _, d := range append(append([]string{}, outside...), inside...) {
			add(fmt.Sprintf("On %s %s.", d, f.clause), f, false)
			add(fmt.Sprintf("On %s, %s.", d, f.clause), f, false)
			add(fmt.Sprintf("%s on %s.", capFirst(f.clause), d), f, false)
		}
		for _, d := range outside {
			add(fmt.Sprintf("%s (w/e %s).", capFirst(f.clause), d), f, false)
			add(fmt.Sprintf("%s in the week ending %s.", capFirst(f.clause), d), f, false)
			add(fmt.Sprintf("Since %s %s.", d, f.clause), f, false)
		}
		add(fmt.Sprintf("%s between 4 and 17 October.", capFirst(f.clause)), f, false)
		add(fmt.Sprintf("%s in the week commencing 4th October 2021.", capFirst(f.clause)), f, false)
		for _, own := range []string{
			"%s.", "During the week %s.", "During the week of 11–17 October, %s.", "Between 11 and 17 October %s.",
			"%s between 11 and 17 October 2021.", "%s from Monday 11 October to Sunday 17 October.",
			"%s in the week ending 17 October.", "%s in the week ending Sunday 17th October 2021.", "%s (w/e 17/10/2021).",
			"%s (11/10/2021 - 17/10/2021).", "In a statement on 21 October, the force said %s.",
		} {
			s := fmt.Sprintf(own, f.clause)
			add(capFirst(s), f, true)
		}
	}
	releaseLaw(t, "TestReleaseDateLaw", cases)
	for _, part := range []struct {
		name string
		gen  func(func(string, releaseFig, bool))
	}{{"clause dates", releaseClauseDates}, {"week bounds", releaseWeekBounds}, {"colon dates", releaseColonDates}, {"list ends", releaseListEnds}, {"dated days", releaseDatedDays}} {
		c := releaseCases{}
		part.gen(c.add)
		releaseLaw(t, "TestReleaseDateLaw "+part.name, c)
	}
}

// releaseClauseDates: a date judges a figure only when it governs the
// figure's own verb or opens the sentence (review20 R1). Said in a
// clause of another verb after the figure (a relative clause, a future,
// a bail or court date, an event the figure's people or things were
// wanted for or used in, another week compared with), it is that
// verb's, and the figure drafts; the same date said of the figure's
// own verb, before it, or in a clause whose verb is the figure's kind of
// action does not.
func releaseClauseDates(add func(string, releaseFig, bool)) {
	dates := []string{"3 November", "18 October", "1 December", "3 October", "8/11/2021", "Tuesday 19 October", "14 October"}
	others := []string{
		"%s, who will appear at Maidstone Crown Court on %s.", "%s, who were remanded in custody to appear at court on %s.",
		"%s, which will be destroyed on %s.", "%s, all of whom were bailed until %s.", "%s and were bailed to return on %s.",
		"%s, four of whom have been charged and will appear at court on %s.", "%s, including a man wanted for a stabbing on %s.",
		"%s, including one used in a stabbing on %s.",
		"%s, more than in the week of action that ended on %s.", "%s, and a further week of action will take place on %s.",
		"%s, including a man who is due in court on %s.", "%s, who have been released under investigation or bailed until %s.",
	}
	owns := []string{
		"%[1]s on %[2]s, who will appear at court.", "On %[2]s, %[1]s, who will appear at court on 3 November.",
		"%[1]s, all of them on %[2]s.", "%[1]s, including one arrested on %[2]s.", "%[1]s, including one seized on %[2]s.",
		"%[1]s and charged them on %[2]s.", "%[1]s during an operation which began on %[2]s.",
		"%[1]s during the week of action, which ended on %[2]s.", "%[1]s in a week of action that began on %[2]s.",
	}
	for _, f := range releaseFigs {
		for _, d := range dates {
			for _, o := range others {
				if strings.Contains(o, "Maidstone") && strings.Contains(d, "day") {
					continue // "at Maidstone Crown Court on Tuesday": a place (place.go)
				}
				add(fmt.Sprintf(o, capFirst(f.clause), d), f, true)
			}
			for _, o := range owns {
				if strings.Contains(o, "during the week of action") && d == "14 October" {
					continue // "which ended on 14 October": a part of the week, in releaseWeekBounds
				}
				add(fmt.Sprintf(o, capFirst(f.clause), d), f, false)
			}
		}
	}
}

// releaseWeekBounds: a stretch of days is the week only when both its
// bounds are the week's own first and last days (review20 R2, R3): said
// of the week ("during the week of action, which ended on 17 October",
// "the week of 11 October", "which began on 11 October") or as the ends
// of the stretch ("between 11 and 17 October", "by 17 October"). A
// stretch inside the week ("between 11 and 14 October", "from 12
// October", "by 14 October", "the seven days to 14 October") is a part
// of it, and its figure is not drafted.
func releaseWeekBounds(add func(string, releaseFig, bool)) {
	own := []string{
		"%s during the week of action, which ended on 17 October.", "%s during the week of action, which ended on Sunday 17 October.",
		"%s during the week of action, which started on 11 October.", "%s during the week of action that began on 11 October.",
		"%s during the seven-day operation, which began on 11 October.", "During the week of 11 October, %s.",
		"In the week of 11th October %s.", "The week of action began on 11 October, and %s.",
		"Between 11 and 17 October %s.", "From 11 to 17 October %s.", "By 17 October %s.", "Up to 17 October, %s.",
		"In the seven days to 17 October %s.", "%s (11/10/2021 - 17/10/2021).", "%s from Monday 11 October to Sunday 17 October.",
		"%s between Monday 11 October and Sunday 17 October.", "%s in the week to 17 October.", "In the 7 days to 17 October, %s.",
	}
	part := []string{
		"%s during the week of action, which ended on 14 October.", "%s during the week of action, which began on 12 October.",
		"%s during the week of action, which ended on 10 October.", "During the week of 12 October, %s.", "During the week of 4 October, %s.",
		"Between 11 and 14 October %s.", "%s between 11 and 14 October.", "%s between 12 and 17 October.",
		"%s between 11/10/2021 and 14/10/2021.", "Between Monday 11 October and Thursday 14 October %s.",
		"From 12 October %s.", "As of 14 October %s.", "By 14 October %s.", "Up to 14 October, %s.", "Until 14 October, %s.",
		"%s up to 14 October.", "In the seven days to 14 October %s.", "%s (11-14 October).", "%s from 12 to 17 October.",
		"The week of action ended on 14 October, and %s.",
		// a longer stretch that ends with the week is not the week
		"In the year to 17 October, %s.", "In the four weeks to 17 October, %s.", "In the 28 days to 17 October, %s.",
		"In the month ending 17 October, %s.", "%s in the 12 months to 17 October.",
	}
	for _, f := range releaseFigs {
		for _, o := range own {
			add(capFirst(fmt.Sprintf(o, f.clause)), f, true)
		}
		for _, o := range part {
			add(capFirst(fmt.Sprintf(o, f.clause)), f, false)
		}
	}
	// "(w/e 10/10/2021)" is said of the clause it follows, not of an
	// earlier clause with its own verb
	add("Officers made 43 arrests and seized 5 knives (w/e 10/10/2021).", releaseFigs[2], true)
	add("Officers seized 5 knives and made 43 arrests (w/e 10/10/2021).", releaseFigs[1], true)
	add("Officers seized 5 knives and made 43 arrests (w/e 10/10/2021).", releaseFigs[2], false)
	for _, f := range releaseFigs {
		for _, b := range []string{"w/e 14/10/2021", "12 October", "w/c 12/10/2021"} {
			add(fmt.Sprintf("%s (%s).", capFirst(f.clause), b), f, false)
		}
	}
}

// releaseColonDates: a day, period or place before a colon opening a
// line, or heading a list on the lines after it, is every figure's it
// heads (review20 R4), as "In Medway:" and "Previous week:" were; the
// week's own heading ("Results for the week ending 17 October:",
// "During the week:") still drafts, and a blank line ends the list.
func releaseColonDates(add func(string, releaseFig, bool)) {
	other := []string{
		"On 3 October", "Week ending 10 October", "Last year", "On Tuesday", "Between 4 and 10 October", "Since 1 April",
		"In Medway", "Results for the week ending 10 October", "Results for w/e 10/10/2021", "Between 11 and 14 October",
	}
	own := []string{"During the week", "Week ending 17 October", "Results", "Between 11 and 17 October", "Results for w/e 17/10/2021", "Results for the week ending 17 October"}
	for _, f := range releaseFigs {
		// a second line of another metric (for the phones' own figure,
		// knives: "9 mobile phones" beside "5 phones" are two figures
		// of one metric, which the draft does not choose between)
		second := "5 phones seized"
		if f.metric == "mobile_phones_seized" {
			second = "2 knives seized"
		}
		for _, h := range other {
			add(fmt.Sprintf("%s: %s.", h, f.clause), f, false)
			add(fmt.Sprintf("%s:\n- %s\n- %s", h, capFirst(f.clause), second), f, false)
			add(fmt.Sprintf("%s:\n3 phones seized\n%s.", h, capFirst(f.clause)), f, false)
			add(fmt.Sprintf("%s:\n- 3 phones seized\n\n%s.", h, capFirst(f.clause)), f, true)
			if f.clause == releaseFigs[0].clause {
				// a part of the line's figure is under its heading too
				add(fmt.Sprintf("%s:\n- 12 people (4 men and 8 women) were arrested", h), releaseFig{metric: "arrests_male", v: 4}, false)
			}
		}
		for _, h := range own {
			if f.clause == releaseFigs[0].clause {
				add(fmt.Sprintf("%s:\n- 12 people (4 men and 8 women) were arrested", h), releaseFig{metric: "arrests_male", v: 4}, true)
			}
			add(fmt.Sprintf("%s: %s.", h, f.clause), f, true)
			add(fmt.Sprintf("%s:\n- %s\n- %s", h, capFirst(f.clause), second), f, true)
		}
	}
}

// releaseDatedDays: a weekday with its date in a bracket right after it
// ("On Monday (11 October), officers arrested 12 people") is one day,
// as "On Monday 11 October" is; the bracket is the day's own, not an
// aside its words stop at (review21 V9). Still drafted: a count up to a
// day whose date is in brackets ("By Sunday (17 October) ...", as
// found.csv f1556's "By Monday (10 October) officers seized ..."), and
// the figure with no day.
func releaseDatedDays(add func(string, releaseFig, bool)) {
	days := []struct{ day, date string }{
		{"Monday", "11 October"}, {"Tuesday", "12 October"}, {"Wednesday", "13/10/2021"},
		{"Thursday", "14th October 2021"}, {"Friday", "October 15"}, {"Saturday", "16 Oct"},
	}
	for _, f := range releaseFigs {
		for _, d := range days {
			for _, o := range []string{"On %s (%s), %s.", "On %s (%s) %s.", "%[3]s on %[1]s (%[2]s)."} {
				add(capFirst(fmt.Sprintf(o, d.day, d.date, f.clause)), f, false)
			}
			add(fmt.Sprintf("On %s %s, %s.", d.day, d.date, f.clause), f, false)
		}
		for _, o := range []string{"By Sunday (17 October), %s.", "By Sunday (17 October) %s.", "%s."} {
			add(capFirst(fmt.Sprintf(o, f.clause)), f, true)
		}
	}
}

// releaseListEnds: a heading's bulleted list ends at the first line
// after its bullets that has none and begins as a sentence does, blank
// line or not (review20 R18): "In Medway:" / "- 3 phones seized" /
// "Across the county, officers arrested 12 people." drafts the 12, as
// does any opening of the line. Still under the heading: a line of the
// list, by any bullet; a bullet's words wrapped onto the next line,
// after a comma, a dash or a word that cannot end a clause ("and",
// "in"), or beginning in lower case; and any line of a list with no
// bullets ("3 phones seized" / "Officers arrested 12 people."), where
// nothing tells an item from a sentence; a line that is an item written
// without its bullet ("Five knives seized", "Knives seized: 5",
// "Warrants executed - 12", "A further 2 arrests"): only a sentence of
// its own, a finite verb with its subject ending in a full stop, or a
// line whose own first words give the whole ("Across the county",
// "This week", "Overall") ends the list.
func releaseListEnds(add func(string, releaseFig, bool)) {
	heads := []string{"In Medway", "Last year", "On Tuesday", "Week ending 10 October", "On 3 October"}
	bullets := []string{"- ", "• ", "* ", "– ", "▪ "}
	openers := []string{"%s.", "Across the county, %s.", "This week %s.", "Overall, %s.", "In total, %s."}
	for _, f := range releaseFigs {
		for _, h := range heads {
			for _, b := range bullets {
				for _, o := range openers {
					line := capFirst(fmt.Sprintf(o, f.clause))
					add(fmt.Sprintf("%s:\n%s3 phones seized\n%s", h, b, line), f, true)
					add(fmt.Sprintf("%s:\n%s3 phones seized\n%s5 bikes seized\n%s", h, b, b, line), f, true)
				}
				add(fmt.Sprintf("%s:\n%s3 phones seized\n%s%s", h, b, b, capFirst(f.clause)), f, false)
				for _, run := range []string{"3 phones seized and", "3 phones seized,", "3 phones seized in", "3 phones seized –"} {
					add(fmt.Sprintf("%s:\n%s%s\n%s", h, b, run, capFirst(f.clause)), f, false)
				}
				add(fmt.Sprintf("%s:\n%s3 phones seized\n%s.", h, b, f.clause), f, false)
			}
			add(fmt.Sprintf("%s:\n3 phones seized\nAcross the county, %s.", h, f.clause), f, false)
			for _, b := range bullets {
				// the line's own words give the whole, full stop or not
				for _, o := range []string{"Across the county, %s", "This week %s", "Overall, %s", "In total %s"} {
					add(fmt.Sprintf("%s:\n%s3 phones seized\n%s", h, b, fmt.Sprintf(o, f.clause)), f, true)
				}
			}
		}
	}
	// an item written without a bullet is still the list's (review21
	// V26): a participle phrase, a "Label: value" or "Label - value"
	// pair, a noun phrase, a clause with no full stop; each drafts on
	// its own, as the week's
	items := []struct {
		line string
		f    releaseFig
	}{
		{"Five knives were seized", releaseFig{"", "weapons_seized", "knife", 5}},
		{"Five knives seized", releaseFig{"", "weapons_seized", "knife", 5}},
		{"5 knives seized.", releaseFig{"", "weapons_seized", "knife", 5}},
		{"Knives seized: 5", releaseFig{"", "weapons_seized", "knife", 5}},
		{"Knives seized: 5.", releaseFig{"", "weapons_seized", "knife", 5}},
		{"Knives seized - 5", releaseFig{"", "weapons_seized", "knife", 5}},
		{"Warrants executed - 12", releaseFig{"", "warrants", "", 12}},
		{"Warrants executed: 12", releaseFig{"", "warrants", "", 12}},
		{"Cash seized: £5,000", releaseFig{"", "cash_seized", "", 5000}},
		{"Cannabis - 500g", releaseFig{"", "drugs_seized", "cannabis", 500}},
		{"A further 2 arrests", releaseFig{"", "arrests", "", 2}},
		{"Total arrests 30", releaseFig{"", "arrests", "", 30}},
		{"12 people arrested", releaseFig{"", "arrests", "", 12}},
		{"12 people were arrested", releaseFig{"", "arrests", "", 12}},
	}
	for _, it := range items {
		// alone, "A further 2 arrests" adds to a count the release
		// does not give: not drafted (review29 R2, TestFurtherReleaseLaw)
		add(it.line, it.f, !strings.HasPrefix(it.line, "A further"))
		for _, h := range heads {
			for _, b := range bullets {
				add(fmt.Sprintf("%s:\n%s3 phones seized\n%s", h, b, it.line), it.f, false)
				add(fmt.Sprintf("%s:\n%s3 phones seized\n%s1 bike seized\n%s", h, b, b, it.line), it.f, false)
			}
		}
	}
}

// TestReleaseWhoLaw: a figure of a release is the force's only when
// its own people did it and its own people say so. Refused, whoever it
// is and however said (the doer of the figure's verb, the speaker of
// "said" or "announced" before it): another force by any of its names
// ("BTP", "the Met", "MPS", "GMP", "Essex Police"), a regional unit or a
// body the grammar does not know, written as a name ("SEROCU", "UK
// Border Agency officers"), the force's people of, for or from such a
// name ("DCI Smith of the Met", "A spokesman for SEROCU", "Officers from
// SEROCU"), more than one force ("Together the two forces"), another
// body with the force ("The NCA and Kent Police"), customs officers and
// teachers (words.csv actors), and a named team of the force's ("Kent
// Police's Medway team": a part of it). Still drafted: the force's own
// people by their words, ranks and names, with or without "of Kent
// Police", and those it does not name ("Specialist officers").
func TestReleaseWhoLaw(t *testing.T) {
	others := []string{"Essex Police", "BTP", "British Transport Police", "The Met", "MPS", "GMP", "Met officers", "Essex officers",
		"SEROCU", "ERSOU", "UK Border Agency officers", "Customs officers", "Teachers", "The NCA and Kent Police",
		"Together the two forces", "Both forces", "Officers from SEROCU", "Officers from the Met", "Officers from Essex Police",
		"DCI Smith of the Met", "Detective Inspector Jane Smith of SEROCU", "Kent Police's Medway team",
		"Officers from Kent Police's Medway team", "Kent Police and SEROCU", "SEROCU and Kent Police"}
	speakers := []string{"Essex Police", "BTP", "The Met", "SEROCU", "A spokesman for the Met", "A spokesman for SEROCU",
		"A spokeswoman for Essex Police", "DCI Smith of the Met", "DCI Smith of SEROCU", "Detective Inspector Jane Smith of GMP",
		"UK Border Agency officers", "The NCA"}
	own := []string{"Officers", "Kent Police officers", "Kent Police", "The force", "Detectives", "We", "DCI Smith",
		"Detective Inspector Jane Smith", "DCI Smith of Kent Police", "Officers from the county lines team",
		"Specialist officers", "Officers from Kent Police", "Kent Police's Detective Sergeant Brown"}
	ownSpeakers := []string{"Officers", "Kent Police", "The force", "DCI Smith", "A spokesman for Kent Police",
		"DCI Smith of Kent Police", "Detective Inspector Jane Smith", "She"}
	cases := releaseCases{}
	add := cases.add
	for _, f := range releaseFigs {
		vp := strings.TrimPrefix(f.clause, "officers ")
		for _, w := range others {
			add(fmt.Sprintf("%s %s.", w, vp), f, false)
		}
		for _, w := range own {
			add(fmt.Sprintf("%s %s.", w, vp), f, true)
		}
		for _, sp := range speakers {
			add(fmt.Sprintf("%s said %s.", sp, f.clause), f, false)
			add(fmt.Sprintf("%s announced that %s.", sp, f.clause), f, false)
		}
		for _, sp := range ownSpeakers {
			add(fmt.Sprintf("%s said %s.", sp, f.clause), f, true)
			add(fmt.Sprintf("%s announced that %s.", sp, f.clause), f, true)
		}
	}
	for _, sp := range speakers {
		add(sp+" announced 12 arrests.", releaseFig{"", "arrests", "", 12}, false)
		add(sp+" said 12 people were arrested.", releaseFig{"", "arrests", "", 12}, false)
	}
	for _, sp := range ownSpeakers {
		add(sp+" announced 12 arrests.", releaseFig{"", "arrests", "", 12}, true)
		add(sp+" said 12 people were arrested.", releaseFig{"", "arrests", "", 12}, true)
	}
	releaseLaw(t, "TestReleaseWhoLaw", cases)
}

// TestReleasePartOfTotalLaw: "Officers arrested 11 of the 40 people":
// the verb counts the 11, a part of 40 whose count and whose owner the
// sentence does not say; neither is drafted (the 40 as the verb's figure
// least of all). Still drafted: the total before its own verb ("11 of
// the 40 people arrested were under 18": 40 arrests), and the figure
// said alone.
func TestReleasePartOfTotalLaw(t *testing.T) {
	cases := releaseCases{}
	for _, f := range releaseFigs {
		// "officers arrested 12 people" -> "officers arrested", "people"
		w := strings.Fields(f.clause)
		verb, noun := strings.Join(w[:2], " "), strings.Join(w[3:], " ")
		for _, part := range []string{"5 of the", "five of the", "3 of these", "two of those"} {
			for _, lead := range []string{"%s %s %v %s.", "During the week %s %s %v %s.", "%s %s %v %s, police said."} {
				s := capFirst(fmt.Sprintf(lead, verb, part, f.v, noun))
				cases.add(s, f, false)
				if p, ok := partValue(part); ok {
					cases.add(s, releaseFig{f.clause, f.metric, f.item, p}, false)
				}
			}
		}
		cases.add(capFirst(f.clause)+".", f, true)
	}
	a := releaseFig{"", "arrests", "", 40}
	cases.add("11 of the 40 people arrested were under 18.", a, true)
	cases.add("Eleven of the 40 arrests were of under-18s.", a, true)
	releaseLaw(t, "TestReleasePartOfTotalLaw", cases)
}

// partValue is the number a part's words open with.
func partValue(part string) (float64, bool) {
	switch w := strings.Fields(part)[0]; w {
	case "five":
		return 5, true
	case "two":
		return 2, true
	default:
		var v float64
		_, err := fmt.Sscan(w, &v)
		return v, err == nil
	}
}

// TestReleaseAbroadLaw: a supply route or a line from abroad ("3 supply
// routes from Europe", "3 international drug supply routes") is another
// country's trade, no county line the force closed (words.csv:
// "Europe", "abroad", "overseas", "international" change what a figure
// means). Still drafted: lines and supply routes into or from places of
// this country ("3 county lines from London", "3 supply routes into
// Kent").
func TestReleaseAbroadLaw(t *testing.T) {
	cases := releaseCases{}
	for _, v := range []float64{3, 12} {
		f := releaseFig{"", "lines_closed", "", v}
		for _, verb := range []string{"closed", "disrupted", "dismantled", "shut down"} {
			for _, obj := range []string{"supply routes", "drug supply routes", "county lines", "drugs lines", "deal lines"} {
				for _, abroad := range []string{"%s %v %s from Europe", "%s %v %s from abroad", "%s %v %s from overseas",
					"%s %v international %s", "%s %v %s running from Europe into Kent", "%s %v European %s"} {
					cases.add(fmt.Sprintf("Officers "+abroad+".", verb, v, obj), f, false)
				}
				for _, home := range []string{"%s %v %s", "%s %v %s from London", "%s %v %s into Kent", "%s %v %s running from Liverpool into Kent"} {
					cases.add(fmt.Sprintf("Officers "+home+".", verb, v, obj), f, true)
				}
			}
		}
	}
	releaseLaw(t, "TestReleaseAbroadLaw", cases)
}

// TestReleaseInWeekLaw: a release that gives no dates of its own is
// judged against the week of the operation it is drafted for (draft
// --operation): a date outside that week is another period's there too.
func TestReleaseInWeekLaw(t *testing.T) {
	r := newReader(t)
	bad, n := 0, 0
	for _, f := range releaseFigs {
		for _, d := range []string{"On 3 October %s.", "%s (w/e 10/10/2021).", "Since 1 October %s.", "On 24 October, %s."} {
			s := fmt.Sprintf(d, f.clause)
			s = capFirst(s)
			n += 2
			if drafts(r.ReleaseIn("Kent Police\n"+s, "kent", "2021-10"), f) {
				bad++
				t.Errorf("%q in a release for 2021-10 drafts %s %v", s, f.metric, f.v)
			}
			if !drafts(r.ReleaseIn("Kent Police\n"+capFirst(f.clause)+".", "kent", "2021-10"), f) {
				bad++
				t.Errorf("%q in a release for 2021-10 is not drafted", capFirst(f.clause))
			}
		}
	}
	if bad > 0 {
		t.Errorf("TestReleaseInWeekLaw: %d of %d cases wrong", bad, n)
	}
}

// TestReleaseWhoNamedLaw: more ways a release names whose a figure is
// (review20 R12, R13). Refused: a speaker with the words that say whose
// set off by commas ("Detective Inspector Smith, from the NCA, said",
// "..., said PC Jones, of the Met"), a source that shows another's
// figures ("Figures released by Essex Police show"), the force's
// officers in another force's area ("Officers in Essex said"), a
// pronoun after another's person named in the sentence before ("Essex
// Police's Supt Smith welcomed the results. She said"), another body
// after "by" wherever it stands, as another force there is ("Supported
// by BTP, officers ...": "Officers, supported by the NCA, ...", "by
// officers and Border Force"), bodies and the public by more names
// (words.csv actors: "The Regional Organised Crime Unit", "Immigration
// officers", "The council", "Kent Trading Standards", "Shopkeepers",
// "Street Pastors"). Still drafted: the same forms of the force's own
// ("Detective Inspector Smith, of Kent Police, said", "Figures show",
// "Kent Police figures show", "Officers in Kent said", "DCI Jones
// welcomed the results. She said"), its own departments by their
// capitals ("CID officers", "PCSOs", "Special Constables"), and another
// force or body as a partner with the force's officers ("With help from
// the NCA, officers ...", "Officers, alongside Border Force, ...",
// "Working with Essex Police, officers ...", as TestOtherAgencySubjectLaw
// has it for forces).
func TestReleaseWhoNamedLaw(t *testing.T) {
	cases := releaseCases{}
	add := cases.add
	otherNames := []string{"Detective Inspector Smith, from the NCA,", "PC Jones, of the Met,", "DCI Smith, of SEROCU,",
		"Supt Brown, a spokesperson for Essex Police,", "The NCA, which led the work,", "Figures released by Essex Police show",
		"Figures from the NCA show", "Officers in Essex said", "Detectives in Essex said"}
	ownNames := []string{"Detective Inspector Smith, of Kent Police,", "PC Jones, from the county lines team,",
		"Kent Police, which led the work,", "Figures show", "Kent Police figures show", "Figures released by Kent Police show",
		"Officers in Kent said", "DCI Smith"}
	otherAfter := []string{"said Detective Inspector Smith, from the NCA", "said PC Jones, of the Met"}
	ownAfter := []string{"said Detective Inspector Smith, of Kent Police", "said PC Jones"}
	otherBefore := []string{"Essex Police's Supt Smith welcomed the results.", "A spokesperson for the NCA praised the work.",
		"DCI Smith of the Met thanked the public."}
	ownBefore := []string{"DCI Jones welcomed the results.", "Kent Police's Supt Smith welcomed the results.", "The week went well."}
	bodies := []string{"The Regional Organised Crime Unit", "Immigration officers", "Prison officers", "The council",
		"Kent Trading Standards", "Kent County Council trading standards officers", "Network Rail", "The Serious Fraud Office",
		"Medway Council officers", "Officers and Border Force", "Kent Police and the NCA", "Shopkeepers", "Retailers",
		"Volunteers", "Street Pastors", "Security guards", "Kent residents"}
	ownDepts := []string{"CID officers", "CID", "PCSOs", "Special Constables", "Roads Policing officers", "The Special Constabulary",
		"Police Community Support Officers"}
	byOther := []string{"Supported by the NCA, %s", "Officers, supported by the NCA, %s", "Assisted by Border Force, %s",
		"Supported by BTP, %s", "Backed by officers from the NCA, %s"}
	partners := []string{"With help from the NCA, %s", "Officers, alongside Border Force, %s", "Working with the NCA, %s",
		"Working with Essex Police, %s", "In partnership with Border Force, %s", "Supported by colleagues, %s"}
	for _, f := range releaseFigs {
		vp := strings.TrimPrefix(f.clause, "officers ")
		said := func(names []string, want bool) {
			for _, n := range names {
				if strings.HasSuffix(n, ",") || strings.HasPrefix(n, "DCI") {
					n += " said"
				}
				add(fmt.Sprintf("%s %s.", strings.TrimSuffix(n, ","), f.clause), f, want)
				add(fmt.Sprintf("%s %s.", n, f.clause), f, want)
			}
		}
		said(otherNames, false)
		said(ownNames, true)
		for _, a := range otherAfter {
			add(fmt.Sprintf("%s, %s.", capFirst(f.clause), a), f, false)
		}
		for _, a := range ownAfter {
			add(fmt.Sprintf("%s, %s.", capFirst(f.clause), a), f, true)
		}
		for _, b := range otherBefore {
			add(fmt.Sprintf("%s She said %s.", b, f.clause), f, false)
			add(fmt.Sprintf("%s He added that %s.", b, f.clause), f, false)
		}
		for _, b := range ownBefore {
			add(fmt.Sprintf("%s She said %s.", b, f.clause), f, true)
		}
		for _, b := range bodies {
			add(fmt.Sprintf("%s %s.", b, vp), f, false)
		}
		for _, d := range ownDepts {
			add(fmt.Sprintf("%s %s.", d, vp), f, true)
		}
		for _, b := range byOther {
			add(fmt.Sprintf(b, f.clause)+".", f, false)
		}
		for _, b := range partners {
			add(fmt.Sprintf(b, f.clause)+".", f, true)
		}
	}
	knives := releaseFigs[1]
	for _, by := range []string{"officers and Border Force", "Kent Police and the NCA", "officers and the NCA", "the force and Border Force officers"} {
		add(fmt.Sprintf("5 knives were seized by %s.", by), knives, false)
	}
	for _, by := range []string{"officers", "Kent Police", "officers and detectives", "the force"} {
		add(fmt.Sprintf("5 knives were seized by %s.", by), knives, true)
	}
	releaseLaw(t, "TestReleaseWhoNamedLaw", cases)
}

// TestReleaseAheadAndByLaw: a figure named by its verb's noun after
// "ahead of the" ("Ahead of the shutdown of 7 county lines, officers
// arrested 12 people", review20 R23) is still to come, and is not
// drafted; the figure of the clause after it is, and so is the same
// noun said as done ("After the shutdown of ...", "Following the
// closure of ..."). Another body after "by" straight after a figure's
// words ("Activity included 12 arrests by the NCA", review20 P3) makes
// it that body's; the force's own after "by" does not.
func TestReleaseAheadAndByLaw(t *testing.T) {
	cases := releaseCases{}
	add := cases.add
	lines := releaseFig{"", "lines_closed", "", 7}
	arrests := releaseFigs[0]
	for _, ahead := range []string{"Ahead of the", "In advance of the", "In preparation for the", "In readiness for the", "Ahead of a"} {
		for _, noun := range []string{"shutdown of 7 county lines", "closure of 7 county lines"} {
			s := fmt.Sprintf("%s %s, officers arrested 12 people.", ahead, noun)
			add(s, lines, false)
			add(s, arrests, true)
			add(fmt.Sprintf("Officers arrested 12 people %s %s.", strings.ToLower(ahead), noun), lines, false)
		}
	}
	for _, done := range []string{"After the", "Following the", "Alongside the"} {
		for _, noun := range []string{"shutdown of 7 county lines", "closure of 7 county lines"} {
			add(fmt.Sprintf("%s %s, officers arrested 12 people.", done, noun), lines, true)
		}
	}
	for _, ahead := range []string{"Ahead of the weekend", "In preparation for the operation"} {
		add(ahead+", officers arrested 12 people.", arrests, true)
	}
	// review21 V8: before the week is another period (TestReleaseOtherSideLaw)
	add("Ahead of the week of action, officers arrested 12 people.", arrests, false)
	nominal := []releaseFig{{"12 arrests", "arrests", "", 12}, {"7 warrants", "warrants", "", 7}, {"43 arrests", "arrests", "", 43}}
	for _, f := range nominal {
		for _, head := range []string{"Activity included %s by %s.", "Results included %s by %s.", "The week saw %s by %s."} {
			for _, by := range []string{"the NCA", "Border Force", "officers from the NCA", "HMRC", "officers and the NCA"} {
				add(fmt.Sprintf(head, f.clause, by), f, false)
			}
			for _, by := range []string{"officers", "Kent Police", "the force", "detectives"} {
				add(fmt.Sprintf(head, f.clause, by), f, true)
			}
		}
	}
	releaseLaw(t, "TestReleaseAheadAndByLaw", cases)
}

// TestReleaseDetainedUnderLaw: people detained or held under a power of
// search ("under section 23 of the Misuse of Drugs Act", "under section
// 1 of PACE", "under s23", "under the Misuse of Drugs Act") or to be
// searched ("to search them", "for drug searches", "detained and
// searched") were not arrested (review20 R24, review21 V30): not drafted
// as arrests. Still drafted: "detained" alone, "held under arrest", a
// search in a clause or sentence of its own, and an arrest under an Act
// ("arrested 12 people under section 23 of the Misuse of Drugs Act").
func TestReleaseDetainedUnderLaw(t *testing.T) {
	cases := releaseCases{}
	add := cases.add
	arrests := releaseFigs[0]
	powers := []string{"under section 23 of the Misuse of Drugs Act", "under section 1 of PACE", "under s23", "under s.23 of the Misuse of Drugs Act", "under section 60",
		"under the Misuse of Drugs Act", "under PACE", "to search them", "for drug searches", "for a search", "and searched"}
	for _, p := range powers {
		for _, form := range []string{"Officers detained 12 people %s.", "12 people were detained %s.", "Officers held 12 people %s.", "12 people were held %s."} {
			add(fmt.Sprintf(form, p), arrests, false)
		}
		add(fmt.Sprintf("Officers arrested 12 people %s.", p), arrests, true)
		add(fmt.Sprintf("12 people were arrested %s.", p), arrests, true)
	}
	for _, s := range []string{"Officers detained 12 people.", "12 people were detained.", "Officers detained 12 people during the week.",
		"12 people were held under arrest.", "Officers detained 12 people, and searched 30 homes.", "Officers detained 12 people. Officers searched 30 homes.",
		"Officers detained 12 people after searching 30 homes."} {
		add(s, arrests, true)
	}
	releaseLaw(t, "TestReleaseDetainedUnderLaw", cases)
}

// TestOwnUnitSpeakerLaw: an officer named with the unit of the force's
// own that they serve in, named by what it does ("Detective Inspector
// Smith, of Kent Police's County Lines Team, said 12 people were
// arrested", review21 V19), speaks for the force, as "..., of Kent
// Police," does: every figure of the release drafts, with the telling
// before or after it. Refused as before: a unit of another force or
// body ("of Essex Police's County Lines Team", "of the NCA's Drugs
// Unit"), a unit named by a name nobody taught us, which may be a place
// ("of Kent Police's Medway Team": a district's), the unit as the
// speaker itself or as the figure's subject ("Kent Police's County Lines
// Team said", "... arrested 12 people": a part), and the figure's own
// scope ("... last year").
func TestOwnUnitSpeakerLaw(t *testing.T) {
	r := newReader(t)
	bad, n := 0, 0
	speakers := []string{"Detective Inspector Smith", "DI Jane Smith", "Supt Brown", "PC Jones", "DCI Green"}
	preps := []string{"of", "from", "with"}
	units := []string{"County Lines Team", "Drugs Unit", "County Lines Taskforce", "Drugs Squad", "county lines team"}
	possessive := []string{"Kent Police's", "Kent Police’s"}
	others := []string{"Essex Police's County Lines Team", "the NCA's Drugs Unit", "Kent Police's Medway Team",
		"Kent Police's Maidstone County Lines Team", "Essex Police’s Drugs Squad"}
	i := 0
	for _, f := range releaseFigs {
		for range 4 {
			sp, pr, un, po := speakers[i%len(speakers)], preps[i%len(preps)], units[i%len(units)], possessive[i%len(possessive)]
			i++
			who := fmt.Sprintf("%s, %s %s %s", sp, pr, po, un)
			other := fmt.Sprintf("%s, %s %s", sp, pr, others[i%len(others)])
			for _, c := range []struct {
				text string
				want bool
			}{
				{fmt.Sprintf("%s, said %s.", who, f.clause), true},
				{fmt.Sprintf("%s, said: \"%s.\"", who, capFirst(f.clause)), true},
				{fmt.Sprintf("%s, said %s.", capFirst(f.clause), who), true},
				{fmt.Sprintf("%s, said %s.", other, f.clause), false},
				{fmt.Sprintf("%s, said %s last year.", who, f.clause), false},
				// (a name in capitals: "the force's county lines team" is its own)
				{fmt.Sprintf("%s %s said %s.", po, un, f.clause), false},
				{fmt.Sprintf("%s %s %s.", po, un, strings.TrimPrefix(f.clause, "officers ")), false},
			} {
				if strings.HasPrefix(c.text, po) && un == strings.ToLower(un) {
					continue
				}
				n++
				if got := drafts(r.Release(kentRelease+c.text), f); got != c.want {
					bad++
					if bad <= 20 {
						t.Errorf("%q: drafts %s %v: %v, want %v", c.text, f.metric, f.v, got, c.want)
					}
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("TestOwnUnitSpeakerLaw: %d of %d cases wrong", bad, n)
	}
}

// TestReleaseToBeLaw: a figure whose verb is "to be" done is still to do
// (review21 V23): "Officers arrested 81 people, with 54 warrants to be
// executed", "54 warrants are to be executed", "Officers have 54
// warrants to be executed" draft no warrants; the arrests before stay
// drafted. Near misses stay drafted: the thing done ("with 54 warrants
// executed", "54 warrants were executed") and the figure before "who
// went on to be charged".
func TestReleaseToBeLaw(t *testing.T) {
	cases := releaseCases{}
	arrests := releaseFig{metric: "arrests", v: 81}
	for _, tl := range []struct{ noun, verb, metric string }{
		{"warrants", "executed", "warrants"}, {"people", "charged", "charged"}, {"phones", "seized", "mobile_phones_seized"},
		{"county lines", "closed", "lines_closed"}, {"warrants", "carried out", "warrants"},
	} {
		f := releaseFig{metric: tl.metric, v: 54}
		for _, s := range []string{"Officers arrested 81 people, with 54 %s to be %s.", "54 %s are to be %s.", "Officers arrested 81 people and 54 %s are yet to be %s."} {
			cases.add(fmt.Sprintf(s, tl.noun, tl.verb), f, false)
		}
		cases.add(fmt.Sprintf("Officers arrested 81 people, with 54 %s to be %s.", tl.noun, tl.verb), arrests, true)
		cases.add(fmt.Sprintf("Officers arrested 81 people, with 54 %s %s.", tl.noun, tl.verb), f, true)
		cases.add(fmt.Sprintf("54 %s were %s.", tl.noun, tl.verb), f, true)
		// "the 21 warrants to be executed" told in the past is still the
		// plan: the past says when the list was made, not that it was
		// done (review23 R8, made by 1a28942, reverted)
		p := releaseFig{metric: tl.metric, v: 21}
		for _, s := range []string{"Of the 21 %s to be %s, 15 were %[2]s.", "Of the 21 %s to be %s, only 15 were found.", "The 21 %s to be %s were drawn up last week.",
			"The 21 %s to be %s had been identified by detectives.", "The 21 %s to be %s were named at a briefing.", "The 21 %s to be %s were targeted in dawn raids."} {
			cases.add(fmt.Sprintf(s, tl.noun, tl.verb), p, false)
		}
	}
	for _, s := range []string{"Of the 12 people to be arrested, 5 were arrested.", "Of the 12 people to be arrested, only 5 were found.", "The 12 people to be arrested had been identified by detectives.",
		"The 12 people to be arrested were named at a briefing.", "The 12 people to be arrested were targeted in dawn raids.", "Of the 12 people to be arrested, 5 were charged."} {
		cases.add(s, releaseFig{metric: "arrests", v: 12}, false)
	}
	cases.add("The 12 warrants to be executed were issued by magistrates.", releaseFig{metric: "warrants", v: 12}, false)
	cases.add("The 27 vulnerable people to be safeguarded were identified by partners.", releaseFig{metric: "safeguarded", v: 27}, false)
	cases.add("Officers arrested 12 people, who went on to be charged.", releaseFig{metric: "arrests", v: 12}, true)
	releaseLaw(t, "TestReleaseToBeLaw", cases)
}
