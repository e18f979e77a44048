package phrase_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestCompassPartLaw: "in the north-east", "in the south west", "in the
// north" (a quarter written in small letters, with no area named after
// it) is where a figure's event was, and a quarter of an area is never
// the whole of it: the figure is refused as a part, named by a message,
// wherever the place stands (after the clause, or opening it, with "And
// also"), for a force, a regional unit, the nation, or a force the
// catalogue does not list (Police Scotland). Near misses stay read: the
// force's own area or the week in the same place ("in the county", "in
// the week").
func TestCompassPartLaw(t *testing.T) {
	r := newReader(t)
	g := &lawGen{}
	c := &lawTally{t: t}
	quarters := []string{"north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "north east", "south west"}
	forces := []string{"kent", "police_scotland", "NERSOU", "national"}
	clauses := []struct{ text, want string }{
		{"%[1]s people were arrested %[2]s.", "arrests/ people %v exact"},
		{"%[1]s men have been arrested %[2]s for drug possession.", "arrests_male/ people %v exact"},
		{"Officers seized %[1]s knives %[2]s.", "weapons_seized/knife count %v exact"},
		{"%[2]s, %[1]s vulnerable people were safeguarded.", "safeguarded/ people %v exact"},
		{"And also %[2]s, %[1]s people were arrested.", "arrests/ people %v exact"},
	}
	for i, q := range quarters {
		for j, cl := range clauses {
			force := forces[(i+j)%len(forces)]
			num := g.digits()
			text := capital(fmt.Sprintf(cl.text, num.text, "in the "+q))
			c.n++
			rd := r.Read(text, phrase.Context{Force: force})
			named := slices.ContainsFunc(rd.Messages, func(m phrase.Message) bool {
				return m.Code == phrase.CodeChangesMeaning && strings.Contains(strings.ToLower(m.Text), `"in the `+q+`"`)
			})
			switch {
			case len(rd.Facts) > 0:
				c.fail("%q (%s): read %v, want it refused as a part", text, force, factStrings(rd.Facts))
			case !named:
				c.fail("%q (%s): no message names %q: %v", text, force, "in the "+q, rd.Messages)
			}
			// near misses: the force's own area, or the week, in its place
			for _, own := range []string{"in the county", "in the week"} {
				if force != "kent" {
					continue
				}
				text := capital(fmt.Sprintf(cl.text, num.text, own))
				c.n++
				want := []string{fmt.Sprintf(cl.want, num.value)}
				if got := factStrings(r.Read(text, phrase.Context{Force: force}).Facts); !slices.Equal(got, want) {
					c.fail("%q (%s): read %v, want %v", text, force, got, want)
				}
			}
		}
	}
	c.log()
}
