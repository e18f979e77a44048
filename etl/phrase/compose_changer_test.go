package phrase_test

import (
	"fmt"

	"github.com/countylines/countylines/etl/catalog"
)

func init() { lawKinds = append(lawKinds, lawChangerUseCases) }

// lawChangerUseCases: a word that changes what a figure means is also an
// ordinary word elsewhere. "to date" after a superlative ("the force's
// most successful week of action to date"), "down on" or "up on" before
// what is not a period nor a figure ("cracking down on exploitation"),
// change nothing: the figure reads. Said of the figure ("45 people have
// been arrested to date", "45 arrests, down on the previous week", "up
// on 2023", "down on the 60 of last year"), they refuse it with a message.
func lawChangerUseCases(cat *catalog.Catalog, g *lawGen) []lawCase {
	var out []lawCase
	type figure struct {
		text  string // %s is the number
		fact  func(v float64) pbRow
		money bool
	}
	figures := []figure{
		{"%s people were arrested", lawPeople("arrests"), false}, {"%s arrests were made", lawPeople("arrests"), false},
		{"%s vulnerable people were safeguarded", lawPeople("safeguarded"), false},
		{"%s in cash was seized", func(v float64) pbRow { return fact("cash_seized", "", "gbp", v, "exact") }, true},
		{"%s weapons were seized", lawCount("weapons_seized"), false}, {"%s deal lines were closed", lawCount("lines_closed"), false},
		{"%s warrants were executed", lawCount("warrants"), false}, {"%s cuckooed addresses were visited", lawCount("cuckooed_addresses_visited"), false},
	}
	plain := []string{
		" during the force's most successful week of action to date", " in its biggest operation to date",
		" during Staffordshire’s best County Lines Intensification Week to date", " in the largest crackdown to date",
		" during a week of action cracking down on exploitation", " as police clamped down on the gangs",
		" in a week cracking down on drug dealing", " as officers cracked down on county lines",
	}
	changed := []string{" to date", " so far this year", ", down on the previous week", ", up on 2023", ", down on last year",
		", up on the same week last year", ", down on the 60 of last year", ", up on £5,000",
		// review12 W5: a named operation or season is what a change is
		// measured from as much as a period is
		" up on Operation Orochi", ", down on the spring operation", ", up on the summer week of action", ", down on May",
		", up on the summer intensification week"}
	say := func(f figure, n lawNum) string {
		if f.money {
			return fmt.Sprintf(f.text, n.text) // capital would split "£"
		}
		return capital(fmt.Sprintf(f.text, n.text))
	}
	num := func(f figure) lawNum {
		if f.money {
			return g.money()
		}
		return g.num()
	}
	for _, f := range figures {
		for _, p := range plain {
			n := num(f)
			out = append(out, lawCase{say(f, n) + p, []pbRow{f.fact(n.value)}})
		}
		for _, c := range changed {
			n := num(f)
			v := n.value
			out = append(out, lawCase{say(f, n) + c, []pbRow{{metric: "NONE", value: &v}}})
		}
	}
	// The number straight before "up on"/"down on" is the change, and
	// "mean" after a modal takes a forecast, not a result (review12 W5).
	after := []string{"Arrests were %s up on the summer intensification week", "Arrests were %s down on the spring operation",
		"Arrests were %s up on Operation Orochi", "Cash seized was %s down on the spring week of action",
		"Cash seizures were %s up on the spring operation", "There were %s more arrests, up on the spring operation",
		"This could mean %s more arrests in the coming weeks", "It may mean %s further arrests", "That would mean %s arrests a day",
		"This could mean %s more cash seized", "It might mean %s people safeguarded", "This will mean %s more lines closed"}
	for i, a := range after {
		n := g.num()
		if i == 3 || i == 4 || i == 9 {
			n = g.money()
		}
		v := n.value
		out = append(out, lawCase{fmt.Sprintf(a, n.text), []pbRow{{metric: "NONE", value: &v}}})
	}
	return out
}
