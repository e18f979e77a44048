package catalog_test

import (
	"testing"
	"time"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/reference"
)

func load(t *testing.T) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Load(reference.FS)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestReferenceCounts(t *testing.T) {
	c := load(t)
	if len(c.Forces) != 44 {
		t.Errorf("%d forces, want 43 territorial + BTP", len(c.Forces))
	}
	if len(c.Operations) != 13 || len(c.Metrics) != 35 || len(c.Items) != 32 {
		t.Errorf("operations %d metrics %d items %d", len(c.Operations), len(c.Metrics), len(c.Items))
	}
	// Vulnerable adults of unstated sex: a child of safeguarded outside
	// the male/female/juvenile split, so the split check never counts them.
	if m, ok := c.Metric("safeguarded_adult"); !ok || m.Parent != "safeguarded" || m.SplitGroup != "" || m.Unit != "people" {
		t.Errorf("safeguarded_adult = %+v, %v; want a people-count child of safeguarded outside any split group", m, ok)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"Cash Seized (£)":     "cash seized",
		"Stop & Search":       "stop and search",
		"  Arrests  ":         "arrest",
		"Arrests - male":      "arrest male",
		"Children's services": "children service",
		"Class A":             "class a",
		"Dyfed–Powys Police":  "dyfed powy police",
	} {
		if got := catalog.Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMatchForce(t *testing.T) {
	c := load(t)
	for in, want := range map[string]string{
		"Hampshire Constabulary": "hampshire", "MPS": "metropolitan", "Heddlu Gwent": "gwent",
		"Avon & Somerset": "avon_and_somerset", "btp": "british_transport_police", "GMP": "greater_manchester",
	} {
		f, ok := c.MatchForce(in)
		if !ok || f.Code != want {
			t.Errorf("MatchForce(%q) = %v %v, want %s", in, f.Code, ok, want)
		}
	}
	if _, ok := c.MatchForce("Hampshre"); ok {
		t.Error("a misspelt force matched")
	}
}

func TestForcesIn(t *testing.T) {
	c := load(t)
	tests := map[string][]string{
		"West Midlands Police - county lines results": {"west_midlands"},
		"Hampshire Constabulary intensification week": {"hampshire"},
		"Results for Surrey and Sussex":               {"surrey", "sussex"},
		"National county lines intensification week":  nil,
		"Heddlu Gogledd Cymru / North Wales Police":   {"north_wales"},
	}
	for in, want := range tests {
		got := c.ForcesIn(in)
		var codes []string
		for _, f := range got {
			codes = append(codes, f.Code)
		}
		if len(codes) != len(want) {
			t.Errorf("ForcesIn(%q) = %v, want %v", in, codes, want)
			continue
		}
		for i := range codes {
			if codes[i] != want[i] {
				t.Errorf("ForcesIn(%q) = %v, want %v", in, codes, want)
			}
		}
	}
}

func TestROCUMembership(t *testing.T) {
	c := load(t)
	d := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	if got := c.ROCU("kent", d("2018-01-01")); got != "SEROCU" {
		t.Errorf("kent in 2018: %s", got)
	}
	if got := c.ROCU("kent", d("2021-10-11")); got != "ERSOU" {
		t.Errorf("kent in 2021: %s", got)
	}
	if got := c.ROCU("hampshire", d("2021-10-11")); got != "SEROCU" {
		t.Errorf("hampshire: %s", got)
	}
}

func TestOperationOverlapping(t *testing.T) {
	c := load(t)
	d := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	ops := c.OperationOverlapping(d("2021-10-11"), d("2021-10-15"))
	if len(ops) != 1 || ops[0].Code != "2021-10" {
		t.Errorf("short week: %v", ops)
	}
	if ops := c.OperationOverlapping(d("2021-11-01"), d("2021-11-07")); len(ops) != 0 {
		t.Errorf("no operation that week: %v", ops)
	}
}
