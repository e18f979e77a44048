package phrase_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// TestMonthSpanLaw: a stretch from one month to another opening the
// sentence ("Between July and September 2024, ...", "From July 2024 to
// March 2025, ...") makes every figure of the sentence that period's,
// months long, no week's (found29 F1: round 23's f2609 and f2614 read
// lines closed, arrests and referrals as the week's before), with no
// word before the months, or after "In", "During", "Over",
// "Throughout", "Across", and from one month on ("From July, ...":
// wrong29 3); each is in
// Scoped as another period's. Kept: a month with its day ("Between May
// 13 and 20": a date, judged as dates are), one month to itself, and a
// stretch of months after the figures ("Police closed 120 deal lines
// between November and March", found.csv f211).
func TestMonthSpanLaw(t *testing.T) {
	r := newReader(t)
	spans := []string{"Between July and September 2024", "Between July and September", "From July 2024 to March 2025",
		"From July to September", "Between October 2024 and March 2025", "From October to December 2024",
		"Between January and March", "From April until June 2023", "From July through September",
		// wrong29 3: with no "between" or "from" before the months
		"July to September 2024", "July-September 2024", "July 2024 to March 2025", "In July to September",
		"In July-September", "During July to September 2024", "Over July to September", "Throughout July and August",
		"In July and August", "Across July and August", "From July", "From July onwards"}
	clauses := []struct {
		text string
		fs   []string
	}{
		{"officers arrested 12 people", []string{"arrests"}},
		{"12 people were arrested and 4 lines were closed", []string{"arrests", "lines_closed"}},
		{"policing activity has resulted in over 400 deal lines being closed, 500 arrests (including the arrest and charge of over 260 deal line holders) and 800 safeguarding referrals", []string{"lines_closed", "arrests", "safeguarding_referrals"}},
		{"officers seized 3 knives and £5,000 in cash", []string{"cash_seized", "weapons_seized"}},
	}
	n, failed := 0, 0
	check := func(text string, metric string, fact, scoped bool) {
		n++
		rd := r.Read(text, phrase.Context{Force: "kent"})
		gotF, gotS := false, false
		for _, f := range rd.Facts {
			gotF = gotF || f.Metric == metric
		}
		for _, s := range rd.Scoped {
			gotS = gotS || s.Metric == metric && s.Kind == phrase.ScopePeriod
		}
		if gotF != fact || scoped && !gotS {
			failed++
			t.Errorf("%q: %s a fact %v (want %v), scoped as another period's %v (want %v)", text, metric, gotF, fact, gotS, scoped)
		}
	}
	for _, sp := range spans {
		for _, c := range clauses {
			for _, sep := range []string{", ", " ", ": "} {
				open := !strings.Contains(sp, " to ") && !strings.Contains(sp, " and ") && !strings.Contains(sp, "-")
				if sep == " " && c.text[0] <= '9' && open {
					continue // "From July 12 people were arrested": a date, otherDate's
				}
				s := sp + sep + c.text + "."
				for _, m := range c.fs {
					// "Between July and September 12 people were
					// arrested": the 12 may be September's day; no
					// fact of the week either way
					// ("From July: 12 people were arrested" is refused
					// with the month among the figure's words)
					check(s, m, false, (sep != " " || c.text[0] > '9') && !(open && sep == ": " && c.text[0] <= '9'))
				}
			}
		}
	}
	for _, s := range []string{"Police closed 120 deal lines between November and March.", "Officers arrested 12 people and closed 120 deal lines."} {
		check(s, "lines_closed", true, false)
	}
	check("Between July and July, officers arrested 12 people.", "arrests", true, false)
	t.Log(fmt.Sprintf("%d phrases, %d failed", n, failed))
}
