package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// Noun-phrase constructions taught for recall (issue 7, session 17),
// each with the same construction where a word changes the count, the
// thing, the scope or the period, expected refused: TestCompositionLaw
// reads every phrase these make.
var lawNouns = []func(*catalog.Catalog, *lawGen) []lawCase{
	lawValueAfterClauseCases, lawOwnValueBesideSumCases,
}

func init() { lawRecall = append(lawRecall, lawNouns...) }

// lawValueAfterClauseCases: a value said after a comma at the end of a
// clause is of that clause's figures, not of a figure of people or of
// things nobody seizes in a clause before it ("Police arrested 14 people
// and confiscated 1kg of cocaine, worth more than £75,000": the
// cocaine's). Refused, the value giving no fact and a message: a thing
// seized as drugs are in the clause before ("seized 12 phones and
// confiscated ..., worth": of both?), a drug nobody taught us, another
// period, a wider area.
func lawValueAfterClauseCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	clauses := []struct {
		text, metric string // %s: the number
	}{
		{"Police arrested %s people", "arrests"},
		{"Officers safeguarded %s vulnerable people", "safeguarded"},
		{"Officers closed %s county lines", "lines_closed"},
		{"Police detained %s suspects", "arrests"},
	}
	values := []struct{ text, q string }{
		{", worth %s", "exact"}, {", with a street value of %s", "exact"}, {", valued at %s", "exact"},
		{", worth an estimated %s", "approximately"}, {", with a street value of more than %s", "more_than"},
	}
	verbs := []string{"seized", "confiscated", "recovered"}
	drugs := lawNamedDrugs(cat)
	for i, it := range drugs {
		d := name(it)
		cl := clauses[i%len(clauses)]
		val := values[i%len(values)]
		n, q, mo := g.digits(), g.mass(), g.money()
		for k := 0; k < len(lawMasses) && !q.plain; k++ {
			q = g.mass() // a weight: "2kg of heroin"
		}
		unit := "people"
		if cl.metric == "lines_closed" {
			unit = "count"
		}
		first := fact(cl.metric, "", unit, n.value, "exact")
		qty := fmt.Sprintf(q.text, g.digits().text)
		var qv float64
		fmt.Sscanf(strings.ReplaceAll(strings.Fields(strings.TrimRight(qty, "gk"))[0], ",", ""), "%g", &qv)
		qv *= q.scale
		v := verbs[i%len(verbs)]
		text := fmt.Sprintf(cl.text+" and %s %s of %s"+val.text+".", n.text, v, qty, d, mo.text)
		out = append(out, lawCase{text, []pbRow{first, fact("drugs_seized", it.Code, q.unit, qv, "exact"), fact("drugs_seized", it.Code, "gbp", mo.value, val.q)}})
		// several drugs: the value of them all
		o := drugs[(i+3)%len(drugs)]
		if o.Code != it.Code {
			text = fmt.Sprintf(cl.text+" and %s %s of %s and %s"+val.text+".", n.text, v, qty, d, name(o), mo.text)
			out = append(out, lawCase{text, []pbRow{first, fact("drugs_seized", "", q.unit, qv, "exact"), fact("drugs_seized", "", "gbp", mo.value, val.q)}})
		}
		// a thing seized as drugs are in the clause before: of both?
		p := g.digits()
		out = append(out, lawCase{fmt.Sprintf("Officers seized %s phones and %s %s of %s"+val.text+".", p.text, v, qty, d, mo.text),
			[]pbRow{fact("mobile_phones_seized", "", "count", p.value, "exact"), fact("drugs_seized", it.Code, q.unit, qv, "exact"), none(mo.value)}})
		// a drug nobody taught us
		out = append(out, lawCase{fmt.Sprintf(cl.text+" and %s %s of %s"+val.text+".", n.text, v, qty, lawUnknownDrugs[i%len(lawUnknownDrugs)], mo.text),
			[]pbRow{first, none(qv), none(mo.value)}})
		// another period, a wider area
		out = append(out,
			lawCase{fmt.Sprintf(cl.text+" and %s %s of %s"+val.text+", last year.", n.text, v, qty, d, mo.text), []pbRow{none(n.value), none(qv), none(mo.value)}},
			lawCase{"Nationally, " + lowerFirst(fmt.Sprintf(cl.text+" and %s %s of %s"+val.text+".", n.text, v, qty, d, mo.text)), []pbRow{none(n.value), none(qv), none(mo.value)}})
	}
	return out
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// lawForceAreaName is the name of a force's area its aliases give ("Avon
// and Somerset", "Lancashire"): the longest with no word of a police
// body or unit ("Heddlu Gwent", "BTP County Lines Taskforce") and no
// inverted name ("London, City of"), or "".
func lawForceAreaName(f catalog.Force) string {
	best := ""
	for _, a := range append([]string{f.Name}, f.Aliases...) {
		low := " " + strings.ToLower(a) + " "
		if strings.Contains(low, " police ") || strings.Contains(low, " constabulary ") || strings.Contains(low, " service ") || strings.Contains(low, " heddlu ") ||
			strings.Contains(low, " taskforce ") || strings.ContainsAny(a, "&,") || a == strings.ToUpper(a) {
			continue
		}
		if len(a) > len(best) {
			best = a
		}
	}
	return best
}

