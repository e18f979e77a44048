// Package report writes workbooks: the blank return template forces fill
// in, and the rollup workbook analysts send on. It owns excelize for
// writing.
package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

// TemplateVersion is written to a hidden cell of every template.
const TemplateVersion = "countylines-template-1"

// ReturnSheet is the name of the template's main sheet.
const ReturnSheet = "Return"

// Layout maps what a template cell is for to its address on ReturnSheet:
// "force", "operation", "starts", "ends", "contact_name", "contact_email",
// "contact_phone"; a metric code for its value cell and code+"#notes" for
// its notes; and metric/item/column for table cells, where column is qty,
// unit, wraps, gbp, count or desc and item is "" on a table's Total row.
type Layout map[string]string

// Template builds the blank return workbook from the catalogue.
type Template struct {
	cat    *catalog.Catalog
	f      *excelize.File
	layout Layout
	row    int
	st     templateStyles
}

type templateStyles struct {
	title, intro, section, header, label, child, input, inputGBP, inputDate, inputText, notes, guidance int
}

// WriteTemplate writes the blank template to w and returns its layout.
func WriteTemplate(w io.Writer, cat *catalog.Catalog) (Layout, error) {
	t := &Template{cat: cat, f: excelize.NewFile(), layout: Layout{}}
	defer t.f.Close()
	if err := t.build(); err != nil {
		return nil, fmt.Errorf("build template: %w", err)
	}
	if _, err := t.f.WriteTo(w); err != nil {
		return nil, fmt.Errorf("write template: %w", err)
	}
	return t.layout, nil
}

// TemplateBytes is WriteTemplate into memory.
func TemplateBytes(cat *catalog.Catalog) ([]byte, Layout, error) {
	var b bytes.Buffer
	l, err := WriteTemplate(&b, cat)
	return b.Bytes(), l, err
}

func (t *Template) build() error {
	f := t.f
	if err := f.SetSheetName("Sheet1", ReturnSheet); err != nil {
		return err
	}
	if err := t.styles(); err != nil {
		return err
	}
	if err := t.lists(); err != nil {
		return err
	}
	for col, w := range map[string]float64{"A": 62, "B": 22, "C": 12, "D": 12, "E": 18, "F": 48} {
		if err := f.SetColWidth(ReturnSheet, col, col, w); err != nil {
			return err
		}
	}
	steps := []func() error{t.header, t.metricSections, t.drugTable, t.weaponTable, t.assetTable, t.version, t.printable, t.protect, t.guidance}
	for _, s := range steps {
		if err := s(); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	return nil
}

func (t *Template) styles() error {
	border := []excelize.Border{
		{Type: "left", Color: "A6A6A6", Style: 1}, {Type: "right", Color: "A6A6A6", Style: 1},
		{Type: "top", Color: "A6A6A6", Style: 1}, {Type: "bottom", Color: "A6A6A6", Style: 1},
	}
	unlocked := &excelize.Protection{Locked: false}
	yellow := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF9DB"}}
	gbp := "£#,##0.00"
	date := "dd/mm/yyyy"
	specs := []struct {
		dst *int
		s   *excelize.Style
	}{
		{&t.st.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 15, Color: "1F3864"}}},
		{&t.st.intro, &excelize.Style{Font: &excelize.Font{Italic: true, Color: "595959"}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}},
		{&t.st.section, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF", Size: 12}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F3864"}}}},
		{&t.st.header, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}, Border: border}},
		{&t.st.label, &excelize.Style{Border: border}},
		{&t.st.child, &excelize.Style{Border: border, Alignment: &excelize.Alignment{Indent: 2}}},
		{&t.st.input, &excelize.Style{Border: border, Fill: yellow, Protection: unlocked, NumFmt: 3}},
		{&t.st.inputGBP, &excelize.Style{Border: border, Fill: yellow, Protection: unlocked, CustomNumFmt: &gbp}},
		{&t.st.inputDate, &excelize.Style{Border: border, Fill: yellow, Protection: unlocked, CustomNumFmt: &date}},
		{&t.st.inputText, &excelize.Style{Border: border, Fill: yellow, Protection: unlocked, Alignment: &excelize.Alignment{WrapText: true}}},
		{&t.st.notes, &excelize.Style{Border: border, Protection: unlocked, Alignment: &excelize.Alignment{WrapText: true}, Font: &excelize.Font{Color: "404040"}}},
		{&t.st.guidance, &excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}},
	}
	for _, sp := range specs {
		id, err := t.f.NewStyle(sp.s)
		if err != nil {
			return err
		}
		*sp.dst = id
	}
	return nil
}

