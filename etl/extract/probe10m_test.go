package extract_test

import (
	"fmt"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/extract"
	"github.com/countylines/countylines/fixtures"
)

// M and O: a sheet for part of a force, or for another span than the
// week, gives no figure of the force's week. Law: for every such title
// block, a return made only of such sheets is rejected with an error
// saying what they cover and loads nothing; beside a sheet for the whole
// force's week, only that sheet's figures load, and a warning names the
// other sheet and its figures (never "counted once", never summed). Title
// blocks that say nothing of the kind load as before (the control).
func TestProbe10MPartOfForceOrSpanLaw(t *testing.T) {
	t.Parallel()
	parts := [][][]any{
		{{"Kent Police - County lines IW 11-17 Oct 2021 (Medway district only)"}},
		{{"Kent Police - County lines IW 11-17 Oct 2021 - North Division"}},
		{{"Kent Police - County lines IW 11-17 Oct 2021 - Medway BCU"}},
		{{kentTitle}, {"District: Medway"}},
		{{kentTitle}, {"District", "Thanet"}},
		{{kentTitle}, {"Division", "North"}},
	}
	wholes := [][][]any{
		{{kentTitle}},
		{{"Kent Police - County lines IW 11-17 Oct 2021"}, {"District: All"}},
		{{"Force", "Kent Police"}, {"Week commencing", "11/10/2021"}},
	}
	for _, alone := range []bool{true, false} {
		for k, part := range parts {
			p := book(t, "m.xlsx", extract.Options{}, func(b *fixtures.Book) {
				if !alone {
					b.Sheet("Force").Rows("A1", append(append([][]any{}, wholes[k%len(wholes)]...), nil, []any{"Arrests", 43}, []any{"Warrants executed", 25})...)
				}
				b.Sheet("Part").Rows("A1", append(append([][]any{}, part...), nil, []any{"Arrests", 43}, []any{"Cash seized", 2000})...)
			})
			name := fmt.Sprintf("%v (alone %v)", part, alone)
			for _, f := range p.r.Facts {
				if f.Sheet == "Part" {
					t.Errorf("%s: loaded %s\n%s", name, factLine(f), p.dump())
				}
			}
			if alone {
				p.rejected().says(etl.SevError, "not_the_force_week", "", "Part!")
				continue
			}
			p.loaded("kent", "2021-10").facts("Force!B"+fmt.Sprint(len(wholes[k%len(wholes)])+2)+" arrests - people 43", "Force!B"+fmt.Sprint(len(wholes[k%len(wholes)])+3)+" warrants - count 25").
				says(etl.SevWarning, "not_the_force_week", "Part", "not read").silent("repeated_figure")
		}
	}
	for _, whole := range wholes {
		p := book(t, "w.xlsx", extract.Options{}, func(b *fixtures.Book) {
			b.Sheet("Return").Rows("A1", append(append([][]any{}, whole...), nil, []any{"Arrests", 43})...)
		})
		p.loaded("kent", "2021-10").silent("not_the_force_week")
	}
}
