package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/robfig/cron/v3"
	"github.com/rs/zerolog"

	"github.com/countylines/countylines/etl/monitor"
)

var scheduleCommand = &command{
	name:    "schedule",
	summary: "run a pass now, then on the cron schedule, until SIGTERM or SIGINT",
	about: `The container's main command. One pass runs at start, so files that arrived
while the scheduler was down do not wait for the first tick; then a pass runs
at every tick of --cron, in --tz. Passes never overlap: a tick that comes while
a pass is still running is skipped (and logged), and a pass that finds another
process's pass on the home folder (a manual run, say) is skipped too (and
logged). A pass that panics is logged as a failure and the scheduler goes on.

One scheduler per home folder: it holds the home's .scheduler.lock for as
long as it runs (status asks that lock whether a scheduler is running). A
second scheduler on the same home (a mistake, or a new container started
before the old one stopped) warns, stands by and schedules nothing; when
the first stops, however it stops, the second takes over.

The schedule: five cron fields (minute hour day-of-month month day-of-week) or
@hourly, @daily, @weekly, @monthly, @every 10m. A time that falls in the hour
the clocks skip in spring runs when the clocks jump; one in the hour repeated
in autumn runs in both (a pass is safe to repeat).

On SIGTERM or SIGINT: no new pass starts; a running pass has --grace to finish,
then it is cancelled through its context (the files it had not finished stay
in work/ and are taken back by the next pass); the database is closed and the
command exits 0. A cancelled pass stops within about a second at any stage
(docs/deploy.md gives the figures), so the default grace of 5s exits well
inside docker stop's 10 s; under a longer kill timeout (Kubernetes: 30 s,
docker run --stop-timeout) raise --grace to 3 s or more below it.`,
	settings: []string{"home", "init", "cron", "tz", "settle", "grace", "operation", "memory-limit", "plausibility-factor", "read-timeout", "log-level", "log-format"},
	example: `countylines schedule --home /data --cron '*/10 * * * *'
COUNTYLINES_CRON='@every 5m' countylines schedule`,
	exits: []int{exitOK, exitFailure, exitUsage},
	new:   func(io stdio) runner { return &scheduleCmd{stdio: io} },
}

type scheduleCmd struct{ stdio }

func (c *scheduleCmd) flags(fs *flag.FlagSet) {}

func (c *scheduleCmd) run(ctx context.Context, cfg Config, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Sprintf("schedule takes no arguments, got %q", args)}
	}
	spec, err := cron.ParseStandard(cfg.Cron)
	if err != nil {
		return usageError{fmt.Sprintf("cron: %v", err)}
	}
	sched := springSafe(spec)
	p, err := newPasser(cfg, c.stderr)
	if err != nil {
		return err
	}
	log := p.log
	release, err := holdSchedulerLock(ctx, cfg.Home, log)
	if err != nil || release == nil {
		return err // nil: stopped while standing by
	}
	defer release()
	cl := cronLogger{log}
	cr := cron.New(cron.WithLocation(cfg.TZ), cron.WithLogger(cl),
		cron.WithChain(cron.Recover(cl), cron.SkipIfStillRunning(cl)))

	// Passes get their own context: SIGTERM stops the scheduling at once
	// but cancels a running pass only when the grace period is over.
	passCtx, cancelPasses := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelPasses()
	since := p.now()
	// status.json says when the next pass is due, and whether a pass is
	// running (so status can tell an overrunning pass from a late one).
	writeState := func(passStarted *time.Time) {
		next := sched.Next(time.Now().In(cfg.TZ))
		s := &monitor.Schedule{Cron: cfg.Cron, TZ: cfg.TZ.String(), Next: next,
			Interval: sched.Next(next).Sub(next).Seconds(), Since: since, PID: os.Getpid(), PassStarted: passStarted}
		logStatusWrite(log, monitor.SetSchedule(cfg.Home, s, p.now()))
	}
	id := cr.Schedule(sched, cron.FuncJob(func() {
		started := p.now()
		if ctx.Err() == nil {
			writeState(&started)
		}
		p.pass(passCtx) // logs and records its own outcome, busy and panics included
		if ctx.Err() == nil {
			writeState(nil)
		}
	}))
	writeState(nil)
	log.Info().Str("cron", cfg.Cron).Str("tz", cfg.TZ.String()).Time("next", sched.Next(time.Now().In(cfg.TZ))).
		Str("home", cfg.Home).Float64("grace_s", cfg.Grace.Seconds()).Msg("scheduler started; running a pass now")
	cr.Start()
	// The pass at start goes through the same chain, so a tick that comes
	// while it runs is skipped.
	first := make(chan struct{})
	go func() {
		defer close(first)
		cr.Entry(id).WrappedJob.Run()
	}()

	<-ctx.Done()
	log.Info().Float64("grace_s", cfg.Grace.Seconds()).Msg("stopping: no new passes; waiting for a running pass to finish")
	stopped := cr.Stop()
	done := make(chan struct{})
	go func() {
		<-stopped.Done()
		<-first
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(cfg.Grace):
		log.Warn().Float64("grace_s", cfg.Grace.Seconds()).Msg("grace period over: cancelling the running pass; its unfinished files stay in work/ for the next pass")
		cancelPasses()
		<-done
	}
	logStatusWrite(log, monitor.SetSchedule(cfg.Home, nil, p.now()))
	log.Info().Msg("scheduler stopped")
	return nil
}

