package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"github.com/rs/zerolog"

	"github.com/countylines/countylines/etl/catalog"
	"github.com/countylines/countylines/etl/ingest"
	"github.com/countylines/countylines/etl/warehouse"
	"github.com/countylines/countylines/reference"
)

// Config is every setting of every command, in one place. Each comes from
// its flag, else its environment variable, else its default (the settings
// table below), and is checked before the command starts: a bad value
// stops the command with exit 2 and an error naming the setting.
type Config struct {
	Home        string
	Init        bool // create the home folder if it does not exist
	Settle      time.Duration
	Operation   string
	MemoryLimit string
	Plausible   float64 // the plausibility factor
	LogLevel    zerolog.Level
	LogFormat   string // auto, json or console
	RejectedOK  bool   // exit 0, not 3, when some returns were rejected
	Cron        string
	TZ          *time.Location
	Grace       time.Duration
	MaxAge      time.Duration // 0: from the schedule, see status --check
	Limits      ingest.Limits
	Sandbox     Sandbox // what one analyst's query may cost (sql)

	takesInit bool // the command has --init (so an error may suggest it)
}

// A setting is one configuration value with its flag, environment
// variable and default. Commands list the settings they take by name.
type setting struct {
	name    string // the flag, without dashes
	arg     string // placeholder in help ("" for a switch)
	env     string
	def     string
	usage   string
	isBool  bool
	resolve func(c *Config, v string) error
}

// settings is the table of every setting. To add one: add a Config field,
// a row here, and its name to the commands that take it.
var settings = []setting{
	{name: "home", arg: "DIR", env: "COUNTYLINES_HOME", def: "data",
		usage: "home folder: inbox, archive, outputs, databases",
		resolve: func(c *Config, v string) error {
			if strings.TrimSpace(v) == "" {
				return errors.New("must not be empty")
			}
			c.Home = v
			return nil
		}},
	{name: "init", env: "COUNTYLINES_INIT", def: "false", isBool: true,
		usage:   "create the home folder if it does not exist (without it, a missing home is an error)",
		resolve: func(c *Config, v string) error { return parseBool(&c.Init, v) }},
	{name: "settle", arg: "DURATION", env: "COUNTYLINES_SETTLE", def: "10s",
		usage:   "how long a file must sit unchanged in the inbox before it is taken (0s takes everything now)",
		resolve: func(c *Config, v string) error { return parseDuration(&c.Settle, v) }},
	{name: "operation", arg: "CODE", env: "COUNTYLINES_OPERATION", def: "",
		usage:   "the current operation, the last resort for a return that names none",
		resolve: func(c *Config, v string) error { c.Operation = v; return nil }},
	{name: "memory-limit", arg: "SIZE", env: "COUNTYLINES_MEMORY_LIMIT", def: "",
		usage:   "DuckDB's memory limit, e.g. 2GB (empty: DuckDB's default)",
		resolve: func(c *Config, v string) error { c.MemoryLimit = v; return nil }},
	{name: "plausibility-factor", arg: "X", env: "COUNTYLINES_PLAUSIBILITY_FACTOR",
		def:   strconv.FormatFloat(warehouse.DefaultPlausibilityFactor, 'f', -1, 64),
		usage: "warn of a figure more than X times its force's median over earlier operations, or beyond its peers' range per 100,000 people by X (a warning; no figure changes)",
		resolve: func(c *Config, v string) error {
			x, err := strconv.ParseFloat(v, 64)
			if err != nil || !(x > 1) || math.IsInf(x, 0) {
				return fmt.Errorf("%q is not a number above 1", v)
			}
			c.Plausible = x
			return nil
		}},
	{name: "log-level", arg: "LEVEL", env: "COUNTYLINES_LOG_LEVEL", def: "info",
		usage: "debug, info, warn or error",
		resolve: func(c *Config, v string) error {
			l, err := zerolog.ParseLevel(v)
			if err != nil || v == "" {
				return fmt.Errorf("%q is not one of debug, info, warn, error", v)
			}
			c.LogLevel = l
			return nil
		}},
	{name: "log-format", arg: "FORMAT", env: "COUNTYLINES_LOG_FORMAT", def: "auto",
		usage: "json, console, or auto (console on a terminal, else JSON lines)",
		resolve: func(c *Config, v string) error {
			switch v {
			case "auto", "json", "console":
				c.LogFormat = v
				return nil
			}
			return fmt.Errorf("%q is not one of auto, json, console", v)
		}},
	{name: "rejected-ok", env: "COUNTYLINES_REJECTED_OK", def: "false", isBool: true,
		usage:   "exit 0, not 3, when the pass worked but some returns were rejected (for orchestrators that retry on non-zero)",
		resolve: func(c *Config, v string) error { return parseBool(&c.RejectedOK, v) }},
	{name: "cron", arg: "SPEC", env: "COUNTYLINES_CRON", def: "*/5 * * * *",
		usage: "when to run: five cron fields, or @hourly, @daily, @every 10m ... (@every 1s at the shortest)",
		resolve: func(c *Config, v string) error {
			if _, err := cron.ParseStandard(v); err != nil {
				return fmt.Errorf("%q is not a cron schedule: %v", v, err)
			}
			if err := checkEvery(v); err != nil {
				return err
			}
			c.Cron = v
			return nil
		}},
	{name: "tz", arg: "ZONE", env: "COUNTYLINES_TZ", def: "Europe/London",
		usage: "the time zone of the schedule",
		resolve: func(c *Config, v string) error {
			loc, err := time.LoadLocation(v)
			if err != nil || v == "" || v == "Local" {
				return fmt.Errorf("%q is not a time zone name such as Europe/London or UTC", v)
			}
			c.TZ = loc
			return nil
		}},
	{name: "grace", arg: "DURATION", env: "COUNTYLINES_GRACE", def: "5s",
		usage:   "on SIGTERM, how long a running pass may take to finish before it is cancelled; a cancelled pass stops within about a second, so keep the grace at least 3s under the engine's kill timeout (docker stop: 10s, Kubernetes: 30s)",
		resolve: func(c *Config, v string) error { return parseDuration(&c.Grace, v) }},
	{name: "max-age", arg: "DURATION", env: "COUNTYLINES_MAX_AGE", def: "0s",
		usage:   "status --check fails when the last pass ended longer ago than this (0s: twice the schedule's interval plus 5m, or 25h when no scheduler is running)",
		resolve: func(c *Config, v string) error { return parseDuration(&c.MaxAge, v) }},
	{name: "read-timeout", arg: "DURATION", env: "COUNTYLINES_READ_TIMEOUT", def: "30s",
		usage:   "a return still being read after this long is rejected as too slow to read, and the pass carries on (0s: no limit)",
		resolve: func(c *Config, v string) error { return parseDuration(&c.Limits.Deadline, v) }},
	{name: "timeout", arg: "DURATION", env: "COUNTYLINES_SQL_TIMEOUT", def: "5m",
		usage: "stop an analyst's query after this long",
		resolve: func(c *Config, v string) error {
			if err := parseDuration(&c.Sandbox.Timeout, v); err != nil || c.Sandbox.Timeout == 0 {
				return fmt.Errorf("%q is not a positive duration such as 30s or 5m", v)
			}
			return nil
		}},
	{name: "sql-memory-limit", arg: "SIZE", env: "COUNTYLINES_SQL_MEMORY_LIMIT", def: "1GB",
		usage: "the most memory an analyst's query may use, e.g. 512MB or 2GB (nothing spills to disk)",
		resolve: func(c *Config, v string) error {
			if !memoryRe.MatchString(v) {
				return fmt.Errorf("%q is not an amount of memory such as 512MB or 2GB", v)
			}
			c.Sandbox.MemoryLimit = v
			return nil
		}},
	{name: "sql-threads", arg: "N", env: "COUNTYLINES_SQL_THREADS", def: "2",
		usage: "the most threads an analyst's query may use",
		resolve: func(c *Config, v string) error {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				return fmt.Errorf("%q is not a whole number of at least 1", v)
			}
			c.Sandbox.Threads = n
			return nil
		}},
}

