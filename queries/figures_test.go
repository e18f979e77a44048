package queries_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// The case and its neighbours: what the all-weapons figure of a
// force is when it gives its own total (exact, hedged, or 'TBC') and items.
func TestAllItemsFigure(t *testing.T) {
	w := newWH(t)
	w.load("kent", "2021-10", []any{"Weapons seized", "TBC"}, []any{"Knives", 5}, []any{"Firearms", 1})
	w.load("essex", "2021-10", []any{"Weapons seized", 4}, []any{"Knives", 5}, []any{"Firearms", 1})
	w.load("surrey", "2021-10", []any{"Weapons seized", "more than 4"}, []any{"Knives", 5}, []any{"Firearms", 1})
	w.load("sussex", "2021-10", []any{"Weapons seized", "about 10"}, []any{"Knives", 2})
	w.load("hampshire", "2021-10", []any{"Weapons seized"}, []any{"Knives", 3}, []any{"Firearms", "TBC"})
	w.load("norfolk", "2021-10", []any{"Weapons seized", "TBC"}, []any{"Arrests", 2})
	w.build()

	// value|forces_reporting|hedged|unquantified
	checkLines(t, "national weapons", w.rows(`select coalesce(item_code, 'all'), value, forces_reporting, hedged, unquantified
		from national_totals where metric_code = 'weapons_seized' order by item_code nulls first`), []string{
		"all|29|6|2|3", // 4 + 3 + 6 + 6 + 10
		"firearm|3|4|0|1",
		"knife|20|5|0|0",
	})
	// force|value|hedged|unquantified|derived|items_value
	checkLines(t, "all-weapons figures", w.rows(`select force_code, value, hedged, unquantified, derived, items_value
		from force_figures where metric_code = 'weapons_seized' and item_code is null order by force_code`), []string{
		"essex|4|0|0|false|6",         // its own exact total stands, never 4 + 6
		"hampshire|3|0|1|true|3",      // no total: the items, one without a number
		"kent|6|0|1|true|6",           // TBC: the listed 6, flagged as leaving a part out
		"norfolk|NULL|0|1|false|NULL", // TBC and nothing listed
		"surrey|6|1|0|true|6",         // 'more than 4' with 6 listed: at least 6
		"sussex|10|1|0|false|2",       // 'about 10' with 2 listed: about 10
	})
}

