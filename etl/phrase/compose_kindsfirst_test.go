package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// kindsList is a list of three kinds of item of one kind (weapons or
// assets), each named by its first name, and the metric that seizes them.
type kindsList struct {
	metric string
	codes  [3]string
	names  [3]string
}

// kindsLists are, for every weapon and asset item with a name, a list of
// it and the next two items of its kind.
func kindsLists(t *testing.T) []kindsList {
	t.Helper()
	cat := testCatalog(t)
	metric := map[string]string{"weapon": "weapons_seized", "asset": "assets_seized"}
	byKind := map[string][]catalog.Item{}
	for _, it := range cat.Items {
		if metric[it.Kind] != "" && !strings.HasPrefix(it.Code, "other_") {
			byKind[it.Kind] = append(byKind[it.Kind], it)
		}
	}
	var out []kindsList
	for kind, its := range byKind {
		for i := range its {
			var l kindsList
			l.metric = metric[kind]
			for k := 0; k < 3; k++ {
				it := its[(i+k)%len(its)]
				l.codes[k], l.names[k] = it.Code, name(it)
			}
			out = append(out, l)
		}
	}
	return out
}

// A number before more kinds of item than it counts counts the first
// kind ("discovered and seized three firearms, hunting knives, machetes,
// ... and BB guns", found f902): each kind named is one thing at least,
// so three cannot count eight; the others are named with no number. The
// figure is read only when the sentence without the other kinds reads
// the first kind's figure the same ("seized three firearms"), so that
// what stands before and after the list is judged as for one kind.
//
// Law over every weapon and asset item with the next two of its kind:
// "two <first>, <second> and <third>" in six done forms reads the first
// kind 2 and the others named with no number. Counter-examples, each
// expected to read no fact of any kind named and to give a message: a
// zero; a number as large as the kinds ("three"); "or"; a later name of
// the first kind ("two knives, axes and knives", "1 knife, axes and
// blades": more knives than one?); a modal ("will seize",
// "could have seized", "could be seized"); the present ("Officers seize",
// "are seized", "routinely seize"); a verb nobody taught us before or
// after the list ("handed in", "were stolen", "identified"), or one of
// no metric ("were used"); another
// force or agency as the subject or the speaker ("Essex Police seized" in
// Kent's text, "The NCA seized", "Border Force officers", "NCA officers",
// "Officers from the NCA", "Members of the public", "The Home Office
// said", "Essex Police said"); a condition ("If officers seize");
// "Nationally,"; another period
// ("last year", "in the year up to Sunday"); a part or a wider place
// ("in Medway", "across Kent and Medway and beyond"); and words after the
// list (", TBC", "(replica)", ", provisional", " imitation").
func TestKindsFirstLaw(t *testing.T) {
	r := newReader(t)
	read := []string{
		"Officers seized %s.", "%s were seized.", "During the week officers seized %s.",
		"Officers recovered %s during the week.", "Officers discovered and seized %s.", "Police conducted warrants, seizing %s.",
	}
	refused := []string{
		"Officers will seize %s.", "Officers could have seized %s.", "%s could be seized.",
		"%s were stolen.", "%s identified.", "Essex Police seized %s.", "Nationally, %s were seized.",
		"Officers seized %s last year.", "Officers seized %s in the year up to Sunday.",
		"Officers seized %s in Medway.", "Officers seized %s across Kent and Medway and beyond.",
		"Officers seized %s, TBC.", "Officers seized %s (replica).", "Officers seized %s, provisional.",
		"Officers seized %s imitation.", "The NCA seized %s.", "Border Force officers seized %s.", "NCA officers seized %s.",
		"Officers from the NCA seized %s.", "Members of the public handed in %s.", "Officers routinely seize %s.",
		"Officers seize %s.", "%s are seized.", "The Home Office said %s were seized.", "Essex Police said officers seized %s.",
		"If officers seize %s, they are destroyed.", "%s seized.", "%s were used.", "%s were used in attacks.",
	}
	cap := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
	bad, n, readN := 0, 0, 0
	check := func(text string, want bool, l kindsList) {
		n++
		got := r.Read(text, phrase.Context{Force: "kent"})
		var facts []string
		for _, f := range got.Facts {
			if f.Metric == l.metric {
				facts = append(facts, fmtFact(f))
			}
		}
		if !want {
			if len(facts) > 0 || len(got.Messages) == 0 {
				bad++
				if bad <= 25 {
					t.Errorf("%q: want nothing of the list read and a message, got %s (%d messages)", text, strings.Join(facts, "; "), len(got.Messages))
				}
			}
			return
		}
		wantFacts := []string{
			fmt.Sprintf("%s/%s count 2 exact", l.metric, l.codes[0]),
			fmt.Sprintf("%s/%s count NULL unquantified", l.metric, l.codes[1]),
			fmt.Sprintf("%s/%s count NULL unquantified", l.metric, l.codes[2]),
		}
		if strings.Join(facts, "; ") != strings.Join(wantFacts, "; ") {
			bad++
			if bad <= 25 {
				t.Errorf("%q: want %s, got %s", text, strings.Join(wantFacts, "; "), strings.Join(facts, "; "))
			}
			return
		}
		readN++
	}
	for _, l := range kindsLists(t) {
		list := func(num string) string {
			return fmt.Sprintf("%s %s, %s and %s", num, l.names[0], l.names[1], l.names[2])
		}
		for _, f := range read {
			for _, num := range []string{"two", "2"} {
				text := fmt.Sprintf(f, list(num))
				if strings.HasPrefix(f, "%s") {
					text = cap(text)
				}
				check(text, true, l)
			}
		}
		for _, f := range refused {
			text := fmt.Sprintf(f, list("two"))
			if strings.HasPrefix(f, "%s") {
				text = cap(text)
			}
			check(text, false, l)
		}
		for _, text := range []string{
			fmt.Sprintf("Officers seized %s.", list("zero")), fmt.Sprintf("Officers seized %s.", list("0")),
			fmt.Sprintf("Officers seized %s.", list("three")),
			fmt.Sprintf("Officers seized two %s, %s or %s.", l.names[0], l.names[1], l.names[2]),
			fmt.Sprintf("Officers seized two %s, %s and %s.", l.names[0], l.names[1], l.names[0]),
			fmt.Sprintf("Officers seized 1 %s, %s and %s.", l.names[0], l.names[1], l.names[0]),
		} {
			check(text, false, l)
		}
	}
	t.Logf("kinds after a number: %d phrases, %d read as the first kind and the others named, %d wrong", n, readN, bad)
	if readN < 100 {
		t.Errorf("only %d phrases read: the law says little", readN)
	}
}