// minEvery is the shortest @every interval a schedule may have. The cron
// library counts in whole seconds and turns anything shorter (@every 0s,
// @every 100ms) into a pass every second, so a shorter one is an error,
// not a silent second. A pass with nothing new takes a fraction of a
// second, so one a second is safe, if pointless outside tests.
const minEvery = time.Second

// checkEvery rejects an @every interval shorter than minEvery or not a
// whole number of seconds (the library would round it down).
func checkEvery(spec string) error {
	f := strings.Fields(spec)
	if len(f) > 0 && (strings.HasPrefix(f[0], "TZ=") || strings.HasPrefix(f[0], "CRON_TZ=")) {
		f = f[1:]
	}
	if len(f) != 2 || f[0] != "@every" {
		return nil
	}
	d, err := time.ParseDuration(f[1])
	switch {
	case err != nil:
		return fmt.Errorf("%q is not a cron schedule: %v", spec, err)
	case d < minEvery:
		return fmt.Errorf("%q runs a pass every %v; the shortest interval is @every %v", spec, d, minEvery)
	case d%time.Second != 0:
		return fmt.Errorf("%q is not a whole number of seconds (the schedule would round it down to %v)", spec, d.Truncate(time.Second))
	}
	return nil
}

// Sandbox bounds what one analyst's query may cost.
type Sandbox struct {
	Timeout     time.Duration // the query is interrupted after this long
	MemoryLimit string        // DuckDB's memory_limit; nothing spills to disk
	Threads     int
}

var memoryRe = regexp.MustCompile(`(?i)^\s*[0-9]+(\.[0-9]+)?\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)\s*$`)

func settingByName(name string) *setting {
	for i := range settings {
		if settings[i].name == name {
			return &settings[i]
		}
	}
	panic("no setting " + name) // a programming error: caught by TestHelp
}

