package report_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/report"
	"github.com/countylines/countylines/reference"
)

func TestRollupWorkbookIsSafeAndTyped(t *testing.T) {
	tb := &etl.Table{
		Name:    "national_totals_with_a_very_long_name_indeed",
		Columns: []string{"metric_code", "unit", "value", "note"},
		Rows: [][]any{
			{"cash_seized", "gbp", 50272.0, "=HYPERLINK(\"http://x\")"},
			{"arrests", "people", int64(43), "-5"},
			{"assets_seized", "gbp", nil, "@SUM(A1)"},
		},
	}
	var b bytes.Buffer
	err := report.WriteRollups(context.Background(), &b, report.WorkbookInfo{Title: "t", Operation: "2021-10", RunID: "r", Generated: time.Unix(0, 0)}, []report.Sheet{{Table: tb, Description: "d"}})
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) != 2 || sheets[0] != "Contents" || len([]rune(sheets[1])) > 31 {
		t.Fatalf("sheets: %q", sheets)
	}
	sh := sheets[1]
	for _, ref := range []string{"D2", "D3", "D4"} {
		v, _ := f.GetCellValue(sh, ref)
		if !strings.HasPrefix(v, "'") {
			t.Errorf("%s = %q: text that reads as a formula must be prefixed with an apostrophe", ref, v)
		}
		if fm, _ := f.GetCellFormula(sh, ref); fm != "" {
			t.Errorf("%s became a formula %q", ref, fm)
		}
	}
	if typ, _ := f.GetCellType(sh, "C2"); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Error("a money value was written as text")
	}
	if v, _ := f.GetCellValue(sh, "C2"); v != "£50,272.00" {
		t.Errorf("money shown as %q", v)
	}
	if v, _ := f.GetCellValue(sh, "C4"); v != "" {
		t.Errorf("a NULL value shown as %q, want an empty cell", v)
	}
	panes, err := f.GetPanes(sh)
	if err != nil || !panes.Freeze {
		t.Errorf("header row not frozen: %+v %v", panes, err)
	}
}

func TestTemplateCoversTheCatalogue(t *testing.T) {
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	b, layout, err := report.TemplateBytes(cat)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range cat.Metrics {
		if m.ItemKind != "" {
			continue
		}
		if _, ok := layout[m.Code]; !ok {
			t.Errorf("metric %s has no cell in the template", m.Code)
		}
	}
	for _, it := range cat.Items {
		m, _ := cat.MetricForKind(it.Kind)
		found := false
		for k := range layout {
			if strings.HasPrefix(k, m.Code+"/"+it.Code+"/") {
				found = true
			}
		}
		if !found {
			t.Errorf("item %s has no row in the template", it.Code)
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dvs, err := f.GetDataValidations(report.ReturnSheet)
	if err != nil || len(dvs) < len(cat.Metrics) {
		t.Errorf("%d data validations, %v", len(dvs), err)
	}
	if v, _ := f.GetCellValue(report.ReturnSheet, "H1"); v != report.TemplateVersion {
		t.Errorf("version cell: %q", v)
	}
	if vis, _ := f.GetColVisible(report.ReturnSheet, "H"); vis {
		t.Error("the version column should be hidden")
	}
}

// countdown is a context whose Err says Canceled from its n-th call on,
// and counts the calls: a cancellation arriving at any point of the work.
type countdown struct {
	context.Context
	n, calls int
}

func (c *countdown) Err() error {
	c.calls++
	if c.n >= 0 && c.calls > c.n {
		return context.Canceled
	}
	return nil
}

// TestRollupWorkbookStopsWhenCancelled: wherever the cancellation comes
// (before any sheet, between sheets, in the middle of a long sheet, while
// the zip is written), WriteRollups stops at its next look with the
// context's error; it looks often enough that a pass cancelled on SIGTERM
// does not first finish the workbook (which took up to a second of the
// grace period before it looked at all).
func TestRollupWorkbookStopsWhenCancelled(t *testing.T) {
	long := &etl.Table{Name: "current_facts", Columns: []string{"force_code", "metric_code", "unit", "value"}}
	for i := range 600 {
		long.Rows = append(long.Rows, []any{fmt.Sprintf("force_%d", i%44), "cash_seized", "gbp", float64(i)})
	}
	short := &etl.Table{Name: "national_totals", Columns: []string{"metric_code", "value"}, Rows: [][]any{{"arrests", int64(3)}}}
	sheets := []report.Sheet{{Table: short}, {Table: long}, {Table: short}}
	info := report.WorkbookInfo{Title: "t", Operation: "2021-10", RunID: "r", Generated: time.Unix(0, 0)}
	whole := &countdown{Context: context.Background(), n: -1}
	var b bytes.Buffer
	if err := report.WriteRollups(whole, &b, info, sheets); err != nil {
		t.Fatal(err)
	}
	// At least a look per sheet, a few in the long sheet, and several while the zip is written.
	if whole.calls < len(sheets)+600/256+3 {
		t.Fatalf("WriteRollups looked at its context %d times over 3 sheets, 600 rows and a %d-byte zip", whole.calls, b.Len())
	}
	for n := 0; n < whole.calls; n++ {
		ctx := &countdown{Context: context.Background(), n: n}
		err := report.WriteRollups(ctx, io.Discard, info, sheets)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled at look %d of %d: %v, want context.Canceled", n+1, whole.calls, err)
		}
		if ctx.calls > n+2 { // the zip's Close may write (and look) once more
			t.Errorf("cancelled at look %d: looked %d times, want to stop there", n+1, ctx.calls)
		}
	}
}
