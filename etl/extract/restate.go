package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/phrase"
)

// restated is a figure with one bracket after it and nothing after the
// bracket: "43 (forty-three)", "twenty five (52)", "0.5 kg (500g)".
var restated = regexp.MustCompile(`^\s*(.*?\S)\s*[(\[]\s*([^()\[\]]*?)\s*[)\]]\s*$`)

// correctedAside is a figure with its correction in brackets after it:
// "40 (now 43)", "40 (revised to 43)", "40 [should read 43]": the
// figure, the words, the correcting figure.
var correctedAside = regexp.MustCompile(`(?i)^\s*(.*?\S)\s*[(\[]\s*(now|(?:since |later )?(?:revised|amended|corrected|updated|changed|increased|reduced|rising|risen|gone up|gone down|up|down) to|should (?:read|be|have been)|actually|correct(?:ed)? (?:figure|total|number)(?: is)?|new (?:figure|total|number)(?: is)?|(?:revised|amended|corrected|updated|final) (?:figure|total|number)?)\s*[:=]?\s*([^()\[\]]*?)\s*[)\]]\s*$`)

// splitRestatement finds a figure written twice in one cell, the second
// time in brackets: each part alone reads as one figure with a number.
// It gives the two readings, each in the unit of the label when it names
// none of its own; ok is false when the cell is no such text, or when the
// two are in units that cannot be compared ("2kg (£50,000)": a weight and
// its street value, read elsewhere).
func splitRestatement(text string, c candidate) (fig string, a, b Value, ok bool) {
	m := restated.FindStringSubmatch(text)
	if m == nil {
		return "", Value{}, Value{}, false
	}
	var err error
	if a, err = ParseText(m[1]); err != nil || a.Num == nil {
		return "", Value{}, Value{}, false
	}
	if b, err = ParseText(m[2]); err != nil || b.Num == nil {
		return "", Value{}, Value{}, false
	}
	inLabelUnit := func(v Value, text string) Value {
		own := v.Unit
		switch {
		case v.Unit != "":
		case c.unit != "":
			v.Unit = c.unit
			if c.factor > 0 && c.factor != 1 {
				n := roundFloat(*v.Num * c.factor)
				v.Num = &n
			}
		case c.fixed != "":
			v.Unit = c.fixed
		}
		// the label's scale ("(£000s)"), as the value reader applies it:
		// to a bare figure, never to one that gives its own thousands
		// ("£5k") or is an amount of money written out in full ("£5,000",
		// "five thousand pounds")
		full := v.Scaled || fullAmount(text, *v.Num) || money(own) && *v.Num >= 1000
		if c.scale > 1 && !full && (!c.money || money(v.Unit)) {
			n := roundFloat(*v.Num * c.scale)
			v.Num = &n
		}
		return v
	}
	a, b = inLabelUnit(a, m[1]), inLabelUnit(b, m[2])
	switch {
	case b.Unit == "":
		b.Unit = a.Unit // "£5,000 (5000)": the bracket in the figure's unit
	case a.Unit == "":
		a.Unit = b.Unit
	}
	if a.Unit != b.Unit {
		return "", Value{}, Value{}, false
	}
	return m[1], a, b, true
}

// restatement reads a value cell that gives its figure twice, the second
// time in brackets: in words and in digits ("43 (forty-three)",
// "forty-three (43)"), or in two units ("0.5 kg (500g)"). When the two
// readings agree the figure is read once, from before the bracket; when
// they disagree ("43 (forty-four)", "twenty five (52)", "0.5 kg (50g)",
// "43 (7)") the cell says two things and neither is loaded: a warning
// names it. The bracket is never a part, a note or a slip passed over.
func (x *extractor) restatement(g *grid, c candidate, m catalog.Metric) (candidate, bool) {
	v, text, ok := c.words(g)
	if !ok {
		return c, true
	}
	if ca := correctedAside.FindStringSubmatch(text); ca != nil {
		// "40 (now 43)": the figure and the figure that replaces it.
		if b, err := ParseText(ca[3]); err == nil && b.Num != nil {
			x.refuse(etl.SevWarning, "two_readings", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s: %q gives the figure %q and, in brackets, %q: a correction of it, but the cell still gives the figure it corrects; not loaded. Give the corrected figure alone",
				m.Label, strings.TrimSpace(v.Text), ca[1], strings.TrimSpace(ca[2]+" "+ca[3]))
			return c, false
		}
	}
	fig, a, b, ok := splitRestatement(text, c)
	if !ok {
		return c, x.restatedNoun(g, c, m, text)
	}
	inner := strings.TrimSpace(text[len(fig):])
	if *a.Num == *b.Num && a.Qualifier == b.Qualifier {
		c.text = fig
		if own, err := ParseText(fig); err == nil && own.Unit == "" {
			if said, err := ParseText(strings.Trim(inner, "()[] ")); err == nil && said.Unit != "" {
				// "43 (43 people)": the unit the bracket gives is the
				// figure's, checked against the metric as "43 people" is.
				c.text = fig + " " + string(said.Unit)
			}
		}
		return c, true
	}
	x.refuse(etl.SevWarning, "two_readings", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s: %q gives the figure as %q and, in brackets, as %q, and the two disagree (%s and %s); not loaded. Give the one figure",
		m.Label, strings.TrimSpace(v.Text), fig, strings.Trim(inner, "()[] "), shownValue(a), shownValue(b))
	return c, false
}

