package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/fixtures"
)

// closing15: a return that stars every mandatory field ("Arrests*",
// "Cash seized*", with "* Mandatory field" on a Guidance sheet, or no
// note at all) got one footnote warning per starred figure. Now the
// figures of one sheet that load carrying one mark with the same note (or
// none) get one warning, at the first, that names every one of their
// cells: every mark is still accounted for, and the figures load as
// before. 1 to 5 marked figures (on the label or the figure), one or two
// marks on the sheet, 4 marks, the note on a Guidance sheet, on the
// return's sheet, or nowhere. Counter-example: a note saying another
// period ("Year to date figures") still refuses each figure with a
// message of its own at its cell.
func TestFootnoteWarningPerSheetLaw(t *testing.T) {
	rows := []struct {
		label, value string
		want         float64
	}{{"Arrests", "43", 43}, {"Cash seized", "£5,000", 5000}, {"Safeguarding referrals", "12", 12}, {"Deal lines closed", "3", 3}, {"Stop searches", "7", 7}}
	marked := func(s, mark string) string {
		if mark == "¹" {
			return s + mark
		}
		return s + " " + mark
	}
	type tcase struct {
		marks  []string // each row's mark, "" for none; rows from B3 down
		note   string   // "", "Guidance", "own"
		words  string   // the note's words
		refuse bool
	}
	var cases []tcase
	k := 0
	for _, mark := range []string{"*", "†", "¹", "(a)"} {
		for _, n := range []int{1, 2, 3, 5} {
			for _, note := range []string{"", "Guidance", "own"} {
				for _, two := range []bool{false, true} {
					if two && n < 3 {
						continue
					}
					c := tcase{marks: make([]string, len(rows)), note: note, words: "Mandatory field"}
					for i := 0; i < n; i++ {
						c.marks[i] = mark
						if two && i%2 == 1 {
							c.marks[i] = "**"
						}
					}
					if k++; note != "" && k%3 == 0 {
						c.words, c.refuse = "Year to date figures", true
					}
					cases = append(cases, c)
				}
			}
		}
	}
	onLabel := func(i, r int) bool { return (i+r)%2 == 0 }
	ps := booksLaw(t, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		sh := b.Sheet("Return").Rows("A1", []any{kentTitle}, nil)
		var notes []string
		for r, row := range rows {
			label, value := row.label, row.value
			if m := c.marks[r]; m != "" {
				if onLabel(i, r) {
					label = marked(label, m)
				} else {
					value = marked(value, m)
				}
				if !slices.Contains(notes, m) {
					notes = append(notes, m)
				}
			}
			sh.Rows(fmt.Sprintf("A%d", 3+r), []any{label, value})
		}
		for j, m := range notes {
			switch c.note {
			case "own":
				b.Sheet("Return").Rows(fmt.Sprintf("A%d", 12+j), []any{m + " " + c.words})
			case "Guidance":
				b.Sheet("Guidance").Rows(fmt.Sprintf("A%d", 1+j), []any{m + " " + c.words})
			}
		}
	})
	failed := 0
	for i, p := range ps {
		c := cases[i]
		var bad []string
		groups := map[string][]string{} // mark: the cells carrying it
		for r, row := range rows {
			cell := fmt.Sprintf("B%d", 3+r)
			at := p.factsAt(cell)
			m := c.marks[r]
			if m != "" {
				groups[m] = append(groups[m], cell)
			}
			switch {
			case m != "" && c.refuse:
				if len(at) > 0 {
					bad = append(bad, cell+" loaded; want it refused")
				}
				if msg := p.message("unreadable_value", "Return!"+cell); msg == nil {
					bad = append(bad, "no unreadable_value message at "+cell)
				}
			case len(at) != 1 || *at[0].Value != row.want:
				bad = append(bad, fmt.Sprintf("want %v loaded from %s", row.want, cell))
			}
		}
		var warns []etl.Message
		for _, m := range p.r.Messages {
			if m.Code == "footnote" && m.Sheet == "Return" {
				warns = append(warns, m)
			}
		}
		want := len(groups)
		if c.refuse {
			want = 0
		}
		if len(warns) != want {
			bad = append(bad, fmt.Sprintf("%d footnote warnings on the sheet, want %d (one a mark)", len(warns), want))
		}
		if !c.refuse {
			for m, cells := range groups {
				named := false
				for _, w := range warns {
					if w.Cell != cells[0] || !strings.Contains(w.Text, fmt.Sprintf("%q", m)) {
						continue
					}
					named = true
					for _, cell := range cells {
						if !strings.Contains(w.Text, cell) {
							bad = append(bad, fmt.Sprintf("the warning of %q does not name %s", m, cell))
						}
					}
					if c.note == "Guidance" && !strings.Contains(w.Text, "Guidance!A") || c.note == "own" && !strings.Contains(w.Text, "of the note at A1") {
						bad = append(bad, fmt.Sprintf("the warning of %q does not name its note", m))
					}
				}
				if !named {
					bad = append(bad, fmt.Sprintf("no warning at %s names the mark %q", cells[0], m))
				}
			}
		}
		if len(bad) > 0 {
			if failed++; failed <= 10 {
				t.Errorf("marks %q, note %q %q: %s\n%s", c.marks, c.note, c.words, strings.Join(bad, "; "), p.dump())
			}
		}
	}
	t.Logf("%d of %d workbooks read wrong", failed, len(cases))
}

