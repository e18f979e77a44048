package phrase_test

import (
	"fmt"
	"testing"
)

// TestReleaseOtherWeekLaw: in a release of 11-17 October 2021, a figure
// said of another week of action than that one is never drafted as the
// week's: last year's week however dated (its words reach across a
// bracket inside their clause: "Last year's week of action (w/e
// 10/10/2020) saw ..."), the previous week, another month's or year's
// week ("In May's week of action", "the week of action in May 2021",
// "the 2020 week of action"), or one that may be another ("the last
// intensification week"). Near misses stay drafted: the week itself
// named with its own dates, month or year, in brackets or not, "last
// week" and "the last week" (a release told after its week), "the
// latest intensification week", and a bracket of remarks. And in a
// list: "This year:" after a sentence telling last year's week says
// which year's week its lines are: they draft, and last year's figure
// does not; with no such sentence before it, "This year:" is a year's.
func TestReleaseOtherWeekLaw(t *testing.T) {
	other := []string{
		"In last year's week of action (w/e 10/10/2020), %s.",
		"During last year's week of action (w/e 10/10/2020) %s.",
		"During the week of action (w/e 10/10/2020) %s.",
		"Last year (provisional figures), %s.",
		"%s (pictured) last year.",
		"In the previous week of action, %s.",
		"During the previous intensification week %s.",
		"%s during the previous week of action.",
		"In the previous week, %s.",
		"%s in the week before.",
		"In the last intensification week, %s.",
		"In the last week of action, %s.",
		"In May's week of action, %s.",
		"In the week of action in May 2021, %s.",
		"During the March 2021 week of action %s.",
		"In the May week of action, %s.",
		"In the 2020 week of action, %s.",
		"In the week of action in October 2020, %s.",
		"%s in May.",
		"In June, %s.",
		"%s in September 2021.",
	}
	own := []string{
		"%s.",
		"During the week of action (w/e 17/10/2021) %s.",
		"During the week of action (11-17 October), %s.",
		"During the week (pictured), %s.",
		"In October's week of action, %s.",
		"In the October 2021 week of action, %s.",
		"During the 2021 week of action %s.",
		"Last week, %s.",
		"In the last week, %s.",
		"In the latest intensification week, %s.",
		"Between 11 and 17 October (inclusive), %s.",
		"Today (12 October), the force has revealed %s.",
	}
	cases := releaseCases{}
	for _, f := range releaseFigs {
		for _, s := range other {
			cases.add(capFirst(fmt.Sprintf(s, f.clause)), f, false)
		}
		for _, s := range own {
			cases.add(capFirst(fmt.Sprintf(s, f.clause)), f, true)
		}
		last := "Last year's week of action (w/e 10/10/2020) saw 30 arrests. This year:\n- %s\n- 3 vehicles seized\n"
		cases.add(fmt.Sprintf(last, capFirst(f.clause)), f, true)
		if f.metric != "arrests" {
			cases.add(fmt.Sprintf(last, capFirst(f.clause)), releaseFig{metric: "arrests", v: 30}, false)
		}
		cases.add(fmt.Sprintf("Last year's week of action saw 30 arrests.\nThis year:\n- %s\n", capFirst(f.clause)), f, true)
		cases.add(fmt.Sprintf("This year:\n- %s\n", capFirst(f.clause)), f, false)
		cases.add(fmt.Sprintf("Over the last year, 430 people were arrested, 43 this week. This year:\n- %s\n", capFirst(f.clause)), f, false)
	}
	releaseLaw(t, "TestReleaseOtherWeekLaw", cases)
}

