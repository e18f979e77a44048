package phrase_test

import (
	"fmt"
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

// The composition law's constructions that once read a wrong or extra
// fact on wording never seen before (found.csv's round eight, probe11,
// review11): TestCompositionLaw reads every phrase these make.
var lawPrecise = []func(*catalog.Catalog, *lawGen) []lawCase{
	lawLastMemberPartCases, lawComplementModifierCases, lawAmongCases, lawOffenceCases, lawOpeningValueCases, lawAsideTimeCases, lawNarrowedPartCases, lawLongSpanCases, lawRateShareCases, lawFirstPartCases,
}

// lawSingular is a thing's name in the singular, from the catalogue's
// plural: "knives" is "knife", "machetes" "machete".
func lawSingular(s string) string {
	ls := strings.ToLower(s)
	switch {
	case strings.HasSuffix(ls, "ves"):
		return ls[:len(ls)-3] + "fe"
	case strings.HasSuffix(ls, "s"):
		return ls[:len(ls)-1]
	}
	return ls
}

// lawWeaponNames are one singular name of each weapon the catalogue
// counts one by one, with its item.
func lawWeaponNames(cat *catalog.Catalog) [][2]string {
	var out [][2]string
	for _, it := range cat.Items {
		if it.Kind != "weapon" || it.Code == "ammunition" || it.Code == "other_weapon" || it.Code == "cs_spray" {
			continue
		}
		seen := map[string]bool{}
		for _, s := range it.Synonyms {
			n := lawSingular(s)
			if seen[n] || n == "knife" && it.Code != "knife" || strings.HasPrefix(n, "bladed") || n == "knife" && s == "Knifes" {
				continue
			}
			seen[n] = true
			out = append(out, [2]string{n, it.Code})
		}
	}
	return out
}

// lawLastMemberPartCases: a part after the last member of a list is that
// member's part, not the first member's ("29 phones as well as 26
// weapons including a machete, samurai sword and a stun gun"): each
// thing named with an article is one of it; a thing named bare inside
// the total's parts has no number of its own, and gives no fact (the
// total counts it).
func lawLastMemberPartCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	names := lawWeaponNames(cat)
	others := []lawThing{}
	for _, th := range lawThings(cat) {
		if th.metric == "mobile_phones_seized" || th.metric == "vehicles_seized" {
			others = append(others, th)
		}
	}
	joiners := []string{"and", "as well as", "along with", "plus", "together with"}
	for i := range names {
		a, b, c := names[i], names[(i+3)%len(names)], names[(i+7)%len(names)]
		for k := 8; a[1] == c[1]; k++ {
			c = names[(i+k)%len(names)]
		}
		th := others[i%len(others)]
		j := joiners[i%len(joiners)]
		n1, n2 := g.num(), g.digits()
		want := []pbRow{fact(th.metric, "", "count", n1.value, "exact"), fact("weapons_seized", "", "count", n2.value, "exact"),
			fact("weapons_seized", a[1], "count", 1, "exact"), fact("weapons_seized", c[1], "count", 1, "exact")}
		parts := fmt.Sprintf("including a %s, %s and a %s", a[0], b[0], c[0])
		out = append(out,
			lawCase{fmt.Sprintf("Officers seized %s %s %s %s weapons %s", n1.text, th.noun, j, n2.text, parts), want},
			lawCase{fmt.Sprintf("There were also %s %s seized %s %s weapons %s seized", n1.text, th.noun, j, n2.text, parts), want})
	}
	return out
}

