package phrase

import (
	"fmt"
	"slices"
	"strings"

	"github.com/countylines/countylines/etl"
)

// An item named with no number in prose ("Officers arrested 12 people
// and seized knives", "weapons were seized, including machetes") is
// read only when a number in its place would be: its numbered twin
// ("... and seized 41 knives") is read through every judgement a
// figure gets (whose act, what mood, which period and place, the words
// after it), and the item keeps the twin's verdict: a fact when the
// twin's figure is one, a scoped figure or a refusal when it is not. So
// an unquantified reading never inherits less than its clause gives a
// figure, and no check is written twice.

// twinPlace is where a number goes in the twin of things named with no
// number whose first word is element at: from the words of quantity
// with no number before them, at element quantity when not -1 ("a
// quantity of heroin" -> "41g of heroin"), or from an article before
// them ("a machete" -> "41 machete"), up to at.
func (p *parser) twinPlace(at, quantity int) []int {
	if p.cell {
		return nil
	}
	from := at
	switch {
	case quantity >= 0 && quantity < at:
		from = quantity
	case at > 0 && p.els[at-1].kind == eFunc && p.els[at-1].fn == "det" && p.toks[p.els[at-1].from].is("a", "an", "some", "any"):
		from = at - 1
	}
	return []int{from, at}
}

// twinFirst is the first number a twin gives its things: high enough
// that no figure of a release's sentence is likely to be it, low enough
// to be read as any count.
const twinFirst = 41

// twinChecks holds the items named with no number of a sentence's
// reading whose twins are to be read, each with the fact it gave.
type twinChecks struct {
	ms    []*mention
	facts []Fact
}

// add records mention m, if it has a twin, and the fact it gave, if any.
func (tc *twinChecks) add(p *parser, m *mention, out *Reading, n int) {
	if m.twin == nil || m.amt != nil || len(out.Facts) != n+1 || out.Facts[n].Value != nil {
		return
	}
	tc.ms = append(tc.ms, m)
	tc.facts = append(tc.facts, out.Facts[n])
}

// twinVerdicts reads the numbered twin of the sentence p reads, with a
// number in the place of each item tc holds, and keeps each item's fact
// only when the twin reads its number as the same metric and item; when
// the twin scopes the number, the item is scoped the same; when it
// refuses it, the item is not read and a message says why. ctx is the
// context the sentence was read in.
func (r *Reader) twinVerdicts(p *parser, tc *twinChecks, ctx Context, out *Reading) {
	if len(tc.ms) == 0 || ctx.twin {
		return
	}
	ctx.twin = true
	// a count before count nouns; a weight before a drug, which a bare
	// number does not measure ("41g of heroin"), unless its words name
	// a unit of their own ("41 cannabis plants")
	type verdict struct {
		fact   bool
		scoped *Scoped
		msg    *Message
	}
	got := make([]verdict, len(tc.ms))
	for _, weight := range []bool{false, true} {
		text, nums := p.twinText(tc, weight)
		if text == "" {
			continue
		}
		tw := r.Read(text, ctx)
		for i, f := range tc.facts {
			n := nums[i]
			match := func(g Fact) bool {
				return g.Metric == f.Metric && g.Item == f.Item && g.Value != nil && *g.Value == n
			}
			if slices.ContainsFunc(tw.Facts, match) {
				got[i].fact = true
			}
			if k := slices.IndexFunc(tw.Scoped, func(s Scoped) bool { return match(s.Fact) }); k >= 0 && got[i].scoped == nil {
				got[i].scoped = &tw.Scoped[k]
			}
			if k := slices.IndexFunc(tw.Messages, func(m Message) bool { return m.Value != nil && *m.Value == n }); k >= 0 && got[i].msg == nil {
				got[i].msg = &tw.Messages[k]
			}
		}
	}
	for i, f := range tc.facts {
		v := got[i]
		if v.fact {
			continue
		}
		k := slices.IndexFunc(out.Facts, func(g Fact) bool { return g == f })
		if k < 0 {
			continue
		}
		out.Facts = slices.Delete(out.Facts, k, k+1)
		switch {
		case v.scoped != nil:
			out.Scoped = append(out.Scoped, Scoped{Fact: f, Kind: v.scoped.Kind, Words: v.scoped.Words})
		case v.msg != nil:
			why := v.msg.Text
			if at := strings.Index(why, "\": "); at >= 0 {
				why = why[at+3:]
			}
			out.Messages = append(out.Messages, Message{Code: v.msg.Code, Word: v.msg.Word, Start: f.Start, End: f.End,
				Text: fmt.Sprintf("%q, named with no number, is not read: a figure in its place would not be (%s)", f.Text, why)})
		default:
			out.Messages = append(out.Messages, Message{Code: CodeNoMetric, Start: f.Start, End: f.End,
				Text: fmt.Sprintf("%q, named with no number, is not read: a figure in its place would not be read as %s", f.Text, f.Metric+itemSuffix(f.Item))})
		}
	}
}

// twinText is the sentence p reads with a number in the place of each
// item tc holds (twinPlace), and the number each is given; weight puts
// a weight before the items of a metric that counts no things ("41g
// of"). "" when weight changes nothing.
func (p *parser) twinText(tc *twinChecks, weight bool) (string, []float64) {
	type cut struct {
		from, to int
		with     string
	}
	var cuts []cut
	var nums []float64
	weighed := false
	for i, m := range tc.ms {
		n := twinFirst + i
		with := fmt.Sprintf("%d ", n)
		if mi := p.r.metricIndex(tc.facts[i].Metric); weight && mi >= 0 && !slices.Contains(p.r.metrics[mi].units, etl.Unit("count")) {
			with, weighed = fmt.Sprintf("%dg of ", n), true
		}
		// "Class A and B drugs": the twin of a class letter names its
		// class ("Class A and 42g of class B drugs"), as a number before
		// the letter alone would read no class
		if at := p.els[m.twin[1]].from; p.r.classLetter(p.toks, at) != nil {
			with += "class "
		}
		cuts = append(cuts, cut{p.toks[p.els[m.twin[0]].from].start, p.toks[p.els[m.twin[1]].from].start, with})
		nums = append(nums, float64(n))
	}
	if weight && !weighed {
		return "", nil
	}
	slices.SortFunc(cuts, func(a, b cut) int { return a.from - b.from })
	from, to := p.toks[0].start, p.toks[len(p.toks)-1].end
	var b strings.Builder
	at := from
	for _, c := range cuts {
		if c.from < at {
			return "", nil // two items in one place: no twin
		}
		b.WriteString(p.src[at:c.from])
		b.WriteString(c.with)
		at = c.to
	}
	b.WriteString(p.src[at:to])
	return b.String(), nums
}
