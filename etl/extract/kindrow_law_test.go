package extract_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// factKey is a fact as "metric/item unit value".
func factKey(f etl.Fact) string {
	v := "NULL"
	if f.Value != nil {
		v = fmt.Sprint(*f.Value)
	}
	return fmt.Sprintf("%s/%s %s %s", f.Metric, f.Item, f.Unit, v)
}

// loadedKeys lists the facts loaded, as factKey writes them, sorted.
func (p probe) loadedKeys() []string {
	var got []string
	for _, f := range p.r.Facts {
		got = append(got, factKey(f))
	}
	sort.Strings(got)
	return got
}

// draftrt: "Other assets" names the asset table's kind ("Other assets │
// Number seized │ Value (£)" is its header) and an item of it (the
// return template's row above its Total). Under the table's header, a
// row so named ended the table: its figure was read as the metric's
// own with no unit ("4" has no unit; not loaded), and the Total row
// under it was refused as a section total with no parts, or read as the
// weapons table's above. Law: under an asset table's header, whatever
// names its kind, with its measure columns in any order, a row naming
// an item that is also a kind's name is a row of the table, filled or
// blank, and the Total row under it is the metric's own, each figure in
// its column's unit; and the near miss: the same words over measure
// headings of their own ("Other assets │ Value (£) │ Number seized")
// start a new table, whose rows are read by its own columns, never the
// first's.
func TestKindNamedItemRowLaw(t *testing.T) {
	t.Parallel()
	heads := []string{"Asset type", "Other assets", "Type of asset"}
	layouts := [][]string{ // the measure columns, in order
		{"Number seized", "Value (£)"},
		{"Value (£)", "Number seized"},
		{"Description", "Number seized", "Value (£)"},
	}
	rowNames := []string{"Other assets", "Other asset", "OTHER ASSETS"}
	states := []string{"figures", "blank", "new header"}
	type tc struct{ head, layout, name, state int }
	var cases []tc
	for _, ix := range every(len(heads), len(layouts), len(rowNames), len(states)) {
		cases = append(cases, tc{ix[0], ix[1], ix[2], ix[3]})
	}
	// row writes a row's figures in the columns of cols: a count and a value
	row := func(label string, cols []string, count, gbp any) []any {
		r := []any{label}
		for _, c := range cols {
			switch c {
			case "Number seized":
				r = append(r, count)
			case "Value (£)":
				r = append(r, gbp)
			default:
				r = append(r, nil)
			}
		}
		return r
	}
	swapped := []string{"Value (£)", "Number seized"}
	law[tc]{
		what:  "rows naming an item that is also a kind's name",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%q over %v, row %q (%s)", heads[c.head], layouts[c.layout], rowNames[c.name], states[c.state])
		},
		sheet: func(c tc, b *lawBook) {
			cols := layouts[c.layout]
			b.Rows("A1", []any{kentTitle}, nil, append([]any{heads[c.head]}, toAny(cols)...), row("Watches", cols, 2, 5000))
			switch states[c.state] {
			case "figures":
				b.Rows("A5", row(rowNames[c.name], cols, 4, 800), row("Total", cols, 6, 5800))
			case "blank":
				b.Rows("A5", []any{rowNames[c.name]}, row("Total", cols, 2, 5000))
			case "new header":
				b.Rows("A5", append([]any{rowNames[c.name]}, toAny(swapped)...), row("Jewellery", swapped, 1, 700))
			}
			b.Rows("A8", phonesRow)
		},
		holds: func(c tc, p probe, v *verdict) {
			want := []string{"assets_seized/watch count 2", "assets_seized/watch gbp 5000", "mobile_phones_seized/ count 1149"}
			switch states[c.state] {
			case "figures":
				want = append(want, "assets_seized/other_asset count 4", "assets_seized/other_asset gbp 800", "assets_seized/ count 6", "assets_seized/ gbp 5800")
			case "blank":
				want = append(want, "assets_seized/ count 2", "assets_seized/ gbp 5000")
			case "new header":
				want = append(want, "assets_seized/jewellery count 1", "assets_seized/jewellery gbp 700")
			}
			sort.Strings(want)
			got := p.loadedKeys()
			v.want(strings.Join(got, "; ") == strings.Join(want, "; "), "loaded %v, want %v", got, want)
		},
	}.run(t)
}

