package main

import (
	"io"
	"strings"
	"testing"
)

// The plausibility factor is a number above 1, from the flag or the
// environment; anything else stops the command with a usage error that
// names the setting.
func TestPlausibilityFactorSetting(t *testing.T) {
	home := t.TempDir()
	for _, v := range []string{"1", "0.5", "-10", "ten", "NaN", "+Inf", ""} {
		_, _, err := runCLI(t, "run", "--home", home, "--plausibility-factor", v)
		if code := exitCode(err, io.Discard); code != exitUsage || !strings.Contains(err.Error(), "plausibility-factor") {
			t.Errorf("--plausibility-factor %q: exit %d (%v), want %d naming the setting", v, code, err, exitUsage)
		}
	}
	_, _, err := runEnv(t, map[string]string{"COUNTYLINES_PLAUSIBILITY_FACTOR": "x"}, "run", "--home", home)
	if code := exitCode(err, io.Discard); code != exitUsage {
		t.Errorf("COUNTYLINES_PLAUSIBILITY_FACTOR=x: exit %d (%v), want %d", code, err, exitUsage)
	}
	// A good value reaches the warehouse the rollups read it from.
	if _, _, err := runCLI(t, "run", "--home", home, "--init", "--settle", "0s", "--plausibility-factor", "2.5"); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCLI(t, "sql", "--home", home, "--format", "csv", "select value from meta where key = 'plausibility_factor'")
	if err != nil || !strings.Contains(out, "2.5") {
		t.Errorf("factor in the warehouse: %q, %v", out, err)
	}
}
