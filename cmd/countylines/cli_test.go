package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/countylines/countylines/etl/pipeline"
)

// TestHelp: every command's --help has a one-line description, its
// positional arguments, every flag with its environment variable and
// default, an example and its exit codes; and it exits 0.
func TestHelp(t *testing.T) {
	for _, c := range commands {
		for _, args := range [][]string{{c.name, "--help"}, {c.name, "-h"}, {"help", c.name}} {
			out, _, err := runCLI(t, args...)
			if code := exitCode(err, io.Discard); code != exitOK {
				t.Fatalf("%v: exit %d (%v)", args, code, err)
			}
			wants := []string{"countylines " + c.name + ": " + c.summary, "Usage:\n  countylines " + c.name + " [flags]" + strings.TrimRight(" "+c.args, " ") + "\n", "Example:\n  countylines " + c.name, "Exit codes:\n"}
			if strings.Contains(c.summary, "\n") || c.summary == "" {
				t.Errorf("%s: the summary must be one line", c.name)
			}
			for _, n := range c.settings {
				s := settingByName(n)
				wants = append(wants, "--"+s.name, s.env, s.usage)
				if s.def != "" && s.def != "false" {
					wants = append(wants, "default "+s.def)
				}
			}
			for _, code := range c.exits {
				wants = append(wants, c.exitMeaning(code))
			}
			// Help never promises a flag the command does not have
			// (validate once said "0 instead with --rejected-ok").
			if bad := foreignFlags(c, out); len(bad) > 0 {
				t.Errorf("%v mentions flags %s has not: %v", args, c.name, bad)
			}
			// The command's own flags too.
			fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
			c.new(stdio{}).flags(fs)
			fs.VisitAll(func(f *flag.Flag) {
				_, usage := flag.UnquoteUsage(f)
				wants = append(wants, flagName(f.Name, ""), usage)
			})
			for _, w := range wants {
				if !strings.Contains(out, w) {
					t.Errorf("%v lacks %q:\n%s", args, w, out)
				}
			}
		}
	}
	out, _, err := runCLI(t, "--help")
	if err != nil || !strings.Contains(out, "Exit codes:") {
		t.Errorf("--help: %v\n%s", err, out)
	}
	for _, c := range commands {
		if !strings.Contains(out, c.name+" ") || !strings.Contains(out, c.summary) {
			t.Errorf("--help does not list %s", c.name)
		}
	}
	for code, meaning := range exitMeaning {
		if !strings.Contains(out, meaning) {
			t.Errorf("--help lacks exit code %d", code)
		}
	}
}

// foreignFlags returns the --flags text mentions that command c does not
// take, other than as another command's ("status --check").
func foreignFlags(c *command, text string) []string {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	bind(fs, c.settings)
	c.new(stdio{}).flags(fs)
	var bad []string
	for _, m := range regexp.MustCompile(`(\w*)(?:^|[^-\w])--?([a-z][a-z0-9-]*)`).FindAllStringSubmatch(text, -1) {
		if other := findCommand(m[1]); other != nil && other != c {
			continue
		}
		if m[2] != "help" && fs.Lookup(m[2]) == nil {
			bad = append(bad, m[2])
		}
	}
	return bad
}

func TestVersion(t *testing.T) {
	out, _, err := runCLI(t, "--version")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"countylines ", "commit ", "duckdb      v1.5.6"} {
		if !strings.Contains(out, w) {
			t.Errorf("--version lacks %q:\n%s", w, out)
		}
	}
}

// TestFlagsAfterArguments: flags after the positional arguments are
// flags, not words of the query; "--" ends them.
func TestFlagsAfterArguments(t *testing.T) {
	home := t.TempDir()
	dropSample(t, filepath.Join(home, "inbox"), "kent", "kent.xlsx")
	if _, _, err := runCLI(t, "run", "--home", home, "--settle", "0s"); err != nil {
		t.Fatal(err)
	}
	want := "one,two\n1,x\n"
	for _, args := range [][]string{
		{"sql", "select 1 as one, 'x' as two", "--format", "csv", "--home", home},
		{"sql", "--home", home, "select 1 as one,", "--format", "csv", "'x' as two"},
		{"sql", "--format=csv", "--home", home, "--", "select 1 as one, 'x' as two"},
	} {
		out, stderr, err := runCLI(t, args...)
		if err != nil || out != want {
			t.Errorf("%q: %q %v %s, want %q", args, out, err, stderr, want)
		}
	}
	// The home given after the query is the one used: a missing one is an
	// error, not the default.
	_, _, err := runCLI(t, "sql", "select 1", "--home", filepath.Join(home, "nope"))
	if exitCode(err, io.Discard) != exitUsage || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("sql with --home after the query on a missing folder: %v", err)
	}
	// After "--", everything is the query, even what looks like a flag.
	out, _, err := runCLI(t, "sql", "--home", home, "--", "select 1 as one,", "-2 as two", "--format=csv")
	if err != nil || !strings.Contains(out, "-2") || !strings.Contains(out, "(1 rows)") {
		t.Errorf("-- did not end the flags: %q %v", out, err)
	}
}