// TestAllItemsLaw: every combination of an own total (absent, exact,
// 'TBC', 'more than' below and above the items' sum, 'about') with items
// (none, exact, one 'TBC', one 'about'), random figures, one return per
// force and operation: each force's all-items figure follows the rule as
// written here in Go, the nation's all-items total is the sum of those
// figures (each force once), and every item's total is the sum typed.
func TestAllItemsLaw(t *testing.T) {
	forces := []string{"kent", "essex", "surrey", "sussex", "hampshire", "thames_valley", "norfolk", "suffolk", "dorset", "wiltshire", "devon_and_cornwall", "avon_and_somerset"}
	ops := []string{"2021-05", "2021-10"}
	weapons := []struct{ code, label string }{{"knife", "Knives"}, {"firearm", "Firearms"}, {"machete", "Machetes"}, {"crossbow", "Crossbows"}}
	const ownKinds, itemKinds = 6, 4
	if len(forces)*len(ops) != ownKinds*itemKinds {
		t.Fatal("the slots do not cover every combination once")
	}
	for seed := uint64(1); seed <= 2; seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 66))
			w := newWH(t)
			type national struct {
				sum        float64
				quantified bool
				reporting  int
				items      map[string]float64
			}
			wantAll := map[string]string{} // op|force → value|hedged|unquantified
			nat := map[string]*national{}
			for k := range ownKinds * itemKinds {
				op, f := ops[k/len(forces)], forces[k%len(forces)]
				if nat[op] == nil {
					nat[op] = &national{items: map[string]float64{}}
				}
				n := nat[op]
				// Items first, so that a bound can be set below or above their sum.
				var itemRows [][]any
				var sum float64
				var sumQuantified, itemsHedged, itemsUnq bool
				picked := rng.Perm(len(weapons))[:1+rng.IntN(len(weapons)-1)]
				if k%itemKinds == 0 {
					picked = nil
				}
				for j, i := range picked {
					v := float64(1 + rng.IntN(20))
					var cell any = v
					switch {
					case j == 0 && k%itemKinds == 2:
						cell, v = "TBC", math.NaN()
						itemsUnq = true
					case j == 0 && k%itemKinds == 3:
						cell = fmt.Sprintf("about %v", v)
						itemsHedged = true
					}
					itemRows = append(itemRows, []any{weapons[i].label, cell})
					if !math.IsNaN(v) {
						sum += v
						sumQuantified = true
						n.items[weapons[i].code] += v
					}
				}
				own := fig{present: true, v: float64(1 + rng.IntN(20))}
				var ownCell any = own.v
				switch (k / itemKinds) % ownKinds {
				case 0:
					own, ownCell = fig{}, nil
				case 1: // exact
				case 2:
					own.v, ownCell = math.NaN(), "TBC"
				case 3:
					own.v, own.hedged, own.bound = math.Max(0, sum-1), true, true
					ownCell = fmt.Sprintf("more than %v", own.v)
				case 4:
					own.v, own.hedged, own.bound = sum+5, true, true
					ownCell = fmt.Sprintf("more than %v", own.v)
				case 5:
					own.hedged = true
					ownCell = fmt.Sprintf("about %v", own.v)
				}
				rows := [][]any{{"Arrests", 1}, {"Weapons seized", ownCell}}
				w.load(f, op, append(rows, itemRows...)...)
				if !own.present && len(picked) == 0 {
					continue // no weapons figure at all
				}
				// The rule: the force's own total with a number stands,
				// unless it is a lower bound below the items' sum; else
				// the sum of the items with a number.
				ownQuantified := own.present && !math.IsNaN(own.v)
				useItems := !own.present || (sumQuantified && (!ownQuantified || (own.bound && sum > own.v)))
				var v float64
				var hedged, unq, quantified bool
				switch {
				case useItems:
					v, quantified = sum, sumQuantified
					hedged, unq = itemsHedged || own.hedged, itemsUnq || (own.present && !ownQuantified)
				default:
					v, quantified = own.v, ownQuantified
					hedged, unq = own.hedged, !ownQuantified
				}
				vs := "NULL"
				if quantified {
					vs = fmtv(v)
					n.sum += v
					n.quantified = true
				}
				wantAll[op+"|"+f] = fmt.Sprintf("%s|%v|%v", vs, hedged, unq)
				n.reporting++
			}
			w.build()

			got := map[string]string{}
			for _, r := range w.rows(`select operation_code, force_code, value, hedged = 1, unquantified = 1 from force_figures
				where metric_code = 'weapons_seized' and item_code is null`) {
				got[fmtv(r[0])+"|"+fmtv(r[1])] = fmt.Sprintf("%s|%v|%v", fmtv(r[2]), r[3], r[4])
			}
			for k, want := range wantAll {
				if got[k] != want {
					t.Errorf("%s all weapons: got %s, want %s", k, got[k], want)
				}
			}
			if len(got) != len(wantAll) {
				t.Errorf("%d all-weapons rows, want %d: %v", len(got), len(wantAll), got)
			}
			for op, n := range nat {
				want := fmt.Sprintf("NULL|%d", n.reporting)
				if n.quantified {
					want = fmt.Sprintf("%s|%d", fmtv(n.sum), n.reporting)
				}
				checkLines(t, op+" national all weapons", w.rows(`select value, forces_reporting from national_totals
					where operation_code = ? and metric_code = 'weapons_seized' and item_code is null`, op), []string{want})
				for code, s := range n.items {
					checkLines(t, op+" national "+code, w.rows(`select value from national_totals
						where operation_code = ? and metric_code = 'weapons_seized' and item_code = ?`, op, code), []string{fmtv(s)})
				}
			}
		})
	}
}

// fig is a figure typed into a test return.
type fig struct {
	v       float64 // NaN: typed without a number
	hedged  bool    // an estimate
	bound   bool    // a lower bound ('more than N')
	present bool
}