// lists writes the drop-down sources on a hidden sheet.
func (t *Template) lists() error {
	const sh = "Lists"
	if _, err := t.f.NewSheet(sh); err != nil {
		return err
	}
	for i, fo := range t.cat.Forces {
		if err := t.f.SetCellStr(sh, fmt.Sprintf("A%d", i+1), fo.Name); err != nil {
			return err
		}
	}
	for i, op := range t.cat.Operations {
		if err := t.f.SetCellStr(sh, fmt.Sprintf("B%d", i+1), op.Name); err != nil {
			return err
		}
	}
	for col, kind := range map[string]string{"C": "drug", "D": "weapon", "E": "asset"} {
		for i, it := range t.cat.ItemsOf(kind) {
			if err := t.f.SetCellStr(sh, fmt.Sprintf("%s%d", col, i+1), it.Label); err != nil {
				return err
			}
		}
	}
	if err := t.mark(sh, "lists"); err != nil {
		return err
	}
	return t.f.SetSheetVisible(sh, false, true)
}

// mark writes the template's marker on one of its own sheets, in a hidden
// column out of the way, so the extractor knows the sheet is not part of
// the return even when another program has unhidden it.
func (t *Template) mark(sheet, role string) error {
	if err := t.f.SetCellStr(sheet, "Z1", etl.TemplateMarker+role); err != nil {
		return err
	}
	return t.f.SetColVisible(sheet, "Z", false)
}

func (t *Template) cell(col string) string { return fmt.Sprintf("%s%d", col, t.row) }

func (t *Template) set(col string, v any, style int) error {
	ref := t.cell(col)
	if err := t.f.SetCellValue(ReturnSheet, ref, v); err != nil {
		return err
	}
	return t.f.SetCellStyle(ReturnSheet, ref, ref, style)
}

func (t *Template) style(from, to string, style int) error {
	return t.f.SetCellStyle(ReturnSheet, t.cell(from), t.cell(to), style)
}

func (t *Template) validate(ref string, dv *excelize.DataValidation) error {
	dv.Sqref = ref
	return t.f.AddDataValidation(ReturnSheet, dv)
}

func wholeNumber(ref string) *excelize.DataValidation {
	dv := excelize.NewDataValidation(true)
	_ = dv.SetRange(0, 1e9, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween)
	dv.SetError(excelize.DataValidationErrorStyleWarning, "Whole number expected",
		"Counts are whole numbers of 0 or more. If the figure is an estimate, you may type it as text, e.g. 'about 20' or '20+'. Leave the cell blank if not known.")
	dv.Sqref = ref
	return dv
}

func money(ref string) *excelize.DataValidation {
	dv := excelize.NewDataValidation(true)
	_ = dv.SetRange(0, 1e12, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween)
	dv.SetError(excelize.DataValidationErrorStyleWarning, "Amount in pounds expected",
		"Give the amount in pounds (£). If it is an estimate, type it as text, e.g. 'about £5,000'. Leave blank if not known.")
	dv.Sqref = ref
	return dv
}

func (t *Template) header() error {
	f := t.f
	t.row = 1
	if err := t.set("A", "National county lines intensification week: force return", t.st.title); err != nil {
		return err
	}
	if err := f.MergeCell(ReturnSheet, "A1", "F1"); err != nil {
		return err
	}
	t.row = 2
	if err := t.set("A", "Fill in the yellow cells. Leave a cell blank if you have nothing to report; write 0 only for a true nil. "+
		"Estimates are fine as text (e.g. 'about 20', '20+'). Put anything else in the Notes column. See the 'How to fill in' sheet.", t.st.intro); err != nil {
		return err
	}
	if err := f.MergeCell(ReturnSheet, "A2", "F2"); err != nil {
		return err
	}
	if err := f.SetRowHeight(ReturnSheet, 2, 45); err != nil {
		return err
	}
	fields := []struct{ key, label string }{
		{"force", "Force"}, {"operation", "Operation"}, {"starts", "Week starting"}, {"ends", "Week ending"},
		{"contact_name", "Contact name"}, {"contact_email", "Contact email"}, {"contact_phone", "Contact phone"},
	}
	t.row = 4
	for _, fl := range fields {
		if err := t.set("A", fl.label, t.st.header); err != nil {
			return err
		}
		st := t.st.inputText
		if fl.key == "starts" || fl.key == "ends" {
			st = t.st.inputDate
		}
		if err := t.style("B", "B", st); err != nil {
			return err
		}
		t.layout[fl.key] = t.cell("B")
		switch fl.key {
		case "force":
			dv := excelize.NewDataValidation(true)
			dv.SetSqrefDropList(fmt.Sprintf("Lists!$A$1:$A$%d", len(t.cat.Forces)))
			dv.SetError(excelize.DataValidationErrorStyleStop, "Choose your force", "Pick the force from the list.")
			if err := t.validate(t.cell("B"), dv); err != nil {
				return err
			}
		case "operation":
			dv := excelize.NewDataValidation(true)
			dv.SetSqrefDropList(fmt.Sprintf("Lists!$B$1:$B$%d", len(t.cat.Operations)))
			dv.SetError(excelize.DataValidationErrorStyleWarning, "Choose the operation", "Pick the intensification week from the list, or give the dates below.")
			if err := t.validate(t.cell("B"), dv); err != nil {
				return err
			}
		case "starts", "ends":
			dv := excelize.NewDataValidation(true)
			_ = dv.SetRange("2018-01-01", "2099-12-31", excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween)
			dv.SetError(excelize.DataValidationErrorStyleStop, "Date expected", "Enter a date, e.g. 11/10/2021.")
			if err := t.validate(t.cell("B"), dv); err != nil {
				return err
			}
		}
		t.row++
	}
	t.row++
	return nil
}

