package extract_test

import (
	"fmt"
	"math"
	"strconv"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// B3: a count whose stored number differs from a whole number only by
// float noise (relative 1e-9: what a formula such as =0.1*430 saves,
// 43.000000000000007, which Excel shows as 43) is that whole number,
// exact; a real fraction (43.5 arrests, 43.0001) is still an error
// naming the cell (fractional), whether typed as a number or saved by
// a formula.
func TestProbe10FloatNoiseLaw(t *testing.T) {
	t.Parallel()
	type tc struct {
		label   string
		stored  float64
		formula string // "": the number typed
		whole   bool   // noise: read as the whole number
	}
	// Written as the digits a file holds (Go would calculate 0.1*430
	// exactly, as a constant): what =0.1*430, =0.1*3*10, =SUM of tenths
	// save, and noise up to a relative 1e-9.
	parse := func(ss ...string) []float64 {
		var out []float64
		for _, s := range ss {
			n, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, n)
		}
		return out
	}
	noisy := parse("43.000000000000007", "42.999999999999993", "3.0000000000000004", "0.99999999999999989", "1149.0000000000002",
		"1000000.000001", "43.0000000043", "6.9999999965", "25.000000000000004")
	real := parse("43.5", "43.1", "43.01", "43.0001", "43.000001", "42.9", "0.5", "1149.25", "6.99999999")
	var cases []tc
	for _, label := range []string{"Arrests", "Warrants executed", "Knives", "Crack (wraps)"} {
		for _, n := range noisy {
			cases = append(cases, tc{label, n, "", true}, tc{label, n, fmt.Sprintf("%s*1", strconv.FormatFloat(n, 'g', -1, 64)), true})
		}
		for _, n := range real {
			cases = append(cases, tc{label, n, "", false}, tc{label, n, fmt.Sprintf("%s*1", strconv.FormatFloat(n, 'g', -1, 64)), false})
		}
		cases = append(cases, tc{label, noisy[0], "0.1*430", true})
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		b.Rows("A1", []any{kentTitle}, nil, []any{c.label, c.stored}, []any{"Mobile phones seized", 63})
		if c.formula != "" {
			// As Excel saves a formula's number: <v> with no type.
			b.RawCell("B3", fmt.Sprintf(`<c r="B3"><f>%s</f><v>%s</v></c>`, c.formula, strconv.FormatFloat(c.stored, 'g', 17, 64)))
		}
	})
	failed := 0
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%s │ %s", c.label, strconv.FormatFloat(c.stored, 'g', 17, 64))
		if c.formula != "" {
			name += " (saved by =" + c.formula + ")"
		}
		var at *etl.Fact
		for k, f := range p.r.Facts {
			if f.Cell == "B3" {
				at = &p.r.Facts[k]
			}
		}
		frac := p.message("fractional", fmt.Sprintf("P%d!B3", i))
		bad := false
		switch {
		case c.whole && (at == nil || at.Value == nil || *at.Value != math.Round(c.stored) || at.Qualifier != etl.Exact || frac != nil):
			bad = true
			t.Errorf("%s: want exactly %v, got %s", name, math.Round(c.stored), p.atB3())
		case !c.whole && (frac == nil || frac.Severity != etl.SevError):
			bad = true
			t.Errorf("%s: a real fraction: want an error fractional at B3, got %s", name, p.atB3())
		}
		if ph := p.value("mobile_phones_seized"); ph == nil || *ph.Value != 63 {
			bad = true
			t.Errorf("%s: the phones below it: %+v", name, ph)
		}
		if bad {
			failed++
		}
	}
	if failed > 0 {
		t.Logf("%d of %d stored numbers read wrong", failed, len(cases))
	}
}
