package monitor_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/countylines/countylines/etl/monitor"
)

// ParseMetrics reads metrics.prom with Prometheus's text-format parser.
func ParseMetrics(t testing.TB, path string) map[string]float64 {
	t.Helper()
	m, err := monitor.ReadMetrics(path)
	if err != nil {
		t.Fatalf("not in the Prometheus text format: %v", err)
	}
	return m
}

var t0 = time.Date(2026, 3, 29, 9, 0, 0, 0, time.UTC)

func TestRecordAndMetrics(t *testing.T) {
	home := t.TempDir()
	ctx := context.Background()
	ops := []monitor.Operation{{Operation: "2021-10", Expected: 3, Returned: []string{"a", "b"}, Missing: []string{"c"}}}
	passes := []monitor.Pass{
		{RunID: "r1", Started: t0, Ended: t0.Add(2 * time.Second), Status: monitor.StatusRejections, FilesSeen: 4, Loaded: 2, Rejected: 1, Duplicates: 1},
		{RunID: "r2", Started: t0.Add(time.Minute), Ended: t0.Add(time.Minute + 500*time.Millisecond), Status: monitor.StatusFailed, Error: "disk full", FilesSeen: 1},
	}
	if err := monitor.Record(ctx, home, passes[0], ops, map[string]int{"2021-10": 1}, t0); err != nil {
		t.Fatal(err)
	}
	if err := monitor.Record(ctx, home, passes[1], nil, nil, t0); err != nil {
		t.Fatal(err)
	}
	st, err := monitor.Load(home)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Passes) != 2 || st.Passes[0].RunID != "r2" || st.LastSuccess == nil || !st.LastSuccess.Equal(passes[0].Ended) {
		t.Fatalf("status: %+v", st)
	}
	// A pass that did not complete keeps the operations of the last one that did.
	if len(st.Operations) != 1 || st.Operations[0].RejectedTotal != 1 || len(st.Operations[0].Missing) != 1 {
		t.Errorf("operations: %+v", st.Operations)
	}
	m := ParseMetrics(t, filepath.Join(home, monitor.MetricsFile))
	want := map[string]float64{
		"countylines_last_pass_duration_seconds":                0.5,
		"countylines_last_pass_end_timestamp_seconds":           float64(passes[1].Ended.Unix()) + 0.5,
		"countylines_last_pass_failed":                          1,
		"countylines_last_success_timestamp_seconds":            float64(passes[0].Ended.Unix()),
		"countylines_passes_total{status=rejections}":           1,
		"countylines_passes_total{status=failed}":               1,
		"countylines_files_total{outcome=loaded}":               2,
		"countylines_files_total{outcome=rejected}":             1,
		"countylines_files_total{outcome=duplicate}":            1,
		"countylines_last_pass_files{outcome=loaded}":           0,
		"countylines_returns_expected{operation=2021-10}":       3,
		"countylines_returns_received{operation=2021-10}":       2,
		"countylines_returns_rejected_total{operation=2021-10}": 1,
	}
	for k, v := range want {
		if got, ok := m[k]; !ok || got != v {
			t.Errorf("%s = %v (present %v), want %v", k, got, ok, v)
		}
	}
	if _, ok := m["countylines_next_pass_timestamp_seconds"]; ok {
		t.Error("a next pass time without a scheduler")
	}
	next := t0.Add(5 * time.Minute)
	if err := monitor.SetSchedule(home, &monitor.Schedule{Cron: "*/5 * * * *", TZ: "Europe/London", Interval: 300, Next: next}, t0); err != nil {
		t.Fatal(err)
	}
	m = ParseMetrics(t, filepath.Join(home, monitor.MetricsFile))
	if m["countylines_next_pass_timestamp_seconds"] != float64(next.Unix()) || m["countylines_passes_total{status=failed}"] != 1 {
		t.Errorf("after SetSchedule: %v", m)
	}
}

