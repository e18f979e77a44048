package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// The tests in this file each build real .xlsx workbooks showing a way an
// independent probe of the workbook reader (probe10, Parts A, B and G)
// found a return read wrong: a formula's placeholder result loaded as the
// figure, a number format that changes what a cell means ignored, cells
// nobody can see read.

// B1: a formula whose saved result is not what it calculates to (a
// writer's placeholder 0, or Excel saved without recalculating) is an
// error naming the cell, never the saved figure; with fullCalcOnLoad set
// (XlsxWriter), a saved result stands only when the formula calculates to
// exactly it. A formula whose saved result is right loads as before.
func TestReader10B1StaleFormulaLaw(t *testing.T) {
	t.Parallel()
	type formula struct{ expr, saved string }
	cases := []struct {
		f         formula
		fullCalc  bool
		loads     bool // the saved result is the figure
		calcGiven bool // the message names what the formula calculates to
	}{
		{formula{"SUM(D3:D4)", "0"}, true, false, true},
		{formula{"SUM(D3:D4)", "0"}, false, false, true},
		{formula{"12+13+D3", "0"}, false, false, true},
		{formula{"D3*2", "41"}, false, false, true}, // stale: D3 changed after the last calculation
		{formula{"SUM(D3:D4)", "43"}, false, true, false},
		{formula{"SUM(D3:D4)", "43"}, true, true, false},
		{formula{"D3+D4", "43"}, true, true, false},
		{formula{"NOSUCHFUNCTION(D3)", "43"}, false, true, false}, // cannot be checked: Excel's saved result stands
		{formula{"NOSUCHFUNCTION(D3)", "43"}, true, false, false}, // cannot be checked, and the saved result is a placeholder
		{formula{"TODAY()-TODAY()+43", "43"}, false, true, false},
		{formula{"TODAY()-TODAY()+43", "0"}, true, false, false},
	}
	for _, tc := range cases {
		name := fmt.Sprintf("%s saved %s fullCalc %v", tc.f.expr, tc.f.saved, tc.fullCalc)
		t.Run(name, func(t *testing.T) {
			p := extractBook(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
				kentWeek(b).Rows("A3",
					[]any{"Arrests", fixtures.Formula{Expr: tc.f.expr, Cached: tc.f.saved}, "North", 20},
					[]any{"Warrants executed", 25, "South", 23},
				)
				if tc.fullCalc {
					b.FullCalcOnLoad()
				}
			})
			got := p.value("arrests")
			m := p.message("formula_stale", "Return!B3")
			if tc.loads {
				if got == nil || got.Value == nil || fmt.Sprint(*got.Value) != tc.f.saved || m != nil {
					t.Fatalf("want arrests %s loaded, got %+v, message %+v", tc.f.saved, got, m)
				}
				return
			}
			if got != nil {
				t.Errorf("arrests loaded from a stale formula: %+v", got)
			}
			if m == nil || m.Severity != etl.SevError {
				t.Fatalf("want an error formula_stale at Return!B3, got %v", p.r.Messages)
			}
			if !strings.Contains(m.Text, "="+tc.f.expr) || !strings.Contains(m.Text, "open the file in Excel") {
				t.Errorf("message does not name the formula and the remedy: %s", m.Text)
			}
			if tc.calcGiven && !strings.Contains(m.Text, "calculates to") {
				t.Errorf("message does not say what the formula calculates to: %s", m.Text)
			}
			if w := p.value("warrants"); w == nil || *w.Value != 25 {
				t.Errorf("the rest of the return: warrants %+v", w)
			}
		})
	}
}

// B2: a formula that saved the empty text (t="str", <v></v> or <v/>), as
// Excel saves =IF(x="","",x) showing nothing, is a blank cell: not
// reported, the rest of the return loads. Only a formula with no <v> at
// all was never calculated, and that is still an error naming the cell.
func TestReader10B2EmptyFormulaResult(t *testing.T) {
	t.Parallel()
	cases := []struct {
		xml   string
		blank bool
	}{
		{`<c r="B4" t="str"><f>IF(D4="","",D4)</f><v></v></c>`, true},
		{`<c r="B4" t="str"><f>IF(D4="","",D4)</f><v/></c>`, true},
		{`<c r="B4" t="str"><f>IF(D4="","",D4)</f></c>`, false},
		{`<c r="B4"><f>IF(D4="","",D4)</f></c>`, false},
	}
	for _, tc := range cases {
		t.Run(tc.xml, func(t *testing.T) {
			p := extractBook(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
				kentWeek(b).Rows("A3",
					[]any{"Arrests", 43},
					[]any{"Charged"},
					[]any{"Warrants executed", 25},
				)
				b.RawCell("B4", tc.xml)
			})
			if a, w := p.value("arrests"), p.value("warrants"); a == nil || w == nil {
				t.Fatalf("the rest of the return: arrests %+v, warrants %+v", a, w)
			}
			m := p.message("formula_no_value", "Return!B4")
			switch {
			case tc.blank && (m != nil || p.r.Rejected()):
				t.Errorf("a formula showing nothing is reported: %v", p.r.Messages)
			case !tc.blank && (m == nil || m.Severity != etl.SevError):
				t.Errorf("a formula never calculated: want an error at Return!B4, got %v", p.r.Messages)
			}
			if p.value("charged") != nil {
				t.Errorf("charged loaded from a blank formula: %+v", p.value("charged"))
			}
		})
	}
}

