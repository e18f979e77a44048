package phrase

import (
	"fmt"
	"strings"
)

// asides checks the words in brackets straight after a figure: "1 firearm
// (replica)", "1 (imitation)" under "Firearms", "3 (see note)". A word
// there that narrows an item (replica, imitation, BB, air, toy, blank
// firing) changes what was counted: the figure is read again with the
// words before its noun ("1 replica firearm"), and kept only if that gives
// the narrowed item; a word nobody taught us there could change it too.
// Otherwise the figure is not read and a message names the words; the
// aside is never dropped in silence.
func (r *Reader) asides(text string, ctx Context, out *Reading) {
	for _, a := range r.bracketAsides(text) {
		open, close, inner, unknown := a.open, a.close, a.inner, a.unknown
		fi := -1
		for k, f := range out.Facts {
			if f.Value != nil && f.End <= open.start && strings.TrimSpace(text[f.End:open.start]) == "" {
				fi = k
			}
		}
		if fi < 0 {
			continue
		}
		f := out.Facts[fi]
		words := text[inner[0].start:inner[len(inner)-1].end]
		if len(unknown) == 0 {
			if g, ok := r.narrowed(text[f.Start:f.End], words, ctx, f); ok {
				g.Start, g.End, g.Text = f.Start, close.end, text[f.Start:close.end]
				out.Facts[fi] = g
				continue
			}
		}
		out.Facts = append(out.Facts[:fi], out.Facts[fi+1:]...)
		word := words
		why := "they may change what was counted (a replica or an air gun is no firearm)"
		if len(unknown) > 0 {
			word = unknown[0]
			why = fmt.Sprintf("the word %s is not known, and it may change what was counted", quoteWords(unknown))
		}
		out.Messages = append(out.Messages, Message{Code: CodeUnknownWord, Word: word, Value: f.Value, Start: f.Start, End: close.end,
			Text: fmt.Sprintf("%q: the words in brackets %q are not read with the figure: %s; not read", text[f.Start:close.end], words, why)})
	}
}

// narrowed reads a figure again with the words of its aside before its
// noun: "1 firearm" and "replica" as "1 replica firearm". It is kept only
// if it gives one fact of the same metric, number and unit, naming
// another item than the figure did.
func (r *Reader) narrowed(figure, words string, ctx Context, f Fact) (Fact, bool) {
	toks := tokenize(figure)
	at := -1
	for _, t := range toks {
		if t.kind == tNum {
			at = t.end
			break
		}
	}
	if at < 0 {
		return Fact{}, false
	}
	again := r.read(figure[:at]+" "+words+figure[at:], ctx)
	if len(again.Facts) != 1 || len(again.Messages) > 0 {
		return Fact{}, false
	}
	g := again.Facts[0]
	if g.Metric != f.Metric || g.Unit != f.Unit || g.Item == "" || g.Item == f.Item || g.Value == nil || *g.Value != *f.Value {
		return Fact{}, false
	}
	return g, true
}

// aside is a bracket whose words may change what a figure counts.
type aside struct {
	open, close token
	inner       []token
	unknown     []string // words nobody taught us in it
}

// bracketAsides finds the brackets of a text that hold a word narrowing
// an item ("replica", "air"), an item ("BB gun"), or, in a short one, a
// word nobody taught us ("(see note)"); never a figure, a list or a
// clause, which the grammar reads ("(7 under 18)", "(inc knives)").
func (r *Reader) bracketAsides(text string) []aside {
	var out []aside
	toks := tokenize(text)
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tSym || toks[i].norm != "(" {
			continue
		}
		j := i + 1
		for j < len(toks) && !(toks[j].kind == tSym && (toks[j].norm == ")" || toks[j].norm == "(")) {
			j++
		}
		if j >= len(toks) || toks[j].norm != ")" || j == i+1 {
			continue
		}
		a := aside{open: toks[i], close: toks[j], inner: toks[i+1 : j]}
		i = j
		mods, other := false, false
		for _, el := range r.elements(a.inner) {
			switch el.kind {
			case eAmount, eFunc, ePunct:
				other = true
			case eUnknown, eSkip:
				a.unknown = append(a.unknown, text[a.inner[el.from].start:a.inner[el.to-1].end])
			case eLex:
				for _, s := range el.e.senses {
					if s.role == rItemMod || s.role == rItem {
						mods = true
					}
				}
			}
		}
		if len(a.inner) > 2 {
			a.unknown = nil // a note of its own: "(removal of the line handset)"
		}
		if other || !mods && len(a.unknown) == 0 {
			continue
		}
		out = append(out, a)
	}
	return out
}

// Aside says whether a figure written with words in brackets ("1
// (imitation)", "3 (see note)") has there words that may change what it
// counts, and which; a reader of the figure alone must not drop them.
func (r *Reader) Aside(text string) (string, bool) {
	as := r.bracketAsides(text)
	if len(as) == 0 {
		return "", false
	}
	return text[as[0].inner[0].start:as[0].inner[len(as[0].inner)-1].end], true
}
