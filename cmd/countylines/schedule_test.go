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
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/countylines/countylines/etl/monitor"
	"github.com/countylines/countylines/etl/pipeline"
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

// proc is a countylines process, or a command run in-process (cmd nil),
// whose JSON log lines are collected.
type proc struct {
	t      *testing.T
	name   string
	cmd    *exec.Cmd
	cancel context.CancelFunc // in-process: what SIGTERM is to a process
	code   int                // in-process: the exit code
	mu     sync.Mutex
	lines  []map[string]any
	raw    []string
	done   chan struct{}
	err    error
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
	go p.collect(stderr, p.cmd.Wait)
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

// startInProcess runs a command line in this process, as start runs the
// binary: cheaper, where no signal or kill is needed. stop cancels it.
func startInProcess(t *testing.T, name string, env map[string]string, args ...string) *proc {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	p := &proc{t: t, name: name, cancel: cancel, done: make(chan struct{})}
	r, w := io.Pipe()
	var err error
	ran := make(chan struct{})
	go func() {
		defer close(ran)
		err = run(ctx, stdio{env: func(k string) string { return env[k] }, stdin: strings.NewReader(""), stdout: io.Discard, stderr: w}, args)
		p.code = exitCode(err, io.Discard)
		w.Close()
	}()
	go p.collect(r, func() error { <-ran; return err })
	t.Cleanup(func() {
		cancel()
		<-p.done
	})
	return p
}

// collect reads JSON log lines from r until it ends, then waits.
func (p *proc) collect(r io.Reader, wait func() error) {
	sc := bufio.NewScanner(r)
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
	io.Copy(io.Discard, r)
	p.err = wait()
	close(p.done)
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
	if p.cmd == nil {
		p.cancel()
	} else {
		p.cmd.Process.Signal(syscall.SIGTERM)
	}
	select {
	case <-p.done:
	case <-time.After(timeout):
		p.t.Fatalf("%s did not stop within %s of SIGTERM:\n%s", p.name, timeout, p.log())
	}
	if p.cmd == nil {
		return p.code
	}
	return p.cmd.ProcessState.ExitCode()
}

func msgIs(msg string) func(map[string]any) bool {
	return func(m map[string]any) bool { return m["message"] == msg }
}

// dropInputs puts files into the inbox the way a careful producer does
// (temporary name, then rename), and returns each file's name by its
// sha256.
func dropInputs(t *testing.T, inbox string, inputs map[string][]byte) map[string]string {
	t.Helper()
	if err := os.MkdirAll(inbox, 0o755); err != nil {
		t.Fatal(err)
	}
	shas := map[string]string{}
	for name, b := range inputs {
		h := sha256.Sum256(b)
		shas[hex.EncodeToString(h[:])] = name
		tmp := filepath.Join(inbox, name+".partial")
		if err := os.WriteFile(tmp, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, filepath.Join(inbox, name)); err != nil {
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
// start, a dropped return loaded on a tick, status --check healthy, a
// second scheduler on the home standing by while the first goes on, then
// SIGTERM in the middle of a pass, which the grace lets finish: exit 0 and
// nothing dropped is lost. A grace too short for the pass, which cancels
// it, is TestSIGTERMAtEveryStage's (at every stage of a pass).
func TestScheduleTakesFilesAndStopsOnSIGTERM(t *testing.T) {
	const grace = "60s"
	home := t.TempDir()
	inbox := filepath.Join(home, "inbox")
	// SIGTERM comes from inside, as the 6th file is judged: kent is the
	// 1st, the twelve crash inputs dropped below the 2nd to 13th, so it
	// lands in the middle of their pass whatever the machine's speed.
	env := append(scheduleEnv(home), "COUNTYLINES_TERM_AT=judged#6")
	p := start(t, "schedule", env, "schedule", "--cron", "@every 1s", "--settle", "0s", "--grace", grace)
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

	// A second real scheduler on the same home stands by and runs no pass
	// while the first runs two more, and stopping it leaves the first
	// running (TestOneSchedulerPerHome does the rest in-process).
	second := start(t, "second schedule", scheduleEnv(home), "schedule", "--cron", "@every 1s", "--settle", "0s", "--grace", grace)
	second.waitFor("the second scheduler standing by", 30*time.Second, msgIs("another scheduler is running on this home folder: standing by, scheduling nothing until it stops"))
	passes := p.count(msgIs("pass finished"))
	for deadline := time.Now().Add(30 * time.Second); p.count(msgIs("pass finished")) < passes+2; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the first scheduler ran no two passes in 30s while the second stood by:\n%s", p.log())
		}
	}
	if code := second.stop(30 * time.Second); code != 0 {
		t.Errorf("the second scheduler: exit %d after SIGTERM, want 0:\n%s", code, second.log())
	}
	if n := second.count(func(m map[string]any) bool {
		return m["run_id"] != nil || m["message"] == "scheduler started; running a pass now"
	}); n > 0 {
		t.Errorf("the second scheduler ran a pass beside the first (%d lines):\n%s", n, second.log())
	}
	if st, _ := exec.Command(binary(t), "status", "--home", home).CombinedOutput(); !strings.Contains(string(st), "scheduler: running since") {
		t.Errorf("status after the second scheduler stopped, the first still running:\n%s", st)
	}

	shas := dropInputs(t, inbox, crashInputs(t))
	select {
	case <-p.done:
	case <-time.After(60 * time.Second):
		t.Fatalf("the scheduler did not stop within 60s of the SIGTERM at judged#6:\n%s", p.log())
	}
	if code := p.cmd.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("exit %d after SIGTERM, want 0:\n%s", code, p.log())
	}
	p.waitFor("scheduler stopped", time.Second, msgIs("scheduler stopped"))
	last := p.waitFor("the summary of the pass stopped", time.Second, func(m map[string]any) bool {
		return m["message"] == "pass finished" && m["files_seen"] == float64(len(shas)+2) // two duplicates share a hash
	})
	cancelled := p.count(msgIs("grace period over: cancelling the running pass; its unfinished files stay in work/ for the next pass")) > 0
	if last["status"] != "rejections" || last["loaded"] != 7.0 || cancelled {
		t.Errorf("with a long grace the pass should finish: %v (cancelled %v)", last, cancelled)
	}
	// The SIGTERM came in the middle of the pass: files were loaded after it.
	p.mu.Lock()
	stopping, loadedAfter := -1, 0
	for i, m := range p.lines {
		if m["message"] == "stopping: no new passes; waiting for a running pass to finish" {
			stopping = i
		}
		if stopping >= 0 && m["message"] == "loaded" {
			loadedAfter++
		}
	}
	p.mu.Unlock()
	if stopping < 0 || loadedAfter == 0 {
		t.Errorf("SIGTERM was not in the middle of a pass (stopping at line %d, %d loaded after it):\n%s", stopping, loadedAfter, p.log())
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
}

// TestOneSchedulerPerHome (in-process): a scheduler skips a pass while
// another process's pass holds the home, and the ticks that come during
// its own long pass; status asks the scheduler's lock whether it runs. A
// second scheduler on the same home warns, stands by and runs no pass
// while the first lives, then takes over when it stops. A scheduler that
// status.json names but that holds no lock (kill -9) is not running and
// the home is unhealthy; a next pass in the past is due now or overrun,
// never "in -1s".
//
// Failed before (probe C4): status said "scheduler: running (pid N) next
// pass in 59m" and --check was healthy after the scheduler was killed; a
// second scheduler ran passes beside the first without a word, and
// stopping it made status say "not running" while the first still ran;
// an overrunning pass showed "(in -1s)".
func TestOneSchedulerPerHome(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{"COUNTYLINES_HOME": home, "COUNTYLINES_LOG_FORMAT": "json"}
	args := []string{"schedule", "--cron", "@every 1s", "--settle", "0s", "--grace", "60s"}
	status := func(args ...string) (string, int) {
		t.Helper()
		out, _, err := runCLI(t, append([]string{"status", "--home", home}, args...)...)
		return out, exitCode(err, io.Discard)
	}

	// Another process's pass holds the home: the pass at start is skipped.
	held, err := os.OpenFile(pipeline.Home{Root: home}.Lock(), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(held.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	// The first pass that gets the home takes 2.5 s: the ticks during it
	// are skipped.
	var slow atomic.Bool
	slow.Store(true)
	stepHook = func(step string) {
		if step == "started" && slow.Swap(false) {
			time.Sleep(2500 * time.Millisecond)
		}
	}
	t.Cleanup(func() { stepHook = nil }) // last: after the schedulers' cleanups
	a := startInProcess(t, "A", env, args...)
	a.waitFor("A skipping a busy home", 30*time.Second, msgIs("skipped: another pass is running on this home folder"))
	held.Close()
	a.waitFor("A skipping a tick during its long pass", 30*time.Second, msgIs("skipped a tick: the previous pass is still running"))
	a.waitFor("A's long pass", 30*time.Second, msgIs("pass finished"))
	if out, code := status(); code != exitOK || !strings.Contains(out, "scheduler: running since ") || !strings.Contains(out, `cron "@every 1s"`) {
		t.Errorf("status while A runs: %d\n%s", code, out)
	}

	b := startInProcess(t, "B", env, args...)
	b.waitFor("B standing by", 30*time.Second, msgIs("another scheduler is running on this home folder: standing by, scheduling nothing until it stops"))
	passes := func(p *proc) int { return p.count(msgIs("pass finished")) }
	for n := passes(a) + 2; passes(a) < n; {
		time.Sleep(50 * time.Millisecond) // A goes on ticking ...
	}
	if n := passes(b) + b.count(msgIs("scheduler started; running a pass now")); n > 0 {
		t.Errorf("B ran %d passes while A was running:\n%s", n, b.log())
	}
	if code := a.stop(60 * time.Second); code != exitOK {
		t.Fatalf("A: exit %d", code)
	}
	b.waitFor("B taking over", 30*time.Second, msgIs("the other scheduler has stopped: taking over"))
	dropSample(t, filepath.Join(home, "inbox"), "kent", "kent.xlsx")
	b.waitFor("kent loaded by B", 60*time.Second, func(m map[string]any) bool { return m["message"] == "loaded" && m["file"] == "kent.xlsx" })
	if out, code := status("--check"); code != exitOK {
		t.Errorf("status --check while B runs: %d %s", code, out)
	}
	if code := b.stop(60 * time.Second); code != exitOK {
		t.Fatalf("B: exit %d", code)
	}
	if out, _ := status(); !strings.Contains(out, "scheduler: not running\n") {
		t.Errorf("status after both stopped:\n%s", out)
	}

	// A scheduler killed: status.json still names it, its lock is free.
	now := time.Now()
	sch := &monitor.Schedule{Cron: "@hourly", TZ: "Europe/London", Interval: 3600, Next: now.Add(59 * time.Minute), Since: now.Add(-time.Hour), PID: 4242}
	if err := monitor.SetSchedule(home, sch, now); err != nil {
		t.Fatal(err)
	}
	out, code := status("--check")
	if code != exitFailure || !strings.Contains(out, "(pid 4242, started ") || !strings.Contains(out, "is not running: it stopped without saying so") {
		t.Errorf("status --check with a dead scheduler: %d %s", code, out)
	}
	if out, _ := status(); !strings.Contains(out, "scheduler: not running: ") || strings.Contains(out, "next pass") || !strings.Contains(out, "health: UNHEALTHY") {
		t.Errorf("status with a dead scheduler:\n%s", out)
	}

	// A running scheduler whose next tick has passed: due now, or
	// overrun by the pass running; never a negative time.
	release, err := monitor.LockScheduler(home)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	if running, err := monitor.SchedulerRunning(home); !running || err != nil {
		t.Fatalf("SchedulerRunning with the lock held: %v %v", running, err)
	}
	started := now.Add(-90 * time.Second)
	for _, c := range []struct {
		passStarted *time.Time
		want        string
	}{{nil, "next pass due now ("}, {&started, "it is overrunning: the tick at "}} {
		sch.Next, sch.PassStarted = now.Add(-5*time.Second), c.passStarted
		if err := monitor.SetSchedule(home, sch, now); err != nil {
			t.Fatal(err)
		}
		out, _ := status()
		if !strings.Contains(out, "scheduler: running since") || !strings.Contains(out, c.want) || strings.Contains(out, "(in -") {
			t.Errorf("a next pass 5 s ago (pass started %v): want %q:\n%s", c.passStarted, c.want, out)
		}
	}
}
