package report

import (
	"bytes"
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

// DraftSheet lists what a draft could not place.
const DraftSheet = "Not placed"

// DraftFigure is one figure for a draft return, with the sentence it was
// read from.
type DraftFigure struct {
	Metric, Item string
	Unit         etl.Unit
	Value        *float64
	Qualifier    etl.Qualifier
	Sentence     string
}

// DraftNote is something a draft could not place, with its sentence.
type DraftNote struct {
	Sentence, Why string
}

// Draft is a return filled in from a press release, for a force analyst
// to check and send. It is never loaded by itself.
type Draft struct {
	Source      string // the file it was read from
	Force       string // force code, "" if not known
	ForceUnsure bool   // the text names other forces too
	Operation   string // operation code, "" if not known
	Figures     []DraftFigure
	Unplaced    []DraftNote
}

// WriteDraft writes the return template filled in with the draft's
// figures: each in its cell, its sentence in the Notes column, a hedged
// or unquantified one highlighted; the figures with no cell and what
// could not be read go on the "Not placed" sheet.
func WriteDraft(w io.Writer, cat *catalog.Catalog, d Draft) error {
	tmpl, layout, err := TemplateBytes(cat)
	if err != nil {
		return err
	}
	f, err := excelize.OpenReader(bytes.NewReader(tmpl))
	if err != nil {
		return fmt.Errorf("open template: %w", err)
	}
	defer f.Close()
	flag, err := f.NewStyle(&excelize.Style{
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F8CBAD"}},
		Font:      &excelize.Font{Bold: true, Color: "9C0006"},
		Border:    []excelize.Border{{Type: "left", Color: "C00000", Style: 2}, {Type: "right", Color: "C00000", Style: 2}, {Type: "top", Color: "C00000", Style: 2}, {Type: "bottom", Color: "C00000", Style: 2}},
		Alignment: &excelize.Alignment{WrapText: true},
	})
	if err != nil {
		return err
	}
	set := func(ref string, v any) error { return f.SetCellValue(ReturnSheet, ref, v) }
	if err := set("A2", fmt.Sprintf("DRAFT read from the press release %s by countylines draft. Check every figure against the release, "+
		"and the highlighted ones above all, before you send it. Figures the draft could not place are on the %q sheet.", d.Source, DraftSheet)); err != nil {
		return err
	}
	if fo, ok := cat.Force(d.Force); ok {
		if err := set(layout["force"], fo.Name); err != nil {
			return err
		}
		if d.ForceUnsure {
			if err := f.SetCellStyle(ReturnSheet, layout["force"], layout["force"], flag); err != nil {
				return err
			}
		}
	}
	if op, ok := cat.Operation(d.Operation); ok {
		if err := set(layout["operation"], op.Name); err != nil {
			return err
		}
		if err := set(layout["starts"], op.Starts); err != nil {
			return err
		}
		if err := set(layout["ends"], op.Ends); err != nil {
			return err
		}
	}
	unplaced := append([]DraftNote(nil), d.Unplaced...)
	for _, fg := range d.Figures {
		cells, why := draftCells(cat, layout, fg)
		if why != "" {
			unplaced = append(unplaced, DraftNote{Sentence: fg.Sentence, Why: fmt.Sprintf("%s %s: %s", fg.Metric+itemPart(fg.Item), figureText(fg), why)})
			continue
		}
		for ref, v := range cells.values {
			if err := set(ref, v); err != nil {
				return err
			}
		}
		if fg.Qualifier != etl.Exact {
			if err := f.SetCellStyle(ReturnSheet, cells.value, cells.value, flag); err != nil {
				return err
			}
		}
		if cells.notes != "" {
			note := fg.Sentence
			if old, _ := f.GetCellValue(ReturnSheet, cells.notes); old != "" && old != note {
				note = old + " | " + note
			}
			if err := set(cells.notes, note); err != nil {
				return err
			}
		}
	}
	if _, err := f.NewSheet(DraftSheet); err != nil {
		return err
	}
	rows := [][]any{{"Sentence", "Why it is not in the return"}}
	for _, n := range unplaced {
		rows = append(rows, []any{n.Sentence, n.Why})
	}
	if len(unplaced) == 0 {
		rows = append(rows, []any{"", "every figure the release gives is in the return"})
	}
	for i, r := range rows {
		if err := f.SetSheetRow(DraftSheet, "A"+strconv.Itoa(i+1), &r); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(DraftSheet, "A", "A", 90); err != nil {
		return err
	}
	if err := f.SetColWidth(DraftSheet, "B", "B", 70); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}

type draftCell struct {
	value  string         // the cell the figure is in
	notes  string         // its notes cell
	values map[string]any // every cell to set: the figure, and its unit where the table asks
}

// noCell is why a figure is not placed when the template has no cell
// for it.
const noCell = "the template has no cell for it"

// draftCells finds where a figure goes in the template, or says why it
// goes nowhere.
func draftCells(cat *catalog.Catalog, layout Layout, fg DraftFigure) (draftCell, string) {
	m, ok := cat.Metric(fg.Metric)
	if !ok {
		return draftCell{}, noCell
	}
	v := draftValue(fg)
	if m.ItemKind == "" {
		ref, ok := layout[fg.Metric]
		if !ok {
			return draftCell{}, noCell
		}
		if !unitFits(m, fg.Unit) {
			return draftCell{}, fmt.Sprintf("it is in %s and the template's cell holds %s; not converted, keep it apart", unitName(string(fg.Unit)), unitName(m.Unit))
		}
		return draftCell{value: ref, notes: layout[fg.Metric+"#notes"], values: map[string]any{ref: v}}, ""
	}
	base := fg.Metric + "/" + fg.Item + "/"
	out := draftCell{notes: layout[base+"notes"], values: map[string]any{}}
	col := ""
	switch fg.Unit {
	case etl.UnitWraps:
		col = "wraps"
	case etl.UnitGBP:
		col = "gbp"
	case etl.UnitCount:
		col = "count"
	case etl.UnitGrams, etl.UnitPlants, etl.UnitTablets:
		col = "qty"
		unitRef, ok := layout[base+"unit"]
		if !ok {
			return draftCell{}, noCell
		}
		out.values[unitRef] = string(fg.Unit)
	default:
		return draftCell{}, noCell
	}
	ref, ok := layout[base+col]
	if !ok {
		return draftCell{}, noCell
	}
	out.value = ref
	out.values[ref] = v
	return out, ""
}

// unitFits reports whether a figure in unit u may be written into the one
// cell of a metric with no items, which validate reads in the metric's own
// unit: the same unit, or a count of people or things for a metric that
// counts either. A sum in euros never goes into a sterling cell.
func unitFits(m catalog.Metric, u etl.Unit) bool {
	heads := func(u string) bool { return u == string(etl.UnitPeople) || u == string(etl.UnitCount) }
	return string(u) == m.Unit || heads(string(u)) && heads(m.Unit)
}

func unitName(u string) string {
	switch u {
	case string(etl.UnitGBP):
		return "pounds"
	case string(etl.UnitEUR):
		return "euros"
	}
	return u
}

// draftValue is what goes in the cell: the number, or the figure as text
// when it is hedged ("more than £11,000") or has no number ("reported").
func draftValue(fg DraftFigure) any {
	if fg.Value == nil {
		return "unquantified"
	}
	if fg.Qualifier == etl.Exact {
		return *fg.Value
	}
	return figureText(fg)
}

var hedgeWords = map[etl.Qualifier]string{
	etl.MoreThan: "more than ", etl.AtLeast: "at least ", etl.Approximately: "approximately ",
	etl.UpTo: "up to ", etl.LessThan: "less than ",
}

func figureText(fg DraftFigure) string {
	if fg.Value == nil {
		return "named with no number"
	}
	n := strconv.FormatFloat(*fg.Value, 'f', -1, 64)
	switch fg.Unit {
	case etl.UnitGBP:
		n = "£" + n
	case etl.UnitEUR:
		n = "€" + n
	}
	return hedgeWords[fg.Qualifier] + n
}

func itemPart(item string) string {
	if item == "" {
		return ""
	}
	return "/" + item
}
