package phrase_test

import "testing"

// spellCorpus: labels with a slip of the keyboard, and what Spell makes
// of them ("" when it must not mend them).
var spellCorpus = []struct{ text, want string }{
	{"Arests made", "arrest made"},
	{"Warants executed", "warrant executed"},
	{"Moblie phones seized", "mobile phones seized"},
	{"Arrests made", ""},      // nothing to mend
	{"Officers deployed", ""}, // not a slip of a known word
	{"Vans stopped", ""},      // nothing unknown
	{"Phones seizd", ""},      // a slip from "seize" and from "seized": which?
	{"Arests", "arrest"},
}

func TestSpell(t *testing.T) {
	r := newReader(t)
	for _, c := range spellCorpus {
		got, ok := r.Spell(c.text)
		if c.want == "" {
			if ok {
				t.Errorf("Spell(%q) = %q, want it left alone", c.text, got)
			}
			continue
		}
		if !ok || got != c.want {
			t.Errorf("Spell(%q) = %q %v, want %q", c.text, got, ok, c.want)
		}
	}
}
