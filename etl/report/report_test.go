package report_test

import (
	"bytes"
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
	err := report.WriteRollups(&b, report.WorkbookInfo{Title: "t", Operation: "2021-10", RunID: "r", Generated: time.Unix(0, 0)}, []report.Sheet{{Table: tb, Description: "d"}})
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
