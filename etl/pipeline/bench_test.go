package pipeline_test

import (
	"testing"
	"time"
)

// BenchmarkPass measures one whole pass over the 44 sample returns, from an
// empty home folder to every output and the analyst copy.
func BenchmarkPass(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		e := newEnv(b)
		e.dropSamples()
		b.StartTimer()
		res := e.pass()
		if res.Run.Loaded != 44 {
			b.Fatalf("loaded %d", res.Run.Loaded)
		}
	}
}

// BenchmarkNothingNew measures a scheduled pass that finds an empty inbox.
func BenchmarkNothingNew(b *testing.B) {
	e := newEnv(b)
	e.dropSamples()
	e.pass()
	for b.Loop() {
		e.now = e.now.Add(time.Minute)
		res := e.pass()
		if res.Rebuilt {
			b.Fatal("a pass with nothing new rebuilt the outputs")
		}
	}
}