// lawComplementModifierCases: a figure whose noun two metrics count
// ("welfare visits": welfare_visits, and cuckooed_addresses_visited
// whose objects list them) is the narrower metric's when its "to"
// complement names that metric's modifier ("53 welfare visits to
// cuckooing victims"); with no modifier it stays the broad one's.
func lawComplementModifierCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	narrow := metricOf(cat, "cuckooed_addresses_visited")
	broad := metricOf(cat, "welfare_visits")
	var shared []string
	for _, o := range broad.Objects {
		for _, n := range narrow.Objects {
			if o == n {
				shared = append(shared, o)
			}
		}
	}
	var mods []string
	for _, md := range narrow.Modifiers {
		if !strings.Contains(md, " ") && md != "cuckood" {
			mods = append(mods, md)
		}
	}
	targets := []string{"victims", "addresses", "properties", "residents", "homes"}
	verbs := []string{"carried out", "made", "conducted", "completed"}
	for i, o := range shared {
		for j, md := range mods {
			n := g.num()
			v := verbs[(i+j)%len(verbs)]
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s to %s %s", v, n.text, plural(o), md, targets[(i+j)%len(targets)]),
				[]pbRow{fact(narrow.Code, "", "count", n.value, "exact")}})
		}
		n := g.num()
		out = append(out, lawCase{fmt.Sprintf("Officers %s %s %s to vulnerable people", verbs[i%len(verbs)], n.text, plural(o)),
			[]pbRow{fact(broad.Code, "", "count", n.value, "exact")}})
	}
	return out
}

// lawAmongCases: a figure said to be among a later figure of its clause
// is a part of it ("The seven arrests in the city were among 13 across
// Cambridgeshire", "Three men were among the 40 people arrested"): never
// a figure of its own, whatever its words. The later figure is a wider
// total ("among 150 arrests made nationally", "across the region"),
// whose scope the force's figure is a part of: neither is read as the
// force's, with a message naming each (review12 W0: the wider figure
// was read in the force's place).
func lawAmongCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	preps := []string{"among", "amongst"}
	wider := []string{"nationally", "across the region", "across the South East region", "by the regional unit", "in the country"}
	for i, c := range lawCounts(cat) {
		noun, verb, ok := strings.Cut(strings.TrimPrefix(c.passive, "%s "), " were ")
		if !ok {
			continue
		}
		pr := preps[i%len(preps)]
		wd := wider[i%len(wider)]
		n1, n2 := g.num(), g.digits()
		if n1.value == n2.value {
			n2 = g.digits()
		}
		both := []pbRow{none(n1.value), none(n2.value)}
		out = append(out,
			lawCase{fmt.Sprintf("The %s %s in the city were %s %s across the county", n1.text, noun, pr, n2.text), both},
			lawCase{capital(fmt.Sprintf("%s %s were %s in the city, %s %s across the county", n1.text, noun, verb, pr, n2.text)), both},
			lawCase{capital(fmt.Sprintf("%s %s were %s the %s %s %s", n1.text, noun, pr, n2.text, noun, verb)), both},
			lawCase{fmt.Sprintf("The %s %s in Kent were %s %s %s %s %s", n1.text, noun, pr, n2.text, noun, verb, wd), both},
			lawCase{capital(fmt.Sprintf("%s %s were %s - %s %s %s %s %s", n1.text, noun, verb, pr, n2.text, noun, verb, wd)), both})
		if c.active != "" {
			out = append(out, lawCase{"Officers " + fmt.Sprintf(c.active, n1.text) + ", " + pr + " " + n2.text + " " + noun + " " + verb + " " + wd, both})
		}
	}
	return out
}

// lawOffenceCases: things named after the verb of a figure of people
// and "with", "for" or "of" are the offence, not things seized ("four
// people were charged with conspiracy to supply heroin, cocaine, and
// crack cocaine"): the people's figure reads, and no drug is read as
// seized.
func lawOffenceCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	drugs := lawNamedDrugs(cat)
	offences := []string{"conspiracy to supply", "possession of", "possession with intent to supply", "supplying", "being concerned in the supply of", "the supply of"}
	forms := []struct{ text, metric string }{
		{"%s people were charged with %s %s", "charged"},
		{"%s men have been charged with %s %s", "charged"},
		{"Officers charged %s people with %s %s", "charged"},
		{"%s people were arrested for %s %s", "arrests"},
		{"Police arrested %s suspects for %s %s", "arrests"},
	}
	for i, d := range drugs {
		list := []string{
			fmt.Sprintf("%s, %s, and %s", name(d), name(drugs[(i+1)%len(drugs)]), name(drugs[(i+2)%len(drugs)])),
			fmt.Sprintf("%s and %s", name(d), name(drugs[(i+3)%len(drugs)])),
			fmt.Sprintf("%s, %s and %s, and possession of criminal property", name(d), name(drugs[(i+4)%len(drugs)]), name(drugs[(i+5)%len(drugs)])),
		}
		for j, f := range forms {
			n := g.num()
			text := capital(fmt.Sprintf(f.text, n.text, offences[(i+j)%len(offences)], list[(i+j)%len(list)]))
			out = append(out, lawCase{text, []pbRow{fact(f.metric, "", "people", n.value, "exact")}})
		}
	}
	return out
}

