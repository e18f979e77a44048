package phrase_test

import (
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// unqAloneCases: a sentence of prose that gives no figure, whose one
// clause says the force's officers seized things named with no number
// ("Police also seized air rifles, lock knives and machetes", "Knives
// and swords were also taken off the streets"), reads each thing as
// unquantified, as the same clause does beside a figure of arrests;
// and the near misses that must stay unread: a case the sentence tells
// of (a person or an age named: "The 35-year-old woman was arrested
// after heroin was found"), another force or body, another period, a
// wider area, a plan or a hope, a habit, a negation, a condition,
// another's words, what became of the things, one or the other.
func unqAloneCases(cat *catalog.Catalog) []unqCase {
	reads := []string{
		"Officers seized %[4]s%[2]s and %[3]s.",
		"Police also seized %[2]s and %[3]s during the week.",
		"%[5]s and %[3]s were also seized.",
		"%[5]s and %[3]s were taken off the streets.",
		"Officers have recovered %[4]s%[2]s and %[3]s.",
		"Kent Police seized %[2]s and %[3]s.",
		"Officers said %[2]s and %[3]s were seized.",
		"During the week of action, officers seized %[2]s and %[3]s.",
		"Over the week, officers seized %[2]s and %[3]s.",
	}
	refused := []string{
		// a case the sentence tells of
		"The 35-year-old woman was arrested after %[2]s and %[3]s were seized at an address.",
		"Officers seized %[2]s and %[3]s from a 19-year-old.",
		// another force or body
		"Essex Police seized %[2]s and %[3]s.",
		"The NCA seized %[4]s%[2]s and %[3]s.",
		"Border Force officers seized %[2]s and %[3]s.",
		"%[5]s and %[3]s were seized by Border Force.",
		"Residents found %[2]s and %[3]s.",
		// another period, a wider area
		"Last year officers seized %[2]s and %[3]s.",
		"%[5]s and %[3]s were seized last year.",
		"In 2019, officers seized %[2]s and %[3]s.",
		"Before the week of action, officers seized %[2]s and %[3]s.",
		"Ahead of the week of action, officers seized %[2]s and %[3]s.",
		"After the week of action, officers seized %[2]s and %[3]s.",
		"In the run-up to the week, officers seized %[2]s and %[3]s.",
		"Over the summer, officers seized %[2]s and %[3]s.",
		"Following the week of action, %[5]s and %[3]s were seized.",
		"Nationally, %[2]s and %[3]s were seized.",
		"Across the region, officers seized %[2]s and %[3]s.",
		"%[5]s and %[3]s were seized in Essex.",
		// not done: a plan, a hope, a habit, a negation, a condition
		"Officers will seize %[2]s and %[3]s.",
		"Officers hope to seize %[4]s%[2]s and %[3]s.",
		"Officers plan to seize %[2]s and %[3]s.",
		"%[5]s and %[3]s could be seized.",
		"%[5]s and %[3]s are seized every week.",
		"Officers routinely seize %[2]s and %[3]s.",
		"Officers seize %[2]s and %[3]s.",
		"Officers recover %[2]s and %[3]s.",
		// another body's help or operation
		"Officers, supported by the NCA, seized %[2]s and %[3]s.",
		"%[5]s and %[3]s were seized during a Met operation.",
		"%[5]s and %[3]s were seized during an NCA-led operation.",
		"%[5]s and %[3]s were seized in an operation led by the NCA.",
		"Officers did not seize %[2]s and %[3]s.",
		"Officers never found %[2]s or %[3]s.",
		"If officers find %[2]s and %[3]s, they seize them.",
		// another's words; what became of them; one or the other
		"The NCA said %[2]s and %[3]s were seized.",
		"%[5]s and %[3]s were seized, which were later returned.",
		"%[5]s and %[3]s were seized, later found to be fake.",
		"Officers seized %[2]s or %[3]s.",
	}
	quants := []string{"", "a quantity of ", "dozens of ", "a large number of "}
	var out []unqCase
	for i, pr := range unqPairs(cat) {
		// no figure of arrests: a value no fact of these sentences has
		n := lawNum{text: "", value: -1}
		out = append(out, unqForms(i, 3, reads, refused, n, pr, quants[i%len(quants)], capital(pr[0].text))...)
	}
	return out
}

// TestUnquantifiedAloneLaw: things named with no number in a sentence
// of prose that gives no figure are read when its clause says plainly
// that the force's officers seized them in its week, and not when the
// sentence tells of one case, or says another's seizure, another time,
// or none. A return's value cell under a heading reads none of them.
func TestUnquantifiedAloneLaw(t *testing.T) {
	cat := testCatalog(t)
	r := newReader(t)
	cases := unqAloneCases(cat)
	checkUnq(t, r, cases)
	for _, c := range cases {
		if !c.read {
			continue
		}
		for _, f := range r.Read(c.text, phrase.Context{Force: "kent", Heading: "Notes"}).Facts {
			if f.Qualifier == etl.Unquantified {
				t.Errorf("%q in a cell under \"Notes\": read %s/%s", c.text, f.Metric, f.Item)
			}
		}
	}
}
