package phrase_test

import (
	"fmt"
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawPrecise = append(lawPrecise, lawScopeCases) }

// lawScopeNarrow put a figure in one day of the week, another or a wider
// period, or one of the force's operations: %s is a clause with its
// figure. Each is refused, with a message naming its figure.
var lawScopeNarrow = []string{
	"On Monday, %s",
	"On Tuesday night, %s",
	"%s on Wednesday",
	"Yesterday, %s",
	"%s yesterday",
	"Following on from yesterday's warrants, %s",
	"%s today",
	"Today, %s",
	"%s overnight",
	"%s last night",
	"This morning, %s",
	"Police said that on Thursday %s",
	"In 2018, %s",
	"Across 2019, %s",
	"Meanwhile, across 2017, %s",
	"%s since it launched last year",
	"Since April, %s",
	"Last year, %s",
	"%s over the past year",
	"This year, %s",
	"One of their operations saw %s",
	"During one of the raids, %s",
	"In one of the operations, %s",
	"In 2021, as part of the week of action, %s",
	"During the same week in 2020, %s",
	"Over the past year, during weeks of action, %s",
}

// lawScopeWide are the same constructions with words that do not narrow:
// the week itself, the force's area, the bounds of the week, the day a
// release was written, a year or "this year" beside the week named as
// when. Each reads its figure.
var lawScopeWide = []string{
	"During the week, %s",
	"Throughout the intensification week, %s",
	"Across the county, %s",
	"In the county, %s",
	"Across the force area, %s",
	"During the week of action, which began on Monday, %s",
	"The week of action ran from Monday to Sunday, and %s",
	"Between Monday and Sunday, %s",
	"From Monday 11 to Sunday 17 October, %s",
	"Between Monday, 25 November and Sunday, 1 December, %s",
	"Police today announced that %s",
	"Police said on Friday that %s",
	"Officers have said today (Thursday, May 27) that %s",
	"As part of the crackdown this month, %s",
	"In one of the most successful weeks yet, %s",
	"%s in a week",
	// review13 L1: the week's bounds, a day in another clause, the day
	// of telling said before its verb, "overnight" describing a thing
	"%s during the week ending Sunday 17 October",
	"%s during the week commencing Monday 11 October",
	"From Monday, %s",
	"%s, and the busiest day was Monday",
	"In a statement on Friday, the force said %s",
	"%s in overnight raids during the week",
	"%s during the week and will continue the work today",
}

// lawScopeCases: each count of lawCounts in each construction of
// lawScopeNarrow (refused) and lawScopeWide (read), and in the wide
// ones with the force's area named ("In Kent, %s", "across Avon &
// Somerset"), which is the force's whole.
func lawScopeCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	var areas []string
	for _, f := range cat.Forces {
		name := f.Name
		for _, w := range []string{" Constabulary", " Police Service", " Police"} {
			name = strings.TrimSuffix(name, w)
		}
		if !strings.Contains(name, " ") || strings.Contains(name, "&") || strings.Contains(name, " and ") {
			areas = append(areas, name)
		}
	}
	for i, c := range lawCounts(cat) {
		if strings.Count(c.passive, "%s") != 1 {
			continue
		}
		clause := func(n lawNum) string { return fmt.Sprintf(c.passive, n.text) }
		for j := 0; j < 2; j++ {
			form := lawScopeNarrow[(2*i+j)%len(lawScopeNarrow)]
			n := g.num()
			text := fmt.Sprintf(form, clause(n))
			if strings.HasSuffix(form, " saw %s") {
				text = fmt.Sprintf(form, strings.Replace(clause(n), " were ", " ", 1)) // "saw 12 people arrested"
			}
			out = append(out, lawCase{capital(text), []pbRow{none(n.value)}})
		}
		for j := 0; j < 2; j++ {
			form := lawScopeWide[(2*i+j)%len(lawScopeWide)]
			n := g.num()
			out = append(out, lawCase{capital(fmt.Sprintf(form, clause(n))), []pbRow{fact(c.metric, "", c.unit, n.value, "exact")}})
		}
		// a day in a later part of the sentence is that part's: the
		// figure before it reads ("43 arrests, including 12 on Monday",
		// "..., and on Tuesday 12 warrants were executed")
		n, k := g.num(), g.digits()
		if n.value == k.value {
			k = g.digits()
		}
		out = append(out, lawCase{fmt.Sprintf("During the week %s, and on Tuesday %s", clause(n), clause(k)),
			[]pbRow{fact(c.metric, "", c.unit, n.value, "exact"), none(k.value)}})
		n = g.num()
		area := areas[i%len(areas)]
		out = append(out, lawCase{fmt.Sprintf("In %s, %s", area, clause(n)), []pbRow{fact(c.metric, "", c.unit, n.value, "exact")}})
	}
	return out
}

