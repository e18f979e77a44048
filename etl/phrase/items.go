package phrase

import (
	"fmt"
	"slices"

	"github.com/countylines/countylines/etl"
)

// ItemWord is a word or phrase of a text that names an item (a drug, a
// weapon, an asset), with the codes of the items it may name.
type ItemWord struct {
	Word
	Items []string
}

// Items lists the words of a text that name an item, wherever they
// stand, each at its longest ("crack cocaine", not "cocaine"): what a
// reader checks every one of is read as a figure or said in a message.
func (r *Reader) Items(text string) []ItemWord {
	toks := tokenize(text)
	var out []ItemWord
	for i := 0; i < len(toks); {
		e, n := r.lex.match(toks, i)
		if n == 0 {
			i++
			continue
		}
		var codes []string
		kind := ""
		for _, s := range e.senses {
			if e.text == "other" {
				break // "by other forces": the word alone names no item, as item() reads it
			}
			if s.role == rItem {
				codes = append(codes, r.items[s.item].Code)
				kind = r.items[s.item].Kind
			}
		}
		if len(codes) > 0 {
			codes = r.headOf(toks, i+n, kind, codes)
			out = append(out, ItemWord{Word{Text: text[toks[i].start:toks[i+n-1].end], Start: toks[i].start, End: toks[i+n-1].end}, codes})
		}
		i += n
	}
	return out
}

// unreadItems names each item a text with figures names that no fact of
// its reading holds and no message stands over: "Officers arrested 3 men
// with heroin and crack cocaine" reads the arrests, and the drugs, taken
// as what the men were arrested with, are said, never dropped (review12
// S1). A fact holds an item when it is of the item, of an item the item
// is a kind or a class of, or of all items of its kind. A text with no
// figure read says nothing here.
func (r *Reader) unreadItems(text string, out *Reading) {
	if len(out.Facts) == 0 {
		return
	}
	for _, w := range r.Items(text) {
		if r.itemHeld(w, *out) {
			continue
		}
		out.Messages = append(out.Messages, Message{Code: CodeNoMetric, Word: w.Text, Start: w.Start, End: w.End,
			Text: fmt.Sprintf("%q is named, but no figure of it is read: whether it was seized, or what someone was arrested or charged for, the words do not say", w.Text)})
	}
}

// itemHeld says a fact of the reading holds one of the word's items, or
// a message stands over the word.
func (r *Reader) itemHeld(w ItemWord, rd Reading) bool {
	for _, m := range rd.Messages {
		if m.Start <= w.Start && w.End <= m.End {
			return true
		}
	}
	for _, f := range rd.Facts {
		mi := r.metricIndex(f.Metric)
		for _, code := range w.Items {
			it, _ := r.cat.Item(code)
			fi, _ := r.cat.Item(f.Item)
			switch {
			case f.Item == code, f.Item != "" && (it.Base == f.Item || fi.Base == code || it.Class == f.Item || fi.Class == code):
				return true
			case f.Item == "" && mi >= 0 && r.metrics[mi].ItemKind != "" && r.metrics[mi].ItemKind == it.Kind:
				return true
			}
		}
	}
	return false
}

// headOf gives the items of the word at toks[i] when it stands straight
// after an item word of its kind that names other items, codes, and is
// for one of them, in a kind counted one by one: "shotgun cartridges"
// names ammunition, the shotgun only saying what it is for
// (compoundHeads). Else codes.
func (r *Reader) headOf(toks []token, i int, kind string, codes []string) []string {
	e, n := r.lex.match(toks, i)
	if n == 0 {
		return codes
	}
	var head []string
	for _, s := range e.senses {
		it := r.items[s.item]
		if s.role != rItem || e.text == "other" || it.Kind != kind || slices.Contains(codes, it.Code) {
			continue
		}
		for k, mod := range r.items {
			if slices.Contains(codes, mod.Code) && r.isFor(s.item, k) {
				head = append(head, it.Code)
				break
			}
		}
	}
	if len(head) == 0 {
		return codes
	}
	for _, m := range r.metrics {
		if m.ItemKind == kind && m.Unit == string(etl.UnitCount) {
			return head
		}
	}
	return codes
}

// agedOnes names each person a text with a verb done to people
// describes by age after an article ("A 16-year-old boy was
// safeguarded", "arrested a 20-year-old man", "The 35-year-old woman
// was arrested"): one person, whose case the grammar does not count as
// a figure of the week ("a 17-year-old" is an age, and the article
// before a number no count of one). It is said, never dropped; a fact,
// scoped figure or message over the words already says it.
func (r *Reader) agedOnes(text string, out *Reading) {
	toks := tokenize(text)
	for _, s := range splitSentences(text, toks) {
		p := &parser{r: r, src: text, toks: toks[s.from:s.to]}
		p.els = r.elements(p.toks)
		people := false
		for k, el := range p.els {
			people = people || el.verbLike() && p.actsOnPeople(k)
		}
		for k, el := range p.els {
			if !people || k == 0 {
				continue
			}
			if kind, _ := r.notFigure(p.toks, el.from); kind != spanAge {
				continue // (an age under 18 is read as the lexicon's "under 18")
			}
			a := p.els[k-1]
			if a.to-a.from != 1 || !p.toks[a.from].is("a", "an", "the") || !(a.kind == eSkip || a.kind == eFunc && a.fn == "det") {
				continue
			}
			start, end := p.toks[a.from].start, p.toks[el.to-1].end
			if k+1 < len(p.els) && (p.els[k+1].kind == eUnknown || p.els[k+1].hasRole(rPerson)) {
				end = p.toks[p.els[k+1].to-1].end // "boy", "man", "lad"
			}
			if spoken(*out, start, end) {
				continue
			}
			one := 1.0
			out.Messages = append(out.Messages, Message{Code: CodeNoMetric, Word: text[start:end], Value: &one, Start: start, End: end,
				Text: fmt.Sprintf("%q: one person described by age, a case the words tell of; not read as a figure of the week", text[start:end])})
		}
	}
}

// spoken reports a fact, scoped figure or message of the reading whose
// words hold the bytes start to end of its text.
func spoken(rd Reading, start, end int) bool {
	over := func(s, e int) bool { return s <= start && end <= e }
	for _, f := range rd.Facts {
		if over(f.Start, f.End) {
			return true
		}
	}
	for _, s := range rd.Scoped {
		if over(s.Start, s.End) {
			return true
		}
	}
	for _, m := range rd.Messages {
		if over(m.Start, m.End) {
			return true
		}
	}
	return false
}

// isFor reports whether the item head is for the item mod, or for the
// item mod is a kind of (its base): ammunition is for firearms, and so
// for imitation firearms.
func (r *Reader) isFor(head, mod int) bool {
	of := r.items[head].of
	return slices.Contains(of, mod) || r.items[mod].base >= 0 && slices.Contains(of, r.items[mod].base)
}
