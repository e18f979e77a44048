//go:build crashtest

package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// In a binary built with -tags crashtest (and only there), a pass can be
// killed at a named step (docs/lifecycle.md lists them), as kill -9 would:
//
//	COUNTYLINES_CRASH_AT=judged#23   SIGKILL itself the 23rd time it reaches step "judged"
//	COUNTYLINES_CRASH_AT=57          ... at the 57th step of any name
//	COUNTYLINES_CRASH_TRACE=FILE     append each step reached, as name#n, to FILE
//	COUNTYLINES_TERM_AT=judged#23    send itself SIGTERM (as docker stop would) the 23rd time
//	                                 it reaches step "judged", and carry on; with a trace, the
//	                                 line "sigterm <unix nanoseconds>" follows the step's
//
// TestCrashAnywhere (crash_test.go) builds such a binary.
var stepHook = crashHook(os.Getenv)

func crashHook(env func(string) string) func(string) {
	at, trace, term := env("COUNTYLINES_CRASH_AT"), env("COUNTYLINES_CRASH_TRACE"), env("COUNTYLINES_TERM_AT")
	if at == "" && trace == "" && term == "" {
		return nil
	}
	var mu sync.Mutex
	counts := map[string]int{}
	total := 0
	return func(name string) {
		mu.Lock()
		defer mu.Unlock()
		counts[name]++
		total++
		id := fmt.Sprintf("%s#%d", name, counts[name])
		if trace != "" {
			if f, err := os.OpenFile(trace, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644); err == nil {
				fmt.Fprintln(f, id)
				f.Close()
			}
		}
		if term == id || term == strconv.Itoa(total) {
			if trace != "" {
				if f, err := os.OpenFile(trace, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644); err == nil {
					fmt.Fprintf(f, "sigterm %d\n", time.Now().UnixNano())
					f.Close()
				}
			}
			syscall.Kill(os.Getpid(), syscall.SIGTERM)
		}
		if at == id || at == strconv.Itoa(total) {
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {} // the signal is on its way
		}
	}
}
