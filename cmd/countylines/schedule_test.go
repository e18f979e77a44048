package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/countylines/countylines/etl/warehouse"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// binary builds the real countylines binary once for every test that runs
// it as a process, the crash tests among them: it is built with -tags
// crashtest, whose step hook does nothing unless COUNTYLINES_CRASH_AT or
// COUNTYLINES_CRASH_TRACE is set (crashpoint_crashtest.go), so one link
// serves them all.
func binary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "countylines-bin-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "countylines")
		gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
		out, err := exec.Command(gobin, "build", "-tags", "crashtest", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// proc is a countylines process whose JSON log lines are collected.
type proc struct {
	t     *testing.T
	name  string
	cmd   *exec.Cmd
	mu    sync.Mutex
	lines []map[string]any
	raw   []string
	done  chan struct{}
	err   error
}

func start(t *testing.T, name string, env []string, args ...string) *proc {
	t.Helper()
	p := &proc{t: t, name: name, cmd: exec.Command(binary(t), args...), done: make(chan struct{})}
	p.cmd.Env = env
	stderr, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.cmd.Stdout = io.Discard
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var m map[string]any
			line := sc.Text()
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				m = map[string]any{"NOT_JSON": line}
			}
			p.mu.Lock()
			p.lines, p.raw = append(p.lines, m), append(p.raw, line)
			p.mu.Unlock()
		}
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			p.cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// waitFor waits until a log line satisfies ok.
func (p *proc) waitFor(what string, timeout time.Duration, ok func(map[string]any) bool) map[string]any {
	p.t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		p.mu.Lock()
		for _, m := range p.lines {
			if ok(m) {
				p.mu.Unlock()
				return m
			}
		}
		p.mu.Unlock()
		select {
		case <-p.done:
			p.t.Fatalf("%s exited (%v) before %s:\n%s", p.name, p.err, what, p.log())
		case <-time.After(20 * time.Millisecond):
		}
	}
	p.t.Fatalf("%s: no %s within %s:\n%s", p.name, what, timeout, p.log())
	return nil
}

func (p *proc) count(ok func(map[string]any) bool) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, m := range p.lines {
		if ok(m) {
			n++
		}
	}
	return n
}

func (p *proc) log() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return strings.Join(p.raw, "\n")
}

// stop sends SIGTERM and returns the exit code.
func (p *proc) stop(timeout time.Duration) int {
	p.t.Helper()
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(timeout):
		p.t.Fatalf("%s did not stop within %s of SIGTERM:\n%s", p.name, timeout, p.log())
	}
	return p.cmd.ProcessState.ExitCode()
}

func msgIs(msg string) func(map[string]any) bool {
	return func(m map[string]any) bool { return m["message"] == msg }
}

// dropAll copies the 44 sample returns (and, with corpus, the 37 corpus
// returns too) into the inbox the way a careful producer does (temporary
// name, then rename), and returns each file's sha256.
func dropAll(t *testing.T, inbox string, corpus bool) map[string]string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "returns", "*", "*.xlsx"))
	if corpus {
		more, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "corpus", "*.xlsx"))
		files = append(files, more...)
	}
	if len(files) < 44 {
		t.Fatalf("only %d fixture files", len(files))
	}
	if err := os.MkdirAll(inbox, 0o755); err != nil {
		t.Fatal(err)
	}
	shas := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(b)
		shas[hex.EncodeToString(h[:])] = filepath.Base(f)
		tmp := filepath.Join(inbox, filepath.Base(f)+".partial")
		if err := os.WriteFile(tmp, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, filepath.Join(inbox, filepath.Base(f))); err != nil {
			t.Fatal(err)
		}
	}
	return shas
}

