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
	"In 2021, as part of the week of action, %s",
	"As part of the crackdown this month, %s",
	"In one of the most successful weeks yet, %s",
	"%s in a week",
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
		n := g.num()
		area := areas[i%len(areas)]
		out = append(out, lawCase{fmt.Sprintf("In %s, %s", area, clause(n)), []pbRow{fact(c.metric, "", c.unit, n.value, "exact")}})
	}
	return out
}