func parseDuration(dst *time.Duration, v string) error {
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		return fmt.Errorf("%q is not a duration such as 10s, 5m or 1h", v)
	}
	*dst = d
	return nil
}

func parseBool(dst *bool, v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return fmt.Errorf("%q is not true or false", v)
	}
	*dst = b
	return nil
}

// fieldError is a configuration problem with one setting.
type fieldError struct{ field, source, msg string }

func (e fieldError) Error() string {
	if e.source != "" {
		return fmt.Sprintf("%s: %s (from %s)", e.field, e.msg, e.source)
	}
	return e.field + ": " + e.msg
}

// boundSettings remembers which settings were given as flags.
type boundSettings struct {
	names []string
	given map[string]string
}

// bind registers the named settings as flags on fs.
func bind(fs *flag.FlagSet, names []string) *boundSettings {
	b := &boundSettings{names: names, given: map[string]string{}}
	for _, n := range names {
		s := settingByName(n)
		name := s.name
		if s.isBool {
			fs.BoolFunc(name, s.usage, func(v string) error { b.given[name] = v; return nil })
		} else {
			fs.Func(name, s.usage, func(v string) error { b.given[name] = v; return nil })
		}
	}
	return b
}

// resolve builds the Config: flag, else environment, else default. It
// reports every bad setting at once, each naming the setting and where its
// value came from.
func (b *boundSettings) resolve(env func(string) string) (Config, error) {
	cfg := Config{Limits: ingest.DefaultLimits(), takesInit: slices.Contains(b.names, "init")}
	// Settings a command does not take still get their defaults.
	for _, s := range settings {
		if err := s.resolve(&cfg, s.def); err != nil {
			panic(fmt.Sprintf("default of %s: %v", s.name, err))
		}
	}
	var errs []error
	for _, n := range b.names {
		s := settingByName(n)
		v, source := s.def, ""
		if e := env(s.env); e != "" {
			v, source = e, s.env
		}
		if f, ok := b.given[n]; ok {
			v, source = f, ""
		}
		if err := s.resolve(&cfg, v); err != nil {
			errs = append(errs, fieldError{field: s.name, source: source, msg: err.Error()})
		}
	}
	if len(errs) > 0 {
		return cfg, usageError{errors.Join(errs...).Error()}
	}
	return cfg, nil
}

// checkOperation rejects an operation code the reference data lacks.
func (c Config) checkOperation(cat *catalog.Catalog) error {
	if c.Operation == "" {
		return nil
	}
	if _, ok := cat.Operation(c.Operation); !ok {
		return usageError{fieldError{field: "operation", msg: fmt.Sprintf("%q is not an operation code in operations.csv", c.Operation)}.Error()}
	}
	return nil
}

// requireHome makes sure the home folder exists: a missing one is a
// configuration error (a typo must not start an empty home) unless the
// command was told to create it.
func (c Config) requireHome() error {
	st, err := os.Stat(c.Home)
	switch {
	case err == nil && st.IsDir():
		return nil
	case err == nil:
		return usageError{fmt.Sprintf("home: %s is not a folder", c.Home)}
	case errors.Is(err, fs.ErrNotExist) && c.Init:
		if err := os.MkdirAll(c.Home, 0o755); err != nil {
			return fmt.Errorf("create home %s: %w", c.Home, err)
		}
		return nil
	case errors.Is(err, fs.ErrNotExist) && c.takesInit:
		return usageError{fmt.Sprintf("home: %s does not exist; check --home or COUNTYLINES_HOME, or create it with --init", c.Home)}
	case errors.Is(err, fs.ErrNotExist):
		return usageError{fmt.Sprintf("home: %s does not exist; check --home or COUNTYLINES_HOME", c.Home)}
	default:
		return fmt.Errorf("home %s: %w", c.Home, err)
	}
}

// loadCatalog reads the embedded reference data, extended by the CSV files
// in <home>/reference/ if there are any, and returns a hash of it all.
func loadCatalog(home string) (*catalog.Catalog, string, error) {
	cat, err := catalog.Load(reference.FS)
	if err != nil {
		return nil, "", fmt.Errorf("reference data: %w", err)
	}
	h := sha256.New()
	if err := hashFS(h, reference.FS); err != nil {
		return nil, "", err
	}
	if home != "" {
		dir := filepath.Join(home, "reference")
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			ext := os.DirFS(dir)
			if err := cat.Extend(ext); err != nil {
				return nil, "", fmt.Errorf("reference data in %s: %w", dir, err)
			}
			if err := hashFS(h, ext); err != nil {
				return nil, "", err
			}
		}
	}
	return cat, hex.EncodeToString(h.Sum(nil)), nil
}

func hashFS(h io.Writer, fsys fs.FS) error {
	names, err := fs.Glob(fsys, "*.csv")
	if err != nil {
		return err
	}
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", n, len(b))
		h.Write(b)
	}
	return nil
}