// accountedFor checks that nothing dropped was lost: after a final pass,
// the inbox and work/ are empty and every file's hash was loaded or
// rejected exactly once.
func accountedFor(t *testing.T, home string, shas map[string]string) {
	t.Helper()
	out, err := exec.Command(binary(t), "run", "--home", home, "--settle", "0s", "--rejected-ok", "--log-format", "json").CombinedOutput()
	if err != nil {
		t.Fatalf("final pass: %v\n%s", err, out)
	}
	for _, dir := range []string{"inbox", "work"} {
		left, _ := os.ReadDir(filepath.Join(home, dir))
		if len(left) > 0 {
			t.Errorf("%s/ still holds %d entries after the final pass", dir, len(left))
		}
	}
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: filepath.Join(home, "warehouse.duckdb"), ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tab, err := db.Query(context.Background(), "f", "select sha256, count(*) filter (where outcome in ('loaded', 'rejected')) from files group by all", 0)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int64{}
	for _, r := range tab.Rows {
		got[r[0].(string)] = r[1].(int64)
	}
	for sha, name := range shas {
		if got[sha] != 1 {
			t.Errorf("%s: loaded or rejected %d times, want once", name, got[sha])
		}
	}
}

func scheduleEnv(home string) []string {
	return []string{"PATH=/usr/bin:/bin", "HOME=" + home, "TMPDIR=" + home, "COUNTYLINES_HOME=" + home, "COUNTYLINES_LOG_FORMAT=json"}
}

// TestScheduleTakesFilesAndStopsOnSIGTERM runs the real binary: a pass at
// start, a dropped return loaded on a tick, status --check healthy, then
// SIGTERM in the middle of a long pass. With a long grace the pass
// finishes; with a short one it is cancelled. Either way the exit code is
// 0 and nothing dropped is lost.
func TestScheduleTakesFilesAndStopsOnSIGTERM(t *testing.T) {
	for _, grace := range []string{"60s", "50ms"} {
		t.Run("grace="+grace, func(t *testing.T) {
			home := t.TempDir()
			inbox := filepath.Join(home, "inbox")
			p := start(t, "schedule", scheduleEnv(home), "schedule", "--cron", "@every 1s", "--settle", "0s", "--grace", grace)
			p.waitFor("the pass at start", 30*time.Second, msgIs("pass finished"))
			dropSample(t, inbox, "kent", "kent.xlsx")
			p.waitFor("kent loaded", 30*time.Second, func(m map[string]any) bool { return m["message"] == "loaded" && m["file"] == "kent.xlsx" })
			p.waitFor("the summary of kent's pass", 30*time.Second, func(m map[string]any) bool { return m["message"] == "pass finished" && m["loaded"] == 1.0 })
			out, err := exec.Command(binary(t), "status", "--home", home, "--check").CombinedOutput()
			if err != nil || !strings.HasPrefix(string(out), "healthy") {
				t.Errorf("status --check while scheduled: %v %s", err, out)
			}
			st, _ := exec.Command(binary(t), "status", "--home", home).CombinedOutput()
			if !strings.Contains(string(st), `scheduler: running since`) || !strings.Contains(string(st), `cron "@every 1s" in Europe/London`) {
				t.Errorf("status does not show the scheduler:\n%s", st)
			}

			shas := dropAll(t, inbox, false) // a pass of 44 returns: long enough to stop in the middle
			p.waitFor("a return of the long pass loaded", 60*time.Second, func(m map[string]any) bool {
				return m["message"] == "loaded" && m["file"] != "kent.xlsx"
			})
			stoppedAt := time.Now()
			if code := p.stop(30 * time.Second); code != 0 {
				t.Fatalf("exit %d after SIGTERM, want 0:\n%s", code, p.log())
			}
			p.waitFor("scheduler stopped", time.Second, msgIs("scheduler stopped"))
			last := p.waitFor("the long pass's summary", time.Second, func(m map[string]any) bool {
				f, _ := m["files_seen"].(float64)
				return m["message"] == "pass finished" && f >= 44
			})
			cancelled := p.count(msgIs("grace period over: cancelling the running pass; its unfinished files stay in work/ for the next pass")) > 0
			if grace == "60s" && (last["status"] != "ok" && last["status"] != "rejections" || cancelled) {
				t.Errorf("with a long grace the pass should finish: %v (cancelled %v)", last, cancelled)
			}
			if grace == "50ms" && (last["status"] != "cancelled" || !cancelled || time.Since(stoppedAt) > 15*time.Second) {
				t.Errorf("with a short grace the pass should be cancelled: %v (cancelled %v)", last, cancelled)
			}
			for _, l := range strings.Split(p.log(), "\n") {
				var m map[string]any
				if json.Unmarshal([]byte(l), &m) != nil {
					t.Errorf("not a JSON line: %s", l)
				}
			}
			b, _ := os.ReadFile(filepath.Join(home, "status.json"))
			if strings.Contains(string(b), `"schedule"`) {
				t.Errorf("status.json still shows a scheduler after it stopped")
			}
			accountedFor(t, home, shas)
		})
	}
}