// draftrt: the rows under an itemised table's header that its table
// leaves (a row it does not read as one of its items, "Other property
// seized │ 4", and the Total under it) were read under the heading of
// the section above it: under the weapons table, the asset table's
// "Total │ 6" loaded as weapons seized 6. Law: for every pair of
// itemised tables, one above the other, with the lower one under its
// metric's name, a heading the reader does not take, or none, a row
// the lower table leaves, or its Total, never loads as the upper
// table's metric; nothing loads but the tables' items, the lower
// metric's own figures as written, and the phones.
func TestTableLeftRowsLaw(t *testing.T) {
	t.Parallel()
	type table struct {
		metric, heading, header, measure, item, itemCode, unit, leaves string
	}
	tables := []table{
		{"drugs_seized", "Drugs seized", "Drug type", "Weight (g)", "Heroin", "heroin", "g", "Drugs seized"},
		{"weapons_seized", "Weapons seized", "Weapon type", "Number seized", "Knives", "knife", "count", "Weapons recovered"},
		{"assets_seized", "Other assets seized", "Asset type", "Number seized", "Watches", "watch", "count", "Other property seized"},
	}
	headings := []string{"name", "long", "none"}
	type tc struct{ upper, lower, heading int }
	var cases []tc
	for _, ix := range every(len(tables), len(tables), len(headings)) {
		if ix[0] != ix[1] {
			cases = append(cases, tc{ix[0], ix[1], ix[2]})
		}
	}
	law[tc]{
		what:  "rows an itemised table leaves, under another table",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%s under %s (heading: %s)", tables[c.lower].metric, tables[c.upper].metric, headings[c.heading])
		},
		sheet: func(c tc, b *lawBook) {
			up, lo := tables[c.upper], tables[c.lower]
			b.Rows("A1", []any{kentTitle}, nil, []any{up.heading}, []any{up.header, up.measure}, []any{up.item, 3}, nil)
			switch headings[c.heading] {
			case "name":
				b.Rows("A7", []any{lo.heading})
			case "long":
				b.Rows("A7", []any{lo.heading + " (one row per kind; leave unused rows blank)"})
			}
			b.Rows("A8", []any{lo.header, lo.measure}, []any{lo.item, 2}, []any{lo.leaves, 4}, []any{"Total", 6}, nil, phonesRow)
		},
		holds: func(c tc, p probe, v *verdict) {
			up, lo := tables[c.upper], tables[c.lower]
			allowed := map[string]bool{
				fmt.Sprintf("%s/%s %s 3", up.metric, up.itemCode, up.unit): true,
				fmt.Sprintf("%s/%s %s 2", lo.metric, lo.itemCode, lo.unit): true,
				fmt.Sprintf("%s/ %s 4", lo.metric, lo.unit):                true,
				fmt.Sprintf("%s/ %s 6", lo.metric, lo.unit):                true,
				"mobile_phones_seized/ count 1149":                         true,
			}
			got := p.loadedKeys()
			for _, g := range got {
				v.want(allowed[g], "loaded %s", g)
			}
			for _, must := range []string{fmt.Sprintf("%s/%s %s 3", up.metric, up.itemCode, up.unit), fmt.Sprintf("%s/%s %s 2", lo.metric, lo.itemCode, lo.unit), "mobile_phones_seized/ count 1149"} {
				v.want(strings.Contains(strings.Join(got, "; "), must), "%s not loaded", must)
			}
		},
	}.run(t)
}
