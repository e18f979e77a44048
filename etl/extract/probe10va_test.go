package extract_test

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// The tests in this file each build real .xlsx workbooks showing a way an
// independent probe (probe10: nl07, I1c, W21, W31, B3) found a figure cell
// read wrong: a £ put on the figure by its number format read otherwise
// than the same £ typed, scale notations in a label not read, a minus
// sign that is not ASCII dropped, a provisional figure loaded exact, and
// float noise in a formula's saved result refused as a fraction.

// at returns what a one-sheet probe read at B3: its facts and every
// message about B3, sheet names taken out, in order.
func (p probe) atB3() string {
	var out []string
	for _, f := range p.r.Facts {
		if f.Cell == "B3" {
			out = append(out, stripSheet(factLine(f)))
		}
	}
	for _, m := range p.r.Messages {
		if m.Cell == "B3" {
			out = append(out, string(m.Severity)+" "+m.Code)
		}
	}
	return strings.Join(out, "; ")
}

// groupDigits writes a whole number as Excel's "#,##0" shows it.
func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// poundFormats put a £ on the figure and nothing else; shown writes, by
// hand, what Excel shows for a number under the format.
var poundFormats = []struct {
	format string
	shown  func(n float64) string
}{
	{`"£"#,##0`, func(n float64) string { return "£" + groupDigits(int64(n)) }},
	{`£#,##0`, func(n float64) string { return "£" + groupDigits(int64(n)) }},
	{`\£#,##0.00`, func(n float64) string {
		return "£" + groupDigits(int64(n)) + fmt.Sprintf(".%02d", int64(math.Round(n*100))%100)
	}},
	{`"£"#,##0.00`, func(n float64) string {
		return "£" + groupDigits(int64(n)) + fmt.Sprintf(".%02d", int64(math.Round(n*100))%100)
	}},
	{`[$£-809]#,##0`, func(n float64) string { return "£" + groupDigits(int64(n)) }},
	{`£0`, func(n float64) string { return "£" + strconv.FormatInt(int64(n), 10) }},
	{`£#,##0;[Red]-£#,##0`, func(n float64) string { return "£" + groupDigits(int64(n)) }},
	{`"£"#,##0_);("£"#,##0)`, func(n float64) string { return "£" + groupDigits(int64(n)) + " " }},
}

// nl07: a number whose format puts £ on it is read exactly as the text
// Excel shows, typed in: its figure never depends on whether its £ came
// from the format or was typed. "£5,000" shown under "Cash seized
// (£000s)" is a full amount under a thousands label (scale_conflict),
// whichever way the £ got there; "£43" beside Arrests is money beside a
// count of people either way.
func TestProbe10PoundFormatIsShownTextLaw(t *testing.T) {
	t.Parallel()
	labels := []string{"Cash seized", "Cash seized (£000s)", "Cash seized (£k)", "Cash seized (£m)",
		"Drugs street value (£000s)", "Cash seized (€)", "Cash seized (thousands)", "Arrests", "Heroin (g)"}
	values := []float64{5, 43, 999, 5000, 12500, 1500000}
	type tc struct {
		label, format, shown string
		stored               float64
		typed                bool
	}
	var cases []tc
	for _, l := range labels {
		for _, f := range poundFormats {
			for _, v := range values {
				cases = append(cases, tc{l, f.format, f.shown(v), v, false}, tc{l, f.format, f.shown(v), v, true})
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		var cell any = c.stored
		if c.typed {
			cell = c.shown
		}
		b.Rows("A1", []any{kentTitle}, nil, []any{c.label, cell}, []any{"Warrants executed", 25})
		if !c.typed {
			b.NumFmt("B3", c.format)
		}
	})
	failed := 0
	for i := 0; i < len(cases); i += 2 {
		c := cases[i]
		got, want := ps[i].atB3(), ps[i+1].atB3()
		if got != want {
			failed++
			t.Errorf("%s │ %v formatted %q (Excel shows %q):\n got  %s\n want %s (%q typed in)", c.label, c.stored, c.format, c.shown, got, want, c.shown)
		}
		if w := ps[i].value("warrants"); w == nil || *w.Value != 25 {
			t.Errorf("%s │ %v formatted %q: warrants beside it %+v", c.label, c.stored, c.format, w)
		}
	}
	if failed > 0 {
		t.Logf("%d of %d formatted cells read otherwise than their shown text", failed, len(cases)/2)
	}
	// The probe's case by name: a full amount under a thousands label.
	for i, c := range cases {
		if c.label == "Cash seized (£000s)" && c.stored == 5000 && !c.typed {
			if f := ps[i].value("cash_seized"); f != nil {
				t.Errorf("%s │ 5000 formatted %q loaded %s", c.label, c.format, factLine(*f))
			}
			if m := ps[i].message("scale_conflict", fmt.Sprintf("P%d!B3", i)); m == nil {
				t.Errorf("%s │ 5000 formatted %q: no scale_conflict at B3: %v", c.label, c.format, ps[i].r.Messages)
			}
		}
	}
}
