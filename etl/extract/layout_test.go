package extract_test

import (
	"strings"
	"testing"

	"github.com/countylines/countylines/etl/extract"
)

// TestLayoutMessages checks small layouts, laid out as tab-separated rows,
// for the messages they must (and must not) raise.
func TestLayoutMessages(t *testing.T) {
	t.Parallel()
	cat := mainCatalog(t)
	tests := []struct {
		name, grid string
		want, not  []string // message codes
	}{
		{"an inline From that is not a date is not a date label",
			"Force\tKent Police\nWeek commencing\t11/10/2021\nFrom: London\nArrests\t3",
			nil, []string{"no_operation_that_week"}},
		{"a figure only in a table column we do not read is reported",
			"Force\tKent Police\nWeek commencing\t11/10/2021\nDrug type\tWeight (g)\tPurity\nHeroin\t\t80",
			[]string{"unread_column"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extract.Extract(gridWorkbook(tt.grid), cat, extract.Options{FileName: "x.xlsx"})
			var codes []string
			for _, m := range r.Messages {
				codes = append(codes, m.Code)
			}
			got := " " + strings.Join(codes, " ") + " "
			for _, c := range tt.want {
				if !strings.Contains(got, " "+c+" ") {
					t.Errorf("no %s message; got %v", c, r.Messages)
				}
			}
			for _, c := range tt.not {
				if strings.Contains(got, " "+c+" ") {
					t.Errorf("unexpected %s message: %v", c, r.Messages)
				}
			}
		})
	}
}
