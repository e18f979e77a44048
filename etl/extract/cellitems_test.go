package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/reference"
)

// TestEveryItemInACellAccountedLaw is TestEveryNumberInACellAccountedLaw's
// sibling for things named with no number: every item a value cell's
// words name (a drug, a weapon, an asset of the catalogue) is held by a
// fact loaded from that cell (the item, an item it is a kind or a class
// of, or all items of its kind: "9 (including batons and a taser)"
// beside Weapons seized holds the batons), or named in a message about
// the cell. Never dropped in
// silence, as "Arrests │ arrested 3 men with heroin and crack cocaine"
// dropped both drugs (review12 S1, from ec7c42c), and "43 (heroin and
// crack)" or "9 (including batons and a taser)" dropped what their asides
// named. The texts put each item of the catalogue, by its first name,
// with another of its kind, in what forces write beside a figure: the
// offence of an arrest, a find at a warrant, an aside, a part of a
// seizure, a list with a figure of another metric.
func TestEveryItemInACellAccountedLaw(t *testing.T) {
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	byKind := map[string][]catalog.Item{}
	for _, it := range cat.Items {
		if strings.HasPrefix(it.Code, "class_") || strings.HasPrefix(it.Code, "other_") {
			continue
		}
		byKind[it.Kind] = append(byKind[it.Kind], it)
	}
	name := func(it catalog.Item) string { return strings.ToLower(it.Synonyms[0]) }
	type tcase struct {
		label, text string
		items       []catalog.Item
	}
	var cases []tcase
	for _, kind := range []string{"drug", "weapon", "asset"} {
		its := byKind[kind]
		if len(its) < 3 {
			t.Fatalf("%d items of kind %s", len(its), kind)
		}
		own := map[string]string{"drug": "Drugs seized", "weapon": "Weapons seized", "asset": "Assets seized"}[kind]
		for i, a := range its {
			b := its[(i+1)%len(its)]
			two := []catalog.Item{a, b}
			for _, c := range []tcase{
				{"Arrests", fmt.Sprintf("arrested 3 men with %s and %s", name(a), name(b)), two},
				{"Arrests", fmt.Sprintf("43 (%s and %s)", name(a), name(b)), two},
				{"Arrests", fmt.Sprintf("12 people arrested for possession of %s", name(a)), two[:1]},
				{"Arrests", fmt.Sprintf("7 arrests, %s and %s recovered", name(a), name(b)), two},
				{"Warrants executed", fmt.Sprintf("5 warrants executed, %s found", name(a)), two[:1]},
				{"Warrants executed", fmt.Sprintf("5 (%s and %s found)", name(a), name(b)), two},
				{own, fmt.Sprintf("9 (including %s and %s)", name(a), name(b)), two},
				{own, fmt.Sprintf("%s and %s", name(a), name(b)), two},
				{"Cash seized", fmt.Sprintf("£5,000 and %s", name(a)), two[:1]},
			} {
				cases = append(cases, c)
			}
		}
	}
	// Counter-examples: words that name no item ("other" alone is the
	// catch-all item's name only beside its kind) get no unread_item.
	for _, text := range []string{"12 people arrested by other forces", "12 (all other offences)", "7 arrests, other enquiries ongoing"} {
		cases = append(cases, tcase{"Arrests", text, nil})
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		b.Rows("A1", []any{kentTitle}, nil, []any{cases[i].label, cases[i].text}, []any{"Mobile phones seized", "1,149"})
	})
	meet := func(a, b string) bool {
		ia, _ := cat.Item(a)
		ib, _ := cat.Item(b)
		return a == b || ia.Base == b || ib.Base == a || ia.Class == b || ib.Class == a
	}
	failed := 0
	for i, p := range ps {
		c := cases[i]
		var said []string
		for _, m := range p.r.Messages {
			if m.Cell == "B3" || m.Covers(m.Sheet, 2, 3) {
				said = append(said, strings.ToLower(m.Text))
			}
		}
		var bad []string
		for _, it := range c.items {
			held := false
			for _, f := range p.factsAt("B3") {
				fm, _ := cat.Metric(f.Metric)
				held = held || f.Item != "" && meet(f.Item, it.Code) || f.Item == "" && fm.ItemKind == it.Kind
			}
			if !held && !strings.Contains(strings.Join(said, " | "), name(it)) {
				bad = append(bad, fmt.Sprintf("%q is neither held by a fact of the cell nor named in a message", name(it)))
			}
		}
		if c.items == nil && p.message("unread_item", fmt.Sprintf("P%d!B3", i)) != nil {
			bad = append(bad, "names no item, but got "+p.message("unread_item", fmt.Sprintf("P%d!B3", i)).Text)
		}
		if ph := p.value("mobile_phones_seized"); ph == nil || *ph.Value != 1149 {
			bad = append(bad, "the phones below it are not loaded")
		}
		if len(bad) > 0 {
			failed++
			t.Errorf("%q │ %q: %s\n%s", c.label, c.text, strings.Join(bad, "; "), p.dump())
		}
	}
	t.Logf("%d of %d cells naming items read an item past in silence", failed, len(cases))
}
