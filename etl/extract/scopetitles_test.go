package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// probe11 W10: a table's title alone in the labels' column below the
// force's figures, naming another force, a ROCU, a part of the force,
// another period or figures "not included", says the block under it is
// not the force's week: every figure under it is refused in one warning
// at the title, never loaded, never a conflict with the force's own. A
// title that is only a topic, or names the force or this week, heads the
// force's figures as ever.
func TestScopeTitlesLaw(t *testing.T) {
	t.Parallel()
	refused := []string{
		"BTP activity in Kent (not included above)", "BTP activity in Kent", "Metropolitan Police Service activity in Kent",
		"Activity by Essex officers in Kent", "Op Orochi (Met-led)", "Sussex Police support", "Medway district",
		"North Division", "Swale BCU", "SEROCU activity", "Regional Organised Crime Unit", "Partner activity (not included)",
		"Figures excluded from the totals", "Week before: 04/10/2021 - 10/10/2021", "Pre-week activity (4-10 Oct 2021)",
		"Activity since last intensification week", "Results from Op Expedite (running all month)", "Previous week",
		"Month to date",
	}
	kept := []string{"Drugs", "Enforcement", "Safeguarding", "Other activity", "Kent Police", "This week",
		"Kent Police activity 11-17 Oct 2021", "Additional results"}
	n, bad := scopeTitlesLaw(t, refused, kept)
	t.Logf("%d cases, %d wrong", n, bad)
}

// scopeTitlesLaw builds, for every title, returns with the force's two
// figures and a block of two more under the title, in eight layouts: a
// refused title's block must be left out with one warning at the title
// naming its 2 figures and no error; a kept title's block loads. It
// returns the number of cases and of wrong ones.
func scopeTitlesLaw(t *testing.T, refused, kept []string) (int, int) {
	t.Helper()
	type layout struct {
		title   string
		refuse  bool
		header  bool // "Measure │ Result" over the force's table
		blank   bool // a blank row above the title
		same    bool // the block repeats a metric of the force's (Arrests)
		subHead bool // "Measure │ Result" under the title too
	}
	var cases []layout
	for _, list := range []struct {
		titles []string
		refuse bool
	}{{refused, true}, {kept, false}} {
		for _, title := range list.titles {
			for _, header := range []bool{false, true} {
				for _, blank := range []bool{false, true} {
					for _, same := range []bool{false, true} {
						for _, sub := range []bool{false, true} {
							if same && !list.refuse {
								continue // a topic repeating arrests is a conflict, as ever
							}
							cases = append(cases, layout{title, list.refuse, header, blank, same, sub})
						}
					}
				}
			}
		}
	}
	ps := sheetBook(t, extract.Options{}, len(cases), func(i int, b *fixtures.Book) {
		c := cases[i]
		b.Rows("A1", []any{kentTitle})
		row := 3
		if c.header {
			b.Rows("A2", []any{"Measure", "Result"})
		}
		b.Rows(fmt.Sprintf("A%d", row), []any{"Arrests", 43}, []any{"Warrants executed", 25})
		row += 2
		if c.blank {
			row++
		}
		b.Rows(fmt.Sprintf("A%d", row), []any{c.title})
		row++
		if c.subHead {
			b.Rows(fmt.Sprintf("A%d", row), []any{"Measure", "Result"})
			row++
		}
		first := []any{"Stop searches", 20}
		if c.same {
			first = []any{"Arrests", 6}
		}
		b.Rows(fmt.Sprintf("A%d", row), first, []any{"Cash seized", "£3,000"})
	})
	bad := 0
	for i, p := range ps {
		c := cases[i]
		name := fmt.Sprintf("%+v", c)
		got := strings.Join(p.listed(func(f etl.Fact) string { return f.Metric }), ", ")
		want := "arrests 43, warrants 25"
		if !c.refuse {
			want = "arrests 43, warrants 25, stop_searches 20, cash_seized 3000"
		}
		if got != want {
			bad++
			t.Errorf("%s: loaded %q, want %q\n%s", name, got, want, p.dump())
			continue
		}
		if !c.refuse {
			continue
		}
		var note *etl.Message
		for k, m := range p.r.Messages {
			if m.Severity == etl.SevError {
				t.Errorf("%s: %s", name, m)
			}
			if (m.Code == "not_the_force_week" || m.Code == "comparison_column") && strings.Contains(m.Text, c.title) {
				note = &p.r.Messages[k]
			}
		}
		if note == nil || len(note.Cells) != 2 || !strings.Contains(note.Text, "not loaded") {
			bad++
			t.Errorf("%s: want one warning at the title naming the block's 2 figures\n%s", name, p.dump())
		}
	}
	return len(cases), bad
}
