package extract

import (
	"errors"
	"testing"

	"github.com/countylines/countylines/etl"
)

func TestParseText(t *testing.T) {
	t.Parallel()
	type want struct {
		num  float64 // ignored when null
		null bool
		unit etl.Unit
		q    etl.Qualifier
		nr   bool // not reported
	}
	tests := []struct {
		in   string
		want want
	}{
		{"43", want{num: 43, q: etl.Exact}},
		{"£50,272", want{num: 50272, unit: etl.UnitGBP, q: etl.Exact}},
		{"50k", want{num: 50000, q: etl.Exact}},
		{"£1.2m", want{num: 1200000, unit: etl.UnitGBP, q: etl.Exact}},
		{"2.5kg", want{num: 2500, unit: etl.UnitGrams, q: etl.Exact}},
		{"56g", want{num: 56, unit: etl.UnitGrams, q: etl.Exact}},
		{"2 oz", want{num: 56.699046, unit: etl.UnitGrams, q: etl.Exact}},
		{"7 x", want{num: 7, q: etl.Exact}},
		{"20+", want{num: 20, q: etl.AtLeast}},
		{"more than £33,000", want{num: 33000, unit: etl.UnitGBP, q: etl.MoreThan}},
		{"around £11,500", want{num: 11500, unit: etl.UnitGBP, q: etl.Approximately}},
		{"£4,500 (approx)", want{num: 4500, unit: etl.UnitGBP, q: etl.Approximately}},
		{"just under 1600", want{num: 1600, q: etl.LessThan}},
		{"up to 30", want{num: 30, q: etl.UpTo}},
		{"at least 12", want{num: 12, q: etl.AtLeast}},
		{"Twenty-eight", want{num: 28, q: etl.Exact}},
		{"seven", want{num: 7, q: etl.Exact}},
		{"one hundred and five", want{num: 105, q: etl.Exact}},
		{"17 pills", want{num: 17, unit: etl.UnitTablets, q: etl.Exact}},
		{"12 plants", want{num: 12, unit: etl.UnitPlants, q: etl.Exact}},
		{"269 wraps", want{num: 269, unit: etl.UnitWraps, q: etl.Exact}},
		{"€451,000", want{num: 451000, unit: etl.UnitEUR, q: etl.Exact}},
		{"nil", want{num: 0, q: etl.Exact}},
		{"None", want{num: 0, q: etl.Exact}},
		{"-", want{nr: true}},
		{"-3", want{num: -3, q: etl.Exact}},
		{"-2.5kg", want{num: -2500, unit: etl.UnitGrams, q: etl.Exact}},
		{"n/a", want{nr: true}},
		{"N/K", want{nr: true}},
		{"", want{nr: true}},
		{"  ", want{nr: true}},
		{"TBC", want{null: true, q: etl.Unquantified}},
		{"Yes", want{null: true, q: etl.Unquantified}},
		{"Significant amount", want{null: true, q: etl.Unquantified}},
		{"Not yet valued", want{null: true, q: etl.Unquantified}},
		{"various", want{null: true, q: etl.Unquantified}},
		{"not known", want{nr: true}},
		{"300mg", want{num: 0.3, unit: etl.UnitGrams, q: etl.Exact}},
		{"c. 30", want{num: 30, q: etl.Approximately}},
		{"est. 12", want{num: 12, q: etl.Approximately}},
		{"max 4", want{num: 4, q: etl.UpTo}},
		{"over 5", want{num: 5, q: etl.MoreThan}},
		{"in excess of 40", want{num: 40, q: etl.MoreThan}},
		{"less than 5", want{num: 5, q: etl.LessThan}},
		{"zero", want{num: 0, q: etl.Exact}},
		{"43 (7 under 18)", want{num: 43, q: etl.Exact}},
		{"£1,200 (cash and card)", want{num: 1200, unit: etl.UnitGBP, q: etl.Exact}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, err := ParseText(tt.in)
			if err != nil {
				t.Fatalf("ParseText(%q): %v", tt.in, err)
			}
			if v.NotReported != tt.want.nr {
				t.Fatalf("not reported = %v, want %v", v.NotReported, tt.want.nr)
			}
			if tt.want.nr {
				return
			}
			if tt.want.null != (v.Num == nil) {
				t.Fatalf("value %v, want null=%v", v.Num, tt.want.null)
			}
			if v.Num != nil && *v.Num != tt.want.num {
				t.Errorf("value %v, want %v", *v.Num, tt.want.num)
			}
			if v.Unit != tt.want.unit || v.Qualifier != tt.want.q {
				t.Errorf("unit %q qualifier %q, want %q %q", v.Unit, v.Qualifier, tt.want.unit, tt.want.q)
			}
		})
	}
}

func TestParseTextRefuses(t *testing.T) {
	t.Parallel()
	// Never a guess: text that is not a figure is an error for the caller
	// to report by cell.
	for _, in := range []string{"see notes", "12 arrests and 3 charged", "$500", "£12 kg", "abc", "1.2.3", "#DIV/0!"} {
		if v, err := ParseText(in); !errors.Is(err, ErrUnreadable) {
			t.Errorf("ParseText(%q) = %+v, %v; want ErrUnreadable", in, v, err)
		}
	}
}