// TestReleaseOtherSideLaw: in a release of 11-17 October 2021, a figure
// said before, after or in the run-up to the week or the operation, in
// a season, in the present simple (a habit), or of another body's
// operation or help is not drafted: "Before the week of action, officers
// arrested 12 people", "Over the summer, ...", "Officers seize 12
// knives", "12 knives were seized during an NCA-led operation" or "during a Met operation",
// "Officers arrested 12 people, supported by the NCA". Near misses stay
// drafted: "During the week of action", "Over the week", "before noon",
// "after a raid that ...", a partner named with the officers ("Working
// with Essex Police, officers ..."), the force's own lead ("a Kent
// Police-led operation"), and "supported by officers".
func TestReleaseOtherSideLaw(t *testing.T) {
	other := []string{
		"Before the week of action, %s.",
		"Ahead of the week of action, %s.",
		"After the week of action, %s.",
		"Following the week of action, %s.",
		"Prior to the operation, %s.",
		"In the run-up to the week, %s.",
		"In the lead-up to the intensification week, %s.",
		"%s after the week of action.",
		"%s before the operation.",
		"Over the summer, %s.",
		"%s this winter.",
		"%s during an NCA-led operation.",
		"%s in an operation led by the NCA.",
		"%s during a Met operation.",
		"%s, supported by the NCA.",
		"%s, helped by Border Force.",
		// joint work with another force: the forces' figure together,
		// not drafted, as a joint week said in a sentence of its own is
		// not (the reader still reads the phrase as the phrasebook labels
		// it, p216; TestJointReleaseLaw)
		"%s in a joint operation with Merseyside Police.",
	}
	own := []string{
		"During the week of action, %s.",
		"Over the week, %s.",
		"%s before noon.",
		"Working with Essex Police, %s.",
		"%s during a Kent Police-led operation.",
		"%s during a Kent Police operation.",
		"%s during a county lines operation.",
		"%s, supported by colleagues.",
		"%s before the end of the week.",
	}
	cases := releaseCases{}
	for _, f := range releaseFigs {
		for _, s := range other {
			cases.add(capFirst(fmt.Sprintf(s, f.clause)), f, false)
		}
		for _, s := range own {
			cases.add(capFirst(fmt.Sprintf(s, f.clause)), f, true)
		}
	}
	present := []releaseFig{
		{"Officers seize 12 knives.", "weapons_seized", "knife", 12},
		{"Officers recover 12 knives.", "weapons_seized", "knife", 12},
		{"Police arrest 12 people.", "arrests", "", 12},
		{"Officers execute 7 warrants.", "warrants", "", 7},
	}
	for _, f := range present {
		cases.add(f.clause, f, false)
	}
	cases.add("This week, officers seize 12 knives.", releaseFig{metric: "weapons_seized", item: "knife", v: 12}, true)
	cases.add("Officers went on to seize 12 knives.", releaseFig{metric: "weapons_seized", item: "knife", v: 12}, true)
	releaseLaw(t, "TestReleaseOtherSideLaw", cases)
}

