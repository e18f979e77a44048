package phrase_test

import (
	"os"
	"testing"
)

// The seed release: its force, its week from "11th-17th October" (no
// year), and "35 stop and searches" said twice as one figure.
func TestReleaseSeed(t *testing.T) {
	r := newReader(t)
	b, err := os.ReadFile("../../reference/seed-hampshire-oct2021.txt")
	if err != nil {
		t.Fatal(err)
	}
	rel := r.Release(string(b))
	if rel.Force != "hampshire" || len(rel.OtherForces) != 0 || rel.Operation != "2021-10" {
		t.Errorf("force %q (others %v) operation %q, want hampshire alone, 2021-10", rel.Force, rel.OtherForces, rel.Operation)
	}
	n := 0
	for _, f := range rel.Facts {
		if f.Metric == "stop_searches" {
			n++
			if f.Times != 2 {
				t.Errorf("stop_searches given %d times, want 2", f.Times)
			}
		}
		if f.Metric == "weapons_seized" {
			t.Errorf("a weapons figure from the boilerplate: %+v", f)
		}
	}
	if n != 1 {
		t.Errorf("%d stop_searches figures, want one", n)
	}
	if len(rel.Facts) != 19 {
		t.Errorf("%d figures, want 19", len(rel.Facts))
	}
}

func TestReleaseWeek(t *testing.T) {
	r := newReader(t)
	for text, want := range map[string]string{
		"ran from Monday, 11th to Sunday, 17th October": "2021-10",
		"between 27th February and 5th March 2023":      "2023-02",
		"Monday 27th February to Sunday 5th March 2023": "2023-02",
		"from 11 to 17 October 2021":                    "2021-10",
		"11th-17th October 2022":                        "",
		"no dates at all":                               "",
	} {
		if got := r.Release(text).Operation; got != want {
			t.Errorf("%q: operation %q, want %q", text, got, want)
		}
	}
}