// lawOpeningValueCases: a value said of drugs coordinated at the start of
// a sentence is the value of them all, never the last one's ("Crack
// cocaine, cocaine, and heroin with a total potential combined street
// value of £35,000, along with more than £4000 cash, ... were seized").
func lawOpeningValueCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	drugs := lawNamedDrugs(cat)
	values := []string{"with a combined street value of %s", "with a total potential combined street value of %s", "with a total street value of %s", "worth %s", "with an estimated value of %s"}
	others := []struct {
		text string
		want pbRow
	}{
		{"along with more than £4,000 cash", fact("cash_seized", "", "gbp", 4000, "more_than")},
		{"along with 23 mobile phones", fact("mobile_phones_seized", "", "count", 23, "exact")},
		{"as well as a machete", fact("weapons_seized", "machete", "count", 1, "exact")},
	}
	for i, d := range drugs {
		a, b := drugs[(i+1)%len(drugs)], drugs[(i+2)%len(drugs)]
		lists := []string{name(d) + " and " + name(a), name(d) + ", " + name(a) + " and " + name(b), name(d) + ", " + name(a) + ", and " + name(b)}
		for j, l := range lists {
			v := values[(i+j)%len(values)]
			o := others[(i+j)%len(others)]
			mo := g.money()
			q := "exact"
			if strings.Contains(v, "estimated") {
				q = "approximately"
			}
			val := fmt.Sprintf(v, mo.text)
			want := []pbRow{fact("drugs_seized", "", "gbp", mo.value, q), o.want}
			out = append(out,
				lawCase{capital(fmt.Sprintf("%s %s, %s, were seized.", l, val, o.text)), want},
				lawCase{capital(fmt.Sprintf("%s %s were seized, %s.", l, val, o.text)), want})
		}
	}
	return out
}

// lawAsideTimeCases: the figures of an aside between dashes or brackets
// whose words name another time, or that describes words naming one,
// are that time's ("This week – unlike last week, when 40 were arrested
// – 12 people were arrested", "The previous operation – which saw 40
// arrests – was in May"): refused with a message naming the word; the
// clause's own figure reads.
func lawAsideTimeCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	var periods []string
	for _, w := range cat.Words {
		if w.Role == "period" {
			periods = append(periods, w.Text)
		}
	}
	var earlier []string
	for _, w := range cat.Words {
		if w.Role == "changes_meaning" && w.Meaning == "a figure of another period" && !strings.Contains(w.Text, " ") && w.Text != "since" && w.Text != "previously" && w.Text != "prev" {
			earlier = append(earlier, w.Text)
		}
	}
	signs := [][2]string{{" – ", " – "}, {" (", ") "}, {" - ", " - "}}
	for i, c := range lawCounts(cat) {
		if strings.Count(c.passive, "%s") != 1 {
			continue
		}
		per := periods[i%len(periods)]
		sg := signs[i%len(signs)]
		n1, n2 := g.num(), g.digits()
		if n1.value == n2.value {
			n2 = g.digits()
		}
		out = append(out, lawCase{fmt.Sprintf("This week%sunlike %s, when %s%s%s", sg[0], per, fmt.Sprintf(c.passive, n1.text), sg[1], fmt.Sprintf(c.passive, n2.text)),
			[]pbRow{none(n1.value), fact(c.metric, "", c.unit, n2.value, "exact")}})
		if c.active != "" {
			e := earlier[i%len(earlier)]
			n := g.num()
			out = append(out, lawCase{fmt.Sprintf("The %s operation%swhich %s%swas in May", e, sg[0], fmt.Sprintf(c.active, n.text), sg[1]), []pbRow{none(n.value)}})
		}
	}
	return out
}

