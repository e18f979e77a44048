package phrase

import (
	"fmt"
	"math"
	"slices"
)

// fractionWords are the parts of a whole English names ("half", "a third",
// "two thirds", "three quarters"): a closed class, as the number words
// are. Before "of" they say a share of a figure, never a count of it.
var fractionWords = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
}

// shares names each share of a figure a text gives ("MORE than a quarter
// of the around 1,000 people arrested", "Two thirds of all lines stem
// from London", "half of the 40 arrests"): a figure the catalogue holds
// no metric for, which the grammar does not read and must not drop in
// silence. It is said by a message with its value (a quarter is 0.25);
// a message that took its numerator for a count of an unknown thing
// ("Two thirds": two of "thirds") is replaced by it. A fraction of a
// scale ("a quarter of a million pounds") is a number, read as one.
func (r *Reader) shares(text string, out *Reading) {
	toks := tokenize(text)
	for i, t := range toks {
		den, ok := fractionWords[t.norm]
		if !ok || t.kind != tWord || i+1 >= len(toks) || !toks[i+1].is("of") {
			continue
		}
		if i+3 < len(toks) && toks[i+2].is("a", "an") && toks[i+3].is("thousand", "million", "billion") {
			continue // "a quarter of a million": a number
		}
		if i >= 3 && toks[i-1].is("a") && toks[i-2].is("and") && r.unitWordAt(toks, i-3) {
			continue // "a kilo and a half of cocaine": a part of the unit, read with it
		}
		num, from := 1.0, i
		if i > 0 {
			if n, ok := readNumber(toks, i-1, false); ok && n.to == i && n.value >= 1 && n.value < den {
				num, from = n.value, i-1 // "two thirds", "a quarter", "one half"
			}
		}
		if den == 2 && num == 1 && from == i && t.norm != "half" {
			continue // "halves of" with no number
		}
		start, end := toks[from].start, toks[i+1].end
		kept := out.Messages[:0]
		for _, m := range out.Messages {
			if m.Code == CodeUnknownWord && m.Start <= start && end-len(" of") <= m.End && m.End <= end {
				continue // "Two thirds": "thirds" is no unknown thing counted
			}
			kept = append(kept, m)
		}
		out.Messages = kept
		v := math.Round(num/den*1e6) / 1e6
		words := text[start:end]
		out.Messages = append(out.Messages, Message{Code: CodeChangesMeaning, Word: words, Value: &v, Start: start, End: end,
			Text: fmt.Sprintf("%q says a share of a figure (%g), not a count: no metric of the catalogue holds it; not read", words, v)})
	}
}

// inEvery are the words between the two numbers of a share said as "N
// in M": "one in five", "1 in every 4", "two out of every three",
// "three of every ten".
func inEvery(toks []token, j int) int {
	switch {
	case j < len(toks) && toks[j].is("in"):
		j++
	case j+1 < len(toks) && toks[j].is("out") && toks[j+1].is("of"):
		j += 2
	case j+1 < len(toks) && toks[j].is("of") && toks[j+1].is("every"):
		j++ // "three of every ten": "of" alone is a part of a total ("3 of the 12")
	default:
		return -1
	}
	if j < len(toks) && toks[j].is("every") {
		j++
	}
	return j
}

