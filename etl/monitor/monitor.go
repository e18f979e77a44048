// Package monitor keeps what operations look at between passes: status.json
// (the last passes, the scheduler, each operation's returns) and a
// Prometheus textfile, metrics.prom, both in the home folder and both
// rewritten atomically after every pass. It is the only importer of the
// Prometheus client library.
package monitor

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"time"
)

// File names in the home folder.
const (
	StatusFile  = "status.json"
	MetricsFile = "metrics.prom"
	lockFile    = ".status.lock"
	// SchedulerLock is held (flock) by the running scheduler for as
	// long as it runs: the kernel lets it go when the process ends, however
	// it ends, so a free lock means no scheduler, whatever status.json says.
	SchedulerLock = ".scheduler.lock"
)

// KeepPasses is how many passes status.json lists.
const KeepPasses = 20

// Pass statuses.
const (
	StatusOK         = "ok"
	StatusRejections = "rejections" // worked; some returns were rejected
	StatusFailed     = "failed"
	StatusCancelled  = "cancelled" // stopped by SIGTERM/SIGINT; the next pass takes its files back
)

// Pass kinds: a pass over the inbox, or a rebuild from the archive.
const (
	KindPass    = ""
	KindRebuild = "rebuild"
)

// Pass is one pass as status.json records it: a pass over the inbox, or a
// rebuild of the warehouse from the archive (Kind), which counts as a pass
// for health (a rebuild that worked clears a failure) but not for the
// files that arrived (it only reads again the files already counted).
type Pass struct {
	RunID      string    `json:"run_id"`
	Kind       string    `json:"kind,omitempty"`
	Started    time.Time `json:"started"`
	Ended      time.Time `json:"ended"`
	Status     string    `json:"status"`
	Error      string    `json:"error,omitempty"`
	FilesSeen  int       `json:"files_seen"`
	Loaded     int       `json:"loaded"`
	Rejected   int       `json:"rejected"`
	Duplicates int       `json:"duplicates"`
}

// What is "pass" or "rebuild".
func (p Pass) What() string {
	if p.Kind == KindRebuild {
		return "rebuild"
	}
	return "pass"
}

// Duration is how long the pass took.
func (p Pass) Duration() time.Duration { return p.Ended.Sub(p.Started) }

// Operation is one operation's returns as of the last completed pass.
type Operation struct {
	Operation string   `json:"operation"`
	Expected  int      `json:"expected"`
	Returned  []string `json:"returned"`
	Missing   []string `json:"missing"`
	// RejectedTotal counts the returns for this operation rejected by
	// every pass status.json has seen.
	RejectedTotal int `json:"rejected_total"`
}

// Schedule is the running scheduler, as it last wrote itself down.
type Schedule struct {
	Cron     string    `json:"cron"`
	TZ       string    `json:"tz"`
	Interval float64   `json:"interval_seconds"` // between the next two ticks
	Next     time.Time `json:"next"`
	Since    time.Time `json:"since"`
	PID      int       `json:"pid"`
	// PassStarted is when the pass running now started (nil: none is).
	PassStarted *time.Time `json:"pass_started,omitempty"`
}

// Totals are counters since status.json began.
type Totals struct {
	Passes map[string]int `json:"passes"` // by status
	Files  map[string]int `json:"files"`  // loaded, rejected, duplicate
}

// Status is the content of status.json.
type Status struct {
	Updated     time.Time   `json:"updated"`
	Passes      []Pass      `json:"passes"` // newest first
	LastSuccess *time.Time  `json:"last_success,omitempty"`
	Operations  []Operation `json:"operations"`
	Schedule    *Schedule   `json:"schedule,omitempty"` // nil when no scheduler is running
	Totals      Totals      `json:"totals"`
	// Restarted says that this status.json was started afresh because the
	// one before it could not be read, and where that one was kept.
	Restarted *Restart `json:"restarted,omitempty"`
}

// Restart is when and why status.json was started afresh.
type Restart struct {
	At       time.Time `json:"at"`
	SetAside string    `json:"set_aside"` // the unreadable file's new name, in the home
	Reason   string    `json:"reason"`
}