// formatCase is a number stored in a cell with a number format, and the
// text Excel shows for it, written by hand.
type formatCase struct {
	label  string
	stored float64
	format string
	shown  string
}

// meaningFormats change what the number means: a scale, a currency, a
// unit, a hedge, a percentage.
var meaningFormats = []formatCase{
	{"Cash seized (£000s)", 5000, "#,##0,", "5"},
	{"Cash seized", 5000000, "#,##0,,", "5"},
	{"Cash seized (£k)", 1500000, `£0.0,,"m"`, "£1.5m"},
	{"Cash seized", 2500000, `£#,##0.0,,"m"`, "£2.5m"},
	{"Cash seized", 5000, `£#,##0,"k"`, "£5k"},
	{"Cash seized", 1500000, `[>=1000000]£0.0,,"m";[>=1000]£0,"k";£0`, "£1.5m"},
	{"Cash seized", 5000, `[>=1000000]£0.0,,"m";[>=1000]£0,"k";£0`, "£5k"},
	{"Heroin (g)", 1.2, `0.0 "kg"`, "1.2 kg"},
	{"Cannabis", 2.5, `0.0"kg"`, "2.5kg"},
	{"Heroin", 56, `0 "g"`, "56 g"},
	{"Crack", 269, `0" wraps"`, "269 wraps"},
	{"Cash seized", 5000, `[$€-x-euro2] #,##0`, "€ 5,000"},
	{"Cash seized", 5000, `"€"#,##0`, "€5,000"},
	{"Cash seized", 5000, `[$$-409]#,##0.00`, "$5,000.00"},
	{"Arrests", 20, `0"+"`, "20+"},
	{"Arrests", 12, `"at least "0`, "at least 12"},
	{"Arrests", 5, `"up to "0`, "up to 5"},
	{"Cash seized", 11500, `"approx. £"#,##0`, "approx. £11,500"},
	{"Cash seized", 4500, `"£"#,##0" (approx)"`, "£4,500 (approx)"},
	{"Charged", 0.5, "0%", "50%"},
	{"Arrests", 43, `0" arrests"`, "43 arrests"},
	// £ alone: read as shown too, so "£5,000" under "(£000s)" is a full
	// amount under a thousands label as the same text typed is
	// (TestProbe10PoundFormatIsShownTextLaw, probe10 nl07).
	{"Cash seized", 5000, `"£"#,##0`, "£5,000"},
	{"Cash seized", 5000, `\£#,##0.00`, "£5,000.00"},
	{"Cash seized (£000s)", 5000, `"£"#,##0`, "£5,000"},
	{"Arrests", 43, `"£"#,##0`, "£43"},
}

// plainFormats only round, group digits or bracket a negative: the number
// stands as stored.
var plainFormats = []formatCase{
	{"Arrests", 43, "0", "43"},
	{"Arrests", 43, "#,##0", "43"},
	{"Cash seized", 5000, "#,##0", "5,000"},
	{"Cash seized", 5000, "#,##0.00", "5,000.00"},
	{"Arrests", -5, "#,##0;(#,##0)", "(5)"},
	{"Arrests", 43, "General", "43"},
	{"Arrests", 43, "@", "43"},
	{"Arrests", 43, `#,##0_);(#,##0)`, "43 "},
}