// oneInN refuses a share said as "N in M" ("One in five arrests were of
// children", "1 in every 4 people arrested was under 18"): neither
// number counts anything, and a fact the grammar read from either (5
// arrests of children) is dropped, with a message naming the share. A
// number after "in" that is no larger than the one before it, or a
// year, is no share ("12 in five raids", "3 in 2021"), nor is the
// week's own span of time ("5 in 7 days", "12 in 168 hours"). Any other
// span ("5 in 3 days", "5 in 14 days") or a rate ("1 in every 7 days")
// stays refused: a part of the week or another period.
func (r *Reader) oneInN(text string, out *Reading) {
	toks := tokenize(text)
	for i := 0; i < len(toks); i++ {
		n, ok := readNumber(toks, i, false)
		if !ok || n.value < 1 {
			continue
		}
		j := inEvery(toks, n.to)
		if j < 0 {
			continue
		}
		m, ok := readNumber(toks, j, false)
		if !ok || m.value <= n.value || m.value > 1000 || yearNumber(toks[j]) {
			continue
		}
		if weekSpan(toks, j, m) {
			continue // "arrested 5 in 7 days": the week's own seven days
		}
		start, end := toks[i].start, toks[m.to-1].end
		over := func(a, b int) bool { return a < end && start < b }
		out.Facts = slices.DeleteFunc(out.Facts, func(f Fact) bool { return f.Value != nil && over(f.Start, f.End) })
		out.Scoped = slices.DeleteFunc(out.Scoped, func(f Scoped) bool { return f.Value != nil && over(f.Start, f.End) })
		out.Messages = slices.DeleteFunc(out.Messages, func(m Message) bool { return m.Value != nil && over(m.Start, m.End) })
		v := math.Round(n.value/m.value*1e6) / 1e6
		words := text[start:end]
		out.Messages = append(out.Messages, Message{Code: CodeChangesMeaning, Word: words, Value: &v, Start: start, End: end,
			Text: fmt.Sprintf("%q says a share of a figure (%g), not a count: no metric of the catalogue holds it; not read", words, v)})
		i = m.to - 1
	}
}

// weekSpan reports that the number m, read at toks[j] after "in", is the
// week's own length: seven days or nights, or 168 hours, with no "every"
// before it.
func weekSpan(toks []token, j int, m number) bool {
	if toks[j-1].is("every") || m.to >= len(toks) {
		return false
	}
	days := map[string]float64{"day": 1, "night": 1, "hour": 1.0 / 24}[toks[m.to].norm]
	return days > 0 && math.Abs(m.value*days-7) < 1e-9
}

// inexactFractions says, for each fraction of a unit of weight whose
// denominator gives no exact decimal ("2/3 kilos of cannabis": 666.67
// g), that it is not read: which weight was meant is not said, and a
// rounded one would be a figure the force did not give.
// decimalComma reports a number at toks[i] with a comma and digits glued
// after it that are no thousands group (scanNumber reads "12,500" as
// one): "1,5kg", "12,5 grams", "1,50kg", a decimal comma or a slip.
func decimalComma(toks []token, i int) bool {
	return toks[i].kind == tNum && i+2 < len(toks) && toks[i+1].is(",") && toks[i+1].glued && toks[i+2].kind == tNum && toks[i+2].glued
}

// decimalCommas says of each number written with a decimal comma that it
// is not read (elements reads none of it).
func (r *Reader) decimalCommas(text string, out *Reading) {
	toks := tokenize(text)
	for i := range toks {
		if !decimalComma(toks, i) {
			continue
		}
		start, end := toks[i].start, toks[i+2].end
		words := text[start:end]
		out.Messages = append(out.Messages, Message{Code: CodeUnknownWord, Word: words, Start: start, End: end,
			Text: fmt.Sprintf("%q: a comma between digits that is no thousands group (a decimal comma?); the number is not read", words)})
	}
}

func (r *Reader) inexactFractions(text string, out *Reading) {
	toks := tokenize(text)
	for i := 0; i+3 < len(toks); i++ {
		a, s, b := toks[i], toks[i+1], toks[i+2]
		if a.kind != tNum || s.norm != "/" || b.kind != tNum || !s.glued || !b.glued || a.num >= b.num || b.num > 16 ||
			!massWords[toks[i+3].norm] || terminating(b.num) {
			continue
		}
		start, end := a.start, toks[i+3].end
		words := text[start:end]
		out.Messages = append(out.Messages, Message{Code: CodeAmbiguous, Word: words, Start: start, End: end,
			Text: fmt.Sprintf("%q is a fraction of a unit that gives no exact weight; not read", words)})
	}
}
