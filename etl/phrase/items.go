package phrase

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
		for _, s := range e.senses {
			if s.role == rItem {
				codes = append(codes, r.items[s.item].Code)
			}
		}
		if len(codes) > 0 {
			out = append(out, ItemWord{Word{Text: text[toks[i].start:toks[i+n-1].end], Start: toks[i].start, End: toks[i+n-1].end}, codes})
		}
		i += n
	}
	return out
}
