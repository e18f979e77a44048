package phrase

import (
	"fmt"
	"strings"
)

// A figure whose verb stands in a clause under a verb of thought is what
// someone hopes, believes, thinks or estimates, not a count: "Officers
// hope they seized 5 knives", "Officers estimate they arrested 12
// people", "It is believed officers seized £4,500". The verb of thought
// opens the clause ("that", a subject, or a figure after it); before
// "to" it is an intention (notdone.go) or a description ("believed to be
// cocaine"), judged there. A figure done by the people a figure counts
// ("Officers arrested 62 people who seized £4,500") is theirs, not the
// force's. A sum taken "off the streets" with no noun is how a release
// gives the street value of drugs, not cash. Each is refused with a
// message naming its words.

// thoughtVerbs are the forms of the verbs of thought, hope and estimate.
var thoughtVerbs = map[string]bool{
	"hope": true, "hopes": true, "hoped": true, "believe": true, "believes": true, "believed": true,
	"think": true, "thinks": true, "thought": true, "estimate": true, "estimates": true, "estimated": true,
	"reckon": true, "reckons": true, "reckoned": true, "expect": true, "expects": true, "expected": true,
	"understand": true, "understands": true, "understood": true, "feared": true, "assume": true, "assumes": true, "assumed": true,
}

// thoughtOver is the stance of the figure's verbs under a verb of
// thought before them in their sentence: see above.
func (p *parser) thoughtOver(m *mention, verbs []int) (stance, bool) {
	toks := p.toks
	for _, v := range append([]int{m.start}, verbs...) {
		if v < 0 || v >= len(p.els) || v > m.start {
			continue // a verb after the figure's words: "addresses where it was thought ..."
		}
		for j := p.els[v].from - 1; j >= 0; j-- {
			t := toks[j]
			if sentenceEnd(t) {
				break
			}
			if t.kind != tWord || !thoughtVerbs[lowerText(t)] || !p.opensClause(j+1) {
				continue
			}
			w := p.raw(j, j+1)
			return stance{words: w, why: fmt.Sprintf("%q says what is hoped, believed or estimated, not a count of what was done", w)}, true
		}
	}
	return stance{}, false
}

// opensClause reports a clause a verb of thought says begins at toks[i]:
// "that", a subject pronoun, the force's people ("believe officers
// seized"), or a figure after a present form ("believe 5 knives were
// seized"); never a figure after a participle, which is a hedge ("an
// estimated £4,500"), nor "to" ("believed to be cocaine").
func (p *parser) opensClause(i int) bool {
	toks := p.toks
	if i >= len(toks) {
		return false
	}
	t := toks[i]
	switch {
	case t.is("that", "they", "we", "he", "she", "it", "i") || t.kind == tWord && agentWords[t.norm]:
		return true
	case t.kind == tNum || t.kind == tSym:
		w := lowerText(toks[i-1])
		return !strings.HasSuffix(w, "ed") && w != "thought" && w != "understood"
	}
	return false
}

// othersDeed is the stance of a figure whose verb follows "who" after
// people who are not the force's own: "arrested 62 people who seized
// £4,500" is what the 62 did.
func (p *parser) othersDeed(verbs []int) (stance, bool) {
	toks := p.toks
	for _, v := range verbs {
		if v < 0 || v >= len(p.els) {
			continue
		}
		j := p.els[v].from - 1
		for j >= 0 && toks[j].is("also", "then", "had", "have", "allegedly", "reportedly") {
			j--
		}
		if j < 1 || !toks[j].is("who") {
			continue
		}
		k := j - 1
		if toks[k].norm == "," && k > 0 {
			k--
		}
		if toks[k].kind == tWord && agentWords[toks[k].norm] {
			continue // "Kent Police officers, who seized £4,500"
		}
		w := p.raw(k, p.els[v].to)
		return stance{words: w, why: fmt.Sprintf("%q says what those people did, not what the force did", w)}, true
	}
	return stance{}, false
}

// offStreets is the stance of a sum with no noun taken "off the
// streets": the street value of drugs, not cash seized.
func (p *parser) offStreets(m *mention) (stance, bool) {
	a := m.amt
	if a == nil || m.valueOf || len(m.left) > 0 || a.unit != "gbp" && a.unit != "eur" || a.to+2 >= len(p.toks) {
		return stance{}, false
	}
	toks := p.toks
	j := a.to
	if toks[j].is("off") && toks[j+1].is("the", "our") && toks[j+2].is("street") {
		w := p.raw(j, j+3)
		return stance{words: w, why: fmt.Sprintf("%q gives the street value of what was taken, not cash seized", w)}, true
	}
	return stance{}, false
}
