package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/countylines/countylines/etl/monitor"
)

var statusCommand = &command{
	name:    "status",
	summary: "the last passes, the next scheduled pass, and per operation the forces returned and missing",
	about: `Reads <home>/status.json, which every pass rewrites (with metrics.prom, the
Prometheus textfile, beside it). It opens no database, so it is quick and
never blocks a pass.

--check is the container's health check: it prints one line and exits 1 when
no pass has finished yet, when the last pass failed (a pass cancelled at
shutdown does not count), or when the last pass ended longer ago than
--max-age.`,
	settings: []string{"home", "max-age"},
	example: `countylines status --home /data
countylines status --check --max-age 30m`,
	exits: []int{exitOK, exitFailure, exitUsage},
	exitText: map[int]string{
		exitOK:      "success (with --check: healthy)",
		exitFailure: "with --check: unhealthy, and the line printed says why; else a failure",
	},
	new: func(io stdio) runner { return &statusCmd{stdio: io} },
}

type statusCmd struct {
	stdio
	check bool
	json  bool
	now   func() time.Time
}

func (c *statusCmd) flags(fs *flag.FlagSet) {
	fs.BoolVar(&c.check, "check", false, "health check: exit 1 when the last pass failed or is older than --max-age")
	fs.BoolVar(&c.json, "json", false, "print status.json as it is")
}

// errUnhealthy is status --check's verdict (exit 1).
var errUnhealthy = errors.New("unhealthy")

func (c *statusCmd) run(ctx context.Context, cfg Config, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Sprintf("status takes no arguments, got %q", args)}
	}
	if err := cfg.requireHome(); err != nil {
		return err
	}
	now := time.Now
	if c.now != nil {
		now = c.now
	}
	st, err := monitor.Load(cfg.Home)
	if c.check {
		if err == nil {
			var last monitor.Pass
			if last, err = health(st, cfg, now()); err == nil {
				fmt.Fprintf(c.stdout, "healthy: the last %s (%s) ended %s ago, status %s\n", last.What(), last.RunID, now().Sub(last.Ended).Round(time.Second), last.Status)
				return nil
			}
		}
		fmt.Fprintf(c.stdout, "unhealthy: %v\n", err)
		return logged{fmt.Errorf("%w: %v", errUnhealthy, err)}
	}
	if errors.Is(err, monitor.ErrNoStatus) {
		fmt.Fprintf(c.stdout, "%s: no pass has finished here yet\n", cfg.Home)
		return nil
	}
	if errors.As(err, new(*monitor.CorruptError)) {
		fmt.Fprintf(c.stdout, "home: %s\n%v\n", cfg.Home, err)
		return logged{err}
	}
	if err != nil {
		return err
	}
	if c.json {
		b, err := os.ReadFile(filepath.Join(cfg.Home, monitor.StatusFile))
		if err != nil {
			return err
		}
		_, err = c.stdout.Write(b)
		return err
	}
	c.print(st, cfg, now())
	return nil
}

// health is status --check's verdict: a scheduler that status.json names
// but that no longer holds its lock (killed, or its container stopped)
// makes the home unhealthy, whatever the last pass did.
func health(st *monitor.Status, cfg Config, now time.Time) (monitor.Pass, error) {
	if err := deadScheduler(cfg.Home, st.Schedule); err != nil {
		return monitor.Pass{}, err
	}
	return st.Health(now, cfg.MaxAge)
}

// deadScheduler says so when status.json names a scheduler that does not
// hold the home's scheduler lock. When the lock cannot be asked, status.json
// is taken at its word.
func deadScheduler(home string, s *monitor.Schedule) error {
	if s == nil {
		return nil
	}
	if alive, err := monitor.SchedulerRunning(home); err != nil || alive {
		return nil
	}
	return fmt.Errorf("the scheduler status.json names (pid %d, started %s) is not running: it stopped without saying so (killed, or its container stopped)",
		s.PID, s.Since.Local().Format(time.DateTime))
}

// nextPass says when the next pass is due, never "in -1s": a time
// passed is due now, or overrun by the pass running (its ticks are
// skipped).
func nextPass(s *monitor.Schedule, loc *time.Location, now time.Time) string {
	at := s.Next.In(loc).Format("2006-01-02 15:04:05 MST")
	running := ""
	if s.PassStarted != nil {
		running = fmt.Sprintf("a pass is running since %s; ", s.PassStarted.In(loc).Format(time.TimeOnly))
	}
	switch until := s.Next.Sub(now); {
	case until > 0:
		return fmt.Sprintf("%snext pass %s (in %s)", running, at, until.Round(time.Second))
	case s.PassStarted != nil:
		return fmt.Sprintf("%sit is overrunning: the tick at %s is skipped", running, at)
	default:
		return fmt.Sprintf("next pass due now (%s)", at)
	}
}

func (c *statusCmd) print(st *monitor.Status, cfg Config, now time.Time) {
	w := c.stdout
	fmt.Fprintf(w, "home: %s (status of %s)\n", cfg.Home, st.Updated.Local().Format(time.DateTime))
	alive, lockErr := monitor.SchedulerRunning(cfg.Home)
	dead := deadScheduler(cfg.Home, st.Schedule)
	switch s := st.Schedule; {
	case s != nil && dead == nil:
		loc, err := time.LoadLocation(s.TZ)
		if err != nil {
			loc = time.UTC
		}
		fmt.Fprintf(w, "scheduler: running since %s (pid %d), cron %q in %s; %s\n",
			s.Since.In(loc).Format(time.DateTime), s.PID, s.Cron, s.TZ, nextPass(s, loc, now))
		if lockErr != nil {
			fmt.Fprintf(w, "  (as status.json says: its lock could not be asked: %v)\n", lockErr)
		}
	case s != nil:
		fmt.Fprintf(w, "scheduler: not running: %v\n", dead)
	case alive:
		fmt.Fprintln(w, "scheduler: running (starting: it has not written its schedule yet)")
	default:
		fmt.Fprintln(w, "scheduler: not running")
	}
	if r := st.Restarted; r != nil {
		fmt.Fprintf(w, "status.json was started afresh at %s: the one before could not be read (%s) and is kept as %s\n",
			r.At.Local().Format(time.DateTime), r.Reason, r.SetAside)
	}
	if _, err := health(st, cfg, now); err != nil {
		fmt.Fprintf(w, "health: UNHEALTHY: %v\n", err)
	} else {
		fmt.Fprintln(w, "health: ok")
	}
	fmt.Fprintln(w, "\nlast passes:")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  run\tstarted\tseconds\tstatus\tfiles\tloaded\trejected\tduplicates\terror")
	for _, p := range st.Passes {
		status := p.Status
		if p.Kind != monitor.KindPass {
			status = p.What() + " " + status
		}
		fmt.Fprintf(tw, "  %s\t%s\t%.1f\t%s\t%d\t%d\t%d\t%d\t%s\n", p.RunID, p.Started.Local().Format(time.DateTime), p.Duration().Seconds(),
			status, p.FilesSeen, p.Loaded, p.Rejected, p.Duplicates, p.Error)
	}
	tw.Flush()
	fmt.Fprintln(w, "\noperations:")
	if len(st.Operations) == 0 {
		fmt.Fprintln(w, "  (no return loaded yet)")
	}
	for _, o := range st.Operations {
		fmt.Fprintf(w, "  %s: %d of %d forces returned, %d rejected so far\n", o.Operation, len(o.Returned), o.Expected, o.RejectedTotal)
		if len(o.Missing) > 0 {
			fmt.Fprintf(w, "    missing: %s\n", strings.Join(o.Missing, ", "))
		}
	}
}
