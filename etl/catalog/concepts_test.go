package catalog_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/countylines/countylines/etl/catalog"
)

// Every metric says in words what it counts, so that a phrase can be read
// into it: an action or an object, and a child the modifier that narrows
// its parent.
func TestConceptColumns(t *testing.T) {
	c := load(t)
	for _, m := range c.Metrics {
		if m.Parent == "" && len(m.Actions) == 0 && len(m.Objects) == 0 {
			t.Errorf("metric %s names no action and no object", m.Code)
		}
		if m.Parent != "" && len(m.Modifiers) == 0 {
			t.Errorf("child metric %s has no modifier to tell it from %s", m.Code, m.Parent)
		}
		if m.ItemKind != "" && !m.Unquantified {
			t.Errorf("itemised metric %s does not keep items named with no number", m.Code)
		}
	}
	if len(c.Words) == 0 {
		t.Fatal("words.csv not loaded")
	}
	if it, _ := c.Item("imitation_firearm"); it.Base != "firearm" || len(it.Modifiers) == 0 {
		t.Errorf("imitation_firearm = %+v, want base firearm and modifiers", it)
	}
	if it, _ := c.Item("ammunition"); !contains(it.For, "firearm") {
		t.Errorf("ammunition = %+v, want it for firearms", it)
	}
}

// An operator teaches a word with a line in the home folder's reference
// CSVs, without a rebuild.
func TestExtendWords(t *testing.T) {
	c := load(t)
	err := c.Extend(fstest.MapFS{
		"metric_words.csv": {Data: []byte("metric_code,role,word\narrests,action,nicked\nlines_closed,object,graft line\n")},
		"item_words.csv":   {Data: []byte("item_code,role,word\nknife,synonym,shank\nimitation_firearm,modifier,gel blaster\nammunition,for,crossbow\n")},
		"words.csv":        {Data: []byte("word,role,meaning\nin the region of,hedge,approximately\nlast month,changes_meaning,another period\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := c.Metric("arrests")
	if !contains(m.Actions, "nicked") {
		t.Errorf("arrests actions %v lack the taught word", m.Actions)
	}
	if m, _ := c.Metric("lines_closed"); !contains(m.Objects, "graft line") {
		t.Errorf("lines_closed objects %v lack the taught word", m.Objects)
	}
	if it, _ := c.Item("knife"); !contains(it.Synonyms, "shank") {
		t.Errorf("knife synonyms %v lack the taught word", it.Synonyms)
	}
	if it, _ := c.Item("imitation_firearm"); !contains(it.Modifiers, "gel blaster") {
		t.Errorf("imitation_firearm modifiers %v lack the taught word", it.Modifiers)
	}
	if it, _ := c.Item("ammunition"); !contains(it.For, "crossbow") {
		t.Errorf("ammunition for %v lacks the taught item", it.For)
	}
	for _, bad := range []string{"no_such_item", "heroin", "ammunition"} {
		if err := load(t).Extend(fstest.MapFS{"item_words.csv": {Data: []byte("item_code,role,word\nammunition,for," + bad + "\n")}}); err == nil {
			t.Errorf("ammunition for %s: no error, want one: it must be another item of its kind", bad)
		}
	}
	found := false
	for _, w := range c.Words {
		found = found || w.Text == "last month" && w.Role == "changes_meaning"
	}
	if !found {
		t.Error("words.csv extension not loaded")
	}
	for name, data := range map[string]string{
		"metric_words.csv": "metric_code,role,word\narrests,verb,nicked\n",
		"item_words.csv":   "item_code,role,word\nno_such_item,synonym,x\n",
		"words.csv":        "word,role,meaning\nfoo,colour,red\n",
	} {
		c := load(t)
		if err := c.Extend(fstest.MapFS{name: {Data: []byte(data)}}); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s with a bad line: err = %v, want one naming the file", name, err)
		}
	}
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

var _ = catalog.WordRoles
