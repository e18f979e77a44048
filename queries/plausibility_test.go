package queries_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"testing"
)

// Kent's arrests run 40, 50, 44 over three operations, then 4,500 (a slip
// of two zeros): more than 10× its median of 44, and, per 100,000 people,
// more than 10× the highest of the three other forces that reported.
// Warrants fall from 20 and 30 to 2: below a tenth of the median, 25.
// Lines closed 5, 5 then 0: a zero, never a ratio, never flagged. Essex's
// 400 arrests is 9.1× its one previous figure: not flagged at 10×.
// Schools visited, Kent 300 and Surrey 2 (about 100× apart per 100,000):
// one peer each is no range, never flagged.
func TestImplausibleFigures(t *testing.T) {
	w := newWH(t)
	for i, op := range []string{"2019-10", "2020-09", "2021-05"} {
		w.load("kent", op, []any{"Arrests", []int{40, 50, 44}[i]}, []any{"Warrants executed", []int{20, 30, 25}[i]}, []any{"County lines closed", 5})
	}
	w.load("essex", "2021-05", []any{"Arrests", 44})
	w.load("kent", "2021-10", []any{"Arrests", 4500}, []any{"Warrants executed", 2}, []any{"County lines closed", 0}, []any{"Schools visited", 300})
	w.load("essex", "2021-10", []any{"Arrests", 400})
	w.load("surrey", "2021-10", []any{"Arrests", 30}, []any{"Schools visited", 2})
	w.load("sussex", "2021-10", []any{"Arrests", 50})
	w.build()

	got := w.rows(`select force_code, metric_code, test, direction, value, per_100k, compared_with, peer_force,
			previous_operations, peers, times, factor, sheet, cell
		from implausible_figures order by all`)
	// Populations (forces.csv, 2018): Kent 1,846,500; Essex 1,832,800;
	// Surrey 1,189,900; Sussex 1,703,800. Kent 4,500 → 243.7043 per
	// 100,000; the highest peer is Essex, 400 → 21.8245 (Surrey 2.52,
	// Sussex 2.93); 243.7043 / 21.8245 = 11.17. Arrests: median of 40, 50,
	// 44 is 44; 4500 / 44 = 102.3. Warrants: median of 20, 30, 25 is 25;
	// 25 / 2 = 12.5; 2 → 0.1083 per 100,000.
	checkLines(t, "implausible_figures", got, []string{
		"kent|arrests|history|above|4500|243.7043|44|NULL|3|NULL|102.3|10|Return|B3",
		"kent|arrests|peers|above|4500|243.7043|21.8245|Essex Police|NULL|3|11.2|10|Return|B3",
		"kent|warrants|history|below|2|0.1083|25|NULL|3|NULL|12.5|10|Return|B4",
	})
	msgs := w.rows(`select message from implausible_figures order by all`)
	checkLines(t, "messages", msgs, []string{
		"Arrests: 4,500 (243.7 per 100,000 people) is more than 10× above the highest of 3 other forces (21.8 per 100,000 people, Essex Police); please check the figure",
		"Arrests: 4,500 is more than 10× above its median of 44 over 3 previous operations (2019-10 to 2021-05); please check the figure",
		"Warrants executed: 2 is more than 10× below its median of 25 over 3 previous operations (2019-10 to 2021-05); please check the figure",
	})
	// Warnings never change a figure.
	checkLines(t, "kent's arrests total", w.rows(`select value from national_totals
		where operation_code = '2021-10' and metric_code = 'arrests'`), []string{"4980"})

	// With a factor of 50 only the arrests against history (102.3×) remain.
	if _, err := w.db.SetPlausibilityFactor(context.Background(), 50); err != nil {
		t.Fatal(err)
	}
	w.build()
	checkLines(t, "factor 50", w.rows(`select force_code, metric_code, test, factor from implausible_figures order by all`), []string{
		"kent|arrests|history|50",
	})
}