var sectionTitles = map[string]string{
	"enforcement": "Enforcement", "lines": "Deal lines and phones", "safeguarding": "Safeguarding",
	"seizures": "Seizures", "prevention": "Prevention and engagement",
}

func (t *Template) sectionRow(title string) error {
	if err := t.set("A", title, t.st.section); err != nil {
		return err
	}
	if err := t.style("B", "F", t.st.section); err != nil {
		return err
	}
	t.row++
	return nil
}

func (t *Template) headerRow(cols ...string) error {
	for i, c := range cols {
		col := string(rune('A' + i))
		if c == "" {
			if err := t.style(col, col, t.st.header); err != nil {
				return err
			}
			continue
		}
		if err := t.set(col, c, t.st.header); err != nil {
			return err
		}
	}
	t.row++
	return nil
}

func (t *Template) metricSections() error {
	var order []string
	bySection := map[string][]catalog.Metric{}
	for _, m := range t.cat.Metrics {
		if m.ItemKind != "" {
			continue
		}
		if _, seen := bySection[m.Section]; !seen {
			order = append(order, m.Section)
		}
		bySection[m.Section] = append(bySection[m.Section], m)
	}
	for _, sec := range order {
		title := sectionTitles[sec]
		if title == "" {
			title = strings.ToUpper(sec[:1]) + sec[1:]
		}
		if err := t.sectionRow(title); err != nil {
			return err
		}
		if err := t.headerRow("Measure", "Figure", "", "", "", "Notes"); err != nil {
			return err
		}
		for _, m := range bySection[sec] {
			st := t.st.label
			label := m.Label
			if m.Parent != "" {
				st = t.st.child
			}
			if err := t.set("A", label, st); err != nil {
				return err
			}
			ref := t.cell("B")
			in, dv := t.st.input, wholeNumber(ref)
			if m.Unit == "gbp" {
				in, dv = t.st.inputGBP, money(ref)
			}
			if err := t.style("B", "B", in); err != nil {
				return err
			}
			if err := t.f.AddDataValidation(ReturnSheet, dv); err != nil {
				return err
			}
			if err := t.style("F", "F", t.st.notes); err != nil {
				return err
			}
			t.layout[m.Code] = ref
			t.layout[m.Code+"#notes"] = t.cell("F")
			t.row++
		}
		t.row++
	}
	return nil
}

type tableSpec struct {
	kind    string
	title   string
	headers []string // A.. F
	cols    []string // layout column name per header ("" for the type column and notes)
}

func (t *Template) itemTable(ts tableSpec) error {
	m, ok := t.cat.MetricForKind(ts.kind)
	if !ok {
		return fmt.Errorf("no metric for item kind %s", ts.kind)
	}
	if err := t.sectionRow(ts.title); err != nil {
		return err
	}
	if err := t.headerRow(ts.headers...); err != nil {
		return err
	}
	items := t.cat.ItemsOf(ts.kind)
	rows := append(items, catalog.Item{Kind: ts.kind, Code: "", Label: "Total"})
	for _, it := range rows {
		st := t.st.label
		if it.Code == "" {
			st = t.st.header
		}
		if err := t.set("A", it.Label, st); err != nil {
			return err
		}
		for i, col := range ts.cols {
			if col == "" {
				continue
			}
			c := string(rune('A' + i))
			ref := t.cell(c)
			t.layout[m.Code+"/"+it.Code+"/"+col] = ref
			in := t.st.input
			var dv *excelize.DataValidation
			switch col {
			case "gbp":
				in, dv = t.st.inputGBP, money(ref)
			case "wraps", "count":
				dv = wholeNumber(ref)
			case "unit":
				in = t.st.inputText
				dv = excelize.NewDataValidation(true)
				_ = dv.SetDropList([]string{"g", "kg", "oz", "plants", "tablets"})
				dv.SetError(excelize.DataValidationErrorStyleWarning, "Unit", "Choose g, kg, oz, plants or tablets.")
				dv.Sqref = ref
			case "desc":
				in = t.st.inputText
			case "qty":
				in = t.st.input
				dv = excelize.NewDataValidation(true)
				_ = dv.SetRange(0, 1e9, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween)
				dv.SetError(excelize.DataValidationErrorStyleWarning, "Quantity", "Give the weight or number, with its unit in the next column.")
				dv.Sqref = ref
			}
			if err := t.style(c, c, in); err != nil {
				return err
			}
			if dv != nil {
				if err := t.f.AddDataValidation(ReturnSheet, dv); err != nil {
					return err
				}
			}
		}
		if err := t.style("F", "F", t.st.notes); err != nil {
			return err
		}
		t.layout[m.Code+"/"+it.Code+"/notes"] = t.cell("F")
		t.row++
	}
	t.row++
	return nil
}

