package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// valueLaw builds one sheet per label and value (`label │ value` at
// A3:B3, phones 1,149 below as a control) and returns what each read.
func valueLaw(t *testing.T, labels, values []string) ([]probe, [][2]string) {
	t.Helper()
	var cases [][2]string
	for _, l := range labels {
		for _, v := range values {
			cases = append(cases, [2]string{l, v})
		}
	}
	return pairLaw(t, cases), cases
}

// warnedAt is the first warning or error about B3.
func (p probe) warnedAt(cell string) *etl.Message {
	for i, m := range p.r.Messages {
		if m.Cell == cell && (m.Severity == etl.SevWarning || m.Severity == etl.SevError) {
			return &p.r.Messages[i]
		}
	}
	return nil
}

// W21: a figure with a minus sign before it, whatever dash or minus is
// typed (U+2212 as Word and PDFs write it, en and em dashes, the Unicode
// hyphens, a hyphen and a space), is a negative: never a week's count.
// It is never loaded as the positive figure; a message names the cell
// (the ASCII "-5" is minus five and an error, "negative", and so is each
// other minus; "(5)" in brackets is refused as an accounting negative).
func TestProbe10NegativeAnyMinusLaw(t *testing.T) {
	t.Parallel()
	minuses := []string{"-", "−", "–", "—", "‐", "‑", "﹣", "－", "- ", "− ", "– ", " -"}
	var values []string
	for _, m := range minuses {
		values = append(values, m+"5", m+"43", m+"1,149")
	}
	values = append(values, "(5)", "(43)")
	labels := []string{"Arrests", "Warrants executed", "Knives", "Cash seized"}
	var money []string
	for _, m := range minuses {
		money = append(money, m+"£5,000", "£"+m+"5,000")
	}
	ps, cases := valueLaw(t, labels, values)
	mps, mcases := valueLaw(t, []string{"Cash seized", "Drugs street value"}, money)
	ps, cases = append(ps, mps...), append(cases, mcases...)
	failed := 0
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%q │ %q", c[0], c[1])
		bad := false
		for _, f := range p.r.Facts {
			if f.Cell == "B3" && f.Value != nil && *f.Value >= 0 {
				bad = true
				t.Errorf("%s: loaded %s from a negative", name, factLine(f))
			}
		}
		if p.warnedAt("B3") == nil {
			bad = true
			t.Errorf("%s: no message names B3\n%s", name, p.dump())
		}
		if ph := p.value("mobile_phones_seized"); ph == nil || *ph.Value != 1149 {
			bad = true
			t.Errorf("%s: the phones below it: %+v", name, ph)
		}
		if bad {
			failed++
		}
	}
	if failed > 0 {
		t.Logf("%d of %d negatives read wrong", failed, len(cases))
	}
}
