package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
)

// ownRowRefused name whose a row's or a block's figures are when that is
// not the force as a whole: a wider area, a region, another force, a part
// of the force. ownRowLoaded are the force's own, or say nothing of whose.
var (
	ownRowRefused = []string{"National", "National total", "All forces", "Regional total", "South East", "England and Wales",
		"Essex Police", "Medway", "Medway district", "North Kent", "Thanet", "Combined"}
	ownRowLoaded = []string{"Kent", "Kent Police", "Total", "This week", "Kent total", "Force total", "All districts", "Kent & Medway"}
	// ownRowDays name the force and a part of the week, or one day of it
	// (review20 R22); ownRowWeek the force and the week.
	ownRowDays = []string{"Kent Mon-Thu", "Kent - Day 1", "Kent Days 1-4", "Kent - Tue 12/10", "Mon-Thu", "Day 1", "Kent Police (Mon)",
		"Kent (Mon-Thu figures)", "Kent Police - Days 1-4 only",
		// closing21 item 4: another period, shared across the border
		"Kent (Q4)", "Kent (FY)", "Kent - cross-border"}
	ownRowWeek = []string{"Kent 11-17 Oct", "Kent Police w/e 17/10/2021", "Kent - week 41"}
	// ownRowHedged name the force and a hedge (review21 V25): its figures
	// load approximately, as under a column headed "Estimated"; the
	// force's own and the week's rows above load exact.
	ownRowHedged = []string{"Kent (est.)", "Kent - estimate", "Kent (approx)", "Kent ~", "Kent Police (approx.)", "Kent (rounded)", "Kent - rounded"}
)

// messageNames reports whether a warning or an error at cell, or listing
// cell among its cells, says words.
func (p probe) messageNames(cell, words string) bool {
	for _, m := range p.r.Messages {
		if m.Severity != etl.SevWarning && m.Severity != etl.SevError || !strings.Contains(m.Text, words) {
			continue
		}
		if m.Cell == cell {
			return true
		}
		for _, c := range m.Cells {
			if c == cell {
				return true
			}
		}
	}
	return false
}

// Law: a transposed table's row is the force's only when its heading
// says nothing of whose it is but the force's own. Under a header `H │
// Arrests │ Warrants` (H an area's, a force's or no heading), a row
// `National │ 43 │ 12`, `Medway │ …`, `South East │ …`, `Essex Police │
// …` loads neither figure, and a warning at the row's heading names its
// words; `Kent │ 43 │ 12`, `Total`, `This week` load both. The figures
// are numbers or text. Under a Force column (`Force area`) the row names
// the return's force, and `Essex Police` makes it Essex's return.
func TestOwnRowLaw(t *testing.T) {
	t.Parallel()
	headers := []string{"Area", "District", "Force area", "Figures for"}
	values := [][2]any{{43, 12}, {"43", "12"}}
	type tc struct {
		row    string
		refuse bool
		header int
		values int
		hedged bool
	}
	var cases []tc
	for _, list := range []struct {
		rows           []string
		refuse, hedged bool
	}{{ownRowRefused, true, false}, {ownRowLoaded, false, false}, {ownRowDays, true, false}, {ownRowWeek, false, false}, {ownRowHedged, false, true}} {
		for _, ix := range every(len(list.rows), len(headers), len(values)) {
			cases = append(cases, tc{list.rows[ix[0]], list.refuse, ix[1], ix[2], list.hedged})
		}
	}
	law[tc]{
		what:  "a transposed table's row",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%s │ Arrests │ Warrants over %s │ %v │ %v", headers[c.header], c.row, values[c.values][0], values[c.values][1])
		},
		sheet: func(c tc, b *lawBook) {
			v := values[c.values]
			b.Rows("A1", []any{kentTitle}, nil, []any{headers[c.header], "Arrests", "Warrants"}, []any{c.row, v[0], v[1]}, nil, phonesRow)
		},
		holds: func(c tc, p probe, v *verdict) {
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
			if headers[c.header] == "Force area" && c.row == "Essex Police" {
				// a Force cell names the return's force: Essex's return
				v.want(p.r.Force == "essex", "want the return read as Essex Police's from its Force cell")
				return
			}
			if !c.refuse {
				a, w := p.value("arrests"), p.value("warrants")
				v.want(a != nil && a.Cell == "B4" && *a.Value == 43 && w != nil && w.Cell == "C4" && *w.Value == 12, "want arrests 43 and warrants 12 loaded from B4 and C4")
				q := etl.Exact
				if c.hedged {
					q = etl.Approximately
				}
				v.want(a == nil || w == nil || a.Qualifier == q && w.Qualifier == q, "want arrests and warrants loaded %s, got %s and %s", q, lineOf(a), lineOf(w))
				return
			}
			for _, cell := range []string{"B4", "C4"} {
				if at := p.factsAt(cell); len(at) > 0 {
					v.wrong("loaded %s", lineOf(&at[0]))
				} else if !p.messageNames(cell, c.row) && !p.messageNames("A4", c.row) {
					v.wrong("%s refused with no message at it or A4 naming %q", cell, c.row)
				}
			}
		},
	}.run(t)
	ownTotalRowLaw(t)
}

