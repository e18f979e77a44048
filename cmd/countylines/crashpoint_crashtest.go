//go:build crashtest

package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"syscall"
)

// In a binary built with -tags crashtest (and only there), a pass can be
// killed at a named step (docs/lifecycle.md lists them), as kill -9 would:
//
//	COUNTYLINES_CRASH_AT=judged#23   SIGKILL itself the 23rd time it reaches step "judged"
//	COUNTYLINES_CRASH_AT=57          ... at the 57th step of any name
//	COUNTYLINES_CRASH_TRACE=FILE     append each step reached, as name#n, to FILE
//
// TestCrashAnywhere (crash_test.go) builds such a binary.
var stepHook = crashHook(os.Getenv)

func crashHook(env func(string) string) func(string) {
	at, trace := env("COUNTYLINES_CRASH_AT"), env("COUNTYLINES_CRASH_TRACE")
	if at == "" && trace == "" {
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
		if at == id || at == strconv.Itoa(total) {
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {} // the signal is on its way
		}
	}
}