// TestSettings: flag > environment > default, and every bad value is
// reported at once, naming the setting and where the value came from.
func TestSettings(t *testing.T) {
	home, other := t.TempDir(), t.TempDir()
	env := map[string]string{"COUNTYLINES_HOME": other, "COUNTYLINES_SETTLE": "0s"}
	os.WriteFile(filepath.Join(other, "marker"), nil, 0o644)
	if _, _, err := runEnv(t, env, "run"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(other, "warehouse.duckdb")); err != nil {
		t.Errorf("COUNTYLINES_HOME was not used: %v", err)
	}
	if _, _, err := runEnv(t, env, "run", "--home", home); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(home, "warehouse.duckdb")); err != nil {
		t.Errorf("--home did not win over COUNTYLINES_HOME: %v", err)
	}

	bad := map[string]string{"COUNTYLINES_HOME": home, "COUNTYLINES_SETTLE": "soon", "COUNTYLINES_LOG_LEVEL": "loud",
		"COUNTYLINES_LOG_FORMAT": "xml", "COUNTYLINES_REJECTED_OK": "perhaps", "COUNTYLINES_INIT": "maybe"}
	_, _, err := runEnv(t, bad, "run")
	if exitCode(err, io.Discard) != exitUsage {
		t.Fatalf("bad settings: exit %d (%v)", exitCode(err, io.Discard), err)
	}
	for _, w := range []string{`settle: "soon" is not a duration`, "(from COUNTYLINES_SETTLE)", `log-level: "loud"`, "(from COUNTYLINES_LOG_LEVEL)",
		`log-format: "xml"`, `rejected-ok: "perhaps"`, `init: "maybe"`} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("the error lacks %q: %v", w, err)
		}
	}
	// A flag's bad value is named without a source, and wins over a good
	// environment value.
	_, _, err = runEnv(t, map[string]string{"COUNTYLINES_SETTLE": "5s"}, "run", "--home", home, "--settle", "-3s")
	if err == nil || !strings.Contains(err.Error(), `settle: "-3s" is not a duration`) || strings.Contains(err.Error(), "from") {
		t.Errorf("bad --settle: %v", err)
	}
	// A schedule more often than once a second is an error naming the
	// field (the cron library made @every 0s a pass every second).
	stopped, stop := context.WithCancel(context.Background())
	stop() // a schedule that starts runs one pass and stops
	for _, spec := range []string{"@every 0s", "@every 500ms", "@every 1500ms", "CRON_TZ=UTC @every 0s", "@every -1m"} {
		_, _, err := runCtx(t, stopped, map[string]string{"COUNTYLINES_CRON": spec}, "schedule", "--home", home)
		if exitCode(err, io.Discard) != exitUsage || !strings.HasPrefix(err.Error(), "cron: ") || !strings.Contains(err.Error(), "(from COUNTYLINES_CRON)") {
			t.Errorf("cron %q: %v, want exit 2 naming the field", spec, err)
		}
	}
	for _, spec := range []string{"@every 1s", "@every 2m", "*/5 * * * *", "@hourly", "TZ=UTC @every 10s"} {
		if err := settingByName("cron").resolve(&Config{}, spec); err != nil {
			t.Errorf("cron %q: %v", spec, err)
		}
	}
	// Every setting's default is valid and every name is unique.
	seen := map[string]bool{}
	for _, s := range settings {
		var c Config
		if err := s.resolve(&c, s.def); err != nil {
			t.Errorf("default of %s: %v", s.name, err)
		}
		if seen[s.name] || seen[s.env] || !strings.HasPrefix(s.env, "COUNTYLINES_") {
			t.Errorf("setting %s / %s is duplicated or misnamed", s.name, s.env)
		}
		seen[s.name], seen[s.env] = true, true
	}
}