// A sentence on a sheet of notes that ends with the mark ("Fill in every
// field marked *") is no figure or label of that sheet carrying it: the
// sheet's notes are still read for the return's marked figures, so a
// provisional or year-to-date note there refuses the figure (it loaded,
// with only a "no note" warning, when such a sentence made the sheet one
// "whose own figures carry the mark"). Counter-example: a sheet whose own
// figure ("Arrests │ 400 *") or label ("Arrests * │ 400") carries the
// mark keeps its note to them (review13 L3): the return's figure loads
// with the no-note warning.
func TestInstructionEndingWithMarkKeepsNotesLaw(t *testing.T) {
	instructions := []string{"Fill in every field marked", "Mandatory fields are marked", "Please complete all boxes marked", "Section 2: fields marked", "See the note marked"}
	notes := []struct {
		words string
		load  bool
	}{{"Provisional - not yet validated", false}, {"Year to date figures since 1 April", false}, {"Mandatory field", true}}
	marked := func(s, mark string) string {
		if mark == "¹" {
			return s + mark
		}
		return s + " " + mark
	}
	type tcase struct {
		mark, sheet, instruction, note string
		own                            []any // the sheet's own marked row, for the counter-examples
		onLabel, load                  bool
	}
	var cases []tcase
	k := 0
	for _, mark := range []string{"*", "†", "¹", "(a)"} {
		for _, ins := range instructions {
			for _, n := range notes {
				k++
				cases = append(cases, tcase{mark: mark, sheet: notesSheets[k%len(notesSheets)], instruction: marked(ins, mark), note: mark + " " + n.words, onLabel: k%2 == 0, load: n.load})
			}
		}
		for _, own := range [][]any{{"Arrests", marked("400", mark)}, {marked("Arrests", mark), "400"}} {
			k++
			cases = append(cases, tcase{mark: mark, sheet: notesSheets[k%len(notesSheets)], instruction: marked(instructions[k%len(instructions)], mark), note: mark + " Provisional - not yet validated", own: own, onLabel: k%2 == 0, load: true})
		}
	}
	ps := booksLaw(t, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		label, value := "Arrests", "43"
		if c.onLabel {
			label = marked(label, c.mark)
		} else {
			value = marked(value, c.mark)
		}
		b.Sheet("Return").Rows("A1", []any{kentTitle}, nil, []any{label, value}, []any{"Mobile phones seized", "1,149"})
		b.Sheet(c.sheet).Rows("A1", []any{"Guidance"}, []any{c.instruction}, []any{c.note})
		if c.own != nil {
			b.Sheet(c.sheet).Rows("A5", c.own)
		}
	})
	failed := 0
	for i, p := range ps {
		c := cases[i]
		bad, said := p.markedB3(c.load, 43)
		all := strings.Join(said, " | ")
		switch {
		case c.own == nil && !strings.Contains(all, c.sheet+"!A3"):
			bad = append(bad, "no message at B3 names the note at "+c.sheet+"!A3")
		case c.own != nil && !strings.Contains(all, "no note of its own"):
			bad = append(bad, "no message at B3 says the mark has no note of its own")
		}
		if ph := p.value("mobile_phones_seized"); ph == nil || *ph.Value != 1149 {
			bad = append(bad, "the phones below it are not loaded")
		}
		if len(bad) > 0 {
			if failed++; failed <= 10 {
				t.Errorf("%q on %q with %q, note %q, own %q: %s\n%s", c.mark, c.sheet, c.instruction, c.note, c.own, strings.Join(bad, "; "), p.dump())
			}
		}
	}
	t.Logf("%d of %d workbooks read wrong", failed, len(cases))
}