// Last is the newest pass, if any.
func (s *Status) Last() (Pass, bool) {
	if len(s.Passes) == 0 {
		return Pass{}, false
	}
	return s.Passes[0], true
}

// ErrNoStatus means no pass has written status.json in this home yet.
var ErrNoStatus = errors.New("no pass has finished in this home folder yet")

// CorruptError means status.json is there but is not a status: cut short
// (a full disk, a copy), or edited by hand. The next Record or SetSchedule
// sets it aside and starts a fresh one.
type CorruptError struct {
	Path string
	Err  error
}

func (e *CorruptError) Error() string {
	return fmt.Sprintf("%s cannot be read (%v); the next pass sets it aside as %s.corrupt-<time> and starts a fresh one", e.Path, e.Err, filepath.Base(e.Path))
}

func (e *CorruptError) Unwrap() error { return e.Err }

// SetAsideError is what Record and SetSchedule return when they found
// status.json unreadable: they renamed it to SetAside (in the same folder)
// and started a fresh one, and the update itself was done. It is for a
// warning, not a failure.
type SetAsideError struct {
	Path, SetAside string
	Err            error // why it could not be read
}

func (e *SetAsideError) Error() string {
	return fmt.Sprintf("%s could not be read (%v): it is set aside as %s and a fresh one was started", e.Path, e.Err, e.SetAside)
}

func (e *SetAsideError) Unwrap() error { return e.Err }

// Load reads status.json from the home folder: ErrNoStatus when there is
// none, a *CorruptError when it is not a status.
func Load(home string) (*Status, error) {
	path := filepath.Join(home, StatusFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoStatus
	}
	if err != nil {
		return nil, err
	}
	var s Status
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, &CorruptError{Path: path, Err: err}
	}
	return &s, nil
}

// Record adds a finished pass (and, when it completed, each operation's
// returns) to status.json and rewrites metrics.prom. ops is nil when the
// pass did not complete; rejected counts, per operation, the returns the
// pass rejected. A *SetAsideError says the update was done over a fresh
// status.json, the unreadable one set aside.
func Record(ctx context.Context, home string, p Pass, ops []Operation, rejected map[string]int, now time.Time) error {
	// Wall-clock times only, so a duration reads the same before and
	// after a trip through status.json.
	p.Started, p.Ended = p.Started.Round(0), p.Ended.Round(0)
	return update(home, now, func(s *Status) {
		s.Passes = append([]Pass{p}, s.Passes...)
		sort.SliceStable(s.Passes, func(i, j int) bool { return s.Passes[i].Started.After(s.Passes[j].Started) })
		if len(s.Passes) > KeepPasses {
			s.Passes = s.Passes[:KeepPasses]
		}
		if p.Status == StatusOK || p.Status == StatusRejections {
			if s.LastSuccess == nil || p.Ended.After(*s.LastSuccess) {
				t := p.Ended
				s.LastSuccess = &t
			}
		}
		s.Totals.Passes[p.Status]++
		if p.Kind != KindRebuild {
			s.Totals.Files["loaded"] += p.Loaded
			s.Totals.Files["rejected"] += p.Rejected
			s.Totals.Files["duplicate"] += p.Duplicates
		}
		prev := map[string]int{}
		for _, o := range s.Operations {
			prev[o.Operation] = o.RejectedTotal
		}
		if ops != nil {
			s.Operations = ops
		}
		for i := range s.Operations {
			o := &s.Operations[i]
			o.RejectedTotal = prev[o.Operation] + rejected[o.Operation]
		}
	})
}

// SetSchedule writes the scheduler's state (nil: no scheduler running).
// Its *SetAsideError is Record's.
func SetSchedule(home string, sch *Schedule, now time.Time) error {
	return update(home, now, func(s *Status) { s.Schedule = sch })
}

