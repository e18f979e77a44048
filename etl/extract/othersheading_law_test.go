package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
)

// othersHeadings head the one column of figures beside the labels with
// words that name others' figures, the rest, or only some of those
// counted by where they live or were found or by what is not known of
// them (review29 S3: `Measure │ Outside Kent` over `Arrests │ 30` loaded
// arrests 30 exact; also `Out of county`, `Local`, `Unknown`, `Kent
// residents`). Each refuses the figures under it.
var othersHeadings = []string{
	"Outside Kent", "Out of county", "Out of area", "Local", "Unknown", "Kent residents", "Residents",
	"Local residents", "Locals", "Age unknown", "Unspecified", "Unrecorded", "Not recorded", "N/K",
	"In county", "Within Kent", "Other", "Others", "Non-Kent", "Other forces",
}

// othersLoaded are the near misses: headings of the force's whole or of
// what its figures are, and the week's own words with "in" or "within".
var othersLoaded = []string{
	"Kent", "Kent Police", "Total", "This week", "Figure", "Number", "County lines", "In the week",
	"Within the week", "Count", "Kent (total)",
}

// othersValues are othersHeadings a reader takes for a label's value or
// a label of its own: under a label nobody taught us, they are its value
// and head nothing.
var othersValues = []string{"Unknown", "N/K", "Other", "Others"}

// othersCorners are what stands over the labels beside the heading: the
// words of a labels column, the force's name, or nothing.
var othersCorners = []string{"Measure", "Metric", "Kent Police", ""}

// othersRows are the labels under the heading, with the figure's metric.
var othersRows = []struct{ label, metric string }{
	{"Arrests", "arrests"}, {"Stop and searches", "stop_searches"}, {"Warrants executed", "warrants"},
}

// TestOthersHeadingLaw: a heading over the one column of figures that
// names others' figures, the rest or only some of those counted refuses
// every figure under it, with a message naming the figure's cell or the
// heading's; the force's own headings load the figure exact. A label
// nobody taught us with such words as its value ("Frobs │ Unknown")
// heads nothing.
func TestOthersHeadingLaw(t *testing.T) {
	t.Parallel()
	type tc struct {
		head, corner, row int
		refuse            bool
		label             bool // the corner is a label with the words as its value
	}
	var cases []tc
	for _, ix := range every(len(othersHeadings), len(othersCorners), len(othersRows)) {
		cases = append(cases, tc{head: ix[0], corner: ix[1], row: ix[2], refuse: true})
	}
	for _, ix := range every(len(othersLoaded), len(othersCorners), len(othersRows)) {
		cases = append(cases, tc{head: ix[0], corner: ix[1], row: ix[2]})
	}
	for _, ix := range every(len(othersValues), len(othersRows)) {
		cases = append(cases, tc{head: ix[0], row: ix[1], label: true})
	}
	headOf := func(c tc) string {
		if c.label {
			return othersValues[c.head]
		}
		if c.refuse {
			return othersHeadings[c.head]
		}
		return othersLoaded[c.head]
	}
	cornerOf := func(c tc) string {
		if c.label {
			return "Frobnications"
		}
		return othersCorners[c.corner]
	}
	law[tc]{
		what:  "headings of others' figures or a part of those counted",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%q │ %q over %s │ 43", cornerOf(c), headOf(c), othersRows[c.row].label)
		},
		sheet: func(c tc, b *lawBook) {
			b.Rows("A1", []any{kentTitle}, nil, []any{cornerOf(c), headOf(c)}, []any{othersRows[c.row].label, 43}, nil, phonesRow)
		},
		holds: func(c tc, p probe, v *verdict) {
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
			f := p.value(othersRows[c.row].metric)
			if c.refuse {
				v.want(f == nil, "loaded %s", lineOf(f))
				v.want(p.namesCell("B4") || p.namesCell("B3"), "no message names B4 or B3")
				return
			}
			v.want(f != nil && f.Cell == "B4" && f.Value != nil && *f.Value == 43 && f.Qualifier == etl.Exact,
				"want %s 43 exact from B4, got %s", othersRows[c.row].metric, lineOf(f))
		},
	}.run(t)
}
