package extract_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/fixtures"
)

// probe11 R11: a date the return gives of itself (when it was prepared,
// when it is due) above the figures headed the column under it as another
// week's, so every figure was dropped; alone, a deadline was taken for the
// week ("fall in no national operation we know"). Law: beside a label
// naming a document's event (prepared, deadline, due, updated, printed,
// sent, completed), a date in any form is the document's: never the week,
// never a heading; the figures load under the week the return gives
// elsewhere, and with no week given the return says the date is not the
// week.
func TestDocumentDatesLaw(t *testing.T) {
	t.Parallel()
	labels := []string{"Prepared on", "Date prepared", "Deadline for submission", "Submission deadline", "Return due",
		"Due date", "Printed", "Last updated", "Sent on", "Completed on", "Date of preparation"}
	values := []any{fixtures.Date(time.Date(2022, 3, 14, 0, 0, 0, 0, time.UTC)), "14 March 2022", "Friday 22 October 2021", "14/03/2022"}
	type tc struct {
		label, value int
		week         string // "title", "below": Week commencing under the figures; "none"
	}
	var cases []tc
	for l := range labels {
		for v := range values {
			for _, w := range []string{"title", "below", "none"} {
				cases = append(cases, tc{l, v, w})
			}
		}
	}
	law[tc]{
		what:  "dates a return gives of itself",
		cases: cases,
		name:  func(c tc) string { return fmt.Sprintf("%q │ %v, week %s", labels[c.label], values[c.value], c.week) },
		sheet: func(c tc, b *lawBook) {
			title := "Kent Police county lines return"
			if c.week == "title" {
				title = kentTitle
			}
			b.Rows("A1", []any{title}, []any{labels[c.label], values[c.value]}, []any{"Arrests", 43}, []any{"Warrants executed", 25})
			if c.week == "below" {
				b.Rows("A6", []any{"Week commencing", fixtures.Date(time.Date(2021, 10, 11, 0, 0, 0, 0, time.UTC))})
			}
		},
		holds: func(c tc, p probe, v *verdict) {
			got := strings.Join(p.listed(func(f etl.Fact) string { return f.Metric }), ", ")
			if got != "arrests 43, warrants 25" {
				v.wrong("loaded %q, want arrests 43, warrants 25", got)
				return
			}
			if c.week != "none" {
				v.want(!p.r.Rejected() && p.r.Operation == "2021-10", "want 2021-10 loaded")
				return
			}
			for _, m := range p.r.Messages {
				if m.Code == "unknown_week" || p.r.Operation != "" {
					v.wrong("the document's date was taken for the week")
					break
				}
			}
		},
	}.run(t)
}
