package pipeline_test

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/fixtures"
	"github.com/countylines/countylines/queries"
)

// smallReturn is a small real workbook: the force, the week, the figures.
func smallReturn(t *testing.T, forceName, weekCommencing string, figures ...[]any) []byte {
	t.Helper()
	b, err := fixtures.BuildCorpus(fixtures.CorpusReturn{Name: forceName, Build: func(b *fixtures.Book) {
		b.Sheet("Return").Rows("A1", append([][]any{{"Force", forceName}, {"Week commencing", weekCommencing}}, figures...)...)
	}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// earlierReturn is a small real workbook for the May 2021 operation.
func earlierReturn(t *testing.T, forceName string, arrests int) []byte {
	return smallReturn(t, forceName, "17/05/2021", []any{"Arrests", arrests})
}

// TestDemoPassRollups backs the goldens of the rollups rollups6 changed
// with expectations computed here from the samples' intended figures: the
// 44 sample returns for October 2021, plus May 2021 returns from Hampshire
// and Kent only. The change in arrests compares those two forces alone;
// the all-forces totals beside it are every sample's sum (October) and the
// two May returns. The league flags exactly the samples' estimates.
func TestDemoPassRollups(t *testing.T) {
	t.Parallel()
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

	// implausible_figures, computed here from the samples' intended
	// figures (items and their all-items sums) and the forces' populations:
	// a figure per 100,000 people more than 10× the highest of at least two
	// other forces, or under a tenth of the lowest. The two May returns
	// give Hampshire and Kent a history of one operation for arrests.
	type key struct{ metric, item, unit string }
	figures := map[key]map[string]float64{}
	put := func(k key, force string, v float64) {
		if figures[k] == nil {
			figures[k] = map[string]float64{}
		}
		figures[k][force] += v
	}
	for _, s := range samples {
		for _, f := range s.Expect {
			if f.Value == nil {
				continue
			}
			put(key{f.Metric, f.Item, string(f.Unit)}, s.Force, *f.Value)
			if f.Item != "" {
				put(key{f.Metric, "", string(f.Unit)}, s.Force, *f.Value)
			}
		}
	}
	rate := func(force string, v float64) (float64, bool) {
		f, _ := e.cat.Force(force)
		return v * 100000 / float64(f.Population), f.Population > 0
	}
	var wantFlags []string
	for k, byForce := range figures {
		for force, v := range byForce {
			r, ok := rate(force, v)
			if !ok || v <= 0 {
				continue
			}
			lo, hi, peers := math.Inf(1), math.Inf(-1), 0
			for other, ov := range byForce {
				if or, ok := rate(other, ov); ok && other != force {
					lo, hi, peers = math.Min(lo, or), math.Max(hi, or), peers+1
				}
			}
			if peers >= 2 && hi > 0 && (r > 10*hi || r*10 < lo) {
				wantFlags = append(wantFlags, fmt.Sprintf("%s|%s|%s|%s|peers", force, k.metric, k.item, k.unit))
			}
		}
	}
	for force, may := range map[string]float64{"hampshire": 40, "kent": 30} {
		if oct := octArrests[force]; oct > 10*may || oct*10 < may {
			wantFlags = append(wantFlags, force+"|arrests||people|history")
		}
	}
	sort.Strings(wantFlags)
	var gotFlags []string
	for _, r := range e.query(`select force_code, metric_code, coalesce(item_code, ''), unit, test from implausible_figures
		where operation_code = '2021-10' order by all`).Rows {
		gotFlags = append(gotFlags, fmt.Sprintf("%v|%v|%v|%v|%v", r...))
	}
	if strings.Join(gotFlags, "\n") != strings.Join(wantFlags, "\n") {
		t.Errorf("implausible_figures:\n got %s\nwant %s", strings.Join(gotFlags, "\n     "), strings.Join(wantFlags, "\n     "))
	}
}

// TestPlausibilityWarnings: an implausible figure reaches the messages of
// the return that carries it, once, found by the pass that loaded it (with
// the peers loaded in the same pass), and never stops the load or changes
// the figure. The factor is a setting: changing it rebuilds the rollups.
func TestPlausibilityWarnings(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	pass := func(factor float64) pipeline.Result {
		t.Helper()
		e.runs++
		res, err := pipeline.Run(context.Background(),
			pipeline.Config{Home: e.home.Root, Settle: 0, Limits: defaultLimits(), PlausibilityFactor: factor},
			pipeline.Deps{Catalog: e.cat, CatalogSum: "test", Queries: queries.FS, Log: zerolog.Nop(),
				Now: func() time.Time { return e.now }, RunID: fmt.Sprintf("run-%d", e.runs)})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	for i, week := range []string{"07/10/2019", "14/09/2020", "17/05/2021"} {
		e.drop(fmt.Sprintf("kent %d.xlsx", i), smallReturn(t, "Kent Police", week, []any{"Arrests", []int{40, 50, 44}[i]}), epoch)
	}
	pass(0)
	e.drop("kent oct.xlsx", smallReturn(t, "Kent Police", "11/10/2021", []any{"Arrests", 4500}), epoch)
	e.drop("essex oct.xlsx", smallReturn(t, "Essex Police", "11/10/2021", []any{"Arrests", 40}), epoch)
	e.drop("surrey oct.xlsx", smallReturn(t, "Surrey Police", "11/10/2021", []any{"Arrests", 30}), epoch)
	if res := pass(0); res.Run.Loaded != 3 || res.Run.Rejected != 0 {
		t.Fatalf("run: %+v", res.Run)
	}
	// Kent 4,500 against its median of 44 (102.3×), and at 243.7 per
	// 100,000 against Essex's 2.2 and Surrey's 2.5 (97×).
	want := []string{
		"run-2|kent oct.xlsx|warning|implausible_history|Return|B3|Arrests: 4,500 is more than 10× above its median of 44 over 3 previous operations (2019-10 to 2021-05); please check the figure",
		"run-2|kent oct.xlsx|warning|implausible_peers|Return|B3|Arrests: 4,500 (243.7 per 100,000 people) is more than 10× above the highest of 2 other forces (2.5 per 100,000 people, Surrey Police); please check the figure",
	}
	messages := func() []string {
		var out []string
		for _, r := range e.query(`select m.run_id, m.file_name, m.severity, m.code, m.sheet, m.cell, m.text
			from messages as m inner join returns as r on r.return_id = m.return_id
			where m.code like 'implausible%' order by all`).Rows {
			out = append(out, fmt.Sprintf("%v|%v|%v|%v|%v|%v|%v", r...))
		}
		return out
	}
	if g := messages(); strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Errorf("messages:\n got %s\nwant %s", strings.Join(g, "\n     "), strings.Join(want, "\n     "))
	}
	if v := e.query(`select value from current_facts where force_code = 'kent' and operation_code = '2021-10'`); num(v.Rows[0][0]) != 4500 {
		t.Errorf("a warning changed the figure: %v", v.Rows)
	}

	// A later pass loads another return: Kent's warnings are not repeated.
	e.drop("norfolk oct.xlsx", smallReturn(t, "Norfolk Constabulary", "11/10/2021", []any{"Arrests", 20}), epoch)
	pass(0)
	if g := messages(); len(g) != 2 {
		t.Errorf("after a later pass, %d plausibility messages, want Kent's 2 only: %v", len(g), g)
	}

	// A factor of 200 is a change of setting: the rollups are rebuilt with
	// nothing new to load, and nothing is implausible any more.
	if res := pass(200); !res.Rebuilt {
		t.Error("a new plausibility factor did not rebuild the rollups")
	}
	if n := e.query(`select count(*), min(factor) from implausible_figures`); num(n.Rows[0][0]) != 0 {
		t.Errorf("with factor 200: %v implausible figures", n.Rows[0])
	}
	if f := e.query(`select value from meta where key = 'plausibility_factor'`); str(f.Rows[0][0]) != "200" {
		t.Errorf("factor recorded as %v", f.Rows[0][0])
	}
}