// lawNarrowedPartCases: a part of a total narrowed by a place or an age
// after its noun ("12 arrests, including 5 men from London", "45 people
// safeguarded (including 12 children from Essex)", "..., including 5
// men, aged 18 to 25") is a subset of the part the catalogue holds:
// refused with a message; the total reads. Unnarrowed, the part reads.
// (An age under 18 after a part, "12 juveniles aged 16", reads as under
// 18, as the catalogue's grammar decides for "aged 15 and 16".)
func lawNarrowedPartCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	type grp struct{ total, verb, metric, part, partMetric string }
	groups := []grp{
		{"people", "were arrested", "arrests", "men", "arrests_male"},
		{"suspects", "were arrested", "arrests", "women", "arrests_female"},
		{"people", "were detained", "arrests", "juveniles", "arrests_under_18"},
		{"individuals", "were arrested", "arrests", "children", "arrests_under_18"},
		{"vulnerable people", "were safeguarded", "safeguarded", "children", "safeguarded_juvenile"},
		{"vulnerable people", "were safeguarded", "safeguarded", "adults", "safeguarded_adult"},
	}
	narrows := []string{"from London", "from Essex", "in Medway", "from Liverpool", "aged 18 to 25", ", aged 18 to 25", "from outside the county"}
	for i, gr := range groups {
		for j, nw := range narrows {
			n, k := g.num(), g.digits()
			part := k.text + " " + gr.part
			if strings.HasPrefix(nw, ",") {
				part += nw
			} else {
				part += " " + nw
			}
			total := fact(gr.metric, "", "people", n.value, "exact")
			form := (i + j) % 3
			if form == 2 && strings.HasPrefix(nw, ",") {
				form = 0 // ", including 5 men, aged 18 to 25, were ...": the aside ends at its first comma
			}
			switch form {
			case 0:
				out = append(out, lawCase{capital(fmt.Sprintf("%s %s %s, including %s", n.text, gr.total, gr.verb, part)), []pbRow{total, none(k.value)}})
			case 1:
				out = append(out, lawCase{capital(fmt.Sprintf("%s %s %s (including %s)", n.text, gr.total, gr.verb, part)), []pbRow{total, none(k.value)}})
			default:
				out = append(out, lawCase{capital(fmt.Sprintf("%s %s, including %s, %s", n.text, gr.total, part, gr.verb)), []pbRow{total, none(k.value)}})
			}
		}
		n, k := g.num(), g.digits()
		out = append(out, lawCase{capital(fmt.Sprintf("%s %s %s, including %s %s", n.text, gr.total, gr.verb, k.text, gr.part)),
			[]pbRow{fact(gr.metric, "", "people", n.value, "exact"), fact(gr.partMetric, "", "people", k.value, "exact")}})
	}
	return out
}

// lawLongSpanCases: figures said in a sentence that names a stretch of
// months or years are that stretch's, not the week's ("The week follows a
// successful five months for his team, who have made 235 arrests", "Over
// the past six months, 120 people were arrested"): refused with a
// message naming it, and so is one said of a thing after "during" ("during
// a 12-month investigation": the figure is of a stretch of months, not
// the week's; review23 R20). Weeks with no preposition of when ("thanks
// to two weeks of activity", a week of action run over two) leave the
// figure read.
func lawLongSpanCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	spans := []string{"five months", "six months", "12 months", "18 months", "two years", "three years"}
	things := []string{"month", "year"}
	for i, c := range lawCounts(cat) {
		if strings.Count(c.passive, "%s") != 1 {
			continue
		}
		sp := spans[i%len(spans)]
		n := g.num()
		switch i % 3 {
		case 0:
			out = append(out, lawCase{fmt.Sprintf("Over the past %s, %s", sp, fmt.Sprintf(c.passive, n.text)), []pbRow{none(n.value)}})
		case 1:
			out = append(out, lawCase{capital(fmt.Sprintf("%s over %s", fmt.Sprintf(c.passive, n.text), sp)), []pbRow{none(n.value)}})
		default:
			if c.active == "" {
				out = append(out, lawCase{fmt.Sprintf("In %s, %s", sp, fmt.Sprintf(c.passive, n.text)), []pbRow{none(n.value)}})
				break
			}
			out = append(out, lawCase{fmt.Sprintf("The week follows a successful %s for the team, who have %s", sp, fmt.Sprintf(c.active, n.text)), []pbRow{none(n.value)}})
		}
		k := g.num()
		read := []pbRow{fact(c.metric, "", c.unit, k.value, "exact")}
		if i%2 == 0 {
			out = append(out, lawCase{capital(fmt.Sprintf("%s during a %d-%s investigation", fmt.Sprintf(c.passive, k.text), 6+i%12, things[i%2])), []pbRow{none(k.value)}})
		} else {
			out = append(out, lawCase{capital(fmt.Sprintf("%s thanks to two weeks of activity", fmt.Sprintf(c.passive, k.text))), read})
		}
	}
	return out
}

