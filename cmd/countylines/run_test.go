package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// probe9 C11: run tells a force where its report is by its real path,
// rejected/<id>-<sha12>-<name>.report.txt (or <id>-<kind>-<name> for
// what is not a file), on stdout and in the log line, and the file is
// there. Failed before: stdout said "(report in <home>/rejected)", the
// log gave the path relative to the home, and a non-file's line none.
func TestRunGivesEachReportsPath(t *testing.T) {
	home := t.TempDir()
	inbox := filepath.Join(home, "inbox")
	if err := os.MkdirAll(inbox, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(inbox, "junk1.xlsx"), []byte("not a workbook"), 0o644)
	if err := os.Symlink("nowhere", filepath.Join(inbox, "link.xlsx")); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := runCLI(t, "run", "--home", home, "--settle", "0s", "--log-format", "json")
	if code := exitCode(err, os.Stderr); code != exitRejected {
		t.Fatalf("run: exit %d %v\n%s", code, err, stderr)
	}
	want := map[string]*regexp.Regexp{
		"junk1.xlsx": regexp.MustCompile(`^[0-9]{6}-[0-9a-f]{12}-junk1\.xlsx\.report\.txt$`),
		"link.xlsx":  regexp.MustCompile(`^[0-9]{6}-symlink-link\.xlsx\.report\.txt$`),
	}
	printed := map[string]string{}
	line := regexp.MustCompile(`^  rejected: (.+) \(report: (.+)\)$`)
	for _, l := range strings.Split(out, "\n") {
		if m := line.FindStringSubmatch(l); m != nil {
			printed[m[1]] = m[2]
		}
	}
	logged := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(stderr))
	for sc.Scan() {
		var l map[string]any
		if json.Unmarshal(sc.Bytes(), &l) == nil && l["report"] != nil {
			logged[l["file"].(string)] = l["report"].(string)
		}
	}
	for name, re := range want {
		p := printed[name]
		if filepath.Dir(p) != filepath.Join(home, "rejected") || !re.MatchString(filepath.Base(p)) {
			t.Errorf("%s: run printed the report as %q, want %s/rejected/ and a name matching %s\n%s", name, p, home, re, out)
			continue
		}
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s: the report printed is not there: %v", name, err)
		}
		if logged[name] != p {
			t.Errorf("%s: the log line gives the report as %q, want %q", name, logged[name], p)
		}
	}
}
