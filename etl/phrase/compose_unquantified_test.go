package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// unqNamed is a thing named with no number and its item.
type unqNamed struct{ text, code, metric string }

// unqPairs are two things of one kind, named with no number, from every
// weapon and drug name of the catalogue ("knives and machetes",
// "heroin and crack cocaine").
func unqPairs(cat *catalog.Catalog) [][2]unqNamed {
	var weapons, drugs []unqNamed
	for _, w := range lawWeaponNames(cat) {
		weapons = append(weapons, unqNamed{plural(w[0]), w[1], "weapons_seized"})
	}
	for _, it := range cat.Items {
		if it.Kind != "drug" || it.Code == "other_drug" || strings.HasPrefix(it.Code, "class_") {
			continue
		}
		for _, d := range lawDrugNames(it) {
			drugs = append(drugs, unqNamed{d, it.Code, "drugs_seized"})
		}
	}
	var out [][2]unqNamed
	for _, kind := range [][]unqNamed{weapons, drugs} {
		for i, a := range kind {
			b := kind[(i+7)%len(kind)]
			if a.code != b.code {
				out = append(out, [2]unqNamed{a, b})
			}
		}
	}
	return out
}

// unqCase is a sentence of Kent's release that names two things with no
// number beside a figure of arrests: read says whether the things are
// read (each unquantified) or must not be.
type unqCase struct {
	text string
	n    float64
	a, b unqNamed
	read bool
	// kind: the things are the parts a kind named by its group word
	// lists ("weapons were seized, including knives and axes"): read,
	// the kind is an unquantified fact of all items too (listkind.go)
	kind bool
}

// Things named with no number (unquantified) are read only as what the
// force's officers seized in its week. The same sentence with words
// before the things' verb (a fronted wider place, another force or body
// as the speaker, a condition, a question), in its verb (a modal, the
// present of habit, "not"), or after it (another agent after "by",
// another period or place, a clause or word of what became of them,
// another's words) says another's seizure, another time, or none: the
// things are not read. Every case is read in Kent's context; the figure
// of arrests beside them is not judged here (its own laws do), but no
// fact other than it and the things may be read.
func unqScopeCases(cat *catalog.Catalog) []unqCase {
	g := &lawGen{}
	reads := []string{
		"%[1]s arrests were made and %[2]s and %[3]s were seized.",
		"%[1]s arrests were made; %[2]s and %[3]s were also recovered.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized.",
		"%[1]s people were arrested, and %[2]s and %[3]s have been seized.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized by officers.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized by Kent Police.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized on Monday.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized in Kent.",
		"Officers said %[1]s people were arrested, and %[2]s and %[3]s were seized.",
		"A Kent Police spokesperson said: %[1]s people were arrested, and %[2]s and %[3]s were seized.",
		"Officers seized %[1]s phones, %[2]s and %[3]s.",
		"Officers seized %[2]s, %[3]s and %[1]s phones.",
		"%[4]s and %[3]s were seized and %[1]s people were arrested.",
	}
	refused := []string{
		// before the things' verb: a wider place, another force or body
		// speaking, a condition, a question
		"%[1]s arrests were made; nationally, %[2]s and %[3]s were seized.",
		"%[1]s arrests were made and, across the region, %[2]s and %[3]s were seized.",
		"%[1]s arrests were made; in Essex, %[2]s and %[3]s were seized.",
		"Nationally, %[2]s and %[3]s were seized and %[1]s people were arrested.",
		"%[1]s arrests were made; Essex Police said %[2]s and %[3]s were seized.",
		"%[1]s arrests were made; the NCA said %[2]s and %[3]s were seized.",
		"%[1]s arrests were made, while Border Force said %[2]s and %[3]s were seized.",
		"If %[1]s arrests are made, %[2]s and %[3]s are seized.",
		"Whenever %[1]s arrests are made, %[2]s and %[3]s are seized.",
		"%[1]s arrests were made; were %[2]s and %[3]s seized?",
		"%[1]s arrests were made, and %[2]s and %[3]s were seized?",
		"If %[1]s arrests were made, %[2]s and %[3]s were seized.",
		"Unless %[1]s arrests were made, %[2]s and %[3]s were seized.",
		// in the verb: a modal, the present, "not"
		"%[1]s people were arrested, and %[2]s and %[3]s are seized every week.",
		"%[1]s people were arrested, and %[2]s and %[3]s are being seized.",
		"%[1]s people were arrested, and %[2]s and %[3]s are also recovered.",
		"%[1]s people were arrested, and %[2]s and %[3]s will be seized.",
		"%[1]s people were arrested, and %[2]s and %[3]s could have been seized.",
		"%[1]s people were arrested, and %[2]s and %[3]s were not seized.",
		"%[1]s people were arrested, but no %[2]s or %[3]s were seized.",
		"%[4]s and %[3]s are seized and %[1]s people are arrested every week.",
		"Officers will seize %[1]s phones, %[2]s and %[3]s.",
		"Officers could have seized %[1]s phones, %[2]s and %[3]s.",
		"Officers aim to seize %[1]s phones, %[2]s and %[3]s.",
		"Officers hope to seize %[2]s, %[3]s and %[1]s phones.",
		"%[4]s, %[3]s and %[1]s phones could be seized.",
		"%[1]s phones, %[2]s and %[3]s will be seized.",
		// after the verb: another agent, period or place, what became
		// of them, another's words
		"%[1]s people were arrested, and %[2]s and %[3]s were seized by Border Force.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized by the NCA.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized by officers from Essex Police.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized by Essex Police.",
		"%[1]s people were arrested, and %[2]s and %[3]s were found by residents.",
		"%[4]s and %[3]s were seized by Border Force and %[1]s people were arrested.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized in 2019.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized last year.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized across the region.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized in Essex.",
		"%[4]s and %[3]s were seized in Essex and %[1]s people were arrested.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized, which were later returned.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized, belonging to another force.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized, which turned out to be replicas.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized, later found to be fake.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized, the NCA said.",
		"%[1]s people were arrested, and %[2]s and %[3]s were seized, according to Border Force.",
	}
	var out []unqCase
	for i, pr := range unqPairs(cat) {
		n := g.num()
		out = append(out, unqForms(i, 4, reads, refused, n, pr, capital(pr[0].text))...)
	}
	return out
}

