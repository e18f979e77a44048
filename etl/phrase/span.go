package phrase

// spanOf reports a stretch of days, weeks, months or years after a
// preposition of when at token i that is not the week (review23 R20),
// the token after it and the kind of scope it gives: fewer days than
// seven are a part of the week ("across 2 days", "over five days", "in
// a two-day period": scopeDay, as "within 72 hours" is), but not days an
// operation of that length ran ("in a two-day operation this week",
// "during a five-day operation from 9 to 15 October"), days the text has
// spoken of ("across the two days"), or days said beside the week ("in
// just five days throughout crackdown week"): the week's action, as the
// labels of real releases read them (found.csv f970, f1095, f1617,
// f2125); more, or
// weeks, months or years, a longer period ("Over two weeks, ...", "over
// 10 days", "during a 12-month investigation", "over three months":
// scopePeriod). Seven days, one week, and a stretch "of action" (an
// operation of its own, as "24 hours of action" is) are no such scope.
// A stretch opening the sentence with no preposition ("A two-week
// operation saw 45 arrests") names the operation and is left alone.
func (p *parser) spanOf(i int) (int, scopeKind) {
	toks := p.toks
	if i+1 >= len(toks) || !toks[i].is("over", "across", "during", "in", "within", "throughout") {
		return i, scopeNone
	}
	j := i + 1
	the := false // "across the two days": days the text has spoken of
	for j < len(toks) && toks[j].is("a", "an", "just", "only", "the") {
		the = the || toks[j].is("the")
		j++
	}
	if j < len(toks) && toks[j].is("fortnight") && !pluralTok(toks[j]) {
		return j + 1, scopePeriod // "over a fortnight"
	}
	if j >= len(toks) { // "in a" at the text's end: no stretch follows
		return i, scopeNone
	}
	kind, end := p.r.notFigure(toks, j)
	if kind != spanTime {
		return i, scopeNone
	}
	n, ok := readNumber(toks, j, false)
	if !ok || n.article {
		return i, scopeNone
	}
	unit := toks[end-1]
	k := end
	named := false // "a two-day operation": the operation's own days
	if unit.glued && k < len(toks) && toks[k].kind == tWord && funcWords[toks[k].norm] == "" {
		named = !toks[k].is("period", "window", "spell", "stretch")
		k++ // "a 12-month investigation", "a three-day operation"
	}
	if k+1 < len(toks) && toks[k].is("of") && toks[k+1].is("action") {
		return i, scopeNone
	}
	switch {
	case unit.is("day", "night"):
		switch {
		case n.value < 7 && !the && !named && !p.namesWeek():
			return k, scopeDay
		case n.value > 7:
			return k, scopePeriod
		}
	case unit.is("week", "wk") && n.value > 1, unit.is("fortnight", "month", "year", "yr", "decade"):
		return k, scopePeriod
	}
	return i, scopeNone
}

// spanEnd is the token after spanOf's stretch at token i, i when none.
func (p *parser) spanEnd(i int) int {
	e, _ := p.spanOf(i)
	return e
}