// TestTwoSchedulersNeverOverlap: two schedulers on one home. The second
// starts while the first runs a long pass, so its pass at start is skipped
// and logged; the first skips the ticks that come during its long pass.
// Afterwards the runs table shows no two passes at the same time.
func TestTwoSchedulersNeverOverlap(t *testing.T) {
	home := t.TempDir()
	shas := dropAll(t, filepath.Join(home, "inbox"), true)
	args := []string{"schedule", "--cron", "@every 1s", "--settle", "0s", "--grace", "60s"}
	a := start(t, "A", scheduleEnv(home), args...)
	a.waitFor("A loading", 60*time.Second, msgIs("loaded"))
	b := start(t, "B", scheduleEnv(home), args...)
	busy := msgIs("skipped: another pass is running on this home folder")
	tick := msgIs("skipped a tick: the previous pass is still running")
	b.waitFor("B skipping a busy home", 60*time.Second, busy)
	a.waitFor("A skipping a tick during its long pass", 60*time.Second, tick)
	a.waitFor("the end of A's long pass", 120*time.Second, msgIs("pass finished"))
	// Now both tick together, at the same whole seconds: a few new files,
	// until B too has run a pass.
	for _, f := range []string{"essex", "kent", "dorset"} {
		dropSample(t, filepath.Join(home, "inbox"), f, "again-"+f+".xlsx")
		time.Sleep(700 * time.Millisecond)
	}
	b.waitFor("a pass by B", 60*time.Second, msgIs("pass finished"))
	if code := a.stop(90 * time.Second); code != 0 {
		t.Errorf("A: exit %d", code)
	}
	if code := b.stop(90 * time.Second); code != 0 {
		t.Errorf("B: exit %d", code)
	}
	ranBy := map[string]string{}
	for _, p := range []*proc{a, b} {
		if n := p.count(func(m map[string]any) bool { return busy(m) || tick(m) }); n == 0 {
			t.Errorf("%s logged no skip", p.name)
		}
		p.mu.Lock()
		for _, m := range p.lines {
			if m["message"] == "pass finished" {
				ranBy[m["run_id"].(string)] = p.name
				// A pass that ran into the other's database lock fails:
				// DuckDB's lock is only the backstop.
				if m["status"] != "ok" && m["status"] != "rejections" {
					t.Errorf("%s: a pass ended %v: %v", p.name, m["status"], m["error"])
				}
			}
		}
		p.mu.Unlock()
	}
	db, err := warehouse.Open(context.Background(), warehouse.Options{Path: filepath.Join(home, "warehouse.duckdb"), ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	tab, err := db.Query(context.Background(), "runs", "select run_id, started_at, ended_at from runs order by started_at", 0)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	type span struct {
		id         string
		start, end time.Time
	}
	var spans []span
	who := map[string]int{}
	for _, r := range tab.Rows {
		end, ok := r[2].(time.Time)
		if !ok {
			t.Errorf("run %v never ended", r[0])
			continue
		}
		spans = append(spans, span{r[0].(string), r[1].(time.Time), end})
		who[ranBy[r[0].(string)]]++
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start.Before(spans[j].start) })
	for i := 1; i < len(spans); i++ {
		if spans[i].start.Before(spans[i-1].end) {
			t.Errorf("passes overlap: %s (%s) from %s to %s and %s (%s) from %s", spans[i-1].id, ranBy[spans[i-1].id], spans[i-1].start, spans[i-1].end,
				spans[i].id, ranBy[spans[i].id], spans[i].start)
		}
	}
	if who["A"] == 0 || who["B"] == 0 || who[""] > 0 {
		t.Errorf("passes by process: %v (of %d runs)", who, len(spans))
	}
	accountedFor(t, home, shas)
}
