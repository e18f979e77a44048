package extract

import (
	"fmt"
	"math"
	"strings"

	"github.com/countylines/countylines/etl"
	"github.com/countylines/countylines/etl/catalog"
)

// Validate checks a return's facts against the catalogue's rules and adds
// its findings to r.Messages: negative or fractional counts and children
// above their parents are errors; splits that do not add up are warnings.
func Validate(r *etl.Return, cat *catalog.Catalog) {
	add := func(sev etl.Severity, code string, f etl.Fact, format string, args ...any) {
		r.Messages = append(r.Messages, etl.Message{Severity: sev, Code: code, Sheet: f.Sheet, Cell: f.Cell, Text: fmt.Sprintf(format, args...)})
	}
	byKey := map[string]etl.Fact{}
	for _, f := range r.Facts {
		byKey[f.Key()] = f
		if f.Value == nil {
			continue
		}
		v := *f.Value
		m, _ := cat.Metric(f.Metric)
		switch {
		case v < 0:
			add(etl.SevError, "negative", f, "%s: %q is negative", m.Label, f.Raw)
		case countUnit(f.Unit) && !isWhole(v):
			add(etl.SevError, "fractional", f, "%s: %q is not a whole number", m.Label, f.Raw)
		}
	}
	// Children against parents.
	for _, f := range r.Facts {
		m, ok := cat.Metric(f.Metric)
		if !ok || m.Parent == "" || f.Item != "" {
			continue
		}
		p, ok := byKey[m.Parent+"//"+string(f.Unit)]
		if ok && f.Value != nil && p.Value != nil && *f.Value > *p.Value && comparable(f.Qualifier, p.Qualifier) {
			pm, _ := cat.Metric(p.Metric)
			add(etl.SevError, "child_above_parent", f, "%s (%s) is more than %s (%s at %s!%s)", m.Label, f.Raw, pm.Label, p.Raw, p.Sheet, p.Cell)
		}
	}
	// Splits against their totals: only when every part is given exactly.
	for _, sg := range append(splitGroups(cat), coverGroups(cat)...) {
		p, ok := byKey[sg.parent+"//"+sg.unit]
		if !ok || p.Value == nil || p.Qualifier != etl.Exact {
			continue
		}
		sum, complete := 0.0, true
		for _, child := range sg.children {
			f, ok := byKey[child+"//"+sg.unit]
			if !ok || f.Value == nil || f.Qualifier != etl.Exact {
				complete = false
				break
			}
			sum += *f.Value
		}
		if complete && math.Abs(sum-*p.Value) > 1e-9 {
			pm, _ := cat.Metric(sg.parent)
			add(etl.SevWarning, "split_mismatch", p, "%s is %s but its parts add up to %s", pm.Label, p.Raw, formatNum(sum))
		}
	}
	totalsAgainstItems(r, cat, add)
	if len(r.Facts) == 0 && !r.Rejected() {
		r.Messages = append(r.Messages, etl.Message{Severity: etl.SevError, Code: "no_figures", Text: "no figures found: is this the county lines return?"})
	}
}

// totalsAgainstItems warns when an itemised metric's all-items figure is
// smaller than what its listed items add up to (4 weapons, but 5 knives
// and a firearm). Hedged items count by what they are at least.
func totalsAgainstItems(r *etl.Return, cat *catalog.Catalog, add func(etl.Severity, string, etl.Fact, string, ...any)) {
	type sum struct {
		v     float64
		items []string
	}
	sums := map[string]*sum{}
	for _, f := range r.Facts {
		if f.Item == "" || f.Value == nil {
			continue
		}
		switch f.Qualifier {
		case etl.Exact, etl.AtLeast, etl.MoreThan:
		default:
			continue
		}
		k := f.Metric + "//" + string(f.Unit)
		if sums[k] == nil {
			sums[k] = &sum{}
		}
		sums[k].v += *f.Value
		sums[k].items = append(sums[k].items, f.Item+" "+formatNum(*f.Value))
	}
	for _, f := range r.Facts {
		s := sums[f.Key()]
		if f.Item != "" || f.Value == nil || s == nil || f.Qualifier == etl.AtLeast || f.Qualifier == etl.MoreThan {
			continue
		}
		if *f.Value < roundFloat(s.v) {
			m, _ := cat.Metric(f.Metric)
			add(etl.SevWarning, "total_below_items", f, "%s is %q in all, less than its listed items add up to: %s (%s)", m.Label, f.Raw, formatNum(roundFloat(s.v)), strings.Join(s.items, ", "))
		}
	}
}

type splitGroup struct {
	parent, unit string
	children     []string
}

// splitGroups lists the catalogue's split groups: children that together
// make up their parent, such as adult males + adult females + juveniles.
func splitGroups(cat *catalog.Catalog) []splitGroup {
	var out []splitGroup
	idx := map[string]int{}
	for _, m := range cat.Metrics {
		if m.SplitGroup == "" || m.Parent == "" {
			continue
		}
		k := m.Parent + "|" + m.SplitGroup
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, splitGroup{parent: m.Parent, unit: m.Unit})
		}
		out[i].children = append(out[i].children, m.Code)
	}
	return out
}

// coverGroups lists the covers a split group implies through a metric
// whose parts in it are named after it (probe11 M2): adult males and
// adult females (safeguarded_adult_male, safeguarded_adult_female) make
// up vulnerable adults (safeguarded_adult), and then adults and juveniles
// make up all safeguarded. The catalogue gives each part its parent
// (safeguarded), not the metric between; the codes say it.
func coverGroups(cat *catalog.Catalog) []splitGroup {
	var out []splitGroup
	for _, sg := range splitGroups(cat) {
		for _, m := range cat.Metrics {
			if m.Parent != sg.parent || m.Unit != sg.unit || m.SplitGroup != "" {
				continue
			}
			var inner, rest []string
			for _, c := range sg.children {
				if strings.HasPrefix(c, m.Code+"_") {
					inner = append(inner, c)
				} else {
					rest = append(rest, c)
				}
			}
			if len(inner) < 2 {
				continue
			}
			out = append(out, splitGroup{parent: m.Code, unit: sg.unit, children: inner},
				splitGroup{parent: sg.parent, unit: sg.unit, children: append([]string{m.Code}, rest...)})
		}
	}
	return out
}

// comparable reports whether two qualified figures can be compared: a
// "more than 5" child may honestly exceed an "about 4" parent.
func comparable(a, b etl.Qualifier) bool {
	return a == etl.Exact && b == etl.Exact
}

func countUnit(u etl.Unit) bool {
	switch u {
	case etl.UnitPeople, etl.UnitCount, etl.UnitWraps, etl.UnitPlants, etl.UnitTablets:
		return true
	}
	return false
}