// A: a number whose format changes what it means loads exactly what the
// text Excel shows would load (typed into the cell as text), or a warning
// naming the cell; never the number as stored read without its format. A
// format that only rounds, groups digits or brackets a negative leaves
// the number as stored.
func TestReader10ANumberFormatsLaw(t *testing.T) {
	t.Parallel()
	type variant struct {
		c      formatCase
		as     string // "format": the number with its format; "text": the shown text typed; "number": the number alone
		plain  bool
		sheets int
	}
	var vs []variant
	for _, c := range meaningFormats {
		vs = append(vs, variant{c: c, as: "format"}, variant{c: c, as: "text"}, variant{c: c, as: "number"})
	}
	for _, c := range plainFormats {
		vs = append(vs, variant{c: c, as: "format", plain: true}, variant{c: c, as: "number", plain: true})
	}
	ps := sheetBook(t, extract.Options{}, len(vs), func(i int, b *fixtures.Book) {
		v := vs[i]
		var cell any = v.c.stored
		if v.as == "text" {
			cell = v.c.shown
		}
		b.Rows("A1", []any{kentTitle}, nil, []any{v.c.label, cell}, []any{"Warrants executed", 25})
		if v.as == "format" {
			b.NumFmt("B3", v.c.format)
		}
	})
	read := func(p probe) string {
		var out []string
		for _, f := range p.r.Facts {
			out = append(out, factLine(f))
		}
		for _, m := range p.r.Messages {
			if m.Where() == "Return!B3" || strings.HasPrefix(m.Where(), "P") {
				out = append(out, string(m.Severity)+" "+m.Code)
			}
		}
		return strings.Join(out, "; ")
	}
	at := map[string]probe{}
	for i, v := range vs {
		at[fmt.Sprint(v.c, v.as)] = ps[i]
	}
	for _, c := range meaningFormats {
		formatted, text, number := at[fmt.Sprint(c, "format")], at[fmt.Sprint(c, "text")], at[fmt.Sprint(c, "number")]
		got, want := stripSheet(read(formatted)), stripSheet(read(text))
		if got != want {
			t.Errorf("%s │ %v formatted %q (Excel shows %q):\n got  %s\n want %s (the shown text typed in)", c.label, c.stored, c.format, c.shown, got, want)
		}
		if raw := stripSheet(read(number)); got == raw && !strings.Contains(got, fmt.Sprintf("%q", c.shown)) && want != raw {
			t.Errorf("%s │ %v formatted %q: read as the number without its format: %s", c.label, c.stored, c.format, got)
		}
		if f := formatted.value(metricOf(formatted)); f != nil && f.Raw != c.shown && strings.TrimSpace(f.Raw) != strings.TrimSpace(c.shown) {
			t.Errorf("%s │ %v formatted %q: the fact says it was written %q, Excel shows %q", c.label, c.stored, c.format, f.Raw, c.shown)
		}
	}
	for _, c := range plainFormats {
		got, want := stripSheet(read(at[fmt.Sprint(c, "format")])), stripSheet(read(at[fmt.Sprint(c, "number")]))
		if got != want {
			t.Errorf("%s │ %v formatted %q only rounds or groups digits:\n got  %s\n want %s (the number as stored)", c.label, c.stored, c.format, got, want)
		}
	}
}

// metricOf is the metric of the return's first fact that is not warrants.
func metricOf(p probe) string {
	for _, f := range p.r.Facts {
		if f.Metric != "warrants" {
			return f.Metric
		}
	}
	return ""
}

// stripSheet drops the case sheet's name from a reading, so two sheets'
// readings compare.
func stripSheet(s string) string {
	var out []string
	for _, part := range strings.Split(s, "; ") {
		if i := strings.IndexByte(part, '!'); i > 0 && strings.HasPrefix(part, "P") {
			part = part[i+1:]
		}
		out = append(out, part)
	}
	return strings.Join(out, "; ")
}

// A: a format that rounds the number it scales shows it rounded; the
// number stored is read with the format's scale, never its rounding, and
// a label's scale applies once: 5500 under "Cash seized (£000s)" shown
// "6" by "#,##0," is £5,500, neither £6,000 nor £5,500,000.
func TestReader10AScaledFormatKeepsItsDigits(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		fc   formatCase
		want float64
	}{
		{formatCase{"Cash seized (£000s)", 5500, "#,##0,", "6"}, 5500},
		{formatCase{"Cash seized", 5450, `£#,##0,"k"`, "£5k"}, 5450},
		{formatCase{"Cash seized", 1234567, `£0.0,,"m"`, "£1.2m"}, 1234567},
	} {
		p := extractBook(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{c.fc.label, c.fc.stored})
			b.NumFmt("B3", c.fc.format)
		})
		f := p.value("cash_seized")
		if f == nil || f.Value == nil || *f.Value != c.want || f.Unit != etl.UnitGBP {
			t.Errorf("%s │ %v formatted %q: got %+v, want £%v (%v)", c.fc.label, c.fc.stored, c.fc.format, f, c.want, p.r.Messages)
		}
	}
}