func TestPlausibilityFactorIsChecked(t *testing.T) {
	w := newWH(t)
	ctx := context.Background()
	for _, f := range []float64{1, 0.5, -3, math.NaN(), math.Inf(1)} {
		if _, err := w.db.SetPlausibilityFactor(ctx, f); err == nil {
			t.Errorf("factor %v was accepted", f)
		}
	}
	for _, c := range []struct {
		f       float64
		changed bool
	}{{0, false}, {10, false}, {20, true}, {20, false}, {0, true}} {
		changed, err := w.db.SetPlausibilityFactor(ctx, c.f)
		if err != nil || changed != c.changed {
			t.Errorf("SetPlausibilityFactor(%v) = %v, %v; want changed=%v", c.f, changed, err, c.changed)
		}
	}
}

// TestPlausibilityLaw: random histories (four operations, eight forces,
// two metrics, figures from a force's own level with now and then a slip
// of ×40 or ÷40, or a zero), with the implausible set computed here in Go
// by the rules written in the relation's description: history against the
// median of the force's earlier figures, peers against the others' range
// per 100,000 people, zeros never flagged, at least two peers.
func TestPlausibilityLaw(t *testing.T) {
	ops := []string{"2020-09", "2021-05", "2021-10", "2022-03"} // in date order
	forces := []string{"kent", "essex", "surrey", "sussex", "hampshire", "thames_valley", "norfolk", "city_of_london"}
	metrics := []struct{ code, label string }{{"arrests", "Arrests"}, {"warrants", "Warrants executed"}}
	for seed := uint64(1); seed <= 2; seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 9))
			w := newWH(t)
			const factor = 10.0
			// given[op][metric][force]
			given := map[string]map[string]map[string]float64{}
			for _, op := range ops {
				given[op] = map[string]map[string]float64{}
				for _, m := range metrics {
					given[op][m.code] = map[string]float64{}
				}
				for _, f := range forces {
					if rng.IntN(5) == 0 {
						continue
					}
					pop := float64(w.force(f).Population)
					var rows [][]any
					for _, m := range metrics {
						if rng.IntN(6) == 0 {
							continue
						}
						v := math.Round(pop / 100000 * (1 + 2*rng.Float64()))
						switch rng.IntN(8) {
						case 0:
							v *= 40
						case 1:
							v = math.Round(v / 40)
						case 2:
							v = 0
						}
						rows = append(rows, []any{m.label, v})
						given[op][m.code][f] = v
					}
					if len(rows) == 0 {
						continue
					}
					w.load(f, op, rows...)
				}
			}
			w.build()

			var want []string
			for i, op := range ops {
				for _, m := range metrics {
					for f, v := range given[op][m.code] {
						if v <= 0 {
							continue
						}
						var hist []float64
						for _, p := range ops[:i] {
							if pv, ok := given[p][m.code][f]; ok {
								hist = append(hist, pv)
							}
						}
						if med := median(hist); len(hist) > 0 && med > 0 && (v > factor*med || v*factor < med) {
							want = append(want, fmt.Sprintf("%s|%s|%s|history|%s", op, f, m.code, direction(v > factor*med)))
						}
						rate := func(f string, v float64) float64 { return v * 100000 / float64(w.force(f).Population) }
						r := rate(f, v)
						lo, hi, peers := math.Inf(1), math.Inf(-1), 0
						for g, gv := range given[op][m.code] {
							if g == f {
								continue
							}
							peers++
							lo, hi = math.Min(lo, rate(g, gv)), math.Max(hi, rate(g, gv))
						}
						if peers >= 2 && hi > 0 && (r > factor*hi || r*factor < lo) {
							want = append(want, fmt.Sprintf("%s|%s|%s|peers|%s", op, f, m.code, direction(r > factor*hi)))
						}
					}
				}
			}
			if len(want) < 3 {
				t.Fatalf("only %d implausible figures generated; the law is barely tested", len(want))
			}
			got := w.rows(`select operation_code, force_code, metric_code, test, direction from implausible_figures`)
			checkSet(t, "implausible_figures", got, want)
		})
	}
}

func direction(above bool) string {
	if above {
		return "above"
	}
	return "below"
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
