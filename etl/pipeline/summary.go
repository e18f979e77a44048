package pipeline

import (
	"context"
	"fmt"
	"sort"
)

// OperationSummary is, for one operation, which forces' returns are in:
// what the summary line, status.json and metrics.prom report.
type OperationSummary struct {
	Operation string   `json:"operation"`
	Expected  int      `json:"expected"` // forces expected to return (every force)
	Returned  []string `json:"returned"` // force codes with a current return
	Missing   []string `json:"missing"`  // force codes without one
	// Touched: this pass loaded or rejected a return for the operation;
	// Loaded and Rejected count them.
	Touched  bool `json:"touched"`
	Loaded   int  `json:"loaded"`
	Rejected int  `json:"rejected"`
}

// touch counts a loaded or rejected return against its operation.
func (p *pass) touch(op string, loaded bool) {
	if op == "" {
		return
	}
	if p.touched == nil {
		p.touched = map[string][2]int{}
	}
	n := p.touched[op]
	if loaded {
		n[0]++
	} else {
		n[1]++
	}
	p.touched[op] = n
}

// summarise lists, for every operation with a return and every
// operation this pass touched, the forces returned and missing.
func (p *pass) summarise(ctx context.Context) ([]OperationSummary, error) {
	t, err := p.db.Query(ctx, "summary", `
		with ops as (
		    select distinct operation_code from returns
		    union
		    select unnest(?::varchar[])
		)
		select o.operation_code, f.force_code, r.force_code is not null as returned
		from ops as o
		cross join forces as f
		left join (select distinct operation_code, force_code from returns where status = 'current') as r
		    on r.operation_code = o.operation_code and r.force_code = f.force_code
		order by 1, 2`, 0, p.touchedOps())
	if err != nil {
		return nil, fmt.Errorf("summary: %w", err)
	}
	byOp := map[string]*OperationSummary{}
	var out []OperationSummary
	var order []string
	for _, row := range t.Rows {
		op, force := fmt.Sprint(row[0]), fmt.Sprint(row[1])
		s := byOp[op]
		if s == nil {
			s = &OperationSummary{Operation: op, Returned: []string{}, Missing: []string{}}
			byOp[op] = s
			order = append(order, op)
		}
		s.Expected++
		if row[2] == true {
			s.Returned = append(s.Returned, force)
		} else {
			s.Missing = append(s.Missing, force)
		}
	}
	sort.Strings(order)
	for _, op := range order {
		s := byOp[op]
		if n, ok := p.touched[op]; ok {
			s.Touched, s.Loaded, s.Rejected = true, n[0], n[1]
		}
		out = append(out, *s)
	}
	return out, nil
}

func (p *pass) touchedOps() []string {
	ops := []string{}
	for op := range p.touched {
		ops = append(ops, op)
	}
	sort.Strings(ops)
	return ops
}
