package main

import (
	"fmt"
	"testing"
	"time"

	"github.com/robfig/cron/v3"
)

// nextTimes is what the scheduler computes: the schedule as schedule
// builds it, asked in the configured zone.
func nextTimes(t *testing.T, spec, zone string, from time.Time, n int) []string {
	t.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	s, err := cron.ParseStandard(spec)
	if err != nil {
		t.Fatal(err)
	}
	sched := springSafe(s)
	var out []string
	at := from.In(loc)
	for range n {
		at = sched.Next(at)
		out = append(out, at.UTC().Format("01-02 15:04Z")+" "+at.Format("15:04 MST"))
	}
	return out
}

// TestScheduleAcrossClockChanges: the next pass times across the 2026
// clock changes in Europe/London (forward at 01:00 GMT on 29 March, back
// at 02:00 BST on 25 October), written out by hand.
func TestScheduleAcrossClockChanges(t *testing.T) {
	utc := func(mo time.Month, d, h, m int) time.Time { return time.Date(2026, mo, d, h, m, 0, 0, time.UTC) }
	for _, c := range []struct {
		spec string
		from time.Time
		want []string
	}{
		// Every hour of real time: in spring 01:00 GMT never happens; in
		// autumn 01:00 comes twice, an hour apart, and both run.
		{"@hourly", utc(3, 28, 23, 30), []string{"03-29 00:00Z 00:00 GMT", "03-29 01:00Z 02:00 BST", "03-29 02:00Z 03:00 BST"}},
		{"@hourly", utc(10, 24, 23, 30), []string{"10-25 00:00Z 01:00 BST", "10-25 01:00Z 01:00 GMT", "10-25 02:00Z 02:00 GMT"}},
		// Every five minutes goes on in real time through both changes.
		{"*/5 * * * *", utc(3, 29, 0, 50), []string{"03-29 00:55Z 00:55 GMT", "03-29 01:00Z 02:00 BST", "03-29 01:05Z 02:05 BST"}},
		{"*/5 * * * *", utc(10, 25, 0, 50), []string{"10-25 00:55Z 01:55 BST", "10-25 01:00Z 01:00 GMT", "10-25 01:05Z 01:05 GMT"}},
		// A daily time outside the changed hour keeps its local time.
		{"0 9 * * *", utc(3, 27, 12, 0), []string{"03-28 09:00Z 09:00 GMT", "03-29 08:00Z 09:00 BST", "03-30 08:00Z 09:00 BST"}},
		{"0 9 * * *", utc(10, 23, 12, 0), []string{"10-24 08:00Z 09:00 BST", "10-25 09:00Z 09:00 GMT", "10-26 09:00Z 09:00 GMT"}},
		{"@daily", utc(10, 24, 12, 0), []string{"10-24 23:00Z 00:00 BST", "10-26 00:00Z 00:00 GMT"}},
		// A daily time in the skipped hour runs when the clocks jump
		// (robfig/cron alone would skip 29 March); in the repeated hour it
		// runs twice.
		{"30 1 * * *", utc(3, 27, 12, 0), []string{"03-28 01:30Z 01:30 GMT", "03-29 01:00Z 02:00 BST", "03-30 00:30Z 01:30 BST"}},
		{"0 1 * * *", utc(3, 28, 12, 0), []string{"03-29 01:00Z 02:00 BST", "03-30 00:00Z 01:00 BST"}},
		{"30 1 * * *", utc(10, 23, 12, 0), []string{"10-24 00:30Z 01:30 BST", "10-25 00:30Z 01:30 BST", "10-25 01:30Z 01:30 GMT", "10-26 01:30Z 01:30 GMT"}},
		// A constant delay ignores the clocks.
		{"@every 30m", utc(10, 25, 0, 10), []string{"10-25 00:40Z 01:40 BST", "10-25 01:10Z 01:10 GMT", "10-25 01:40Z 01:40 GMT"}},
	} {
		got := nextTimes(t, c.spec, "Europe/London", c.from, len(c.want))
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s from %s:\n got  %v\n want %v", c.spec, c.from.Format(time.RFC3339), got, c.want)
		}
	}
}

// TestDailyScheduleEveryDay: for every minute of the day, a daily
// schedule runs on each local day around the spring change exactly once
// (never skipped), and around the autumn change exactly once, except in
// the repeated hour (01:00-01:59), where it runs twice.
func TestDailyScheduleEveryDay(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/London")
	for _, tc := range []struct {
		from, to time.Time
		twice    int // the hour that runs twice on the change day, -1 none
		change   string
	}{
		{time.Date(2026, 3, 27, 12, 0, 0, 0, loc), time.Date(2026, 3, 31, 0, 0, 0, 0, loc), -1, "2026-03-29"},
		{time.Date(2026, 10, 23, 12, 0, 0, 0, loc), time.Date(2026, 10, 27, 0, 0, 0, 0, loc), 1, "2026-10-25"},
	} {
		for h := 0; h < 24; h++ {
			for m := 0; m < 60; m++ {
				s, err := cron.ParseStandard(fmt.Sprintf("%d %d * * *", m, h))
				if err != nil {
					t.Fatal(err)
				}
				sched := springSafe(s)
				days := map[string]int{}
				prev := tc.from
				for at := sched.Next(tc.from); at.Before(tc.to); at = sched.Next(at) {
					if !at.After(prev) {
						t.Fatalf("%02d:%02d: %v is not after %v", h, m, at, prev)
					}
					prev = at
					days[at.Format(time.DateOnly)]++
				}
				for d := tc.from.AddDate(0, 0, 1); d.Before(tc.to); d = d.AddDate(0, 0, 1) {
					day := d.Format(time.DateOnly)
					want := 1
					if day == tc.change && h == tc.twice {
						want = 2
					}
					if days[day] != want {
						t.Errorf("%02d:%02d daily ran %d times on %s, want %d", h, m, days[day], day, want)
					}
				}
			}
		}
	}
}
