package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/phrase"
)

// Things named with no number beside a figure share its verb: "17
// knives, an axe and CS spray were seized". A verb done to people
// ("arrested", "charged", "safeguarded") is no verb of things, so things
// after such a figure with no verb of their own ("12 people were
// arrested along with weapons", found29 F4) are not said to be seized:
// not read, and named in a message (a verb after them whose doer is
// named, "..., and officers visited addresses", is another clause's). With a verb of their own after them
// ("... along with weapons being seized", "..., and weapons were
// recovered"), or a verb of things before them ("Officers arrested 12
// people and seized weapons"), they are read as before.
var (
	peopleThingsReads = []string{
		"%[1]s people were arrested along with %[2]s and %[3]s being seized.",
		"%[1]s people were arrested, along with %[2]s and %[3]s seized.",
		"Officers arrested %[1]s people and seized %[2]s and %[3]s.",
		"Officers arrested %[1]s people as well as seizing %[2]s and %[3]s.",
		"Cash was seized along with %[2]s and %[3]s, and %[1]s people were arrested.",
		"%[1]s people were arrested, and %[2]s and %[3]s were recovered.",
		"Officers arrested %[1]s people and %[2]s, %[3]s and almost %[1]s mobile phones were seized.",
	}
	peopleThingsRefused = []string{
		"%[1]s people were arrested along with %[2]s and %[3]s.",
		"%[1]s people were arrested, along with %[2]s and %[3]s.",
		"Officers arrested %[1]s people along with %[2]s and %[3]s.",
		"%[1]s people were arrested as well as %[2]s and %[3]s.",
		"%[1]s people were arrested together with %[2]s and %[3]s.",
		"Officers arrested %[1]s people, plus %[2]s and %[3]s.",
		"%[1]s people were arrested alongside %[2]s and %[3]s.",
		"%[1]s people were arrested along with %[2]s and %[3]s, and officers visited addresses.",
		"%[1]s people were arrested along with %[2]s and %[3]s, and the NCA seized cash.",
	}
)

// TestThingsBesidePeopleLaw: each pair of items of unqPairs in each
// frame, round-robin, and every frame with two pairs; then every group
// word beside every verb done to people, in frames read and refused.
func TestThingsBesidePeopleLaw(t *testing.T) {
	r := newReader(t)
	cases := unqFrameCases(unqPairs(testCatalog(t)), peopleThingsReads, peopleThingsRefused, func(f string, n lawNum, pr [2]unqNamed) string {
		return fmt.Sprintf(f, n.text, pr[0].text, pr[1].text)
	})
	checkUnq(t, r, cases)

	verbs := []struct{ verb, metric string }{{"arrested", "arrests"}, {"charged", "charged"}, {"safeguarded", "safeguarded"}}
	groups := []struct{ words, metric string }{
		{"weapons", "weapons_seized"}, {"offensive weapons", "weapons_seized"},
		{"drugs", "drugs_seized"}, {"illicit drugs", "drugs_seized"},
	}
	reads := []string{
		"%[1]s people were %[2]s along with %[3]s being seized.",
		"%[1]s people were %[2]s, and %[3]s were seized.",
		"%[1]s people were %[2]s, and officers recovered %[3]s.",
		"%[1]s people were %[2]s and %[3]s and £5,000 in cash were seized.",
	}
	refused := []string{
		"%[1]s people were %[2]s along with %[3]s.",
		"%[1]s people were %[2]s, as well as %[3]s.",
		"Officers %[2]s %[1]s people together with %[3]s.",
		"%[1]s people were %[2]s, plus %[3]s.",
	}
	g := &lawGen{}
	failed, total := 0, 0
	for _, v := range verbs {
		for _, gr := range groups {
			for _, set := range []struct {
				frames []string
				read   bool
			}{{reads, true}, {refused, false}} {
				for _, f := range set.frames {
					n := g.num()
					text := capital(fmt.Sprintf(f, n.text, v.verb, gr.words))
					total++
					got := r.Read(text, phrase.Context{Force: "kent"})
					var group, figure bool
					var bad []string
					for _, fc := range got.Facts {
						switch {
						case fc.Metric == v.metric && fc.Value != nil && *fc.Value == n.value:
							figure = true
						case fc.Metric == gr.metric && fc.Item == "" && fc.Value == nil && fc.Qualifier == etl.Unquantified:
							group = true
						case fc.Metric == "cash_seized" && fc.Value != nil && *fc.Value == 5000 && strings.Contains(f, "£5,000"):
						default:
							bad = append(bad, fmtFact(fc))
						}
					}
					at := strings.Index(text, gr.words)
					named := false
					for _, m := range got.Messages {
						named = named || m.Start <= at && at+len(gr.words) <= m.End
					}
					var why string
					switch {
					case len(bad) > 0:
						why = "read " + strings.Join(bad, "; ")
					case !figure:
						why = fmt.Sprintf("want %s %v", v.metric, n.value)
					case set.read && !group:
						why = fmt.Sprintf("want %s of all items unquantified", gr.metric)
					case !set.read && group:
						why = fmt.Sprintf("%s read, though its only verb is done to people", gr.words)
					case !set.read && !named:
						why = fmt.Sprintf("%q dropped in silence: no message names it", gr.words)
					default:
						continue
					}
					failed++
					t.Errorf("%q: %s (%v)", text, why, got.Messages)
				}
			}
		}
	}
	t.Logf("group words: %d of %d cases failed", failed, total)
}
