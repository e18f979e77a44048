package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// A count beside "Phones" or "Telephones" is never passed over as contact
// details (probe7 S2): whatever section it stands in, it is a fact or a
// message that names its cell at warning level or above. A telephone
// number beside the same labels stays contact details.
func TestPhonesCountIsNoContactNumber(t *testing.T) {
	t.Parallel()
	for _, section := range []string{"Seizures", "Arrests", "Enforcement"} {
		for _, label := range []string{"Phones", "Phone", "Telephones", "phones"} {
			for _, v := range []float64{1, 63, 999999} {
				name := fmt.Sprintf("%s_%s_%v", section, label, v)
				t.Run(name, func(t *testing.T) {
					p := extractBook(t, "phones.xlsx", extract.Options{}, func(b *fixtures.Book) {
						kentWeek(b).Rows("A4",
							[]any{section},
							[]any{label, v},
							[]any{"Cash seized", 5000},
						)
					})
					if !accountedAbove(p.r, "Return", "B5", "A5") {
						t.Errorf("B5 %v beside %q: neither a fact nor a warning\n%s", v, label, p.dump())
					}
				})
			}
		}
	}
	for _, number := range []any{1234567890, "01234 567890", "+44 1234 567890"} {
		p := extractBook(t, "contact.xlsx", extract.Options{}, func(b *fixtures.Book) {
			kentWeek(b).Rows("A4",
				[]any{"Arrests", 43},
				[]any{"Telephone", number},
			)
		})
		p.facts("Return!B4 arrests - people 43")
		if accountedAbove(p.r, "Return", "B5", "A5") {
			t.Errorf("the telephone number %v was read as a figure\n%s", number, p.dump())
		}
	}
}

// accountedAbove says the cell gave a fact, or a warning or an error is
// about it, about its label, or names it.
func accountedAbove(r *etl.Return, sheet, cell, label string) bool {
	for _, f := range r.Facts {
		if f.Sheet == sheet && f.Cell == cell {
			return true
		}
	}
	for _, m := range r.Messages {
		if m.Severity == etl.SevInfo {
			continue
		}
		if w := m.Where(); w == sheet+"!"+cell || w == sheet+"!"+label || strings.Contains(m.Text, cell+" ") {
			return true
		}
	}
	return false
}