func (t *Template) drugTable() error {
	return t.itemTable(tableSpec{kind: "drug", title: "Drugs seized (one row per drug; leave unused rows blank)",
		headers: []string{"Drug type", "Weight / quantity", "Unit", "Wraps", "Street value (£)", "Notes"},
		cols:    []string{"", "qty", "unit", "wraps", "gbp", ""}})
}

func (t *Template) weaponTable() error {
	return t.itemTable(tableSpec{kind: "weapon", title: "Weapons seized",
		headers: []string{"Weapon type", "Number seized", "", "", "", "Notes"},
		cols:    []string{"", "count", "", "", "", ""}})
}

func (t *Template) assetTable() error {
	return t.itemTable(tableSpec{kind: "asset", title: "Other assets seized (watches, jewellery, designer goods...)",
		headers: []string{"Asset type", "Description", "Number seized", "Value (£)", "", "Notes"},
		cols:    []string{"", "desc", "count", "gbp", "", ""}})
}

// version writes the template version to a hidden column.
func (t *Template) version() error {
	if err := t.f.SetCellStr(ReturnSheet, "H1", TemplateVersion); err != nil {
		return err
	}
	return t.f.SetColVisible(ReturnSheet, "H", false)
}

// printable makes the return print on landscape pages, one page wide.
func (t *Template) printable() error {
	yes, landscape, one, any := true, "landscape", 1, 0
	if err := t.f.SetSheetProps(ReturnSheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	return t.f.SetPageLayout(ReturnSheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &one, FitToHeight: &any})
}

func (t *Template) protect() error {
	if err := t.f.SetPanes(ReturnSheet, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return t.f.ProtectSheet(ReturnSheet, &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true, FormatColumns: true, FormatRows: true,
	})
}

func (t *Template) guidance() error {
	const sh = "How to fill in"
	if _, err := t.f.NewSheet(sh); err != nil {
		return err
	}
	lines := []string{
		"How to fill in the county lines intensification week return",
		"1. Choose your force and the operation from the drop-down lists on the Return sheet, and check the week's dates.",
		"2. Give each figure in the yellow cell beside it. Leave the cell blank if you have nothing to report: a blank is 'not reported', 0 is a true nil.",
		"3. Estimates are welcome as text: 'about 20', '20+', 'more than £3,000', 'just under 1,600'. They are kept as estimates, never rounded into exact figures.",
		"4. Drugs: one row per drug. Give the weight or number with its unit (g, kg, oz, plants, tablets), the number of wraps and the street value in pounds, as you have them.",
		"5. Weapons, drugs and assets: count each thing once, in the most exact row there is. Two zombie knives go in the Zombie knives row only, not also in Knives and bladed weapons; that row is for the knives no other row names.",
		"6. Items not yet valued (e.g. watches): give the number, and write 'not yet valued' in the value cell.",
		"7. 'Of which' rows (indented) are part of the row above and must not be larger than it.",
		"8. Anything else goes in the Notes column; notes are kept but not counted.",
		"9. Before you send it, you can check it with: countylines validate <your file>.xlsx",
	}
	if err := t.f.SetColWidth(sh, "A", "A", 120); err != nil {
		return err
	}
	if err := t.mark(sh, "guidance"); err != nil {
		return err
	}
	for i, l := range lines {
		ref := fmt.Sprintf("A%d", i+1)
		if err := t.f.SetCellStr(sh, ref, l); err != nil {
			return err
		}
		st := t.st.guidance
		if i == 0 {
			st = t.st.title
		}
		if err := t.f.SetCellStyle(sh, ref, ref, st); err != nil {
			return err
		}
	}
	return nil
}