// Law: a few words alone in a row over the first figures that say whose
// they are (`National`, `Medway`, `South East`) title them as a column's
// heading would: nothing under them is loaded, and a warning at the
// title names its words. A topic (`Drugs`), the force (`Kent Police`),
// the week (`This week`), a label column's heading (`Metric`) title the
// force's own figures. One block of one
// or two metrics, under the return's title.
func TestOwnBlockTitleLaw(t *testing.T) {
	t.Parallel()
	// A word nobody taught us ("Medway", "Thanet") over the first
	// figures is judged with the blocks after it (TestPartSheetNamesLaw).
	var refused []string
	for _, r := range ownRowRefused {
		if !strings.Contains(r, "Medway") && r != "Thanet" && r != "North Kent" {
			refused = append(refused, r)
		}
	}
	titles := append(append([]string{}, refused...), "Drugs", "Enforcement", "Kent Police", "This week", "Total", "Results", "Metric")
	type tc struct {
		title  string
		refuse bool
		two    bool
	}
	var cases []tc
	for k, title := range titles {
		for _, two := range []bool{false, true} {
			cases = append(cases, tc{title, k < len(refused), two})
		}
	}
	law[tc]{
		what:  "a block's title of whose",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%q over Arrests │ 400 (and Warrants %v)", c.title, c.two)
		},
		sheet: func(c tc, b *lawBook) {
			rows := [][]any{{kentTitle}, nil, {c.title}, {"Arrests", 400}}
			if c.two {
				rows = append(rows, []any{"Warrants", 120})
			}
			b.Rows("A1", rows...)
		},
		holds: func(c tc, p probe, v *verdict) {
			a := p.value("arrests")
			if !c.refuse {
				v.want(a != nil && a.Cell == "B4" && *a.Value == 400, "want arrests 400 loaded from B4")
				return
			}
			if a != nil && !p.r.Rejected() {
				v.wrong("loaded %s", lineOf(a))
			}
			if w := p.value("warrants"); w != nil && !p.r.Rejected() {
				v.wrong("loaded %s", lineOf(w))
			}
			// or the return is rejected by an error naming the title's
			// cell ("the force is given as kent (P0!A1) and as essex
			// (P0!A3)", "P0!A3 says \"Medway district\": a part of the force")
			atTitle := false
			for _, m := range p.r.Messages {
				atTitle = atTitle || m.Severity == etl.SevError && strings.Contains(m.Text, "!A3")
			}
			v.want(atTitle || p.messageNames("A3", c.title) || p.messageNames("B4", c.title), "no message at A3 or B4 names %q", c.title)
		},
	}.run(t)
}