// standbyPoll is how often a scheduler standing by asks whether the
// scheduler it waits for has stopped.
const standbyPoll = time.Second

// holdSchedulerLock takes the home folder's scheduler lock, which the
// scheduler holds for as long as it runs (status asks it whether a
// scheduler is running). One scheduler per home: a second one (a mistake,
// or a new container started before the old one stopped) warns, stands by
// and schedules nothing until the first stops, then takes over. It
// returns nil, nil when ctx ends while it stands by.
func holdSchedulerLock(ctx context.Context, home string, log zerolog.Logger) (func(), error) {
	release, err := monitor.LockScheduler(home)
	// status holds the lock for an instant when it asks: look again
	// before deciding that another scheduler has it.
	for i := 0; i < 5 && errors.Is(err, monitor.ErrSchedulerRunning); i++ {
		time.Sleep(100 * time.Millisecond)
		release, err = monitor.LockScheduler(home)
	}
	if !errors.Is(err, monitor.ErrSchedulerRunning) {
		return release, err
	}
	ev := log.Warn().Str("home", home)
	if st, _ := monitor.Load(home); st != nil && st.Schedule != nil {
		ev = ev.Int("other_pid", st.Schedule.PID).Time("other_since", st.Schedule.Since)
	}
	ev.Msg("another scheduler is running on this home folder: standing by, scheduling nothing until it stops")
	tick := time.NewTicker(standbyPoll)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			log.Info().Msg("scheduler stopped while standing by")
			return nil, nil
		case <-tick.C:
		}
		release, err = monitor.LockScheduler(home)
		if errors.Is(err, monitor.ErrSchedulerRunning) {
			continue
		}
		if err == nil {
			log.Info().Str("home", home).Msg("the other scheduler has stopped: taking over")
		}
		return release, err
	}
}

// cronLogger sends robfig/cron's log lines to zerolog: a skipped tick is a
// warning, a panic an error, the rest debug.
type cronLogger struct{ log zerolog.Logger }

func (l cronLogger) Info(msg string, kv ...any) {
	if msg == "skip" {
		l.log.Warn().Msg("skipped a tick: the previous pass is still running")
		return
	}
	l.log.Debug().Fields(kv).Msg("cron: " + msg)
}

func (l cronLogger) Error(err error, msg string, kv ...any) {
	if msg == "panic" {
		msg = "a pass panicked; the scheduler goes on"
	}
	l.log.Error().Err(err).Fields(kv).Msg(msg)
}

// springSafe wraps a cron schedule so that a time falling in the hour the
// clocks skip in spring (01:00-01:59 in Europe/London on the last Sunday
// of March) runs when the clocks jump, as ISC cron does, instead of not
// at all (robfig/cron skips it: a daily 01:30 pass would not run that
// day).
func springSafe(s cron.Schedule) cron.Schedule {
	if spec, ok := s.(*cron.SpecSchedule); ok {
		return gapSchedule{spec}
	}
	return s // @every: a constant delay, unaffected by the clocks
}

type gapSchedule struct{ *cron.SpecSchedule }

func (g gapSchedule) Next(t time.Time) time.Time {
	next := g.SpecSchedule.Next(t)
	if next.IsZero() {
		return next
	}
	// Look for the clocks going forward between t and next: offsets
	// change on a quarter hour at the finest, so 15-minute steps see it.
	_, off := t.Zone()
	prev := t
	for at := t.Add(15 * time.Minute); ; at = at.Add(15 * time.Minute) {
		if at.After(next) {
			at = next
		}
		_, o := at.Zone()
		if o > off {
			jump := prev.Truncate(time.Minute) // the first minute of the new offset
			for _, oj := jump.Zone(); oj != o; _, oj = jump.Zone() {
				jump = jump.Add(time.Minute)
			}
			// Read the schedule on a clock that did not jump: does it
			// fire in the wall-clock times that were skipped?
			before := time.FixedZone("before", off)
			wall := *g.SpecSchedule
			wall.Location = before
			gapStart := jump.In(before)
			gapEnd := gapStart.Add(time.Duration(o-off) * time.Second)
			from := gapStart.Add(-time.Second)
			if t.After(from) {
				from = t.In(before)
			}
			if f := wall.Next(from); f.Before(gapEnd) && jump.After(t) {
				return jump.In(t.Location())
			}
		}
		off = o
		if !at.Before(next) {
			return next
		}
		prev = at
	}
}