func init() { lawPrecise = append(lawPrecise, lawRunningTotalCases) }

// lawRunningTotalCases: "X take(s) the total <things> this week to N": N
// is the week's figure of its things, read; what took it there (the
// figures before the verb) is a part of it, and what N includes after it
// a part of N, never the whole ("take the total arrests this week to 33,
// including three arrests which weren't drug related": arrests 33, the
// three refused). With no week named, another period ("this year",
// "since Monday") or a wider scope ("across the region") between "total"
// and "to", or a wider scope ("regional", "across the region" after N,
// "this week and last week"), N is refused. A figure of another thing
// before the verb ("seized 4 knives, taking the total arrests this week
// to 33") did not take it there: read.
func lawRunningTotalCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	verbs := []string{"take", "took", "have taken", "brought", "bring"}
	weeks := []string{"this week", "for the week", "so far this week", "during the week"}
	others := []string{"", " this year", " since Monday", " across the region this week", " so far this year", " last year"}
	for i, c := range lawCounts(cat) {
		// only the things, their verb and the week stand between
		// "total" and "to": a reason ("charged with drug supply
		// offences") is refused there, as a scope would be
		// "county lines" before the things ("county lines
		// assemblies") is refused there, as "regional" is; so are
		// words of time or number ("later charged", "separate
		// charges"): only the things, their verb and the week may
		// stand between "total" and "to"
		if strings.Count(c.passive, "%s") != 1 || !strings.HasPrefix(c.passive, "%s ") || strings.Contains(c.passive, " with ") || strings.Contains(c.passive, "county lines") ||
			strings.Contains(c.passive, "later") || strings.Contains(c.passive, "subsequently") || strings.Contains(c.passive, "separate") {
			continue
		}
		things := strings.Replace(strings.TrimPrefix(c.passive, "%s "), " were ", " ", 1) // "people arrested"
		v := verbs[i%len(verbs)]
		n := g.num()
		out = append(out, lawCase{fmt.Sprintf("The warrants %s the total %s %s to %s", v, things, weeks[i%len(weeks)], n.text),
			[]pbRow{fact(c.metric, "", c.unit, n.value, "exact")}})
		k := g.num()
		out = append(out, lawCase{fmt.Sprintf("The warrants %s the total %s%s to %s", v, things, others[i%len(others)], k.text), []pbRow{none(k.value)}})
		a, b := g.num(), g.num()
		if a.value == b.value {
			b = g.num()
		}
		out = append(out, lawCase{capital(fmt.Sprintf("%s more %s %s the total %s this week to %s", a.text, things, v, things, b.text)),
			[]pbRow{none(a.value), fact(c.metric, "", c.unit, b.value, "exact")}})
		// a wider scope before the things, after N, or two weeks: N is
		// refused, and what took it there is still a part (review13 W5)
		wider := []string{"the total regional %s this week to %s", "the total national %s this week to %s", "the total combined %s this week to %s",
			"the total %s this week to %s across the region", "the total %s this week to %s nationally", "the total %s this week and last week to %s"}
		a, b = g.num(), g.num()
		if a.value == b.value {
			b = g.num()
		}
		out = append(out, lawCase{capital(fmt.Sprintf("%s more %s %s ", a.text, things, v) + fmt.Sprintf(wider[i%len(wider)], things, b.text)),
			[]pbRow{none(a.value), none(b.value)}})
		// a figure of another thing before the verb did not take it
		// there: read
		if c.metric != "weapons_seized" {
			a, b = g.digits(), g.num()
			if a.value == b.value {
				b = g.num()
			}
			out = append(out, lawCase{fmt.Sprintf("Officers seized %s knives, taking the total %s this week to %s", a.text, things, b.text),
				[]pbRow{fact("weapons_seized", "knife", "count", a.value, "exact"), fact(c.metric, "", c.unit, b.value, "exact")}})
		}
	}
	// a scope or period after a comma or a dash after N is still N's
	// (review13 W5): refused, as is what took it there
	for i, a := range []string{", across the region", ", nationally", " - across the region", ", in Medway", ", in the previous week",
		", by other forces", " - in Essex", ", regionally", ", elsewhere in the region", ", since the start of the year"} {
		x, n := g.digits(), g.num()
		if x.value == n.value {
			n = g.num()
		}
		verb := verbs[i%len(verbs)]
		out = append(out, lawCase{fmt.Sprintf("%s more arrests %s the total arrests this week to %s%s", capital(x.text), verb, n.text, a),
			[]pbRow{none(x.value), none(n.value)}})
	}
	for i, part := range []struct{ words, metric string }{
		{"arrests which were not drug related", ""}, {"arrests for possession", ""}, {"arrests made by the Met", ""},
		{"women", "arrests_female"}, {"men", "arrests_male"}, {"juveniles", "arrests_under_18"},
	} {
		n, k := g.num(), g.digits()
		day := []string{"Yesterday's", "Today's", "Monday's"}[i%3]
		want := []pbRow{fact("arrests", "", "people", n.value, "exact"), none(k.value)}
		if part.metric != "" {
			want[1] = fact(part.metric, "", "people", k.value, "exact")
		}
		out = append(out, lawCase{fmt.Sprintf("%s arrests take the total arrests this week to %s, including %s %s", day, n.text, k.text, part.words), want})
	}
	return out
}

