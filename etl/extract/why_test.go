package extract_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/reference"
)

// The tests in this file each build a small workbook showing one way a
// return was once read wrong (issue 6, "Why"), write it as a real .xlsx
// file, read it back and check the right figure, a named warning or a
// named error comes out.

// probe is a small workbook and what the extractor makes of it.
type probe struct {
	t *testing.T
	r *etl.Return
}

func extractBook(t *testing.T, name string, opt extract.Options, build func(b *fixtures.Book)) probe {
	t.Helper()
	data, err := fixtures.BuildCorpus(fixtures.CorpusReturn{Name: name, Build: build})
	if err != nil {
		t.Fatal(err)
	}
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	wb, err := ingest.Read(context.Background(), bytes.NewReader(data), int64(len(data)), name, ingest.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if opt.FileName == "" {
		opt.FileName = name
	}
	return probe{t, extract.Extract(wb, cat, opt)}
}

// kentWeek is the head of most probes: a force and a week we know.
func kentWeek(b *fixtures.Book) *fixtures.Book {
	return b.Sheet("Return").Rows("A1",
		[]any{"Force", "Kent Police"},
		[]any{"Week commencing", "11/10/2021"},
	)
}

func factLine(f etl.Fact) string {
	v := "NULL"
	if f.Value != nil {
		v = fmt.Sprint(*f.Value)
	}
	item := f.Item
	if item == "" {
		item = "-"
	}
	q := ""
	if f.Qualifier != etl.Exact {
		q = " " + string(f.Qualifier)
	}
	return fmt.Sprintf("%s!%s %s %s %s %s%s", f.Sheet, f.Cell, f.Metric, item, f.Unit, v, q)
}

func (p probe) dump() string {
	var b strings.Builder
	fmt.Fprintf(&b, "force %s operation %s\n", p.r.Force, p.r.Operation)
	for _, f := range p.r.Facts {
		b.WriteString("  " + factLine(f) + "\n")
	}
	for _, m := range p.r.Messages {
		fmt.Fprintf(&b, "  %s [%s]\n", m, m.Code)
	}
	return b.String()
}

// facts checks the return's facts are exactly these, in reading order:
// "Sheet!Cell metric item unit value [qualifier]".
func (p probe) facts(want ...string) probe {
	p.t.Helper()
	var got []string
	for _, f := range p.r.Facts {
		got = append(got, factLine(f))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		p.t.Errorf("facts:\n got %q\nwant %q\n%s", got, want, p.dump())
	}
	return p
}

// says checks a message with this severity and code is about this place
// (Sheet!Cell, a sheet, or "" for the file) and its text holds each of words.
func (p probe) says(sev etl.Severity, code, where string, words ...string) probe {
	p.t.Helper()
	for _, m := range p.r.Messages {
		if m.Severity != sev || m.Code != code || m.Where() != where {
			continue
		}
		ok := true
		for _, w := range words {
			if !strings.Contains(m.Text, w) {
				ok = false
			}
		}
		if ok {
			return p
		}
	}
	p.t.Errorf("no %s %s at %q saying %q\n%s", sev, code, where, words, p.dump())
	return p
}

// silent checks no message has this code.
func (p probe) silent(code string) probe {
	p.t.Helper()
	for _, m := range p.r.Messages {
		if m.Code == code {
			p.t.Errorf("unexpected %s: %s\n%s", code, m, p.dump())
		}
	}
	return p
}

// loaded checks the return is not rejected and is the given force and operation.
func (p probe) loaded(force, op string) probe {
	p.t.Helper()
	if p.r.Rejected() || p.r.Force != force || p.r.Operation != op {
		p.t.Errorf("want %s %s loaded\n%s", force, op, p.dump())
	}
	return p
}

func (p probe) rejected() probe {
	p.t.Helper()
	if !p.r.Rejected() {
		p.t.Errorf("want the return rejected\n%s", p.dump())
	}
	return p
}

// Hidden means not sent: a hidden column of last operation's figures is
// not read, nor are hidden rows summed into a table; each is reported.
func TestWhyHiddenColumnNotRead(t *testing.T) {
	extractBook(t, "hidden_col.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A3",
			[]any{"Arrests", nil, 38, 43},
			[]any{"Warrants", nil, 10, 12},
		).HideCols("C")
	}).loaded("kent", "2021-10").
		facts("Return!D3 arrests - people 43", "Return!D4 warrants - count 12").
		says(etl.SevWarning, "hidden_column", "Return!C3", "column C is hidden", "C3 38")
}

func TestWhyHiddenRowsNotSummed(t *testing.T) {
	extractBook(t, "hidden_rows.xlsx", extract.Options{}, func(b *fixtures.Book) {
		kentWeek(b).Rows("A4",
			[]any{"Drug type", "Weight (g)", "Street value (£)"},
			[]any{"Cocaine", 10, 800},
			[]any{"Cocaine", 5, 400}, // hidden
			[]any{"Heroin", 20, 1500},
			[]any{"Arrests", 7}, // hidden
			[]any{"Warrants", 3},
		).HideRows(6, 8)
	}).loaded("kent", "2021-10").
		facts("Return!B5 drugs_seized cocaine g 10", "Return!C5 drugs_seized cocaine gbp 800",
			"Return!B7 drugs_seized heroin g 20", "Return!C7 drugs_seized heroin gbp 1500",
			"Return!B9 warrants - count 3").
		says(etl.SevWarning, "hidden_row", "Return!B6", "row 6 is hidden").
		says(etl.SevWarning, "hidden_row", "Return!B8", "row 8 is hidden")
}
