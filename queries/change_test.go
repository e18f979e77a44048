package queries_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
)

// The case: two forces have returned this operation, four the
// last. The all-forces totals (27 against 100) are not a change of -73%;
// the same two forces went from 30 to 27, -10%.
func TestNationalChangeComparesLikeWithLike(t *testing.T) {
	w := newWH(t)
	w.load("kent", "2021-05", []any{"Arrests", 10}, []any{"Warrants executed", 5})
	w.load("essex", "2021-05", []any{"Arrests", 20})
	w.load("surrey", "2021-05", []any{"Arrests", 30})
	w.load("hampshire", "2021-05", []any{"Arrests", 40})
	w.load("kent", "2021-10", []any{"Arrests", 12}, []any{"Warrants executed", 8})
	w.load("essex", "2021-10", []any{"Arrests", 15})
	w.load("hampshire", "2021-10", []any{"Arrests", "TBC"}) // reported, no number: not compared
	w.build()

	// change and change_pct are between the same two forces.
	checkLines(t, "arrests change 2021-10", w.rows(`select change, change_pct from national_change
		where operation_code = '2021-10' and metric_code = 'arrests'`), []string{"-3|-10"})
	got := w.rows(`select metric_code, previous_operation, forces_compared, compared_value, compared_previous_value,
			change, change_pct, forces_reporting, previous_forces_reporting, all_forces_value, all_forces_previous_value
		from national_change where operation_code = '2021-10' order by metric_code`)
	want := []string{
		// Kent 12 + Essex 15 against Kent 10 + Essex 20: -3, -10%. Three
		// forces reported arrests (Hampshire without a number), four before.
		"arrests|2021-05|2|27|30|-3|-10|3|4|27|100",
		// Kent alone, 5 then 8: a rise, +60%.
		"warrants|2021-05|1|8|5|3|60|1|1|8|5",
	}
	checkLines(t, "national_change 2021-10", got, want)

	// The first operation has nothing before it.
	first := w.rows(`select metric_code, previous_operation, forces_compared, compared_value, change, all_forces_value
		from national_change where operation_code = '2021-05' order by metric_code`)
	checkLines(t, "national_change 2021-05", first, []string{
		"arrests|NULL|0|NULL|NULL|100",
		"warrants|NULL|0|NULL|NULL|5",
	})

	pairs := w.rows(`select force_code, value, previous_value, change, compared from force_change
		where operation_code = '2021-10' and metric_code = 'arrests' order by force_code`)
	checkLines(t, "force_change arrests 2021-10", pairs, []string{
		"essex|15|20|-5|true",
		"hampshire|NULL|40|NULL|false",
		"kent|12|10|2|true",
	})
}

// Kent moved from SEROCU to ERSOU on 7 September 2018: its figures for an
// operation before then count in SEROCU, after it in ERSOU, and its ROCU's
// like-with-like change compares Kent with its own earlier figure while
// the all-forces totals are each ROCU's as it was.
func TestDatedROCUMembership(t *testing.T) {
	w := newWH(t)
	w.load("kent", "2018-05", []any{"Arrests", 7})
	w.load("essex", "2018-05", []any{"Arrests", 4})
	w.load("surrey", "2018-05", []any{"Arrests", 6})
	w.load("kent", "2021-10", []any{"Arrests", 9})
	w.build()

	checkLines(t, "kent's rocu", w.rows(`select operation_code, rocu from current_facts
		where force_code = 'kent' order by operation_code`), []string{
		"2018-05|SEROCU",
		"2021-10|ERSOU",
	})
	checkLines(t, "regional arrests", w.rows(`select operation_code, rocu, value, forces_reporting from regional_totals
		where metric_code = 'arrests' order by operation_code, rocu`), []string{
		"2018-05|ERSOU|4|1",   // Essex
		"2018-05|SEROCU|13|2", // Kent 7 + Surrey 6
		"2021-10|ERSOU|9|1",   // Kent
	})
	checkLines(t, "completeness", w.rows(`select operation_code, rocu from completeness
		where force_code = 'kent' order by operation_code`), []string{
		"2018-05|SEROCU",
		"2021-10|ERSOU",
	})
	checkLines(t, "regional_change 2021-10", w.rows(`select rocu, previous_operation, forces_compared, compared_value,
			compared_previous_value, change, all_forces_value, all_forces_previous_value, previous_forces_reporting
		from regional_change where operation_code = '2021-10' and metric_code = 'arrests'`), []string{
		// Kent 9 against Kent's own 7; ERSOU's total then was Essex's 4.
		"ERSOU|2018-05|1|9|7|2|9|4|1",
	})
}

