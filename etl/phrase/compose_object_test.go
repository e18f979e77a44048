package phrase_test

import (
	"testing"

	"github.com/countylines/countylines/etl/catalog"
)

// unqObjectCases: things named with no number as the object of a verb
// of seizing, after a figure of arrests ("Officers arrested 12 people
// and seized heroin and cannabis", ", seizing heroin and cannabis",
// "officers also seized a quantity of heroin and cannabis"), each
// unquantified; and the near misses that must stay unread: the verb not
// done (a modal, an aim, the present, "not", "never", a progressive),
// another's seizure (another force or body as its subject, or the
// speaker), another period or place after the things or before the
// clause, a condition, what became of them after them (", which were
// later returned", ", TBC"), and the things a person was arrested with
// or for (an offence, not a seizure).
func unqObjectCases(cat *catalog.Catalog) []unqCase {
	g := &lawGen{}
	reads := []string{
		"Officers arrested %[1]s people and seized %[4]s%[2]s and %[3]s.",
		"Officers made %[1]s arrests, seizing %[2]s and %[3]s.",
		"%[1]s people were arrested; officers also seized %[4]s%[2]s and %[3]s.",
		"Kent Police arrested %[1]s people and recovered %[2]s and %[3]s.",
		"%[1]s people were arrested and officers have seized %[2]s and %[3]s during the week.",
		"Officers arrested %[1]s people and found %[4]s%[2]s and %[3]s.",
	}
	refused := []string{
		// the verb not done
		"Officers arrested %[1]s people and will seize %[2]s and %[3]s.",
		"Officers will arrest %[1]s people and seize %[2]s and %[3]s.",
		"Officers hope to arrest %[1]s people and seize %[4]s%[2]s and %[3]s.",
		"Officers aim to arrest %[1]s people, close two lines and seize %[2]s and %[3]s.",
		"Officers arrested %[1]s people and hope to seize %[4]s%[2]s and %[3]s.",
		"Officers arrested %[1]s people but did not seize %[2]s and %[3]s.",
		"Officers arrested %[1]s people and never seized %[2]s or %[3]s.",
		"Officers arrested %[1]s people and seize %[2]s and %[3]s every week.",
		"Officers arrested %[1]s people and are seizing %[2]s and %[3]s.",
		"%[1]s people were arrested; officers could have seized %[2]s and %[3]s.",
		"%[1]s people were arrested; officers were seizing %[4]s%[2]s and %[3]s.",
		// one or the other: neither is said
		"Officers arrested %[1]s people and seized %[2]s or %[3]s.",
		"Officers made %[1]s arrests, seizing %[4]s%[2]s, or %[3]s.",
		// another's seizure or words
		"%[1]s people were arrested; Essex Police seized %[2]s and %[3]s.",
		"%[1]s people were arrested; the NCA seized %[4]s%[2]s and %[3]s.",
		"%[1]s people were arrested; Border Force officers seized %[2]s and %[3]s.",
		"%[1]s people were arrested; residents found %[2]s and %[3]s.",
		"Essex Police said officers arrested %[1]s people and seized %[2]s and %[3]s.",
		// another period or place
		"Officers arrested %[1]s people and seized %[2]s and %[3]s in Essex.",
		"Officers arrested %[1]s people and seized %[4]s%[2]s and %[3]s last year.",
		"Nationally, officers arrested %[1]s people and seized %[2]s and %[3]s.",
		"Officers arrested %[1]s people and seized %[2]s and %[3]s across the region.",
		"Officers arrested %[1]s people and seized %[2]s and %[3]s in previous operations.",
		"Officers arrested %[1]s people and seized %[2]s and %[3]s to date.",
		// a condition; what became of them
		"If officers arrest %[1]s people and seize %[2]s and %[3]s, the week is a success.",
		"Officers arrested %[1]s people and seized %[2]s and %[3]s, which were later returned.",
		"Officers arrested %[1]s people and seized %[4]s%[2]s and %[3]s, TBC.",
		// an offence
		"Officers arrested %[1]s people with %[2]s and %[3]s.",
		"Officers arrested %[1]s people for possession of %[2]s and %[3]s.",
	}
	quants := []string{"", "a quantity of ", "dozens of ", "a large number of "}
	var out []unqCase
	for i, pr := range unqPairs(cat) {
		out = append(out, unqForms(i, 4, reads, refused, g.num(), pr, quants[i%len(quants)])...)
	}
	return out
}

// TestUnquantifiedObjectLaw: things named with no number after a verb
// of seizing, as its object, are read as the force's seizure in its
// week, and not when the words say another's, another time, or none.
func TestUnquantifiedObjectLaw(t *testing.T) {
	cat := testCatalog(t)
	checkUnq(t, newReader(t), unqObjectCases(cat))
}

// TestUnquantifiedKindVerbPlaceLaw: the items a kind named with no
// number includes after the kind's own verb ("weapons were seized,
// including knives and axes") are read, and not when a place other
// than the force's area, or a wider one, stands after the verb ("were
// seized in Essex, including", "were seized across the region such
// as", "nationally"), nor when another body is the verb's subject ("the
// NCA seized weapons, including knives"); the arrests beside them are
// not judged here.
func TestUnquantifiedKindVerbPlaceLaw(t *testing.T) {
	cat := testCatalog(t)
	g := &lawGen{}
	reads := []string{
		"%[1]s people were arrested and %[4]s were seized, including %[2]s and %[3]s.",
		"%[1]s people were arrested and %[4]s were also recovered, such as %[2]s and %[3]s.",
		"%[1]s people were arrested; officers seized %[4]s, including %[2]s and %[3]s.",
	}
	refused := []string{
		"%[1]s people were arrested; %[4]s were seized in Essex, including %[2]s and %[3]s.",
		"%[1]s people were arrested; %[4]s were seized across the region such as %[2]s and %[3]s.",
		"%[1]s people were arrested; %[4]s were seized nationally, including %[2]s and %[3]s.",
		"%[1]s people were arrested; %[4]s were seized in Kent and beyond, including %[2]s and %[3]s.",
		// another body's seizure: the kind's verb has another subject
		"%[1]s people were arrested; the NCA seized %[4]s, including %[2]s and %[3]s.",
		"Border Force seized %[4]s, including %[2]s and %[3]s, and officers arrested %[1]s people.",
	}
	var cases []unqCase
	for i, pr := range unqPairs(cat) {
		kind := map[string]string{"weapons_seized": "weapons", "drugs_seized": "drugs"}[pr[0].metric]
		cases = append(cases, unqForms(i, 3, reads, refused, g.num(), pr, kind)...)
	}
	for i := range cases {
		cases[i].kind = true // every form names the kind and lists its parts
	}
	checkUnq(t, newReader(t), cases)
}