// unqForms fills each form of reads and refused with the pair's figure
// and things (and extra, as the forms' further arguments): every form
// for one pair in each, one form each for the rest.
func unqForms(i, each int, reads, refused []string, n lawNum, pr [2]unqNamed, extra ...any) []unqCase {
	var out []unqCase
	for _, set := range []struct {
		forms []string
		read  bool
	}{{reads, true}, {refused, false}} {
		forms := set.forms
		if i%each != 0 {
			forms = forms[i%len(forms) : i%len(forms)+1]
		}
		for _, f := range forms {
			text := fmt.Sprintf(f, append([]any{n.text, pr[0].text, pr[1].text}, extra...)...)
			out = append(out, unqCase{text: capital(text), n: n.value, a: pr[0], b: pr[1], read: set.read})
		}
	}
	return out
}

func TestUnquantifiedScopeLaw(t *testing.T) {
	cat := testCatalog(t)
	checkUnq(t, newReader(t), unqScopeCases(cat))
}

func TestUnquantifiedQuantityLaw(t *testing.T) {
	cat := testCatalog(t)
	checkUnq(t, newReader(t), unqQuantityCases(cat))
}

// checkUnq reads each case in Kent's context: the things are read, each
// unquantified, or not, as the case says, and no fact but them and the
// figure of arrests or phones beside them is read.
func checkUnq(t *testing.T, r *phrase.Reader, cases []unqCase) {
	t.Helper()
	failed := 0
	for _, c := range cases {
		got := r.Read(c.text, phrase.Context{Force: "kent"})
		var a, b, kind bool
		var bad []string
		for _, f := range got.Facts {
			switch {
			case (f.Metric == "arrests" || f.Metric == "mobile_phones_seized") && f.Value != nil && *f.Value == c.n:
			case c.kind && c.read && f.Qualifier == etl.Unquantified && f.Value == nil && f.Metric == c.a.metric && f.Item == "":
				kind = true
			case f.Qualifier == etl.Unquantified && f.Value == nil && f.Metric == c.a.metric && f.Item == c.a.code:
				a = true
			case f.Qualifier == etl.Unquantified && f.Value == nil && f.Metric == c.b.metric && f.Item == c.b.code:
				b = true
			default:
				bad = append(bad, fmtFact(f))
			}
		}
		switch {
		case len(bad) > 0:
			t.Errorf("%q: read %s", c.text, strings.Join(bad, "; "))
		case c.read && !(a && b):
			t.Errorf("%q: want %s and %s unquantified, got %v", c.text, c.a.code, c.b.code, got.Facts)
		case c.read && c.kind && !kind:
			t.Errorf("%q: want the kind %s unquantified beside its parts, got %v", c.text, c.a.metric, got.Facts)
		case !c.read && (a || b):
			t.Errorf("%q: %s/%s read, though the words say another's seizure, another time or none", c.text, c.a.code, c.b.code)
		default:
			continue
		}
		failed++
	}
	t.Logf("%d sentences, %d failed", len(cases), failed)
}