func init() { lawPrecise = append(lawPrecise, lawForWhomCases) }

// lawForWhomCases: a person named with an article after "for" is whom a
// figure was for ("One referral under the National Referral Mechanism
// for a potential adult victim was made", round nine's f606), no count
// of their own: only the figure reads. The same person as the subject or
// object of a verb of their own ("and a child was safeguarded",
// "officers safeguarded a vulnerable adult") is a count of one: read; so
// is the person after "for" with no figure before it in its clause
// ("Officers secured a place of safety for a vulnerable adult").
func lawForWhomCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	whom := []struct{ name, metric string }{
		{"a child", "safeguarded_juvenile"}, {"a vulnerable adult", "safeguarded_adult"},
		{"a potential adult victim", "safeguarded_adult"}, {"a young person", "safeguarded_juvenile"},
	}
	for i, c := range lawCounts(cat) {
		if strings.Count(c.passive, "%s") != 1 {
			continue
		}
		w := whom[i%len(whom)]
		n := g.num()
		read := fact(c.metric, "", c.unit, n.value, "exact")
		out = append(out, lawCase{capital(fmt.Sprintf(c.passive, n.text) + " for " + w.name), []pbRow{read}})
		k := g.num()
		read = fact(c.metric, "", c.unit, k.value, "exact")
		one := fact(w.metric, "", "people", 1, "exact")
		if i%2 == 0 {
			out = append(out, lawCase{capital(fmt.Sprintf(c.passive, k.text) + ", and " + w.name + " was safeguarded"), []pbRow{read, one}})
		} else {
			out = append(out, lawCase{capital(fmt.Sprintf(c.passive, k.text) + " and officers safeguarded " + w.name), []pbRow{read, one}})
		}
		// with no figure before it in its clause, the person after
		// "for" is the count (review13 L4)
		if i%3 == 0 {
			out = append(out, lawCase{"Officers secured a place of safety for a vulnerable adult", []pbRow{fact("safeguarded_adult", "", "people", 1, "exact")}},
				lawCase{"Officers found accommodation for a child at risk", []pbRow{fact("safeguarded_juvenile", "", "people", 1, "exact")}})
		}
	}
	return out
}

func init() { lawPrecise = append(lawPrecise, lawDayOfWeekCases) }

// lawDayWeek are constructions whose day does not narrow the figure: the
// day bounds the week ("the week ending Sunday"), or is when the release
// told it ("In a statement on Friday, the force said"). Each reads its
// figure (review13 L1).
var lawDayWeek = []string{
	"%s during the week ending Sunday 17 October",
	"%s during the week commencing Monday 11 October",
	"%s in the week beginning Monday",
	"%s in the week starting Monday 11 October",
	"%s in the seven days up to and including Sunday",
	"%s over the seven days from Monday",
	"In a statement on Friday, the force said %s",
	"Speaking on Friday, Chief Inspector Smith said %s",
	"Today's figures show %s",
	"Kent Police this morning revealed %s",
}

// lawDayNotWeek are the same words where the day is not the week's: the
// bounded time is no week, the day's figure stands before the telling,
// or nothing bounds the day. Each is refused.
var lawDayNotWeek = []string{
	"%s in the month ending Sunday 31 October",
	"%s in the year up to and including Sunday",
	"On Friday, %s, the force said",
	"This morning, %s, police revealed",
	"%s on Monday, the force said in a statement",
	"Speaking about the raids on Friday, %s",
	"%s on the Sunday ending the week",
}

