package pipeline_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/fixtures"
)

// earlierReturn is a small real workbook for the May 2021 operation.
func earlierReturn(t *testing.T, forceName string, arrests int) []byte {
	t.Helper()
	b, err := fixtures.BuildCorpus(fixtures.CorpusReturn{Name: forceName, Build: func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1",
			[]any{"Force", forceName},
			[]any{"Week commencing", "17/05/2021"},
			[]any{"Arrests", arrests},
		)
	}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDemoPassRollups backs the goldens of the rollups rollups6 changed
// with expectations computed here from the samples' intended figures: the
// 44 sample returns for October 2021, plus May 2021 returns from Hampshire
// and Kent only. The change in arrests compares those two forces alone;
// the all-forces totals beside it are every sample's sum (October) and the
// two May returns. The league flags exactly the samples' estimates.
func TestDemoPassRollups(t *testing.T) {
	e := newEnv(t)
	e.dropSamples()
	e.drop("hampshire may.xlsx", earlierReturn(t, "Hampshire Constabulary", 40), epoch)
	e.drop("kent may.xlsx", earlierReturn(t, "Kent Police", 30), epoch)
	if res := e.pass(); res.Run.Loaded != 46 || res.Run.Rejected != 0 {
		t.Fatalf("run: %+v", res.Run)
	}
	want := expectedNational(t, e.cat)
	samples, err := fixtures.Samples(e.cat)
	if err != nil {
		t.Fatal(err)
	}
	octArrests := map[string]float64{}
	hedged := map[string]bool{} // force|metric of a sample figure typed as an estimate
	for _, s := range samples {
		for _, f := range s.Expect {
			if f.Metric == "arrests" {
				octArrests[s.Force] = *f.Value
			}
			if f.Qualifier != etl.Exact && f.Qualifier != etl.Unquantified {
				hedged[s.Force+"|"+f.Metric] = true
			}
		}
	}

	// Every national figure of October: the all-forces total and its
	// forces as the samples add up; nothing compared but arrests.
	got := e.query(`select metric_code, item_code, unit, previous_operation, forces_compared, compared_value,
			compared_previous_value, change, forces_reporting, previous_forces_reporting, all_forces_value, all_forces_previous_value
		from national_change where operation_code = '2021-10'`)
	if len(got.Rows) != len(want) {
		t.Errorf("national_change has %d rows for October, the samples give %d figures", len(got.Rows), len(want))
	}
	for _, r := range got.Rows {
		k := str(r[0]) + "|" + str(r[1]) + "|" + str(r[2])
		w, ok := want[k]
		if !ok {
			t.Errorf("unexpected national_change row %s", k)
			continue
		}
		var all float64
		if r[10] != nil {
			all = num(r[10])
		}
		if math.Abs(all-w[0]) > 1e-6 || num(r[8]) != w[1] {
			t.Errorf("%s: all forces %v from %v forces, want %v from %v", k, all, r[8], w[0], w[1])
		}
		if k == "arrests||people" {
			cur := octArrests["hampshire"] + octArrests["kent"]
			wantRow := fmt.Sprintf("2021-05|2|%v|70|%v|44|2|%v|70", cur, cur-70, w[0])
			if g := fmt.Sprintf("%v|%v|%v|%v|%v|%v|%v|%v|%v", r[3], r[4], num(r[5]), num(r[6]), num(r[7]), r[8], r[9], num(r[10]), num(r[11])); g != wantRow {
				t.Errorf("arrests change:\n got %s\nwant %s", g, wantRow)
			}
			continue
		}
		if r[3] != nil || num(r[4]) != 0 || r[5] != nil || r[7] != nil || r[11] != nil {
			t.Errorf("%s: compared with an operation no force reported it for: %v", k, r)
		}
	}

	// ERSOU holds Kent (and four other forces); its arrests compare Kent alone.
	reg := e.query(`select forces_compared, compared_value, compared_previous_value, all_forces_previous_value
		from regional_change where operation_code = '2021-10' and metric_code = 'arrests' and rocu = 'ERSOU'`)
	if g, w := fmt.Sprintf("%v|%v|%v|%v", reg.Rows[0][0], num(reg.Rows[0][1]), num(reg.Rows[0][2]), num(reg.Rows[0][3])),
		fmt.Sprintf("1|%v|30|30", octArrests["kent"]); g != w {
		t.Errorf("ERSOU arrests change: got %s, want %s", g, w)
	}

	// The league flags the samples' estimates and nothing else; the
	// samples list items only, so every all-items figure is the items'
	// sum, items_value beside it, and none leaves a part out.
	league := e.query(`select force_code, metric_code, hedged, unquantified from force_league where operation_code = '2021-10'`)
	flagged := 0
	for _, r := range league.Rows {
		k := str(r[0]) + "|" + str(r[1])
		if (num(r[2]) == 1) != hedged[k] || num(r[3]) != 0 {
			t.Errorf("force_league %s: hedged %v unquantified %v, the sample typed it hedged=%v", k, r[2], r[3], hedged[k])
		}
		if hedged[k] {
			flagged++
		}
	}
	if flagged == 0 {
		t.Error("no sample estimate reached the league: the check above proves nothing")
	}
	odd := e.query(`select force_code, metric_code, unit, value, items_value, derived from force_figures
		where item_code is null and metric_code in (select metric_code from metrics where item_kind is not null)
			and (not derived or value is distinct from items_value)`)
	if len(odd.Rows) > 0 {
		t.Errorf("all-items figures not the sum of the samples' items: %v", odd.Rows)
	}
}
