package extract

import "testing"

func TestParseDateText(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, from, to string }{
		{"11-17 Oct 2021", "2021-10-11", "2021-10-17"},
		{"11th to 17th October 2021", "2021-10-11", "2021-10-17"},
		{"11/10/2021 - 17/10/2021", "2021-10-11", "2021-10-17"},
		{"11.10.21 to 17.10.21", "2021-10-11", "2021-10-17"},
		{"October 11 to 15, 2021", "2021-10-11", "2021-10-15"},
		{"Monday 27th February to Sunday 5th March 2023", "2023-02-27", "2023-03-05"},
		{"Week of 2024-11-25", "2024-11-25", "2024-11-25"},
		{"29 December - 4 January 2025", "2024-12-29", "2025-01-04"},
		{"County lines week 11 - 17 October 2021", "2021-10-11", "2021-10-17"},
	}
	for _, tt := range tests {
		from, to, ok := parseDateText(tt.in)
		if !ok || from.Format("2006-01-02") != tt.from || to.Format("2006-01-02") != tt.to {
			t.Errorf("parseDateText(%q) = %v %v %v, want %s to %s", tt.in, from.Format("2006-01-02"), to.Format("2006-01-02"), ok, tt.from, tt.to)
		}
	}
	for _, in := range []string{"Arrests", "43", "Version 2", "17/10/2021 - 11/10/2021", "31/02/2021", "October"} {
		if from, to, ok := parseDateText(in); ok {
			t.Errorf("parseDateText(%q) = %v %v, want no date", in, from, to)
		}
	}
}
