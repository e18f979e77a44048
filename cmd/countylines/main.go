// Command countylines turns police forces' Excel returns from a national
// county lines intensification week into national and regional figures.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata" // zoneinfo for scratch and distroless images
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// Exit codes: 0 ok, 1 failure, 2 usage, 3 some files rejected.
const (
	exitOK       = 0
	exitFailure  = 1
	exitUsage    = 2
	exitRejected = 3
)

// errRejected means the command worked but some returns were rejected.
var errRejected = errors.New("some returns were rejected")

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func exitCode(err error, stderr io.Writer) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errRejected):
		return exitRejected
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "countylines:", err)
		return exitUsage
	default:
		fmt.Fprintln(stderr, "countylines:", err)
		return exitFailure
	}
}

const usage = `countylines turns forces' county lines returns into national and regional figures.

Usage:
  countylines run       [--home DIR] [--demo] [--settle DURATION]   one pass over the inbox
  countylines sql       [--home DIR] [--format table|csv|json] [QUERY | -f FILE]
  countylines validate  FILE...                                     check returns without loading
  countylines template  [-o FILE]                                   the blank return workbook

Environment: COUNTYLINES_HOME (default ./data), COUNTYLINES_SETTLE (default 10s),
COUNTYLINES_OPERATION (the current operation, a last resort for returns that name none),
COUNTYLINES_MEMORY_LIMIT, COUNTYLINES_LOG_LEVEL (debug, info, warn, error).
Exit codes: 0 ok, 1 failure, 2 usage, 3 some returns rejected.
`

// Run runs one countylines command.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageError{"no command given"}
	}
	env := os.Getenv
	switch args[0] {
	case "run":
		return (&runCmd{env: env, stdout: stdout, stderr: stderr}).Run(ctx, args[1:])
	case "sql":
		return (&sqlCmd{env: env, stdin: stdin, stdout: stdout, stderr: stderr}).Run(ctx, args[1:])
	case "validate":
		return (&validateCmd{env: env, stdout: stdout, stderr: stderr}).Run(ctx, args[1:])
	case "template":
		return (&templateCmd{stdout: stdout, stderr: stderr}).Run(ctx, args[1:])
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return usageError{fmt.Sprintf("unknown command %q", args[0])}
	}
}