// TestMissingHome: a home folder that does not exist is a configuration
// error (exit 2) and is not created, unless --init or --demo says so.
func TestMissingHome(t *testing.T) {
	base := t.TempDir()
	typo := filepath.Join(base, "dtaa")
	for _, args := range [][]string{{"run", "--home", typo}, {"sql", "--home", typo, "select 1"}, {"status", "--home", typo},
		{"rebuild", "--home", typo}, {"schedule", "--home", typo}} {
		_, _, err := runCLI(t, args...)
		if code := exitCode(err, io.Discard); code != exitUsage || !strings.Contains(err.Error(), "home: "+typo+" does not exist") {
			t.Errorf("%v: exit %d, %v", args, code, err)
		}
		// The error suggests only flags the command has: --init for
		// run, not for sql or status.
		c := findCommand(args[0])
		if bad := foreignFlags(c, err.Error()); len(bad) > 0 {
			t.Errorf("%v: the error suggests %v, which %s has not: %v", args, bad, c.name, err)
		}
		if slices.Contains(c.settings, "init") != strings.Contains(err.Error(), "--init") {
			t.Errorf("%v: --init suggested where it is not a flag, or not where it is: %v", args, err)
		}
		if _, err := os.Stat(typo); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("%v created the missing home", args)
		}
	}
	file := filepath.Join(base, "file")
	os.WriteFile(file, nil, 0o644)
	if _, _, err := runCLI(t, "run", "--home", file); exitCode(err, io.Discard) != exitUsage {
		t.Errorf("a home that is a file: %v", err)
	}
	if _, _, err := runCLI(t, "run", "--home", typo, "--init", "--settle", "0s"); err != nil {
		t.Fatalf("--init: %v", err)
	}
	if _, err := os.Stat(filepath.Join(typo, "inbox")); err != nil {
		t.Errorf("--init did not create the home: %v", err)
	}
	if _, _, err := runEnv(t, map[string]string{"COUNTYLINES_INIT": "true"}, "run", "--home", filepath.Join(base, "b"), "--settle", "0s"); err != nil {
		t.Errorf("COUNTYLINES_INIT=true: %v", err)
	}
}

// TestExitCodes: each code of the table, produced by the real command.
func TestExitCodes(t *testing.T) {
	home := t.TempDir()
	code := func(env map[string]string, args ...string) int {
		t.Helper()
		_, _, err := runEnv(t, env, args...)
		return exitCode(err, io.Discard)
	}
	// 0: a pass with nothing to do.
	if c := code(nil, "run", "--home", home, "--settle", "0s"); c != exitOK {
		t.Errorf("empty pass: exit %d", c)
	}
	// 3: a pass that rejected a file; 0 with --rejected-ok or its variable.
	for i, extra := range [][]string{nil, {"--rejected-ok"}, {"--rejected-ok=true"}, {"--rejected-ok=false"}} {
		for _, envOK := range []string{"", "true"} {
			os.WriteFile(filepath.Join(home, "inbox", "junk"+strings.Repeat("x", i)+envOK+".xlsx"), []byte("not a workbook"), 0o644)
			want := exitRejected
			if (len(extra) > 0 && extra[0] != "--rejected-ok=false") || (envOK == "true" && len(extra) == 0) {
				want = exitOK
			}
			args := append([]string{"run", "--home", home, "--settle", "0s"}, extra...)
			if c := code(map[string]string{"COUNTYLINES_REJECTED_OK": envOK}, args...); c != want {
				t.Errorf("%v with COUNTYLINES_REJECTED_OK=%q: exit %d, want %d", extra, envOK, c, want)
			}
		}
	}
	// 2: usage.
	if c := code(nil, "run", "--home", home, "--nonsense"); c != exitUsage {
		t.Errorf("bad flag: exit %d", c)
	}
	// 4: another pass holds the home folder.
	f, err := os.OpenFile(pipeline.Home{Root: home}.Lock(), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	if c := code(nil, "run", "--home", home, "--settle", "0s"); c != exitBusy {
		t.Errorf("busy home: exit %d, want %d", c, exitBusy)
	}
	f.Close()
	// 5: the warehouse is gone while archive/ holds a loaded return.
	dropSample(t, filepath.Join(home, "inbox"), "kent", "kent.xlsx")
	if c := code(nil, "run", "--home", home, "--settle", "0s"); c != exitOK {
		t.Fatalf("loading kent: exit %d", c)
	}
	os.Remove(filepath.Join(home, "warehouse.duckdb"))
	if c := code(nil, "run", "--home", home, "--settle", "0s"); c != exitNeedsRebuild {
		t.Errorf("warehouse gone, archive full: exit %d, want %d", c, exitNeedsRebuild)
	}
	// 1: a failure: the warehouse cannot be opened (and archive/ is empty).
	broken := t.TempDir()
	os.Mkdir(filepath.Join(broken, "warehouse.duckdb"), 0o755)
	if c := code(nil, "run", "--home", broken, "--settle", "0s"); c != exitFailure {
		t.Errorf("unopenable warehouse: exit %d, want %d", c, exitFailure)
	}
}

// TestScheduleTakesRunsSettings: schedule runs the same pass as run, so it
// takes every setting run's pass takes (run's exit-code setting aside).
func TestScheduleTakesRunsSettings(t *testing.T) {
	has := map[string]bool{}
	for _, n := range scheduleCommand.settings {
		has[n] = true
	}
	for _, n := range runCommand.settings {
		if n != "rejected-ok" && !has[n] {
			t.Errorf("schedule does not take run's setting %q", n)
		}
	}
	// rebuild reads every return again: with the settings a pass reads
	// them with, or a return loaded under a longer --read-timeout would be
	// rejected by the rebuild.
	for _, n := range []string{"operation", "read-timeout", "memory-limit"} {
		if !slices.Contains(rebuildCommand.settings, n) {
			t.Errorf("rebuild does not take run's setting %q", n)
		}
	}
}