// TestForceAreaBareSumLaw: a force's area named anywhere in a sentence
// is a place, never the thing a sum with no noun is the value of ("In
// Northumbria, 23 people were arrested and over £20,000 was seized":
// cash, for Northumbria's text, found f916). Whose figure it is stays
// the scope rules': another force's area named so gives no fact, and a
// thing named beside the sum (cannabis found) or another period still
// refuses it, and so does a place phrase that goes on past the name
// ("In Kent and beyond", review15 H12). Every force of the catalogue,
// read as its own text.
func TestForceAreaBareSumLaw(t *testing.T) {
	cat := testCatalog(t)
	r := newReader(t)
	g := &lawGen{}
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	type forced struct {
		force string
		lawCase
	}
	var cases []forced
	var areas []string
	var codes []string
	for _, f := range cat.Forces {
		if a := lawForceAreaName(f); a != "" {
			areas, codes = append(areas, a), append(codes, f.Code)
		}
	}
	for i, own := range areas {
		other := areas[(i+7)%len(areas)]
		n, x := g.digits(), g.money()
		cash := fact("cash_seized", "", "gbp", x.value, "exact")
		more := fact("cash_seized", "", "gbp", x.value, "more_than")
		arrests := fact("arrests", "", "people", n.value, "exact")
		for _, c := range []lawCase{
			{fmt.Sprintf("In %s, %s people were arrested and over %s was seized.", own, n.text, x.text), []pbRow{arrests, more}},
			{fmt.Sprintf("In %s, %s was seized.", own, x.text), []pbRow{cash}},
			{fmt.Sprintf("Across %s, %s people were arrested and %s was seized.", own, n.text, x.text), []pbRow{arrests, cash}},
			{fmt.Sprintf("In %s, %s people were arrested and %s was seized.", other, n.text, x.text), []pbRow{none(n.value), none(x.value)}},
			{fmt.Sprintf("In %s, cannabis was found and %s was seized.", own, x.text), []pbRow{{metric: "drugs_seized", item: "cannabis", qualifier: "unquantified"}, none(x.value)}},
			{fmt.Sprintf("In %s, %s was seized last year.", own, x.text), []pbRow{none(x.value)}},
			{fmt.Sprintf("Nationally, and in %s, %s was seized.", own, x.text), []pbRow{none(x.value)}},
			{fmt.Sprintf("In %s and beyond, %s was seized.", own, x.text), []pbRow{none(x.value)}},
			{fmt.Sprintf("Across %s and neighbouring counties, %s was seized.", own, x.text), []pbRow{none(x.value)}},
		} {
			cases = append(cases, forced{codes[i], c})
		}
	}
	var total tally
	byMetric := map[string]*tally{}
	for i, c := range cases {
		p := pbPhrase{id: fmt.Sprintf("area%d", i), text: c.text, rows: c.want}
		got := r.Read(c.text, phrase.Context{Force: c.force})
		tl, notes := score(p, got, byMetric)
		total.add(tl)
		if tl.wrong+tl.extra+tl.missed > 0 || tl.abstained != tl.none || tl.flagged != tl.none {
			var msgs []string
			for _, m := range got.Messages {
				msgs = append(msgs, m.String())
			}
			t.Errorf("%s %q: %s [%s]", c.force, c.text, strings.Join(notes, "; "), strings.Join(msgs, " | "))
		}
	}
	t.Logf("force area bare sums: %d phrases: %s", len(cases), total)
}

// lawOwnValueBesideSumCases: a thing whose value is said ("£2 million
// worth of class A drugs") is not what a sum with no noun beside it is
// the value of ("A total of £1,254,384 was also seized, along with £2
// million worth of class A drugs": cash, found f442). Refused, the sum
// giving no fact and a message: the sum in a list with the value
// ("cocaine worth £2,000 and £1,000": another value?), the value a part
// of the sum ("including"), another thing beside it with no value of
// its own, a drug nobody taught us, another period.
func lawOwnValueBesideSumCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	none := func(v float64) pbRow { return pbRow{metric: "NONE", value: &v} }
	for i, it := range lawNamedDrugs(cat) {
		d := name(it)
		x, y := g.money(), g.money()
		for k := 0; k < len(lawMoney) && y.value == x.value; k++ {
			y = g.money()
		}
		cash := fact("cash_seized", "", "gbp", x.value, "exact")
		val := fact("drugs_seized", it.Code, "gbp", y.value, "exact")
		n := g.digits()
		out = append(out,
			lawCase{fmt.Sprintf("A total of %s was also seized, along with %s worth of %s.", x.text, y.text, d), []pbRow{cash, val}},
			lawCase{fmt.Sprintf("%s was seized alongside %s worth of %s.", x.text, y.text, d), []pbRow{cash, val}},
			lawCase{capital(fmt.Sprintf("%s worth %s and %s were seized.", d, y.text, x.text)), []pbRow{val, none(x.value)}},
			lawCase{fmt.Sprintf("%s was seized, including %s worth of %s.", x.text, y.text, d), []pbRow{val, none(x.value)}},
			lawCase{fmt.Sprintf("%s was seized, along with %s worth of %s and %s cars.", x.text, y.text, d, n.text), []pbRow{val, fact("vehicles_seized", "", "count", n.value, "exact"), none(x.value)}},
			lawCase{fmt.Sprintf("%s was seized along with %s worth of %s.", x.text, y.text, lawUnknownDrugs[i%len(lawUnknownDrugs)]), []pbRow{none(x.value), none(y.value)}},
			lawCase{fmt.Sprintf("%s was seized, along with %s worth of %s last year.", x.text, y.text, d), []pbRow{none(x.value), none(y.value)}})
	}
	return out
}
