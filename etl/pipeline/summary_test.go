package pipeline_test

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/countylines/countylines/etl/pipeline"
	"github.com/countylines/countylines/queries"
)

// TestOperationSummary: for every operation, the forces returned and the
// forces missing split the whole list of forces, the returned ones are
// exactly those with a current return, and an operation counts as touched
// only when the pass loaded or rejected a return for it. Progress counts
// every claimed file once, in order.
func TestOperationSummary(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.drop("hampshire.xlsx", hampshireWith(t, e.cat, 43), epoch)
	e.drop("hampshire-bad.xlsx", hampshireWith(t, e.cat, -5), epoch)
	e.drop("junk.xlsx", []byte("not a workbook"), epoch)
	var progress []int
	res, err := pipeline.Run(context.Background(), pipeline.Config{Home: e.home.Root, Limits: defaultLimits()},
		pipeline.Deps{Catalog: e.cat, CatalogSum: "test", Queries: queries.FS, Log: zerolog.Nop(),
			Now: func() time.Time { return e.now }, RunID: "summary-1",
			Progress: func(done, total int) {
				if total != 3 {
					t.Errorf("progress total %d, want 3", total)
				}
				progress = append(progress, done)
			}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(progress, []int{1, 2, 3}) {
		t.Errorf("progress %v, want [1 2 3]", progress)
	}
	if res.Run.Loaded != 1 || res.Run.Rejected != 2 {
		t.Fatalf("run: %+v", res.Run)
	}
	forces := e.query("select force_code from forces order by 1")
	var all []string
	for _, r := range forces.Rows {
		all = append(all, str(r[0]))
	}
	if len(res.Operations) != 1 {
		t.Fatalf("operations: %+v", res.Operations)
	}
	for _, op := range res.Operations {
		got := append(slices.Clone(op.Returned), op.Missing...)
		sort.Strings(got)
		if !slices.Equal(got, all) || op.Expected != len(all) {
			t.Errorf("%s: returned + missing = %v, want every force %v", op.Operation, got, all)
		}
		cur := e.query(fmt.Sprintf("select distinct force_code from returns where status = 'current' and operation_code = '%s' order by 1", op.Operation))
		var want []string
		for _, r := range cur.Rows {
			want = append(want, str(r[0]))
		}
		if !slices.Equal(op.Returned, want) {
			t.Errorf("%s: returned %v, want %v", op.Operation, op.Returned, want)
		}
		// hampshire loaded; its bad twin rejected (the junk file names no operation).
		if !op.Touched || op.Loaded != 1 || op.Rejected != 1 {
			t.Errorf("%s: touched %v loaded %d rejected %d, want true 1 1", op.Operation, op.Touched, op.Loaded, op.Rejected)
		}
	}
	// A pass with nothing new touches nothing but still lists the operation.
	res = e.pass()
	if len(res.Operations) != 1 || res.Operations[0].Touched || len(res.Operations[0].Returned) != 1 {
		t.Errorf("second pass: %+v", res.Operations)
	}
}
