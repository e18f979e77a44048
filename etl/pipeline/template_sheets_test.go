package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/etl/report"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/reference"
)

// resave opens a workbook, lets edit change it, and saves it again.
func resave(t *testing.T, b []byte, edit func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	edit(f)
	var out bytes.Buffer
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// unhideAll does what Gnumeric does on saving a return made from the
// template: every sheet and column comes back visible.
func unhideAll(t *testing.T) func(f *excelize.File) {
	return func(f *excelize.File) {
		for _, sh := range f.GetSheetList() {
			if err := f.SetSheetVisible(sh, true); err != nil {
				t.Fatal(err)
			}
			cols, _ := f.GetCols(sh)
			for i := range cols {
				name, _ := excelize.ColumnNumberToName(i + 1)
				if err := f.SetColVisible(sh, name, true); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

func checkBytes(t *testing.T, cat *catalog.Catalog, name string, b []byte) *etl.Return {
	t.Helper()
	r, err := pipeline.Check(context.Background(), bytes.NewReader(b), int64(len(b)), name, cat, ingest.DefaultLimits(), "")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Issue 8, case 11: the template's own sheets (the drop-down lists, the
// guidance) are known by a marker, not by being hidden. A law over the
// sample returns: unhiding every sheet and column, as Gnumeric does on
// saving, changes nothing the extractor finds, whether the force is
// chosen in its cell or left to the file name. Failed before: with the
// force cell blank, the unhidden lists sheet was read as 44 forces and
// the return rejected ("the force is given as avon_and_somerset
// (Lists!A1) and as bedfordshire (Lists!A2)").
func TestTemplateSheetsKnownWhoeverSavedTheFile(t *testing.T) {
	t.Parallel()
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	_, layout, err := report.TemplateBytes(cat)
	if err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(fixtures.Returns, "returns/*/*.xlsx")
	if err != nil || len(names) == 0 {
		t.Fatalf("samples: %v %v", names, err)
	}
	for i, p := range names {
		if i%6 != 0 {
			continue // a sixth of the samples keeps the test quick
		}
		orig, err := fs.ReadFile(fixtures.Returns, p)
		if err != nil {
			t.Fatal(err)
		}
		noForce := resave(t, orig, func(f *excelize.File) {
			if err := f.SetCellValue(report.ReturnSheet, layout["force"], ""); err != nil {
				t.Fatal(err)
			}
		})
		for variant, b := range map[string][]byte{"as filled in": orig, "force left to the file name": noForce} {
			name := path.Base(p)
			want := checkBytes(t, cat, name, b)
			got := checkBytes(t, cat, name, resave(t, b, unhideAll(t)))
			if want.Rejected() {
				t.Errorf("%s, %s: rejected even with the template's sheets hidden: %v", name, variant, want.Messages)
			}
			if got.Force != want.Force || got.Operation != want.Operation || !reflect.DeepEqual(got.Facts, want.Facts) ||
				fmt.Sprint(got.Messages) != fmt.Sprint(want.Messages) {
				t.Errorf("%s, %s: unhiding the template's sheets changed the return:\n got %s %s %d facts %v\nwant %s %s %d facts %v",
					name, variant, got.Force, got.Operation, len(got.Facts), got.Messages, want.Force, want.Operation, len(want.Facts), want.Messages)
			}
		}
	}
}

// A figure typed onto one of the template's own sheets is not read, but
// it is reported, never dropped unseen.
func TestFigureOnTemplateSheetReported(t *testing.T) {
	t.Parallel()
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	orig, err := fs.ReadFile(fixtures.Returns, "returns/2021-10/2021-10_kent.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	b := resave(t, orig, func(f *excelize.File) {
		unhideAll(t)(f)
		if err := f.SetCellValue("Lists", "G3", "Arrests"); err != nil {
			t.Fatal(err)
		}
		if err := f.SetCellValue("Lists", "H3", 12); err != nil {
			t.Fatal(err)
		}
	})
	r := checkBytes(t, cat, "2021-10_kent.xlsx", b)
	want := etl.Message{Severity: etl.SevWarning, Code: "hidden_sheet", Sheet: "Lists",
		Text: "the sheet is the template's own lists sheet and was not read, but it has 1 labelled figures; put them on the return sheet if they belong to the return"}
	found := false
	for _, m := range r.Messages {
		found = found || m.Severity == want.Severity && m.Code == want.Code && m.Sheet == want.Sheet && m.Cell == want.Cell && m.Text == want.Text
	}
	if !found || r.Force != "kent" {
		t.Errorf("messages %v", r.Messages)
	}
}
