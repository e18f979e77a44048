package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

// stdio is what every command is given instead of reaching for the
// process's own: tests pass buffers and a fake environment.
type stdio struct {
	env            func(string) string
	stdin          io.Reader
	stdout, stderr io.Writer
}

// A command is one subcommand. Its help is written from this
// description, its settings and its flags, so --help is always complete.
type command struct {
	name     string
	summary  string   // one line
	args     string   // positional arguments, e.g. "FILE..."; "" for none
	about    string   // more, for --help (may be several lines)
	settings []string // the settings it takes, by name (config.go)
	example  string
	exits    []int // its exit codes, from the table in main.go
	// exitText says what a code means for this command where the
	// table's general meaning would mislead (validate's 3, status's 1).
	exitText map[int]string
	// new returns the command's runner; its flags(fs) adds the flags
	// that are the command's own (not settings).
	new func(io stdio) runner
}

// A runner is one command's small struct.
type runner interface {
	flags(fs *flag.FlagSet)
	run(ctx context.Context, cfg Config, args []string) error
}

func findCommand(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// exec parses a command's arguments (flags may come before or after the
// positional arguments; "--" ends the flags), resolves its settings and
// runs it.
func (c *command) exec(ctx context.Context, io stdio, args []string) error {
	r := c.new(io)
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.stderr)
	fs.Usage = func() {}
	bound := bind(fs, c.settings)
	r.flags(fs)
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		c.help(io.stdout, fs)
		return err
	}
	if err != nil {
		return usageError{fmt.Sprintf("%s: %v (see countylines %s --help)", c.name, err, c.name)}
	}
	cfg, err := bound.resolve(io.env)
	if err != nil {
		return err
	}
	return r.run(ctx, cfg, pos)
}

// parseInterspersed parses flags wherever they are among the positional
// arguments, which it returns in order. Everything after "--" is
// positional.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	fs.SetOutput(io.Discard) // errors are returned, not printed
	for {
		if len(args) > 0 && args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// help writes a command's full --help.
func (c *command) help(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, "countylines %s: %s\n\nUsage:\n  countylines %s [flags]", c.name, c.summary, c.name)
	if c.args != "" {
		fmt.Fprintf(w, " %s", c.args)
	}
	fmt.Fprintln(w)
	if c.about != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.about))
	}
	own := map[string]bool{}
	for _, n := range c.settings {
		own[n] = true
	}
	var lines [][3]string
	fs.VisitAll(func(f *flag.Flag) {
		if own[f.Name] {
			return
		}
		arg, usage := flag.UnquoteUsage(f)
		if _, isBool := f.Value.(interface{ IsBoolFlag() bool }); isBool {
			arg = ""
		}
		def := ""
		if f.DefValue != "" && f.DefValue != "false" {
			def = "default " + f.DefValue
		}
		lines = append(lines, [3]string{flagName(f.Name, arg), usage, def})
	})
	for _, n := range c.settings {
		s := settingByName(n)
		def := s.env
		if s.def != "" && !(s.isBool && s.def == "false") {
			def += ", default " + s.def
		}
		lines = append(lines, [3]string{flagName(s.name, s.arg), s.usage, def})
	}
	if len(lines) > 0 {
		fmt.Fprintln(w, "\nFlags (a flag wins over its environment variable, which wins over the default):")
		for _, l := range lines {
			fmt.Fprintf(w, "  %s\n      %s", l[0], l[1])
			if l[2] != "" {
				fmt.Fprintf(w, " (%s)", l[2])
			}
			fmt.Fprintln(w)
		}
	}
	if c.example != "" {
		fmt.Fprintf(w, "\nExample:\n  %s\n", strings.ReplaceAll(strings.TrimSpace(c.example), "\n", "\n  "))
	}
	fmt.Fprintln(w, "\nExit codes:")
	for _, code := range c.exits {
		fmt.Fprintf(w, "  %d  %s\n", code, c.exitMeaning(code))
	}
}

// exitMeaning is what an exit code means for this command: its own
// text, else the table's, without the home folder for a command that
// has none.
func (c *command) exitMeaning(code int) string {
	if s, ok := c.exitText[code]; ok {
		return s
	}
	if code == exitUsage && !slices.Contains(c.settings, "home") {
		return exitUsageNoHome
	}
	return exitMeaning[code]
}

func flagName(name, arg string) string {
	s := "--" + name
	if len(name) == 1 {
		s = "-" + name
	}
	if arg != "" {
		s += " " + arg
	}
	return s
}

// usageText is `countylines --help`.
func usageText(w io.Writer) {
	fmt.Fprintln(w, "countylines turns police forces' county lines returns into national and regional figures.")
	fmt.Fprintln(w, "\nUsage:\n  countylines COMMAND [flags] [arguments]\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\n  countylines COMMAND --help   a command's flags, environment variables, example and exit codes")
	fmt.Fprintln(w, "  countylines --version        version, commit and DuckDB version")
	fmt.Fprintln(w, "\nExit codes:")
	codes := make([]int, 0, len(exitMeaning))
	for code := range exitMeaning {
		codes = append(codes, code)
	}
	sort.Ints(codes)
	for _, code := range codes {
		fmt.Fprintf(w, "  %d  %s\n", code, exitMeaning[code])
	}
}
