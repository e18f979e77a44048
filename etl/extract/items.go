package extract

import (
	"strings"

	"github.com/countylines/countylines/etl"
)

// namedItems checks every item a value cell's words name ("arrested 3
// men with heroin and crack cocaine", "43 (heroin and crack)") is held
// by a fact of that cell, or said in a message about it: never passed
// over in silence (review12 S1). An item no fact of the cell holds and
// no message names gets a warning naming the cell and the words.
func (x *extractor) namedItems() {
	type at struct{ sheet, cell string }
	facts := map[at][]etl.Fact{}
	var order []at
	for _, f := range x.ret.Facts {
		k := at{f.Sheet, f.Cell}
		if _, ok := facts[k]; !ok {
			order = append(order, k)
		}
		facts[k] = append(facts[k], f)
	}
	said := map[at][]string{}
	for _, m := range x.ret.Messages {
		k := at{m.Sheet, m.Cell}
		said[k] = append(said[k], strings.ToLower(m.Text))
	}
	for _, k := range order {
		text := facts[k][0].Raw
		var unread []string
		for _, w := range x.rd.Items(text) {
			if x.itemHeld(w.Items, facts[k]) || mentioned(said[k], w.Text) {
				continue
			}
			unread = append(unread, w.Text)
		}
		if len(unread) == 0 {
			continue
		}
		var loaded []string
		for _, f := range facts[k] {
			loaded = append(loaded, factWords(f))
		}
		x.msg(etl.SevWarning, "unread_item", k.sheet, k.cell, "%q names %s, which no figure of the cell holds (it loads %s): not loaded. Check whether they were seized, and give their figures on their own rows",
			strings.TrimSpace(text), quoteAll(unread), strings.Join(loaded, " and "))
	}
}

// itemHeld says a fact holds one of the items: the item, an item it is a
// kind or a class of ("crack" under a cocaine row, "heroin" in a Class A
// row), or all items of its kind ("batons" in "9 (including batons and a
// taser)" beside Weapons seized: the 9 holds them).
func (x *extractor) itemHeld(codes []string, facts []etl.Fact) bool {
	for _, f := range facts {
		fm, _ := x.cat.Metric(f.Metric)
		for _, c := range codes {
			it, _ := x.cat.Item(c)
			if x.itemsMeet(c, f.Item) || f.Item == "" && fm.ItemKind != "" && fm.ItemKind == it.Kind {
				return true
			}
		}
	}
	return false
}

// itemsMeet says two items are one, or one is the other's base or class.
func (x *extractor) itemsMeet(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	ia, _ := x.cat.Item(a)
	ib, _ := x.cat.Item(b)
	return ia.Base == b || ib.Base == a || ia.Class == b || ib.Class == a
}

// mentioned says one of the messages names the words.
func mentioned(msgs []string, words string) bool {
	w := strings.ToLower(words)
	for _, m := range msgs {
		if strings.Contains(m, w) {
			return true
		}
	}
	return false
}

// factWords names a fact for a message: "arrests_male 3".
func factWords(f etl.Fact) string {
	s := f.Metric
	if f.Item != "" {
		s += " " + f.Item
	}
	if f.Value == nil {
		return s + " (unquantified)"
	}
	return s + " " + formatNum(*f.Value)
}
