package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/phrase"
)

// The things a verb of seizing goes on to, named with no number ("and
// seized heroin and knives"), may be followed by a phrase of where,
// when or why ("as part of a national week of action", "during a
// week-long crackdown on county lines", "across Kent"): they are read
// as the force's when a number in their place would be (their twin), and
// not when the phrase says another force's area or body (a joint
// operation with one too), a part of the force, a wider area, another
// period or day, when a figure follows in
// the clause (whose things they are, its words may say), or when the
// words after them are no such phrase ("drugs paraphernalia", "knives
// hidden in a bag": they may go on naming the things or say more of
// them).
var (
	objAdjunctFrames = []string{
		"Officers arrested %[1]s people and seized %[4]s%[2]s and %[3]s%[5]s.",
		"%[1]s people were arrested; officers also seized %[2]s and %[3]s%[5]s.",
		"Officers made %[1]s arrests, seizing %[2]s and %[3]s%[5]s.",
		"Kent Police arrested %[1]s people and recovered %[4]s%[2]s and %[3]s%[5]s.",
	}
	objAdjunctReads = []string{
		" as part of a national week of action", " as part of the week of action",
		" during a week-long crackdown on county lines", " in a crackdown on county lines drug dealing",
		" in a week's crackdown", " across Kent", " throughout the week", " in our ongoing fight against county lines",
		" during raids across the county", " during the operation", " following intelligence from the public",
	}
	objAdjunctRefused = []string{
		// another force's area or body, a wider area
		" in Essex", " across Essex", " across the region", " across the country", " in London",
		" as part of an Essex Police operation", " as part of an NCA operation", " in raids by Essex Police",
		// a joint operation with another force or body: the forces'
		// together (the release and the return refuse it; review28 W3)
		" in a joint operation with Essex Police", " as part of a joint operation with the Metropolitan Police",
		" during a joint week of action with Essex Police", " in a joint operation with BTP", " in a joint operation with the NCA",
		" across Kent with Border Force",
		// a part of the force
		" in Medway", " from a car", " at an address in Maidstone", " in a raid on one address",
		" during a warrant", " during a stop and search", " at Ashford station", " from a man in Medway",
		// another period or part of the week
		" in previous operations", " during last year's week of action", " in 2019", " since April",
		" over the past year", " in the first two days",
		// a figure after the things
		" during raids at 12 addresses", " from 12 addresses",
		// words that go on naming the things, or say more of them
		" paraphernalia", " supply paraphernalia", " thought to belong to Essex Police",
	}
)

// TestUnquantifiedObjectAdjunctLaw: each pair of items of unqPairs and
// the group words "drugs and weapons", in each frame, with each phrase
// after them.
func TestUnquantifiedObjectAdjunctLaw(t *testing.T) {
	cat := testCatalog(t)
	r := newReader(t)
	g := &lawGen{}
	quants := []string{"", "a quantity of ", "dozens of "}
	var cases []unqCase
	for i, pr := range unqPairs(cat) {
		for _, set := range []struct {
			adj  []string
			read bool
		}{{objAdjunctReads, true}, {objAdjunctRefused, false}} {
			a := set.adj[i%len(set.adj)]
			for _, f := range objAdjunctFrames {
				n := g.num()
				text := fmt.Sprintf(f, n.text, pr[0].text, pr[1].text, quants[i%len(quants)], a)
				cases = append(cases, unqCase{text: capital(text), n: n.value, a: pr[0], b: pr[1], read: set.read})
			}
		}
	}
	checkUnq(t, r, cases)
	// the group words: each phrase in each frame
	failed, n := 0, 0
	for _, set := range []struct {
		adj  []string
		read bool
	}{{objAdjunctReads, true}, {objAdjunctRefused, false}} {
		for _, a := range set.adj {
			for _, f := range objAdjunctFrames {
				num := g.num()
				text := capital(fmt.Sprintf(f, num.text, "drugs", "weapons", "", a))
				n++
				got := r.Read(text, phrase.Context{Force: "kent"})
				var drugs, weapons bool
				var bad []string
				for _, x := range got.Facts {
					switch {
					case x.Metric == "arrests" && x.Value != nil && *x.Value == num.value:
					case x.Value == nil && x.Qualifier == etl.Unquantified && x.Item == "" && x.Metric == "drugs_seized":
						drugs = true
					case x.Value == nil && x.Qualifier == etl.Unquantified && x.Item == "" && x.Metric == "weapons_seized":
						weapons = true
					default:
						bad = append(bad, fmtFact(x))
					}
				}
				switch {
				case len(bad) > 0:
					t.Errorf("%q: read %s", text, strings.Join(bad, "; "))
				case set.read && !(drugs && weapons):
					t.Errorf("%q: want drugs and weapons unquantified, got %v", text, got.Facts)
				case !set.read && (drugs || weapons):
					t.Errorf("%q: drugs or weapons read, though the words say another's, a part, another time or a figure", text)
				default:
					continue
				}
				failed++
			}
		}
	}
	t.Logf("group words: %d sentences, %d failed", n, failed)
}
