package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// I1c: every way forces write a scale in a label or a column heading is
// read as that scale: "£,000", "£'000", "£ 000", "£000's", "(000s)",
// "('000)", "(£ x 1000)" beside 5 is £5,000, "£000,000" and "£m" £5m; a
// scale written with figures that is neither thousands nor millions
// ("£100s", "(£0000s)", "£'00") is refused with a warning naming the cell,
// never read as no scale (£5).
func TestProbe10LabelScaleNotationsLaw(t *testing.T) {
	t.Parallel()
	scales := map[float64][]string{
		1e3: {"£000s", "£000", "£000's", "£'000", "£’000", "£'000s", "£ 000", "£,000", "£ ,000", "£,000s",
			"000s", "000's", "'000", "’000", "'000s", ",000", "£k", "£K", "£ thousands", "thousands", "£ x 1000", "£ x 1,000", "x £1,000", "x1000"},
		1e6: {"£m", "£mn", "£ millions", "£000,000", "£'000,000", "000,000", "£ x 1,000,000"},
		0:   {"£100s", "£00s", "£0000s", "£'00", "£’00", "00s", "0000s", "£10,000s", "£ x 100", "x £100", "£1000s"},
	}
	type layout struct {
		name  string
		build func(b *fixtures.Book, label, scale string, value any)
	}
	layouts := []layout{
		{"label (scale)", func(b *fixtures.Book, label, scale string, value any) {
			b.Rows("A1", []any{kentTitle}, nil, []any{label + " (" + scale + ")", value}, []any{"Warrants executed", 25})
		}},
		{"label scale", func(b *fixtures.Book, label, scale string, value any) {
			b.Rows("A1", []any{kentTitle}, nil, []any{label + " " + scale, value}, []any{"Warrants executed", 25})
		}},
		{"heading (scale)", func(b *fixtures.Book, label, scale string, value any) {
			b.Rows("A1", []any{kentTitle}, []any{"Measure", "This week (" + scale + ")"}, []any{label, value}, []any{"Warrants executed", 25})
		}},
	}
	type tc struct {
		lay          layout
		label, scale string
		want         float64 // 0: refused
	}
	var cases []tc
	for want, list := range scales {
		for _, s := range list {
			for _, l := range layouts {
				for _, label := range []string{"Cash seized", "Drugs street value"} {
					cases = append(cases, tc{l, label, s, want})
				}
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		c.lay.build(b, c.label, c.scale, 5)
	})
	failed := 0
	for i, p := range ps {
		c := cases[i]
		metric := "cash_seized"
		if c.label != "Cash seized" {
			metric = "drugs_seized"
		}
		name := fmt.Sprintf("%s, %q with %q │ 5", c.lay.name, c.label, c.scale)
		f := p.value(metric)
		var warned bool
		for _, m := range p.r.Messages {
			if m.Cell == "B3" && m.Severity == etl.SevWarning {
				warned = true
			}
		}
		bad := false
		switch {
		case c.want == 0 && (f != nil || !warned):
			bad = true
			t.Errorf("%s: want nothing loaded and a warning at B3 (a scale we do not read), got %s", name, p.atB3())
		case c.want != 0 && (f == nil || f.Value == nil || *f.Value != 5*c.want || f.Unit != etl.UnitGBP):
			bad = true
			t.Errorf("%s: want £%v, got %s", name, 5*c.want, p.atB3())
		}
		if w := p.value("warrants"); (w == nil || *w.Value != 25) && (c.lay.name != "heading (scale)" || strings.ContainsAny(c.scale, "£€")) {
			// (A plain scale heading a column, "This week (000s)", is for
			// every row of it.)
			bad = true
			t.Errorf("%s: warrants below it %+v", name, w)
		}
		if m := p.message("unknown_scale", fmt.Sprintf("P%d!B3", i)); c.want == 0 && m != nil && !strings.Contains(m.Text, c.scale[len(c.scale)-2:]) {
			t.Errorf("%s: the message does not name the scale: %s", name, m.Text)
		}
		if bad {
			failed++
		}
	}
	if failed > 0 {
		t.Logf("%d of %d labels and headings read wrong", failed, len(cases))
	}
}
