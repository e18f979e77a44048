//go:build !crashtest

package main

// stepHook is nil in every build but the crash test's (crashpoint_crashtest.go).
var stepHook func(step string)