// TestReleaseMonthLaw: in a release of 11-17 October 2021, the week's
// own month said of the figures alone ("In October, officers arrested
// 120 people", "This month, ...") may be the month's, a longer period
// than the week, and a month before the week's said of the telling ("In
// May, Kent Police revealed that ...") tells another period's figures;
// "A year ago" is another period (closing21 item 9). Near misses stay
// drafted: the month said of the operation ("In October's week of
// action", "During the crackdown in October", "as part of the
// crackdown this month", found.csv f508), a telling after the week or
// in its month, and a month of another verb after the figure ("...,
// and the results will be published in November", "Officers arrested
// 12 people, who will appear in court in November", review21 V6).
func TestReleaseMonthLaw(t *testing.T) {
	other := []string{
		"In October, %s.", "%s in October.", "During October %s.", "Throughout October, %s.", "In October 2021, %s.",
		"This month, %s.", "%s this month.", "A year ago, %s.", "%s a year ago.",
		"In May, Kent Police revealed that %s.", "In September 2021, the force said that %s.", "In May 2020, police announced that %s.",
		"In May, %s.", "%s in May.",
	}
	own := []string{
		"In October's week of action, %s.", "During the crackdown in October, %s.", "In October, %s during the week of action.",
		"%s as part of the crackdown this month.", "This month, %s during the operation.",
		"In November, Kent Police revealed that %s.", "In October, Kent Police revealed that %s.", "In January 2022, police announced that %s.",
		"%s, and the results will be published in November.", "%s.",
	}
	cases := releaseCases{}
	for _, f := range releaseFigs {
		for _, s := range other {
			cases.add(capFirst(fmt.Sprintf(s, f.clause)), f, false)
		}
		for _, s := range own {
			cases.add(capFirst(fmt.Sprintf(s, f.clause)), f, true)
		}
	}
	arrests := releaseFigs[0]
	for _, s := range []string{
		"Officers arrested 12 people, who will appear in court in November.",
		"Officers arrested 12 people, some of whom were wanted for offences committed in September.",
	} {
		cases.add(s, arrests, true)
	}
	cases.add("Officers seized 5 knives, which will be destroyed in November.", releaseFigs[1], true)
	cases.add("Officers arrested 12 people, including a man arrested in May.", arrests, false)
	releaseLaw(t, "TestReleaseMonthLaw", cases)
}

// TestReleaseComparedPeriodLaw: another period said after a comparison
// set off by a comma ("Officers arrested 12 people, twice as many as a
// year ago", "..., more than were recorded a year ago") is what the figures
// are compared with; they draft (reread22 X13, lost by 57cfeac). Near
// misses stay refused: the period said of the figure ("... a year
// ago", "..., a year ago", "A year ago, ..."), "more than", "less than"
// or "fewer than" straight before the period, with nothing compared
// ("Officers arrested 12 people, more than a year ago": when, not a
// comparison; review23 R22, which 5ac6d10 drafted), a difference with no
// comma ("Officers arrested 12 more people than a year ago"), and a
// clause of likeness that is no comparison ("..., as they did a year
// ago").
func TestReleaseComparedPeriodLaw(t *testing.T) {
	cases := releaseCases{}
	periods := []string{"a year ago", "a year earlier", "years ago"}
	for _, f := range releaseFigs {
		c := capFirst(f.clause)
		for _, pe := range periods {
			for _, cmp := range []string{", twice as many as %s", ", the same as %s",
				", three times as many as %s", ", more than were recorded %s", ", fewer than were seen %s", " this week, twice as many as %s"} {
				cases.add(c+fmt.Sprintf(cmp, pe)+".", f, true)
			}
			for _, miss := range []string{" %s", ", %s", ", as they did %s", ", all %s", " this week and %s",
				", more than %s", ", less than %s", ", fewer than %s", " this week, more than %s",
				// lost24: a time said with "as ... as" or "the same ...
				// as", no amount compared
				", as recently as %s", ", as early as %s", ", as far back as %s", ", some as recently as %s",
				", the same day as %s", ", in the same week as %s", ", at the same time as %s"} {
				cases.add(c+fmt.Sprintf(miss, pe)+".", f, false)
			}
			cases.add(fmt.Sprintf("%s, %s.", capFirst(pe), f.clause), f, false)
		}
	}
	for _, f := range releaseFigs {
		// lost24: another period after "than" in more than one word
		// ("a year previously") is no comparison either
		for _, miss := range []string{", more than a year previously", ", less than a year previously", ", more than two years before"} {
			cases.add(capFirst(f.clause)+miss+".", f, false)
		}
	}
	for _, pe := range periods {
		cases.add(fmt.Sprintf("Officers arrested 12 more people than %s.", pe), releaseFig{metric: "arrests", v: 12}, false)
		cases.add(fmt.Sprintf("Officers seized 5 more knives than %s.", pe), releaseFig{metric: "weapons_seized", item: "knife", v: 5}, false)
	}
	releaseLaw(t, "TestReleaseComparedPeriodLaw", cases)
}
