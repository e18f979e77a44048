package phrase

import (
	"strings"

	"github.com/countylines/countylines/etl/catalog"
)

// adjunctOpeners open a phrase that says where, when or why a thing was
// done, not what was done or to what: "in North Yorkshire", "during a
// week-long crackdown", "as part of a week of action", "on suspicion of
// money laundering".
var adjunctOpeners = []string{"in", "across", "from", "throughout", "during", "within", "at", "as part of", "on suspicion of", "following"}

// adjuncts marks the elements of the phrases of place, time or reason
// that stand straight after a verb, each to the end of its clause: "£10,000
// was seized in North Yorkshire as part of a week of action against
// county lines drug dealing", "a man arrested on suspicion of money
// laundering". In another clause than a sum's their words say where,
// when or why and name no thing the sum could be the value of; in the
// sum's own clause only a force's area and an opener's words do (see
// sumOfThing: "in Kent in Bitcoin", "in the form of cryptocurrency"). "in" opens one only before a determiner or
// a name: "£30,000 seized in crypto" says what the money was in. place
// marks the elements of the names of forces' areas among them.
func (p *parser) adjuncts() (out, place []bool) {
	els := p.els
	out = make([]bool, len(els))
	place = make([]bool, len(els))
	for k := 1; k < len(els); k++ {
		if out[k] || !els[k-1].verbLike() {
			continue
		}
		n := p.adjunctOpener(k)
		if n == 0 {
			continue
		}
		// ("in a raid on a cannabis factory": an article is no figure there)
		for j := k; j < len(els); j++ {
			// "in Avon & Somerset": a force's area is one name
			if n := p.r.placeAt(p.toks, els[j].from); n > 0 {
				for end := els[j].from + n; j < len(els) && els[j].from < end; j++ {
					out[j], place[j] = true, true
				}
				j--
				continue
			}
			if p.clauseEdge(j) && !(els[j].kind == eAmount && els[j].amt.num.article) {
				break
			}
			out[j] = true
		}
	}
	return out, place
}

// adjunctOpener is the number of tokens of the opener of a phrase of
// place, time or reason at element k, 0 if none opens there.
func (p *parser) adjunctOpener(k int) int {
	el := p.els[k]
	if !(el.kind == eFunc && el.fn == "prep") {
		return 0
	}
	at := el.from
	for _, o := range adjunctOpeners {
		ws := strings.Fields(o)
		if at+len(ws) >= len(p.toks) {
			continue
		}
		ok := true
		for i, w := range ws {
			ok = ok && p.toks[at+i].norm == w
		}
		if !ok {
			continue
		}
		if o == "in" && !(funcWords[p.toks[at+1].norm] == "det" || p.r.placeAt(p.toks, at+1) > 0) {
			continue
		}
		return len(ws)
	}
	return 0
}

// placeNames are the names of the forces' areas, as the catalogue's
// force names and aliases give them ("North Yorkshire", "Lancashire",
// "Lancs"): a release says where with them. Their normalised words,
// joined by spaces.
func placeNames(cat *catalog.Catalog) map[string]bool {
	out := map[string]bool{}
	for _, f := range cat.Forces {
		for _, n := range append([]string{f.Name}, f.Aliases...) {
			var ws []string
			for _, t := range tokenize(n) {
				if t.kind != tWord || t.is("police", "constabulary", "service", "force") {
					break
				}
				ws = append(ws, t.norm)
			}
			if len(ws) > 0 {
				out[strings.Join(ws, " ")] = true
			}
		}
	}
	return out
}

// placeAt is the number of tokens of the name of a force's area at
// token i, written with a capital ("in North Yorkshire", "across Avon &
// Somerset"); 0 if none stands there.
func (r *Reader) placeAt(toks []token, i int) int {
	if i >= len(toks) || toks[i].kind != tWord || toks[i].text == strings.ToLower(toks[i].text) {
		return 0
	}
	var ws []string
	n := 0
	for j := i; j < len(toks) && j < i+5 && toks[j].kind == tWord; j++ {
		ws = append(ws, toks[j].norm)
		if r.places[strings.Join(ws, " ")] {
			n = j - i + 1
		}
	}
	return n
}