// A: a number whose format shows nothing (";;;", or an empty section for
// its sign) is not read, like a cell in a hidden row, and is reported
// naming the cell and the format.
func TestReader10AInvisibleNumber(t *testing.T) {
	t.Parallel()
	for _, format := range []string{";;;", `0;-0;;@`, `;;`} {
		p := extractBook(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
			stored := 25
			if format == `0;-0;;@` {
				stored = 0
			}
			b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 43}, []any{"Warrants executed", stored})
			b.NumFmt("B4", format)
		})
		if p.value("warrants") != nil {
			t.Errorf("%q: a figure nobody sees was loaded: %+v", format, p.value("warrants"))
		}
		m := p.message("hidden_cell", "Return!B4")
		if m == nil || m.Severity != etl.SevWarning || !strings.Contains(m.Text, format) {
			t.Errorf("%q: want a warning hidden_cell at Return!B4 naming the format, got %v", format, p.r.Messages)
		}
		if p.value("arrests") == nil {
			t.Errorf("%q: arrests not loaded", format)
		}
	}
}

// G1: a chart sheet holds no cells: it is skipped with an info message
// naming it, and the rest of the workbook is read, never rejected as
// damaged.
func TestReader10G1ChartSheet(t *testing.T) {
	t.Parallel()
	p := extractBook(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Arrests", 43}, []any{"Warrants executed", 25})
		b.ChartSheet("Chart1", "Return!$B$3:$B$4")
	})
	if p.value("arrests") == nil || p.value("warrants") == nil || p.r.Rejected() {
		t.Fatalf("want the return loaded, got %v %v", p.r.Facts, p.r.Messages)
	}
	if m := p.message("chart_sheet", "Chart1"); m == nil || m.Severity != etl.SevInfo {
		t.Errorf("want an info chart_sheet on Chart1, got %v", p.r.Messages)
	}
}

// G2: a comment (note) on a cell that gives a figure is a warning naming
// the cell, never silent; a comment without a figure says nothing.
func TestReader10G2FigureInAComment(t *testing.T) {
	t.Parallel()
	p := extractBook(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{"Arrests", "TBC"}, []any{"Cash seized", 5000}, []any{"Warrants executed", 25})
		b.Comment("B3", "43 arrests confirmed by custody 18/10")
		b.Comment("B4", "plus €2,000 seized at Dover")
		b.Comment("B5", "checked by the DI")
	})
	for _, ref := range []string{"Return!B3", "Return!B4"} {
		if m := p.message("note_figure", ref); m == nil || m.Severity != etl.SevWarning {
			t.Errorf("want a warning note_figure at %s, got %v", ref, p.r.Messages)
		}
	}
	if m := p.message("note_figure", "Return!B5"); m != nil {
		t.Errorf("a comment with no figure is reported: %v", m)
	}
	if f := p.value("cash_seized"); f == nil || *f.Value != 5000 {
		t.Errorf("cash: %+v", f)
	}
}

// G3: a column of width 0 or a row of height 0 is as unseen as a hidden
// one: its figures are not read, and are reported the same way.
func TestReader10G3ZeroWidthAndHeight(t *testing.T) {
	t.Parallel()
	p := extractBook(t, "kent.xlsx", extract.Options{}, func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil,
			[]any{"Arrests", 43},
			[]any{"Charged", nil, 12},
			[]any{"Stop and searches", 40},
			[]any{"Warrants executed", 25})
		b.ZeroWidth("C").ZeroHeight(5)
	})
	if p.value("charged") != nil || p.value("stop_searches") != nil {
		t.Errorf("unseen figures loaded: %v", p.r.Facts)
	}
	if m := p.message("hidden_column", "Return!C4"); m == nil {
		t.Errorf("want hidden_column at Return!C4, got %v", p.r.Messages)
	}
	if m := p.message("hidden_row", "Return!B5"); m == nil {
		t.Errorf("want hidden_row at Return!B5, got %v", p.r.Messages)
	}
	if p.value("arrests") == nil || p.value("warrants") == nil {
		t.Errorf("the rest: %v", p.r.Facts)
	}
}

// G4: an ISO 8601 date cell (t="d"), as some writers save dates, is a
// date: the week beside "Week commencing".
func TestReader10G4ISODateCell(t *testing.T) {
	t.Parallel()
	for _, iso := range []string{"2021-10-11T00:00:00Z", "2021-10-11T00:00:00", "2021-10-11"} {
		p := extractBook(t, "return.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", []any{"Force", "Kent Police"}, []any{"Week commencing"}, nil, []any{"Arrests", 43})
			b.RawCell("B2", `<c r="B2" t="d"><v>`+iso+`</v></c>`)
		})
		if p.r.Operation != "2021-10" || p.value("arrests") == nil {
			t.Errorf("%s: operation %q, facts %v, messages %v", iso, p.r.Operation, p.r.Facts, p.r.Messages)
		}
	}
}