// unqQuantityReads and unqQuantityRefused are the forms of
// unqQuantityCases: %[1]s a number of arrests, %[2]s and %[3]s the
// things, %[4]s the words of quantity, %[5]s the first thing with them,
// capitalised.
var (
	unqQuantityReads = []string{
		"%[5]s and %[3]s were seized and %[1]s people were arrested.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s were seized.",
		"%[1]s people were arrested, and %[4]s%[2]s and %[3]s have been recovered.",
		"%[1]s people were arrested after %[4]s%[2]s and %[3]s were seized.",
		"%[1]s people were arrested after %[2]s and %[3]s were seized.",
		"%[1]s people were arrested after %[2]s and %[3]s had been seized by officers.",
	}
	unqQuantityRefused = []string{
		"Nationally, %[5]s and %[3]s were seized and %[1]s people were arrested.",
		"%[1]s arrests were made; across the region, %[4]s%[2]s and %[3]s were seized.",
		"%[1]s arrests were made; Essex Police said %[4]s%[2]s and %[3]s were seized.",
		"If %[1]s arrests are made, %[4]s%[2]s and %[3]s are seized.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s are seized every week.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s could be seized.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s were not seized.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s were seized by Border Force.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s were seized last year.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s were seized in Essex.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s were seized nationally.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s were seized, including Essex.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s were seized in Kent and beyond.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s were seized, regional total.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s were seized, TBC.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s were seized, which were later returned.",
		"%[1]s people were arrested after Border Force seized %[4]s%[2]s and %[3]s.",
		"%[1]s people were arrested after residents found %[4]s%[2]s and %[3]s.",
		"%[1]s people were arrested after %[4]s%[2]s and %[3]s were found by residents.",
		"%[1]s people were arrested after %[4]s%[2]s and %[3]s were seized by the NCA.",
		"%[1]s people were arrested after %[4]s%[2]s and %[3]s were handed in.",
		"%[1]s people were arrested after %[4]s%[2]s and %[3]s were used in an attack.",
		"%[1]s people were arrested after %[4]s%[2]s and %[3]s were seized in 2019.",
		"%[1]s people were arrested after %[4]s%[2]s and %[3]s were seized in previous operations.",
		"%[1]s people were arrested after %[4]s%[2]s and %[3]s were seized to date.",
		"%[1]s arrests were made and %[4]s%[2]s and %[3]s were seized year to date.",
		"%[1]s people were arrested after %[4]s%[2]s and %[3]s were seized across the region.",
		"%[1]s people were arrested after %[4]s%[2]s and %[3]s could be seized.",
		"%[1]s people were arrested after %[4]s%[2]s and %[3]s are seized.",
		"%[1]s people were arrested after no %[2]s or %[3]s were found.",
		"If %[1]s people are arrested after %[4]s%[2]s and %[3]s are seized, they are charged.",
	}
)

// unqQuantityCases: things named with no number after words of quantity
// that give no number ("Dozens of knives and machetes were seized",
// "thousands of pounds worth of heroin and cannabis", "a large number
// of", "hundreds of wraps of"), and a clause of them after "after" a
// figure ("20 people were arrested after knives and machetes were
// seized"), each unquantified; the same with the words before, in and
// after the things' verb that unqScopeCases refuses, with words after
// the verb that widen or hedge it (", including Essex", ", TBC", "and
// beyond", ", regional total"), another's act before them ("after
// Border Force seized", "after residents found"), and a verb of no
// seizure ("were handed in", "were used in an attack"): not read.
func unqQuantityCases(cat *catalog.Catalog) []unqCase {
	g := &lawGen{}
	quants := []string{"dozens of ", "hundreds of ", "thousands of ", "a large number of ", "a significant amount of "}
	drugQuants := []string{"thousands of pounds worth of ", "hundreds of wraps of "}
	reads, refused := unqQuantityReads, unqQuantityRefused
	var out []unqCase
	for i, pr := range unqPairs(cat) {
		qs := quants
		if pr[0].metric == "drugs_seized" {
			qs = append(append([]string{}, quants...), drugQuants...)
		}
		q := qs[i%len(qs)]
		out = append(out, unqForms(i, 3, reads, refused, g.num(), pr, q, capital(q)+pr[0].text)...)
	}
	return out
}

// TestUnquantifiedManyScalesLaw: words of quantity that give no number
// built of several scales ("tens of thousands of pounds worth of",
// "hundreds of thousands of pounds of") or a word of quantity before a
// scale ("several thousand pounds' worth of") before things named with
// no number read them as "thousands of pounds worth of" does, in every
// form of unqQuantityCases, and no number is read in them.
func TestUnquantifiedManyScalesLaw(t *testing.T) {
	cat := testCatalog(t)
	g := &lawGen{}
	quants := []string{"tens of thousands of pounds worth of ", "hundreds of thousands of pounds worth of ",
		"several thousand pounds' worth of ", "hundreds of thousands of pounds of ", "tens of thousands of pounds' worth of ",
		"tens of ", "hundreds of thousands of ", "several hundred pounds worth of ", "some thousand pounds worth of "}
	var cases []unqCase
	for i, pr := range unqPairs(cat) {
		if pr[0].metric != "drugs_seized" {
			continue
		}
		q := quants[i%len(quants)]
		cases = append(cases, unqForms(i, 2, unqQuantityReads, unqQuantityRefused, g.num(), pr, q, capital(q)+pr[0].text)...)
	}
	checkUnq(t, newReader(t), cases)
}
