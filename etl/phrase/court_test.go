package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestCourtStreetLaw: a name ending in "Court" with no kind of court
// before it ("West Park Court", "Newham Court") and no verb of appearing
// before it is a street or a block, where the figure's event was: a
// part of the force's area, refused and named ("A further three were
// arrested in West Park Court, Long Eaton, along with five individuals
// in Buxton", round fifteen f1573, read the three as the force's).
// Near misses stay read: a court of law, where those charged appear
// ("appeared at Teesside Magistrates Court", "will appear at Derby Crown
// Court", "appeared at Derby Court").
func TestCourtStreetLaw(t *testing.T) {
	r := newReader(t)
	g := &lawGen{}
	c := &lawTally{t: t}
	streets := []string{"West Park Court", "Park Court", "Newham Court", "Jubilee Court", "Tay Court", "Station Court"}
	clauses := []string{
		"%[1]s people were arrested in %[2]s.",
		"A further %[1]s were arrested in %[2]s, along with two individuals in the town centre.",
		"Officers seized %[1]s knives at %[2]s.",
		"In %[2]s, %[1]s people were arrested.",
	}
	for i, st := range streets {
		for j, cl := range clauses {
			num := g.digits()
			text := capital(fmt.Sprintf(cl, num.text, st))
			c.n++
			rd := r.Read(text, phrase.Context{Force: []string{"derbyshire", "kent", "suffolk"}[(i+j)%3]})
			named := slices.ContainsFunc(rd.Messages, func(m phrase.Message) bool {
				return m.Code == phrase.CodeChangesMeaning && strings.Contains(m.Text, st+`"`)
			})
			switch {
			case slices.ContainsFunc(rd.Facts, func(f phrase.Fact) bool { return f.Value != nil && *f.Value == num.value }):
				c.fail("%q: read %v, want the figure refused as a part", text, factStrings(rd.Facts))
			case !named:
				c.fail("%q: no message names %q: %v", text, st, rd.Messages)
			}
		}
	}
	for _, court := range []string{"Teesside Magistrates Court", "Derby Crown Court", "Leeds Youth Court", "Luton Magistrates' Court", "Derby Court"} {
		for _, cl := range []string{
			"%[1]s people were charged and appeared at %[2]s.",
			"%[1]s people were charged and will appear at %[2]s next month.",
		} {
			num := g.digits()
			text := capital(fmt.Sprintf(cl, num.text, court))
			c.n++
			want := []string{fmt.Sprintf("charged/ people %v exact", num.value)}
			if got := factStrings(r.Read(text, phrase.Context{Force: "derbyshire"}).Facts); !slices.Equal(got, want) {
				c.fail("%q: read %v, want %v", text, got, want)
			}
		}
	}
	c.log()
}