// TestHealth: unhealthy when nothing has run, when the last pass failed,
// or when it is older than the allowed age; a cancelled pass is passed over.
func TestHealth(t *testing.T) {
	ok := monitor.Pass{RunID: "ok", Started: t0, Ended: t0, Status: monitor.StatusOK}
	rej := monitor.Pass{RunID: "rej", Started: t0, Ended: t0, Status: monitor.StatusRejections}
	failed := monitor.Pass{RunID: "bad", Started: t0, Ended: t0, Status: monitor.StatusFailed, Error: "boom"}
	cancelled := monitor.Pass{RunID: "stop", Started: t0.Add(time.Minute), Ended: t0.Add(time.Minute), Status: monitor.StatusCancelled}
	sched := &monitor.Schedule{Interval: 300}
	for _, c := range []struct {
		name    string
		passes  []monitor.Pass
		sch     *monitor.Schedule
		age     time.Duration
		maxAge  time.Duration
		healthy bool
	}{
		{"nothing yet", nil, nil, 0, 0, false},
		{"ok, fresh", []monitor.Pass{ok}, nil, time.Minute, 0, true},
		{"rejections are not a failure", []monitor.Pass{rej}, nil, time.Minute, 0, true},
		{"failed", []monitor.Pass{failed, ok}, nil, time.Minute, 0, false},
		{"cancelled over ok", []monitor.Pass{cancelled, ok}, nil, time.Minute, 0, true},
		{"cancelled over failed", []monitor.Pass{cancelled, failed}, nil, time.Minute, 0, false},
		{"only cancelled", []monitor.Pass{cancelled}, nil, time.Minute, 0, false},
		{"older than max-age", []monitor.Pass{ok}, nil, 31 * time.Minute, 30 * time.Minute, false},
		{"within max-age", []monitor.Pass{ok}, nil, 29 * time.Minute, 30 * time.Minute, true},
		{"default without a scheduler: 25h", []monitor.Pass{ok}, nil, 24 * time.Hour, 0, true},
		{"default without a scheduler: 25h, late", []monitor.Pass{ok}, nil, 26 * time.Hour, 0, false},
		{"default with a 5m schedule: 15m", []monitor.Pass{ok}, sched, 14 * time.Minute, 0, true},
		{"default with a 5m schedule: 15m, late", []monitor.Pass{ok}, sched, 16 * time.Minute, 0, false},
	} {
		s := &monitor.Status{Passes: c.passes, Schedule: c.sch}
		_, err := s.Health(t0.Add(c.age), c.maxAge)
		if (err == nil) != c.healthy {
			t.Errorf("%s: %v, want healthy %v", c.name, err, c.healthy)
		}
		if c.passes == nil && !errors.Is(err, monitor.ErrNoStatus) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

// TestUnreadableStatusIsSetAside: a status.json that is not a status (cut
// short, edited by hand) is set aside under its own name with the time,
// never over an earlier one, and a fresh one started: the pass is
// recorded and metrics.prom rewritten. Failed before: Record returned the
// JSON error, so no pass was ever recorded again and metrics.prom froze.
func TestUnreadableStatusIsSetAside(t *testing.T) {
	home := t.TempDir()
	path := filepath.Join(home, monitor.StatusFile)
	ok := monitor.Pass{RunID: "r1", Started: t0, Ended: t0.Add(time.Second), Status: monitor.StatusOK, Loaded: 1}
	for i, bad := range []string{`{"passes": [`, `[]`, `{"passes": 5}`, "\x00\x00\x00"} {
		if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		var corrupt *monitor.CorruptError
		if _, err := monitor.Load(home); !errors.As(err, &corrupt) || corrupt.Path != path {
			t.Fatalf("%q: Load: %v, want a CorruptError", bad, err)
		}
		err := monitor.Record(context.Background(), home, ok, []monitor.Operation{}, nil, t0)
		var aside *monitor.SetAsideError
		if !errors.As(err, &aside) {
			t.Fatalf("%q: Record: %v, want a SetAsideError", bad, err)
		}
		want := path + ".corrupt-20260329T090000Z"
		if i > 0 {
			want += fmt.Sprintf("-%d", i+1)
		}
		if aside.SetAside != want || !strings.Contains(err.Error(), filepath.Base(want)) {
			t.Errorf("%q: set aside as %q (%v), want %s", bad, aside.SetAside, err, want)
		}
		if b, err := os.ReadFile(want); err != nil || string(b) != bad {
			t.Errorf("%q: the set-aside file holds %q (%v)", bad, b, err)
		}
		st, err := monitor.Load(home)
		if err != nil || len(st.Passes) != 1 || st.Passes[0].RunID != "r1" || st.Restarted == nil || st.Restarted.SetAside != filepath.Base(want) {
			t.Fatalf("%q: the fresh status: %+v, %v", bad, st, err)
		}
		if m := ParseMetrics(t, filepath.Join(home, monitor.MetricsFile)); m["countylines_files_total{outcome=loaded}"] != 1 {
			t.Errorf("%q: metrics.prom not rewritten: %v", bad, m)
		}
		// The next update is an ordinary one.
		if err := monitor.SetSchedule(home, nil, t0); err != nil {
			t.Errorf("%q: an update after the restart: %v", bad, err)
		}
	}
	// A status.json that cannot be read for another reason is an error,
	// and is left where it is.
	os.Remove(path)
	os.Mkdir(path, 0o755)
	if err := monitor.Record(context.Background(), home, ok, nil, nil, t0); err == nil || errors.As(err, new(*monitor.SetAsideError)) {
		t.Errorf("status.json a folder: %v", err)
	}
	if st, err := os.Stat(path); err != nil || !st.IsDir() {
		t.Errorf("the folder was moved: %v", err)
	}
}