// update changes status.json under a lock (two processes may share a
// home: a scheduler and a manual run) and rewrites both files atomically.
func update(home string, now time.Time, change func(*Status)) error {
	unlock, err := lock(filepath.Join(home, lockFile), syscall.LOCK_EX)
	if err != nil {
		return err
	}
	defer unlock()
	s, err := Load(home)
	var corrupt *CorruptError
	var setAside error
	switch {
	case errors.Is(err, ErrNoStatus):
		s = &Status{}
	case errors.As(err, &corrupt):
		// An unreadable status.json must not stop every later pass from
		// recording itself: keep it for a person to look at, start afresh.
		aside, err := setAsideFile(corrupt.Path, now)
		if err != nil {
			return fmt.Errorf("set aside the unreadable %s: %w", corrupt.Path, err)
		}
		s = &Status{Restarted: &Restart{At: now, SetAside: filepath.Base(aside), Reason: corrupt.Err.Error()}}
		setAside = &SetAsideError{Path: corrupt.Path, SetAside: aside, Err: corrupt.Err}
	case err != nil:
		return err
	}
	if s.Totals.Passes == nil {
		s.Totals.Passes = map[string]int{}
	}
	if s.Totals.Files == nil {
		s.Totals.Files = map[string]int{}
	}
	if s.Passes == nil {
		s.Passes = []Pass{}
	}
	if s.Operations == nil {
		s.Operations = []Operation{}
	}
	change(s)
	s.Updated = now
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := writeAtomic(filepath.Join(home, StatusFile), append(b, '\n')); err != nil {
		return err
	}
	if err := writeMetrics(filepath.Join(home, MetricsFile), s); err != nil {
		return err
	}
	return setAside
}

// setAsideFile renames path to path.corrupt-<time>, never over an
// earlier one, and returns the new name.
func setAsideFile(path string, now time.Time) (string, error) {
	base := path + ".corrupt-" + now.UTC().Format("20060102T150405Z")
	aside := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(aside); errors.Is(err, fs.ErrNotExist) {
			break
		}
		aside = fmt.Sprintf("%s-%d", base, i)
	}
	return aside, os.Rename(path, aside)
}

// ErrSchedulerRunning means another scheduler holds the home folder's
// scheduler lock.
var ErrSchedulerRunning = errors.New("another scheduler is running on this home folder")

// LockScheduler takes the home folder's scheduler lock without waiting,
// for the scheduler to hold until it stops (release). ErrSchedulerRunning
// when another process holds it.
func LockScheduler(home string) (release func(), err error) {
	release, err = lock(filepath.Join(home, SchedulerLock), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return nil, ErrSchedulerRunning
	}
	return release, err
}

// SchedulerRunning says whether a scheduler holds the home folder's
// scheduler lock. It creates nothing; when the lock is free it holds it
// for an instant to find out.
func SchedulerRunning(home string) (bool, error) {
	f, err := os.Open(filepath.Join(home, SchedulerLock))
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer f.Close()
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return true, nil
	}
	return false, err
}

// lock takes an flock on path (how: LOCK_EX, with LOCK_NB not to wait),
// creating the file.
func lock(path string, how int) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), how); err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return func() { f.Close() }, nil
}

func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Health says whether the home is healthy: the last pass (cancelled
// passes aside) did not fail and ended no longer than maxAge ago. maxAge
// 0 means: twice the schedule's interval plus 5 minutes when a scheduler
// is running, else 25 hours. The error says what is wrong.
func (s *Status) Health(now time.Time, maxAge time.Duration) (Pass, error) {
	if maxAge <= 0 {
		maxAge = DefaultMaxAge(s.Schedule)
	}
	for _, p := range s.Passes {
		if p.Status == StatusCancelled {
			continue
		}
		if p.Status == StatusFailed {
			return p, fmt.Errorf("the last %s (%s, ended %s) failed: %s", p.What(), p.RunID, p.Ended.Format(time.RFC3339), p.Error)
		}
		if age := now.Sub(p.Ended); age > maxAge {
			return p, fmt.Errorf("the last %s (%s) ended %s ago, more than the %s allowed (max-age)", p.What(), p.RunID, age.Round(time.Second), maxAge)
		}
		return p, nil
	}
	return Pass{}, ErrNoStatus
}

// DefaultMaxAge is the age after which a home with no newer pass is
// unhealthy.
func DefaultMaxAge(sch *Schedule) time.Duration {
	if sch != nil && sch.Interval > 0 {
		return 2*time.Duration(sch.Interval*float64(time.Second)) + 5*time.Minute
	}
	return 25 * time.Hour
}
