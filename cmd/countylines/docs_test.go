package main

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var updateDocs = flag.Bool("update", false, "rewrite the README's settings table from config.go")

const (
	settingsBegin = "<!-- settings: generated from cmd/countylines/config.go by TestREADMESettings; do not edit by hand -->\n"
	settingsEnd   = "<!-- end of settings -->\n"
)

// settingsMarkdown is the settings table of config.go as the README shows
// it: every setting with its flag, variable, default, the commands that
// take it and what it does.
func settingsMarkdown() string {
	var b strings.Builder
	b.WriteString("| flag | environment | default | commands | what |\n|---|---|---|---|---|\n")
	cell := func(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
	for _, s := range settings {
		var cmds []string
		for _, c := range commands {
			if slices.Contains(c.settings, s.name) {
				cmds = append(cmds, c.name)
			}
		}
		def := ""
		if s.def != "" {
			def = "`" + s.def + "`"
		}
		b.WriteString("| `" + cell(flagName(s.name, s.arg)) + "` | `" + s.env + "` | " + cell(def) + " | " +
			strings.Join(cmds, ", ") + " | " + cell(s.usage) + " |\n")
	}
	return b.String()
}

// TestREADMESettings: the README's settings table is config.go's, so the
// two cannot drift (a setting added, renamed or given a new default
// without the README following fails here). -update rewrites it.
func TestREADMESettings(t *testing.T) {
	path := filepath.Join("..", "..", "README.md")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	i, j := strings.Index(readme, settingsBegin), strings.Index(readme, settingsEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md has no settings table between %q and %q", settingsBegin, settingsEnd)
	}
	i += len(settingsBegin)
	want := settingsMarkdown()
	if readme[i:j] == want {
		return
	}
	if *updateDocs {
		if err := os.WriteFile(path, []byte(readme[:i]+want+readme[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got := strings.Split(readme[i:j], "\n")
	for n, line := range strings.Split(want, "\n") {
		if n >= len(got) || got[n] != line {
			t.Errorf("README.md's settings table differs from config.go's at row %d:\n got  %q\n want %q", n+1, at(got, n), line)
		}
	}
	t.Errorf("run go test ./cmd/countylines -run TestREADMESettings -update to write config.go's table into README.md")
}

func at(lines []string, n int) string {
	if n < len(lines) {
		return lines[n]
	}
	return "(nothing)"
}

// commandFlags is every flag a command takes: its settings and its own.
func commandFlags(c *command) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	bind(fs, c.settings)
	c.new(stdio{}).flags(fs)
	return fs
}

var (
	commandRowRe = regexp.MustCompile("(?m)^\\| `countylines ([a-z]+)([^`]*)` \\|")
	flagUseRe    = regexp.MustCompile(`\[(--?[a-z-]+)(?: ([^\]]+))?\]`)
)

// TestREADMECommands: the README's command table has a row for every
// command, and no other; each flag a row shows is a flag of that command,
// shown with its placeholder or its default (so a changed default, such
// as --grace's, cannot leave the README behind).
func TestREADMECommands(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, m := range commandRowRe.FindAllStringSubmatch(string(b), -1) {
		rows[m[1]] = m[2]
	}
	for _, c := range commands {
		row, ok := rows[c.name]
		if !ok {
			t.Errorf("README.md's command table has no row for %s", c.name)
			continue
		}
		delete(rows, c.name)
		fs := commandFlags(c)
		for _, m := range flagUseRe.FindAllStringSubmatch(row, -1) {
			name := strings.TrimLeft(m[1], "-")
			f := fs.Lookup(name)
			if f == nil {
				t.Errorf("README.md: countylines %s is shown with %s, which it does not take", c.name, m[1])
				continue
			}
			if !slices.Contains(c.settings, name) || m[2] == "" {
				continue
			}
			if s := settingByName(name); m[2] != s.arg && m[2] != s.def && m[2] != "'"+s.def+"'" {
				t.Errorf("README.md: countylines %s shows [%s %s]; the setting's placeholder is %s and its default %s", c.name, m[1], m[2], s.arg, s.def)
			}
		}
	}
	for name := range rows {
		t.Errorf("README.md's command table has a row for %s, which is no command", name)
	}
}

var (
	envRe       = regexp.MustCompile(`COUNTYLINES_[A-Z_]+`)
	deployRowRe = regexp.MustCompile("(?m)^\\| `(COUNTYLINES_[A-Z_]+)` \\| ([^|]*) \\|")
)

// TestDocsNameOnlyRealSettings: every COUNTYLINES_ variable the README,
// docs/deploy.md, compose.yaml and the Dockerfile name is a setting's (or
// the crash-test build's), and each default
// docs/deploy.md's table shows (in backquotes) is the setting's default.
func TestDocsNameOnlyRealSettings(t *testing.T) {
	envs := map[string]*setting{}
	for i := range settings {
		envs[settings[i].env] = &settings[i]
	}
	// The crash-test build's own variables (never a setting) may be named too.
	crashtest, err := os.ReadFile("crashpoint_crashtest.go")
	if err != nil {
		t.Fatal(err)
	}
	testOnly := envRe.FindAllString(string(crashtest), -1)
	for _, doc := range []string{"README.md", "docs/deploy.md", "compose.yaml", "Dockerfile"} {
		b, err := os.ReadFile(filepath.Join("..", "..", doc))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range envRe.FindAllString(string(b), -1) {
			if envs[e] == nil && !slices.Contains(testOnly, e) {
				t.Errorf("%s names %s, which is no setting's variable", doc, e)
			}
		}
		if doc != "docs/deploy.md" {
			continue
		}
		for _, m := range deployRowRe.FindAllStringSubmatch(string(b), -1) {
			s, def := envs[m[1]], strings.TrimSpace(m[2])
			if s == nil || !strings.HasPrefix(def, "`") {
				continue // a default said in words ("from the schedule")
			}
			if def != "`"+s.def+"`" {
				t.Errorf("docs/deploy.md gives %s the default %s; config.go's is %q", m[1], def, s.def)
			}
		}
	}
}
