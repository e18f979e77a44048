package phrase

import (
	"math"
	"slices"

	"github.com/countylines/countylines/etl"
)

// A number with no noun of its own after a scoped figure, joined to it
// and followed by its own place ("Two arrests were made in Dover and
// five in Deal", "three warrants carried out in Sleaford and two in
// Lincoln", "..., with five made in Tamworth, six in Burton and 12 in
// Stoke-on-Trent") counts what the figure before it counts, in that
// place: a part of the force's area, as the figure before it is. It is
// read into Reading.Scoped only, with its own place as its words; no
// fact is ever made of it, as no part of the area is the week's.

// elidedParts reads the numbers with no noun of their own that follow a
// scoped figure of people or things counted, each with its own place,
// into Scoped (from and scoped are the fact and the scoped figure each
// mention gave, or -1).
func (p *parser) elidedParts(ms []*mentionWords, from, scoped []int, out *Reading) {
	ante := -1 // the scoped figure the numbers after it count the things of
	for i, mw := range ms {
		m := mw.m
		switch {
		case scoped[i] >= 0:
			// (by its offsets: the checks after resolve may have
			// dropped it, or others before it)
			_, start, end := p.figureText(m)
			ante = slices.IndexFunc(out.Scoped, func(sc Scoped) bool { return sc.Start == start && sc.End == end })
			continue
		case ante < 0 || from[i] >= 0 || m.amt == nil || m.part || !p.bare(m) || !p.elidedJoin(m.el):
			ante = -1
			continue
		}
		a := out.Scoped[ante]
		if a.Kind != ScopePart || a.Unit != etl.UnitPeople && a.Unit != etl.UnitCount || m.amt.value != math.Trunc(m.amt.value) {
			ante = -1
			continue
		}
		place := p.elidedPlace(m.el)
		if place == "" {
			ante = -1
			continue
		}
		f := a.Fact
		f.Value, f.Qualifier = amountValue(m), m.amt.q
		f.Text, f.Start, f.End = p.figureText(m)
		out.Scoped = append(out.Scoped, Scoped{Fact: f, Kind: a.Kind, Words: place})
	}
}

// elidedJoin reports the word before the number at element k joining it
// to a figure before: "and", a comma, "with" or a dash.
func (p *parser) elidedJoin(k int) bool {
	if k < 1 {
		return false
	}
	el := p.els[k-1]
	switch {
	case el.kind == eFunc && (el.fn == "coord" && p.word(k-1) == "and" || el.fn == "with"):
		return true
	case el.kind == ePunct && (el.fn == "," || el.fn == "–" || el.fn == "-"):
		return true
	}
	return false
}

// elidedPlace is the place said straight after the number at element k,
// after "made" if it stands there: "in" or "at" and a name written with
// a capital ("in Lincoln", "in Bath Road"), up to the next sign, joining
// word or figure; "" if none.
func (p *parser) elidedPlace(k int) string {
	j := k + 1
	if j < len(p.els) && p.word(j) == "made" {
		j++
	}
	if j+1 >= len(p.els) || !(p.word(j) == "in" || p.word(j) == "at") || !capitalised(p.toks[p.els[j+1].from]) {
		return ""
	}
	end := j + 1
	for end < len(p.els) {
		el := p.els[end]
		name := el.kind == eFunc && nameLinks[p.word(end)] && end+1 < len(p.els) && capitalised(p.toks[p.els[end+1].from])
		if el.kind == ePunct || el.kind == eAmount || el.kind == eFunc && !name || el.verbLike() {
			break // ("Stoke-on-Trent" runs on over "on")
		}
		end++
	}
	return p.raw(p.els[j].from, p.els[end-1].to)
}