// lawDayOfWeekCases: each count of lawCounts in a construction of
// lawDayWeek (read) and of lawDayNotWeek (refused); a total with a
// day's part after it ("N things, including K on Monday", "K of them on
// Monday"): the total read, the part refused; a day before the total
// narrows both; "One of the N things" names one member of the N: N read,
// while "One of the raids" is a part.
func lawDayOfWeekCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	for i, c := range lawCounts(cat) {
		if strings.Count(c.passive, "%s") != 1 {
			continue
		}
		clause := func(n lawNum) string { return fmt.Sprintf(c.passive, n.text) }
		n := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf(lawDayWeek[i%len(lawDayWeek)], clause(n))), []pbRow{fact(c.metric, "", c.unit, n.value, "exact")}})
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf(lawDayNotWeek[i%len(lawDayNotWeek)], clause(n))), []pbRow{none(n.value)}})
		if !strings.HasPrefix(c.passive, "%s ") || strings.Contains(c.passive, " with ") {
			continue
		}
		a, k := g.num(), g.digits()
		a, k, ok := larger(g, a, k)
		if !ok {
			continue
		}
		day := days[i%len(days)]
		if i%2 == 0 {
			out = append(out, lawCase{capital(clause(a) + ", including " + k.text + " on " + day), []pbRow{fact(c.metric, "", c.unit, a.value, "exact"), none(k.value)}})
		} else {
			out = append(out, lawCase{capital(clause(a) + ", " + k.text + " of them on " + day), []pbRow{fact(c.metric, "", c.unit, a.value, "exact"), none(k.value)}})
		}
		if a, k, ok = larger(g, g.num(), g.digits()); !ok {
			continue
		}
		out = append(out, lawCase{"On " + day + ", " + clause(a) + ", including " + k.text + " during the night", []pbRow{none(a.value), none(k.value)}})
		things := strings.Replace(strings.TrimPrefix(c.passive, "%s "), " were ", " ", 1) // "people arrested"
		n = g.num()
		if i%2 == 0 {
			out = append(out, lawCase{"One of the " + n.text + " " + things + " was later released", []pbRow{fact(c.metric, "", c.unit, n.value, "exact")}})
		} else {
			out = append(out, lawCase{"One of the raids led to " + things + " totalling " + n.text, []pbRow{none(n.value)}})
		}
	}
	return out
}

// larger draws numbers for a total until it is larger than its part k
// (a bounded number of draws: k may be the largest number there is).
func larger(g *lawGen, a, k lawNum) (lawNum, lawNum, bool) {
	for n := 0; a.value <= k.value; n++ {
		if n == 2*len(lawNums) {
			return a, k, false
		}
		a = g.num()
	}
	return a, k, true
}

func init() { lawPrecise = append(lawPrecise, lawRunningDayCases) }

// lawRunningDayCases: a count up to a day ("By Wednesday, 30 people had
// been arrested", "... as of Tuesday", "... up to and including
// Thursday") is a running count of part of the week, whatever the day:
// the reader does not know which day the operation's week ends on.
// Each is refused; so is the count up to a day in brackets after the
// figure. The same words after the week's own noun ("in the week to
// Sunday", "during the week up to and including Sunday", "over the week
// of action until Sunday") or a verb saying how long it ran bound the
// week: read. A day's running part after the week's figure ("N things,
// including K by Wednesday") leaves N read. Every draw is one g.num().
func lawRunningDayCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	upTo := []string{"by", "as of", "as at", "up to", "up to and including", "until", "by the end of"}
	weekEnds := []string{"in the week to %s", "during the week up to and including %s", "over the week of action until %s",
		"over the week ending %s", "in the seven days up to %s"}
	for i, c := range lawCounts(cat) {
		if strings.Count(c.passive, "%s") != 1 {
			continue
		}
		clause := func(n lawNum) string { return fmt.Sprintf(c.passive, n.text) }
		day, u := days[i%len(days)], upTo[i%len(upTo)]
		n := g.num()
		out = append(out, lawCase{capital(clause(n) + " " + u + " " + day), []pbRow{none(n.value)}})
		n = g.num()
		out = append(out, lawCase{capital(u + " " + day + ", " + clause(n)), []pbRow{none(n.value)}})
		n = g.num()
		out = append(out, lawCase{capital(clause(n) + " (" + u + " " + day + ")"), []pbRow{none(n.value)}})
		n = g.num()
		out = append(out, lawCase{capital(clause(n) + " " + fmt.Sprintf(weekEnds[i%len(weekEnds)], day)), []pbRow{fact(c.metric, "", c.unit, n.value, "exact")}})
		if !strings.HasPrefix(c.passive, "%s ") || strings.Contains(c.passive, " with ") {
			continue
		}
		a, k, ok := larger(g, g.num(), g.digits())
		if !ok {
			continue
		}
		out = append(out, lawCase{capital(clause(a) + ", including " + k.text + " " + u + " " + day), []pbRow{fact(c.metric, "", c.unit, a.value, "exact"), none(k.value)}})
	}
	return out
}
