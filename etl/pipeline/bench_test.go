package pipeline_test

import (
	"fmt"
	"os"
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

// BenchmarkRejectOnly measures a pass that rejects one junk file on a home
// holding the 44 sample returns. "journal only": no figure changes, so
// nothing is rebuilt and only the journal's tables of the analyst copy are
// republished. "republish everything": the same pass with the analyst copy
// gone, which rebuilds the rollups, writes every output and copies the
// whole warehouse, as a pass that loads a return does.
func BenchmarkRejectOnly(b *testing.B) {
	for _, all := range []bool{false, true} {
		name := "journal only"
		if all {
			name = "republish everything"
		}
		b.Run(name, func(b *testing.B) {
			e := newEnv(b)
			e.dropSamples()
			e.pass()
			i := 0
			for b.Loop() {
				b.StopTimer()
				i++
				e.now = e.now.Add(time.Minute)
				e.drop(fmt.Sprintf("junk %d.xlsx", i), []byte("not a workbook"), epoch)
				if all {
					if err := os.Remove(e.home.Analyst()); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				res := e.pass()
				if res.Rebuilt != all || res.Run.Rejected != 1 {
					b.Fatalf("%+v, rebuilt %v", res.Run, res.Rebuilt)
				}
			}
		})
	}
}