// lawRateShareCases: a figure said per day or night ("12 arrests each
// day"), a share of a figure ("half of the 40 arrests were of
// juveniles", "the majority of the 40 people arrested"), and a figure
// that brings a running total to another ("45 arrests, bringing the total
// to 300") are none of them the week's figure: each is refused with a
// message naming the words (words.csv, changes_meaning).
func lawRateShareCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	var rates, shares, totals []string
	for _, w := range cat.Words {
		if w.Role != "changes_meaning" {
			continue
		}
		switch {
		case w.Meaning == "a rate" && strings.Contains(w.Text, " "):
			rates = append(rates, w.Text)
		case w.Meaning == "a part of the figure" && strings.HasSuffix(w.Text, " of"):
			shares = append(shares, w.Text)
		case w.Meaning == "a cumulative figure" && strings.HasSuffix(w.Text, " total to"):
			totals = append(totals, w.Text)
		}
	}
	for i, c := range lawCounts(cat) {
		if strings.Count(c.passive, "%s") != 1 {
			continue
		}
		n, m := g.num(), g.digits()
		if c.active != "" {
			out = append(out, lawCase{fmt.Sprintf("Officers %s %s", fmt.Sprintf(c.active, n.text), rates[i%len(rates)]), []pbRow{none(n.value)}})
		} else {
			out = append(out, lawCase{capital(fmt.Sprintf(c.passive, n.text) + " " + rates[i%len(rates)]), []pbRow{none(n.value)}})
		}
		n = g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s the %s", shares[i%len(shares)], fmt.Sprintf(c.passive, n.text))), []pbRow{none(n.value)}})
		n = g.num()
		t := totals[i%len(totals)]
		if strings.HasPrefix(t, "bring ") {
			noun, _, _ := strings.Cut(strings.TrimPrefix(c.passive, "%s "), " were ")
			out = append(out, lawCase{fmt.Sprintf("The %s %s %s %s", n.text, noun, t, m.text), []pbRow{none(n.value), none(m.value)}})
		} else {
			out = append(out, lawCase{capital(fmt.Sprintf("%s, %s %s", fmt.Sprintf(c.passive, n.text), t, m.text)), []pbRow{none(n.value), none(m.value)}})
		}
	}
	return out
}

// lawFirstPartCases: figures of the first days or hours of the week, or
// of its first day or night, are a part of the week's ("12 arrests were
// made in the first two days", "on the first day"): refused with a
// message. "In the first week of action" is the week itself: read.
func lawFirstPartCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	spans := []string{"two days", "24 hours", "three days", "48 hours", "36 hours"}
	days := []string{"first day", "first night", "opening day"}
	for i, c := range lawCounts(cat) {
		if strings.Count(c.passive, "%s") != 1 {
			continue
		}
		n := g.num()
		sp := spans[i%len(spans)]
		switch i % 3 {
		case 0:
			out = append(out, lawCase{capital(fmt.Sprintf("%s in the first %s", fmt.Sprintf(c.passive, n.text), sp)), []pbRow{none(n.value)}})
		case 1:
			out = append(out, lawCase{fmt.Sprintf("In the first %s, %s", sp, fmt.Sprintf(c.passive, n.text)), []pbRow{none(n.value)}})
		default:
			out = append(out, lawCase{fmt.Sprintf("On the %s of the operation, %s", days[i%len(days)], fmt.Sprintf(c.passive, n.text)), []pbRow{none(n.value)}})
		}
		k := g.num()
		out = append(out, lawCase{capital(fmt.Sprintf("%s in the first week of action", fmt.Sprintf(c.passive, k.text))), []pbRow{fact(c.metric, "", c.unit, k.value, "exact")}})
	}
	return out
}
