package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// TestEveryItemNamedAccountedLaw: in a text the reader gives figures
// for, every item it names (each drug, weapon and asset of items.csv, by
// its first name) is held by a fact (the item, an item it is a kind or a
// class of, or all items of its kind) or stood over by a message; never
// dropped in silence, as "Officers arrested 3 men with heroin and crack
// cocaine" dropped both drugs (review12 S1). The sentences put the items
// where a release writes them beside a figure of another thing: what
// people were arrested with or for, what a search found, a list after a
// figure.
func TestEveryItemNamedAccountedLaw(t *testing.T) {
	cat := testCatalog(t)
	r := newReader(t)
	var its []catalog.Item
	for _, it := range cat.Items {
		if !strings.HasPrefix(it.Code, "class_") && !strings.HasPrefix(it.Code, "other_") {
			its = append(its, it)
		}
	}
	name := func(it catalog.Item) string { return strings.ToLower(it.Synonyms[0]) }
	failed, n := 0, 0
	for i, a := range its {
		b := its[(i+1)%len(its)]
		for _, s := range []string{
			"Officers arrested 3 men with %s and %s",
			"Officers arrested 3 men for possession of %s and %s",
			"Police executed 5 warrants and found %s and %s",
			"12 people were arrested and %s and %s were recovered",
			"Officers made 12 arrests, seizing %s and %s",
		} {
			text := fmt.Sprintf(s, name(a), name(b))
			rd := r.Read(text, phrase.Context{})
			if len(rd.Facts) == 0 {
				continue
			}
			n++
			var bad []string
			for _, it := range []catalog.Item{a, b} {
				if !accounted(cat, rd, text, it, name(it)) {
					bad = append(bad, name(it))
				}
			}
			if len(bad) > 0 {
				failed++
				t.Errorf("%q: %s neither held by a fact nor named in a message\n facts %v\n messages %v", text, strings.Join(bad, ", "), rd.Facts, rd.Messages)
			}
		}
	}
	t.Logf("%d of %d sentences with figures dropped an item in silence", failed, n)
	if n < 100 {
		t.Errorf("only %d sentences read with figures", n)
	}
}

// accounted: a fact holds the item, or a message stands over its name.
func accounted(cat *catalog.Catalog, rd phrase.Reading, text string, it catalog.Item, name string) bool {
	at := strings.Index(strings.ToLower(text), name)
	for _, m := range rd.Messages {
		if m.Start <= at && at+len(name) <= m.End {
			return true
		}
	}
	for _, f := range rd.Facts {
		fi, _ := cat.Item(f.Item)
		fm, _ := cat.Metric(f.Metric)
		if f.Item == it.Code || f.Item != "" && (it.Base == f.Item || fi.Base == it.Code || it.Class == f.Item || fi.Class == it.Code) || f.Item == "" && fm.ItemKind == it.Kind {
			return true
		}
	}
	return false
}
