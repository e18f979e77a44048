package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestSerialCommaLaw: a list of things named with no number written
// with a serial comma ("heroin, cocaine, and cannabis") is the same list
// as without it ("heroin, cocaine and cannabis"): as a clause's subject,
// as a seizing verb's object, beside a figure, every member is read, and
// under a modal, another body's words, another period or an aim every
// member is refused, as without the comma. An item named twice with no
// number ("cannabis bud, and cannabis plants") is one unquantified fact
// of it; a figure of it with a number beside is kept. A clause after
// ", and" with a verb of its own is not the list's ("seized heroin, and
// cannabis will be tested"). Law over every drug and weapon of the
// catalogue, in lists of three and four.
func TestSerialCommaLaw(t *testing.T) {
	cat := testCatalog(t)
	r := newReader(t)
	g := &lawGen{}
	type member struct{ name, metric, code string }
	var ms []member
	for _, it := range lawNamedDrugs(cat) {
		ms = append(ms, member{name(it), "drugs_seized", it.Code})
	}
	seen := map[string]bool{}
	for _, nm := range lawCountedNames(cat) {
		if !seen[nm[1]] {
			seen[nm[1]] = true
			ms = append(ms, member{plural(nm[0]), "weapons_seized", nm[1]})
		}
	}
	read := []string{"%s were seized.", "Officers seized %s.", "Officers arrested %s people and seized %s.", "%s were seized along with %s mobile phones."}
	refused := []string{"%s could be seized.", "The NCA said %s were seized.", "Last year officers seized %s.", "Officers hope to seize %s.", "%s will be seized next week."}
	cases, failed := 0, 0
	get := func(text string) phrase.Reading {
		cases++
		return r.Read(text, phrase.Context{Force: "kent"})
	}
	fill := func(form, list, n string) string {
		if strings.Count(form, "%s") == 2 {
			if strings.HasPrefix(form, "%s") {
				return capital(fmt.Sprintf(form, list, n))
			}
			return capital(fmt.Sprintf(form, n, list))
		}
		return capital(fmt.Sprintf(form, list))
	}
	for i := range ms {
		for _, size := range []int{3, 4} {
			var names []string
			var group []member
			for k := 0; k < size; k++ {
				m := ms[(i+k*5)%len(ms)]
				group = append(group, m)
				names = append(names, m.name)
			}
			head := strings.Join(names[:size-1], ", ")
			serial, plain := head+", and "+names[size-1], head+" and "+names[size-1]
			for fi, form := range append(append([]string{}, read...), refused...) {
				n := g.num().text
				ts, tp := fill(form, serial, n), fill(form, plain, n)
				gs, gp := get(ts), get(tp)
				if fmt.Sprint(keys(gs.Facts)) != fmt.Sprint(keys(gp.Facts)) {
					failed++
					t.Errorf("%q: want %v (as %q reads), got %v, messages %v", ts, keys(gp.Facts), tp, keys(gs.Facts), gs.Messages)
					continue
				}
				for _, m := range group {
					got := false
					for _, f := range gs.Facts {
						got = got || f.Metric == m.metric && f.Item == m.code && f.Value == nil
					}
					if got != (fi < len(read)) {
						failed++
						t.Errorf("%q: %s read %v, want %v (facts %v)", ts, m.code, got, fi < len(read), keys(gs.Facts))
						break
					}
				}
			}
		}
	}
	// one item named twice with no number: one fact of it
	for _, it := range lawNamedDrugs(cat) {
		if it.Code != "cannabis" {
			continue
		}
		for _, text := range []string{"Officers seized cannabis bud, and cannabis plants.", "Cannabis resin and cannabis plants were seized.", "Officers seized cannabis plants, cannabis bud and heroin."} {
			gs := get(text)
			n := 0
			for _, f := range gs.Facts {
				if f.Item == "cannabis" {
					n++
					if f.Unit != "" || f.Value != nil {
						failed++
						t.Errorf("%q: want cannabis with no unit, got %v", text, keys(gs.Facts))
					}
				}
			}
			if n != 1 {
				failed++
				t.Errorf("%q: want one cannabis fact, got %v", text, keys(gs.Facts))
			}
		}
		n := g.num()
		text := fmt.Sprintf("Officers seized %s grams of cannabis and cannabis plants.", n.text)
		gs := get(text)
		ok := false
		for _, f := range gs.Facts {
			ok = ok || f.Item == "cannabis" && f.Value != nil && *f.Value == n.value
		}
		if !ok {
			failed++
			t.Errorf("%q: want cannabis %v g kept, got %v", text, n.value, keys(gs.Facts))
		}
	}
	for _, m := range ms {
		text := fmt.Sprintf("Officers seized heroin, and %s will be tested.", m.name)
		gs := get(text)
		for _, f := range gs.Facts {
			if f.Item == m.code && m.code != "heroin" {
				failed++
				t.Errorf("%q: want no %s fact, got %v", text, m.code, keys(gs.Facts))
				break
			}
		}
	}
	t.Logf("TestSerialCommaLaw: %d of %d cases failed", failed, cases)
}