// ownForceNamed reads a value cell that gives a plain figure and then
// the return's own force's name, after a dash, a comma, a colon or a
// slash or in brackets, and nothing more: "43 - Kent Police", "43 (Kent
// Police)", "43: Kent Police" in Kent's return. The name says only whose the figure is, which the
// return says already: the figure is read alone. Another force's name,
// more words with the figure ("43 to be made - Kent Police") or after
// the name ("43 - Kent Police, including Essex") leave the cell to the
// readers, which refuse it.
func (x *extractor) ownForceNamed(g *grid, c candidate) candidate {
	_, text, ok := c.words(g)
	if !ok || x.ret.Force == "" {
		return c
	}
	m := ownForceForm.FindStringSubmatch(text)
	if m == nil || strings.HasPrefix(m[2], "(") != strings.HasSuffix(m[3], ")") {
		return c
	}
	f, ok := x.cat.MatchForce(strings.TrimSuffix(m[3], ")"))
	if val, err := ParseText(m[1]); !ok || f.Code != x.ret.Force || err != nil || val.Num == nil {
		return c
	}
	c.text = m[1]
	return c
}

// words is a candidate's text cell and the words that hold its figure:
// the cell's, or what follows "Label:" in it; ok is false for a cell of
// another kind.
func (c candidate) words(g *grid) (v *etl.Cell, text string, ok bool) {
	v = g.cell(c.cell)
	if v.Kind != etl.KindText {
		return v, "", false
	}
	if c.text != "" {
		return v, c.text, true
	}
	return v, v.Text, true
}

// ownForceForm is a figure, a sign and a name: "43 - Kent Police", "43
// (Kent Police)", "43: Kent Police", "43 / Kent Police", "£5,000, Kent
// Police.": the signs of clauseSeps that part a figure from its words.
var ownForceForm = regexp.MustCompile(`^\s*([^-–—:,(/]+?)\s*(\s[-–—/]+|,|:|\()\s*([^-–—:,()/]+\)?)\s*\.?\s*$`)

// restatedNoun checks a value cell that gives its figure again in
// brackets with the noun of what it counts: "12 (12 suspects)", "29 (29
// children)", "43 (43 vehicles)". The bracket says what the figure is a
// count of, as "12 suspects" alone would: when the grammar reads the
// bracket as no figure of the label's metric or a part of it ("12
// suspects" beside Cash seized: no metric counts them; "43 vehicles"
// beside Arrests: another metric's; "105 men" beside Arrests of people
// under 18), the cell is refused with a wrong_unit warning, as "Cash
// seized │ 12 suspects" is. It reports whether the cell may be
// read on. Another period's or place's words in the bracket ("43 (43
// last week)") are the aside reader's, as before.
func (x *extractor) restatedNoun(g *grid, c candidate, m catalog.Metric, text string) bool {
	r := restated.FindStringSubmatch(text)
	if r == nil {
		return true
	}
	a, err := ParseText(r[1])
	if err != nil || a.Num == nil {
		return true
	}
	inner := r[2]
	if b, rest, ok := leadingNumber(strings.ToLower(inner)); !ok || rest == "" || b != *a.Num {
		return true
	}
	v := g.cell(c.cell)
	rd := x.rd.Read(inner, phrase.Context{Heading: c.label, Force: x.ret.Force, Week: x.week()})
	if len(rd.Scoped) > 0 {
		return true // "43 (43 last week)": the aside reader names it
	}
	why := ""
	for _, f := range rd.Facts {
		fm, _ := x.cat.Metric(f.Metric)
		if (f.Metric == m.Code || fm.Parent == m.Code) && f.Value != nil && *f.Value == *a.Num && !countsSeizures(f) {
			return true // "43 (43 suspects)" beside Arrests: 43 arrests
		}
		if why == "" {
			why = fmt.Sprintf("%q reads as %s", f.Text, fm.Label)
			if countsSeizures(f) {
				why = fmt.Sprintf("%q counts seizures", f.Text)
			}
		}
	}
	for _, msg := range rd.Messages {
		if msg.Value != nil && why == "" {
			why = msg.Text
		}
	}
	if why == "" {
		return true
	}
	x.refuse(etl.SevWarning, "wrong_unit", g.sheet.Name, v.Ref(), []string{v.Ref()}, "%s: %q gives the figure again in brackets as %q, which is no count of %s (%s); not loaded",
		m.Label, strings.TrimSpace(v.Text), strings.TrimSpace(inner), strings.ToLower(m.Label), why)
	return false
}

// leadingNumber reads the number a text starts with, in digits ("12",
// "1,204") or words ("three", "forty-three"), and the words after it.
func leadingNumber(s string) (float64, string, bool) {
	if n := numberRe.FindStringSubmatch(s); n != nil {
		v, err := strconv.ParseFloat(strings.ReplaceAll(n[1], ",", ""), 64)
		return v, strings.TrimSpace(n[2]), err == nil
	}
	v, rest, ok := parseWords(s)
	return v, strings.TrimSpace(rest), ok
}

// shownValue writes a read figure for a message: "43", "£5000", "500 g",
// "approximately 40".
func shownValue(v Value) string {
	s := formatNum(*v.Num)
	switch v.Unit {
	case "":
	case etl.UnitGBP:
		s = "£" + s
	case etl.UnitEUR:
		s = "€" + s
	default:
		s += " " + string(v.Unit)
	}
	if v.Qualifier != etl.Exact && v.Qualifier != "" {
		s = string(v.Qualifier) + " " + s
	}
	return s
}