// TestChangeLaw states what national_change and regional_change must be
// for any history: random returns over three operations (some forces
// missing, some figures missing or given without a number, some hedged),
// with every expected figure computed here in Go from the figures typed
// into the workbooks, never from SQL.
func TestChangeLaw(t *testing.T) {
	ops := []string{"2020-09", "2021-05", "2021-10"} // in date order
	forces := []string{"kent", "essex", "surrey", "sussex", "hampshire", "thames_valley", "norfolk", "suffolk", "dorset", "wiltshire"}
	type metric struct{ code, label string }
	metrics := []metric{{"arrests", "Arrests"}, {"warrants", "Warrants executed"}, {"lines_closed", "County lines closed"}}
	for seed := uint64(1); seed <= 2; seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 6))
			w := newWH(t)
			// given[op][metric][force] = value; NaN for "reported without a number".
			given := map[string]map[string]map[string]float64{}
			for _, op := range ops {
				given[op] = map[string]map[string]float64{}
				for _, m := range metrics {
					given[op][m.code] = map[string]float64{}
				}
				for _, f := range forces {
					if rng.IntN(4) == 0 {
						continue // no return from this force
					}
					var rows [][]any
					for _, m := range metrics {
						switch r := rng.IntN(10); {
						case r == 0:
							// not in the return at all
						case r == 1:
							rows = append(rows, []any{m.label, "TBC"})
							given[op][m.code][f] = math.NaN()
						case r == 2:
							v := float64(1 + rng.IntN(60))
							rows = append(rows, []any{m.label, fmt.Sprintf("about %v", v)})
							given[op][m.code][f] = v
						default:
							v := float64(rng.IntN(60))
							rows = append(rows, []any{m.label, v})
							given[op][m.code][f] = v
						}
					}
					if len(rows) == 0 {
						rows = append(rows, []any{"Schools visited", 1})
					}
					w.load(f, op, rows...)
				}
			}
			w.build()

			type agg struct {
				prev                          string
				compared, reporting, prevRep  int
				cur, prevVal, all, allPrev    float64
				anyCompared, anyAll, anyPrevA bool
			}
			sum := func(m map[string]float64, keep func(f string) bool) (total float64, quantified bool, reporting int) {
				for f, v := range m {
					if !keep(f) {
						continue
					}
					reporting++
					if !math.IsNaN(v) {
						total += v
						quantified = true
					}
				}
				return
			}
			// previous[op][metric]: the latest earlier operation in which
			// any force gave the metric with a number.
			previous := func(i int, m string) string {
				for j := i - 1; j >= 0; j-- {
					if _, q, _ := sum(given[ops[j]][m], func(string) bool { return true }); q {
						return ops[j]
					}
				}
				return ""
			}
			rocu := func(op, f string) string { return w.cat.ROCU(f, w.op(op).Starts) }
			var wantNat, wantReg []string
			for i, op := range ops {
				for _, m := range metrics {
					cur := given[op][m.code]
					if len(cur) == 0 {
						continue // no national row at all
					}
					p := previous(i, m.code)
					prev := map[string]float64{}
					if p != "" {
						prev = given[p][m.code]
					}
					// scope "" is the nation, else a ROCU as of this operation.
					scopes := map[string]bool{"": true}
					for f := range cur {
						scopes[rocu(op, f)] = true
					}
					for scope := range scopes {
						in := func(f string) bool { return scope == "" || rocu(op, f) == scope }
						inThen := func(f string) bool { return scope == "" || rocu(p, f) == scope }
						var a agg
						for f, v := range cur {
							pv, ok := prev[f]
							if in(f) && !math.IsNaN(v) && ok && !math.IsNaN(pv) {
								a.compared++
								a.cur += v
								a.prevVal += pv
							}
						}
						var q bool
						a.all, q, a.reporting = sum(cur, in)
						allS := "NULL"
						if q {
							allS = fmtv(a.all)
						}
						prevAllS, prevRepS := "NULL", "NULL"
						if p != "" {
							var pq bool
							var n int
							a.allPrev, pq, n = sum(prev, inThen)
							if n > 0 {
								prevRepS = fmt.Sprint(n)
								prevAllS = "NULL"
								if pq {
									prevAllS = fmtv(a.allPrev)
								}
							}
						}
						if a.reporting == 0 {
							continue // the ROCU gave nothing this operation
						}
						curS, prevS, chS := "NULL", "NULL", "NULL"
						if a.compared > 0 {
							curS, prevS, chS = fmtv(a.cur), fmtv(a.prevVal), fmtv(a.cur-a.prevVal)
						}
						pS := p
						if p == "" {
							pS = "NULL"
						}
						l := fmt.Sprintf("%s|%s|%s|%d|%s|%s|%s|%d|%s|%s|%s", op, m.code, pS, a.compared, curS, prevS, chS, a.reporting, prevRepS, allS, prevAllS)
						if scope == "" {
							wantNat = append(wantNat, l)
						} else {
							wantReg = append(wantReg, scope+"|"+l)
						}
					}
				}
			}
			cols := `operation_code, metric_code, previous_operation, forces_compared, compared_value, compared_previous_value,
				change, forces_reporting, previous_forces_reporting, all_forces_value, all_forces_previous_value`
			checkSet(t, "national_change", w.rows("select "+cols+" from national_change"), wantNat)
			checkSet(t, "regional_change", w.rows("select rocu, "+cols+" from regional_change"), wantReg)
		})
	}
}

func checkLines(t *testing.T, what string, got [][]any, want []string) {
	t.Helper()
	var lines []string
	for _, r := range got {
		lines = append(lines, line(r))
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n got %s\nwant %s", what, strings.Join(lines, "\n     "), strings.Join(want, "\n     "))
	}
}

// checkSet compares rows with the wanted lines in any order.
func checkSet(t *testing.T, what string, got [][]any, want []string) {
	t.Helper()
	var lines []string
	for _, r := range got {
		lines = append(lines, line(r))
	}
	sort.Strings(lines)
	sort.Strings(want)
	if len(want) == 0 {
		t.Fatalf("%s: the test expects no rows at all; the generator is broken", what)
	}
	checkLines(t, what, stringsToRows(lines), want)
}

func stringsToRows(lines []string) [][]any {
	out := make([][]any, len(lines))
	for i, l := range lines {
		out[i] = []any{l}
	}
	return out
}
