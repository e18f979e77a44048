package phrase_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/countylines/countylines/etl/phrase"
)

// temporary (found24): dump readings of found.csv and found_pending.csv.
func TestZZFound24Dump(t *testing.T) {
	out := os.Getenv("FOUND24_DUMP")
	if out == "" {
		t.Skip()
	}
	r := newReader(t)
	type fx struct {
		Metric, Item, Unit, Qual, Text string
		Value                          *float64
	}
	type rec struct {
		ID, Text string
		Facts    []fx
		Scoped   []fx
		Msgs     []string
	}
	var all []rec
	for _, path := range []string{"testdata/found.csv", "testdata/found_pending.csv"} {
		for _, p := range loadBook(t, path, "f") {
			rd := r.Read(p.text, phrase.Context{Force: p.force})
			x := rec{ID: p.id, Text: p.text}
			for _, f := range rd.Facts {
				x.Facts = append(x.Facts, fx{f.Metric, f.Item, string(f.Unit), string(f.Qualifier), f.Text, f.Value})
			}
			for _, s := range rd.Scoped {
				x.Scoped = append(x.Scoped, fx{s.Metric, s.Item, string(s.Unit), string(s.Qualifier), s.Text, s.Value})
			}
			for _, m := range rd.Messages {
				x.Msgs = append(x.Msgs, m.String())
			}
			all = append(all, x)
		}
	}
	b, _ := json.MarshalIndent(all, "", " ")
	os.WriteFile(out, b, 0o644)
}
