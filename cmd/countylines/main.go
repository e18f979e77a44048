// Command countylines turns police forces' Excel returns from a national
// county lines intensification week into national and regional figures.
//
// How the command line is built (read this before adding a command):
//
//   - main is short: a context cancelled by SIGTERM/SIGINT, Run, and one
//     switch from the error to the exit code (exitCode below). A command
//     returns errors; it never calls os.Exit.
//   - Each command is a small struct in its own file (run.go, sql.go, ...)
//     implementing runner: flags(fs) adds the flags that are its own, and
//     run(ctx, cfg, args) does the work with the resolved Config and the
//     positional arguments.
//   - Settings shared between commands (home, settle, log level, ...) live
//     in config.go's settings table: flag > COUNTYLINES_* environment >
//     default, each validated before the command runs, with an error
//     naming the setting (exit 2). A command lists the settings it takes.
//     Packages under etl/ get plain values from Config and never read the
//     environment.
//   - Flags may come before or after the positional arguments; "--" ends
//     them. --help is written from the command's description below.
//
// To add a command: write NAME.go with `type nameCmd struct{ stdio; ... }`
// and its flags and run methods, then add a *command to the commands list
// below with a one-line summary, its positional arguments, the settings
// it takes, an example and its exit codes. A command that does a pass's
// work opens the home with cfg.requireHome(); a failure it has already
// logged is returned as logged{err} so it is not printed twice. TestHelp
// checks every command's help; add its exit codes to TestExitCodes.
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

	"github.com/countylines/countylines/etl/pipeline"
)

func main() {
	restrictUmask()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// commands is every command, in the order --help lists them.
var commands = []*command{
	runCommand,
	scheduleCommand,
	statusCommand,
	rebuildCommand,

	sqlCommand,
	validateCommand,
	templateCommand,
	draftCommand,
}

// The exit codes, the same for every command.
const (
	exitOK           = 0
	exitFailure      = 1
	exitUsage        = 2
	exitRejected     = 3
	exitBusy         = 4
	exitNeedsRebuild = 5
)

var exitMeaning = map[int]string{
	exitOK:           "success",
	exitFailure:      "failure (the error message or the log says why)",
	exitUsage:        "usage or configuration error: a bad flag or setting, or a home folder that does not exist",
	exitRejected:     "success, but some returns were rejected (each has a report in rejected/); 0 instead with --rejected-ok",
	exitBusy:         "another pass is already running on this home folder; nothing was done",
	exitNeedsRebuild: "the warehouse is missing, empty or unreadable while archive/ holds returns: run countylines rebuild",
}

// exitUsageNoHome is exit 2 for a command that has no home folder.
const exitUsageNoHome = "usage or configuration error: a bad flag or setting"

// errRejected means the command worked but some returns were rejected.
var errRejected = errors.New("some returns were rejected")

// usageError is a bad command line or setting (exit 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// logged is an error the command has already written to its log: main
// maps it to an exit code without printing it again.
type logged struct{ error }

func (e logged) Unwrap() error { return e.error }

// exitCode is the one place an error becomes an exit code.
func exitCode(err error, stderr io.Writer) int {
	code := exitFailure
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, new(usageError)):
		code = exitUsage
	case errors.Is(err, errRejected):
		return exitRejected
	case errors.Is(err, pipeline.ErrBusy):
		code = exitBusy
	case errors.Is(err, pipeline.ErrNeedsRebuild):
		code = exitNeedsRebuild
	}
	if !errors.As(err, new(logged)) {
		fmt.Fprintln(stderr, "countylines:", err)
	}
	return code
}

// Run runs one countylines command line (without the program name).
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return run(ctx, stdio{env: os.Getenv, stdin: stdin, stdout: stdout, stderr: stderr}, args)
}

func run(ctx context.Context, io stdio, args []string) error {
	if len(args) == 0 {
		usageText(io.stderr)
		return usageError{"no command given"}
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c := findCommand(args[1]); c != nil {
				return c.exec(ctx, io, []string{"--help"})
			}
		}
		usageText(io.stdout)
		return nil
	case "version", "-version", "--version":
		return printVersion(ctx, io.stdout)
	}
	c := findCommand(args[0])
	if c == nil {
		usageText(io.stderr)
		return usageError{fmt.Sprintf("unknown command %q", args[0])}
	}
	return c.exec(ctx, io, args[1:])
}