// ownTotalRowLaw, part of TestOwnRowLaw. Law: a transposed table's total row (`Total`, `Force total`) is the
// force's own only when every row above it is the force's or a part of
// it. Over a row that is another force's, a wider area's, a region's or
// shared (`Kent │ 43`, `Essex Police │ 30`, `Total │ 73`) the total is
// not loaded and a warning at its heading names it; the force's own row
// beside it (`Kent`) still loads. Over parts only (`Medway`, `Swale`) the
// total loads. The heading of the rows' column and numbers or text for
// figures vary with the case.
func ownTotalRowLaw(t *testing.T) {
	headers := []string{"Area", "District", "Figures for"}
	outside := []string{"National", "National total", "All forces", "Regional total", "South East", "England and Wales", "Essex Police", "Essex", "Combined"}
	parts := [][]string{{"Medway", "Swale"}, {"Medway district", "North Kent"}, {"Thanet", "Swale"}}
	totals := []string{"Total", "Force total", "Totals", "Kent total"}
	type tc struct {
		above  []string
		total  string
		refuse bool
		own    int // the row of the force's own figures above the total (43 │ 12), 0 for none
		n      int // the case's number: its column heading and kind of figures
	}
	var cases []tc
	for _, o := range outside {
		for _, total := range totals {
			cases = append(cases,
				tc{[]string{"Kent", o}, total, true, 4, 0},
				tc{[]string{o, "Kent Police"}, total, true, 5, 0},
				tc{[]string{"Medway", "Swale", o}, total, true, 0, 0})
		}
	}
	for _, p := range parts {
		for _, total := range totals {
			for range headers {
				cases = append(cases, tc{p, total, false, 0, 0})
			}
		}
	}
	figures := func(row string) [2]int {
		switch {
		case row == "Kent" || row == "Kent Police":
			return [2]int{43, 12}
		case slices.Contains(outside, row):
			return [2]int{30, 10}
		}
		return [2]int{7 + len(row), 3}
	}
	totalOf := func(c tc) [2]int {
		var s [2]int
		for _, r := range c.above {
			f := figures(r)
			s[0], s[1] = s[0]+f[0], s[1]+f[1]
		}
		return s
	}
	cell := func(i, v int) any {
		if i%2 == 1 {
			return fmt.Sprint(v)
		}
		return v
	}
	for i := range cases {
		cases[i].n = i
	}
	law[tc]{
		what:  "a transposed table's total row",
		cases: cases,
		name: func(c tc) string {
			return fmt.Sprintf("%s │ Arrests │ Warrants over %s, then %s (figures as text: %v)", headers[c.n%len(headers)], strings.Join(c.above, ", "), c.total, c.n%2 == 1)
		},
		sheet: func(c tc, b *lawBook) {
			i := c.n
			rows := [][]any{{kentTitle}, nil, {headers[i%len(headers)], "Arrests", "Warrants"}}
			for _, r := range c.above {
				f := figures(r)
				rows = append(rows, []any{r, cell(i, f[0]), cell(i, f[1])})
			}
			s := totalOf(c)
			rows = append(rows, []any{c.total, cell(i, s[0]), cell(i, s[1])}, nil, phonesRow)
			b.Rows("A1", rows...)
		},
		holds: func(c tc, p probe, v *verdict) {
			v.want(p.phonesLoaded(), "the phones below it are not loaded")
			row := 4 + len(c.above)
			a, w := p.value("arrests"), p.value("warrants")
			if !c.refuse {
				s := totalOf(c)
				v.want(a != nil && a.Cell == fmt.Sprintf("B%d", row) && *a.Value == float64(s[0]) && w != nil && w.Cell == fmt.Sprintf("C%d", row) && *w.Value == float64(s[1]),
					"want the total's arrests %d and warrants %d loaded from row %d; got arrests %s", s[0], s[1], row, lineOf(a))
				return
			}
			for _, ref := range []string{fmt.Sprintf("B%d", row), fmt.Sprintf("C%d", row)} {
				if at := p.factsAt(ref); len(at) > 0 {
					v.wrong("loaded the total %s", lineOf(&at[0]))
				}
			}
			if !p.messageNames(fmt.Sprintf("A%d", row), c.total) {
				v.wrong("the total refused with no message at A%d naming %q", row, c.total)
			}
			if c.own > 0 {
				v.want(a != nil && a.Cell == fmt.Sprintf("B%d", c.own) && *a.Value == 43 && w != nil && w.Cell == fmt.Sprintf("C%d", c.own) && *w.Value == 12,
					"want the force's own arrests 43 and warrants 12 loaded from row %d; got arrests %s", c.own, lineOf(a))
			} else if a != nil || w != nil {
				v.wrong("loaded arrests %s, warrants %s", lineOf(a), lineOf(w))
			}
		},
	}.run(t)
}
